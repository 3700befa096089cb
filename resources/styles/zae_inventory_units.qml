<!DOCTYPE qgis PUBLIC 'http://mrcc.com/qgis.dtd' 'SYSTEM'>
<qgis maxScale="0" symbologyReferenceScale="-1" minScale="100000000" simplifyAlgorithm="0" styleCategories="AllStyleCategories" simplifyDrawingHints="1" simplifyMaxScale="1" simplifyDrawingTol="1" version="3.22.16-Białowieża" hasScaleBasedVisibilityFlag="0" labelsEnabled="0" simplifyLocal="1" readOnly="0">
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
  <renderer-v2 referencescale="-1" attr="synth" symbollevels="0" type="categorizedSymbol" forceraster="0" enableorderby="0">
    <categories>
      <category label="Occupée" render="true" symbol="0" value="Occupée, non vacante au sens de l'article 220"/>
      <category label="Vacante (art. 220)" render="true" symbol="1" value="Vacante au sens de l'article 220 loi climat et résilience"/>
      <category label="Libre sans occupation antérieure" render="true" symbol="2" value="Libre sans occupation antérieure"/>
    </categories>
    <symbols>
      <symbol force_rhr="0" alpha="0.8" type="fill" clip_to_extent="1" name="0">
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
            <Option type="QString" name="color" value="78,121,167,255"/>
            <Option type="QString" name="joinstyle" value="bevel"/>
            <Option type="QString" name="offset" value="0,0"/>
            <Option type="QString" name="offset_map_unit_scale" value="3x:0,0,0,0,0,0"/>
            <Option type="QString" name="offset_unit" value="MM"/>
            <Option type="QString" name="outline_color" value="255,255,255,255"/>
            <Option type="QString" name="outline_style" value="solid"/>
            <Option type="QString" name="outline_width" value="0.2"/>
            <Option type="QString" name="outline_width_unit" value="MM"/>
            <Option type="QString" name="style" value="solid"/>
          </Option>
          <prop k="border_width_map_unit_scale" v="3x:0,0,0,0,0,0"/>
          <prop k="color" v="78,121,167,255"/>
          <prop k="joinstyle" v="bevel"/>
          <prop k="offset" v="0,0"/>
          <prop k="offset_map_unit_scale" v="3x:0,0,0,0,0,0"/>
          <prop k="offset_unit" v="MM"/>
          <prop k="outline_color" v="255,255,255,255"/>
          <prop k="outline_style" v="solid"/>
          <prop k="outline_width" v="0.2"/>
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
      <symbol force_rhr="0" alpha="0.8" type="fill" clip_to_extent="1" name="1">
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
            <Option type="QString" name="color" value="225,87,89,255"/>
            <Option type="QString" name="joinstyle" value="bevel"/>
            <Option type="QString" name="offset" value="0,0"/>
            <Option type="QString" name="offset_map_unit_scale" value="3x:0,0,0,0,0,0"/>
            <Option type="QString" name="offset_unit" value="MM"/>
            <Option type="QString" name="outline_color" value="255,255,255,255"/>
            <Option type="QString" name="outline_style" value="solid"/>
            <Option type="QString" name="outline_width" value="0.2"/>
            <Option type="QString" name="outline_width_unit" value="MM"/>
            <Option type="QString" name="style" value="solid"/>
          </Option>
          <prop k="border_width_map_unit_scale" v="3x:0,0,0,0,0,0"/>
          <prop k="color" v="225,87,89,255"/>
          <prop k="joinstyle" v="bevel"/>
          <prop k="offset" v="0,0"/>
          <prop k="offset_map_unit_scale" v="3x:0,0,0,0,0,0"/>
          <prop k="offset_unit" v="MM"/>
          <prop k="outline_color" v="255,255,255,255"/>
          <prop k="outline_style" v="solid"/>
          <prop k="outline_width" v="0.2"/>
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
      <symbol force_rhr="0" alpha="0.8" type="fill" clip_to_extent="1" name="2">
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
            <Option type="QString" name="color" value="89,161,79,255"/>
            <Option type="QString" name="joinstyle" value="bevel"/>
            <Option type="QString" name="offset" value="0,0"/>
            <Option type="QString" name="offset_map_unit_scale" value="3x:0,0,0,0,0,0"/>
            <Option type="QString" name="offset_unit" value="MM"/>
            <Option type="QString" name="outline_color" value="255,255,255,255"/>
            <Option type="QString" name="outline_style" value="solid"/>
            <Option type="QString" name="outline_width" value="0.2"/>
            <Option type="QString" name="outline_width_unit" value="MM"/>
            <Option type="QString" name="style" value="solid"/>
          </Option>
          <prop k="border_width_map_unit_scale" v="3x:0,0,0,0,0,0"/>
          <prop k="color" v="89,161,79,255"/>
          <prop k="joinstyle" v="bevel"/>
          <prop k="offset" v="0,0"/>
          <prop k="offset_map_unit_scale" v="3x:0,0,0,0,0,0"/>
          <prop k="offset_unit" v="MM"/>
          <prop k="outline_color" v="255,255,255,255"/>
          <prop k="outline_style" v="solid"/>
          <prop k="outline_width" v="0.2"/>
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
  <legend showLabelLegend="0" type="default-vector"/>
  <referencedLayers/>
  <fieldConfiguration>
    <field name="uf_uuid" configurationFlags="None">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="site_id" configurationFlags="None">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="terr_id" configurationFlags="None">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="insee" configurationFlags="None">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="epci" configurationFlags="None">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="parcel" configurationFlags="None">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="nbparcel" configurationFlags="None">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="ufsurf" configurationFlags="None">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="surf_fiscale" configurationFlags="None">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="proprio" configurationFlags="None">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="proprio_nom" configurationFlags="None">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="nbproprio" configurationFlags="None">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="occupants" configurationFlags="None">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="nboccup" configurationFlags="None">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="occup" configurationFlags="None">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="locomvac" configurationFlags="None">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="anteriorite_act" configurationFlags="None">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="exception" configurationFlags="None">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="synth" configurationFlags="None">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="idtup" configurationFlags="None">
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
    <field name="compte_uf" configurationFlags="None">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="bati" configurationFlags="None">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="emprise_bati" configurationFlags="None">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="ces" configurationFlags="None">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="stade_amngt" configurationFlags="None">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="stade_source" configurationFlags="None">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="categorie" configurationFlags="None">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="vacant_candidat" configurationFlags="None">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="dent_creuse" configurationFlags="None">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="densifiable" configurationFlags="None">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="friche" configurationFlags="None">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="friche_url" configurationFlags="None">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
  </fieldConfiguration>
  <aliases>
    <alias index="0" field="uf_uuid" name="Identifiant de l'unité foncière"/>
    <alias index="1" field="site_id" name="Identifiant du site"/>
    <alias index="2" field="terr_id" name="Identifiant du terrain (TERRAIN-ECO)"/>
    <alias index="3" field="insee" name="Code INSEE de la commune"/>
    <alias index="4" field="epci" name="SIREN de l'EPCI"/>
    <alias index="5" field="parcel" name="Parcelles (séparées par ;)"/>
    <alias index="6" field="nbparcel" name="Nombre de parcelles"/>
    <alias index="7" field="ufsurf" name="Surface de l'unité foncière (m², découpée à la zone)"/>
    <alias index="8" field="surf_fiscale" name="Surface cadastrale des parcelles (m², contenance)"/>
    <alias index="9" field="proprio" name="Comptes propriétaires (séparés par ;)"/>
    <alias index="10" field="proprio_nom" name="Propriétaire (personnes morales seulement)"/>
    <alias index="11" field="nbproprio" name="Nombre de propriétaires"/>
    <alias index="12" field="occupants" name="Occupants (SIRET séparés par |)"/>
    <alias index="13" field="nboccup" name="Nombre d'occupants assujettis à la CFE"/>
    <alias index="14" field="occup" name="Occupée (oui/non)"/>
    <alias index="15" field="locomvac" name="Local vacant LOCOMVAC (oui/non)"/>
    <alias index="16" field="anteriorite_act" name="Activité antérieure (oui/non)"/>
    <alias index="17" field="exception" name="Occupant non économique (oui/non)"/>
    <alias index="18" field="synth" name="Statut au sens de l'article 220"/>
    <alias index="19" field="idtup" name="Identifiant TUP (fichiers fonciers)"/>
    <alias index="20" field="uf_mode" name="Mode de constitution (proprietaire/parcelle)"/>
    <alias index="21" field="compte_uf" name="Comptée dans la zone (≥ 50 % de la parcelle)"/>
    <alias index="22" field="bati" name="Bâtie (oui/non)"/>
    <alias index="23" field="emprise_bati" name="Emprise bâtie (m²)"/>
    <alias index="24" field="ces" name="Coefficient d'emprise au sol"/>
    <alias index="25" field="stade_amngt" name="Stade d'aménagement"/>
    <alias index="26" field="stade_source" name="Source du stade (STAGE, typezone, inconnu)"/>
    <alias index="27" field="categorie" name="Catégorie de surface"/>
    <alias index="28" field="vacant_candidat" name="Bâti économique sans occupant (à vérifier)"/>
    <alias index="29" field="dent_creuse" name="Dent creuse (oui/non)"/>
    <alias index="30" field="densifiable" name="Densifiable (oui/non)"/>
    <alias index="31" field="friche" name="Friche (oui/non)"/>
    <alias index="32" field="friche_url" name="Fiche Cartofriches"/>
  </aliases>
  <defaults>
    <default applyOnUpdate="0" field="uf_uuid" expression=""/>
    <default applyOnUpdate="0" field="site_id" expression=""/>
    <default applyOnUpdate="0" field="terr_id" expression=""/>
    <default applyOnUpdate="0" field="insee" expression=""/>
    <default applyOnUpdate="0" field="epci" expression=""/>
    <default applyOnUpdate="0" field="parcel" expression=""/>
    <default applyOnUpdate="0" field="nbparcel" expression=""/>
    <default applyOnUpdate="0" field="ufsurf" expression=""/>
    <default applyOnUpdate="0" field="surf_fiscale" expression=""/>
    <default applyOnUpdate="0" field="proprio" expression=""/>
    <default applyOnUpdate="0" field="proprio_nom" expression=""/>
    <default applyOnUpdate="0" field="nbproprio" expression=""/>
    <default applyOnUpdate="0" field="occupants" expression=""/>
    <default applyOnUpdate="0" field="nboccup" expression=""/>
    <default applyOnUpdate="0" field="occup" expression=""/>
    <default applyOnUpdate="0" field="locomvac" expression=""/>
    <default applyOnUpdate="0" field="anteriorite_act" expression=""/>
    <default applyOnUpdate="0" field="exception" expression=""/>
    <default applyOnUpdate="0" field="synth" expression=""/>
    <default applyOnUpdate="0" field="idtup" expression=""/>
    <default applyOnUpdate="0" field="uf_mode" expression=""/>
    <default applyOnUpdate="0" field="compte_uf" expression=""/>
    <default applyOnUpdate="0" field="bati" expression=""/>
    <default applyOnUpdate="0" field="emprise_bati" expression=""/>
    <default applyOnUpdate="0" field="ces" expression=""/>
    <default applyOnUpdate="0" field="stade_amngt" expression=""/>
    <default applyOnUpdate="0" field="stade_source" expression=""/>
    <default applyOnUpdate="0" field="categorie" expression=""/>
    <default applyOnUpdate="0" field="vacant_candidat" expression=""/>
    <default applyOnUpdate="0" field="dent_creuse" expression=""/>
    <default applyOnUpdate="0" field="densifiable" expression=""/>
    <default applyOnUpdate="0" field="friche" expression=""/>
    <default applyOnUpdate="0" field="friche_url" expression=""/>
  </defaults>
  <constraints>
    <constraint constraints="0" unique_strength="0" exp_strength="0" field="uf_uuid" notnull_strength="0"/>
    <constraint constraints="0" unique_strength="0" exp_strength="0" field="site_id" notnull_strength="0"/>
    <constraint constraints="0" unique_strength="0" exp_strength="0" field="terr_id" notnull_strength="0"/>
    <constraint constraints="0" unique_strength="0" exp_strength="0" field="insee" notnull_strength="0"/>
    <constraint constraints="0" unique_strength="0" exp_strength="0" field="epci" notnull_strength="0"/>
    <constraint constraints="0" unique_strength="0" exp_strength="0" field="parcel" notnull_strength="0"/>
    <constraint constraints="0" unique_strength="0" exp_strength="0" field="nbparcel" notnull_strength="0"/>
    <constraint constraints="0" unique_strength="0" exp_strength="0" field="ufsurf" notnull_strength="0"/>
    <constraint constraints="0" unique_strength="0" exp_strength="0" field="surf_fiscale" notnull_strength="0"/>
    <constraint constraints="0" unique_strength="0" exp_strength="0" field="proprio" notnull_strength="0"/>
    <constraint constraints="0" unique_strength="0" exp_strength="0" field="proprio_nom" notnull_strength="0"/>
    <constraint constraints="0" unique_strength="0" exp_strength="0" field="nbproprio" notnull_strength="0"/>
    <constraint constraints="0" unique_strength="0" exp_strength="0" field="occupants" notnull_strength="0"/>
    <constraint constraints="0" unique_strength="0" exp_strength="0" field="nboccup" notnull_strength="0"/>
    <constraint constraints="0" unique_strength="0" exp_strength="0" field="occup" notnull_strength="0"/>
    <constraint constraints="0" unique_strength="0" exp_strength="0" field="locomvac" notnull_strength="0"/>
    <constraint constraints="0" unique_strength="0" exp_strength="0" field="anteriorite_act" notnull_strength="0"/>
    <constraint constraints="0" unique_strength="0" exp_strength="0" field="exception" notnull_strength="0"/>
    <constraint constraints="0" unique_strength="0" exp_strength="0" field="synth" notnull_strength="0"/>
    <constraint constraints="0" unique_strength="0" exp_strength="0" field="idtup" notnull_strength="0"/>
    <constraint constraints="0" unique_strength="0" exp_strength="0" field="uf_mode" notnull_strength="0"/>
    <constraint constraints="0" unique_strength="0" exp_strength="0" field="compte_uf" notnull_strength="0"/>
    <constraint constraints="0" unique_strength="0" exp_strength="0" field="bati" notnull_strength="0"/>
    <constraint constraints="0" unique_strength="0" exp_strength="0" field="emprise_bati" notnull_strength="0"/>
    <constraint constraints="0" unique_strength="0" exp_strength="0" field="ces" notnull_strength="0"/>
    <constraint constraints="0" unique_strength="0" exp_strength="0" field="stade_amngt" notnull_strength="0"/>
    <constraint constraints="0" unique_strength="0" exp_strength="0" field="stade_source" notnull_strength="0"/>
    <constraint constraints="0" unique_strength="0" exp_strength="0" field="categorie" notnull_strength="0"/>
    <constraint constraints="0" unique_strength="0" exp_strength="0" field="vacant_candidat" notnull_strength="0"/>
    <constraint constraints="0" unique_strength="0" exp_strength="0" field="dent_creuse" notnull_strength="0"/>
    <constraint constraints="0" unique_strength="0" exp_strength="0" field="densifiable" notnull_strength="0"/>
    <constraint constraints="0" unique_strength="0" exp_strength="0" field="friche" notnull_strength="0"/>
    <constraint constraints="0" unique_strength="0" exp_strength="0" field="friche_url" notnull_strength="0"/>
  </constraints>
  <constraintExpressions>
    <constraint exp="" desc="" field="uf_uuid"/>
    <constraint exp="" desc="" field="site_id"/>
    <constraint exp="" desc="" field="terr_id"/>
    <constraint exp="" desc="" field="insee"/>
    <constraint exp="" desc="" field="epci"/>
    <constraint exp="" desc="" field="parcel"/>
    <constraint exp="" desc="" field="nbparcel"/>
    <constraint exp="" desc="" field="ufsurf"/>
    <constraint exp="" desc="" field="surf_fiscale"/>
    <constraint exp="" desc="" field="proprio"/>
    <constraint exp="" desc="" field="proprio_nom"/>
    <constraint exp="" desc="" field="nbproprio"/>
    <constraint exp="" desc="" field="occupants"/>
    <constraint exp="" desc="" field="nboccup"/>
    <constraint exp="" desc="" field="occup"/>
    <constraint exp="" desc="" field="locomvac"/>
    <constraint exp="" desc="" field="anteriorite_act"/>
    <constraint exp="" desc="" field="exception"/>
    <constraint exp="" desc="" field="synth"/>
    <constraint exp="" desc="" field="idtup"/>
    <constraint exp="" desc="" field="uf_mode"/>
    <constraint exp="" desc="" field="compte_uf"/>
    <constraint exp="" desc="" field="bati"/>
    <constraint exp="" desc="" field="emprise_bati"/>
    <constraint exp="" desc="" field="ces"/>
    <constraint exp="" desc="" field="stade_amngt"/>
    <constraint exp="" desc="" field="stade_source"/>
    <constraint exp="" desc="" field="categorie"/>
    <constraint exp="" desc="" field="vacant_candidat"/>
    <constraint exp="" desc="" field="dent_creuse"/>
    <constraint exp="" desc="" field="densifiable"/>
    <constraint exp="" desc="" field="friche"/>
    <constraint exp="" desc="" field="friche_url"/>
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
  <previewExpression>"parcel"</previewExpression>
  <mapTip></mapTip>
  <layerGeometryType>2</layerGeometryType>
</qgis>
