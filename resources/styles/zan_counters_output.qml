<!DOCTYPE qgis PUBLIC 'http://mrcc.com/qgis.dtd' 'SYSTEM'>
<qgis maxScale="0" symbologyReferenceScale="-1" minScale="100000000" hasScaleBasedVisibilityFlag="0" readOnly="0" version="3.22.16-Białowieża" simplifyLocal="1" simplifyMaxScale="1" labelsEnabled="1" simplifyDrawingHints="1" styleCategories="AllStyleCategories" simplifyAlgorithm="0" simplifyDrawingTol="1">
  <flags>
    <Identifiable>1</Identifiable>
    <Removable>1</Removable>
    <Searchable>1</Searchable>
    <Private>0</Private>
  </flags>
  <temporal accumulate="0" startField="" endExpression="" durationUnit="min" limitMode="0" enabled="0" fixedDuration="0" mode="0" endField="" startExpression="" durationField="">
    <fixedRange>
      <start></start>
      <end></end>
    </fixedRange>
  </temporal>
  <renderer-v2 referencescale="-1" enableorderby="0" attr="statut" forceraster="0" symbollevels="0" type="categorizedSymbol">
    <categories>
      <category symbol="0" value="deja_depasse" label="Enveloppe déjà dépassée" render="true"/>
      <category symbol="1" value="va_depasser" label="Va dépasser l'enveloppe d'ici 2030" render="true"/>
      <category symbol="2" value="en_bonne_voie" label="En bonne voie" render="true"/>
      <category symbol="3" value="sans_donnees" label="Pas de donnée depuis 2021" render="true"/>
    </categories>
    <symbols>
      <symbol clip_to_extent="1" alpha="0.85" force_rhr="0" type="fill" name="0">
        <data_defined_properties>
          <Option type="Map">
            <Option value="" type="QString" name="name"/>
            <Option name="properties"/>
            <Option value="collection" type="QString" name="type"/>
          </Option>
        </data_defined_properties>
        <layer class="SimpleFill" pass="0" enabled="1" locked="0">
          <Option type="Map">
            <Option value="3x:0,0,0,0,0,0" type="QString" name="border_width_map_unit_scale"/>
            <Option value="192,57,43,255" type="QString" name="color"/>
            <Option value="bevel" type="QString" name="joinstyle"/>
            <Option value="0,0" type="QString" name="offset"/>
            <Option value="3x:0,0,0,0,0,0" type="QString" name="offset_map_unit_scale"/>
            <Option value="MM" type="QString" name="offset_unit"/>
            <Option value="255,255,255,255" type="QString" name="outline_color"/>
            <Option value="solid" type="QString" name="outline_style"/>
            <Option value="0.4" type="QString" name="outline_width"/>
            <Option value="MM" type="QString" name="outline_width_unit"/>
            <Option value="solid" type="QString" name="style"/>
          </Option>
          <prop v="3x:0,0,0,0,0,0" k="border_width_map_unit_scale"/>
          <prop v="192,57,43,255" k="color"/>
          <prop v="bevel" k="joinstyle"/>
          <prop v="0,0" k="offset"/>
          <prop v="3x:0,0,0,0,0,0" k="offset_map_unit_scale"/>
          <prop v="MM" k="offset_unit"/>
          <prop v="255,255,255,255" k="outline_color"/>
          <prop v="solid" k="outline_style"/>
          <prop v="0.4" k="outline_width"/>
          <prop v="MM" k="outline_width_unit"/>
          <prop v="solid" k="style"/>
          <data_defined_properties>
            <Option type="Map">
              <Option value="" type="QString" name="name"/>
              <Option name="properties"/>
              <Option value="collection" type="QString" name="type"/>
            </Option>
          </data_defined_properties>
        </layer>
      </symbol>
      <symbol clip_to_extent="1" alpha="0.85" force_rhr="0" type="fill" name="1">
        <data_defined_properties>
          <Option type="Map">
            <Option value="" type="QString" name="name"/>
            <Option name="properties"/>
            <Option value="collection" type="QString" name="type"/>
          </Option>
        </data_defined_properties>
        <layer class="SimpleFill" pass="0" enabled="1" locked="0">
          <Option type="Map">
            <Option value="3x:0,0,0,0,0,0" type="QString" name="border_width_map_unit_scale"/>
            <Option value="230,126,34,255" type="QString" name="color"/>
            <Option value="bevel" type="QString" name="joinstyle"/>
            <Option value="0,0" type="QString" name="offset"/>
            <Option value="3x:0,0,0,0,0,0" type="QString" name="offset_map_unit_scale"/>
            <Option value="MM" type="QString" name="offset_unit"/>
            <Option value="255,255,255,255" type="QString" name="outline_color"/>
            <Option value="solid" type="QString" name="outline_style"/>
            <Option value="0.4" type="QString" name="outline_width"/>
            <Option value="MM" type="QString" name="outline_width_unit"/>
            <Option value="solid" type="QString" name="style"/>
          </Option>
          <prop v="3x:0,0,0,0,0,0" k="border_width_map_unit_scale"/>
          <prop v="230,126,34,255" k="color"/>
          <prop v="bevel" k="joinstyle"/>
          <prop v="0,0" k="offset"/>
          <prop v="3x:0,0,0,0,0,0" k="offset_map_unit_scale"/>
          <prop v="MM" k="offset_unit"/>
          <prop v="255,255,255,255" k="outline_color"/>
          <prop v="solid" k="outline_style"/>
          <prop v="0.4" k="outline_width"/>
          <prop v="MM" k="outline_width_unit"/>
          <prop v="solid" k="style"/>
          <data_defined_properties>
            <Option type="Map">
              <Option value="" type="QString" name="name"/>
              <Option name="properties"/>
              <Option value="collection" type="QString" name="type"/>
            </Option>
          </data_defined_properties>
        </layer>
      </symbol>
      <symbol clip_to_extent="1" alpha="0.85" force_rhr="0" type="fill" name="2">
        <data_defined_properties>
          <Option type="Map">
            <Option value="" type="QString" name="name"/>
            <Option name="properties"/>
            <Option value="collection" type="QString" name="type"/>
          </Option>
        </data_defined_properties>
        <layer class="SimpleFill" pass="0" enabled="1" locked="0">
          <Option type="Map">
            <Option value="3x:0,0,0,0,0,0" type="QString" name="border_width_map_unit_scale"/>
            <Option value="39,174,96,255" type="QString" name="color"/>
            <Option value="bevel" type="QString" name="joinstyle"/>
            <Option value="0,0" type="QString" name="offset"/>
            <Option value="3x:0,0,0,0,0,0" type="QString" name="offset_map_unit_scale"/>
            <Option value="MM" type="QString" name="offset_unit"/>
            <Option value="255,255,255,255" type="QString" name="outline_color"/>
            <Option value="solid" type="QString" name="outline_style"/>
            <Option value="0.4" type="QString" name="outline_width"/>
            <Option value="MM" type="QString" name="outline_width_unit"/>
            <Option value="solid" type="QString" name="style"/>
          </Option>
          <prop v="3x:0,0,0,0,0,0" k="border_width_map_unit_scale"/>
          <prop v="39,174,96,255" k="color"/>
          <prop v="bevel" k="joinstyle"/>
          <prop v="0,0" k="offset"/>
          <prop v="3x:0,0,0,0,0,0" k="offset_map_unit_scale"/>
          <prop v="MM" k="offset_unit"/>
          <prop v="255,255,255,255" k="outline_color"/>
          <prop v="solid" k="outline_style"/>
          <prop v="0.4" k="outline_width"/>
          <prop v="MM" k="outline_width_unit"/>
          <prop v="solid" k="style"/>
          <data_defined_properties>
            <Option type="Map">
              <Option value="" type="QString" name="name"/>
              <Option name="properties"/>
              <Option value="collection" type="QString" name="type"/>
            </Option>
          </data_defined_properties>
        </layer>
      </symbol>
      <symbol clip_to_extent="1" alpha="0.85" force_rhr="0" type="fill" name="3">
        <data_defined_properties>
          <Option type="Map">
            <Option value="" type="QString" name="name"/>
            <Option name="properties"/>
            <Option value="collection" type="QString" name="type"/>
          </Option>
        </data_defined_properties>
        <layer class="SimpleFill" pass="0" enabled="1" locked="0">
          <Option type="Map">
            <Option value="3x:0,0,0,0,0,0" type="QString" name="border_width_map_unit_scale"/>
            <Option value="189,195,199,255" type="QString" name="color"/>
            <Option value="bevel" type="QString" name="joinstyle"/>
            <Option value="0,0" type="QString" name="offset"/>
            <Option value="3x:0,0,0,0,0,0" type="QString" name="offset_map_unit_scale"/>
            <Option value="MM" type="QString" name="offset_unit"/>
            <Option value="255,255,255,255" type="QString" name="outline_color"/>
            <Option value="solid" type="QString" name="outline_style"/>
            <Option value="0.4" type="QString" name="outline_width"/>
            <Option value="MM" type="QString" name="outline_width_unit"/>
            <Option value="solid" type="QString" name="style"/>
          </Option>
          <prop v="3x:0,0,0,0,0,0" k="border_width_map_unit_scale"/>
          <prop v="189,195,199,255" k="color"/>
          <prop v="bevel" k="joinstyle"/>
          <prop v="0,0" k="offset"/>
          <prop v="3x:0,0,0,0,0,0" k="offset_map_unit_scale"/>
          <prop v="MM" k="offset_unit"/>
          <prop v="255,255,255,255" k="outline_color"/>
          <prop v="solid" k="outline_style"/>
          <prop v="0.4" k="outline_width"/>
          <prop v="MM" k="outline_width_unit"/>
          <prop v="solid" k="style"/>
          <data_defined_properties>
            <Option type="Map">
              <Option value="" type="QString" name="name"/>
              <Option name="properties"/>
              <Option value="collection" type="QString" name="type"/>
            </Option>
          </data_defined_properties>
        </layer>
      </symbol>
    </symbols>
    <rotation/>
    <sizescale/>
  </renderer-v2>
  <labeling type="simple">
    <settings calloutType="simple">
      <text-style fontStrikeout="0" textColor="0,0,0,255" isExpression="1" fontSize="9" fontUnderline="0" fontSizeMapUnitScale="3x:0,0,0,0,0,0" fontLetterSpacing="0" fontWeight="50" fontKerning="1" fontItalic="0" useSubstitutions="0" multilineHeight="1" textOpacity="1" legendString="Aa" fontFamily="Sans Serif" namedStyle="" fontWordSpacing="0" blendMode="0" fieldName="&quot;territoire_nom&quot; || '\n' || format_number(&quot;utilisation_pct&quot;, 0) || ' % de l''enveloppe'" previewBkgrdColor="255,255,255,255" allowHtml="0" textOrientation="horizontal" capitalization="0" fontSizeUnit="Point">
        <families/>
        <text-buffer bufferJoinStyle="128" bufferSizeMapUnitScale="3x:0,0,0,0,0,0" bufferBlendMode="0" bufferOpacity="1" bufferDraw="1" bufferNoFill="1" bufferSize="1" bufferSizeUnits="MM" bufferColor="255,255,255,255"/>
        <text-mask maskSize="1.5" maskSizeUnits="MM" maskEnabled="0" maskedSymbolLayers="" maskType="0" maskJoinStyle="128" maskOpacity="1" maskSizeMapUnitScale="3x:0,0,0,0,0,0"/>
        <background shapeOffsetX="0" shapeOffsetY="0" shapeOpacity="1" shapeRadiiY="0" shapeRadiiUnit="MM" shapeSizeY="0" shapeOffsetUnit="MM" shapeSizeX="0" shapeRotation="0" shapeSVGFile="" shapeSizeMapUnitScale="3x:0,0,0,0,0,0" shapeFillColor="255,255,255,255" shapeSizeType="0" shapeBorderColor="128,128,128,255" shapeBorderWidth="0" shapeSizeUnit="MM" shapeDraw="0" shapeBlendMode="0" shapeType="0" shapeJoinStyle="64" shapeOffsetMapUnitScale="3x:0,0,0,0,0,0" shapeBorderWidthMapUnitScale="3x:0,0,0,0,0,0" shapeBorderWidthUnit="MM" shapeRotationType="0" shapeRadiiX="0" shapeRadiiMapUnitScale="3x:0,0,0,0,0,0">
          <symbol clip_to_extent="1" alpha="1" force_rhr="0" type="fill" name="fillSymbol">
            <data_defined_properties>
              <Option type="Map">
                <Option value="" type="QString" name="name"/>
                <Option name="properties"/>
                <Option value="collection" type="QString" name="type"/>
              </Option>
            </data_defined_properties>
            <layer class="SimpleFill" pass="0" enabled="1" locked="0">
              <Option type="Map">
                <Option value="3x:0,0,0,0,0,0" type="QString" name="border_width_map_unit_scale"/>
                <Option value="255,255,255,255" type="QString" name="color"/>
                <Option value="bevel" type="QString" name="joinstyle"/>
                <Option value="0,0" type="QString" name="offset"/>
                <Option value="3x:0,0,0,0,0,0" type="QString" name="offset_map_unit_scale"/>
                <Option value="MM" type="QString" name="offset_unit"/>
                <Option value="128,128,128,255" type="QString" name="outline_color"/>
                <Option value="no" type="QString" name="outline_style"/>
                <Option value="0" type="QString" name="outline_width"/>
                <Option value="MM" type="QString" name="outline_width_unit"/>
                <Option value="solid" type="QString" name="style"/>
              </Option>
              <prop v="3x:0,0,0,0,0,0" k="border_width_map_unit_scale"/>
              <prop v="255,255,255,255" k="color"/>
              <prop v="bevel" k="joinstyle"/>
              <prop v="0,0" k="offset"/>
              <prop v="3x:0,0,0,0,0,0" k="offset_map_unit_scale"/>
              <prop v="MM" k="offset_unit"/>
              <prop v="128,128,128,255" k="outline_color"/>
              <prop v="no" k="outline_style"/>
              <prop v="0" k="outline_width"/>
              <prop v="MM" k="outline_width_unit"/>
              <prop v="solid" k="style"/>
              <data_defined_properties>
                <Option type="Map">
                  <Option value="" type="QString" name="name"/>
                  <Option name="properties"/>
                  <Option value="collection" type="QString" name="type"/>
                </Option>
              </data_defined_properties>
            </layer>
          </symbol>
        </background>
        <shadow shadowOffsetAngle="135" shadowOffsetDist="1" shadowColor="0,0,0,255" shadowOffsetMapUnitScale="3x:0,0,0,0,0,0" shadowRadiusMapUnitScale="3x:0,0,0,0,0,0" shadowOpacity="0.69999999999999996" shadowRadiusUnit="MM" shadowDraw="0" shadowOffsetUnit="MM" shadowRadiusAlphaOnly="0" shadowOffsetGlobal="1" shadowRadius="1.5" shadowScale="100" shadowBlendMode="6" shadowUnder="0"/>
        <dd_properties>
          <Option type="Map">
            <Option value="" type="QString" name="name"/>
            <Option name="properties"/>
            <Option value="collection" type="QString" name="type"/>
          </Option>
        </dd_properties>
        <substitutions/>
      </text-style>
      <text-format rightDirectionSymbol=">" reverseDirectionSymbol="0" wrapChar="" formatNumbers="0" multilineAlign="3" placeDirectionSymbol="0" useMaxLineLengthForAutoWrap="1" leftDirectionSymbol="&lt;" decimals="3" autoWrapLength="0" addDirectionSymbol="0" plussign="0"/>
      <placement placementFlags="10" repeatDistanceUnits="MM" centroidWhole="0" lineAnchorClipping="0" rotationAngle="0" lineAnchorType="0" xOffset="0" offsetType="0" yOffset="0" quadOffset="4" repeatDistanceMapUnitScale="3x:0,0,0,0,0,0" geometryGenerator="" labelOffsetMapUnitScale="3x:0,0,0,0,0,0" polygonPlacementFlags="2" fitInPolygonOnly="0" preserveRotation="1" geometryGeneratorType="PointGeometry" overrunDistanceUnit="MM" rotationUnit="AngleDegrees" centroidInside="0" offsetUnits="MM" priority="5" lineAnchorPercent="0.5" layerType="UnknownGeometry" maxCurvedCharAngleOut="-25" geometryGeneratorEnabled="0" placement="0" overrunDistanceMapUnitScale="3x:0,0,0,0,0,0" distUnits="MM" distMapUnitScale="3x:0,0,0,0,0,0" overrunDistance="0" repeatDistance="0" dist="0" predefinedPositionOrder="TR,TL,BR,BL,R,L,TSR,BSR" maxCurvedCharAngleIn="25"/>
      <rendering maxNumLabels="2000" labelPerPart="0" zIndex="0" minFeatureSize="0" fontMinPixelSize="0" fontMaxPixelSize="10000" scaleMin="0" scaleMax="0" unplacedVisibility="0" fontLimitPixelSize="0" mergeLines="0" limitNumLabels="0" drawLabels="1" obstacleType="1" displayAll="0" upsidedownLabels="0" scaleVisibility="0" obstacleFactor="1" obstacle="1"/>
      <dd_properties>
        <Option type="Map">
          <Option value="" type="QString" name="name"/>
          <Option name="properties"/>
          <Option value="collection" type="QString" name="type"/>
        </Option>
      </dd_properties>
      <callout type="simple">
        <Option type="Map">
          <Option value="pole_of_inaccessibility" type="QString" name="anchorPoint"/>
          <Option value="0" type="int" name="blendMode"/>
          <Option type="Map" name="ddProperties">
            <Option value="" type="QString" name="name"/>
            <Option name="properties"/>
            <Option value="collection" type="QString" name="type"/>
          </Option>
          <Option value="false" type="bool" name="drawToAllParts"/>
          <Option value="0" type="QString" name="enabled"/>
          <Option value="point_on_exterior" type="QString" name="labelAnchorPoint"/>
          <Option value="&lt;symbol clip_to_extent=&quot;1&quot; alpha=&quot;1&quot; force_rhr=&quot;0&quot; type=&quot;line&quot; name=&quot;symbol&quot;>&lt;data_defined_properties>&lt;Option type=&quot;Map&quot;>&lt;Option value=&quot;&quot; type=&quot;QString&quot; name=&quot;name&quot;/>&lt;Option name=&quot;properties&quot;/>&lt;Option value=&quot;collection&quot; type=&quot;QString&quot; name=&quot;type&quot;/>&lt;/Option>&lt;/data_defined_properties>&lt;layer class=&quot;SimpleLine&quot; pass=&quot;0&quot; enabled=&quot;1&quot; locked=&quot;0&quot;>&lt;Option type=&quot;Map&quot;>&lt;Option value=&quot;0&quot; type=&quot;QString&quot; name=&quot;align_dash_pattern&quot;/>&lt;Option value=&quot;square&quot; type=&quot;QString&quot; name=&quot;capstyle&quot;/>&lt;Option value=&quot;5;2&quot; type=&quot;QString&quot; name=&quot;customdash&quot;/>&lt;Option value=&quot;3x:0,0,0,0,0,0&quot; type=&quot;QString&quot; name=&quot;customdash_map_unit_scale&quot;/>&lt;Option value=&quot;MM&quot; type=&quot;QString&quot; name=&quot;customdash_unit&quot;/>&lt;Option value=&quot;0&quot; type=&quot;QString&quot; name=&quot;dash_pattern_offset&quot;/>&lt;Option value=&quot;3x:0,0,0,0,0,0&quot; type=&quot;QString&quot; name=&quot;dash_pattern_offset_map_unit_scale&quot;/>&lt;Option value=&quot;MM&quot; type=&quot;QString&quot; name=&quot;dash_pattern_offset_unit&quot;/>&lt;Option value=&quot;0&quot; type=&quot;QString&quot; name=&quot;draw_inside_polygon&quot;/>&lt;Option value=&quot;bevel&quot; type=&quot;QString&quot; name=&quot;joinstyle&quot;/>&lt;Option value=&quot;60,60,60,255&quot; type=&quot;QString&quot; name=&quot;line_color&quot;/>&lt;Option value=&quot;solid&quot; type=&quot;QString&quot; name=&quot;line_style&quot;/>&lt;Option value=&quot;0.3&quot; type=&quot;QString&quot; name=&quot;line_width&quot;/>&lt;Option value=&quot;MM&quot; type=&quot;QString&quot; name=&quot;line_width_unit&quot;/>&lt;Option value=&quot;0&quot; type=&quot;QString&quot; name=&quot;offset&quot;/>&lt;Option value=&quot;3x:0,0,0,0,0,0&quot; type=&quot;QString&quot; name=&quot;offset_map_unit_scale&quot;/>&lt;Option value=&quot;MM&quot; type=&quot;QString&quot; name=&quot;offset_unit&quot;/>&lt;Option value=&quot;0&quot; type=&quot;QString&quot; name=&quot;ring_filter&quot;/>&lt;Option value=&quot;0&quot; type=&quot;QString&quot; name=&quot;trim_distance_end&quot;/>&lt;Option value=&quot;3x:0,0,0,0,0,0&quot; type=&quot;QString&quot; name=&quot;trim_distance_end_map_unit_scale&quot;/>&lt;Option value=&quot;MM&quot; type=&quot;QString&quot; name=&quot;trim_distance_end_unit&quot;/>&lt;Option value=&quot;0&quot; type=&quot;QString&quot; name=&quot;trim_distance_start&quot;/>&lt;Option value=&quot;3x:0,0,0,0,0,0&quot; type=&quot;QString&quot; name=&quot;trim_distance_start_map_unit_scale&quot;/>&lt;Option value=&quot;MM&quot; type=&quot;QString&quot; name=&quot;trim_distance_start_unit&quot;/>&lt;Option value=&quot;0&quot; type=&quot;QString&quot; name=&quot;tweak_dash_pattern_on_corners&quot;/>&lt;Option value=&quot;0&quot; type=&quot;QString&quot; name=&quot;use_custom_dash&quot;/>&lt;Option value=&quot;3x:0,0,0,0,0,0&quot; type=&quot;QString&quot; name=&quot;width_map_unit_scale&quot;/>&lt;/Option>&lt;prop v=&quot;0&quot; k=&quot;align_dash_pattern&quot;/>&lt;prop v=&quot;square&quot; k=&quot;capstyle&quot;/>&lt;prop v=&quot;5;2&quot; k=&quot;customdash&quot;/>&lt;prop v=&quot;3x:0,0,0,0,0,0&quot; k=&quot;customdash_map_unit_scale&quot;/>&lt;prop v=&quot;MM&quot; k=&quot;customdash_unit&quot;/>&lt;prop v=&quot;0&quot; k=&quot;dash_pattern_offset&quot;/>&lt;prop v=&quot;3x:0,0,0,0,0,0&quot; k=&quot;dash_pattern_offset_map_unit_scale&quot;/>&lt;prop v=&quot;MM&quot; k=&quot;dash_pattern_offset_unit&quot;/>&lt;prop v=&quot;0&quot; k=&quot;draw_inside_polygon&quot;/>&lt;prop v=&quot;bevel&quot; k=&quot;joinstyle&quot;/>&lt;prop v=&quot;60,60,60,255&quot; k=&quot;line_color&quot;/>&lt;prop v=&quot;solid&quot; k=&quot;line_style&quot;/>&lt;prop v=&quot;0.3&quot; k=&quot;line_width&quot;/>&lt;prop v=&quot;MM&quot; k=&quot;line_width_unit&quot;/>&lt;prop v=&quot;0&quot; k=&quot;offset&quot;/>&lt;prop v=&quot;3x:0,0,0,0,0,0&quot; k=&quot;offset_map_unit_scale&quot;/>&lt;prop v=&quot;MM&quot; k=&quot;offset_unit&quot;/>&lt;prop v=&quot;0&quot; k=&quot;ring_filter&quot;/>&lt;prop v=&quot;0&quot; k=&quot;trim_distance_end&quot;/>&lt;prop v=&quot;3x:0,0,0,0,0,0&quot; k=&quot;trim_distance_end_map_unit_scale&quot;/>&lt;prop v=&quot;MM&quot; k=&quot;trim_distance_end_unit&quot;/>&lt;prop v=&quot;0&quot; k=&quot;trim_distance_start&quot;/>&lt;prop v=&quot;3x:0,0,0,0,0,0&quot; k=&quot;trim_distance_start_map_unit_scale&quot;/>&lt;prop v=&quot;MM&quot; k=&quot;trim_distance_start_unit&quot;/>&lt;prop v=&quot;0&quot; k=&quot;tweak_dash_pattern_on_corners&quot;/>&lt;prop v=&quot;0&quot; k=&quot;use_custom_dash&quot;/>&lt;prop v=&quot;3x:0,0,0,0,0,0&quot; k=&quot;width_map_unit_scale&quot;/>&lt;data_defined_properties>&lt;Option type=&quot;Map&quot;>&lt;Option value=&quot;&quot; type=&quot;QString&quot; name=&quot;name&quot;/>&lt;Option name=&quot;properties&quot;/>&lt;Option value=&quot;collection&quot; type=&quot;QString&quot; name=&quot;type&quot;/>&lt;/Option>&lt;/data_defined_properties>&lt;/layer>&lt;/symbol>" type="QString" name="lineSymbol"/>
          <Option value="0" type="double" name="minLength"/>
          <Option value="3x:0,0,0,0,0,0" type="QString" name="minLengthMapUnitScale"/>
          <Option value="MM" type="QString" name="minLengthUnit"/>
          <Option value="0" type="double" name="offsetFromAnchor"/>
          <Option value="3x:0,0,0,0,0,0" type="QString" name="offsetFromAnchorMapUnitScale"/>
          <Option value="MM" type="QString" name="offsetFromAnchorUnit"/>
          <Option value="0" type="double" name="offsetFromLabel"/>
          <Option value="3x:0,0,0,0,0,0" type="QString" name="offsetFromLabelMapUnitScale"/>
          <Option value="MM" type="QString" name="offsetFromLabelUnit"/>
        </Option>
      </callout>
    </settings>
  </labeling>
  <customproperties>
    <Option/>
  </customproperties>
  <blendMode>0</blendMode>
  <featureBlendMode>0</featureBlendMode>
  <layerOpacity>1</layerOpacity>
  <geometryOptions removeDuplicateNodes="0" geometryPrecision="0">
    <activeChecks type="StringList">
      <Option value="" type="QString"/>
    </activeChecks>
    <checkConfiguration/>
  </geometryOptions>
  <legend showLabelLegend="0" type="default-vector"/>
  <referencedLayers/>
  <fieldConfiguration>
    <field configurationFlags="None" name="territoire_id">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="None" name="territoire_nom">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="None" name="niveau">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="None" name="nb_communes">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="None" name="ref_m2">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="None" name="ref_ha">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="None" name="ref_act_m2">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="None" name="ref_act_ha">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="None" name="ref_hab_m2">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="None" name="ref_hab_ha">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="None" name="ref_mix_m2">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="None" name="ref_mix_ha">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="None" name="ref_rou_m2">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="None" name="ref_rou_ha">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="None" name="ref_fer_m2">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="None" name="ref_fer_ha">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="None" name="ref_inc_m2">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="None" name="ref_inc_ha">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="None" name="rythme_ref_ha_an">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="None" name="objectif_pct">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="None" name="objectif_source">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="None" name="enveloppe_ha">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="None" name="garantie_ha">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="None" name="nb_communes_garanties">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="None" name="enveloppe_garantie_ha">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="None" name="conso_2021_ha">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="None" name="pene_ha">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="None" name="derniere_annee">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="None" name="nb_annees">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="None" name="rythme_2021_ha_an">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="None" name="reste_ha">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="None" name="utilisation_pct">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="None" name="projection_2030_ha">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="None" name="atteinte_pct">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="None" name="depassement_ha">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="None" name="annees_restantes">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="None" name="annee_depassement">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="None" name="statut">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="None" name="statut_libelle">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="None" name="nb_communes_absentes">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="None" name="communes_absentes">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
  </fieldConfiguration>
  <aliases>
    <alias index="0" field="territoire_id" name="Code du territoire"/>
    <alias index="1" field="territoire_nom" name="Territoire"/>
    <alias index="2" field="niveau" name="Niveau"/>
    <alias index="3" field="nb_communes" name="Communes dans le fichier"/>
    <alias index="4" field="ref_m2" name="Consommation 2011-2020 (m²)"/>
    <alias index="5" field="ref_ha" name="Consommation 2011-2020 (ha)"/>
    <alias index="6" field="ref_act_m2" name="Conso. 2011-2020 activité (m²)"/>
    <alias index="7" field="ref_act_ha" name="Conso. 2011-2020 activité (ha)"/>
    <alias index="8" field="ref_hab_m2" name="Conso. 2011-2020 habitat (m²)"/>
    <alias index="9" field="ref_hab_ha" name="Conso. 2011-2020 habitat (ha)"/>
    <alias index="10" field="ref_mix_m2" name="Conso. 2011-2020 mixte (m²)"/>
    <alias index="11" field="ref_mix_ha" name="Conso. 2011-2020 mixte (ha)"/>
    <alias index="12" field="ref_rou_m2" name="Conso. 2011-2020 route (m²)"/>
    <alias index="13" field="ref_rou_ha" name="Conso. 2011-2020 route (ha)"/>
    <alias index="14" field="ref_fer_m2" name="Conso. 2011-2020 ferroviaire (m²)"/>
    <alias index="15" field="ref_fer_ha" name="Conso. 2011-2020 ferroviaire (ha)"/>
    <alias index="16" field="ref_inc_m2" name="Conso. 2011-2020 inconnu (m²)"/>
    <alias index="17" field="ref_inc_ha" name="Conso. 2011-2020 inconnu (ha)"/>
    <alias index="18" field="rythme_ref_ha_an" name="Rythme annuel de référence 2011-2020 (ha/an)"/>
    <alias index="19" field="objectif_pct" name="Objectif de réduction (%)"/>
    <alias index="20" field="objectif_source" name="Origine de l'objectif"/>
    <alias index="21" field="enveloppe_ha" name="Enveloppe 2021-2030 sans garantie (ha)"/>
    <alias index="22" field="garantie_ha" name="Apport de la garantie communale (ha)"/>
    <alias index="23" field="nb_communes_garanties" name="Communes relevées à 1 ha"/>
    <alias index="24" field="enveloppe_garantie_ha" name="Enveloppe 2021-2030 avec garantie (ha)"/>
    <alias index="25" field="conso_2021_ha" name="Consommation depuis 2021 (ha)"/>
    <alias index="26" field="pene_ha" name="Consommation PENE déduite (ha)"/>
    <alias index="27" field="derniere_annee" name="Dernière année de données"/>
    <alias index="28" field="nb_annees" name="Années observées depuis 2021"/>
    <alias index="29" field="rythme_2021_ha_an" name="Rythme annuel depuis 2021 (ha/an)"/>
    <alias index="30" field="reste_ha" name="Enveloppe restante (ha)"/>
    <alias index="31" field="utilisation_pct" name="Enveloppe consommée (%)"/>
    <alias index="32" field="projection_2030_ha" name="Projection 2021-2030 au rythme actuel (ha)"/>
    <alias index="33" field="atteinte_pct" name="Taux d'atteinte projeté en 2030 (%)"/>
    <alias index="34" field="depassement_ha" name="Dépassement projeté (ha)"/>
    <alias index="35" field="annees_restantes" name="Années restantes au rythme actuel"/>
    <alias index="36" field="annee_depassement" name="Année de dépassement"/>
    <alias index="37" field="statut" name="Statut (code)"/>
    <alias index="38" field="statut_libelle" name="Statut"/>
    <alias index="39" field="nb_communes_absentes" name="Communes absentes du fichier"/>
    <alias index="40" field="communes_absentes" name="Codes des communes absentes du fichier"/>
  </aliases>
  <defaults>
    <default expression="" applyOnUpdate="0" field="territoire_id"/>
    <default expression="" applyOnUpdate="0" field="territoire_nom"/>
    <default expression="" applyOnUpdate="0" field="niveau"/>
    <default expression="" applyOnUpdate="0" field="nb_communes"/>
    <default expression="" applyOnUpdate="0" field="ref_m2"/>
    <default expression="" applyOnUpdate="0" field="ref_ha"/>
    <default expression="" applyOnUpdate="0" field="ref_act_m2"/>
    <default expression="" applyOnUpdate="0" field="ref_act_ha"/>
    <default expression="" applyOnUpdate="0" field="ref_hab_m2"/>
    <default expression="" applyOnUpdate="0" field="ref_hab_ha"/>
    <default expression="" applyOnUpdate="0" field="ref_mix_m2"/>
    <default expression="" applyOnUpdate="0" field="ref_mix_ha"/>
    <default expression="" applyOnUpdate="0" field="ref_rou_m2"/>
    <default expression="" applyOnUpdate="0" field="ref_rou_ha"/>
    <default expression="" applyOnUpdate="0" field="ref_fer_m2"/>
    <default expression="" applyOnUpdate="0" field="ref_fer_ha"/>
    <default expression="" applyOnUpdate="0" field="ref_inc_m2"/>
    <default expression="" applyOnUpdate="0" field="ref_inc_ha"/>
    <default expression="" applyOnUpdate="0" field="rythme_ref_ha_an"/>
    <default expression="" applyOnUpdate="0" field="objectif_pct"/>
    <default expression="" applyOnUpdate="0" field="objectif_source"/>
    <default expression="" applyOnUpdate="0" field="enveloppe_ha"/>
    <default expression="" applyOnUpdate="0" field="garantie_ha"/>
    <default expression="" applyOnUpdate="0" field="nb_communes_garanties"/>
    <default expression="" applyOnUpdate="0" field="enveloppe_garantie_ha"/>
    <default expression="" applyOnUpdate="0" field="conso_2021_ha"/>
    <default expression="" applyOnUpdate="0" field="pene_ha"/>
    <default expression="" applyOnUpdate="0" field="derniere_annee"/>
    <default expression="" applyOnUpdate="0" field="nb_annees"/>
    <default expression="" applyOnUpdate="0" field="rythme_2021_ha_an"/>
    <default expression="" applyOnUpdate="0" field="reste_ha"/>
    <default expression="" applyOnUpdate="0" field="utilisation_pct"/>
    <default expression="" applyOnUpdate="0" field="projection_2030_ha"/>
    <default expression="" applyOnUpdate="0" field="atteinte_pct"/>
    <default expression="" applyOnUpdate="0" field="depassement_ha"/>
    <default expression="" applyOnUpdate="0" field="annees_restantes"/>
    <default expression="" applyOnUpdate="0" field="annee_depassement"/>
    <default expression="" applyOnUpdate="0" field="statut"/>
    <default expression="" applyOnUpdate="0" field="statut_libelle"/>
    <default expression="" applyOnUpdate="0" field="nb_communes_absentes"/>
    <default expression="" applyOnUpdate="0" field="communes_absentes"/>
  </defaults>
  <constraints>
    <constraint exp_strength="0" constraints="0" notnull_strength="0" unique_strength="0" field="territoire_id"/>
    <constraint exp_strength="0" constraints="0" notnull_strength="0" unique_strength="0" field="territoire_nom"/>
    <constraint exp_strength="0" constraints="0" notnull_strength="0" unique_strength="0" field="niveau"/>
    <constraint exp_strength="0" constraints="0" notnull_strength="0" unique_strength="0" field="nb_communes"/>
    <constraint exp_strength="0" constraints="0" notnull_strength="0" unique_strength="0" field="ref_m2"/>
    <constraint exp_strength="0" constraints="0" notnull_strength="0" unique_strength="0" field="ref_ha"/>
    <constraint exp_strength="0" constraints="0" notnull_strength="0" unique_strength="0" field="ref_act_m2"/>
    <constraint exp_strength="0" constraints="0" notnull_strength="0" unique_strength="0" field="ref_act_ha"/>
    <constraint exp_strength="0" constraints="0" notnull_strength="0" unique_strength="0" field="ref_hab_m2"/>
    <constraint exp_strength="0" constraints="0" notnull_strength="0" unique_strength="0" field="ref_hab_ha"/>
    <constraint exp_strength="0" constraints="0" notnull_strength="0" unique_strength="0" field="ref_mix_m2"/>
    <constraint exp_strength="0" constraints="0" notnull_strength="0" unique_strength="0" field="ref_mix_ha"/>
    <constraint exp_strength="0" constraints="0" notnull_strength="0" unique_strength="0" field="ref_rou_m2"/>
    <constraint exp_strength="0" constraints="0" notnull_strength="0" unique_strength="0" field="ref_rou_ha"/>
    <constraint exp_strength="0" constraints="0" notnull_strength="0" unique_strength="0" field="ref_fer_m2"/>
    <constraint exp_strength="0" constraints="0" notnull_strength="0" unique_strength="0" field="ref_fer_ha"/>
    <constraint exp_strength="0" constraints="0" notnull_strength="0" unique_strength="0" field="ref_inc_m2"/>
    <constraint exp_strength="0" constraints="0" notnull_strength="0" unique_strength="0" field="ref_inc_ha"/>
    <constraint exp_strength="0" constraints="0" notnull_strength="0" unique_strength="0" field="rythme_ref_ha_an"/>
    <constraint exp_strength="0" constraints="0" notnull_strength="0" unique_strength="0" field="objectif_pct"/>
    <constraint exp_strength="0" constraints="0" notnull_strength="0" unique_strength="0" field="objectif_source"/>
    <constraint exp_strength="0" constraints="0" notnull_strength="0" unique_strength="0" field="enveloppe_ha"/>
    <constraint exp_strength="0" constraints="0" notnull_strength="0" unique_strength="0" field="garantie_ha"/>
    <constraint exp_strength="0" constraints="0" notnull_strength="0" unique_strength="0" field="nb_communes_garanties"/>
    <constraint exp_strength="0" constraints="0" notnull_strength="0" unique_strength="0" field="enveloppe_garantie_ha"/>
    <constraint exp_strength="0" constraints="0" notnull_strength="0" unique_strength="0" field="conso_2021_ha"/>
    <constraint exp_strength="0" constraints="0" notnull_strength="0" unique_strength="0" field="pene_ha"/>
    <constraint exp_strength="0" constraints="0" notnull_strength="0" unique_strength="0" field="derniere_annee"/>
    <constraint exp_strength="0" constraints="0" notnull_strength="0" unique_strength="0" field="nb_annees"/>
    <constraint exp_strength="0" constraints="0" notnull_strength="0" unique_strength="0" field="rythme_2021_ha_an"/>
    <constraint exp_strength="0" constraints="0" notnull_strength="0" unique_strength="0" field="reste_ha"/>
    <constraint exp_strength="0" constraints="0" notnull_strength="0" unique_strength="0" field="utilisation_pct"/>
    <constraint exp_strength="0" constraints="0" notnull_strength="0" unique_strength="0" field="projection_2030_ha"/>
    <constraint exp_strength="0" constraints="0" notnull_strength="0" unique_strength="0" field="atteinte_pct"/>
    <constraint exp_strength="0" constraints="0" notnull_strength="0" unique_strength="0" field="depassement_ha"/>
    <constraint exp_strength="0" constraints="0" notnull_strength="0" unique_strength="0" field="annees_restantes"/>
    <constraint exp_strength="0" constraints="0" notnull_strength="0" unique_strength="0" field="annee_depassement"/>
    <constraint exp_strength="0" constraints="0" notnull_strength="0" unique_strength="0" field="statut"/>
    <constraint exp_strength="0" constraints="0" notnull_strength="0" unique_strength="0" field="statut_libelle"/>
    <constraint exp_strength="0" constraints="0" notnull_strength="0" unique_strength="0" field="nb_communes_absentes"/>
    <constraint exp_strength="0" constraints="0" notnull_strength="0" unique_strength="0" field="communes_absentes"/>
  </constraints>
  <constraintExpressions>
    <constraint desc="" exp="" field="territoire_id"/>
    <constraint desc="" exp="" field="territoire_nom"/>
    <constraint desc="" exp="" field="niveau"/>
    <constraint desc="" exp="" field="nb_communes"/>
    <constraint desc="" exp="" field="ref_m2"/>
    <constraint desc="" exp="" field="ref_ha"/>
    <constraint desc="" exp="" field="ref_act_m2"/>
    <constraint desc="" exp="" field="ref_act_ha"/>
    <constraint desc="" exp="" field="ref_hab_m2"/>
    <constraint desc="" exp="" field="ref_hab_ha"/>
    <constraint desc="" exp="" field="ref_mix_m2"/>
    <constraint desc="" exp="" field="ref_mix_ha"/>
    <constraint desc="" exp="" field="ref_rou_m2"/>
    <constraint desc="" exp="" field="ref_rou_ha"/>
    <constraint desc="" exp="" field="ref_fer_m2"/>
    <constraint desc="" exp="" field="ref_fer_ha"/>
    <constraint desc="" exp="" field="ref_inc_m2"/>
    <constraint desc="" exp="" field="ref_inc_ha"/>
    <constraint desc="" exp="" field="rythme_ref_ha_an"/>
    <constraint desc="" exp="" field="objectif_pct"/>
    <constraint desc="" exp="" field="objectif_source"/>
    <constraint desc="" exp="" field="enveloppe_ha"/>
    <constraint desc="" exp="" field="garantie_ha"/>
    <constraint desc="" exp="" field="nb_communes_garanties"/>
    <constraint desc="" exp="" field="enveloppe_garantie_ha"/>
    <constraint desc="" exp="" field="conso_2021_ha"/>
    <constraint desc="" exp="" field="pene_ha"/>
    <constraint desc="" exp="" field="derniere_annee"/>
    <constraint desc="" exp="" field="nb_annees"/>
    <constraint desc="" exp="" field="rythme_2021_ha_an"/>
    <constraint desc="" exp="" field="reste_ha"/>
    <constraint desc="" exp="" field="utilisation_pct"/>
    <constraint desc="" exp="" field="projection_2030_ha"/>
    <constraint desc="" exp="" field="atteinte_pct"/>
    <constraint desc="" exp="" field="depassement_ha"/>
    <constraint desc="" exp="" field="annees_restantes"/>
    <constraint desc="" exp="" field="annee_depassement"/>
    <constraint desc="" exp="" field="statut"/>
    <constraint desc="" exp="" field="statut_libelle"/>
    <constraint desc="" exp="" field="nb_communes_absentes"/>
    <constraint desc="" exp="" field="communes_absentes"/>
  </constraintExpressions>
  <expressionfields/>
  <attributeactions/>
  <attributetableconfig actionWidgetStyle="dropDown" sortOrder="0" sortExpression="">
    <columns/>
  </attributetableconfig>
  <conditionalstyles>
    <rowstyles/>
    <fieldstyles/>
  </conditionalstyles>
  <storedexpressions/>
  <editform tolerant="1"></editform>
  <editforminit/>
  <editforminitcodesource>0</editforminitcodesource>
  <editforminitfilepath></editforminitfilepath>
  <editforminitcode><![CDATA[]]></editforminitcode>
  <featformsuppress>0</featformsuppress>
  <editorlayout>generatedlayout</editorlayout>
  <editable/>
  <labelOnTop/>
  <reuseLastValue/>
  <dataDefinedFieldProperties/>
  <widgets/>
  <previewExpression>"territoire_nom"</previewExpression>
  <mapTip></mapTip>
  <layerGeometryType>2</layerGeometryType>
</qgis>
