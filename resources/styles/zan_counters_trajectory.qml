<!DOCTYPE qgis PUBLIC 'http://mrcc.com/qgis.dtd' 'SYSTEM'>
<qgis maxScale="0" minScale="1e+08" hasScaleBasedVisibilityFlag="0" readOnly="0" version="3.22.16-Białowieża" styleCategories="AllStyleCategories">
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
  <customproperties>
    <Option/>
  </customproperties>
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
    <field configurationFlags="None" name="annee">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="None" name="periode">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="None" name="conso_ha">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="None" name="conso_cumul_ha">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="None" name="ref_moyenne_ha">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="None" name="objectif_ha">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="None" name="objectif_cumul_ha">
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
    <alias index="2" field="annee" name="Année"/>
    <alias index="3" field="periode" name="Période"/>
    <alias index="4" field="conso_ha" name="Consommation observée (ha)"/>
    <alias index="5" field="conso_cumul_ha" name="Consommation cumulée depuis 2021 (ha)"/>
    <alias index="6" field="ref_moyenne_ha" name="Moyenne annuelle 2011-2020 (ha)"/>
    <alias index="7" field="objectif_ha" name="Objectif annuel (ha)"/>
    <alias index="8" field="objectif_cumul_ha" name="Objectif cumulé depuis 2021 (ha)"/>
  </aliases>
  <defaults>
    <default expression="" applyOnUpdate="0" field="territoire_id"/>
    <default expression="" applyOnUpdate="0" field="territoire_nom"/>
    <default expression="" applyOnUpdate="0" field="annee"/>
    <default expression="" applyOnUpdate="0" field="periode"/>
    <default expression="" applyOnUpdate="0" field="conso_ha"/>
    <default expression="" applyOnUpdate="0" field="conso_cumul_ha"/>
    <default expression="" applyOnUpdate="0" field="ref_moyenne_ha"/>
    <default expression="" applyOnUpdate="0" field="objectif_ha"/>
    <default expression="" applyOnUpdate="0" field="objectif_cumul_ha"/>
  </defaults>
  <constraints>
    <constraint exp_strength="0" constraints="0" notnull_strength="0" unique_strength="0" field="territoire_id"/>
    <constraint exp_strength="0" constraints="0" notnull_strength="0" unique_strength="0" field="territoire_nom"/>
    <constraint exp_strength="0" constraints="0" notnull_strength="0" unique_strength="0" field="annee"/>
    <constraint exp_strength="0" constraints="0" notnull_strength="0" unique_strength="0" field="periode"/>
    <constraint exp_strength="0" constraints="0" notnull_strength="0" unique_strength="0" field="conso_ha"/>
    <constraint exp_strength="0" constraints="0" notnull_strength="0" unique_strength="0" field="conso_cumul_ha"/>
    <constraint exp_strength="0" constraints="0" notnull_strength="0" unique_strength="0" field="ref_moyenne_ha"/>
    <constraint exp_strength="0" constraints="0" notnull_strength="0" unique_strength="0" field="objectif_ha"/>
    <constraint exp_strength="0" constraints="0" notnull_strength="0" unique_strength="0" field="objectif_cumul_ha"/>
  </constraints>
  <constraintExpressions>
    <constraint desc="" exp="" field="territoire_id"/>
    <constraint desc="" exp="" field="territoire_nom"/>
    <constraint desc="" exp="" field="annee"/>
    <constraint desc="" exp="" field="periode"/>
    <constraint desc="" exp="" field="conso_ha"/>
    <constraint desc="" exp="" field="conso_cumul_ha"/>
    <constraint desc="" exp="" field="ref_moyenne_ha"/>
    <constraint desc="" exp="" field="objectif_ha"/>
    <constraint desc="" exp="" field="objectif_cumul_ha"/>
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
  <previewExpression>"territoire_nom" || ' ' || "annee"</previewExpression>
  <mapTip></mapTip>
  <layerGeometryType>4</layerGeometryType>
</qgis>
