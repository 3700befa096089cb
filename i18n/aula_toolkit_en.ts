<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="en">
  <context>
    <name>AulaToolkit</name>
    <message>
      <location filename="../processing/icu_hotspots.py" line="203" />
      <source>65-or-over population field(s)</source>
      <translation>65-or-over population field(s)</translation>
    </message>
    <message>
      <location filename="../processing/zan_counters.py" line="34" />
      <source>&lt;p&gt;Computes the ZAN counters of each territory from the Cerema communal consumption file of natural, agricultural and forest land (ENAF flows from the Fichiers fonciers): the 2011–2020 reference, the 2021–2030 envelope, the consumption since 2021, the projection to 2030 and the status.&lt;/p&gt;&lt;h3&gt;Inputs&lt;/h3&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;CONSUMPTION&lt;/b&gt;: the Cerema file (any millésime from 2009–2019 to 2009–2025, ';' or ',' CSV, shapefile or any table; columns read by name, nafNNartMM and artNN{act,hab,mix,rou,fer,inc}MM), or the long layout of the Cerema API (idcom, annee, naf_arti).&lt;/li&gt;&lt;li&gt;&lt;b&gt;LEVEL&lt;/b&gt;: commune, EPCI or SCoT columns of the file, or a membership table (&lt;b&gt;MEMBERSHIP&lt;/b&gt;: commune INSEE code → territory code and name).&lt;/li&gt;&lt;li&gt;&lt;b&gt;COMMUNES&lt;/b&gt; (optional): commune polygons; territories are dissolved from them.&lt;/li&gt;&lt;li&gt;&lt;b&gt;OBJECTIVES&lt;/b&gt; (optional): reduction % per territory, with an optional parent field: a territory without an objective inherits the one of its nearest parent (SCoT, then SRADDET); otherwise &lt;b&gt;DEFAULT_OBJECTIVE&lt;/b&gt; (50 %). Negative values widen the envelope.&lt;/li&gt;&lt;li&gt;&lt;b&gt;GUARANTEE&lt;/b&gt;: the 1 ha garantie communale, applied commune by commune (all communes, only those flagged in &lt;b&gt;GUARANTEE_FIELD&lt;/b&gt; of the membership table or listed in &lt;b&gt;GUARANTEE_COMMUNES&lt;/b&gt;, or none) and summed per territory; &lt;b&gt;GUARANTEE_POOLING&lt;/b&gt; pools it at EPCI level.&lt;/li&gt;&lt;li&gt;&lt;b&gt;PENE&lt;/b&gt; (optional): consumption of projects of national or European scope to deduct, per commune or territory, in m².&lt;/li&gt;&lt;/ul&gt;&lt;h3&gt;Outputs&lt;/h3&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;OUTPUT&lt;/b&gt;: one feature per territory with every counter, styled by status.&lt;/li&gt;&lt;li&gt;&lt;b&gt;TRAJECTORY&lt;/b&gt;: territory × year 2011–2030, observed and objective, yearly and cumulative.&lt;/li&gt;&lt;li&gt;&lt;b&gt;REPORT&lt;/b&gt;: an HTML page with a chart and the counters per territory, readable offline.&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;Communes of the membership missing from the file, and communes of the file outside every territory, are listed in the log, in the communes_absentes field and in the report.&lt;/p&gt;</source>
      <translation>&lt;p&gt;Computes the ZAN counters of each territory from the Cerema communal consumption file of natural, agricultural and forest land (ENAF flows from the Fichiers fonciers): the 2011–2020 reference, the 2021–2030 envelope, the consumption since 2021, the projection to 2030 and the status.&lt;/p&gt;&lt;h3&gt;Inputs&lt;/h3&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;CONSUMPTION&lt;/b&gt;: the Cerema file (any millésime from 2009–2019 to 2009–2025, ';' or ',' CSV, shapefile or any table; columns read by name, nafNNartMM and artNN{act,hab,mix,rou,fer,inc}MM), or the long layout of the Cerema API (idcom, annee, naf_arti).&lt;/li&gt;&lt;li&gt;&lt;b&gt;LEVEL&lt;/b&gt;: commune, EPCI or SCoT columns of the file, or a membership table (&lt;b&gt;MEMBERSHIP&lt;/b&gt;: commune INSEE code → territory code and name).&lt;/li&gt;&lt;li&gt;&lt;b&gt;COMMUNES&lt;/b&gt; (optional): commune polygons; territories are dissolved from them.&lt;/li&gt;&lt;li&gt;&lt;b&gt;OBJECTIVES&lt;/b&gt; (optional): reduction % per territory, with an optional parent field: a territory without an objective inherits the one of its nearest parent (SCoT, then SRADDET); otherwise &lt;b&gt;DEFAULT_OBJECTIVE&lt;/b&gt; (50 %). Negative values widen the envelope.&lt;/li&gt;&lt;li&gt;&lt;b&gt;GUARANTEE&lt;/b&gt;: the 1 ha garantie communale, applied commune by commune (all communes, only those flagged in &lt;b&gt;GUARANTEE_FIELD&lt;/b&gt; of the membership table or listed in &lt;b&gt;GUARANTEE_COMMUNES&lt;/b&gt;, or none) and summed per territory; &lt;b&gt;GUARANTEE_POOLING&lt;/b&gt; pools it at EPCI level.&lt;/li&gt;&lt;li&gt;&lt;b&gt;PENE&lt;/b&gt; (optional): consumption of projects of national or European scope to deduct, per commune or territory, in m².&lt;/li&gt;&lt;/ul&gt;&lt;h3&gt;Outputs&lt;/h3&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;OUTPUT&lt;/b&gt;: one feature per territory with every counter, styled by status.&lt;/li&gt;&lt;li&gt;&lt;b&gt;TRAJECTORY&lt;/b&gt;: territory × year 2011–2030, observed and objective, yearly and cumulative.&lt;/li&gt;&lt;li&gt;&lt;b&gt;REPORT&lt;/b&gt;: an HTML page with a chart and the counters per territory, readable offline.&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;Communes of the membership missing from the file, and communes of the file outside every territory, are listed in the log, in the communes_absentes field and in the report.&lt;/p&gt;</translation>
    </message>
    <message>
      <location filename="../processing/icu_hotspots.py" line="56" />
      <source>&lt;p&gt;Finds where the territory overheats and where it stays cool — statistically significant hot and cold spots of land surface temperature (Getis-Ord Gi*) — and crosses the hot spots with the population and the sensitive establishments (ERP) to target greening and îlots de fraîcheur.&lt;/p&gt;&lt;h3&gt;Inputs&lt;/h3&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;TEMPERATURE&lt;/b&gt;: a land surface temperature raster in °C or K, or a Landsat Collection 2 Level-2 ST_B10 band in raw digital numbers (K = DN × 0.00341802 + 149.0, fill 0 masked), or a point/polygon layer with a temperature field (&lt;b&gt;TEMPERATURE_FIELD&lt;/b&gt;). &lt;b&gt;TEMPERATURE_READING&lt;/b&gt;: automatic (from the median value) or forced; the reading applied is written in the log.&lt;/li&gt;&lt;li&gt;&lt;b&gt;UNITS&lt;/b&gt; (optional): analysis polygons (IRIS, îlots). Without them, a regular grid of &lt;b&gt;CELL_SIZE&lt;/b&gt; m (default 200 m) aligned on the INSEE 200 m grid (EPSG:3035), so Filosofi squares match cell for cell. A unit's temperature is the mean of the raster pixels weighted by the exact share of each pixel inside the unit (&lt;b&gt;ZONAL_METHOD&lt;/b&gt;; the faster rule of the pixels whose centre it contains remains available; the report says which was used). Units covering no valid pixel are listed and left out.&lt;/li&gt;&lt;li&gt;&lt;b&gt;WEIGHTS&lt;/b&gt;: distance band (&lt;b&gt;DISTANCE&lt;/b&gt; in metres; 0 = the smallest distance giving every unit a neighbour — on the 200 m grid that is 200 m, the cell and its 4 edge neighbours; for the 3 × 3 window choose queen contiguity or a band of 283 m), k nearest neighbours (&lt;b&gt;NEIGHBOURS&lt;/b&gt;), queen contiguity (shared edge or corner, ArcGIS 'edges and corners', PySAL Queen) or rook contiguity (shared edge, PySAL Rook) of polygon units with a &lt;b&gt;CONTIGUITY_TOLERANCE&lt;/b&gt; for slivers, or a PySAL/GeoDa &lt;b&gt;WEIGHTS_FILE&lt;/b&gt; (GAL: neighbour lists; GWT: weighted pairs) whose ids are those of &lt;b&gt;UNITS_ID_FIELD&lt;/b&gt;. Units without a neighbour count only themselves, as in esda, and are listed. Binary or row-standardised (no effect on Gi*). The unit counts itself.&lt;/li&gt;&lt;li&gt;Statistic: Gi* in the ArcGIS closed form (equal to PySAL esda G_Local with transform='B', star=True), two-sided analytical p-values; optional conditional &lt;b&gt;PERMUTATIONS&lt;/b&gt; (seeded by &lt;b&gt;SEED&lt;/b&gt;, only where n makes them practical; pseudo p-values cannot go below 1/(R+1)); optional &lt;b&gt;FDR&lt;/b&gt; correction that changes only the bins. Bins −3…+3 = cold/hot spots at 99/95/90 % confidence.&lt;/li&gt;&lt;li&gt;&lt;b&gt;POPULATION&lt;/b&gt; (optional): INSEE Filosofi 200 m squares or any polygons/points with a total population field (default Ind) and age fields (under 4: Ind_0_3; 65 or over: Ind_65_79, Ind_80p); joined by Idcar_200m on the INSEE grid, otherwise areal-weighted.&lt;/li&gt;&lt;li&gt;&lt;b&gt;ERP&lt;/b&gt; (optional): sensitive establishments with a category field: INSEE BPE codes (C1xx, D1xx, D401, D502), FINESS 500 and words (crèche, école, collège, EHPAD, hôpital…) are recognised.&lt;/li&gt;&lt;li&gt;&lt;b&gt;SUMMARY_AREAS&lt;/b&gt; (optional): communes or EPCI; the grid is restricted to them (&lt;b&gt;CLIP_TO_AREAS&lt;/b&gt;).&lt;/li&gt;&lt;li&gt;Stake matrices: &lt;b&gt;HEAT_BINS&lt;/b&gt; (1,3), &lt;b&gt;DENSITY_THRESHOLDS&lt;/b&gt; (300,1500 inhabitants/km²), &lt;b&gt;ERP_THRESHOLDS&lt;/b&gt; (1,3), &lt;b&gt;STAKE_MATRIX&lt;/b&gt; (1,1,1;1,2,3;2,3,4) — documented conventions, no national standard exists.&lt;/li&gt;&lt;/ul&gt;&lt;h3&gt;Outputs&lt;/h3&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;HOTSPOTS&lt;/b&gt;: units with mean temperature, z, p, bin and class, blue-to-red style.&lt;/li&gt;&lt;li&gt;&lt;b&gt;STAKES_POPULATION&lt;/b&gt;, &lt;b&gt;STAKES_ERP&lt;/b&gt;: heat level × density (or sensitive ERP) in a 3×3 matrix, bivariate style.&lt;/li&gt;&lt;li&gt;&lt;b&gt;SUMMARY&lt;/b&gt;: per territory, area, population and ERP in significant hot spots.&lt;/li&gt;&lt;li&gt;&lt;b&gt;REPORT&lt;/b&gt;: an HTML page with the method, parameters, map legend and tables, readable offline.&lt;/li&gt;&lt;/ul&gt;</source>
      <translation>&lt;p&gt;Finds where the territory overheats and where it stays cool — statistically significant hot and cold spots of land surface temperature (Getis-Ord Gi*) — and crosses the hot spots with the population and the sensitive establishments (ERP) to target greening and îlots de fraîcheur.&lt;/p&gt;&lt;h3&gt;Inputs&lt;/h3&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;TEMPERATURE&lt;/b&gt;: a land surface temperature raster in °C or K, or a Landsat Collection 2 Level-2 ST_B10 band in raw digital numbers (K = DN × 0.00341802 + 149.0, fill 0 masked), or a point/polygon layer with a temperature field (&lt;b&gt;TEMPERATURE_FIELD&lt;/b&gt;). &lt;b&gt;TEMPERATURE_READING&lt;/b&gt;: automatic (from the median value) or forced; the reading applied is written in the log.&lt;/li&gt;&lt;li&gt;&lt;b&gt;UNITS&lt;/b&gt; (optional): analysis polygons (IRIS, îlots). Without them, a regular grid of &lt;b&gt;CELL_SIZE&lt;/b&gt; m (default 200 m) aligned on the INSEE 200 m grid (EPSG:3035), so Filosofi squares match cell for cell. A unit's temperature is the mean of the raster pixels weighted by the exact share of each pixel inside the unit (&lt;b&gt;ZONAL_METHOD&lt;/b&gt;; the faster rule of the pixels whose centre it contains remains available; the report says which was used). Units covering no valid pixel are listed and left out.&lt;/li&gt;&lt;li&gt;&lt;b&gt;WEIGHTS&lt;/b&gt;: distance band (&lt;b&gt;DISTANCE&lt;/b&gt; in metres; 0 = the smallest distance giving every unit a neighbour — on the 200 m grid that is 200 m, the cell and its 4 edge neighbours; for the 3 × 3 window choose queen contiguity or a band of 283 m), k nearest neighbours (&lt;b&gt;NEIGHBOURS&lt;/b&gt;), queen contiguity (shared edge or corner, ArcGIS 'edges and corners', PySAL Queen) or rook contiguity (shared edge, PySAL Rook) of polygon units with a &lt;b&gt;CONTIGUITY_TOLERANCE&lt;/b&gt; for slivers, or a PySAL/GeoDa &lt;b&gt;WEIGHTS_FILE&lt;/b&gt; (GAL: neighbour lists; GWT: weighted pairs) whose ids are those of &lt;b&gt;UNITS_ID_FIELD&lt;/b&gt;. Units without a neighbour count only themselves, as in esda, and are listed. Binary or row-standardised (no effect on Gi*). The unit counts itself.&lt;/li&gt;&lt;li&gt;Statistic: Gi* in the ArcGIS closed form (equal to PySAL esda G_Local with transform='B', star=True), two-sided analytical p-values; optional conditional &lt;b&gt;PERMUTATIONS&lt;/b&gt; (seeded by &lt;b&gt;SEED&lt;/b&gt;, only where n makes them practical; pseudo p-values cannot go below 1/(R+1)); optional &lt;b&gt;FDR&lt;/b&gt; correction that changes only the bins. Bins −3…+3 = cold/hot spots at 99/95/90 % confidence.&lt;/li&gt;&lt;li&gt;&lt;b&gt;POPULATION&lt;/b&gt; (optional): INSEE Filosofi 200 m squares or any polygons/points with a total population field (default Ind) and age fields (under 4: Ind_0_3; 65 or over: Ind_65_79, Ind_80p); joined by Idcar_200m on the INSEE grid, otherwise areal-weighted.&lt;/li&gt;&lt;li&gt;&lt;b&gt;ERP&lt;/b&gt; (optional): sensitive establishments with a category field: INSEE BPE codes (C1xx, D1xx, D401, D502), FINESS 500 and words (crèche, école, collège, EHPAD, hôpital…) are recognised.&lt;/li&gt;&lt;li&gt;&lt;b&gt;SUMMARY_AREAS&lt;/b&gt; (optional): communes or EPCI; the grid is restricted to them (&lt;b&gt;CLIP_TO_AREAS&lt;/b&gt;).&lt;/li&gt;&lt;li&gt;Stake matrices: &lt;b&gt;HEAT_BINS&lt;/b&gt; (1,3), &lt;b&gt;DENSITY_THRESHOLDS&lt;/b&gt; (300,1500 inhabitants/km²), &lt;b&gt;ERP_THRESHOLDS&lt;/b&gt; (1,3), &lt;b&gt;STAKE_MATRIX&lt;/b&gt; (1,1,1;1,2,3;2,3,4) — documented conventions, no national standard exists.&lt;/li&gt;&lt;/ul&gt;&lt;h3&gt;Outputs&lt;/h3&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;HOTSPOTS&lt;/b&gt;: units with mean temperature, z, p, bin and class, blue-to-red style.&lt;/li&gt;&lt;li&gt;&lt;b&gt;STAKES_POPULATION&lt;/b&gt;, &lt;b&gt;STAKES_ERP&lt;/b&gt;: heat level × density (or sensitive ERP) in a 3×3 matrix, bivariate style.&lt;/li&gt;&lt;li&gt;&lt;b&gt;SUMMARY&lt;/b&gt;: per territory, area, population and ERP in significant hot spots.&lt;/li&gt;&lt;li&gt;&lt;b&gt;REPORT&lt;/b&gt;: an HTML page with the method, parameters, map legend and tables, readable offline.&lt;/li&gt;&lt;/ul&gt;</translation>
    </message>
    <message>
      <location filename="../processing/lizmap_publish.py" line="91" />
      <source>&lt;p&gt;Publishes result layers as a Lizmap observatory map: a clean QGIS project for the web (layers copied into one versioned GeoPackage beside it, rasters as GeoTIFF, styles kept, one group per algorithm, tables without geometry in the hidden group), its Lizmap configuration (&lt;i&gt;.qgs.cfg&lt;/i&gt;, Lizmap Web Client 3.7 to 3.10: popups with French labels, attribute tables, tooltips, filters by EPCI and commune, charts for the ZAN trajectory and the brownfields), background maps (Plan IGN, IGN aerial photographs, OpenStreetMap), an A4 landscape print layout, and access rights (Lizmap groups for the map and per layer, hidden map).&lt;/p&gt;&lt;h3&gt;Targets&lt;/h3&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;Local folder&lt;/b&gt;: the repository folder on a disk or a mounted share (&lt;b&gt;FOLDER&lt;/b&gt;).&lt;/li&gt;&lt;li&gt;&lt;b&gt;WebDAV&lt;/b&gt;: the repository folder on the WebDAV server (&lt;b&gt;WEBDAV_URL&lt;/b&gt;), with the login and password of a QGIS authentication configuration (&lt;b&gt;AUTHCFG&lt;/b&gt;, Basic method). Every request goes through QGIS's network settings (proxy, SSL exceptions, timeout).&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;With the &lt;b&gt;Lizmap Web Client address&lt;/b&gt;, its version and repositories are read from it (&lt;i&gt;index.php/view/app/metadata&lt;/i&gt;). Publishing is locked per project name, crash-safe (the data is sent under a new versioned name that only the new project uses, the old one is removed afterwards) and keeps the previous version as &lt;i&gt;.bak&lt;/i&gt;. Republishing keeps what an administrator changed in the configuration for the layers still published and lists what was dropped. Unchanged data is not sent again.&lt;/p&gt;&lt;p&gt;After the upload the map is verified with WMS GetCapabilities and GetMap, through Lizmap or directly through QGIS Server (&lt;b&gt;QGIS_SERVER_URL&lt;/b&gt; + &lt;b&gt;SERVER_FOLDER&lt;/b&gt;). &lt;b&gt;MAP_URL&lt;/b&gt; is the link to the web map.&lt;/p&gt;</source>
      <translation>&lt;p&gt;Publishes result layers as a Lizmap observatory map: a clean QGIS project for the web (layers copied into one versioned GeoPackage beside it, rasters as GeoTIFF, styles kept, one group per algorithm, tables without geometry in the hidden group), its Lizmap configuration (&lt;i&gt;.qgs.cfg&lt;/i&gt;, Lizmap Web Client 3.7 to 3.10: popups with French labels, attribute tables, tooltips, filters by EPCI and commune, charts for the ZAN trajectory and the brownfields), background maps (Plan IGN, IGN aerial photographs, OpenStreetMap), an A4 landscape print layout, and access rights (Lizmap groups for the map and per layer, hidden map).&lt;/p&gt;&lt;h3&gt;Targets&lt;/h3&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;Local folder&lt;/b&gt;: the repository folder on a disk or a mounted share (&lt;b&gt;FOLDER&lt;/b&gt;).&lt;/li&gt;&lt;li&gt;&lt;b&gt;WebDAV&lt;/b&gt;: the repository folder on the WebDAV server (&lt;b&gt;WEBDAV_URL&lt;/b&gt;), with the login and password of a QGIS authentication configuration (&lt;b&gt;AUTHCFG&lt;/b&gt;, Basic method). Every request goes through QGIS's network settings (proxy, SSL exceptions, timeout).&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;With the &lt;b&gt;Lizmap Web Client address&lt;/b&gt;, its version and repositories are read from it (&lt;i&gt;index.php/view/app/metadata&lt;/i&gt;). Publishing is locked per project name, crash-safe (the data is sent under a new versioned name that only the new project uses, the old one is removed afterwards) and keeps the previous version as &lt;i&gt;.bak&lt;/i&gt;. Republishing keeps what an administrator changed in the configuration for the layers still published and lists what was dropped. Unchanged data is not sent again.&lt;/p&gt;&lt;p&gt;After the upload the map is verified with WMS GetCapabilities and GetMap, through Lizmap or directly through QGIS Server (&lt;b&gt;QGIS_SERVER_URL&lt;/b&gt; + &lt;b&gt;SERVER_FOLDER&lt;/b&gt;). &lt;b&gt;MAP_URL&lt;/b&gt; is the link to the web map.&lt;/p&gt;</translation>
    </message>
    <message>
      <location filename="../processing/friches_mutability.py" line="65" />
      <source>&lt;p&gt;Scores every brownfield site of a layer for the seven Mutafriches uses (housing, public facilities, culture, offices, industry, renaturation, ground PV) with the published Mutafriches arithmetic, offline, from the agency's own layers.&lt;/p&gt;&lt;h3&gt;Inputs&lt;/h3&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;FRICHES&lt;/b&gt;: points or polygons. CNIG Friches fields and Cartofriches exports are recognised; fields named after a criterion id (e.g. typeProprietaire) are read as is. Features sharing a site id (&lt;b&gt;SITE_ID_FIELD&lt;/b&gt;) are one site made of several parcels.&lt;/li&gt;&lt;li&gt;&lt;b&gt;GRID&lt;/b&gt;: a preset (Mutafriches v1.11, v1.16, v1.19 — default the latest) or &lt;b&gt;GRID_FILE&lt;/b&gt;, a JSON grid of your own (copy a preset and edit it; format in docs/friches_grid_format.md).&lt;/li&gt;&lt;li&gt;Optional context layers, one per criterion family: MAIRIES, TRANSPORT_STOPS, MOTORWAYS, SUBSTATIONS, SHOPS, FLOOD_ZONES, CAVITIES, CLAY, TECH_RISKS, ENV_ZONES, HERITAGE, PLU_ZONES, ZAER, QPV, ZAE, GRID_SATURATION, TVB, WETLANDS, ITE, HEAT_NETWORK; COMMUNE_DATA gives the vacancy rate (taux_vacance) and ABC zone (zone_abc) per commune (insee_com). They are reprojected to the sites' CRS.&lt;/li&gt;&lt;li&gt;&lt;b&gt;SENSITIVITY&lt;/b&gt; (%) and &lt;b&gt;SENSITIVITY_DRAWS&lt;/b&gt;: perturb every weight by ±N % over M seeded draws and report how often the best use stays first (field stabilite).&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;A criterion with no source stays unknown and lowers the reliability (fiabilite); it never becomes a default.&lt;/p&gt;&lt;h3&gt;Outputs&lt;/h3&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;OUTPUT&lt;/b&gt;: the sites with ind_* and rang_* per use, usage_1, indice_1, potentiel, fiabilite, fiab_niveau, exclus, inconnus, grille.&lt;/li&gt;&lt;li&gt;&lt;b&gt;DETAILS&lt;/b&gt;: site × use × criterion: value, code, score, weight, points, side.&lt;/li&gt;&lt;li&gt;&lt;b&gt;REPORT&lt;/b&gt;: an HTML page, one card per site and a territory summary, readable offline.&lt;/li&gt;&lt;/ul&gt;</source>
      <translation>&lt;p&gt;Scores every brownfield site of a layer for the seven Mutafriches uses (housing, public facilities, culture, offices, industry, renaturation, ground PV) with the published Mutafriches arithmetic, offline, from the agency's own layers.&lt;/p&gt;&lt;h3&gt;Inputs&lt;/h3&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;FRICHES&lt;/b&gt;: points or polygons. CNIG Friches fields and Cartofriches exports are recognised; fields named after a criterion id (e.g. typeProprietaire) are read as is. Features sharing a site id (&lt;b&gt;SITE_ID_FIELD&lt;/b&gt;) are one site made of several parcels.&lt;/li&gt;&lt;li&gt;&lt;b&gt;GRID&lt;/b&gt;: a preset (Mutafriches v1.11, v1.16, v1.19 — default the latest) or &lt;b&gt;GRID_FILE&lt;/b&gt;, a JSON grid of your own (copy a preset and edit it; format in docs/friches_grid_format.md).&lt;/li&gt;&lt;li&gt;Optional context layers, one per criterion family: MAIRIES, TRANSPORT_STOPS, MOTORWAYS, SUBSTATIONS, SHOPS, FLOOD_ZONES, CAVITIES, CLAY, TECH_RISKS, ENV_ZONES, HERITAGE, PLU_ZONES, ZAER, QPV, ZAE, GRID_SATURATION, TVB, WETLANDS, ITE, HEAT_NETWORK; COMMUNE_DATA gives the vacancy rate (taux_vacance) and ABC zone (zone_abc) per commune (insee_com). They are reprojected to the sites' CRS.&lt;/li&gt;&lt;li&gt;&lt;b&gt;SENSITIVITY&lt;/b&gt; (%) and &lt;b&gt;SENSITIVITY_DRAWS&lt;/b&gt;: perturb every weight by ±N % over M seeded draws and report how often the best use stays first (field stabilite).&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;A criterion with no source stays unknown and lowers the reliability (fiabilite); it never becomes a default.&lt;/p&gt;&lt;h3&gt;Outputs&lt;/h3&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;OUTPUT&lt;/b&gt;: the sites with ind_* and rang_* per use, usage_1, indice_1, potentiel, fiabilite, fiab_niveau, exclus, inconnus, grille.&lt;/li&gt;&lt;li&gt;&lt;b&gt;DETAILS&lt;/b&gt;: site × use × criterion: value, code, score, weight, points, side.&lt;/li&gt;&lt;li&gt;&lt;b&gt;REPORT&lt;/b&gt;: an HTML page, one card per site and a territory summary, readable offline.&lt;/li&gt;&lt;/ul&gt;</translation>
    </message>
    <message>
      <location filename="../plugin.py" line="57" />
      <source>AULA Toolkit</source>
      <translation>AULA Toolkit</translation>
    </message>
    <message>
      <location filename="../processing/provider.py" line="31" />
      <source>AULA Toolkit {version} – territorial analysis</source>
      <translation>AULA Toolkit {version} – territorial analysis</translation>
    </message>
    <message>
      <location filename="../plugin.py" line="52" />
      <source>AULA Toolkit — Lizmap</source>
      <translation>AULA Toolkit — Lizmap</translation>
    </message>
    <message>
      <location filename="../processing/lizmap_publish.py" line="295" />
      <source>Administrator settings kept from the published configuration: {n}</source>
      <translation>Administrator settings kept from the published configuration: {n}</translation>
    </message>
    <message>
      <location filename="../processing/lizmap_publish.py" line="87" />
      <source>After the upload, WMS GetCapabilities must list every layer and GetMap must draw them.</source>
      <translation>After the upload, WMS GetCapabilities must list every layer and GetMap must draw them.</translation>
    </message>
    <message>
      <location filename="../processing/lizmap_publish.py" line="61" />
      <source>Agency logo for the print layout</source>
      <translation>Agency logo for the print layout</translation>
    </message>
    <message>
      <location filename="../processing/zan_counters.py" line="125" />
      <source>All communes (covered by a planning document)</source>
      <translation>All communes (covered by a planning document)</translation>
    </message>
    <message>
      <location filename="../processing/icu_hotspots.py" line="163" />
      <source>Analysis units (polygons; empty = 200 m INSEE grid)</source>
      <translation>Analysis units (polygons; empty = 200 m INSEE grid)</translation>
    </message>
    <message>
      <location filename="../processing/lizmap_publish.py" line="54" />
      <source>Authentication (QGIS authentication database)</source>
      <translation>Authentication (QGIS authentication database)</translation>
    </message>
    <message>
      <location filename="../processing/icu_hotspots.py" line="159" />
      <source>Automatic (from the values)</source>
      <translation>Automatic (from the values)</translation>
    </message>
    <message>
      <location filename="../processing/lizmap_publish.py" line="56" />
      <source>Background maps</source>
      <translation>Background maps</translation>
    </message>
    <message>
      <location filename="../processing/lizmap_publish.py" line="81" />
      <source>Background maps offered in the map (the first one shown at startup).</source>
      <translation>Background maps offered in the map (the first one shown at startup).</translation>
    </message>
    <message>
      <location filename="../processing/lizmap_publish.py" line="226" />
      <source>Backups of the previous version</source>
      <translation>Backups of the previous version</translation>
    </message>
    <message>
      <location filename="../processing/lizmap_publish.py" line="77" />
      <source>Basic login and password stored in the QGIS authentication database; QGIS's proxy, SSL exceptions and timeout apply.</source>
      <translation>Basic login and password stored in the QGIS authentication database; QGIS's proxy, SSL exceptions and timeout apply.</translation>
    </message>
    <message>
      <location filename="../processing/icu_hotspots.py" line="191" />
      <source>Binary</source>
      <translation>Binary</translation>
    </message>
    <message>
      <location filename="../processing/friches_mutability.py" line="108" />
      <source>Brownfield sites (points or polygons)</source>
      <translation>Brownfield sites (points or polygons)</translation>
    </message>
    <message>
      <location filename="../processing/base.py" line="33" />
      <source>Brownfields</source>
      <translation>Brownfields</translation>
    </message>
    <message>
      <location filename="../gui/lizmap_dock.py" line="235" />
      <source>Build the web map and publish it to the repository.</source>
      <translation>Build the web map and publish it to the repository.</translation>
    </message>
    <message>
      <location filename="../processing/friches_mutability.py" line="54" />
      <source>Business parks (ZAE)</source>
      <translation>Business parks (ZAE)</translation>
    </message>
    <message>
      <location filename="../processing/base.py" line="36" />
      <source>Business zones</source>
      <translation>Business zones</translation>
    </message>
    <message>
      <location filename="../gui/lizmap_dock.py" line="236" />
      <source>Cancel</source>
      <translation>Cancel</translation>
    </message>
    <message>
      <location filename="../processing/zan_counters.py" line="98" />
      <source>Cerema consumption file (CSV, shapefile or table)</source>
      <translation>Cerema consumption file (CSV, shapefile or table)</translation>
    </message>
    <message>
      <location filename="../processing/friches_mutability.py" line="47" />
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
      <location filename="../processing/zan_counters.py" line="111" />
      <source>Commune polygons (to draw the territories)</source>
      <translation>Commune polygons (to draw the territories)</translation>
    </message>
    <message>
      <location filename="../processing/zan_counters.py" line="113" />
      <source>Commune polygons: INSEE code field</source>
      <translation>Commune polygons: INSEE code field</translation>
    </message>
    <message>
      <location filename="../processing/zan_counters.py" line="103" />
      <source>Communes</source>
      <translation>Communes</translation>
    </message>
    <message>
      <location filename="../processing/icu_hotspots.py" line="192" />
      <source>Conditional permutations (0 = analytical p-values)</source>
      <translation>Conditional permutations (0 = analytical p-values)</translation>
    </message>
    <message>
      <location filename="../processing/zan_counters.py" line="151" />
      <source>Consumption file read: {n} communes, years {a}–{b} ({layout}).</source>
      <translation>Consumption file read: {n} communes, years {a}–{b} ({layout}).</translation>
    </message>
    <message>
      <location filename="../processing/icu_hotspots.py" line="180" />
      <source>Contiguity tolerance (m; polygons this close count as touching)</source>
      <translation>Contiguity tolerance (m; polygons this close count as touching)</translation>
    </message>
    <message>
      <location filename="../processing/lizmap_publish.py" line="289" />
      <source>Data unchanged since the last publication: the same data file is used.</source>
      <translation>Data unchanged since the last publication: the same data file is used.</translation>
    </message>
    <message>
      <location filename="../processing/zan_counters.py" line="120" />
      <source>Default reduction objective (%)</source>
      <translation>Default reduction objective (%)</translation>
    </message>
    <message>
      <location filename="../processing/icu_hotspots.py" line="159" />
      <source>Degrees Celsius</source>
      <translation>Degrees Celsius</translation>
    </message>
    <message>
      <location filename="../processing/friches_mutability.py" line="133" />
      <source>Deliberate deviations from Mutafriches (none by default)</source>
      <translation>Deliberate deviations from Mutafriches (none by default)</translation>
    </message>
    <message>
      <location filename="../processing/icu_hotspots.py" line="220" />
      <source>Density thresholds (inhabitants/km²)</source>
      <translation>Density thresholds (inhabitants/km²)</translation>
    </message>
    <message>
      <location filename="../processing/icu_hotspots.py" line="172" />
      <source>Distance band</source>
      <translation>Distance band</translation>
    </message>
    <message>
      <location filename="../processing/icu_hotspots.py" line="175" />
      <source>Distance band (m; 0 = smallest distance giving every unit a neighbour)</source>
      <translation>Distance band (m; 0 = smallest distance giving every unit a neighbour)</translation>
    </message>
    <message>
      <location filename="../processing/friches_mutability.py" line="59" />
      <source>District heating networks</source>
      <translation>District heating networks</translation>
    </message>
    <message>
      <location filename="../processing/zan_counters.py" line="173" />
      <source>EPCI</source>
      <translation>EPCI</translation>
    </message>
    <message>
      <location filename="../processing/zan_counters.py" line="103" />
      <source>EPCI (column epciYY of the file)</source>
      <translation>EPCI (column epciYY of the file)</translation>
    </message>
    <message>
      <location filename="../processing/icu_hotspots.py" line="208" />
      <source>ERP category field (BPE TYPEQU, FINESS category or text)</source>
      <translation>ERP category field (BPE TYPEQU, FINESS category or text)</translation>
    </message>
    <message>
      <location filename="../processing/icu_hotspots.py" line="222" />
      <source>ERP count thresholds</source>
      <translation>ERP count thresholds</translation>
    </message>
    <message>
      <location filename="../processing/icu_hotspots.py" line="209" />
      <source>ERP name field</source>
      <translation>ERP name field</translation>
    </message>
    <message>
      <location filename="../processing/friches_mutability.py" line="43" />
      <source>Electricity substations</source>
      <translation>Electricity substations</translation>
    </message>
    <message>
      <location filename="../processing/friches_mutability.py" line="49" />
      <source>Environmental zonings (field type: Natura 2000, ZNIEFF…)</source>
      <translation>Environmental zonings (field type: Natura 2000, ZNIEFF…)</translation>
    </message>
    <message>
      <location filename="../processing/icu_hotspots.py" line="188" />
      <source>Exact share of each pixel inside the unit</source>
      <translation>Exact share of each pixel inside the unit</translation>
    </message>
    <message>
      <location filename="../processing/icu_hotspots.py" line="196" />
      <source>False Discovery Rate correction of the bins</source>
      <translation>False Discovery Rate correction of the bins</translation>
    </message>
    <message>
      <location filename="../processing/friches_mutability.py" line="45" />
      <source>Flood zones</source>
      <translation>Flood zones</translation>
    </message>
    <message>
      <location filename="../processing/friches_mutability.py" line="137" />
      <source>Friches mutability</source>
      <translation>Friches mutability</translation>
    </message>
    <message>
      <location filename="../processing/friches_mutability.py" line="91" />
      <source>Friches mutability (Mutafriches, all sites at once)</source>
      <translation>Friches mutability (Mutafriches, all sites at once)</translation>
    </message>
    <message>
      <location filename="../processing/friches_mutability.py" line="139" />
      <source>Friches mutability details (site × use × criterion)</source>
      <translation>Friches mutability details (site × use × criterion)</translation>
    </message>
    <message>
      <location filename="../processing/friches_mutability.py" line="142" />
      <source>Friches mutability report (HTML)</source>
      <translation>Friches mutability report (HTML)</translation>
    </message>
    <message>
      <location filename="../processing/friches_mutability.py" line="225" />
      <source>Friches mutability – best use</source>
      <translation>Friches mutability – best use</translation>
    </message>
    <message>
      <location filename="../processing/zan_counters.py" line="280" />
      <source>Garantie communale applied to {n} communes.</source>
      <translation>Garantie communale applied to {n} communes.</translation>
    </message>
    <message>
      <location filename="../processing/zan_counters.py" line="124" />
      <source>Garantie communale of 1 ha</source>
      <translation>Garantie communale of 1 ha</translation>
    </message>
    <message>
      <location filename="../processing/zan_counters.py" line="261" />
      <source>Garantie communale: every commune is taken as covered by a planning document.</source>
      <translation>Garantie communale: every commune is taken as covered by a planning document.</translation>
    </message>
    <message>
      <location filename="../processing/base.py" line="35" />
      <source>Green and blue network</source>
      <translation>Green and blue network</translation>
    </message>
    <message>
      <location filename="../processing/friches_mutability.py" line="56" />
      <source>Green and blue network (field type)</source>
      <translation>Green and blue network (field type)</translation>
    </message>
    <message>
      <location filename="../processing/icu_hotspots.py" line="168" />
      <source>Grid CRS (INSEE grid: EPSG:3035)</source>
      <translation>Grid CRS (INSEE grid: EPSG:3035)</translation>
    </message>
    <message>
      <location filename="../processing/icu_hotspots.py" line="166" />
      <source>Grid cell size (m)</source>
      <translation>Grid cell size (m)</translation>
    </message>
    <message>
      <location filename="../processing/friches_mutability.py" line="115" />
      <source>Grid file of your own (JSON, replaces GRID)</source>
      <translation>Grid file of your own (JSON, replaces GRID)</translation>
    </message>
    <message>
      <location filename="../processing/friches_mutability.py" line="160" />
      <source>Grid: {name} ({n} criteria).</source>
      <translation>Grid: {name} ({n} criteria).</translation>
    </message>
    <message>
      <location filename="../processing/zan_counters.py" line="133" />
      <source>Guarantee pooled at EPCI level</source>
      <translation>Guarantee pooled at EPCI level</translation>
    </message>
    <message>
      <location filename="../processing/zan_counters.py" line="130" />
      <source>Guarantee: INSEE codes of covered communes (comma-separated)</source>
      <translation>Guarantee: INSEE codes of covered communes (comma-separated)</translation>
    </message>
    <message>
      <location filename="../processing/zan_counters.py" line="127" />
      <source>Guarantee: membership field flagging covered communes (1/oui)</source>
      <translation>Guarantee: membership field flagging covered communes (1/oui)</translation>
    </message>
    <message>
      <location filename="../processing/friches_mutability.py" line="142" />
      <source>HTML files (*.html)</source>
      <translation>HTML files (*.html)</translation>
    </message>
    <message>
      <location filename="../processing/icu_hotspots.py" line="219" />
      <source>Heat levels 2 and 3 from Gi* bin</source>
      <translation>Heat levels 2 and 3 from Gi* bin</translation>
    </message>
    <message>
      <location filename="../processing/friches_mutability.py" line="50" />
      <source>Heritage servitudes (field type: AC1, AC2, AC4)</source>
      <translation>Heritage servitudes (field type: AC1, AC2, AC4)</translation>
    </message>
    <message>
      <location filename="../processing/lizmap_publish.py" line="59" />
      <source>Hide the map from the landing page (reachable by its link only)</source>
      <translation>Hide the map from the landing page (reachable by its link only)</translation>
    </message>
    <message>
      <location filename="../processing/icu_hotspots.py" line="212" />
      <source>Highly sensitive ERP codes (prefixes)</source>
      <translation>Highly sensitive ERP codes (prefixes)</translation>
    </message>
    <message>
      <location filename="../processing/icu_hotspots.py" line="225" />
      <source>Hot and cold spots</source>
      <translation>Hot and cold spots</translation>
    </message>
    <message>
      <location filename="../processing/icu_hotspots.py" line="283" />
      <source>Hot and cold spots (Gi*)</source>
      <translation>Hot and cold spots (Gi*)</translation>
    </message>
    <message>
      <location filename="../processing/icu_hotspots.py" line="205" />
      <source>INSEE cell identifier field (default Idcar_200m)</source>
      <translation>INSEE cell identifier field (default Idcar_200m)</translation>
    </message>
    <message>
      <location filename="../processing/zan_counters.py" line="99" />
      <source>INSEE code field of the consumption file (default: idcom)</source>
      <translation>INSEE code field of the consumption file (default: idcom)</translation>
    </message>
    <message>
      <location filename="../processing/icu_hotspots.py" line="159" />
      <source>Kelvin</source>
      <translation>Kelvin</translation>
    </message>
    <message>
      <location filename="../processing/icu_hotspots.py" line="160" />
      <source>Landsat Collection 2 Level-2 ST_B10 raw values</source>
      <translation>Landsat Collection 2 Level-2 ST_B10 raw values</translation>
    </message>
    <message>
      <location filename="../processing/lizmap_publish.py" line="64" />
      <source>Layers copied into the web map: vector layers (tables without geometry go to the hidden group used by attribute tables and charts) and file rasters.</source>
      <translation>Layers copied into the web map: vector layers (tables without geometry go to the hidden group used by attribute tables and charts) and file rasters.</translation>
    </message>
    <message>
      <location filename="../processing/lizmap_publish.py" line="68" />
      <source>Letters, digits, '_' and '-' (at most 64); it becomes &lt;name&gt;.qgs, &lt;name&gt;.qgs.cfg and &lt;name&gt;.&lt;version&gt;.gpkg.</source>
      <translation>Letters, digits, '_' and '-' (at most 64); it becomes &lt;name&gt;.qgs, &lt;name&gt;.qgs.cfg and &lt;name&gt;.&lt;version&gt;.gpkg.</translation>
    </message>
    <message>
      <location filename="../processing/lizmap_publish.py" line="52" />
      <source>Lizmap Web Client address</source>
      <translation>Lizmap Web Client address</translation>
    </message>
    <message>
      <location filename="../processing/lizmap_publish.py" line="55" />
      <source>Lizmap Web Client version</source>
      <translation>Lizmap Web Client version</translation>
    </message>
    <message>
      <location filename="../processing/lizmap_publish.py" line="328" />
      <source>Lizmap Web Client {v}: configuration written for {t}.</source>
      <translation>Lizmap Web Client {v}: configuration written for {t}.</translation>
    </message>
    <message>
      <location filename="../processing/lizmap_publish.py" line="224" />
      <source>Lizmap configuration (staging copy)</source>
      <translation>Lizmap configuration (staging copy)</translation>
    </message>
    <message>
      <location filename="../processing/lizmap_publish.py" line="57" />
      <source>Lizmap groups allowed to see the map</source>
      <translation>Lizmap groups allowed to see the map</translation>
    </message>
    <message>
      <location filename="../processing/lizmap_publish.py" line="58" />
      <source>Lizmap groups per layer</source>
      <translation>Lizmap groups per layer</translation>
    </message>
    <message>
      <location filename="../gui/lizmap_dock.py" line="167" />
      <source>Lizmap repository</source>
      <translation>Lizmap repository</translation>
    </message>
    <message>
      <location filename="../processing/lizmap_publish.py" line="53" />
      <source>Lizmap repository id</source>
      <translation>Lizmap repository id</translation>
    </message>
    <message>
      <location filename="../processing/lizmap_publish.py" line="82" />
      <source>Lizmap user group ids separated by commas; empty: everyone who can see the repository.</source>
      <translation>Lizmap user group ids separated by commas; empty: everyone who can see the repository.</translation>
    </message>
    <message>
      <location filename="../processing/lizmap_publish.py" line="70" />
      <source>Local folder (disk or mounted share) or WebDAV repository.</source>
      <translation>Local folder (disk or mounted share) or WebDAV repository.</translation>
    </message>
    <message>
      <location filename="../processing/lizmap_publish.py" line="50" />
      <source>Local repository folder</source>
      <translation>Local repository folder</translation>
    </message>
    <message>
      <location filename="../gui/lizmap_dock.py" line="209" />
      <source>Map</source>
      <translation>Map</translation>
    </message>
    <message>
      <location filename="../processing/lizmap_publish.py" line="47" />
      <source>Map abstract (French)</source>
      <translation>Map abstract (French)</translation>
    </message>
    <message>
      <location filename="../processing/lizmap_publish.py" line="46" />
      <source>Map title (French)</source>
      <translation>Map title (French)</translation>
    </message>
    <message>
      <location filename="../processing/zan_counters.py" line="104" />
      <source>Membership table</source>
      <translation>Membership table</translation>
    </message>
    <message>
      <location filename="../processing/zan_counters.py" line="106" />
      <source>Membership table (commune → territory)</source>
      <translation>Membership table (commune → territory)</translation>
    </message>
    <message>
      <location filename="../processing/zan_counters.py" line="107" />
      <source>Membership: commune INSEE code field</source>
      <translation>Membership: commune INSEE code field</translation>
    </message>
    <message>
      <location filename="../processing/zan_counters.py" line="108" />
      <source>Membership: territory code field</source>
      <translation>Membership: territory code field</translation>
    </message>
    <message>
      <location filename="../processing/zan_counters.py" line="109" />
      <source>Membership: territory name field</source>
      <translation>Membership: territory name field</translation>
    </message>
    <message>
      <location filename="../processing/friches_mutability.py" line="42" />
      <source>Motorways or motorway accesses</source>
      <translation>Motorways or motorway accesses</translation>
    </message>
    <message>
      <location filename="../processing/zan_counters.py" line="126" />
      <source>None</source>
      <translation>None</translation>
    </message>
    <message>
      <location filename="../processing/icu_hotspots.py" line="177" />
      <source>Number of neighbours (k nearest)</source>
      <translation>Number of neighbours (k nearest)</translation>
    </message>
    <message>
      <location filename="../processing/zan_counters.py" line="118" />
      <source>Objectives: parent territory code field</source>
      <translation>Objectives: parent territory code field</translation>
    </message>
    <message>
      <location filename="../processing/zan_counters.py" line="117" />
      <source>Objectives: reduction % field</source>
      <translation>Objectives: reduction % field</translation>
    </message>
    <message>
      <location filename="../processing/zan_counters.py" line="116" />
      <source>Objectives: territory code field</source>
      <translation>Objectives: territory code field</translation>
    </message>
    <message>
      <location filename="../processing/lizmap_publish.py" line="83" />
      <source>One line per restricted layer: 'layer name: group1, group2'. Other groups do not see the layer at all (legend, map, tables).</source>
      <translation>One line per restricted layer: 'layer name: group1, group2'. Other groups do not see the layer at all (legend, map, tables).</translation>
    </message>
    <message>
      <location filename="../processing/zan_counters.py" line="125" />
      <source>Only communes flagged or listed</source>
      <translation>Only communes flagged or listed</translation>
    </message>
    <message>
      <location filename="../processing/icu_hotspots.py" line="233" />
      <source>Overheating report (HTML)</source>
      <translation>Overheating report (HTML)</translation>
    </message>
    <message>
      <location filename="../processing/icu_hotspots.py" line="299" />
      <source>Overheating summary</source>
      <translation>Overheating summary</translation>
    </message>
    <message>
      <location filename="../processing/icu_hotspots.py" line="231" />
      <source>Overheating summary per territory</source>
      <translation>Overheating summary per territory</translation>
    </message>
    <message>
      <location filename="../processing/zan_counters.py" line="135" />
      <source>PENE consumption to deduct (m² per commune or territory)</source>
      <translation>PENE consumption to deduct (m² per commune or territory)</translation>
    </message>
    <message>
      <location filename="../processing/zan_counters.py" line="137" />
      <source>PENE: commune or territory code field</source>
      <translation>PENE: commune or territory code field</translation>
    </message>
    <message>
      <location filename="../processing/zan_counters.py" line="138" />
      <source>PENE: consumption field (m²)</source>
      <translation>PENE: consumption field (m²)</translation>
    </message>
    <message>
      <location filename="../processing/friches_mutability.py" line="51" />
      <source>PLU/GPU zoning (typezone, destdomi, libelong)</source>
      <translation>PLU/GPU zoning (typezone, destdomi, libelong)</translation>
    </message>
    <message>
      <location filename="../processing/lizmap_publish.py" line="88" />
      <source>PNG or SVG embedded in the print layout (top right).</source>
      <translation>PNG or SVG embedded in the print layout (top right).</translation>
    </message>
    <message>
      <location filename="../processing/icu_hotspots.py" line="188" />
      <source>Pixels whose centre falls inside (faster)</source>
      <translation>Pixels whose centre falls inside (faster)</translation>
    </message>
    <message>
      <location filename="../processing/icu_hotspots.py" line="198" />
      <source>Population (INSEE Filosofi 200 m squares or polygons/points)</source>
      <translation>Population (INSEE Filosofi 200 m squares or polygons/points)</translation>
    </message>
    <message>
      <location filename="../gui/lizmap_dock.py" line="452" />
      <source>Previous version kept as .bak.</source>
      <translation>Previous version kept as .bak.</translation>
    </message>
    <message>
      <location filename="../processing/lizmap_publish.py" line="292" />
      <source>Previous version kept: {name}</source>
      <translation>Previous version kept: {name}</translation>
    </message>
    <message>
      <location filename="../processing/friches_mutability.py" line="53" />
      <source>Priority neighbourhoods (QPV)</source>
      <translation>Priority neighbourhoods (QPV)</translation>
    </message>
    <message>
      <location filename="../processing/lizmap_publish.py" line="48" />
      <source>Project name in the repository</source>
      <translation>Project name in the repository</translation>
    </message>
    <message>
      <location filename="../processing/friches_mutability.py" line="41" />
      <source>Public transport stops (&lt; 500 m)</source>
      <translation>Public transport stops (&lt; 500 m)</translation>
    </message>
    <message>
      <location filename="../gui/lizmap_dock.py" line="234" />
      <source>Publish</source>
      <translation>Publish</translation>
    </message>
    <message>
      <location filename="../processing/lizmap_publish.py" line="135" />
      <source>Publish to Lizmap</source>
      <translation>Publish to Lizmap</translation>
    </message>
    <message>
      <location filename="../gui/lizmap_dock.py" line="450" />
      <source>Published (not verified: no Lizmap or QGIS Server address).</source>
      <translation>Published (not verified: no Lizmap or QGIS Server address).</translation>
    </message>
    <message>
      <location filename="../gui/lizmap_dock.py" line="447" />
      <source>Published and verified: {n} layers answer.</source>
      <translation>Published and verified: {n} layers answer.</translation>
    </message>
    <message>
      <location filename="../processing/lizmap_publish.py" line="304" />
      <source>Published without verification (no Lizmap or QGIS Server address).</source>
      <translation>Published without verification (no Lizmap or QGIS Server address).</translation>
    </message>
    <message>
      <location filename="../processing/base.py" line="37" />
      <source>Publishing</source>
      <translation>Publishing</translation>
    </message>
    <message>
      <location filename="../gui/lizmap_dock.py" line="66" />
      <source>Publishing to Lizmap</source>
      <translation>Publishing to Lizmap</translation>
    </message>
    <message>
      <location filename="../processing/icu_hotspots.py" line="172" />
      <source>Queen contiguity (edges and corners; 3 × 3 window on the grid)</source>
      <translation>Queen contiguity (edges and corners; 3 × 3 window on the grid)</translation>
    </message>
    <message>
      <location filename="../processing/friches_mutability.py" line="58" />
      <source>Rail freight sidings (ITE, field etat)</source>
      <translation>Rail freight sidings (ITE, field etat)</translation>
    </message>
    <message>
      <location filename="../processing/icu_hotspots.py" line="194" />
      <source>Random seed of the permutations</source>
      <translation>Random seed of the permutations</translation>
    </message>
    <message>
      <location filename="../processing/icu_hotspots.py" line="161" />
      <source>Raster band</source>
      <translation>Raster band</translation>
    </message>
    <message>
      <location filename="../gui/lizmap_dock.py" line="180" />
      <source>Read the instance</source>
      <translation>Read the instance</translation>
    </message>
    <message>
      <location filename="../gui/lizmap_dock.py" line="181" />
      <source>Read the version and the repositories of the Lizmap Web Client (index.php/view/app/metadata) with the authentication.</source>
      <translation>Read the version and the repositories of the Lizmap Web Client (index.php/view/app/metadata) with the authentication.</translation>
    </message>
    <message>
      <location filename="../processing/friches_mutability.py" line="52" />
      <source>Renewable energy acceleration zones (ZAER)</source>
      <translation>Renewable energy acceleration zones (ZAER)</translation>
    </message>
    <message>
      <location filename="../processing/lizmap_publish.py" line="220" />
      <source>Replace a project of the same name not published by AULA Toolkit</source>
      <translation>Replace a project of the same name not published by AULA Toolkit</translation>
    </message>
    <message>
      <location filename="../processing/lizmap_publish.py" line="218" />
      <source>Repository folder as QGIS Server sees it</source>
      <translation>Repository folder as QGIS Server sees it</translation>
    </message>
    <message>
      <location filename="../processing/lizmap_publish.py" line="76" />
      <source>Repository id in Lizmap (the one listed by the instance when its address is given).</source>
      <translation>Repository id in Lizmap (the one listed by the instance when its address is given).</translation>
    </message>
    <message>
      <location filename="../processing/icu_hotspots.py" line="218" />
      <source>Restrict the grid to the summary territories</source>
      <translation>Restrict the grid to the summary territories</translation>
    </message>
    <message>
      <location filename="../processing/lizmap_publish.py" line="45" />
      <source>Result layers to publish</source>
      <translation>Result layers to publish</translation>
    </message>
    <message>
      <location filename="../processing/icu_hotspots.py" line="173" />
      <source>Rook contiguity (edges only)</source>
      <translation>Rook contiguity (edges only)</translation>
    </message>
    <message>
      <location filename="../processing/icu_hotspots.py" line="191" />
      <source>Row-standardised</source>
      <translation>Row-standardised</translation>
    </message>
    <message>
      <location filename="../processing/zan_counters.py" line="174" />
      <source>SCoT</source>
      <translation>SCoT</translation>
    </message>
    <message>
      <location filename="../processing/zan_counters.py" line="103" />
      <source>SCoT (column scot of the file)</source>
      <translation>SCoT (column scot of the file)</translation>
    </message>
    <message>
      <location filename="../processing/friches_mutability.py" line="55" />
      <source>Saturated grid zones for renewables</source>
      <translation>Saturated grid zones for renewables</translation>
    </message>
    <message>
      <location filename="../processing/friches_mutability.py" line="112" />
      <source>Scoring grid</source>
      <translation>Scoring grid</translation>
    </message>
    <message>
      <location filename="../processing/icu_hotspots.py" line="210" />
      <source>Sensitive ERP codes (prefixes)</source>
      <translation>Sensitive ERP codes (prefixes)</translation>
    </message>
    <message>
      <location filename="../processing/icu_hotspots.py" line="207" />
      <source>Sensitive establishments (ERP)</source>
      <translation>Sensitive establishments (ERP)</translation>
    </message>
    <message>
      <location filename="../processing/friches_mutability.py" line="128" />
      <source>Sensitivity draws</source>
      <translation>Sensitivity draws</translation>
    </message>
    <message>
      <location filename="../processing/lizmap_publish.py" line="298" />
      <source>Settings dropped (their layers are no longer published): {keys}</source>
      <translation>Settings dropped (their layers are no longer published): {keys}</translation>
    </message>
    <message>
      <location filename="../processing/friches_mutability.py" line="44" />
      <source>Shops and services (BPE, field typequ)</source>
      <translation>Shops and services (BPE, field typequ)</translation>
    </message>
    <message>
      <location filename="../processing/friches_mutability.py" line="110" />
      <source>Site id field (default: site_id)</source>
      <translation>Site id field (default: site_id)</translation>
    </message>
    <message>
      <location filename="../processing/icu_hotspots.py" line="171" />
      <source>Spatial weights</source>
      <translation>Spatial weights</translation>
    </message>
    <message>
      <location filename="../processing/icu_hotspots.py" line="223" />
      <source>Stake matrix (rows heat 1→3; columns sensitivity 1→3)</source>
      <translation>Stake matrix (rows heat 1→3; columns sensitivity 1→3)</translation>
    </message>
    <message>
      <location filename="../processing/icu_hotspots.py" line="227" />
      <source>Stakes: overheating × population</source>
      <translation>Stakes: overheating × population</translation>
    </message>
    <message>
      <location filename="../processing/icu_hotspots.py" line="229" />
      <source>Stakes: overheating × sensitive ERP</source>
      <translation>Stakes: overheating × sensitive ERP</translation>
    </message>
    <message>
      <location filename="../gui/lizmap_dock.py" line="237" />
      <source>Stop the publication: the map already published stays as it was.</source>
      <translation>Stop the publication: the map already published stays as it was.</translation>
    </message>
    <message>
      <location filename="../processing/icu_hotspots.py" line="214" />
      <source>Summary territories (communes, EPCI)</source>
      <translation>Summary territories (communes, EPCI)</translation>
    </message>
    <message>
      <location filename="../processing/icu_hotspots.py" line="153" />
      <source>Surface temperature (raster, Landsat ST_B10, or points/polygons)</source>
      <translation>Surface temperature (raster, Landsat ST_B10, or points/polygons)</translation>
    </message>
    <message>
      <location filename="../processing/lizmap_publish.py" line="49" />
      <source>Target</source>
      <translation>Target</translation>
    </message>
    <message>
      <location filename="../processing/friches_mutability.py" line="48" />
      <source>Technological risks (ICPE/SIS points or PPRT zones)</source>
      <translation>Technological risks (ICPE/SIS points or PPRT zones)</translation>
    </message>
    <message>
      <location filename="../processing/icu_hotspots.py" line="156" />
      <source>Temperature field (vector temperature layer)</source>
      <translation>Temperature field (vector temperature layer)</translation>
    </message>
    <message>
      <location filename="../processing/icu_hotspots.py" line="187" />
      <source>Temperature of a unit from raster pixels</source>
      <translation>Temperature of a unit from raster pixels</translation>
    </message>
    <message>
      <location filename="../processing/icu_hotspots.py" line="375" />
      <source>Temperature raster read: {w}×{h} pixels, {crs}.</source>
      <translation>Temperature raster read: {w}×{h} pixels, {crs}.</translation>
    </message>
    <message>
      <location filename="../processing/icu_hotspots.py" line="158" />
      <source>Temperature reading</source>
      <translation>Temperature reading</translation>
    </message>
    <message>
      <location filename="../processing/zan_counters.py" line="115" />
      <source>Territorialised objectives (SRADDET, SCoT…)</source>
      <translation>Territorialised objectives (SRADDET, SCoT…)</translation>
    </message>
    <message>
      <location filename="../processing/zan_counters.py" line="102" />
      <source>Territories</source>
      <translation>Territories</translation>
    </message>
    <message>
      <location filename="../processing/icu_hotspots.py" line="216" />
      <source>Territory code field</source>
      <translation>Territory code field</translation>
    </message>
    <message>
      <location filename="../processing/icu_hotspots.py" line="217" />
      <source>Territory name field</source>
      <translation>Territory name field</translation>
    </message>
    <message>
      <location filename="../processing/lizmap_publish.py" line="67" />
      <source>Text shown in the map's information panel.</source>
      <translation>Text shown in the map's information panel.</translation>
    </message>
    <message>
      <location filename="../processing/lizmap_publish.py" line="71" />
      <source>The Lizmap repository folder on a disk or a mounted share.</source>
      <translation>The Lizmap repository folder on a disk or a mounted share.</translation>
    </message>
    <message>
      <location filename="../processing/lizmap_publish.py" line="85" />
      <source>The map is not listed on the Lizmap landing page; its link still works for those allowed.</source>
      <translation>The map is not listed on the Lizmap landing page; its link still works for those allowed.</translation>
    </message>
    <message>
      <location filename="../processing/lizmap_publish.py" line="66" />
      <source>Title shown by Lizmap and on the print layout.</source>
      <translation>Title shown by Lizmap and on the print layout.</translation>
    </message>
    <message>
      <location filename="../processing/icu_hotspots.py" line="200" />
      <source>Total population field (default Ind)</source>
      <translation>Total population field (default Ind)</translation>
    </message>
    <message>
      <location filename="../processing/friches_mutability.py" line="40" />
      <source>Town halls (centre-ville ≤ 1 km)</source>
      <translation>Town halls (centre-ville ≤ 1 km)</translation>
    </message>
    <message>
      <location filename="../processing/icu_hotspots.py" line="201" />
      <source>Under-4 population field(s)</source>
      <translation>Under-4 population field(s)</translation>
    </message>
    <message>
      <location filename="../processing/friches_mutability.py" line="46" />
      <source>Underground cavities (points)</source>
      <translation>Underground cavities (points)</translation>
    </message>
    <message>
      <location filename="../processing/icu_hotspots.py" line="165" />
      <source>Unit identifier field</source>
      <translation>Unit identifier field</translation>
    </message>
    <message>
      <location filename="../processing/icu_hotspots.py" line="100" />
      <source>Urban overheating: hot and cold spots (Gi*)</source>
      <translation>Urban overheating: hot and cold spots (Gi*)</translation>
    </message>
    <message>
      <location filename="../processing/lizmap_publish.py" line="225" />
      <source>Verified</source>
      <translation>Verified</translation>
    </message>
    <message>
      <location filename="../processing/lizmap_publish.py" line="301" />
      <source>Verified: {n} layers listed by GetCapabilities, GetMap image of {b} bytes.</source>
      <translation>Verified: {n} layers listed by GetCapabilities, GetMap image of {b} bytes.</translation>
    </message>
    <message>
      <location filename="../processing/lizmap_publish.py" line="60" />
      <source>Verify the published map (WMS)</source>
      <translation>Verify the published map (WMS)</translation>
    </message>
    <message>
      <location filename="../processing/lizmap_publish.py" line="215" />
      <source>Verify through this QGIS Server address</source>
      <translation>Verify through this QGIS Server address</translation>
    </message>
    <message>
      <location filename="../processing/lizmap_publish.py" line="79" />
      <source>Version the configuration targets; 'read from the instance' uses the instance address, else 3.8.</source>
      <translation>Version the configuration targets; 'read from the instance' uses the instance address, else 3.8.</translation>
    </message>
    <message>
      <location filename="../processing/lizmap_publish.py" line="222" />
      <source>Web map address</source>
      <translation>Web map address</translation>
    </message>
    <message>
      <location filename="../processing/lizmap_publish.py" line="306" />
      <source>Web map: {url}</source>
      <translation>Web map: {url}</translation>
    </message>
    <message>
      <location filename="../processing/lizmap_publish.py" line="223" />
      <source>Web project (staging copy)</source>
      <translation>Web project (staging copy)</translation>
    </message>
    <message>
      <location filename="../processing/lizmap_publish.py" line="287" />
      <source>Web project written: {path}</source>
      <translation>Web project written: {path}</translation>
    </message>
    <message>
      <location filename="../processing/lizmap_publish.py" line="51" />
      <source>WebDAV address of the repository folder</source>
      <translation>WebDAV address of the repository folder</translation>
    </message>
    <message>
      <location filename="../processing/lizmap_publish.py" line="187" />
      <source>WebDAV repository</source>
      <translation>WebDAV repository</translation>
    </message>
    <message>
      <location filename="../processing/friches_mutability.py" line="126" />
      <source>Weight sensitivity ± % (0 = none)</source>
      <translation>Weight sensitivity ± % (0 = none)</translation>
    </message>
    <message>
      <location filename="../processing/icu_hotspots.py" line="173" />
      <source>Weights file (GAL or GWT)</source>
      <translation>Weights file (GAL or GWT)</translation>
    </message>
    <message>
      <location filename="../processing/icu_hotspots.py" line="183" />
      <source>Weights file (GAL or GWT, ids = unit identifier field)</source>
      <translation>Weights file (GAL or GWT, ids = unit identifier field)</translation>
    </message>
    <message>
      <location filename="../processing/icu_hotspots.py" line="190" />
      <source>Weights standardisation (no effect on Gi*)</source>
      <translation>Weights standardisation (no effect on Gi*)</translation>
    </message>
    <message>
      <location filename="../processing/friches_mutability.py" line="57" />
      <source>Wetlands</source>
      <translation>Wetlands</translation>
    </message>
    <message>
      <location filename="../processing/zan_counters.py" line="140" />
      <source>ZAN counters</source>
      <translation>ZAN counters</translation>
    </message>
    <message>
      <location filename="../processing/zan_counters.py" line="64" />
      <source>ZAN counters (land consumption 2011–2030)</source>
      <translation>ZAN counters (land consumption 2011–2030)</translation>
    </message>
    <message>
      <location filename="../processing/zan_counters.py" line="175" />
      <source>ZAN counters – {level}</source>
      <translation>ZAN counters – {level}</translation>
    </message>
    <message>
      <location filename="../processing/zan_counters.py" line="144" />
      <source>ZAN report (HTML)</source>
      <translation>ZAN report (HTML)</translation>
    </message>
    <message>
      <location filename="../processing/zan_counters.py" line="182" />
      <source>ZAN trajectory 2011–2030</source>
      <translation>ZAN trajectory 2011–2030</translation>
    </message>
    <message>
      <location filename="../processing/zan_counters.py" line="142" />
      <source>ZAN trajectory by year</source>
      <translation>ZAN trajectory by year</translation>
    </message>
    <message>
      <location filename="../processing/base.py" line="32" />
      <source>ZAN – land consumption</source>
      <translation>ZAN – land consumption</translation>
    </message>
    <message>
      <location filename="../processing/zan_counters.py" line="173" />
      <source>communes</source>
      <translation>communes</translation>
    </message>
    <message>
      <location filename="../processing/lizmap_publish.py" line="72" />
      <source>e.g. https://carto.example.org/dav/observatoire/ (no login in the address: use the authentication).</source>
      <translation>e.g. https://carto.example.org/dav/observatoire/ (no login in the address: use the authentication).</translation>
    </message>
    <message>
      <location filename="../processing/lizmap_publish.py" line="74" />
      <source>e.g. https://carto.example.org/lizmap/ — its version and repositories are read from it, the published map is checked through it and its link is given.</source>
      <translation>e.g. https://carto.example.org/lizmap/ — its version and repositories are read from it, the published map is checked through it and its link is given.</translation>
    </message>
    <message>
      <location filename="../processing/icu_hotspots.py" line="172" />
      <source>k nearest neighbours</source>
      <translation>k nearest neighbours</translation>
    </message>
    <message>
      <location filename="../gui/lizmap_dock.py" line="192" />
      <source>optional: verify through QGIS Server directly</source>
      <translation>optional: verify through QGIS Server directly</translation>
    </message>
    <message>
      <location filename="../gui/lizmap_dock.py" line="287" />
      <source>raster</source>
      <translation>raster</translation>
    </message>
    <message>
      <location filename="../processing/lizmap_publish.py" line="201" />
      <source>read from the instance (else 3.8)</source>
      <translation>read from the instance (else 3.8)</translation>
    </message>
    <message>
      <location filename="../gui/lizmap_dock.py" line="286" />
      <source>table</source>
      <translation>table</translation>
    </message>
    <message>
      <location filename="../processing/zan_counters.py" line="174" />
      <source>territories</source>
      <translation>territories</translation>
    </message>
    <message>
      <location filename="../processing/icu_hotspots.py" line="291" />
      <source>{key}: not produced (its input layer is missing).</source>
      <translation>{key}: not produced (its input layer is missing).</translation>
    </message>
    <message>
      <location filename="../processing/friches_mutability.py" line="184" />
      <source>{n} features merged into {m} multi-parcel sites.</source>
      <translation>{n} features merged into {m} multi-parcel sites.</translation>
    </message>
    <message>
      <location filename="../gui/lizmap_dock.py" line="418" />
      <source>{n} repositories.</source>
      <translation>{n} repositories.</translation>
    </message>
    <message>
      <location filename="../processing/zan_counters.py" line="163" />
      <source>{n} territories computed.</source>
      <translation>{n} territories computed.</translation>
    </message>
  </context>
</TS>
