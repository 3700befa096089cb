<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR" sourcelanguage="en">
  <context>
    <name>AulaToolkit</name>
    <message>
      <location filename="../processing/zan_counters.py" line="34" />
      <source>&lt;p&gt;Computes the ZAN counters of each territory from the Cerema communal consumption file of natural, agricultural and forest land (ENAF flows from the Fichiers fonciers): the 2011–2020 reference, the 2021–2030 envelope, the consumption since 2021, the projection to 2030 and the status.&lt;/p&gt;&lt;h3&gt;Inputs&lt;/h3&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;CONSUMPTION&lt;/b&gt;: the Cerema file (any millésime from 2009–2019 to 2009–2025, ';' or ',' CSV, shapefile or any table; columns read by name, nafNNartMM and artNN{act,hab,mix,rou,fer,inc}MM), or the long layout of the Cerema API (idcom, annee, naf_arti).&lt;/li&gt;&lt;li&gt;&lt;b&gt;LEVEL&lt;/b&gt;: commune, EPCI or SCoT columns of the file, or a membership table (&lt;b&gt;MEMBERSHIP&lt;/b&gt;: commune INSEE code → territory code and name).&lt;/li&gt;&lt;li&gt;&lt;b&gt;COMMUNES&lt;/b&gt; (optional): commune polygons; territories are dissolved from them.&lt;/li&gt;&lt;li&gt;&lt;b&gt;OBJECTIVES&lt;/b&gt; (optional): reduction % per territory, with an optional parent field: a territory without an objective inherits the one of its nearest parent (SCoT, then SRADDET); otherwise &lt;b&gt;DEFAULT_OBJECTIVE&lt;/b&gt; (50 %). Negative values widen the envelope.&lt;/li&gt;&lt;li&gt;&lt;b&gt;GUARANTEE&lt;/b&gt;: the 1 ha garantie communale, applied commune by commune (all communes, only those flagged in &lt;b&gt;GUARANTEE_FIELD&lt;/b&gt; of the membership table or listed in &lt;b&gt;GUARANTEE_COMMUNES&lt;/b&gt;, or none) and summed per territory; &lt;b&gt;GUARANTEE_POOLING&lt;/b&gt; pools it at EPCI level.&lt;/li&gt;&lt;li&gt;&lt;b&gt;PENE&lt;/b&gt; (optional): consumption of projects of national or European scope to deduct, per commune or territory, in m².&lt;/li&gt;&lt;/ul&gt;&lt;h3&gt;Outputs&lt;/h3&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;OUTPUT&lt;/b&gt;: one feature per territory with every counter, styled by status.&lt;/li&gt;&lt;li&gt;&lt;b&gt;TRAJECTORY&lt;/b&gt;: territory × year 2011–2030, observed and objective, yearly and cumulative.&lt;/li&gt;&lt;li&gt;&lt;b&gt;REPORT&lt;/b&gt;: an HTML page with a chart and the counters per territory, readable offline.&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;Communes of the membership missing from the file, and communes of the file outside every territory, are listed in the log, in the communes_absentes field and in the report.&lt;/p&gt;</source>
      <translation>&lt;p&gt;Calcule les compteurs ZAN de chaque territoire à partir du fichier communal de consommation d'espaces naturels, agricoles et forestiers du Cerema (flux ENAF issus des Fichiers fonciers) : la référence 2011–2020, l'enveloppe 2021–2030, la consommation depuis 2021, la projection à 2030 et le statut.&lt;/p&gt;&lt;h3&gt;Entrées&lt;/h3&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;CONSUMPTION&lt;/b&gt; : le fichier du Cerema (tout millésime de 2009–2019 à 2009–2025, CSV à ';' ou ',', shapefile ou toute table ; colonnes lues par leur nom, nafNNartMM et artNN{act,hab,mix,rou,fer,inc}MM), ou le format long de l'API du Cerema (idcom, annee, naf_arti).&lt;/li&gt;&lt;li&gt;&lt;b&gt;LEVEL&lt;/b&gt; : communes, colonnes EPCI ou SCoT du fichier, ou table d'appartenance (&lt;b&gt;MEMBERSHIP&lt;/b&gt; : code INSEE de la commune → code et nom du territoire).&lt;/li&gt;&lt;li&gt;&lt;b&gt;COMMUNES&lt;/b&gt; (facultatif) : polygones communaux ; les territoires en sont fusionnés.&lt;/li&gt;&lt;li&gt;&lt;b&gt;OBJECTIVES&lt;/b&gt; (facultatif) : % de réduction par territoire, avec un champ parent facultatif : un territoire sans objectif hérite de celui de son plus proche parent (SCoT, puis SRADDET) ; sinon &lt;b&gt;DEFAULT_OBJECTIVE&lt;/b&gt; (50 %). Une valeur négative élargit l'enveloppe.&lt;/li&gt;&lt;li&gt;&lt;b&gt;GUARANTEE&lt;/b&gt; : la garantie communale de 1 ha, appliquée commune par commune (toutes les communes, seulement celles signalées dans &lt;b&gt;GUARANTEE_FIELD&lt;/b&gt; de la table d'appartenance ou listées dans &lt;b&gt;GUARANTEE_COMMUNES&lt;/b&gt;, ou aucune) puis additionnée par territoire ; &lt;b&gt;GUARANTEE_POOLING&lt;/b&gt; la mutualise à l'échelle de l'EPCI.&lt;/li&gt;&lt;li&gt;&lt;b&gt;PENE&lt;/b&gt; (facultatif) : consommation des projets d'envergure nationale ou européenne à déduire, par commune ou par territoire, en m².&lt;/li&gt;&lt;/ul&gt;&lt;h3&gt;Sorties&lt;/h3&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;OUTPUT&lt;/b&gt; : une entité par territoire avec tous les compteurs, symbolisée par statut.&lt;/li&gt;&lt;li&gt;&lt;b&gt;TRAJECTORY&lt;/b&gt; : territoire × année 2011–2030, observé et objectif, annuel et cumulé.&lt;/li&gt;&lt;li&gt;&lt;b&gt;REPORT&lt;/b&gt; : une page HTML avec un graphique et les compteurs par territoire, lisible hors ligne.&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;Les communes de la table d'appartenance absentes du fichier, et les communes du fichier hors de tout territoire, sont listées dans le journal, dans le champ communes_absentes et dans le rapport.&lt;/p&gt;</translation>
    </message>
    <message>
      <location filename="../processing/provider.py" line="28" />
      <source>AULA Toolkit {version} – territorial analysis</source>
      <translation>AULA Toolkit {version} – analyse territoriale</translation>
    </message>
    <message>
      <location filename="../processing/zan_counters.py" line="132" />
      <source>All communes (covered by a planning document)</source>
      <translation>Toutes les communes (couvertes par un document d'urbanisme)</translation>
    </message>
    <message>
      <location filename="../processing/base.py" line="17" />
      <source>Brownfields</source>
      <translation>Friches</translation>
    </message>
    <message>
      <location filename="../processing/base.py" line="20" />
      <source>Business zones</source>
      <translation>Zones d'activités</translation>
    </message>
    <message>
      <location filename="../processing/zan_counters.py" line="104" />
      <source>Cerema consumption file (CSV, shapefile or table)</source>
      <translation>Fichier de consommation du Cerema (CSV, shapefile ou table)</translation>
    </message>
    <message>
      <location filename="../processing/base.py" line="18" />
      <source>Climate and heat</source>
      <translation>Climat et chaleur</translation>
    </message>
    <message>
      <location filename="../processing/zan_counters.py" line="117" />
      <source>Commune polygons (to draw the territories)</source>
      <translation>Polygones communaux (pour dessiner les territoires)</translation>
    </message>
    <message>
      <location filename="../processing/zan_counters.py" line="119" />
      <source>Commune polygons: INSEE code field</source>
      <translation>Polygones communaux : champ du code INSEE</translation>
    </message>
    <message>
      <location filename="../processing/zan_counters.py" line="109" />
      <source>Communes</source>
      <translation>Communes</translation>
    </message>
    <message>
      <location filename="../processing/zan_counters.py" line="164" />
      <source>Consumption file read: {n} communes, years {a}–{b} ({layout}).</source>
      <translation>Fichier de consommation lu : {n} communes, années {a}–{b} ({layout}).</translation>
    </message>
    <message>
      <location filename="../processing/zan_counters.py" line="127" />
      <source>Default reduction objective (%)</source>
      <translation>Objectif de réduction par défaut (%)</translation>
    </message>
    <message>
      <location filename="../processing/zan_counters.py" line="186" />
      <source>EPCI</source>
      <translation>EPCI</translation>
    </message>
    <message>
      <location filename="../processing/zan_counters.py" line="109" />
      <source>EPCI (column epciYY of the file)</source>
      <translation>EPCI (colonne epciAA du fichier)</translation>
    </message>
    <message>
      <location filename="../processing/zan_counters.py" line="293" />
      <source>Garantie communale applied to {n} communes.</source>
      <translation>Garantie communale appliquée à {n} communes.</translation>
    </message>
    <message>
      <location filename="../processing/zan_counters.py" line="131" />
      <source>Garantie communale of 1 ha</source>
      <translation>Garantie communale de 1 ha</translation>
    </message>
    <message>
      <location filename="../processing/zan_counters.py" line="274" />
      <source>Garantie communale: every commune is taken as covered by a planning document.</source>
      <translation>Garantie communale : chaque commune est considérée comme couverte par un document d'urbanisme.</translation>
    </message>
    <message>
      <location filename="../processing/base.py" line="19" />
      <source>Green and blue network</source>
      <translation>Trame verte et bleue</translation>
    </message>
    <message>
      <location filename="../processing/zan_counters.py" line="142" />
      <source>Guarantee pooled at EPCI level</source>
      <translation>Garantie mutualisée à l'échelle de l'EPCI</translation>
    </message>
    <message>
      <location filename="../processing/zan_counters.py" line="137" />
      <source>Guarantee: INSEE codes of covered communes (comma-separated)</source>
      <translation>Garantie : codes INSEE des communes couvertes (séparés par des virgules)</translation>
    </message>
    <message>
      <location filename="../processing/zan_counters.py" line="134" />
      <source>Guarantee: membership field flagging covered communes (1/oui)</source>
      <translation>Garantie : champ de la table d'appartenance signalant les communes couvertes (1/oui)</translation>
    </message>
    <message>
      <location filename="../processing/zan_counters.py" line="157" />
      <source>HTML files (*.html)</source>
      <translation>Fichiers HTML (*.html)</translation>
    </message>
    <message>
      <location filename="../processing/zan_counters.py" line="105" />
      <source>INSEE code field of the consumption file (default: idcom)</source>
      <translation>Champ du code INSEE du fichier de consommation (par défaut : idcom)</translation>
    </message>
    <message>
      <location filename="../processing/zan_counters.py" line="110" />
      <source>Membership table</source>
      <translation>Table d'appartenance</translation>
    </message>
    <message>
      <location filename="../processing/zan_counters.py" line="112" />
      <source>Membership table (commune → territory)</source>
      <translation>Table d'appartenance (commune → territoire)</translation>
    </message>
    <message>
      <location filename="../processing/zan_counters.py" line="113" />
      <source>Membership: commune INSEE code field</source>
      <translation>Appartenance : champ du code INSEE de la commune</translation>
    </message>
    <message>
      <location filename="../processing/zan_counters.py" line="114" />
      <source>Membership: territory code field</source>
      <translation>Appartenance : champ du code du territoire</translation>
    </message>
    <message>
      <location filename="../processing/zan_counters.py" line="115" />
      <source>Membership: territory name field</source>
      <translation>Appartenance : champ du nom du territoire</translation>
    </message>
    <message>
      <location filename="../processing/zan_counters.py" line="133" />
      <source>None</source>
      <translation>Aucune</translation>
    </message>
    <message>
      <location filename="../processing/zan_counters.py" line="125" />
      <source>Objectives: parent territory code field</source>
      <translation>Objectifs : champ du code du territoire parent</translation>
    </message>
    <message>
      <location filename="../processing/zan_counters.py" line="123" />
      <source>Objectives: reduction % field</source>
      <translation>Objectifs : champ du % de réduction</translation>
    </message>
    <message>
      <location filename="../processing/zan_counters.py" line="122" />
      <source>Objectives: territory code field</source>
      <translation>Objectifs : champ du code du territoire</translation>
    </message>
    <message>
      <location filename="../processing/zan_counters.py" line="132" />
      <source>Only communes flagged or listed</source>
      <translation>Seulement les communes signalées ou listées</translation>
    </message>
    <message>
      <location filename="../processing/zan_counters.py" line="146" />
      <source>PENE consumption to deduct (m² per commune or territory)</source>
      <translation>Consommation PENE à déduire (m² par commune ou territoire)</translation>
    </message>
    <message>
      <location filename="../processing/zan_counters.py" line="149" />
      <source>PENE: commune or territory code field</source>
      <translation>PENE : champ du code de la commune ou du territoire</translation>
    </message>
    <message>
      <location filename="../processing/zan_counters.py" line="150" />
      <source>PENE: consumption field (m²)</source>
      <translation>PENE : champ de la consommation (m²)</translation>
    </message>
    <message>
      <location filename="../processing/base.py" line="21" />
      <source>Publishing</source>
      <translation>Publication</translation>
    </message>
    <message>
      <location filename="../processing/zan_counters.py" line="187" />
      <source>SCoT</source>
      <translation>SCoT</translation>
    </message>
    <message>
      <location filename="../processing/zan_counters.py" line="109" />
      <source>SCoT (column scot of the file)</source>
      <translation>SCoT (colonne scot du fichier)</translation>
    </message>
    <message>
      <location filename="../processing/zan_counters.py" line="121" />
      <source>Territorialised objectives (SRADDET, SCoT…)</source>
      <translation>Objectifs territorialisés (SRADDET, SCoT…)</translation>
    </message>
    <message>
      <location filename="../processing/zan_counters.py" line="108" />
      <source>Territories</source>
      <translation>Territoires</translation>
    </message>
    <message>
      <location filename="../processing/zan_counters.py" line="153" />
      <source>ZAN counters</source>
      <translation>Compteurs ZAN</translation>
    </message>
    <message>
      <location filename="../processing/zan_counters.py" line="64" />
      <source>ZAN counters (land consumption 2011–2030)</source>
      <translation>Compteurs ZAN (consommation d'espaces 2011–2030)</translation>
    </message>
    <message>
      <location filename="../processing/zan_counters.py" line="188" />
      <source>ZAN counters – {level}</source>
      <translation>Compteurs ZAN – {level}</translation>
    </message>
    <message>
      <location filename="../processing/zan_counters.py" line="157" />
      <source>ZAN report (HTML)</source>
      <translation>Rapport ZAN (HTML)</translation>
    </message>
    <message>
      <location filename="../processing/zan_counters.py" line="195" />
      <source>ZAN trajectory 2011–2030</source>
      <translation>Trajectoire ZAN 2011–2030</translation>
    </message>
    <message>
      <location filename="../processing/zan_counters.py" line="155" />
      <source>ZAN trajectory by year</source>
      <translation>Trajectoire ZAN par année</translation>
    </message>
    <message>
      <location filename="../processing/base.py" line="16" />
      <source>ZAN – land consumption</source>
      <translation>ZAN – consommation d'espaces</translation>
    </message>
    <message>
      <location filename="../processing/zan_counters.py" line="186" />
      <source>communes</source>
      <translation>communes</translation>
    </message>
    <message>
      <location filename="../processing/zan_counters.py" line="187" />
      <source>territories</source>
      <translation>territoires</translation>
    </message>
    <message>
      <location filename="../processing/zan_counters.py" line="176" />
      <source>{n} territories computed.</source>
      <translation>{n} territoires calculés.</translation>
    </message>
  </context>
</TS>
