<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="en">
  <context>
    <name>AulaToolkit</name>
    <message>
      <location filename="../processing/zan_counters.py" line="34" />
      <source>&lt;p&gt;Computes the ZAN counters of each territory from the Cerema communal consumption file of natural, agricultural and forest land (ENAF flows from the Fichiers fonciers): the 2011–2020 reference, the 2021–2030 envelope, the consumption since 2021, the projection to 2030 and the status.&lt;/p&gt;&lt;h3&gt;Inputs&lt;/h3&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;CONSUMPTION&lt;/b&gt;: the Cerema file (any millésime from 2009–2019 to 2009–2025, ';' or ',' CSV, shapefile or any table; columns read by name, nafNNartMM and artNN{act,hab,mix,rou,fer,inc}MM), or the long layout of the Cerema API (idcom, annee, naf_arti).&lt;/li&gt;&lt;li&gt;&lt;b&gt;LEVEL&lt;/b&gt;: commune, EPCI or SCoT columns of the file, or a membership table (&lt;b&gt;MEMBERSHIP&lt;/b&gt;: commune INSEE code → territory code and name).&lt;/li&gt;&lt;li&gt;&lt;b&gt;COMMUNES&lt;/b&gt; (optional): commune polygons; territories are dissolved from them.&lt;/li&gt;&lt;li&gt;&lt;b&gt;OBJECTIVES&lt;/b&gt; (optional): reduction % per territory, with an optional parent field: a territory without an objective inherits the one of its nearest parent (SCoT, then SRADDET); otherwise &lt;b&gt;DEFAULT_OBJECTIVE&lt;/b&gt; (50 %). Negative values widen the envelope.&lt;/li&gt;&lt;li&gt;&lt;b&gt;GUARANTEE&lt;/b&gt;: the 1 ha garantie communale, applied commune by commune (all communes, only those flagged in &lt;b&gt;GUARANTEE_FIELD&lt;/b&gt; of the membership table or listed in &lt;b&gt;GUARANTEE_COMMUNES&lt;/b&gt;, or none) and summed per territory; &lt;b&gt;GUARANTEE_POOLING&lt;/b&gt; pools it at EPCI level.&lt;/li&gt;&lt;li&gt;&lt;b&gt;PENE&lt;/b&gt; (optional): consumption of projects of national or European scope to deduct, per commune or territory, in m².&lt;/li&gt;&lt;/ul&gt;&lt;h3&gt;Outputs&lt;/h3&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;OUTPUT&lt;/b&gt;: one feature per territory with every counter, styled by status.&lt;/li&gt;&lt;li&gt;&lt;b&gt;TRAJECTORY&lt;/b&gt;: territory × year 2011–2030, observed and objective, yearly and cumulative.&lt;/li&gt;&lt;li&gt;&lt;b&gt;REPORT&lt;/b&gt;: an HTML page with a chart and the counters per territory, readable offline.&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;Communes of the membership missing from the file, and communes of the file outside every territory, are listed in the log, in the communes_absentes field and in the report.&lt;/p&gt;</source>
      <translation>&lt;p&gt;Computes the ZAN counters of each territory from the Cerema communal consumption file of natural, agricultural and forest land (ENAF flows from the Fichiers fonciers): the 2011–2020 reference, the 2021–2030 envelope, the consumption since 2021, the projection to 2030 and the status.&lt;/p&gt;&lt;h3&gt;Inputs&lt;/h3&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;CONSUMPTION&lt;/b&gt;: the Cerema file (any millésime from 2009–2019 to 2009–2025, ';' or ',' CSV, shapefile or any table; columns read by name, nafNNartMM and artNN{act,hab,mix,rou,fer,inc}MM), or the long layout of the Cerema API (idcom, annee, naf_arti).&lt;/li&gt;&lt;li&gt;&lt;b&gt;LEVEL&lt;/b&gt;: commune, EPCI or SCoT columns of the file, or a membership table (&lt;b&gt;MEMBERSHIP&lt;/b&gt;: commune INSEE code → territory code and name).&lt;/li&gt;&lt;li&gt;&lt;b&gt;COMMUNES&lt;/b&gt; (optional): commune polygons; territories are dissolved from them.&lt;/li&gt;&lt;li&gt;&lt;b&gt;OBJECTIVES&lt;/b&gt; (optional): reduction % per territory, with an optional parent field: a territory without an objective inherits the one of its nearest parent (SCoT, then SRADDET); otherwise &lt;b&gt;DEFAULT_OBJECTIVE&lt;/b&gt; (50 %). Negative values widen the envelope.&lt;/li&gt;&lt;li&gt;&lt;b&gt;GUARANTEE&lt;/b&gt;: the 1 ha garantie communale, applied commune by commune (all communes, only those flagged in &lt;b&gt;GUARANTEE_FIELD&lt;/b&gt; of the membership table or listed in &lt;b&gt;GUARANTEE_COMMUNES&lt;/b&gt;, or none) and summed per territory; &lt;b&gt;GUARANTEE_POOLING&lt;/b&gt; pools it at EPCI level.&lt;/li&gt;&lt;li&gt;&lt;b&gt;PENE&lt;/b&gt; (optional): consumption of projects of national or European scope to deduct, per commune or territory, in m².&lt;/li&gt;&lt;/ul&gt;&lt;h3&gt;Outputs&lt;/h3&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;OUTPUT&lt;/b&gt;: one feature per territory with every counter, styled by status.&lt;/li&gt;&lt;li&gt;&lt;b&gt;TRAJECTORY&lt;/b&gt;: territory × year 2011–2030, observed and objective, yearly and cumulative.&lt;/li&gt;&lt;li&gt;&lt;b&gt;REPORT&lt;/b&gt;: an HTML page with a chart and the counters per territory, readable offline.&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;Communes of the membership missing from the file, and communes of the file outside every territory, are listed in the log, in the communes_absentes field and in the report.&lt;/p&gt;</translation>
    </message>
    <message>
      <location filename="../processing/provider.py" line="28" />
      <source>AULA Toolkit {version} – territorial analysis</source>
      <translation>AULA Toolkit {version} – territorial analysis</translation>
    </message>
    <message>
      <location filename="../processing/zan_counters.py" line="132" />
      <source>All communes (covered by a planning document)</source>
      <translation>All communes (covered by a planning document)</translation>
    </message>
    <message>
      <location filename="../processing/base.py" line="17" />
      <source>Brownfields</source>
      <translation>Brownfields</translation>
    </message>
    <message>
      <location filename="../processing/base.py" line="20" />
      <source>Business zones</source>
      <translation>Business zones</translation>
    </message>
    <message>
      <location filename="../processing/zan_counters.py" line="104" />
      <source>Cerema consumption file (CSV, shapefile or table)</source>
      <translation>Cerema consumption file (CSV, shapefile or table)</translation>
    </message>
    <message>
      <location filename="../processing/base.py" line="18" />
      <source>Climate and heat</source>
      <translation>Climate and heat</translation>
    </message>
    <message>
      <location filename="../processing/zan_counters.py" line="117" />
      <source>Commune polygons (to draw the territories)</source>
      <translation>Commune polygons (to draw the territories)</translation>
    </message>
    <message>
      <location filename="../processing/zan_counters.py" line="119" />
      <source>Commune polygons: INSEE code field</source>
      <translation>Commune polygons: INSEE code field</translation>
    </message>
    <message>
      <location filename="../processing/zan_counters.py" line="109" />
      <source>Communes</source>
      <translation>Communes</translation>
    </message>
    <message>
      <location filename="../processing/zan_counters.py" line="164" />
      <source>Consumption file read: {n} communes, years {a}–{b} ({layout}).</source>
      <translation>Consumption file read: {n} communes, years {a}–{b} ({layout}).</translation>
    </message>
    <message>
      <location filename="../processing/zan_counters.py" line="127" />
      <source>Default reduction objective (%)</source>
      <translation>Default reduction objective (%)</translation>
    </message>
    <message>
      <location filename="../processing/zan_counters.py" line="186" />
      <source>EPCI</source>
      <translation>EPCI</translation>
    </message>
    <message>
      <location filename="../processing/zan_counters.py" line="109" />
      <source>EPCI (column epciYY of the file)</source>
      <translation>EPCI (column epciYY of the file)</translation>
    </message>
    <message>
      <location filename="../processing/zan_counters.py" line="293" />
      <source>Garantie communale applied to {n} communes.</source>
      <translation>Garantie communale applied to {n} communes.</translation>
    </message>
    <message>
      <location filename="../processing/zan_counters.py" line="131" />
      <source>Garantie communale of 1 ha</source>
      <translation>Garantie communale of 1 ha</translation>
    </message>
    <message>
      <location filename="../processing/zan_counters.py" line="274" />
      <source>Garantie communale: every commune is taken as covered by a planning document.</source>
      <translation>Garantie communale: every commune is taken as covered by a planning document.</translation>
    </message>
    <message>
      <location filename="../processing/base.py" line="19" />
      <source>Green and blue network</source>
      <translation>Green and blue network</translation>
    </message>
    <message>
      <location filename="../processing/zan_counters.py" line="142" />
      <source>Guarantee pooled at EPCI level</source>
      <translation>Guarantee pooled at EPCI level</translation>
    </message>
    <message>
      <location filename="../processing/zan_counters.py" line="137" />
      <source>Guarantee: INSEE codes of covered communes (comma-separated)</source>
      <translation>Guarantee: INSEE codes of covered communes (comma-separated)</translation>
    </message>
    <message>
      <location filename="../processing/zan_counters.py" line="134" />
      <source>Guarantee: membership field flagging covered communes (1/oui)</source>
      <translation>Guarantee: membership field flagging covered communes (1/oui)</translation>
    </message>
    <message>
      <location filename="../processing/zan_counters.py" line="157" />
      <source>HTML files (*.html)</source>
      <translation>HTML files (*.html)</translation>
    </message>
    <message>
      <location filename="../processing/zan_counters.py" line="105" />
      <source>INSEE code field of the consumption file (default: idcom)</source>
      <translation>INSEE code field of the consumption file (default: idcom)</translation>
    </message>
    <message>
      <location filename="../processing/zan_counters.py" line="110" />
      <source>Membership table</source>
      <translation>Membership table</translation>
    </message>
    <message>
      <location filename="../processing/zan_counters.py" line="112" />
      <source>Membership table (commune → territory)</source>
      <translation>Membership table (commune → territory)</translation>
    </message>
    <message>
      <location filename="../processing/zan_counters.py" line="113" />
      <source>Membership: commune INSEE code field</source>
      <translation>Membership: commune INSEE code field</translation>
    </message>
    <message>
      <location filename="../processing/zan_counters.py" line="114" />
      <source>Membership: territory code field</source>
      <translation>Membership: territory code field</translation>
    </message>
    <message>
      <location filename="../processing/zan_counters.py" line="115" />
      <source>Membership: territory name field</source>
      <translation>Membership: territory name field</translation>
    </message>
    <message>
      <location filename="../processing/zan_counters.py" line="133" />
      <source>None</source>
      <translation>None</translation>
    </message>
    <message>
      <location filename="../processing/zan_counters.py" line="125" />
      <source>Objectives: parent territory code field</source>
      <translation>Objectives: parent territory code field</translation>
    </message>
    <message>
      <location filename="../processing/zan_counters.py" line="123" />
      <source>Objectives: reduction % field</source>
      <translation>Objectives: reduction % field</translation>
    </message>
    <message>
      <location filename="../processing/zan_counters.py" line="122" />
      <source>Objectives: territory code field</source>
      <translation>Objectives: territory code field</translation>
    </message>
    <message>
      <location filename="../processing/zan_counters.py" line="132" />
      <source>Only communes flagged or listed</source>
      <translation>Only communes flagged or listed</translation>
    </message>
    <message>
      <location filename="../processing/zan_counters.py" line="146" />
      <source>PENE consumption to deduct (m² per commune or territory)</source>
      <translation>PENE consumption to deduct (m² per commune or territory)</translation>
    </message>
    <message>
      <location filename="../processing/zan_counters.py" line="149" />
      <source>PENE: commune or territory code field</source>
      <translation>PENE: commune or territory code field</translation>
    </message>
    <message>
      <location filename="../processing/zan_counters.py" line="150" />
      <source>PENE: consumption field (m²)</source>
      <translation>PENE: consumption field (m²)</translation>
    </message>
    <message>
      <location filename="../processing/base.py" line="21" />
      <source>Publishing</source>
      <translation>Publishing</translation>
    </message>
    <message>
      <location filename="../processing/zan_counters.py" line="187" />
      <source>SCoT</source>
      <translation>SCoT</translation>
    </message>
    <message>
      <location filename="../processing/zan_counters.py" line="109" />
      <source>SCoT (column scot of the file)</source>
      <translation>SCoT (column scot of the file)</translation>
    </message>
    <message>
      <location filename="../processing/zan_counters.py" line="121" />
      <source>Territorialised objectives (SRADDET, SCoT…)</source>
      <translation>Territorialised objectives (SRADDET, SCoT…)</translation>
    </message>
    <message>
      <location filename="../processing/zan_counters.py" line="108" />
      <source>Territories</source>
      <translation>Territories</translation>
    </message>
    <message>
      <location filename="../processing/zan_counters.py" line="153" />
      <source>ZAN counters</source>
      <translation>ZAN counters</translation>
    </message>
    <message>
      <location filename="../processing/zan_counters.py" line="64" />
      <source>ZAN counters (land consumption 2011–2030)</source>
      <translation>ZAN counters (land consumption 2011–2030)</translation>
    </message>
    <message>
      <location filename="../processing/zan_counters.py" line="188" />
      <source>ZAN counters – {level}</source>
      <translation>ZAN counters – {level}</translation>
    </message>
    <message>
      <location filename="../processing/zan_counters.py" line="157" />
      <source>ZAN report (HTML)</source>
      <translation>ZAN report (HTML)</translation>
    </message>
    <message>
      <location filename="../processing/zan_counters.py" line="195" />
      <source>ZAN trajectory 2011–2030</source>
      <translation>ZAN trajectory 2011–2030</translation>
    </message>
    <message>
      <location filename="../processing/zan_counters.py" line="155" />
      <source>ZAN trajectory by year</source>
      <translation>ZAN trajectory by year</translation>
    </message>
    <message>
      <location filename="../processing/base.py" line="16" />
      <source>ZAN – land consumption</source>
      <translation>ZAN – land consumption</translation>
    </message>
    <message>
      <location filename="../processing/zan_counters.py" line="186" />
      <source>communes</source>
      <translation>communes</translation>
    </message>
    <message>
      <location filename="../processing/zan_counters.py" line="187" />
      <source>territories</source>
      <translation>territories</translation>
    </message>
    <message>
      <location filename="../processing/zan_counters.py" line="176" />
      <source>{n} territories computed.</source>
      <translation>{n} territories computed.</translation>
    </message>
  </context>
</TS>
