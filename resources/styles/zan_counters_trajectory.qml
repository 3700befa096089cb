<!DOCTYPE qgis PUBLIC 'http://mrcc.com/qgis.dtd' 'SYSTEM'>
<qgis minScale="1e+08" hasScaleBasedVisibilityFlag="0" readOnly="0" version="3.22.16-Białowieża" styleCategories="AllStyleCategories" maxScale="0">
  <flags>
    <Identifiable>1</Identifiable>
    <Removable>1</Removable>
    <Searchable>1</Searchable>
    <Private>0</Private>
  </flags>
  <temporal fixedDuration="0" limitMode="0" startExpression="" startField="" durationUnit="min" mode="0" endExpression="" accumulate="0" durationField="" enabled="0" endField="">
    <fixedRange>
      <start></start>
      <end></end>
    </fixedRange>
  </temporal>
  <customproperties>
    <Option/>
  </customproperties>
  <geometryOptions geometryPrecision="0" removeDuplicateNodes="0">
    <activeChecks type="StringList">
      <Option type="QString" value=""/>
    </activeChecks>
    <checkConfiguration/>
  </geometryOptions>
  <legend type="default-vector" showLabelLegend="0"/>
  <referencedLayers/>
  <fieldConfiguration>
    <field name="territoire_id" configurationFlags="None">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="territoire_nom" configurationFlags="None">
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
    <field name="periode" configurationFlags="None">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="conso_ha" configurationFlags="None">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="conso_cumul_ha" configurationFlags="None">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="ref_moyenne_ha" configurationFlags="None">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="objectif_ha" configurationFlags="None">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="objectif_cumul_ha" configurationFlags="None">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
  </fieldConfiguration>
  <aliases>
    <alias name="Code du territoire" field="territoire_id" index="0"/>
    <alias name="Territoire" field="territoire_nom" index="1"/>
    <alias name="Année" field="annee" index="2"/>
    <alias name="Période" field="periode" index="3"/>
    <alias name="Consommation observée (ha)" field="conso_ha" index="4"/>
    <alias name="Consommation cumulée depuis 2021 (ha)" field="conso_cumul_ha" index="5"/>
    <alias name="Moyenne annuelle 2011-2020 (ha)" field="ref_moyenne_ha" index="6"/>
    <alias name="Objectif annuel (ha)" field="objectif_ha" index="7"/>
    <alias name="Objectif cumulé depuis 2021 (ha)" field="objectif_cumul_ha" index="8"/>
  </aliases>
  <defaults>
    <default applyOnUpdate="0" field="territoire_id" expression=""/>
    <default applyOnUpdate="0" field="territoire_nom" expression=""/>
    <default applyOnUpdate="0" field="annee" expression=""/>
    <default applyOnUpdate="0" field="periode" expression=""/>
    <default applyOnUpdate="0" field="conso_ha" expression=""/>
    <default applyOnUpdate="0" field="conso_cumul_ha" expression=""/>
    <default applyOnUpdate="0" field="ref_moyenne_ha" expression=""/>
    <default applyOnUpdate="0" field="objectif_ha" expression=""/>
    <default applyOnUpdate="0" field="objectif_cumul_ha" expression=""/>
  </defaults>
  <constraints>
    <constraint field="territoire_id" constraints="0" unique_strength="0" notnull_strength="0" exp_strength="0"/>
    <constraint field="territoire_nom" constraints="0" unique_strength="0" notnull_strength="0" exp_strength="0"/>
    <constraint field="annee" constraints="0" unique_strength="0" notnull_strength="0" exp_strength="0"/>
    <constraint field="periode" constraints="0" unique_strength="0" notnull_strength="0" exp_strength="0"/>
    <constraint field="conso_ha" constraints="0" unique_strength="0" notnull_strength="0" exp_strength="0"/>
    <constraint field="conso_cumul_ha" constraints="0" unique_strength="0" notnull_strength="0" exp_strength="0"/>
    <constraint field="ref_moyenne_ha" constraints="0" unique_strength="0" notnull_strength="0" exp_strength="0"/>
    <constraint field="objectif_ha" constraints="0" unique_strength="0" notnull_strength="0" exp_strength="0"/>
    <constraint field="objectif_cumul_ha" constraints="0" unique_strength="0" notnull_strength="0" exp_strength="0"/>
  </constraints>
  <constraintExpressions>
    <constraint desc="" field="territoire_id" exp=""/>
    <constraint desc="" field="territoire_nom" exp=""/>
    <constraint desc="" field="annee" exp=""/>
    <constraint desc="" field="periode" exp=""/>
    <constraint desc="" field="conso_ha" exp=""/>
    <constraint desc="" field="conso_cumul_ha" exp=""/>
    <constraint desc="" field="ref_moyenne_ha" exp=""/>
    <constraint desc="" field="objectif_ha" exp=""/>
    <constraint desc="" field="objectif_cumul_ha" exp=""/>
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
  <previewExpression>"territoire_nom" || ' ' || "annee"</previewExpression>
  <mapTip></mapTip>
  <layerGeometryType>4</layerGeometryType>
</qgis>
