<!DOCTYPE qgis PUBLIC 'http://mrcc.com/qgis.dtd' 'SYSTEM'>
<qgis styleCategories="AllStyleCategories" simplifyMaxScale="1" minScale="100000000" simplifyDrawingHints="1" maxScale="0" simplifyAlgorithm="0" version="3.22.16-Białowieża" simplifyDrawingTol="1" labelsEnabled="0" readOnly="0" simplifyLocal="1" hasScaleBasedVisibilityFlag="0" symbologyReferenceScale="-1">
  <flags>
    <Identifiable>1</Identifiable>
    <Removable>1</Removable>
    <Searchable>1</Searchable>
    <Private>0</Private>
  </flags>
  <temporal durationUnit="min" startExpression="" enabled="0" endField="" limitMode="0" startField="" durationField="" endExpression="" fixedDuration="0" mode="0" accumulate="0">
    <fixedRange>
      <start></start>
      <end></end>
    </fixedRange>
  </temporal>
  <renderer-v2 enableorderby="0" attr="classe" forceraster="0" type="categorizedSymbol" symbollevels="0" referencescale="-1">
    <categories>
      <category label="Artificialisation" value="artificialisation" render="true" symbol="0"/>
      <category label="Renaturation" value="renaturation" render="true" symbol="1"/>
    </categories>
    <symbols>
      <symbol clip_to_extent="1" force_rhr="0" type="fill" alpha="1" name="0">
        <data_defined_properties>
          <Option type="Map">
            <Option value="" type="QString" name="name"/>
            <Option name="properties"/>
            <Option value="collection" type="QString" name="type"/>
          </Option>
        </data_defined_properties>
        <layer class="SimpleFill" enabled="1" pass="0" locked="0">
          <Option type="Map">
            <Option value="3x:0,0,0,0,0,0" type="QString" name="border_width_map_unit_scale"/>
            <Option value="215,25,28,255" type="QString" name="color"/>
            <Option value="bevel" type="QString" name="joinstyle"/>
            <Option value="0,0" type="QString" name="offset"/>
            <Option value="3x:0,0,0,0,0,0" type="QString" name="offset_map_unit_scale"/>
            <Option value="MM" type="QString" name="offset_unit"/>
            <Option value="215,25,28,255" type="QString" name="outline_color"/>
            <Option value="solid" type="QString" name="outline_style"/>
            <Option value="0.2" type="QString" name="outline_width"/>
            <Option value="MM" type="QString" name="outline_width_unit"/>
            <Option value="solid" type="QString" name="style"/>
          </Option>
          <prop v="3x:0,0,0,0,0,0" k="border_width_map_unit_scale"/>
          <prop v="215,25,28,255" k="color"/>
          <prop v="bevel" k="joinstyle"/>
          <prop v="0,0" k="offset"/>
          <prop v="3x:0,0,0,0,0,0" k="offset_map_unit_scale"/>
          <prop v="MM" k="offset_unit"/>
          <prop v="215,25,28,255" k="outline_color"/>
          <prop v="solid" k="outline_style"/>
          <prop v="0.2" k="outline_width"/>
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
      <symbol clip_to_extent="1" force_rhr="0" type="fill" alpha="1" name="1">
        <data_defined_properties>
          <Option type="Map">
            <Option value="" type="QString" name="name"/>
            <Option name="properties"/>
            <Option value="collection" type="QString" name="type"/>
          </Option>
        </data_defined_properties>
        <layer class="SimpleFill" enabled="1" pass="0" locked="0">
          <Option type="Map">
            <Option value="3x:0,0,0,0,0,0" type="QString" name="border_width_map_unit_scale"/>
            <Option value="26,150,65,255" type="QString" name="color"/>
            <Option value="bevel" type="QString" name="joinstyle"/>
            <Option value="0,0" type="QString" name="offset"/>
            <Option value="3x:0,0,0,0,0,0" type="QString" name="offset_map_unit_scale"/>
            <Option value="MM" type="QString" name="offset_unit"/>
            <Option value="26,150,65,255" type="QString" name="outline_color"/>
            <Option value="solid" type="QString" name="outline_style"/>
            <Option value="0.2" type="QString" name="outline_width"/>
            <Option value="MM" type="QString" name="outline_width_unit"/>
            <Option value="solid" type="QString" name="style"/>
          </Option>
          <prop v="3x:0,0,0,0,0,0" k="border_width_map_unit_scale"/>
          <prop v="26,150,65,255" k="color"/>
          <prop v="bevel" k="joinstyle"/>
          <prop v="0,0" k="offset"/>
          <prop v="3x:0,0,0,0,0,0" k="offset_map_unit_scale"/>
          <prop v="MM" k="offset_unit"/>
          <prop v="26,150,65,255" k="outline_color"/>
          <prop v="solid" k="outline_style"/>
          <prop v="0.2" k="outline_width"/>
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
  <customproperties>
    <Option/>
  </customproperties>
  <blendMode>0</blendMode>
  <featureBlendMode>0</featureBlendMode>
  <layerOpacity>0.8</layerOpacity>
  <geometryOptions removeDuplicateNodes="0" geometryPrecision="0">
    <activeChecks type="StringList">
      <Option value="" type="QString"/>
    </activeChecks>
    <checkConfiguration/>
  </geometryOptions>
  <legend showLabelLegend="0" type="default-vector"/>
  <referencedLayers/>
  <fieldConfiguration>
    <field name="territoire_id" configurationFlags="None">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="insee_com" configurationFlags="None">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="departement" configurationFlags="None">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="millesime_avant" configurationFlags="None">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="millesime_apres" configurationFlags="None">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="cs_avant" configurationFlags="None">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="us_avant" configurationFlags="None">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="cs_apres" configurationFlags="None">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="us_apres" configurationFlags="None">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="sens" configurationFlags="None">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="classe" configurationFlags="None">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="surface_m2" configurationFlags="None">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
  </fieldConfiguration>
  <aliases>
    <alias index="0" field="territoire_id" name="Code du territoire"/>
    <alias index="1" field="insee_com" name="Commune (INSEE)"/>
    <alias index="2" field="departement" name="Département"/>
    <alias index="3" field="millesime_avant" name="Millésime initial"/>
    <alias index="4" field="millesime_apres" name="Millésime final"/>
    <alias index="5" field="cs_avant" name="Couverture avant"/>
    <alias index="6" field="us_avant" name="Usage avant"/>
    <alias index="7" field="cs_apres" name="Couverture après"/>
    <alias index="8" field="us_apres" name="Usage après"/>
    <alias index="9" field="sens" name="Sens (1 artificialisation, −1 renaturation)"/>
    <alias index="10" field="classe" name="Changement"/>
    <alias index="11" field="surface_m2" name="Surface (m²)"/>
  </aliases>
  <defaults>
    <default applyOnUpdate="0" field="territoire_id" expression=""/>
    <default applyOnUpdate="0" field="insee_com" expression=""/>
    <default applyOnUpdate="0" field="departement" expression=""/>
    <default applyOnUpdate="0" field="millesime_avant" expression=""/>
    <default applyOnUpdate="0" field="millesime_apres" expression=""/>
    <default applyOnUpdate="0" field="cs_avant" expression=""/>
    <default applyOnUpdate="0" field="us_avant" expression=""/>
    <default applyOnUpdate="0" field="cs_apres" expression=""/>
    <default applyOnUpdate="0" field="us_apres" expression=""/>
    <default applyOnUpdate="0" field="sens" expression=""/>
    <default applyOnUpdate="0" field="classe" expression=""/>
    <default applyOnUpdate="0" field="surface_m2" expression=""/>
  </defaults>
  <constraints>
    <constraint unique_strength="0" exp_strength="0" constraints="0" field="territoire_id" notnull_strength="0"/>
    <constraint unique_strength="0" exp_strength="0" constraints="0" field="insee_com" notnull_strength="0"/>
    <constraint unique_strength="0" exp_strength="0" constraints="0" field="departement" notnull_strength="0"/>
    <constraint unique_strength="0" exp_strength="0" constraints="0" field="millesime_avant" notnull_strength="0"/>
    <constraint unique_strength="0" exp_strength="0" constraints="0" field="millesime_apres" notnull_strength="0"/>
    <constraint unique_strength="0" exp_strength="0" constraints="0" field="cs_avant" notnull_strength="0"/>
    <constraint unique_strength="0" exp_strength="0" constraints="0" field="us_avant" notnull_strength="0"/>
    <constraint unique_strength="0" exp_strength="0" constraints="0" field="cs_apres" notnull_strength="0"/>
    <constraint unique_strength="0" exp_strength="0" constraints="0" field="us_apres" notnull_strength="0"/>
    <constraint unique_strength="0" exp_strength="0" constraints="0" field="sens" notnull_strength="0"/>
    <constraint unique_strength="0" exp_strength="0" constraints="0" field="classe" notnull_strength="0"/>
    <constraint unique_strength="0" exp_strength="0" constraints="0" field="surface_m2" notnull_strength="0"/>
  </constraints>
  <constraintExpressions>
    <constraint field="territoire_id" desc="" exp=""/>
    <constraint field="insee_com" desc="" exp=""/>
    <constraint field="departement" desc="" exp=""/>
    <constraint field="millesime_avant" desc="" exp=""/>
    <constraint field="millesime_apres" desc="" exp=""/>
    <constraint field="cs_avant" desc="" exp=""/>
    <constraint field="us_avant" desc="" exp=""/>
    <constraint field="cs_apres" desc="" exp=""/>
    <constraint field="us_apres" desc="" exp=""/>
    <constraint field="sens" desc="" exp=""/>
    <constraint field="classe" desc="" exp=""/>
    <constraint field="surface_m2" desc="" exp=""/>
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
  <previewExpression></previewExpression>
  <mapTip></mapTip>
  <layerGeometryType>2</layerGeometryType>
</qgis>
