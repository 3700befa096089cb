<!DOCTYPE qgis PUBLIC 'http://mrcc.com/qgis.dtd' 'SYSTEM'>
<qgis styleCategories="AllStyleCategories" maxScale="0" simplifyAlgorithm="0" labelsEnabled="0" hasScaleBasedVisibilityFlag="0" simplifyDrawingTol="1" simplifyLocal="1" minScale="100000000" simplifyDrawingHints="1" version="3.22.16-Białowieża" simplifyMaxScale="1" readOnly="0" symbologyReferenceScale="-1">
  <flags>
    <Identifiable>1</Identifiable>
    <Removable>1</Removable>
    <Searchable>1</Searchable>
    <Private>0</Private>
  </flags>
  <temporal endField="" accumulate="0" limitMode="0" fixedDuration="0" enabled="0" durationField="" durationUnit="min" startField="" startExpression="" mode="0" endExpression="">
    <fixedRange>
      <start></start>
      <end></end>
    </fixedRange>
  </temporal>
  <renderer-v2 forceraster="0" enableorderby="0" symbollevels="0" referencescale="-1" type="singleSymbol">
    <symbols>
      <symbol alpha="1" force_rhr="0" type="fill" clip_to_extent="1" name="0">
        <data_defined_properties>
          <Option type="Map">
            <Option type="QString" value="" name="name"/>
            <Option name="properties"/>
            <Option type="QString" value="collection" name="type"/>
          </Option>
        </data_defined_properties>
        <layer enabled="1" pass="0" class="SimpleFill" locked="0">
          <Option type="Map">
            <Option type="QString" value="3x:0,0,0,0,0,0" name="border_width_map_unit_scale"/>
            <Option type="QString" value="65,171,93,110" name="color"/>
            <Option type="QString" value="bevel" name="joinstyle"/>
            <Option type="QString" value="0,0" name="offset"/>
            <Option type="QString" value="3x:0,0,0,0,0,0" name="offset_map_unit_scale"/>
            <Option type="QString" value="MM" name="offset_unit"/>
            <Option type="QString" value="35,139,69,255" name="outline_color"/>
            <Option type="QString" value="solid" name="outline_style"/>
            <Option type="QString" value="0.2" name="outline_width"/>
            <Option type="QString" value="MM" name="outline_width_unit"/>
            <Option type="QString" value="solid" name="style"/>
          </Option>
          <prop k="border_width_map_unit_scale" v="3x:0,0,0,0,0,0"/>
          <prop k="color" v="65,171,93,110"/>
          <prop k="joinstyle" v="bevel"/>
          <prop k="offset" v="0,0"/>
          <prop k="offset_map_unit_scale" v="3x:0,0,0,0,0,0"/>
          <prop k="offset_unit" v="MM"/>
          <prop k="outline_color" v="35,139,69,255"/>
          <prop k="outline_style" v="solid"/>
          <prop k="outline_width" v="0.2"/>
          <prop k="outline_width_unit" v="MM"/>
          <prop k="style" v="solid"/>
          <data_defined_properties>
            <Option type="Map">
              <Option type="QString" value="" name="name"/>
              <Option name="properties"/>
              <Option type="QString" value="collection" name="type"/>
            </Option>
          </data_defined_properties>
        </layer>
      </symbol>
    </symbols>
    <rotation/>
    <sizescale/>
  </renderer-v2>
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
  <legend type="default-vector" showLabelLegend="0"/>
  <referencedLayers/>
  <fieldConfiguration>
    <field configurationFlags="None" name="id_corr">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="None" name="id_resv1">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="None" name="id_resv2">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="None" name="sous_trame">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="None" name="area_ha">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="None" name="cost">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="None" name="dpc">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="None" name="rank_dpc">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
  </fieldConfiguration>
  <aliases>
    <alias index="0" field="id_corr" name="Identifiant du lien (corridor)"/>
    <alias index="1" field="id_resv1" name="Réservoir 1"/>
    <alias index="2" field="id_resv2" name="Réservoir 2"/>
    <alias index="3" field="sous_trame" name="Sous-trame"/>
    <alias index="4" field="area_ha" name="Surface du corridor (ha)"/>
    <alias index="5" field="cost" name="Coût cumulé (équivalent mètres)"/>
    <alias index="6" field="dpc" name="Importance dPC"/>
    <alias index="7" field="rank_dpc" name="Rang par dPC (1 = le plus important)"/>
  </aliases>
  <defaults>
    <default applyOnUpdate="0" expression="" field="id_corr"/>
    <default applyOnUpdate="0" expression="" field="id_resv1"/>
    <default applyOnUpdate="0" expression="" field="id_resv2"/>
    <default applyOnUpdate="0" expression="" field="sous_trame"/>
    <default applyOnUpdate="0" expression="" field="area_ha"/>
    <default applyOnUpdate="0" expression="" field="cost"/>
    <default applyOnUpdate="0" expression="" field="dpc"/>
    <default applyOnUpdate="0" expression="" field="rank_dpc"/>
  </defaults>
  <constraints>
    <constraint constraints="0" notnull_strength="0" unique_strength="0" field="id_corr" exp_strength="0"/>
    <constraint constraints="0" notnull_strength="0" unique_strength="0" field="id_resv1" exp_strength="0"/>
    <constraint constraints="0" notnull_strength="0" unique_strength="0" field="id_resv2" exp_strength="0"/>
    <constraint constraints="0" notnull_strength="0" unique_strength="0" field="sous_trame" exp_strength="0"/>
    <constraint constraints="0" notnull_strength="0" unique_strength="0" field="area_ha" exp_strength="0"/>
    <constraint constraints="0" notnull_strength="0" unique_strength="0" field="cost" exp_strength="0"/>
    <constraint constraints="0" notnull_strength="0" unique_strength="0" field="dpc" exp_strength="0"/>
    <constraint constraints="0" notnull_strength="0" unique_strength="0" field="rank_dpc" exp_strength="0"/>
  </constraints>
  <constraintExpressions>
    <constraint desc="" exp="" field="id_corr"/>
    <constraint desc="" exp="" field="id_resv1"/>
    <constraint desc="" exp="" field="id_resv2"/>
    <constraint desc="" exp="" field="sous_trame"/>
    <constraint desc="" exp="" field="area_ha"/>
    <constraint desc="" exp="" field="cost"/>
    <constraint desc="" exp="" field="dpc"/>
    <constraint desc="" exp="" field="rank_dpc"/>
  </constraintExpressions>
  <expressionfields/>
  <attributeactions/>
  <attributetableconfig sortExpression="" actionWidgetStyle="dropDown" sortOrder="0">
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
  <previewExpression></previewExpression>
  <mapTip></mapTip>
  <layerGeometryType>2</layerGeometryType>
</qgis>
