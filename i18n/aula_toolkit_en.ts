<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="en">
  <context>
    <name>AulaToolkit</name>
    <message>
      <location filename="../processing/icu_hotspots.py" line="158" />
      <source>65-or-over population field(s)</source>
      <translation>65-or-over population field(s)</translation>
    </message>
    <message>
      <location filename="../processing/zan_counters.py" line="33" />
      <source>&lt;p&gt;Computes, for each territory, the ZAN counters of land consumption from the Cerema file: the 2011–2020 reference, the 2021–2030 envelope with the 1 ha garantie communale, what has been consumed since 2021, the projection to 2030 at the current pace and a status (on track, will exceed, already exceeded). The envelope is the reference reduced by the objective; the guarantee raises each covered commune to 1 ha at least.&lt;/p&gt;&lt;h3&gt;In the form&lt;/h3&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;Cerema consumption file&lt;/b&gt;: the communal file of the Cerema (any millésime, CSV or table) or its API long layout.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Territories&lt;/b&gt;: communes, the EPCI or SCoT of the file, or your &lt;b&gt;Membership table&lt;/b&gt; (commune → territory).&lt;/li&gt;&lt;li&gt;&lt;b&gt;Commune polygons&lt;/b&gt; (optional): to draw the territories on the map.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Territorialised objectives&lt;/b&gt; (optional), otherwise the &lt;b&gt;Default reduction objective (%)&lt;/b&gt;; &lt;b&gt;Garantie communale of 1 ha&lt;/b&gt;: all communes, only those listed, or none.&lt;/li&gt;&lt;li&gt;Under &lt;i&gt;Advanced&lt;/i&gt;: PENE consumption to deduct, guarantee pooled at EPCI level, &lt;b&gt;Report language&lt;/b&gt;.&lt;/li&gt;&lt;/ul&gt;&lt;h3&gt;Results&lt;/h3&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;ZAN counters&lt;/b&gt;: one territory per feature, coloured by status.&lt;/li&gt;&lt;li&gt;&lt;b&gt;ZAN trajectory by year&lt;/b&gt;: observed and allowed consumption, 2011–2030.&lt;/li&gt;&lt;li&gt;&lt;b&gt;ZAN report&lt;/b&gt;: an HTML page with a chart per territory, readable offline.&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;Field names, rules and examples: the &lt;i&gt;Help&lt;/i&gt; button opens the full documentation.&lt;/p&gt;</source>
      <translation>&lt;p&gt;Computes, for each territory, the ZAN counters of land consumption from the Cerema file: the 2011–2020 reference, the 2021–2030 envelope with the 1 ha garantie communale, what has been consumed since 2021, the projection to 2030 at the current pace and a status (on track, will exceed, already exceeded). The envelope is the reference reduced by the objective; the guarantee raises each covered commune to 1 ha at least.&lt;/p&gt;&lt;h3&gt;In the form&lt;/h3&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;Cerema consumption file&lt;/b&gt;: the communal file of the Cerema (any millésime, CSV or table) or its API long layout.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Territories&lt;/b&gt;: communes, the EPCI or SCoT of the file, or your &lt;b&gt;Membership table&lt;/b&gt; (commune → territory).&lt;/li&gt;&lt;li&gt;&lt;b&gt;Commune polygons&lt;/b&gt; (optional): to draw the territories on the map.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Territorialised objectives&lt;/b&gt; (optional), otherwise the &lt;b&gt;Default reduction objective (%)&lt;/b&gt;; &lt;b&gt;Garantie communale of 1 ha&lt;/b&gt;: all communes, only those listed, or none.&lt;/li&gt;&lt;li&gt;Under &lt;i&gt;Advanced&lt;/i&gt;: PENE consumption to deduct, guarantee pooled at EPCI level, &lt;b&gt;Report language&lt;/b&gt;.&lt;/li&gt;&lt;/ul&gt;&lt;h3&gt;Results&lt;/h3&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;ZAN counters&lt;/b&gt;: one territory per feature, coloured by status.&lt;/li&gt;&lt;li&gt;&lt;b&gt;ZAN trajectory by year&lt;/b&gt;: observed and allowed consumption, 2011–2030.&lt;/li&gt;&lt;li&gt;&lt;b&gt;ZAN report&lt;/b&gt;: an HTML page with a chart per territory, readable offline.&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;Field names, rules and examples: the &lt;i&gt;Help&lt;/i&gt; button opens the full documentation.&lt;/p&gt;</translation>
    </message>
    <message>
      <location filename="../processing/icu_hotspots.py" line="47" />
      <source>&lt;p&gt;Finds where the territory is significantly warmer (hot spots) or cooler (cool islands) than the whole area, from a land surface temperature, and crosses the hot spots with the population and the sensitive establishments to target greening. Each unit (a 200 m square of the INSEE grid by default) is compared with its neighbours: a hot spot is a group of warm units too marked to be chance, at 90, 95 or 99 % confidence.&lt;/p&gt;&lt;h3&gt;In the form&lt;/h3&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;Surface temperature&lt;/b&gt;: a raster in °C or K, a Landsat ST_B10 band as downloaded, or points/polygons with a &lt;b&gt;Temperature field&lt;/b&gt;; &lt;b&gt;Temperature reading&lt;/b&gt; is found from the values unless you force it.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Analysis units&lt;/b&gt; (optional): IRIS or blocks; empty = the 200 m INSEE grid (&lt;b&gt;Grid cell size&lt;/b&gt;).&lt;/li&gt;&lt;li&gt;&lt;b&gt;Spatial weights&lt;/b&gt;: with &lt;i&gt;Distance band&lt;/i&gt; only &lt;b&gt;Distance band (m)&lt;/b&gt; is used; with &lt;i&gt;k nearest neighbours&lt;/i&gt; only &lt;b&gt;Number of neighbours&lt;/b&gt; is used.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Population&lt;/b&gt; (optional, INSEE Filosofi squares), &lt;b&gt;Sensitive establishments (ERP)&lt;/b&gt; (optional, schools, crèches, care homes…), &lt;b&gt;Summary territories&lt;/b&gt; (optional, communes or EPCI).&lt;/li&gt;&lt;li&gt;Under &lt;i&gt;Advanced&lt;/i&gt;: permutations, stake thresholds and matrix, &lt;b&gt;Report language&lt;/b&gt;.&lt;/li&gt;&lt;/ul&gt;&lt;h3&gt;Results&lt;/h3&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;Hot and cold spots&lt;/b&gt;: each unit with its temperature and class.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Stakes&lt;/b&gt;: overheating × population and × sensitive establishments.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Summary per territory&lt;/b&gt; and an HTML &lt;b&gt;report&lt;/b&gt; readable offline.&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;Statistics (Gi*, p-values, FDR), thresholds and field names: the &lt;i&gt;Help&lt;/i&gt; button opens the full documentation.&lt;/p&gt;</source>
      <translation>&lt;p&gt;Finds where the territory is significantly warmer (hot spots) or cooler (cool islands) than the whole area, from a land surface temperature, and crosses the hot spots with the population and the sensitive establishments to target greening. Each unit (a 200 m square of the INSEE grid by default) is compared with its neighbours: a hot spot is a group of warm units too marked to be chance, at 90, 95 or 99 % confidence.&lt;/p&gt;&lt;h3&gt;In the form&lt;/h3&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;Surface temperature&lt;/b&gt;: a raster in °C or K, a Landsat ST_B10 band as downloaded, or points/polygons with a &lt;b&gt;Temperature field&lt;/b&gt;; &lt;b&gt;Temperature reading&lt;/b&gt; is found from the values unless you force it.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Analysis units&lt;/b&gt; (optional): IRIS or blocks; empty = the 200 m INSEE grid (&lt;b&gt;Grid cell size&lt;/b&gt;).&lt;/li&gt;&lt;li&gt;&lt;b&gt;Spatial weights&lt;/b&gt;: with &lt;i&gt;Distance band&lt;/i&gt; only &lt;b&gt;Distance band (m)&lt;/b&gt; is used; with &lt;i&gt;k nearest neighbours&lt;/i&gt; only &lt;b&gt;Number of neighbours&lt;/b&gt; is used.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Population&lt;/b&gt; (optional, INSEE Filosofi squares), &lt;b&gt;Sensitive establishments (ERP)&lt;/b&gt; (optional, schools, crèches, care homes…), &lt;b&gt;Summary territories&lt;/b&gt; (optional, communes or EPCI).&lt;/li&gt;&lt;li&gt;Under &lt;i&gt;Advanced&lt;/i&gt;: permutations, stake thresholds and matrix, &lt;b&gt;Report language&lt;/b&gt;.&lt;/li&gt;&lt;/ul&gt;&lt;h3&gt;Results&lt;/h3&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;Hot and cold spots&lt;/b&gt;: each unit with its temperature and class.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Stakes&lt;/b&gt;: overheating × population and × sensitive establishments.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Summary per territory&lt;/b&gt; and an HTML &lt;b&gt;report&lt;/b&gt; readable offline.&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;Statistics (Gi*, p-values, FDR), thresholds and field names: the &lt;i&gt;Help&lt;/i&gt; button opens the full documentation.&lt;/p&gt;</translation>
    </message>
    <message>
      <location filename="../processing/lizmap_publish.py" line="41" />
      <source>&lt;p&gt;Publishes result layers as a Lizmap web map: a clean web project (layers copied into one GeoPackage beside it, styles and French field names kept) and its Lizmap configuration (popups, attribute tables, charts), sent to a Lizmap repository. Sending is all-or-nothing: an interrupted upload leaves the published map as it was, and the previous version is kept as a backup.&lt;/p&gt;&lt;h3&gt;In the form&lt;/h3&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;Result layers to publish&lt;/b&gt;, &lt;b&gt;Map title&lt;/b&gt;, &lt;b&gt;Map abstract&lt;/b&gt;, &lt;b&gt;Project name in the repository&lt;/b&gt;.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Target&lt;/b&gt;: a &lt;b&gt;Local repository folder&lt;/b&gt; (disk or mounted share) or a &lt;b&gt;WebDAV repository&lt;/b&gt; (address and an &lt;b&gt;Authentication&lt;/b&gt; of QGIS: the password is never written anywhere).&lt;/li&gt;&lt;li&gt;&lt;b&gt;Verify the published map (WMS)&lt;/b&gt;: with the &lt;b&gt;Lizmap Web Client address&lt;/b&gt; and the &lt;b&gt;Lizmap repository id&lt;/b&gt;, checks that every layer is listed and the map draws.&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;The same publishing is available as the &lt;i&gt;AULA Toolkit — Lizmap&lt;/i&gt; panel (menu &lt;i&gt;Web&lt;/i&gt;). Details: the &lt;i&gt;Help&lt;/i&gt; button opens the full documentation.&lt;/p&gt;</source>
      <translation>&lt;p&gt;Publishes result layers as a Lizmap web map: a clean web project (layers copied into one GeoPackage beside it, styles and French field names kept) and its Lizmap configuration (popups, attribute tables, charts), sent to a Lizmap repository. Sending is all-or-nothing: an interrupted upload leaves the published map as it was, and the previous version is kept as a backup.&lt;/p&gt;&lt;h3&gt;In the form&lt;/h3&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;Result layers to publish&lt;/b&gt;, &lt;b&gt;Map title&lt;/b&gt;, &lt;b&gt;Map abstract&lt;/b&gt;, &lt;b&gt;Project name in the repository&lt;/b&gt;.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Target&lt;/b&gt;: a &lt;b&gt;Local repository folder&lt;/b&gt; (disk or mounted share) or a &lt;b&gt;WebDAV repository&lt;/b&gt; (address and an &lt;b&gt;Authentication&lt;/b&gt; of QGIS: the password is never written anywhere).&lt;/li&gt;&lt;li&gt;&lt;b&gt;Verify the published map (WMS)&lt;/b&gt;: with the &lt;b&gt;Lizmap Web Client address&lt;/b&gt; and the &lt;b&gt;Lizmap repository id&lt;/b&gt;, checks that every layer is listed and the map draws.&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;The same publishing is available as the &lt;i&gt;AULA Toolkit — Lizmap&lt;/i&gt; panel (menu &lt;i&gt;Web&lt;/i&gt;). Details: the &lt;i&gt;Help&lt;/i&gt; button opens the full documentation.&lt;/p&gt;</translation>
    </message>
    <message>
      <location filename="../processing/friches_mutability.py" line="59" />
      <source>&lt;p&gt;Scores every brownfield site of a layer for the seven Mutafriches uses (housing, public facilities, culture, offices, industry, renaturation, ground-mounted solar) at once, offline. Each criterion (area, distance to a stop, flood zone, zoning…) gives the site advantages or constraints for each use, weighted by the grid; the mutability index of a use is its advantages over advantages plus constraints, and a missing criterion lowers the reliability instead of being guessed.&lt;/p&gt;&lt;h3&gt;In the form&lt;/h3&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;Brownfield sites&lt;/b&gt;: points or polygons, e.g. a Cartofriches export or the CNIG Friches standard; parcels sharing a site id are one site.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Scoring grid&lt;/b&gt;: Mutafriches v1.11, v1.16 or v1.19, or a &lt;b&gt;Grid file of your own&lt;/b&gt;.&lt;/li&gt;&lt;li&gt;&lt;b&gt;GeoPackage of context layers&lt;/b&gt;: the town halls, stops, flood zones, PLU zoning… are found in it by their names (e.g. &lt;i&gt;mairies&lt;/i&gt;, &lt;i&gt;arrets_tc&lt;/i&gt;, &lt;i&gt;zones_inondables&lt;/i&gt;, &lt;i&gt;zonage_plu&lt;/i&gt;); tick &lt;b&gt;Also look in the project's layers&lt;/b&gt; to take them from the project. Under &lt;i&gt;Advanced&lt;/i&gt;, one picker per context layer chooses or replaces a layer by hand.&lt;/li&gt;&lt;li&gt;Under &lt;i&gt;Advanced&lt;/i&gt;: weight sensitivity, &lt;b&gt;Report language&lt;/b&gt;.&lt;/li&gt;&lt;/ul&gt;&lt;h3&gt;Results&lt;/h3&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;Friches mutability&lt;/b&gt;: each site with its index and rank per use, best use, potential and reliability.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Details&lt;/b&gt; (optional): why, site × use × criterion.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Report&lt;/b&gt;: a sortable table of every site and one card per site, readable offline.&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;Field names, layer names recognised and the grid format: the &lt;i&gt;Help&lt;/i&gt; button opens the full documentation.&lt;/p&gt;</source>
      <translation>&lt;p&gt;Scores every brownfield site of a layer for the seven Mutafriches uses (housing, public facilities, culture, offices, industry, renaturation, ground-mounted solar) at once, offline. Each criterion (area, distance to a stop, flood zone, zoning…) gives the site advantages or constraints for each use, weighted by the grid; the mutability index of a use is its advantages over advantages plus constraints, and a missing criterion lowers the reliability instead of being guessed.&lt;/p&gt;&lt;h3&gt;In the form&lt;/h3&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;Brownfield sites&lt;/b&gt;: points or polygons, e.g. a Cartofriches export or the CNIG Friches standard; parcels sharing a site id are one site.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Scoring grid&lt;/b&gt;: Mutafriches v1.11, v1.16 or v1.19, or a &lt;b&gt;Grid file of your own&lt;/b&gt;.&lt;/li&gt;&lt;li&gt;&lt;b&gt;GeoPackage of context layers&lt;/b&gt;: the town halls, stops, flood zones, PLU zoning… are found in it by their names (e.g. &lt;i&gt;mairies&lt;/i&gt;, &lt;i&gt;arrets_tc&lt;/i&gt;, &lt;i&gt;zones_inondables&lt;/i&gt;, &lt;i&gt;zonage_plu&lt;/i&gt;); tick &lt;b&gt;Also look in the project's layers&lt;/b&gt; to take them from the project. Under &lt;i&gt;Advanced&lt;/i&gt;, one picker per context layer chooses or replaces a layer by hand.&lt;/li&gt;&lt;li&gt;Under &lt;i&gt;Advanced&lt;/i&gt;: weight sensitivity, &lt;b&gt;Report language&lt;/b&gt;.&lt;/li&gt;&lt;/ul&gt;&lt;h3&gt;Results&lt;/h3&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;Friches mutability&lt;/b&gt;: each site with its index and rank per use, best use, potential and reliability.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Details&lt;/b&gt; (optional): why, site × use × criterion.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Report&lt;/b&gt;: a sortable table of every site and one card per site, readable offline.&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;Field names, layer names recognised and the grid format: the &lt;i&gt;Help&lt;/i&gt; button opens the full documentation.&lt;/p&gt;</translation>
    </message>
    <message>
      <location filename="../plugin.py" line="43" />
      <source>AULA Toolkit</source>
      <translation>AULA Toolkit</translation>
    </message>
    <message>
      <location filename="../processing/provider.py" line="31" />
      <source>AULA Toolkit {version} – territorial analysis</source>
      <translation>AULA Toolkit {version} – territorial analysis</translation>
    </message>
    <message>
      <location filename="../plugin.py" line="38" />
      <source>AULA Toolkit — Lizmap</source>
      <translation>AULA Toolkit — Lizmap</translation>
    </message>
    <message>
      <location filename="../gui/lizmap_dock.py" line="126" />
      <source>Abstract</source>
      <translation>Abstract</translation>
    </message>
    <message>
      <location filename="../processing/zan_counters.py" line="117" />
      <source>All communes (covered by a planning document)</source>
      <translation>All communes (covered by a planning document)</translation>
    </message>
    <message>
      <location filename="../processing/friches_mutability.py" line="114" />
      <source>Also look in the project's layers (by their names)</source>
      <translation>Also look in the project's layers (by their names)</translation>
    </message>
    <message>
      <location filename="../processing/icu_hotspots.py" line="131" />
      <source>Analysis units (polygons; empty = 200 m INSEE grid)</source>
      <translation>Analysis units (polygons; empty = 200 m INSEE grid)</translation>
    </message>
    <message>
      <location filename="../gui/lizmap_dock.py" line="156" />
      <source>Authentication</source>
      <translation>Authentication</translation>
    </message>
    <message>
      <location filename="../processing/lizmap_publish.py" line="123" />
      <source>Authentication (QGIS authentication database)</source>
      <translation>Authentication (QGIS authentication database)</translation>
    </message>
    <message>
      <location filename="../processing/icu_hotspots.py" line="127" />
      <source>Automatic (from the values)</source>
      <translation>Automatic (from the values)</translation>
    </message>
    <message>
      <location filename="../processing/lizmap_publish.py" line="139" />
      <source>Backups of the previous version</source>
      <translation>Backups of the previous version</translation>
    </message>
    <message>
      <location filename="../processing/icu_hotspots.py" line="146" />
      <source>Binary</source>
      <translation>Binary</translation>
    </message>
    <message>
      <location filename="../processing/friches_mutability.py" line="101" />
      <source>Brownfield sites (points or polygons)</source>
      <translation>Brownfield sites (points or polygons)</translation>
    </message>
    <message>
      <location filename="../processing/base.py" line="33" />
      <source>Brownfields</source>
      <translation>Brownfields</translation>
    </message>
    <message>
      <location filename="../processing/friches_mutability.py" line="51" />
      <source>Business parks (ZAE)</source>
      <translation>Business parks (ZAE)</translation>
    </message>
    <message>
      <location filename="../processing/base.py" line="36" />
      <source>Business zones</source>
      <translation>Business zones</translation>
    </message>
    <message>
      <location filename="../gui/lizmap_dock.py" line="166" />
      <source>Cancel</source>
      <translation>Cancel</translation>
    </message>
    <message>
      <location filename="../processing/zan_counters.py" line="90" />
      <source>Cerema consumption file (CSV, shapefile or table)</source>
      <translation>Cerema consumption file (CSV, shapefile or table)</translation>
    </message>
    <message>
      <location filename="../processing/friches_mutability.py" line="44" />
      <source>Clay shrink-swell zones (field alea)</source>
      <translation>Clay shrink-swell zones (field alea)</translation>
    </message>
    <message>
      <location filename="../processing/base.py" line="34" />
      <source>Climate and heat</source>
      <translation>Climate and heat</translation>
    </message>
    <message>
      <location filename="../processing/friches_mutability.py" line="124" />
      <source>Commune data (insee_com, taux_vacance, zone_abc)</source>
      <translation>Commune data (insee_com, taux_vacance, zone_abc)</translation>
    </message>
    <message>
      <location filename="../processing/zan_counters.py" line="103" />
      <source>Commune polygons (to draw the territories)</source>
      <translation>Commune polygons (to draw the territories)</translation>
    </message>
    <message>
      <location filename="../processing/zan_counters.py" line="105" />
      <source>Commune polygons: INSEE code field</source>
      <translation>Commune polygons: INSEE code field</translation>
    </message>
    <message>
      <location filename="../processing/zan_counters.py" line="95" />
      <source>Communes</source>
      <translation>Communes</translation>
    </message>
    <message>
      <location filename="../processing/icu_hotspots.py" line="147" />
      <source>Conditional permutations (0 = analytical p-values)</source>
      <translation>Conditional permutations (0 = analytical p-values)</translation>
    </message>
    <message>
      <location filename="../processing/zan_counters.py" line="144" />
      <source>Consumption file read: {n} communes, years {a}–{b} ({layout}).</source>
      <translation>Consumption file read: {n} communes, years {a}–{b} ({layout}).</translation>
    </message>
    <message>
      <location filename="../processing/zan_counters.py" line="112" />
      <source>Default reduction objective (%)</source>
      <translation>Default reduction objective (%)</translation>
    </message>
    <message>
      <location filename="../processing/icu_hotspots.py" line="127" />
      <source>Degrees Celsius</source>
      <translation>Degrees Celsius</translation>
    </message>
    <message>
      <location filename="../processing/icu_hotspots.py" line="175" />
      <source>Density thresholds (inhabitants/km²)</source>
      <translation>Density thresholds (inhabitants/km²)</translation>
    </message>
    <message>
      <location filename="../processing/icu_hotspots.py" line="139" />
      <source>Distance band</source>
      <translation>Distance band</translation>
    </message>
    <message>
      <location filename="../processing/icu_hotspots.py" line="141" />
      <source>Distance band (m; 0 = smallest distance giving every unit a neighbour)</source>
      <translation>Distance band (m; 0 = smallest distance giving every unit a neighbour)</translation>
    </message>
    <message>
      <location filename="../processing/friches_mutability.py" line="56" />
      <source>District heating networks</source>
      <translation>District heating networks</translation>
    </message>
    <message>
      <location filename="../processing/zan_counters.py" line="166" />
      <source>EPCI</source>
      <translation>EPCI</translation>
    </message>
    <message>
      <location filename="../processing/zan_counters.py" line="95" />
      <source>EPCI (column epciYY of the file)</source>
      <translation>EPCI (column epciYY of the file)</translation>
    </message>
    <message>
      <location filename="../processing/icu_hotspots.py" line="163" />
      <source>ERP category field (BPE TYPEQU, FINESS category or text)</source>
      <translation>ERP category field (BPE TYPEQU, FINESS category or text)</translation>
    </message>
    <message>
      <location filename="../processing/icu_hotspots.py" line="177" />
      <source>ERP count thresholds</source>
      <translation>ERP count thresholds</translation>
    </message>
    <message>
      <location filename="../processing/icu_hotspots.py" line="164" />
      <source>ERP name field</source>
      <translation>ERP name field</translation>
    </message>
    <message>
      <location filename="../processing/friches_mutability.py" line="40" />
      <source>Electricity substations</source>
      <translation>Electricity substations</translation>
    </message>
    <message>
      <location filename="../processing/friches_mutability.py" line="46" />
      <source>Environmental zonings (field type: Natura 2000, ZNIEFF…)</source>
      <translation>Environmental zonings (field type: Natura 2000, ZNIEFF…)</translation>
    </message>
    <message>
      <location filename="../processing/icu_hotspots.py" line="151" />
      <source>False Discovery Rate correction of the bins</source>
      <translation>False Discovery Rate correction of the bins</translation>
    </message>
    <message>
      <location filename="../processing/friches_mutability.py" line="42" />
      <source>Flood zones</source>
      <translation>Flood zones</translation>
    </message>
    <message>
      <location filename="../gui/lizmap_dock.py" line="152" />
      <source>Folder</source>
      <translation>Folder</translation>
    </message>
    <message>
      <location filename="../gui/lizmap_dock.py" line="160" />
      <source>Folder seen by QGIS Server</source>
      <translation>Folder seen by QGIS Server</translation>
    </message>
    <message>
      <location filename="../processing/friches_mutability.py" line="133" />
      <source>Friches mutability</source>
      <translation>Friches mutability</translation>
    </message>
    <message>
      <location filename="../processing/friches_mutability.py" line="82" />
      <source>Friches mutability (Mutafriches, all sites at once)</source>
      <translation>Friches mutability (Mutafriches, all sites at once)</translation>
    </message>
    <message>
      <location filename="../processing/friches_mutability.py" line="135" />
      <source>Friches mutability details (site × use × criterion)</source>
      <translation>Friches mutability details (site × use × criterion)</translation>
    </message>
    <message>
      <location filename="../processing/friches_mutability.py" line="138" />
      <source>Friches mutability report (HTML)</source>
      <translation>Friches mutability report (HTML)</translation>
    </message>
    <message>
      <location filename="../processing/friches_mutability.py" line="205" />
      <source>Friches mutability – best use</source>
      <translation>Friches mutability – best use</translation>
    </message>
    <message>
      <location filename="../processing/friches_mutability.py" line="214" />
      <source>Friches – details by criterion</source>
      <translation>Friches – details by criterion</translation>
    </message>
    <message>
      <location filename="../processing/zan_counters.py" line="278" />
      <source>Garantie communale applied to {n} communes.</source>
      <translation>Garantie communale applied to {n} communes.</translation>
    </message>
    <message>
      <location filename="../processing/zan_counters.py" line="116" />
      <source>Garantie communale of 1 ha</source>
      <translation>Garantie communale of 1 ha</translation>
    </message>
    <message>
      <location filename="../processing/zan_counters.py" line="259" />
      <source>Garantie communale: every commune is taken as covered by a planning document.</source>
      <translation>Garantie communale: every commune is taken as covered by a planning document.</translation>
    </message>
    <message>
      <location filename="../processing/friches_mutability.py" line="110" />
      <source>GeoPackage of context layers (found by their names)</source>
      <translation>GeoPackage of context layers (found by their names)</translation>
    </message>
    <message>
      <location filename="../processing/base.py" line="35" />
      <source>Green and blue network</source>
      <translation>Green and blue network</translation>
    </message>
    <message>
      <location filename="../processing/friches_mutability.py" line="53" />
      <source>Green and blue network (field type)</source>
      <translation>Green and blue network (field type)</translation>
    </message>
    <message>
      <location filename="../processing/icu_hotspots.py" line="136" />
      <source>Grid CRS (INSEE grid: EPSG:3035)</source>
      <translation>Grid CRS (INSEE grid: EPSG:3035)</translation>
    </message>
    <message>
      <location filename="../processing/icu_hotspots.py" line="134" />
      <source>Grid cell size (m)</source>
      <translation>Grid cell size (m)</translation>
    </message>
    <message>
      <location filename="../processing/friches_mutability.py" line="108" />
      <source>Grid file of your own (JSON, replaces GRID)</source>
      <translation>Grid file of your own (JSON, replaces GRID)</translation>
    </message>
    <message>
      <location filename="../processing/friches_mutability.py" line="156" />
      <source>Grid: {name} ({n} criteria).</source>
      <translation>Grid: {name} ({n} criteria).</translation>
    </message>
    <message>
      <location filename="../processing/zan_counters.py" line="125" />
      <source>Guarantee pooled at EPCI level</source>
      <translation>Guarantee pooled at EPCI level</translation>
    </message>
    <message>
      <location filename="../processing/zan_counters.py" line="122" />
      <source>Guarantee: INSEE codes of covered communes (comma-separated)</source>
      <translation>Guarantee: INSEE codes of covered communes (comma-separated)</translation>
    </message>
    <message>
      <location filename="../processing/zan_counters.py" line="119" />
      <source>Guarantee: membership field flagging covered communes (1/oui)</source>
      <translation>Guarantee: membership field flagging covered communes (1/oui)</translation>
    </message>
    <message>
      <location filename="../processing/friches_mutability.py" line="138" />
      <source>HTML files (*.html)</source>
      <translation>HTML files (*.html)</translation>
    </message>
    <message>
      <location filename="../processing/icu_hotspots.py" line="174" />
      <source>Heat levels 2 and 3 from Gi* bin</source>
      <translation>Heat levels 2 and 3 from Gi* bin</translation>
    </message>
    <message>
      <location filename="../processing/friches_mutability.py" line="47" />
      <source>Heritage servitudes (field type: AC1, AC2, AC4)</source>
      <translation>Heritage servitudes (field type: AC1, AC2, AC4)</translation>
    </message>
    <message>
      <location filename="../processing/icu_hotspots.py" line="167" />
      <source>Highly sensitive ERP codes (prefixes)</source>
      <translation>Highly sensitive ERP codes (prefixes)</translation>
    </message>
    <message>
      <location filename="../processing/icu_hotspots.py" line="180" />
      <source>Hot and cold spots</source>
      <translation>Hot and cold spots</translation>
    </message>
    <message>
      <location filename="../processing/icu_hotspots.py" line="231" />
      <source>Hot and cold spots (Gi*)</source>
      <translation>Hot and cold spots (Gi*)</translation>
    </message>
    <message>
      <location filename="../processing/icu_hotspots.py" line="160" />
      <source>INSEE cell identifier field (default Idcar_200m)</source>
      <translation>INSEE cell identifier field (default Idcar_200m)</translation>
    </message>
    <message>
      <location filename="../processing/zan_counters.py" line="91" />
      <source>INSEE code field of the consumption file (default: idcom)</source>
      <translation>INSEE code field of the consumption file (default: idcom)</translation>
    </message>
    <message>
      <location filename="../processing/icu_hotspots.py" line="127" />
      <source>Kelvin</source>
      <translation>Kelvin</translation>
    </message>
    <message>
      <location filename="../processing/icu_hotspots.py" line="128" />
      <source>Landsat Collection 2 Level-2 ST_B10 raw values</source>
      <translation>Landsat Collection 2 Level-2 ST_B10 raw values</translation>
    </message>
    <message>
      <location filename="../processing/base.py" line="115" />
      <source>Language of QGIS</source>
      <translation>Language of QGIS</translation>
    </message>
    <message>
      <location filename="../processing/lizmap_publish.py" line="114" />
      <source>Letters, digits, '_' and '-'; it becomes &lt;name&gt;.qgs, &lt;name&gt;.qgs.cfg and &lt;name&gt;.gpkg.</source>
      <translation>Letters, digits, '_' and '-'; it becomes &lt;name&gt;.qgs, &lt;name&gt;.qgs.cfg and &lt;name&gt;.gpkg.</translation>
    </message>
    <message>
      <location filename="../gui/lizmap_dock.py" line="157" />
      <source>Lizmap Web Client</source>
      <translation>Lizmap Web Client</translation>
    </message>
    <message>
      <location filename="../processing/lizmap_publish.py" line="121" />
      <source>Lizmap Web Client address</source>
      <translation>Lizmap Web Client address</translation>
    </message>
    <message>
      <location filename="../processing/lizmap_publish.py" line="125" />
      <source>Lizmap Web Client version</source>
      <translation>Lizmap Web Client version</translation>
    </message>
    <message>
      <location filename="../processing/lizmap_publish.py" line="137" />
      <source>Lizmap configuration (staging copy)</source>
      <translation>Lizmap configuration (staging copy)</translation>
    </message>
    <message>
      <location filename="../gui/lizmap_dock.py" line="154" />
      <source>Lizmap instance</source>
      <translation>Lizmap instance</translation>
    </message>
    <message>
      <location filename="../gui/lizmap_dock.py" line="130" />
      <source>Lizmap repository</source>
      <translation>Lizmap repository</translation>
    </message>
    <message>
      <location filename="../processing/lizmap_publish.py" line="122" />
      <source>Lizmap repository id</source>
      <translation>Lizmap repository id</translation>
    </message>
    <message>
      <location filename="../gui/lizmap_dock.py" line="133" />
      <source>Local folder (mounted share)</source>
      <translation>Local folder (mounted share)</translation>
    </message>
    <message>
      <location filename="../processing/lizmap_publish.py" line="117" />
      <source>Local repository folder</source>
      <translation>Local repository folder</translation>
    </message>
    <message>
      <location filename="../processing/lizmap_publish.py" line="110" />
      <source>Map abstract (French)</source>
      <translation>Map abstract (French)</translation>
    </message>
    <message>
      <location filename="../processing/lizmap_publish.py" line="108" />
      <source>Map title (French)</source>
      <translation>Map title (French)</translation>
    </message>
    <message>
      <location filename="../processing/zan_counters.py" line="96" />
      <source>Membership table</source>
      <translation>Membership table</translation>
    </message>
    <message>
      <location filename="../processing/zan_counters.py" line="98" />
      <source>Membership table (commune → territory)</source>
      <translation>Membership table (commune → territory)</translation>
    </message>
    <message>
      <location filename="../processing/zan_counters.py" line="99" />
      <source>Membership: commune INSEE code field</source>
      <translation>Membership: commune INSEE code field</translation>
    </message>
    <message>
      <location filename="../processing/zan_counters.py" line="100" />
      <source>Membership: territory code field</source>
      <translation>Membership: territory code field</translation>
    </message>
    <message>
      <location filename="../processing/zan_counters.py" line="101" />
      <source>Membership: territory name field</source>
      <translation>Membership: territory name field</translation>
    </message>
    <message>
      <location filename="../processing/friches_mutability.py" line="39" />
      <source>Motorways or motorway accesses</source>
      <translation>Motorways or motorway accesses</translation>
    </message>
    <message>
      <location filename="../processing/zan_counters.py" line="118" />
      <source>None</source>
      <translation>None</translation>
    </message>
    <message>
      <location filename="../processing/icu_hotspots.py" line="143" />
      <source>Number of neighbours (k nearest)</source>
      <translation>Number of neighbours (k nearest)</translation>
    </message>
    <message>
      <location filename="../processing/zan_counters.py" line="110" />
      <source>Objectives: parent territory code field</source>
      <translation>Objectives: parent territory code field</translation>
    </message>
    <message>
      <location filename="../processing/zan_counters.py" line="109" />
      <source>Objectives: reduction % field</source>
      <translation>Objectives: reduction % field</translation>
    </message>
    <message>
      <location filename="../processing/zan_counters.py" line="108" />
      <source>Objectives: territory code field</source>
      <translation>Objectives: territory code field</translation>
    </message>
    <message>
      <location filename="../processing/zan_counters.py" line="117" />
      <source>Only communes flagged or listed</source>
      <translation>Only communes flagged or listed</translation>
    </message>
    <message>
      <location filename="../processing/icu_hotspots.py" line="188" />
      <source>Overheating report (HTML)</source>
      <translation>Overheating report (HTML)</translation>
    </message>
    <message>
      <location filename="../processing/icu_hotspots.py" line="247" />
      <source>Overheating summary</source>
      <translation>Overheating summary</translation>
    </message>
    <message>
      <location filename="../processing/icu_hotspots.py" line="186" />
      <source>Overheating summary per territory</source>
      <translation>Overheating summary per territory</translation>
    </message>
    <message>
      <location filename="../processing/zan_counters.py" line="127" />
      <source>PENE consumption to deduct (m² per commune or territory)</source>
      <translation>PENE consumption to deduct (m² per commune or territory)</translation>
    </message>
    <message>
      <location filename="../processing/zan_counters.py" line="129" />
      <source>PENE: commune or territory code field</source>
      <translation>PENE: commune or territory code field</translation>
    </message>
    <message>
      <location filename="../processing/zan_counters.py" line="130" />
      <source>PENE: consumption field (m²)</source>
      <translation>PENE: consumption field (m²)</translation>
    </message>
    <message>
      <location filename="../processing/friches_mutability.py" line="48" />
      <source>PLU/GPU zoning (typezone, destdomi, libelong)</source>
      <translation>PLU/GPU zoning (typezone, destdomi, libelong)</translation>
    </message>
    <message>
      <location filename="../processing/icu_hotspots.py" line="153" />
      <source>Population (INSEE Filosofi 200 m squares or polygons/points)</source>
      <translation>Population (INSEE Filosofi 200 m squares or polygons/points)</translation>
    </message>
    <message>
      <location filename="../gui/lizmap_dock.py" line="336" />
      <source>Previous version kept as .bak.</source>
      <translation>Previous version kept as .bak.</translation>
    </message>
    <message>
      <location filename="../processing/lizmap_publish.py" line="184" />
      <source>Previous version kept: {name}</source>
      <translation>Previous version kept: {name}</translation>
    </message>
    <message>
      <location filename="../processing/friches_mutability.py" line="50" />
      <source>Priority neighbourhoods (QPV)</source>
      <translation>Priority neighbourhoods (QPV)</translation>
    </message>
    <message>
      <location filename="../gui/lizmap_dock.py" line="127" />
      <source>Project name</source>
      <translation>Project name</translation>
    </message>
    <message>
      <location filename="../processing/lizmap_publish.py" line="112" />
      <source>Project name in the repository</source>
      <translation>Project name in the repository</translation>
    </message>
    <message>
      <location filename="../processing/friches_mutability.py" line="38" />
      <source>Public transport stops (&lt; 500 m)</source>
      <translation>Public transport stops (&lt; 500 m)</translation>
    </message>
    <message>
      <location filename="../gui/lizmap_dock.py" line="165" />
      <source>Publish</source>
      <translation>Publish</translation>
    </message>
    <message>
      <location filename="../processing/lizmap_publish.py" line="74" />
      <source>Publish to Lizmap</source>
      <translation>Publish to Lizmap</translation>
    </message>
    <message>
      <location filename="../gui/lizmap_dock.py" line="334" />
      <source>Published (not verified: no Lizmap or QGIS Server address).</source>
      <translation>Published (not verified: no Lizmap or QGIS Server address).</translation>
    </message>
    <message>
      <location filename="../gui/lizmap_dock.py" line="331" />
      <source>Published and verified: {n} layers answer.</source>
      <translation>Published and verified: {n} layers answer.</translation>
    </message>
    <message>
      <location filename="../processing/lizmap_publish.py" line="189" />
      <source>Published without verification (no Lizmap or QGIS Server address).</source>
      <translation>Published without verification (no Lizmap or QGIS Server address).</translation>
    </message>
    <message>
      <location filename="../processing/base.py" line="37" />
      <source>Publishing</source>
      <translation>Publishing</translation>
    </message>
    <message>
      <location filename="../gui/lizmap_dock.py" line="60" />
      <source>Publishing to Lizmap</source>
      <translation>Publishing to Lizmap</translation>
    </message>
    <message>
      <location filename="../gui/lizmap_dock.py" line="159" />
      <source>QGIS Server</source>
      <translation>QGIS Server</translation>
    </message>
    <message>
      <location filename="../processing/friches_mutability.py" line="55" />
      <source>Rail freight sidings (ITE, field etat)</source>
      <translation>Rail freight sidings (ITE, field etat)</translation>
    </message>
    <message>
      <location filename="../processing/icu_hotspots.py" line="149" />
      <source>Random seed of the permutations</source>
      <translation>Random seed of the permutations</translation>
    </message>
    <message>
      <location filename="../processing/icu_hotspots.py" line="129" />
      <source>Raster band</source>
      <translation>Raster band</translation>
    </message>
    <message>
      <location filename="../processing/friches_mutability.py" line="49" />
      <source>Renewable energy acceleration zones (ZAER)</source>
      <translation>Renewable energy acceleration zones (ZAER)</translation>
    </message>
    <message>
      <location filename="../processing/lizmap_publish.py" line="133" />
      <source>Replace a project of the same name not published by AULA Toolkit</source>
      <translation>Replace a project of the same name not published by AULA Toolkit</translation>
    </message>
    <message>
      <location filename="../processing/base.py" line="115" />
      <source>Report language</source>
      <translation>Report language</translation>
    </message>
    <message>
      <location filename="../gui/lizmap_dock.py" line="155" />
      <source>Repository</source>
      <translation>Repository</translation>
    </message>
    <message>
      <location filename="../processing/lizmap_publish.py" line="131" />
      <source>Repository folder as QGIS Server sees it</source>
      <translation>Repository folder as QGIS Server sees it</translation>
    </message>
    <message>
      <location filename="../processing/icu_hotspots.py" line="173" />
      <source>Restrict the grid to the summary territories</source>
      <translation>Restrict the grid to the summary territories</translation>
    </message>
    <message>
      <location filename="../processing/lizmap_publish.py" line="106" />
      <source>Result layers to publish</source>
      <translation>Result layers to publish</translation>
    </message>
    <message>
      <location filename="../processing/icu_hotspots.py" line="146" />
      <source>Row-standardised</source>
      <translation>Row-standardised</translation>
    </message>
    <message>
      <location filename="../processing/zan_counters.py" line="167" />
      <source>SCoT</source>
      <translation>SCoT</translation>
    </message>
    <message>
      <location filename="../processing/zan_counters.py" line="95" />
      <source>SCoT (column scot of the file)</source>
      <translation>SCoT (column scot of the file)</translation>
    </message>
    <message>
      <location filename="../processing/friches_mutability.py" line="52" />
      <source>Saturated grid zones for renewables</source>
      <translation>Saturated grid zones for renewables</translation>
    </message>
    <message>
      <location filename="../processing/friches_mutability.py" line="105" />
      <source>Scoring grid</source>
      <translation>Scoring grid</translation>
    </message>
    <message>
      <location filename="../processing/icu_hotspots.py" line="165" />
      <source>Sensitive ERP codes (prefixes)</source>
      <translation>Sensitive ERP codes (prefixes)</translation>
    </message>
    <message>
      <location filename="../processing/icu_hotspots.py" line="162" />
      <source>Sensitive establishments (ERP)</source>
      <translation>Sensitive establishments (ERP)</translation>
    </message>
    <message>
      <location filename="../processing/friches_mutability.py" line="128" />
      <source>Sensitivity draws</source>
      <translation>Sensitivity draws</translation>
    </message>
    <message>
      <location filename="../processing/friches_mutability.py" line="41" />
      <source>Shops and services (BPE, field typequ)</source>
      <translation>Shops and services (BPE, field typequ)</translation>
    </message>
    <message>
      <location filename="../processing/friches_mutability.py" line="103" />
      <source>Site id field (default: site_id)</source>
      <translation>Site id field (default: site_id)</translation>
    </message>
    <message>
      <location filename="../processing/icu_hotspots.py" line="138" />
      <source>Spatial weights</source>
      <translation>Spatial weights</translation>
    </message>
    <message>
      <location filename="../processing/icu_hotspots.py" line="178" />
      <source>Stake matrix (rows heat 1→3; columns sensitivity 1→3)</source>
      <translation>Stake matrix (rows heat 1→3; columns sensitivity 1→3)</translation>
    </message>
    <message>
      <location filename="../processing/icu_hotspots.py" line="182" />
      <source>Stakes: heat × population</source>
      <translation>Stakes: heat × population</translation>
    </message>
    <message>
      <location filename="../processing/icu_hotspots.py" line="184" />
      <source>Stakes: heat × sensitive ERP</source>
      <translation>Stakes: heat × sensitive ERP</translation>
    </message>
    <message>
      <location filename="../processing/icu_hotspots.py" line="169" />
      <source>Summary territories (communes, EPCI)</source>
      <translation>Summary territories (communes, EPCI)</translation>
    </message>
    <message>
      <location filename="../processing/icu_hotspots.py" line="121" />
      <source>Surface temperature (raster, Landsat ST_B10, or points/polygons)</source>
      <translation>Surface temperature (raster, Landsat ST_B10, or points/polygons)</translation>
    </message>
    <message>
      <location filename="../processing/lizmap_publish.py" line="115" />
      <source>Target</source>
      <translation>Target</translation>
    </message>
    <message>
      <location filename="../processing/friches_mutability.py" line="45" />
      <source>Technological risks (ICPE/SIS points or PPRT zones)</source>
      <translation>Technological risks (ICPE/SIS points or PPRT zones)</translation>
    </message>
    <message>
      <location filename="../processing/icu_hotspots.py" line="124" />
      <source>Temperature field (vector temperature layer)</source>
      <translation>Temperature field (vector temperature layer)</translation>
    </message>
    <message>
      <location filename="../processing/icu_hotspots.py" line="322" />
      <source>Temperature raster read: {w}×{h} pixels, {crs}.</source>
      <translation>Temperature raster read: {w}×{h} pixels, {crs}.</translation>
    </message>
    <message>
      <location filename="../processing/icu_hotspots.py" line="126" />
      <source>Temperature reading</source>
      <translation>Temperature reading</translation>
    </message>
    <message>
      <location filename="../processing/zan_counters.py" line="107" />
      <source>Territorialised objectives (SRADDET, SCoT…)</source>
      <translation>Territorialised objectives (SRADDET, SCoT…)</translation>
    </message>
    <message>
      <location filename="../processing/zan_counters.py" line="94" />
      <source>Territories</source>
      <translation>Territories</translation>
    </message>
    <message>
      <location filename="../processing/icu_hotspots.py" line="171" />
      <source>Territory code field</source>
      <translation>Territory code field</translation>
    </message>
    <message>
      <location filename="../processing/icu_hotspots.py" line="172" />
      <source>Territory name field</source>
      <translation>Territory name field</translation>
    </message>
    <message>
      <location filename="../gui/lizmap_dock.py" line="125" />
      <source>Title</source>
      <translation>Title</translation>
    </message>
    <message>
      <location filename="../processing/icu_hotspots.py" line="155" />
      <source>Total population field (default Ind)</source>
      <translation>Total population field (default Ind)</translation>
    </message>
    <message>
      <location filename="../processing/friches_mutability.py" line="37" />
      <source>Town halls (centre-ville ≤ 1 km)</source>
      <translation>Town halls (centre-ville ≤ 1 km)</translation>
    </message>
    <message>
      <location filename="../processing/friches_mutability.py" line="111" />
      <source>Town halls, stops, flood zones, PLU zoning… recognised by their layer names (mairies, arrets_tc, zones_inondables, zonage_plu…).</source>
      <translation>Town halls, stops, flood zones, PLU zoning… recognised by their layer names (mairies, arrets_tc, zones_inondables, zonage_plu…).</translation>
    </message>
    <message>
      <location filename="../processing/icu_hotspots.py" line="156" />
      <source>Under-4 population field(s)</source>
      <translation>Under-4 population field(s)</translation>
    </message>
    <message>
      <location filename="../processing/friches_mutability.py" line="43" />
      <source>Underground cavities (points)</source>
      <translation>Underground cavities (points)</translation>
    </message>
    <message>
      <location filename="../processing/icu_hotspots.py" line="133" />
      <source>Unit identifier field</source>
      <translation>Unit identifier field</translation>
    </message>
    <message>
      <location filename="../processing/icu_hotspots.py" line="70" />
      <source>Urban overheating: hot and cold spots (Gi*)</source>
      <translation>Urban overheating: hot and cold spots (Gi*)</translation>
    </message>
    <message>
      <location filename="../processing/lizmap_publish.py" line="138" />
      <source>Verified</source>
      <translation>Verified</translation>
    </message>
    <message>
      <location filename="../processing/lizmap_publish.py" line="186" />
      <source>Verified: {n} layers listed by GetCapabilities, GetMap image of {b} bytes.</source>
      <translation>Verified: {n} layers listed by GetCapabilities, GetMap image of {b} bytes.</translation>
    </message>
    <message>
      <location filename="../gui/lizmap_dock.py" line="146" />
      <source>Verify the map once published</source>
      <translation>Verify the map once published</translation>
    </message>
    <message>
      <location filename="../processing/lizmap_publish.py" line="127" />
      <source>Verify the published map (WMS)</source>
      <translation>Verify the published map (WMS)</translation>
    </message>
    <message>
      <location filename="../processing/lizmap_publish.py" line="128" />
      <source>Verify through this QGIS Server address</source>
      <translation>Verify through this QGIS Server address</translation>
    </message>
    <message>
      <location filename="../processing/lizmap_publish.py" line="135" />
      <source>Web map address</source>
      <translation>Web map address</translation>
    </message>
    <message>
      <location filename="../processing/lizmap_publish.py" line="191" />
      <source>Web map: {url}</source>
      <translation>Web map: {url}</translation>
    </message>
    <message>
      <location filename="../processing/lizmap_publish.py" line="136" />
      <source>Web project (staging copy)</source>
      <translation>Web project (staging copy)</translation>
    </message>
    <message>
      <location filename="../processing/lizmap_publish.py" line="179" />
      <source>Web project written: {path}</source>
      <translation>Web project written: {path}</translation>
    </message>
    <message>
      <location filename="../gui/lizmap_dock.py" line="134" />
      <source>WebDAV</source>
      <translation>WebDAV</translation>
    </message>
    <message>
      <location filename="../gui/lizmap_dock.py" line="153" />
      <source>WebDAV address</source>
      <translation>WebDAV address</translation>
    </message>
    <message>
      <location filename="../processing/lizmap_publish.py" line="119" />
      <source>WebDAV address of the repository folder</source>
      <translation>WebDAV address of the repository folder</translation>
    </message>
    <message>
      <location filename="../processing/lizmap_publish.py" line="116" />
      <source>WebDAV repository</source>
      <translation>WebDAV repository</translation>
    </message>
    <message>
      <location filename="../processing/friches_mutability.py" line="126" />
      <source>Weight sensitivity ± % (0 = none)</source>
      <translation>Weight sensitivity ± % (0 = none)</translation>
    </message>
    <message>
      <location filename="../processing/icu_hotspots.py" line="145" />
      <source>Weights standardisation (no effect on Gi*)</source>
      <translation>Weights standardisation (no effect on Gi*)</translation>
    </message>
    <message>
      <location filename="../processing/friches_mutability.py" line="54" />
      <source>Wetlands</source>
      <translation>Wetlands</translation>
    </message>
    <message>
      <location filename="../processing/zan_counters.py" line="132" />
      <source>ZAN counters</source>
      <translation>ZAN counters</translation>
    </message>
    <message>
      <location filename="../processing/zan_counters.py" line="55" />
      <source>ZAN counters (land consumption 2011–2030)</source>
      <translation>ZAN counters (land consumption 2011–2030)</translation>
    </message>
    <message>
      <location filename="../processing/zan_counters.py" line="168" />
      <source>ZAN counters – {level}</source>
      <translation>ZAN counters – {level}</translation>
    </message>
    <message>
      <location filename="../processing/zan_counters.py" line="136" />
      <source>ZAN report (HTML)</source>
      <translation>ZAN report (HTML)</translation>
    </message>
    <message>
      <location filename="../processing/zan_counters.py" line="176" />
      <source>ZAN trajectory 2011–2030</source>
      <translation>ZAN trajectory 2011–2030</translation>
    </message>
    <message>
      <location filename="../processing/zan_counters.py" line="134" />
      <source>ZAN trajectory by year</source>
      <translation>ZAN trajectory by year</translation>
    </message>
    <message>
      <location filename="../processing/base.py" line="32" />
      <source>ZAN – land consumption</source>
      <translation>ZAN – land consumption</translation>
    </message>
    <message>
      <location filename="../processing/zan_counters.py" line="166" />
      <source>communes</source>
      <translation>communes</translation>
    </message>
    <message>
      <location filename="../processing/icu_hotspots.py" line="139" />
      <source>k nearest neighbours</source>
      <translation>k nearest neighbours</translation>
    </message>
    <message>
      <location filename="../gui/lizmap_dock.py" line="149" />
      <source>optional: verify through QGIS Server directly</source>
      <translation>optional: verify through QGIS Server directly</translation>
    </message>
    <message>
      <location filename="../processing/zan_counters.py" line="167" />
      <source>territories</source>
      <translation>territories</translation>
    </message>
    <message>
      <location filename="../processing/friches_mutability.py" line="286" />
      <source>{key}: layer '{name}' found by its name.</source>
      <translation>{key}: layer '{name}' found by its name.</translation>
    </message>
    <message>
      <location filename="../processing/icu_hotspots.py" line="239" />
      <source>{key}: not produced (its input layer is missing).</source>
      <translation>{key}: not produced (its input layer is missing).</translation>
    </message>
    <message>
      <location filename="../processing/friches_mutability.py" line="168" />
      <source>{n} features merged into {m} multi-parcel sites.</source>
      <translation>{n} features merged into {m} multi-parcel sites.</translation>
    </message>
    <message>
      <location filename="../processing/zan_counters.py" line="156" />
      <source>{n} territories computed.</source>
      <translation>{n} territories computed.</translation>
    </message>
  </context>
</TS>
