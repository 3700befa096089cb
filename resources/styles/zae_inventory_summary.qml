<!DOCTYPE qgis PUBLIC 'http://mrcc.com/qgis.dtd' 'SYSTEM'>
<qgis maxScale="0" symbologyReferenceScale="-1" minScale="100000000" simplifyAlgorithm="0" styleCategories="AllStyleCategories" simplifyDrawingHints="1" simplifyMaxScale="1" simplifyDrawingTol="1" version="3.22.16-Białowieża" hasScaleBasedVisibilityFlag="0" labelsEnabled="1" simplifyLocal="1" readOnly="0">
  <flags>
    <Identifiable>1</Identifiable>
    <Removable>1</Removable>
    <Searchable>1</Searchable>
    <Private>0</Private>
  </flags>
  <temporal startField="" fixedDuration="0" enabled="0" mode="0" limitMode="0" accumulate="0" durationField="" startExpression="" endExpression="" endField="" durationUnit="min">
    <fixedRange>
      <start></start>
      <end></end>
    </fixedRange>
  </temporal>
  <renderer-v2 referencescale="-1" attr="site_taux_vacance" symbollevels="0" type="graduatedSymbol" forceraster="0" enableorderby="0" graduatedMethod="GraduatedColor">
    <ranges>
      <range label="moins de 5 %" render="true" lower="0.000000000000000" upper="4.500000000000000" symbol="0"/>
      <range label="5 à 9 %" render="true" lower="4.500000000000000" upper="9.500000000000000" symbol="1"/>
      <range label="10 à 19 %" render="true" lower="9.500000000000000" upper="19.500000000000000" symbol="2"/>
      <range label="20 % et plus" render="true" lower="19.500000000000000" upper="100.000000000000000" symbol="3"/>
    </ranges>
    <symbols>
      <symbol force_rhr="0" alpha="0.75" type="fill" clip_to_extent="1" name="0">
        <data_defined_properties>
          <Option type="Map">
            <Option type="QString" name="name" value=""/>
            <Option name="properties"/>
            <Option type="QString" name="type" value="collection"/>
          </Option>
        </data_defined_properties>
        <layer class="SimpleFill" enabled="1" pass="0" locked="0">
          <Option type="Map">
            <Option type="QString" name="border_width_map_unit_scale" value="3x:0,0,0,0,0,0"/>
            <Option type="QString" name="color" value="254,229,217,255"/>
            <Option type="QString" name="joinstyle" value="bevel"/>
            <Option type="QString" name="offset" value="0,0"/>
            <Option type="QString" name="offset_map_unit_scale" value="3x:0,0,0,0,0,0"/>
            <Option type="QString" name="offset_unit" value="MM"/>
            <Option type="QString" name="outline_color" value="27,73,101,255"/>
            <Option type="QString" name="outline_style" value="solid"/>
            <Option type="QString" name="outline_width" value="0.6"/>
            <Option type="QString" name="outline_width_unit" value="MM"/>
            <Option type="QString" name="style" value="solid"/>
          </Option>
          <prop k="border_width_map_unit_scale" v="3x:0,0,0,0,0,0"/>
          <prop k="color" v="254,229,217,255"/>
          <prop k="joinstyle" v="bevel"/>
          <prop k="offset" v="0,0"/>
          <prop k="offset_map_unit_scale" v="3x:0,0,0,0,0,0"/>
          <prop k="offset_unit" v="MM"/>
          <prop k="outline_color" v="27,73,101,255"/>
          <prop k="outline_style" v="solid"/>
          <prop k="outline_width" v="0.6"/>
          <prop k="outline_width_unit" v="MM"/>
          <prop k="style" v="solid"/>
          <data_defined_properties>
            <Option type="Map">
              <Option type="QString" name="name" value=""/>
              <Option name="properties"/>
              <Option type="QString" name="type" value="collection"/>
            </Option>
          </data_defined_properties>
        </layer>
      </symbol>
      <symbol force_rhr="0" alpha="0.75" type="fill" clip_to_extent="1" name="1">
        <data_defined_properties>
          <Option type="Map">
            <Option type="QString" name="name" value=""/>
            <Option name="properties"/>
            <Option type="QString" name="type" value="collection"/>
          </Option>
        </data_defined_properties>
        <layer class="SimpleFill" enabled="1" pass="0" locked="0">
          <Option type="Map">
            <Option type="QString" name="border_width_map_unit_scale" value="3x:0,0,0,0,0,0"/>
            <Option type="QString" name="color" value="252,174,145,255"/>
            <Option type="QString" name="joinstyle" value="bevel"/>
            <Option type="QString" name="offset" value="0,0"/>
            <Option type="QString" name="offset_map_unit_scale" value="3x:0,0,0,0,0,0"/>
            <Option type="QString" name="offset_unit" value="MM"/>
            <Option type="QString" name="outline_color" value="27,73,101,255"/>
            <Option type="QString" name="outline_style" value="solid"/>
            <Option type="QString" name="outline_width" value="0.6"/>
            <Option type="QString" name="outline_width_unit" value="MM"/>
            <Option type="QString" name="style" value="solid"/>
          </Option>
          <prop k="border_width_map_unit_scale" v="3x:0,0,0,0,0,0"/>
          <prop k="color" v="252,174,145,255"/>
          <prop k="joinstyle" v="bevel"/>
          <prop k="offset" v="0,0"/>
          <prop k="offset_map_unit_scale" v="3x:0,0,0,0,0,0"/>
          <prop k="offset_unit" v="MM"/>
          <prop k="outline_color" v="27,73,101,255"/>
          <prop k="outline_style" v="solid"/>
          <prop k="outline_width" v="0.6"/>
          <prop k="outline_width_unit" v="MM"/>
          <prop k="style" v="solid"/>
          <data_defined_properties>
            <Option type="Map">
              <Option type="QString" name="name" value=""/>
              <Option name="properties"/>
              <Option type="QString" name="type" value="collection"/>
            </Option>
          </data_defined_properties>
        </layer>
      </symbol>
      <symbol force_rhr="0" alpha="0.75" type="fill" clip_to_extent="1" name="2">
        <data_defined_properties>
          <Option type="Map">
            <Option type="QString" name="name" value=""/>
            <Option name="properties"/>
            <Option type="QString" name="type" value="collection"/>
          </Option>
        </data_defined_properties>
        <layer class="SimpleFill" enabled="1" pass="0" locked="0">
          <Option type="Map">
            <Option type="QString" name="border_width_map_unit_scale" value="3x:0,0,0,0,0,0"/>
            <Option type="QString" name="color" value="251,106,74,255"/>
            <Option type="QString" name="joinstyle" value="bevel"/>
            <Option type="QString" name="offset" value="0,0"/>
            <Option type="QString" name="offset_map_unit_scale" value="3x:0,0,0,0,0,0"/>
            <Option type="QString" name="offset_unit" value="MM"/>
            <Option type="QString" name="outline_color" value="27,73,101,255"/>
            <Option type="QString" name="outline_style" value="solid"/>
            <Option type="QString" name="outline_width" value="0.6"/>
            <Option type="QString" name="outline_width_unit" value="MM"/>
            <Option type="QString" name="style" value="solid"/>
          </Option>
          <prop k="border_width_map_unit_scale" v="3x:0,0,0,0,0,0"/>
          <prop k="color" v="251,106,74,255"/>
          <prop k="joinstyle" v="bevel"/>
          <prop k="offset" v="0,0"/>
          <prop k="offset_map_unit_scale" v="3x:0,0,0,0,0,0"/>
          <prop k="offset_unit" v="MM"/>
          <prop k="outline_color" v="27,73,101,255"/>
          <prop k="outline_style" v="solid"/>
          <prop k="outline_width" v="0.6"/>
          <prop k="outline_width_unit" v="MM"/>
          <prop k="style" v="solid"/>
          <data_defined_properties>
            <Option type="Map">
              <Option type="QString" name="name" value=""/>
              <Option name="properties"/>
              <Option type="QString" name="type" value="collection"/>
            </Option>
          </data_defined_properties>
        </layer>
      </symbol>
      <symbol force_rhr="0" alpha="0.75" type="fill" clip_to_extent="1" name="3">
        <data_defined_properties>
          <Option type="Map">
            <Option type="QString" name="name" value=""/>
            <Option name="properties"/>
            <Option type="QString" name="type" value="collection"/>
          </Option>
        </data_defined_properties>
        <layer class="SimpleFill" enabled="1" pass="0" locked="0">
          <Option type="Map">
            <Option type="QString" name="border_width_map_unit_scale" value="3x:0,0,0,0,0,0"/>
            <Option type="QString" name="color" value="203,24,29,255"/>
            <Option type="QString" name="joinstyle" value="bevel"/>
            <Option type="QString" name="offset" value="0,0"/>
            <Option type="QString" name="offset_map_unit_scale" value="3x:0,0,0,0,0,0"/>
            <Option type="QString" name="offset_unit" value="MM"/>
            <Option type="QString" name="outline_color" value="27,73,101,255"/>
            <Option type="QString" name="outline_style" value="solid"/>
            <Option type="QString" name="outline_width" value="0.6"/>
            <Option type="QString" name="outline_width_unit" value="MM"/>
            <Option type="QString" name="style" value="solid"/>
          </Option>
          <prop k="border_width_map_unit_scale" v="3x:0,0,0,0,0,0"/>
          <prop k="color" v="203,24,29,255"/>
          <prop k="joinstyle" v="bevel"/>
          <prop k="offset" v="0,0"/>
          <prop k="offset_map_unit_scale" v="3x:0,0,0,0,0,0"/>
          <prop k="offset_unit" v="MM"/>
          <prop k="outline_color" v="27,73,101,255"/>
          <prop k="outline_style" v="solid"/>
          <prop k="outline_width" v="0.6"/>
          <prop k="outline_width_unit" v="MM"/>
          <prop k="style" v="solid"/>
          <data_defined_properties>
            <Option type="Map">
              <Option type="QString" name="name" value=""/>
              <Option name="properties"/>
              <Option type="QString" name="type" value="collection"/>
            </Option>
          </data_defined_properties>
        </layer>
      </symbol>
    </symbols>
    <classificationMethod id="Custom">
      <symmetricMode symmetrypoint="0" enabled="0" astride="0"/>
      <labelFormat labelprecision="4" format="%1 - %2" trimtrailingzeroes="1"/>
      <parameters>
        <Option/>
      </parameters>
      <extraInformation/>
    </classificationMethod>
    <rotation/>
    <sizescale/>
  </renderer-v2>
  <labeling type="simple">
    <settings calloutType="simple">
      <text-style fieldName="&quot;site_nom&quot; || '\n' || coalesce(&quot;site_taux_vacance&quot;, '–') || ' % vacant, ' || format_number(&quot;surf_dispo_amenagee_ha&quot; + &quot;surf_dispo_non_amenagee_ha&quot;, 1) || ' ha disponibles'" fontWordSpacing="0" multilineHeight="1" fontItalic="0" fontKerning="1" legendString="Aa" blendMode="0" textOpacity="1" isExpression="1" fontSize="9" useSubstitutions="0" fontUnderline="0" textColor="0,0,0,255" capitalization="0" previewBkgrdColor="255,255,255,255" fontLetterSpacing="0" fontWeight="50" fontSizeUnit="Point" fontSizeMapUnitScale="3x:0,0,0,0,0,0" fontStrikeout="0" allowHtml="0" textOrientation="horizontal">
        <families/>
        <text-buffer bufferDraw="1" bufferJoinStyle="128" bufferColor="255,255,255,255" bufferSizeMapUnitScale="3x:0,0,0,0,0,0" bufferBlendMode="0" bufferSizeUnits="MM" bufferSize="1" bufferOpacity="1" bufferNoFill="1"/>
        <text-mask maskedSymbolLayers="" maskEnabled="0" maskSize="1.5" maskJoinStyle="128" maskOpacity="1" maskType="0" maskSizeUnits="MM" maskSizeMapUnitScale="3x:0,0,0,0,0,0"/>
        <background shapeRadiiUnit="MM" shapeRadiiMapUnitScale="3x:0,0,0,0,0,0" shapeJoinStyle="64" shapeOffsetUnit="MM" shapeOffsetX="0" shapeType="0" shapeFillColor="255,255,255,255" shapeSizeY="0" shapeDraw="0" shapeRadiiX="0" shapeBorderWidthMapUnitScale="3x:0,0,0,0,0,0" shapeBlendMode="0" shapeBorderWidth="0" shapeSVGFile="" shapeSizeMapUnitScale="3x:0,0,0,0,0,0" shapeRadiiY="0" shapeOffsetMapUnitScale="3x:0,0,0,0,0,0" shapeSizeX="0" shapeRotationType="0" shapeRotation="0" shapeBorderColor="128,128,128,255" shapeSizeUnit="MM" shapeBorderWidthUnit="MM" shapeSizeType="0" shapeOffsetY="0" shapeOpacity="1">
          <symbol force_rhr="0" alpha="1" type="fill" clip_to_extent="1" name="fillSymbol">
            <data_defined_properties>
              <Option type="Map">
                <Option type="QString" name="name" value=""/>
                <Option name="properties"/>
                <Option type="QString" name="type" value="collection"/>
              </Option>
            </data_defined_properties>
            <layer class="SimpleFill" enabled="1" pass="0" locked="0">
              <Option type="Map">
                <Option type="QString" name="border_width_map_unit_scale" value="3x:0,0,0,0,0,0"/>
                <Option type="QString" name="color" value="255,255,255,255"/>
                <Option type="QString" name="joinstyle" value="bevel"/>
                <Option type="QString" name="offset" value="0,0"/>
                <Option type="QString" name="offset_map_unit_scale" value="3x:0,0,0,0,0,0"/>
                <Option type="QString" name="offset_unit" value="MM"/>
                <Option type="QString" name="outline_color" value="128,128,128,255"/>
                <Option type="QString" name="outline_style" value="no"/>
                <Option type="QString" name="outline_width" value="0"/>
                <Option type="QString" name="outline_width_unit" value="MM"/>
                <Option type="QString" name="style" value="solid"/>
              </Option>
              <prop k="border_width_map_unit_scale" v="3x:0,0,0,0,0,0"/>
              <prop k="color" v="255,255,255,255"/>
              <prop k="joinstyle" v="bevel"/>
              <prop k="offset" v="0,0"/>
              <prop k="offset_map_unit_scale" v="3x:0,0,0,0,0,0"/>
              <prop k="offset_unit" v="MM"/>
              <prop k="outline_color" v="128,128,128,255"/>
              <prop k="outline_style" v="no"/>
              <prop k="outline_width" v="0"/>
              <prop k="outline_width_unit" v="MM"/>
              <prop k="style" v="solid"/>
              <data_defined_properties>
                <Option type="Map">
                  <Option type="QString" name="name" value=""/>
                  <Option name="properties"/>
                  <Option type="QString" name="type" value="collection"/>
                </Option>
              </data_defined_properties>
            </layer>
          </symbol>
        </background>
        <shadow shadowUnder="0" shadowOffsetAngle="135" shadowScale="100" shadowBlendMode="6" shadowRadiusMapUnitScale="3x:0,0,0,0,0,0" shadowRadius="1.5" shadowOffsetUnit="MM" shadowRadiusUnit="MM" shadowColor="0,0,0,255" shadowDraw="0" shadowOffsetDist="1" shadowOpacity="0.69999999999999996" shadowOffsetGlobal="1" shadowOffsetMapUnitScale="3x:0,0,0,0,0,0" shadowRadiusAlphaOnly="0"/>
        <dd_properties>
          <Option type="Map">
            <Option type="QString" name="name" value=""/>
            <Option name="properties"/>
            <Option type="QString" name="type" value="collection"/>
          </Option>
        </dd_properties>
        <substitutions/>
      </text-style>
      <text-format wrapChar="" rightDirectionSymbol=">" reverseDirectionSymbol="0" useMaxLineLengthForAutoWrap="1" formatNumbers="0" autoWrapLength="0" addDirectionSymbol="0" decimals="3" plussign="0" placeDirectionSymbol="0" leftDirectionSymbol="&lt;" multilineAlign="3"/>
      <placement geometryGeneratorEnabled="0" offsetUnits="MM" labelOffsetMapUnitScale="3x:0,0,0,0,0,0" distMapUnitScale="3x:0,0,0,0,0,0" geometryGeneratorType="PointGeometry" overrunDistance="0" predefinedPositionOrder="TR,TL,BR,BL,R,L,TSR,BSR" xOffset="0" overrunDistanceUnit="MM" fitInPolygonOnly="0" maxCurvedCharAngleOut="-25" yOffset="0" preserveRotation="1" placement="0" placementFlags="10" polygonPlacementFlags="2" overrunDistanceMapUnitScale="3x:0,0,0,0,0,0" repeatDistanceUnits="MM" rotationUnit="AngleDegrees" geometryGenerator="" repeatDistanceMapUnitScale="3x:0,0,0,0,0,0" centroidWhole="0" distUnits="MM" lineAnchorType="0" lineAnchorPercent="0.5" layerType="UnknownGeometry" maxCurvedCharAngleIn="25" offsetType="0" rotationAngle="0" repeatDistance="0" quadOffset="4" priority="5" dist="0" centroidInside="0" lineAnchorClipping="0"/>
      <rendering limitNumLabels="0" fontLimitPixelSize="0" fontMinPixelSize="0" obstacleType="1" upsidedownLabels="0" drawLabels="1" labelPerPart="0" zIndex="0" unplacedVisibility="0" fontMaxPixelSize="10000" minFeatureSize="0" displayAll="0" maxNumLabels="2000" scaleMax="0" scaleMin="0" obstacle="1" obstacleFactor="1" scaleVisibility="0" mergeLines="0"/>
      <dd_properties>
        <Option type="Map">
          <Option type="QString" name="name" value=""/>
          <Option name="properties"/>
          <Option type="QString" name="type" value="collection"/>
        </Option>
      </dd_properties>
      <callout type="simple">
        <Option type="Map">
          <Option type="QString" name="anchorPoint" value="pole_of_inaccessibility"/>
          <Option type="int" name="blendMode" value="0"/>
          <Option type="Map" name="ddProperties">
            <Option type="QString" name="name" value=""/>
            <Option name="properties"/>
            <Option type="QString" name="type" value="collection"/>
          </Option>
          <Option type="bool" name="drawToAllParts" value="false"/>
          <Option type="QString" name="enabled" value="0"/>
          <Option type="QString" name="labelAnchorPoint" value="point_on_exterior"/>
          <Option type="QString" name="lineSymbol" value="&lt;symbol force_rhr=&quot;0&quot; alpha=&quot;1&quot; type=&quot;line&quot; clip_to_extent=&quot;1&quot; name=&quot;symbol&quot;>&lt;data_defined_properties>&lt;Option type=&quot;Map&quot;>&lt;Option type=&quot;QString&quot; name=&quot;name&quot; value=&quot;&quot;/>&lt;Option name=&quot;properties&quot;/>&lt;Option type=&quot;QString&quot; name=&quot;type&quot; value=&quot;collection&quot;/>&lt;/Option>&lt;/data_defined_properties>&lt;layer class=&quot;SimpleLine&quot; enabled=&quot;1&quot; pass=&quot;0&quot; locked=&quot;0&quot;>&lt;Option type=&quot;Map&quot;>&lt;Option type=&quot;QString&quot; name=&quot;align_dash_pattern&quot; value=&quot;0&quot;/>&lt;Option type=&quot;QString&quot; name=&quot;capstyle&quot; value=&quot;square&quot;/>&lt;Option type=&quot;QString&quot; name=&quot;customdash&quot; value=&quot;5;2&quot;/>&lt;Option type=&quot;QString&quot; name=&quot;customdash_map_unit_scale&quot; value=&quot;3x:0,0,0,0,0,0&quot;/>&lt;Option type=&quot;QString&quot; name=&quot;customdash_unit&quot; value=&quot;MM&quot;/>&lt;Option type=&quot;QString&quot; name=&quot;dash_pattern_offset&quot; value=&quot;0&quot;/>&lt;Option type=&quot;QString&quot; name=&quot;dash_pattern_offset_map_unit_scale&quot; value=&quot;3x:0,0,0,0,0,0&quot;/>&lt;Option type=&quot;QString&quot; name=&quot;dash_pattern_offset_unit&quot; value=&quot;MM&quot;/>&lt;Option type=&quot;QString&quot; name=&quot;draw_inside_polygon&quot; value=&quot;0&quot;/>&lt;Option type=&quot;QString&quot; name=&quot;joinstyle&quot; value=&quot;bevel&quot;/>&lt;Option type=&quot;QString&quot; name=&quot;line_color&quot; value=&quot;60,60,60,255&quot;/>&lt;Option type=&quot;QString&quot; name=&quot;line_style&quot; value=&quot;solid&quot;/>&lt;Option type=&quot;QString&quot; name=&quot;line_width&quot; value=&quot;0.3&quot;/>&lt;Option type=&quot;QString&quot; name=&quot;line_width_unit&quot; value=&quot;MM&quot;/>&lt;Option type=&quot;QString&quot; name=&quot;offset&quot; value=&quot;0&quot;/>&lt;Option type=&quot;QString&quot; name=&quot;offset_map_unit_scale&quot; value=&quot;3x:0,0,0,0,0,0&quot;/>&lt;Option type=&quot;QString&quot; name=&quot;offset_unit&quot; value=&quot;MM&quot;/>&lt;Option type=&quot;QString&quot; name=&quot;ring_filter&quot; value=&quot;0&quot;/>&lt;Option type=&quot;QString&quot; name=&quot;trim_distance_end&quot; value=&quot;0&quot;/>&lt;Option type=&quot;QString&quot; name=&quot;trim_distance_end_map_unit_scale&quot; value=&quot;3x:0,0,0,0,0,0&quot;/>&lt;Option type=&quot;QString&quot; name=&quot;trim_distance_end_unit&quot; value=&quot;MM&quot;/>&lt;Option type=&quot;QString&quot; name=&quot;trim_distance_start&quot; value=&quot;0&quot;/>&lt;Option type=&quot;QString&quot; name=&quot;trim_distance_start_map_unit_scale&quot; value=&quot;3x:0,0,0,0,0,0&quot;/>&lt;Option type=&quot;QString&quot; name=&quot;trim_distance_start_unit&quot; value=&quot;MM&quot;/>&lt;Option type=&quot;QString&quot; name=&quot;tweak_dash_pattern_on_corners&quot; value=&quot;0&quot;/>&lt;Option type=&quot;QString&quot; name=&quot;use_custom_dash&quot; value=&quot;0&quot;/>&lt;Option type=&quot;QString&quot; name=&quot;width_map_unit_scale&quot; value=&quot;3x:0,0,0,0,0,0&quot;/>&lt;/Option>&lt;prop k=&quot;align_dash_pattern&quot; v=&quot;0&quot;/>&lt;prop k=&quot;capstyle&quot; v=&quot;square&quot;/>&lt;prop k=&quot;customdash&quot; v=&quot;5;2&quot;/>&lt;prop k=&quot;customdash_map_unit_scale&quot; v=&quot;3x:0,0,0,0,0,0&quot;/>&lt;prop k=&quot;customdash_unit&quot; v=&quot;MM&quot;/>&lt;prop k=&quot;dash_pattern_offset&quot; v=&quot;0&quot;/>&lt;prop k=&quot;dash_pattern_offset_map_unit_scale&quot; v=&quot;3x:0,0,0,0,0,0&quot;/>&lt;prop k=&quot;dash_pattern_offset_unit&quot; v=&quot;MM&quot;/>&lt;prop k=&quot;draw_inside_polygon&quot; v=&quot;0&quot;/>&lt;prop k=&quot;joinstyle&quot; v=&quot;bevel&quot;/>&lt;prop k=&quot;line_color&quot; v=&quot;60,60,60,255&quot;/>&lt;prop k=&quot;line_style&quot; v=&quot;solid&quot;/>&lt;prop k=&quot;line_width&quot; v=&quot;0.3&quot;/>&lt;prop k=&quot;line_width_unit&quot; v=&quot;MM&quot;/>&lt;prop k=&quot;offset&quot; v=&quot;0&quot;/>&lt;prop k=&quot;offset_map_unit_scale&quot; v=&quot;3x:0,0,0,0,0,0&quot;/>&lt;prop k=&quot;offset_unit&quot; v=&quot;MM&quot;/>&lt;prop k=&quot;ring_filter&quot; v=&quot;0&quot;/>&lt;prop k=&quot;trim_distance_end&quot; v=&quot;0&quot;/>&lt;prop k=&quot;trim_distance_end_map_unit_scale&quot; v=&quot;3x:0,0,0,0,0,0&quot;/>&lt;prop k=&quot;trim_distance_end_unit&quot; v=&quot;MM&quot;/>&lt;prop k=&quot;trim_distance_start&quot; v=&quot;0&quot;/>&lt;prop k=&quot;trim_distance_start_map_unit_scale&quot; v=&quot;3x:0,0,0,0,0,0&quot;/>&lt;prop k=&quot;trim_distance_start_unit&quot; v=&quot;MM&quot;/>&lt;prop k=&quot;tweak_dash_pattern_on_corners&quot; v=&quot;0&quot;/>&lt;prop k=&quot;use_custom_dash&quot; v=&quot;0&quot;/>&lt;prop k=&quot;width_map_unit_scale&quot; v=&quot;3x:0,0,0,0,0,0&quot;/>&lt;data_defined_properties>&lt;Option type=&quot;Map&quot;>&lt;Option type=&quot;QString&quot; name=&quot;name&quot; value=&quot;&quot;/>&lt;Option name=&quot;properties&quot;/>&lt;Option type=&quot;QString&quot; name=&quot;type&quot; value=&quot;collection&quot;/>&lt;/Option>&lt;/data_defined_properties>&lt;/layer>&lt;/symbol>"/>
          <Option type="double" name="minLength" value="0"/>
          <Option type="QString" name="minLengthMapUnitScale" value="3x:0,0,0,0,0,0"/>
          <Option type="QString" name="minLengthUnit" value="MM"/>
          <Option type="double" name="offsetFromAnchor" value="0"/>
          <Option type="QString" name="offsetFromAnchorMapUnitScale" value="3x:0,0,0,0,0,0"/>
          <Option type="QString" name="offsetFromAnchorUnit" value="MM"/>
          <Option type="double" name="offsetFromLabel" value="0"/>
          <Option type="QString" name="offsetFromLabelMapUnitScale" value="3x:0,0,0,0,0,0"/>
          <Option type="QString" name="offsetFromLabelUnit" value="MM"/>
        </Option>
      </callout>
    </settings>
  </labeling>
  <customproperties>
    <Option/>
  </customproperties>
  <blendMode>0</blendMode>
  <featureBlendMode>0</featureBlendMode>
  <layerOpacity>0.7</layerOpacity>
  <geometryOptions removeDuplicateNodes="0" geometryPrecision="0">
    <activeChecks type="StringList">
      <Option type="QString" value=""/>
    </activeChecks>
    <checkConfiguration/>
  </geometryOptions>
  <legend showLabelLegend="0" type="default-vector"/>
  <referencedLayers/>
  <fieldConfiguration>
    <field name="site_id" configurationFlags="None">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="site_nom" configurationFlags="None">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="site_epci_siren" configurationFlags="None">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="site_epci_nom" configurationFlags="None">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="site_comm_insee" configurationFlags="None">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="site_comm_nom" configurationFlags="None">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="site_type" configurationFlags="None">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="site_vocadomi" configurationFlags="None">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="annee" configurationFlags="None">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="date_reference" configurationFlags="None">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="site_uf_nbre" configurationFlags="None">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="site_uf_vacant_nbre" configurationFlags="None">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="site_taux_vacance" configurationFlags="None">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="taux_vacance_surface" configurationFlags="None">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="nb_uf_occupees" configurationFlags="None">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="nb_uf_libres" configurationFlags="None">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="site_uf_bati_nbre" configurationFlags="None">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="nb_bati_vacants" configurationFlags="None">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="nb_dents_creuses" configurationFlags="None">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="nb_uf_densifiables" configurationFlags="None">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="site_nb_etab" configurationFlags="None">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="site_nb_emploi" configurationFlags="None">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="site_surf_brute" configurationFlags="None">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="site_surf_utile" configurationFlags="None">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="surf_occupee_ha" configurationFlags="None">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="surf_vacante_ha" configurationFlags="None">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="surf_dispo_amenagee_ha" configurationFlags="None">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="surf_dispo_non_amenagee_ha" configurationFlags="None">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="surf_reliquat_ha" configurationFlags="None">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="surf_non_amenageable_ha" configurationFlags="None">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="surf_non_cadastree_ha" configurationFlags="None">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="surf_marges_ha" configurationFlags="None">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="surf_non_utile_ha" configurationFlags="None">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="ecart_bouclage_ha" configurationFlags="None">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="controle_surfaces" configurationFlags="None">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="presence_friche" configurationFlags="None">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="nb_friches" configurationFlags="None">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="uf_mode" configurationFlags="None">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
  </fieldConfiguration>
  <aliases>
    <alias index="0" field="site_id" name="Identifiant du site"/>
    <alias index="1" field="site_nom" name="Nom de la zone"/>
    <alias index="2" field="site_epci_siren" name="SIREN de l'EPCI"/>
    <alias index="3" field="site_epci_nom" name="EPCI"/>
    <alias index="4" field="site_comm_insee" name="Code INSEE de la commune principale"/>
    <alias index="5" field="site_comm_nom" name="Commune principale"/>
    <alias index="6" field="site_type" name="Type de site"/>
    <alias index="7" field="site_vocadomi" name="Vocation dominante"/>
    <alias index="8" field="annee" name="Année de l'inventaire"/>
    <alias index="9" field="date_reference" name="Date de référence (1er janvier)"/>
    <alias index="10" field="site_uf_nbre" name="Nombre d'unités foncières"/>
    <alias index="11" field="site_uf_vacant_nbre" name="Unités foncières vacantes"/>
    <alias index="12" field="site_taux_vacance" name="Taux de vacance légal (%, L318-8-2)"/>
    <alias index="13" field="taux_vacance_surface" name="Taux de vacance en surface (%, indicatif)"/>
    <alias index="14" field="nb_uf_occupees" name="Unités foncières occupées"/>
    <alias index="15" field="nb_uf_libres" name="Unités foncières libres"/>
    <alias index="16" field="site_uf_bati_nbre" name="Unités foncières bâties"/>
    <alias index="17" field="nb_bati_vacants" name="Unités bâties sans occupant"/>
    <alias index="18" field="nb_dents_creuses" name="Dents creuses"/>
    <alias index="19" field="nb_uf_densifiables" name="Unités densifiables"/>
    <alias index="20" field="site_nb_etab" name="Établissements actifs (hors SCI)"/>
    <alias index="21" field="site_nb_emploi" name="Emplois (médiane des tranches SIRENE)"/>
    <alias index="22" field="site_surf_brute" name="Surface totale (ha)"/>
    <alias index="23" field="site_surf_utile" name="Surface utile (ha)"/>
    <alias index="24" field="surf_occupee_ha" name="Surface occupée (ha)"/>
    <alias index="25" field="surf_vacante_ha" name="Surface vacante (ha)"/>
    <alias index="26" field="surf_dispo_amenagee_ha" name="Disponible aménagée (ha)"/>
    <alias index="27" field="surf_dispo_non_amenagee_ha" name="Disponible non aménagée (ha)"/>
    <alias index="28" field="surf_reliquat_ha" name="Reliquats (ha)"/>
    <alias index="29" field="surf_non_amenageable_ha" name="Non aménageable (ha)"/>
    <alias index="30" field="surf_non_cadastree_ha" name="Non cadastrée : voiries, domaine public (ha)"/>
    <alias index="31" field="surf_marges_ha" name="Marges de parcelles extérieures (ha)"/>
    <alias index="32" field="surf_non_utile_ha" name="Surface non utile (ha)"/>
    <alias index="33" field="ecart_bouclage_ha" name="Écart du contrôle de bouclage (ha)"/>
    <alias index="34" field="controle_surfaces" name="Contrôle des surfaces"/>
    <alias index="35" field="presence_friche" name="Présence de friche"/>
    <alias index="36" field="nb_friches" name="Nombre de friches"/>
    <alias index="37" field="uf_mode" name="Mode de constitution des unités"/>
  </aliases>
  <defaults>
    <default applyOnUpdate="0" field="site_id" expression=""/>
    <default applyOnUpdate="0" field="site_nom" expression=""/>
    <default applyOnUpdate="0" field="site_epci_siren" expression=""/>
    <default applyOnUpdate="0" field="site_epci_nom" expression=""/>
    <default applyOnUpdate="0" field="site_comm_insee" expression=""/>
    <default applyOnUpdate="0" field="site_comm_nom" expression=""/>
    <default applyOnUpdate="0" field="site_type" expression=""/>
    <default applyOnUpdate="0" field="site_vocadomi" expression=""/>
    <default applyOnUpdate="0" field="annee" expression=""/>
    <default applyOnUpdate="0" field="date_reference" expression=""/>
    <default applyOnUpdate="0" field="site_uf_nbre" expression=""/>
    <default applyOnUpdate="0" field="site_uf_vacant_nbre" expression=""/>
    <default applyOnUpdate="0" field="site_taux_vacance" expression=""/>
    <default applyOnUpdate="0" field="taux_vacance_surface" expression=""/>
    <default applyOnUpdate="0" field="nb_uf_occupees" expression=""/>
    <default applyOnUpdate="0" field="nb_uf_libres" expression=""/>
    <default applyOnUpdate="0" field="site_uf_bati_nbre" expression=""/>
    <default applyOnUpdate="0" field="nb_bati_vacants" expression=""/>
    <default applyOnUpdate="0" field="nb_dents_creuses" expression=""/>
    <default applyOnUpdate="0" field="nb_uf_densifiables" expression=""/>
    <default applyOnUpdate="0" field="site_nb_etab" expression=""/>
    <default applyOnUpdate="0" field="site_nb_emploi" expression=""/>
    <default applyOnUpdate="0" field="site_surf_brute" expression=""/>
    <default applyOnUpdate="0" field="site_surf_utile" expression=""/>
    <default applyOnUpdate="0" field="surf_occupee_ha" expression=""/>
    <default applyOnUpdate="0" field="surf_vacante_ha" expression=""/>
    <default applyOnUpdate="0" field="surf_dispo_amenagee_ha" expression=""/>
    <default applyOnUpdate="0" field="surf_dispo_non_amenagee_ha" expression=""/>
    <default applyOnUpdate="0" field="surf_reliquat_ha" expression=""/>
    <default applyOnUpdate="0" field="surf_non_amenageable_ha" expression=""/>
    <default applyOnUpdate="0" field="surf_non_cadastree_ha" expression=""/>
    <default applyOnUpdate="0" field="surf_marges_ha" expression=""/>
    <default applyOnUpdate="0" field="surf_non_utile_ha" expression=""/>
    <default applyOnUpdate="0" field="ecart_bouclage_ha" expression=""/>
    <default applyOnUpdate="0" field="controle_surfaces" expression=""/>
    <default applyOnUpdate="0" field="presence_friche" expression=""/>
    <default applyOnUpdate="0" field="nb_friches" expression=""/>
    <default applyOnUpdate="0" field="uf_mode" expression=""/>
  </defaults>
  <constraints>
    <constraint constraints="0" unique_strength="0" exp_strength="0" field="site_id" notnull_strength="0"/>
    <constraint constraints="0" unique_strength="0" exp_strength="0" field="site_nom" notnull_strength="0"/>
    <constraint constraints="0" unique_strength="0" exp_strength="0" field="site_epci_siren" notnull_strength="0"/>
    <constraint constraints="0" unique_strength="0" exp_strength="0" field="site_epci_nom" notnull_strength="0"/>
    <constraint constraints="0" unique_strength="0" exp_strength="0" field="site_comm_insee" notnull_strength="0"/>
    <constraint constraints="0" unique_strength="0" exp_strength="0" field="site_comm_nom" notnull_strength="0"/>
    <constraint constraints="0" unique_strength="0" exp_strength="0" field="site_type" notnull_strength="0"/>
    <constraint constraints="0" unique_strength="0" exp_strength="0" field="site_vocadomi" notnull_strength="0"/>
    <constraint constraints="0" unique_strength="0" exp_strength="0" field="annee" notnull_strength="0"/>
    <constraint constraints="0" unique_strength="0" exp_strength="0" field="date_reference" notnull_strength="0"/>
    <constraint constraints="0" unique_strength="0" exp_strength="0" field="site_uf_nbre" notnull_strength="0"/>
    <constraint constraints="0" unique_strength="0" exp_strength="0" field="site_uf_vacant_nbre" notnull_strength="0"/>
    <constraint constraints="0" unique_strength="0" exp_strength="0" field="site_taux_vacance" notnull_strength="0"/>
    <constraint constraints="0" unique_strength="0" exp_strength="0" field="taux_vacance_surface" notnull_strength="0"/>
    <constraint constraints="0" unique_strength="0" exp_strength="0" field="nb_uf_occupees" notnull_strength="0"/>
    <constraint constraints="0" unique_strength="0" exp_strength="0" field="nb_uf_libres" notnull_strength="0"/>
    <constraint constraints="0" unique_strength="0" exp_strength="0" field="site_uf_bati_nbre" notnull_strength="0"/>
    <constraint constraints="0" unique_strength="0" exp_strength="0" field="nb_bati_vacants" notnull_strength="0"/>
    <constraint constraints="0" unique_strength="0" exp_strength="0" field="nb_dents_creuses" notnull_strength="0"/>
    <constraint constraints="0" unique_strength="0" exp_strength="0" field="nb_uf_densifiables" notnull_strength="0"/>
    <constraint constraints="0" unique_strength="0" exp_strength="0" field="site_nb_etab" notnull_strength="0"/>
    <constraint constraints="0" unique_strength="0" exp_strength="0" field="site_nb_emploi" notnull_strength="0"/>
    <constraint constraints="0" unique_strength="0" exp_strength="0" field="site_surf_brute" notnull_strength="0"/>
    <constraint constraints="0" unique_strength="0" exp_strength="0" field="site_surf_utile" notnull_strength="0"/>
    <constraint constraints="0" unique_strength="0" exp_strength="0" field="surf_occupee_ha" notnull_strength="0"/>
    <constraint constraints="0" unique_strength="0" exp_strength="0" field="surf_vacante_ha" notnull_strength="0"/>
    <constraint constraints="0" unique_strength="0" exp_strength="0" field="surf_dispo_amenagee_ha" notnull_strength="0"/>
    <constraint constraints="0" unique_strength="0" exp_strength="0" field="surf_dispo_non_amenagee_ha" notnull_strength="0"/>
    <constraint constraints="0" unique_strength="0" exp_strength="0" field="surf_reliquat_ha" notnull_strength="0"/>
    <constraint constraints="0" unique_strength="0" exp_strength="0" field="surf_non_amenageable_ha" notnull_strength="0"/>
    <constraint constraints="0" unique_strength="0" exp_strength="0" field="surf_non_cadastree_ha" notnull_strength="0"/>
    <constraint constraints="0" unique_strength="0" exp_strength="0" field="surf_marges_ha" notnull_strength="0"/>
    <constraint constraints="0" unique_strength="0" exp_strength="0" field="surf_non_utile_ha" notnull_strength="0"/>
    <constraint constraints="0" unique_strength="0" exp_strength="0" field="ecart_bouclage_ha" notnull_strength="0"/>
    <constraint constraints="0" unique_strength="0" exp_strength="0" field="controle_surfaces" notnull_strength="0"/>
    <constraint constraints="0" unique_strength="0" exp_strength="0" field="presence_friche" notnull_strength="0"/>
    <constraint constraints="0" unique_strength="0" exp_strength="0" field="nb_friches" notnull_strength="0"/>
    <constraint constraints="0" unique_strength="0" exp_strength="0" field="uf_mode" notnull_strength="0"/>
  </constraints>
  <constraintExpressions>
    <constraint exp="" desc="" field="site_id"/>
    <constraint exp="" desc="" field="site_nom"/>
    <constraint exp="" desc="" field="site_epci_siren"/>
    <constraint exp="" desc="" field="site_epci_nom"/>
    <constraint exp="" desc="" field="site_comm_insee"/>
    <constraint exp="" desc="" field="site_comm_nom"/>
    <constraint exp="" desc="" field="site_type"/>
    <constraint exp="" desc="" field="site_vocadomi"/>
    <constraint exp="" desc="" field="annee"/>
    <constraint exp="" desc="" field="date_reference"/>
    <constraint exp="" desc="" field="site_uf_nbre"/>
    <constraint exp="" desc="" field="site_uf_vacant_nbre"/>
    <constraint exp="" desc="" field="site_taux_vacance"/>
    <constraint exp="" desc="" field="taux_vacance_surface"/>
    <constraint exp="" desc="" field="nb_uf_occupees"/>
    <constraint exp="" desc="" field="nb_uf_libres"/>
    <constraint exp="" desc="" field="site_uf_bati_nbre"/>
    <constraint exp="" desc="" field="nb_bati_vacants"/>
    <constraint exp="" desc="" field="nb_dents_creuses"/>
    <constraint exp="" desc="" field="nb_uf_densifiables"/>
    <constraint exp="" desc="" field="site_nb_etab"/>
    <constraint exp="" desc="" field="site_nb_emploi"/>
    <constraint exp="" desc="" field="site_surf_brute"/>
    <constraint exp="" desc="" field="site_surf_utile"/>
    <constraint exp="" desc="" field="surf_occupee_ha"/>
    <constraint exp="" desc="" field="surf_vacante_ha"/>
    <constraint exp="" desc="" field="surf_dispo_amenagee_ha"/>
    <constraint exp="" desc="" field="surf_dispo_non_amenagee_ha"/>
    <constraint exp="" desc="" field="surf_reliquat_ha"/>
    <constraint exp="" desc="" field="surf_non_amenageable_ha"/>
    <constraint exp="" desc="" field="surf_non_cadastree_ha"/>
    <constraint exp="" desc="" field="surf_marges_ha"/>
    <constraint exp="" desc="" field="surf_non_utile_ha"/>
    <constraint exp="" desc="" field="ecart_bouclage_ha"/>
    <constraint exp="" desc="" field="controle_surfaces"/>
    <constraint exp="" desc="" field="presence_friche"/>
    <constraint exp="" desc="" field="nb_friches"/>
    <constraint exp="" desc="" field="uf_mode"/>
  </constraintExpressions>
  <expressionfields/>
  <attributeactions/>
  <attributetableconfig sortExpression="" sortOrder="0" actionWidgetStyle="dropDown">
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
  <previewExpression>"site_nom"</previewExpression>
  <mapTip></mapTip>
  <layerGeometryType>2</layerGeometryType>
</qgis>
