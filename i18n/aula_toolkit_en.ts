<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="en">
  <context>
    <name>AulaToolkit</name>
    <message>
      <location filename="../processing/tvb_continuity.py" line="167" />
      <source>1.4142136 (Graphab)</source>
      <translation>1.4142136 (Graphab)</translation>
    </message>
    <message>
      <location filename="../processing/icu_hotspots.py" line="203" />
      <source>65-or-over field(s)</source>
      <translation>65-or-over field(s)</translation>
    </message>
    <message>
      <location filename="../processing/icu_hotspots.py" line="85" />
      <source>&lt;p&gt;&lt;b&gt;Hot/cold spots raster (grid)&lt;/b&gt;: a GeoTIFF on the computation grid, band 1 the Gi* z-score, band 2 the class (−3…+3), styled like the polygons. For very large grids, produce it and leave the polygon output empty: it is then optional.&lt;/p&gt;</source>
      <translation>&lt;p&gt;&lt;b&gt;Hot/cold spots raster (grid)&lt;/b&gt;: a GeoTIFF on the computation grid, band 1 the Gi* z-score, band 2 the class (−3…+3), styled like the polygons. For very large grids, produce it and leave the polygon output empty: it is then optional.&lt;/p&gt;</translation>
    </message>
    <message>
      <location filename="../processing/zae_inventory.py" line="44" />
      <source>&lt;p&gt;Builds the inventory of business zones required by article L318-8-2 of the Code de l'urbanisme: per zone, the land units with their area and owner, the occupants, the legal vacancy rate and the land still available, in the CNIG Sites économiques standard. A land unit groups contiguous parcels of the same owner; it is occupied when a SIRENE establishment (SCI excluded) located in it was active in the two years before 1 January of the inventory year, vacant when it is not occupied but had an activity before or holds a LOCOMVAC vacant premise. The part of a zone outside its parcels (roads, public domain) is measured on its own, so the surface closure check can reveal overlapping parcels; zones closer than the pole distance form an economic pole.&lt;/p&gt;&lt;h3&gt;In the form&lt;/h3&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;Business zones (or PLU zoning)&lt;/b&gt;: perimeters, or the PLU zones of economic activity.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Cadastral parcels (Etalab)&lt;/b&gt;; &lt;b&gt;Parcel owners (DGFiP)&lt;/b&gt; (optional: without it every parcel is a unit).&lt;/li&gt;&lt;li&gt;&lt;b&gt;Vacant business premises (LOCOMVAC, DGFiP)&lt;/b&gt; (optional): the yearly file sent to communes and EPCI, as delivered.&lt;/li&gt;&lt;li&gt;&lt;b&gt;SIRENE establishments&lt;/b&gt;: the stock or geolocated file, or a point layer.&lt;/li&gt;&lt;li&gt;Optional: &lt;b&gt;Buildings (BD TOPO)&lt;/b&gt;, &lt;b&gt;Brownfields (Cartofriches)&lt;/b&gt;, &lt;b&gt;Aménagement stage per parcel&lt;/b&gt;; &lt;b&gt;Inventory year&lt;/b&gt;.&lt;/li&gt;&lt;li&gt;Under &lt;i&gt;Advanced&lt;/i&gt;: SIRENE geolocation, communes and EPCI, thresholds of contiguity, occupancy and availability, &lt;b&gt;Economic pole: sites closer than (m, 0 = none)&lt;/b&gt;, &lt;b&gt;Report language&lt;/b&gt;.&lt;/li&gt;&lt;/ul&gt;&lt;h3&gt;Results&lt;/h3&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;ZAE inventory (CNIG GeoPackage)&lt;/b&gt;: the standard's template filled.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Land units (UF-ECO)&lt;/b&gt; and &lt;b&gt;ZAE summary per zone&lt;/b&gt;: legal and surface vacancy rates side by side.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Reports folder&lt;/b&gt;: one HTML page per EPCI, readable offline.&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;Natural persons' names are never exported. Rules, field names and the CNIG layout: the &lt;i&gt;Help&lt;/i&gt; button opens the full documentation.&lt;/p&gt;</source>
      <translation>&lt;p&gt;Builds the inventory of business zones required by article L318-8-2 of the Code de l'urbanisme: per zone, the land units with their area and owner, the occupants, the legal vacancy rate and the land still available, in the CNIG Sites économiques standard. A land unit groups contiguous parcels of the same owner; it is occupied when a SIRENE establishment (SCI excluded) located in it was active in the two years before 1 January of the inventory year, vacant when it is not occupied but had an activity before or holds a LOCOMVAC vacant premise. The part of a zone outside its parcels (roads, public domain) is measured on its own, so the surface closure check can reveal overlapping parcels; zones closer than the pole distance form an economic pole.&lt;/p&gt;&lt;h3&gt;In the form&lt;/h3&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;Business zones (or PLU zoning)&lt;/b&gt;: perimeters, or the PLU zones of economic activity.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Cadastral parcels (Etalab)&lt;/b&gt;; &lt;b&gt;Parcel owners (DGFiP)&lt;/b&gt; (optional: without it every parcel is a unit).&lt;/li&gt;&lt;li&gt;&lt;b&gt;Vacant business premises (LOCOMVAC, DGFiP)&lt;/b&gt; (optional): the yearly file sent to communes and EPCI, as delivered.&lt;/li&gt;&lt;li&gt;&lt;b&gt;SIRENE establishments&lt;/b&gt;: the stock or geolocated file, or a point layer.&lt;/li&gt;&lt;li&gt;Optional: &lt;b&gt;Buildings (BD TOPO)&lt;/b&gt;, &lt;b&gt;Brownfields (Cartofriches)&lt;/b&gt;, &lt;b&gt;Aménagement stage per parcel&lt;/b&gt;; &lt;b&gt;Inventory year&lt;/b&gt;.&lt;/li&gt;&lt;li&gt;Under &lt;i&gt;Advanced&lt;/i&gt;: SIRENE geolocation, communes and EPCI, thresholds of contiguity, occupancy and availability, &lt;b&gt;Economic pole: sites closer than (m, 0 = none)&lt;/b&gt;, &lt;b&gt;Report language&lt;/b&gt;.&lt;/li&gt;&lt;/ul&gt;&lt;h3&gt;Results&lt;/h3&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;ZAE inventory (CNIG GeoPackage)&lt;/b&gt;: the standard's template filled.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Land units (UF-ECO)&lt;/b&gt; and &lt;b&gt;ZAE summary per zone&lt;/b&gt;: legal and surface vacancy rates side by side.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Reports folder&lt;/b&gt;: one HTML page per EPCI, readable offline.&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;Natural persons' names are never exported. Rules, field names and the CNIG layout: the &lt;i&gt;Help&lt;/i&gt; button opens the full documentation.&lt;/p&gt;</translation>
    </message>
    <message>
      <location filename="../processing/zan_counters.py" line="35" />
      <source>&lt;p&gt;Computes, for each territory, the ZAN counters of land consumption from the Cerema file: the 2011–2020 reference, the 2021–2030 envelope with the 1 ha garantie communale, what has been consumed since 2021, the projection to 2030 at the current pace and a status (on track, will exceed, already exceeded). The envelope is the reference reduced by the objective; the guarantee raises each covered commune to 1 ha at least.&lt;/p&gt;&lt;h3&gt;In the form&lt;/h3&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;Cerema consumption file&lt;/b&gt;: the communal file of the Cerema (any millésime, CSV or table) or its API long layout.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Territories&lt;/b&gt;: communes, the EPCI or SCoT of the file, or your &lt;b&gt;Membership table&lt;/b&gt; (commune → territory).&lt;/li&gt;&lt;li&gt;&lt;b&gt;Commune polygons&lt;/b&gt; (optional): to draw the territories on the map.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Territorialised objectives&lt;/b&gt; (optional), otherwise the &lt;b&gt;Default reduction objective (%)&lt;/b&gt;; &lt;b&gt;Garantie communale of 1 ha&lt;/b&gt;: all communes, only those listed, or none.&lt;/li&gt;&lt;li&gt;Under &lt;i&gt;Advanced&lt;/i&gt;: PENE consumption to deduct, guarantee pooled at EPCI level, &lt;b&gt;Report language&lt;/b&gt;.&lt;/li&gt;&lt;/ul&gt;&lt;h3&gt;Results&lt;/h3&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;ZAN counters&lt;/b&gt;: one territory per feature, coloured by status.&lt;/li&gt;&lt;li&gt;&lt;b&gt;ZAN trajectory by year&lt;/b&gt;: observed and allowed consumption, 2011–2030.&lt;/li&gt;&lt;li&gt;&lt;b&gt;ZAN report&lt;/b&gt;: an HTML page with a chart per territory, readable offline.&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;Field names, rules and examples: the &lt;i&gt;Help&lt;/i&gt; button opens the full documentation.&lt;/p&gt;</source>
      <translation>&lt;p&gt;Computes, for each territory, the ZAN counters of land consumption from the Cerema file: the 2011–2020 reference, the 2021–2030 envelope with the 1 ha garantie communale, what has been consumed since 2021, the projection to 2030 at the current pace and a status (on track, will exceed, already exceeded). The envelope is the reference reduced by the objective; the guarantee raises each covered commune to 1 ha at least.&lt;/p&gt;&lt;h3&gt;In the form&lt;/h3&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;Cerema consumption file&lt;/b&gt;: the communal file of the Cerema (any millésime, CSV or table) or its API long layout.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Territories&lt;/b&gt;: communes, the EPCI or SCoT of the file, or your &lt;b&gt;Membership table&lt;/b&gt; (commune → territory).&lt;/li&gt;&lt;li&gt;&lt;b&gt;Commune polygons&lt;/b&gt; (optional): to draw the territories on the map.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Territorialised objectives&lt;/b&gt; (optional), otherwise the &lt;b&gt;Default reduction objective (%)&lt;/b&gt;; &lt;b&gt;Garantie communale of 1 ha&lt;/b&gt;: all communes, only those listed, or none.&lt;/li&gt;&lt;li&gt;Under &lt;i&gt;Advanced&lt;/i&gt;: PENE consumption to deduct, guarantee pooled at EPCI level, &lt;b&gt;Report language&lt;/b&gt;.&lt;/li&gt;&lt;/ul&gt;&lt;h3&gt;Results&lt;/h3&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;ZAN counters&lt;/b&gt;: one territory per feature, coloured by status.&lt;/li&gt;&lt;li&gt;&lt;b&gt;ZAN trajectory by year&lt;/b&gt;: observed and allowed consumption, 2011–2030.&lt;/li&gt;&lt;li&gt;&lt;b&gt;ZAN report&lt;/b&gt;: an HTML page with a chart per territory, readable offline.&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;Field names, rules and examples: the &lt;i&gt;Help&lt;/i&gt; button opens the full documentation.&lt;/p&gt;</translation>
    </message>
    <message>
      <location filename="../processing/tvb_continuity.py" line="52" />
      <source>&lt;p&gt;Draws the green and blue network (trame verte et bleue) of one sous-trame: réservoirs of habitat, least-cost links and corridors between them, the connectivity graph with its indices, and the points where roads and railways cut the links (points noirs). Each land-cover class gets a friction; the cost of moving between réservoirs gives a dispersal probability, from which the PC, EC and IIC indices and the importance (dPC) of each réservoir and link are computed as in Conefor and Graphab.&lt;/p&gt;&lt;h3&gt;In the form&lt;/h3&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;Land cover&lt;/b&gt;: a class raster, or polygons with a &lt;b&gt;Land-cover class field&lt;/b&gt; rasterised at the &lt;b&gt;Cell size for polygons&lt;/b&gt;.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Friction table&lt;/b&gt;: a CSV in BioDispersal's layout (or, under &lt;i&gt;Advanced&lt;/i&gt;, a table of codes and frictions); &lt;b&gt;Sous-trame&lt;/b&gt; picks its column and names the results.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Habitat class codes&lt;/b&gt;, or a &lt;b&gt;Réservoirs layer&lt;/b&gt;; &lt;b&gt;Minimum patch area&lt;/b&gt;.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Dispersal distance&lt;/b&gt; and &lt;b&gt;Probability at that distance&lt;/b&gt;; &lt;b&gt;Links&lt;/b&gt;: planar (touching cost zones, or Graphab's Euclidean Voronoi neighbours) or complete.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Barriers&lt;/b&gt; (optional): roads, railways, with their &lt;b&gt;Barrier transparency&lt;/b&gt; (1 = crossings only detected, 0 = impassable).&lt;/li&gt;&lt;li&gt;Under &lt;i&gt;Advanced&lt;/i&gt;: corridor tolerance, diagonal step, units of the importances, landscape area, links crossing another réservoir, &lt;b&gt;Report language&lt;/b&gt;.&lt;/li&gt;&lt;/ul&gt;&lt;h3&gt;Results&lt;/h3&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;Réservoirs&lt;/b&gt; and &lt;b&gt;Links&lt;/b&gt; with their importance, &lt;b&gt;Least-cost paths&lt;/b&gt;, &lt;b&gt;Corridors&lt;/b&gt; (raster and polygons).&lt;/li&gt;&lt;li&gt;&lt;b&gt;Conflict points&lt;/b&gt;: where paths cross barriers, ranked by the importance of the link they cut.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Global connectivity indices&lt;/b&gt;, Conefor files, the friction table used, the accumulated cost and an HTML &lt;b&gt;report&lt;/b&gt; readable offline.&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;Formulas, field names and references: the &lt;i&gt;Help&lt;/i&gt; button opens the full documentation.&lt;/p&gt;</source>
      <translation>&lt;p&gt;Draws the green and blue network (trame verte et bleue) of one sous-trame: réservoirs of habitat, least-cost links and corridors between them, the connectivity graph with its indices, and the points where roads and railways cut the links (points noirs). Each land-cover class gets a friction; the cost of moving between réservoirs gives a dispersal probability, from which the PC, EC and IIC indices and the importance (dPC) of each réservoir and link are computed as in Conefor and Graphab.&lt;/p&gt;&lt;h3&gt;In the form&lt;/h3&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;Land cover&lt;/b&gt;: a class raster, or polygons with a &lt;b&gt;Land-cover class field&lt;/b&gt; rasterised at the &lt;b&gt;Cell size for polygons&lt;/b&gt;.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Friction table&lt;/b&gt;: a CSV in BioDispersal's layout (or, under &lt;i&gt;Advanced&lt;/i&gt;, a table of codes and frictions); &lt;b&gt;Sous-trame&lt;/b&gt; picks its column and names the results.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Habitat class codes&lt;/b&gt;, or a &lt;b&gt;Réservoirs layer&lt;/b&gt;; &lt;b&gt;Minimum patch area&lt;/b&gt;.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Dispersal distance&lt;/b&gt; and &lt;b&gt;Probability at that distance&lt;/b&gt;; &lt;b&gt;Links&lt;/b&gt;: planar (touching cost zones, or Graphab's Euclidean Voronoi neighbours) or complete.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Barriers&lt;/b&gt; (optional): roads, railways, with their &lt;b&gt;Barrier transparency&lt;/b&gt; (1 = crossings only detected, 0 = impassable).&lt;/li&gt;&lt;li&gt;Under &lt;i&gt;Advanced&lt;/i&gt;: corridor tolerance, diagonal step, units of the importances, landscape area, links crossing another réservoir, &lt;b&gt;Report language&lt;/b&gt;.&lt;/li&gt;&lt;/ul&gt;&lt;h3&gt;Results&lt;/h3&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;Réservoirs&lt;/b&gt; and &lt;b&gt;Links&lt;/b&gt; with their importance, &lt;b&gt;Least-cost paths&lt;/b&gt;, &lt;b&gt;Corridors&lt;/b&gt; (raster and polygons).&lt;/li&gt;&lt;li&gt;&lt;b&gt;Conflict points&lt;/b&gt;: where paths cross barriers, ranked by the importance of the link they cut.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Global connectivity indices&lt;/b&gt;, Conefor files, the friction table used, the accumulated cost and an HTML &lt;b&gt;report&lt;/b&gt; readable offline.&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;Formulas, field names and references: the &lt;i&gt;Help&lt;/i&gt; button opens the full documentation.&lt;/p&gt;</translation>
    </message>
    <message>
      <location filename="../processing/icu_hotspots.py" line="63" />
      <source>&lt;p&gt;Finds where the territory is significantly warmer (hot spots) or cooler (cool islands) than the whole area, from a land surface temperature, and crosses the hot spots with the population and the sensitive establishments to target greening. Each unit (a 200 m square of the INSEE grid by default) is compared with its neighbours: a hot spot is a group of warm units too marked to be chance, at 90, 95 or 99 % confidence.&lt;/p&gt;&lt;h3&gt;In the form&lt;/h3&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;Surface temperature&lt;/b&gt;: a raster in °C or K, a Landsat ST_B10 band as downloaded, or points/polygons with a &lt;b&gt;Temperature field&lt;/b&gt;; &lt;b&gt;Temperature reading&lt;/b&gt; is found from the values unless you force it.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Analysis units&lt;/b&gt; (optional): IRIS or blocks; empty = the 200 m INSEE grid (&lt;b&gt;Grid cell size&lt;/b&gt;).&lt;/li&gt;&lt;li&gt;&lt;b&gt;Spatial weights&lt;/b&gt;: &lt;i&gt;Distance band&lt;/i&gt; uses &lt;b&gt;If distance band: distance&lt;/b&gt; (0 = the smallest distance giving every unit a neighbour), &lt;i&gt;k nearest neighbours&lt;/i&gt; uses &lt;b&gt;If k nearest: number of neighbours&lt;/b&gt;, &lt;i&gt;queen&lt;/i&gt; or &lt;i&gt;rook contiguity&lt;/i&gt; the polygons' shared sides, &lt;i&gt;Weights file&lt;/i&gt; a GAL or GWT file (tolerance and file under &lt;i&gt;Advanced&lt;/i&gt;); the other settings are ignored.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Population&lt;/b&gt; (optional, INSEE Filosofi squares), &lt;b&gt;Sensitive establishments (ERP)&lt;/b&gt; (optional, schools, crèches, care homes…), &lt;b&gt;Summary territories&lt;/b&gt; (optional, communes or EPCI).&lt;/li&gt;&lt;li&gt;Under &lt;i&gt;Advanced&lt;/i&gt;: permutations, stake thresholds and matrix, &lt;b&gt;Report language&lt;/b&gt;.&lt;/li&gt;&lt;/ul&gt;&lt;h3&gt;Results&lt;/h3&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;Hot and cold spots&lt;/b&gt;: each unit with its temperature and class.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Stakes&lt;/b&gt;: overheating × population and × sensitive establishments.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Summary per territory&lt;/b&gt; and an HTML &lt;b&gt;report&lt;/b&gt; readable offline.&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;Statistics (Gi*, p-values, FDR), thresholds and field names: the &lt;i&gt;Help&lt;/i&gt; button opens the full documentation.&lt;/p&gt;</source>
      <translation>&lt;p&gt;Finds where the territory is significantly warmer (hot spots) or cooler (cool islands) than the whole area, from a land surface temperature, and crosses the hot spots with the population and the sensitive establishments to target greening. Each unit (a 200 m square of the INSEE grid by default) is compared with its neighbours: a hot spot is a group of warm units too marked to be chance, at 90, 95 or 99 % confidence.&lt;/p&gt;&lt;h3&gt;In the form&lt;/h3&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;Surface temperature&lt;/b&gt;: a raster in °C or K, a Landsat ST_B10 band as downloaded, or points/polygons with a &lt;b&gt;Temperature field&lt;/b&gt;; &lt;b&gt;Temperature reading&lt;/b&gt; is found from the values unless you force it.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Analysis units&lt;/b&gt; (optional): IRIS or blocks; empty = the 200 m INSEE grid (&lt;b&gt;Grid cell size&lt;/b&gt;).&lt;/li&gt;&lt;li&gt;&lt;b&gt;Spatial weights&lt;/b&gt;: &lt;i&gt;Distance band&lt;/i&gt; uses &lt;b&gt;If distance band: distance&lt;/b&gt; (0 = the smallest distance giving every unit a neighbour), &lt;i&gt;k nearest neighbours&lt;/i&gt; uses &lt;b&gt;If k nearest: number of neighbours&lt;/b&gt;, &lt;i&gt;queen&lt;/i&gt; or &lt;i&gt;rook contiguity&lt;/i&gt; the polygons' shared sides, &lt;i&gt;Weights file&lt;/i&gt; a GAL or GWT file (tolerance and file under &lt;i&gt;Advanced&lt;/i&gt;); the other settings are ignored.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Population&lt;/b&gt; (optional, INSEE Filosofi squares), &lt;b&gt;Sensitive establishments (ERP)&lt;/b&gt; (optional, schools, crèches, care homes…), &lt;b&gt;Summary territories&lt;/b&gt; (optional, communes or EPCI).&lt;/li&gt;&lt;li&gt;Under &lt;i&gt;Advanced&lt;/i&gt;: permutations, stake thresholds and matrix, &lt;b&gt;Report language&lt;/b&gt;.&lt;/li&gt;&lt;/ul&gt;&lt;h3&gt;Results&lt;/h3&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;Hot and cold spots&lt;/b&gt;: each unit with its temperature and class.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Stakes&lt;/b&gt;: overheating × population and × sensitive establishments.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Summary per territory&lt;/b&gt; and an HTML &lt;b&gt;report&lt;/b&gt; readable offline.&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;Statistics (Gi*, p-values, FDR), thresholds and field names: the &lt;i&gt;Help&lt;/i&gt; button opens the full documentation.&lt;/p&gt;</translation>
    </message>
    <message>
      <location filename="../processing/ocsge_to_postgis.py" line="25" />
      <source>&lt;p&gt;Loads IGN OCS GE artificialisation deliveries (stock and difference layers of one or many départements, 7z archives unpacked) into a PostGIS schema, ready for the net artificialisation to run inside the database. Each product gets one table with the département and millésime as columns and a spatial index; reloading a département and millésime replaces its rows in one transaction, so a failed load leaves the previous rows untouched.&lt;/p&gt;&lt;h3&gt;In the form&lt;/h3&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;IGN deliveries (folder or GeoPackage)&lt;/b&gt;: searched through subfolders.&lt;/li&gt;&lt;li&gt;&lt;b&gt;PostgreSQL connection&lt;/b&gt;: one of QGIS's connections (its credentials or authentication configuration); &lt;b&gt;Schema&lt;/b&gt;: created if needed.&lt;/li&gt;&lt;li&gt;Under &lt;i&gt;Advanced&lt;/i&gt;: the names of the tables.&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;Table layout and examples: the &lt;i&gt;Help&lt;/i&gt; button opens the full documentation.&lt;/p&gt;</source>
      <translation>&lt;p&gt;Loads IGN OCS GE artificialisation deliveries (stock and difference layers of one or many départements, 7z archives unpacked) into a PostGIS schema, ready for the net artificialisation to run inside the database. Each product gets one table with the département and millésime as columns and a spatial index; reloading a département and millésime replaces its rows in one transaction, so a failed load leaves the previous rows untouched.&lt;/p&gt;&lt;h3&gt;In the form&lt;/h3&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;IGN deliveries (folder or GeoPackage)&lt;/b&gt;: searched through subfolders.&lt;/li&gt;&lt;li&gt;&lt;b&gt;PostgreSQL connection&lt;/b&gt;: one of QGIS's connections (its credentials or authentication configuration); &lt;b&gt;Schema&lt;/b&gt;: created if needed.&lt;/li&gt;&lt;li&gt;Under &lt;i&gt;Advanced&lt;/i&gt;: the names of the tables.&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;Table layout and examples: the &lt;i&gt;Help&lt;/i&gt; button opens the full documentation.&lt;/p&gt;</translation>
    </message>
    <message>
      <location filename="../processing/zan_net_artificialisation.py" line="38" />
      <source>&lt;p&gt;Net artificialisation of each territory between two OCS GE millésimes, the ZAN measure from 2031: land that became artificial minus land renatured, with the artificial stock at each millésime. Polygons are cut by the communes and measured in Lambert-93; the result is checked against the change of the stocks (0.5 ha tolerance, as Mon Diagnostic Artificialisation).&lt;/p&gt;&lt;h3&gt;In the form&lt;/h3&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;OCS GE stock, first millésime&lt;/b&gt;, &lt;b&gt;OCS GE stock, last millésime&lt;/b&gt;, &lt;b&gt;OCS GE difference&lt;/b&gt;: IGN layers as a GeoPackage, a folder of unpacked deliveries (one or several départements) or PostGIS tables; the difference alone, or the two stocks alone, are enough.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Communes (polygons)&lt;/b&gt;, grouped into EPCI, SCoT or any territory by a &lt;b&gt;Membership table&lt;/b&gt; (optional).&lt;/li&gt;&lt;li&gt;&lt;b&gt;Artificial land&lt;/b&gt;: IGN's artif field, or the cover × use matrix followed by the thresholds of the décret of 27 November 2023.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Cerema consumption file&lt;/b&gt; (optional): for the 2011–2050 trajectory of the report.&lt;/li&gt;&lt;li&gt;Under &lt;i&gt;Advanced&lt;/i&gt;: the PostGIS results table, &lt;b&gt;Report language&lt;/b&gt;.&lt;/li&gt;&lt;/ul&gt;&lt;h3&gt;Results&lt;/h3&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;Net artificialisation&lt;/b&gt;: one territory per feature.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Artificialised / renatured polygons&lt;/b&gt;: with cover and use before and after.&lt;/li&gt;&lt;li&gt;An HTML &lt;b&gt;report&lt;/b&gt; with the 2011–2050 trajectory of each territory, readable offline.&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;Rules, field names and the PostGIS path: the &lt;i&gt;Help&lt;/i&gt; button opens the full documentation.&lt;/p&gt;</source>
      <translation>&lt;p&gt;Net artificialisation of each territory between two OCS GE millésimes, the ZAN measure from 2031: land that became artificial minus land renatured, with the artificial stock at each millésime. Polygons are cut by the communes and measured in Lambert-93; the result is checked against the change of the stocks (0.5 ha tolerance, as Mon Diagnostic Artificialisation).&lt;/p&gt;&lt;h3&gt;In the form&lt;/h3&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;OCS GE stock, first millésime&lt;/b&gt;, &lt;b&gt;OCS GE stock, last millésime&lt;/b&gt;, &lt;b&gt;OCS GE difference&lt;/b&gt;: IGN layers as a GeoPackage, a folder of unpacked deliveries (one or several départements) or PostGIS tables; the difference alone, or the two stocks alone, are enough.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Communes (polygons)&lt;/b&gt;, grouped into EPCI, SCoT or any territory by a &lt;b&gt;Membership table&lt;/b&gt; (optional).&lt;/li&gt;&lt;li&gt;&lt;b&gt;Artificial land&lt;/b&gt;: IGN's artif field, or the cover × use matrix followed by the thresholds of the décret of 27 November 2023.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Cerema consumption file&lt;/b&gt; (optional): for the 2011–2050 trajectory of the report.&lt;/li&gt;&lt;li&gt;Under &lt;i&gt;Advanced&lt;/i&gt;: the PostGIS results table, &lt;b&gt;Report language&lt;/b&gt;.&lt;/li&gt;&lt;/ul&gt;&lt;h3&gt;Results&lt;/h3&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;Net artificialisation&lt;/b&gt;: one territory per feature.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Artificialised / renatured polygons&lt;/b&gt;: with cover and use before and after.&lt;/li&gt;&lt;li&gt;An HTML &lt;b&gt;report&lt;/b&gt; with the 2011–2050 trajectory of each territory, readable offline.&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;Rules, field names and the PostGIS path: the &lt;i&gt;Help&lt;/i&gt; button opens the full documentation.&lt;/p&gt;</translation>
    </message>
    <message>
      <location filename="../processing/lizmap_publish.py" line="91" />
      <source>&lt;p&gt;Publishes result layers as a Lizmap observatory map: a clean web project (layers copied into one GeoPackage beside it, rasters as GeoTIFF, styles and French field names kept, one group per algorithm, tables without geometry in the hidden group) and its Lizmap configuration (popups, attribute tables, tooltips, filters by EPCI and commune, charts for the ZAN trajectory and the brownfields), with background maps, an A4 landscape print layout and access rights.&lt;/p&gt;&lt;h3&gt;In the form&lt;/h3&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;Result layers to publish&lt;/b&gt;, &lt;b&gt;Map title&lt;/b&gt;, &lt;b&gt;Map abstract&lt;/b&gt;, &lt;b&gt;Project name in the repository&lt;/b&gt;.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Target&lt;/b&gt;: a &lt;b&gt;Local repository folder&lt;/b&gt; (disk or mounted share) or the &lt;b&gt;WebDAV address of the repository folder&lt;/b&gt; with an &lt;b&gt;Authentication&lt;/b&gt; of QGIS (the password is never written anywhere; QGIS's proxy, SSL exceptions and timeout apply).&lt;/li&gt;&lt;li&gt;&lt;b&gt;Lizmap Web Client address&lt;/b&gt;: its version and repositories are read from it; otherwise choose the &lt;b&gt;Lizmap Web Client version&lt;/b&gt; (3.7 to 3.10) and type the &lt;b&gt;Lizmap repository id&lt;/b&gt;.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Background maps&lt;/b&gt; (Plan IGN by default, IGN aerial photographs, OpenStreetMap), &lt;b&gt;Agency logo for the print layout&lt;/b&gt;.&lt;/li&gt;&lt;li&gt;Access: &lt;b&gt;Lizmap groups allowed to see the map&lt;/b&gt;, &lt;b&gt;Lizmap groups per layer&lt;/b&gt;, &lt;b&gt;Hide the map from the landing page&lt;/b&gt;.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Verify the published map (WMS)&lt;/b&gt;: every layer must be listed and the map must draw.&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;Publishing is locked per project name and all-or-nothing: the data goes under a new versioned name that only the new project uses, so an interrupted publication leaves the published map as it was; the previous project is kept as a backup. Republishing keeps what an administrator changed in the configuration and does not send unchanged data again. The same publishing is available as the &lt;i&gt;AULA Toolkit — Lizmap&lt;/i&gt; panel (menu &lt;i&gt;Web&lt;/i&gt;); the &lt;i&gt;Help&lt;/i&gt; button opens the full documentation.&lt;/p&gt;</source>
      <translation>&lt;p&gt;Publishes result layers as a Lizmap observatory map: a clean web project (layers copied into one GeoPackage beside it, rasters as GeoTIFF, styles and French field names kept, one group per algorithm, tables without geometry in the hidden group) and its Lizmap configuration (popups, attribute tables, tooltips, filters by EPCI and commune, charts for the ZAN trajectory and the brownfields), with background maps, an A4 landscape print layout and access rights.&lt;/p&gt;&lt;h3&gt;In the form&lt;/h3&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;Result layers to publish&lt;/b&gt;, &lt;b&gt;Map title&lt;/b&gt;, &lt;b&gt;Map abstract&lt;/b&gt;, &lt;b&gt;Project name in the repository&lt;/b&gt;.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Target&lt;/b&gt;: a &lt;b&gt;Local repository folder&lt;/b&gt; (disk or mounted share) or the &lt;b&gt;WebDAV address of the repository folder&lt;/b&gt; with an &lt;b&gt;Authentication&lt;/b&gt; of QGIS (the password is never written anywhere; QGIS's proxy, SSL exceptions and timeout apply).&lt;/li&gt;&lt;li&gt;&lt;b&gt;Lizmap Web Client address&lt;/b&gt;: its version and repositories are read from it; otherwise choose the &lt;b&gt;Lizmap Web Client version&lt;/b&gt; (3.7 to 3.10) and type the &lt;b&gt;Lizmap repository id&lt;/b&gt;.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Background maps&lt;/b&gt; (Plan IGN by default, IGN aerial photographs, OpenStreetMap), &lt;b&gt;Agency logo for the print layout&lt;/b&gt;.&lt;/li&gt;&lt;li&gt;Access: &lt;b&gt;Lizmap groups allowed to see the map&lt;/b&gt;, &lt;b&gt;Lizmap groups per layer&lt;/b&gt;, &lt;b&gt;Hide the map from the landing page&lt;/b&gt;.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Verify the published map (WMS)&lt;/b&gt;: every layer must be listed and the map must draw.&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;Publishing is locked per project name and all-or-nothing: the data goes under a new versioned name that only the new project uses, so an interrupted publication leaves the published map as it was; the previous project is kept as a backup. Republishing keeps what an administrator changed in the configuration and does not send unchanged data again. The same publishing is available as the &lt;i&gt;AULA Toolkit — Lizmap&lt;/i&gt; panel (menu &lt;i&gt;Web&lt;/i&gt;); the &lt;i&gt;Help&lt;/i&gt; button opens the full documentation.&lt;/p&gt;</translation>
    </message>
    <message>
      <location filename="../processing/friches_mutability.py" line="73" />
      <source>&lt;p&gt;Scores every brownfield site of a layer for the seven Mutafriches uses (housing, public facilities, culture, offices, industry, renaturation, ground-mounted solar) at once, offline. Each criterion (area, distance to a stop, flood zone, zoning…) gives the site advantages or constraints for each use, weighted by the grid; the mutability index of a use is its advantages over advantages plus constraints, and a missing criterion lowers the reliability instead of being guessed.&lt;/p&gt;&lt;h3&gt;In the form&lt;/h3&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;Brownfield sites&lt;/b&gt;: points or polygons, e.g. a Cartofriches export or the CNIG Friches standard; parcels sharing a site id are one site.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Scoring grid&lt;/b&gt;: Mutafriches v1.11, v1.16 or v1.19, or &lt;b&gt;Your own grid&lt;/b&gt;.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Context GeoPackage&lt;/b&gt;: the town halls, stops, flood zones, PLU zoning… are found in it by their names (e.g. &lt;i&gt;mairies&lt;/i&gt;, &lt;i&gt;arrets_tc&lt;/i&gt;, &lt;i&gt;zones_inondables&lt;/i&gt;, &lt;i&gt;zonage_plu&lt;/i&gt;); tick &lt;b&gt;Also look in the project's layers&lt;/b&gt; to take them from the project. Under &lt;i&gt;Advanced&lt;/i&gt;, one picker per context layer chooses or replaces a layer by hand.&lt;/li&gt;&lt;li&gt;Under &lt;i&gt;Advanced&lt;/i&gt;: weight sensitivity, &lt;b&gt;Report language&lt;/b&gt;.&lt;/li&gt;&lt;/ul&gt;&lt;h3&gt;Results&lt;/h3&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;Friches mutability&lt;/b&gt;: each site with its index and rank per use, best use, potential and reliability.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Details&lt;/b&gt; (optional): why, site × use × criterion.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Report&lt;/b&gt;: a sortable table of every site and one card per site, readable offline.&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;Field names, layer names recognised and the grid format: the &lt;i&gt;Help&lt;/i&gt; button opens the full documentation.&lt;/p&gt;</source>
      <translation>&lt;p&gt;Scores every brownfield site of a layer for the seven Mutafriches uses (housing, public facilities, culture, offices, industry, renaturation, ground-mounted solar) at once, offline. Each criterion (area, distance to a stop, flood zone, zoning…) gives the site advantages or constraints for each use, weighted by the grid; the mutability index of a use is its advantages over advantages plus constraints, and a missing criterion lowers the reliability instead of being guessed.&lt;/p&gt;&lt;h3&gt;In the form&lt;/h3&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;Brownfield sites&lt;/b&gt;: points or polygons, e.g. a Cartofriches export or the CNIG Friches standard; parcels sharing a site id are one site.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Scoring grid&lt;/b&gt;: Mutafriches v1.11, v1.16 or v1.19, or &lt;b&gt;Your own grid&lt;/b&gt;.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Context GeoPackage&lt;/b&gt;: the town halls, stops, flood zones, PLU zoning… are found in it by their names (e.g. &lt;i&gt;mairies&lt;/i&gt;, &lt;i&gt;arrets_tc&lt;/i&gt;, &lt;i&gt;zones_inondables&lt;/i&gt;, &lt;i&gt;zonage_plu&lt;/i&gt;); tick &lt;b&gt;Also look in the project's layers&lt;/b&gt; to take them from the project. Under &lt;i&gt;Advanced&lt;/i&gt;, one picker per context layer chooses or replaces a layer by hand.&lt;/li&gt;&lt;li&gt;Under &lt;i&gt;Advanced&lt;/i&gt;: weight sensitivity, &lt;b&gt;Report language&lt;/b&gt;.&lt;/li&gt;&lt;/ul&gt;&lt;h3&gt;Results&lt;/h3&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;Friches mutability&lt;/b&gt;: each site with its index and rank per use, best use, potential and reliability.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Details&lt;/b&gt; (optional): why, site × use × criterion.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Report&lt;/b&gt;: a sortable table of every site and one card per site, readable offline.&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;Field names, layer names recognised and the grid format: the &lt;i&gt;Help&lt;/i&gt; button opens the full documentation.&lt;/p&gt;</translation>
    </message>
    <message>
      <location filename="../processing/zae_inventory.py" line="88" />
      <source>A dwelling occupies a unit</source>
      <translation>A dwelling occupies a unit</translation>
    </message>
    <message>
      <location filename="../plugin.py" line="57" />
      <source>AULA Toolkit</source>
      <translation>AULA Toolkit</translation>
    </message>
    <message>
      <location filename="../processing/provider.py" line="38" />
      <source>AULA Toolkit {version} – territorial analysis</source>
      <translation>AULA Toolkit {version} – territorial analysis</translation>
    </message>
    <message>
      <location filename="../plugin.py" line="52" />
      <source>AULA Toolkit — Lizmap</source>
      <translation>AULA Toolkit — Lizmap</translation>
    </message>
    <message>
      <location filename="../processing/tvb_continuity.py" line="192" />
      <source>Accumulated cost</source>
      <translation>Accumulated cost</translation>
    </message>
    <message>
      <location filename="../processing/tvb_continuity.py" line="234" />
      <source>Accumulated costs</source>
      <translation>Accumulated costs</translation>
    </message>
    <message>
      <location filename="../processing/lizmap_publish.py" line="296" />
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
      <location filename="../processing/zan_counters.py" line="119" />
      <source>All covered communes</source>
      <translation>All covered communes</translation>
    </message>
    <message>
      <location filename="../processing/friches_mutability.py" line="129" />
      <source>Also look in the project's layers</source>
      <translation>Also look in the project's layers</translation>
    </message>
    <message>
      <location filename="../processing/zae_inventory.py" line="120" />
      <source>Aménagement stage per parcel</source>
      <translation>Aménagement stage per parcel</translation>
    </message>
    <message>
      <location filename="../processing/icu_hotspots.py" line="163" />
      <source>Analysis units (polygons)</source>
      <translation>Analysis units (polygons)</translation>
    </message>
    <message>
      <location filename="../processing/zan_net_artificialisation.py" line="98" />
      <source>Artificial land</source>
      <translation>Artificial land</translation>
    </message>
    <message>
      <location filename="../processing/zan_net_artificialisation.py" line="110" />
      <source>Artificialised / renatured polygons</source>
      <translation>Artificialised / renatured polygons</translation>
    </message>
    <message>
      <location filename="../processing/lizmap_publish.py" line="54" />
      <source>Authentication (QGIS)</source>
      <translation>Authentication (QGIS)</translation>
    </message>
    <message>
      <location filename="../processing/icu_hotspots.py" line="159" />
      <source>Automatic (from the values)</source>
      <translation>Automatic (from the values)</translation>
    </message>
    <message>
      <location filename="../processing/zae_inventory.py" line="75" />
      <source>Available land: minimum area (m²)</source>
      <translation>Available land: minimum area (m²)</translation>
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
      <location filename="../processing/lizmap_publish.py" line="227" />
      <source>Backups of the previous version</source>
      <translation>Backups of the previous version</translation>
    </message>
    <message>
      <location filename="../processing/tvb_continuity.py" line="157" />
      <source>Barrier identifier field</source>
      <translation>Barrier identifier field</translation>
    </message>
    <message>
      <location filename="../processing/tvb_continuity.py" line="159" />
      <source>Barrier transparency (0–1)</source>
      <translation>Barrier transparency (0–1)</translation>
    </message>
    <message>
      <location filename="../processing/tvb_continuity.py" line="161" />
      <source>Barrier transparency field</source>
      <translation>Barrier transparency field</translation>
    </message>
    <message>
      <location filename="../processing/tvb_continuity.py" line="154" />
      <source>Barriers (roads, railways)</source>
      <translation>Barriers (roads, railways)</translation>
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
      <location filename="../processing/friches_mutability.py" line="116" />
      <source>Brownfield sites (points or polygons)</source>
      <translation>Brownfield sites (points or polygons)</translation>
    </message>
    <message>
      <location filename="../processing/base.py" line="40" />
      <source>Brownfields</source>
      <translation>Brownfields</translation>
    </message>
    <message>
      <location filename="../processing/zae_inventory.py" line="117" />
      <source>Brownfields (Cartofriches)</source>
      <translation>Brownfields (Cartofriches)</translation>
    </message>
    <message>
      <location filename="../gui/lizmap_dock.py" line="237" />
      <source>Build the web map and publish it to the repository.</source>
      <translation>Build the web map and publish it to the repository.</translation>
    </message>
    <message>
      <location filename="../processing/zae_inventory.py" line="115" />
      <source>Buildings (BD TOPO)</source>
      <translation>Buildings (BD TOPO)</translation>
    </message>
    <message>
      <location filename="../processing/zae_inventory.py" line="74" />
      <source>Built unit: minimum footprint (m²)</source>
      <translation>Built unit: minimum footprint (m²)</translation>
    </message>
    <message>
      <location filename="../processing/friches_mutability.py" line="62" />
      <source>Business parks (ZAE)</source>
      <translation>Business parks (ZAE)</translation>
    </message>
    <message>
      <location filename="../processing/base.py" line="43" />
      <source>Business zones</source>
      <translation>Business zones</translation>
    </message>
    <message>
      <location filename="../processing/zae_inventory.py" line="106" />
      <source>Business zones (or PLU zoning)</source>
      <translation>Business zones (or PLU zoning)</translation>
    </message>
    <message>
      <location filename="../processing/zae_inventory.py" line="96" />
      <source>Business zones inventory (L318-8-2, CNIG standard)</source>
      <translation>Business zones inventory (L318-8-2, CNIG standard)</translation>
    </message>
    <message>
      <location filename="../processing/zan_net_artificialisation.py" line="99" />
      <source>CS × US matrix, with US6.1/US6.2</source>
      <translation>CS × US matrix, with US6.1/US6.2</translation>
    </message>
    <message>
      <location filename="../processing/zan_net_artificialisation.py" line="100" />
      <source>CS × US matrix, without US6.1/US6.2</source>
      <translation>CS × US matrix, without US6.1/US6.2</translation>
    </message>
    <message>
      <location filename="../processing/tvb_continuity.py" line="191" />
      <source>CSV files (*.csv)</source>
      <translation>CSV files (*.csv)</translation>
    </message>
    <message>
      <location filename="../processing/zae_inventory.py" line="107" />
      <source>Cadastral parcels (Etalab)</source>
      <translation>Cadastral parcels (Etalab)</translation>
    </message>
    <message>
      <location filename="../gui/lizmap_dock.py" line="238" />
      <source>Cancel</source>
      <translation>Cancel</translation>
    </message>
    <message>
      <location filename="../processing/tvb_continuity.py" line="130" />
      <source>Cell size for polygons (m)</source>
      <translation>Cell size for polygons (m)</translation>
    </message>
    <message>
      <location filename="../processing/zan_counters.py" line="92" />
      <source>Cerema consumption file</source>
      <translation>Cerema consumption file</translation>
    </message>
    <message>
      <location filename="../processing/friches_mutability.py" line="55" />
      <source>Clay shrink-swell zones</source>
      <translation>Clay shrink-swell zones</translation>
    </message>
    <message>
      <location filename="../processing/base.py" line="41" />
      <source>Climate and heat</source>
      <translation>Climate and heat</translation>
    </message>
    <message>
      <location filename="../processing/tvb_continuity.py" line="135" />
      <source>Code</source>
      <translation>Code</translation>
    </message>
    <message>
      <location filename="../processing/friches_mutability.py" line="139" />
      <source>Commune data</source>
      <translation>Commune data</translation>
    </message>
    <message>
      <location filename="../processing/zan_counters.py" line="105" />
      <source>Commune polygons</source>
      <translation>Commune polygons</translation>
    </message>
    <message>
      <location filename="../processing/zan_counters.py" line="97" />
      <source>Communes</source>
      <translation>Communes</translation>
    </message>
    <message>
      <location filename="../processing/zan_net_artificialisation.py" line="88" />
      <source>Communes (polygons)</source>
      <translation>Communes (polygons)</translation>
    </message>
    <message>
      <location filename="../processing/zae_inventory.py" line="132" />
      <source>Communes and EPCI table</source>
      <translation>Communes and EPCI table</translation>
    </message>
    <message>
      <location filename="../processing/zan_counters.py" line="119" />
      <source>Communes flagged or listed</source>
      <translation>Communes flagged or listed</translation>
    </message>
    <message>
      <location filename="../processing/zan_counters.py" line="107" />
      <source>Communes: INSEE code field</source>
      <translation>Communes: INSEE code field</translation>
    </message>
    <message>
      <location filename="../processing/zan_net_artificialisation.py" line="90" />
      <source>Communes: name field</source>
      <translation>Communes: name field</translation>
    </message>
    <message>
      <location filename="../processing/tvb_continuity.py" line="149" />
      <source>Complete (every pair reached)</source>
      <translation>Complete (every pair reached)</translation>
    </message>
    <message>
      <location filename="../processing/tvb_continuity.py" line="189" />
      <source>Conefor export folder</source>
      <translation>Conefor export folder</translation>
    </message>
    <message>
      <location filename="../processing/tvb_continuity.py" line="472" />
      <source>Conflict points</source>
      <translation>Conflict points</translation>
    </message>
    <message>
      <location filename="../processing/tvb_continuity.py" line="185" />
      <source>Conflict points (points noirs)</source>
      <translation>Conflict points (points noirs)</translation>
    </message>
    <message>
      <location filename="../processing/tvb_continuity.py" line="493" />
      <source>Connectivity indices</source>
      <translation>Connectivity indices</translation>
    </message>
    <message>
      <location filename="../processing/zan_counters.py" line="146" />
      <source>Consumption file read: {n} communes, years {a}–{b} ({layout}).</source>
      <translation>Consumption file read: {n} communes, years {a}–{b} ({layout}).</translation>
    </message>
    <message>
      <location filename="../processing/friches_mutability.py" line="125" />
      <source>Context GeoPackage</source>
      <translation>Context GeoPackage</translation>
    </message>
    <message>
      <location filename="../processing/icu_hotspots.py" line="180" />
      <source>Contiguity tolerance (m)</source>
      <translation>Contiguity tolerance (m)</translation>
    </message>
    <message>
      <location filename="../processing/zae_inventory.py" line="69" />
      <source>Contiguity: minimum shared boundary (m)</source>
      <translation>Contiguity: minimum shared boundary (m)</translation>
    </message>
    <message>
      <location filename="../processing/zae_inventory.py" line="70" />
      <source>Contiguity: topology tolerance (m)</source>
      <translation>Contiguity: topology tolerance (m)</translation>
    </message>
    <message>
      <location filename="../processing/tvb_continuity.py" line="163" />
      <source>Corridor tolerance (extra cost)</source>
      <translation>Corridor tolerance (extra cost)</translation>
    </message>
    <message>
      <location filename="../processing/tvb_continuity.py" line="236" />
      <source>Corridors</source>
      <translation>Corridors</translation>
    </message>
    <message>
      <location filename="../processing/tvb_continuity.py" line="183" />
      <source>Corridors (polygons)</source>
      <translation>Corridors (polygons)</translation>
    </message>
    <message>
      <location filename="../processing/tvb_continuity.py" line="181" />
      <source>Corridors (raster)</source>
      <translation>Corridors (raster)</translation>
    </message>
    <message>
      <location filename="../processing/zae_inventory.py" line="89" />
      <source>Count unbuilt vacant units as available</source>
      <translation>Count unbuilt vacant units as available</translation>
    </message>
    <message>
      <location filename="../processing/lizmap_publish.py" line="290" />
      <source>Data unchanged since the last publication: the same data file is used.</source>
      <translation>Data unchanged since the last publication: the same data file is used.</translation>
    </message>
    <message>
      <location filename="../processing/zan_counters.py" line="114" />
      <source>Default reduction objective (%)</source>
      <translation>Default reduction objective (%)</translation>
    </message>
    <message>
      <location filename="../processing/icu_hotspots.py" line="159" />
      <source>Degrees Celsius</source>
      <translation>Degrees Celsius</translation>
    </message>
    <message>
      <location filename="../processing/ocsge_to_postgis.py" line="64" />
      <source>Deliveries loaded</source>
      <translation>Deliveries loaded</translation>
    </message>
    <message>
      <location filename="../processing/zae_inventory.py" line="80" />
      <source>Densifiable below this building coverage (0–1)</source>
      <translation>Densifiable below this building coverage (0–1)</translation>
    </message>
    <message>
      <location filename="../processing/icu_hotspots.py" line="220" />
      <source>Density thresholds (inhabitants/km²)</source>
      <translation>Density thresholds (inhabitants/km²)</translation>
    </message>
    <message>
      <location filename="../processing/friches_mutability.py" line="154" />
      <source>Details (site × use × criterion)</source>
      <translation>Details (site × use × criterion)</translation>
    </message>
    <message>
      <location filename="../processing/friches_mutability.py" line="148" />
      <source>Deviations from Mutafriches</source>
      <translation>Deviations from Mutafriches</translation>
    </message>
    <message>
      <location filename="../processing/tvb_continuity.py" line="166" />
      <source>Diagonal step length</source>
      <translation>Diagonal step length</translation>
    </message>
    <message>
      <location filename="../processing/tvb_continuity.py" line="144" />
      <source>Dispersal distance (m)</source>
      <translation>Dispersal distance (m)</translation>
    </message>
    <message>
      <location filename="../processing/icu_hotspots.py" line="172" />
      <source>Distance band</source>
      <translation>Distance band</translation>
    </message>
    <message>
      <location filename="../processing/friches_mutability.py" line="67" />
      <source>District heating networks</source>
      <translation>District heating networks</translation>
    </message>
    <message>
      <location filename="../processing/zae_inventory.py" line="83" />
      <source>Dominant vocation: share of employees above (0–1)</source>
      <translation>Dominant vocation: share of employees above (0–1)</translation>
    </message>
    <message>
      <location filename="../processing/tvb_continuity.py" line="174" />
      <source>Drop links whose path crosses another réservoir (Graphab)</source>
      <translation>Drop links whose path crosses another réservoir (Graphab)</translation>
    </message>
    <message>
      <location filename="../processing/zan_counters.py" line="170" />
      <source>EPCI</source>
      <translation>EPCI</translation>
    </message>
    <message>
      <location filename="../processing/zan_counters.py" line="97" />
      <source>EPCI (epciYY column)</source>
      <translation>EPCI (epciYY column)</translation>
    </message>
    <message>
      <location filename="../processing/icu_hotspots.py" line="208" />
      <source>ERP category field</source>
      <translation>ERP category field</translation>
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
      <location filename="../processing/zae_inventory.py" line="84" />
      <source>Economic pole: sites closer than (m, 0 = none)</source>
      <translation>Economic pole: sites closer than (m, 0 = none)</translation>
    </message>
    <message>
      <location filename="../processing/friches_mutability.py" line="51" />
      <source>Electricity substations</source>
      <translation>Electricity substations</translation>
    </message>
    <message>
      <location filename="../processing/friches_mutability.py" line="57" />
      <source>Environmental zonings</source>
      <translation>Environmental zonings</translation>
    </message>
    <message>
      <location filename="../processing/tvb_continuity.py" line="77" />
      <source>Equivalent connectivity EC(PC) (ha)</source>
      <translation>Equivalent connectivity EC(PC) (ha)</translation>
    </message>
    <message>
      <location filename="../processing/zae_inventory.py" line="71" />
      <source>Establishment distance to a unit (m)</source>
      <translation>Establishment distance to a unit (m)</translation>
    </message>
    <message>
      <location filename="../processing/icu_hotspots.py" line="188" />
      <source>Exact share of each pixel inside the unit</source>
      <translation>Exact share of each pixel inside the unit</translation>
    </message>
    <message>
      <location filename="../processing/tvb_continuity.py" line="167" />
      <source>Exact √2 (GRASS r.cost)</source>
      <translation>Exact √2 (GRASS r.cost)</translation>
    </message>
    <message>
      <location filename="../processing/icu_hotspots.py" line="196" />
      <source>FDR correction of the classes</source>
      <translation>FDR correction of the classes</translation>
    </message>
    <message>
      <location filename="../processing/friches_mutability.py" line="53" />
      <source>Flood zones</source>
      <translation>Flood zones</translation>
    </message>
    <message>
      <location filename="../processing/lizmap_publish.py" line="219" />
      <source>Folder as QGIS Server sees it</source>
      <translation>Folder as QGIS Server sees it</translation>
    </message>
    <message>
      <location filename="../processing/tvb_continuity.py" line="170" />
      <source>Fractions (Graphab)</source>
      <translation>Fractions (Graphab)</translation>
    </message>
    <message>
      <location filename="../processing/friches_mutability.py" line="152" />
      <source>Friches mutability</source>
      <translation>Friches mutability</translation>
    </message>
    <message>
      <location filename="../processing/friches_mutability.py" line="96" />
      <source>Friches mutability (Mutafriches, all sites at once)</source>
      <translation>Friches mutability (Mutafriches, all sites at once)</translation>
    </message>
    <message>
      <location filename="../processing/friches_mutability.py" line="250" />
      <source>Friches mutability – best use</source>
      <translation>Friches mutability – best use</translation>
    </message>
    <message>
      <location filename="../processing/friches_mutability.py" line="157" />
      <source>Friches report (HTML)</source>
      <translation>Friches report (HTML)</translation>
    </message>
    <message>
      <location filename="../processing/friches_mutability.py" line="260" />
      <source>Friches – details by criterion</source>
      <translation>Friches – details by criterion</translation>
    </message>
    <message>
      <location filename="../processing/tvb_continuity.py" line="135" />
      <source>Friction</source>
      <translation>Friction</translation>
    </message>
    <message>
      <location filename="../processing/tvb_continuity.py" line="132" />
      <source>Friction table (BioDispersal CSV)</source>
      <translation>Friction table (BioDispersal CSV)</translation>
    </message>
    <message>
      <location filename="../processing/tvb_continuity.py" line="134" />
      <source>Friction table (code, friction)</source>
      <translation>Friction table (code, friction)</translation>
    </message>
    <message>
      <location filename="../processing/tvb_continuity.py" line="190" />
      <source>Friction table used (CSV)</source>
      <translation>Friction table used (CSV)</translation>
    </message>
    <message>
      <location filename="../processing/zan_counters.py" line="278" />
      <source>Garantie communale applied to {n} communes.</source>
      <translation>Garantie communale applied to {n} communes.</translation>
    </message>
    <message>
      <location filename="../processing/zan_counters.py" line="118" />
      <source>Garantie communale of 1 ha</source>
      <translation>Garantie communale of 1 ha</translation>
    </message>
    <message>
      <location filename="../processing/zan_counters.py" line="259" />
      <source>Garantie communale: every commune is taken as covered by a planning document.</source>
      <translation>Garantie communale: every commune is taken as covered by a planning document.</translation>
    </message>
    <message>
      <location filename="../processing/zae_inventory.py" line="141" />
      <source>GeoPackage (*.gpkg)</source>
      <translation>GeoPackage (*.gpkg)</translation>
    </message>
    <message>
      <location filename="../processing/tvb_continuity.py" line="187" />
      <source>Global connectivity indices</source>
      <translation>Global connectivity indices</translation>
    </message>
    <message>
      <location filename="../processing/tvb_continuity.py" line="235" />
      <source>Graph metrics</source>
      <translation>Graph metrics</translation>
    </message>
    <message>
      <location filename="../processing/base.py" line="42" />
      <source>Green and blue network</source>
      <translation>Green and blue network</translation>
    </message>
    <message>
      <location filename="../processing/tvb_continuity.py" line="85" />
      <source>Green and blue network: réservoirs, corridors, connectivity and conflicts</source>
      <translation>Green and blue network: réservoirs, corridors, connectivity and conflicts</translation>
    </message>
    <message>
      <location filename="../processing/icu_hotspots.py" line="168" />
      <source>Grid CRS (INSEE: EPSG:3035)</source>
      <translation>Grid CRS (INSEE: EPSG:3035)</translation>
    </message>
    <message>
      <location filename="../processing/icu_hotspots.py" line="166" />
      <source>Grid cell size (m)</source>
      <translation>Grid cell size (m)</translation>
    </message>
    <message>
      <location filename="../processing/icu_hotspots.py" line="218" />
      <source>Grid limited to the territories</source>
      <translation>Grid limited to the territories</translation>
    </message>
    <message>
      <location filename="../processing/friches_mutability.py" line="176" />
      <source>Grid: {name} ({n} criteria).</source>
      <translation>Grid: {name} ({n} criteria).</translation>
    </message>
    <message>
      <location filename="../processing/zan_counters.py" line="127" />
      <source>Guarantee pooled at EPCI level</source>
      <translation>Guarantee pooled at EPCI level</translation>
    </message>
    <message>
      <location filename="../processing/zan_counters.py" line="121" />
      <source>Guarantee: 1/oui field</source>
      <translation>Guarantee: 1/oui field</translation>
    </message>
    <message>
      <location filename="../processing/zan_counters.py" line="124" />
      <source>Guarantee: INSEE codes (a,b)</source>
      <translation>Guarantee: INSEE codes (a,b)</translation>
    </message>
    <message>
      <location filename="../processing/icu_hotspots.py" line="611" />
      <source>HOTSPOTS_RASTER: not produced (analysis units are polygons, not a grid).</source>
      <translation>HOTSPOTS_RASTER: not produced (analysis units are polygons, not a grid).</translation>
    </message>
    <message>
      <location filename="../processing/friches_mutability.py" line="157" />
      <source>HTML files (*.html)</source>
      <translation>HTML files (*.html)</translation>
    </message>
    <message>
      <location filename="../processing/tvb_continuity.py" line="138" />
      <source>Habitat class codes (a,b)</source>
      <translation>Habitat class codes (a,b)</translation>
    </message>
    <message>
      <location filename="../processing/icu_hotspots.py" line="219" />
      <source>Heat levels 2, 3 from Gi* bin</source>
      <translation>Heat levels 2, 3 from Gi* bin</translation>
    </message>
    <message>
      <location filename="../processing/friches_mutability.py" line="58" />
      <source>Heritage servitudes</source>
      <translation>Heritage servitudes</translation>
    </message>
    <message>
      <location filename="../processing/lizmap_publish.py" line="59" />
      <source>Hide the map from the landing page</source>
      <translation>Hide the map from the landing page</translation>
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
      <location filename="../processing/icu_hotspots.py" line="301" />
      <source>Hot and cold spots (Gi*)</source>
      <translation>Hot and cold spots (Gi*)</translation>
    </message>
    <message>
      <location filename="../processing/icu_hotspots.py" line="642" />
      <source>Hot and cold spots (Gi*, raster)</source>
      <translation>Hot and cold spots (Gi*, raster)</translation>
    </message>
    <message>
      <location filename="../processing/icu_hotspots.py" line="228" />
      <source>Hot/cold spots raster (grid)</source>
      <translation>Hot/cold spots raster (grid)</translation>
    </message>
    <message>
      <location filename="../processing/zan_net_artificialisation.py" line="99" />
      <source>IGN artif field</source>
      <translation>IGN artif field</translation>
    </message>
    <message>
      <location filename="../processing/ocsge_to_postgis.py" line="52" />
      <source>IGN deliveries (folder or GeoPackage)</source>
      <translation>IGN deliveries (folder or GeoPackage)</translation>
    </message>
    <message>
      <location filename="../processing/tvb_continuity.py" line="77" />
      <source>IIC index</source>
      <translation>IIC index</translation>
    </message>
    <message>
      <location filename="../processing/zan_counters.py" line="93" />
      <source>INSEE code field (default idcom)</source>
      <translation>INSEE code field (default idcom)</translation>
    </message>
    <message>
      <location filename="../processing/icu_hotspots.py" line="205" />
      <source>INSEE square id field</source>
      <translation>INSEE square id field</translation>
    </message>
    <message>
      <location filename="../processing/icu_hotspots.py" line="175" />
      <source>If distance band: distance (m, 0 = auto)</source>
      <translation>If distance band: distance (m, 0 = auto)</translation>
    </message>
    <message>
      <location filename="../processing/icu_hotspots.py" line="177" />
      <source>If k nearest: number of neighbours</source>
      <translation>If k nearest: number of neighbours</translation>
    </message>
    <message>
      <location filename="../processing/tvb_continuity.py" line="169" />
      <source>Importances (dPC, dIIC, shares)</source>
      <translation>Importances (dPC, dIIC, shares)</translation>
    </message>
    <message>
      <location filename="../processing/zae_inventory.py" line="77" />
      <source>Infill plot: built perimeter share (0–1)</source>
      <translation>Infill plot: built perimeter share (0–1)</translation>
    </message>
    <message>
      <location filename="../processing/zae_inventory.py" line="79" />
      <source>Infill plot: maximum area (m²)</source>
      <translation>Infill plot: maximum area (m²)</translation>
    </message>
    <message>
      <location filename="../processing/zae_inventory.py" line="126" />
      <source>Inventory year</source>
      <translation>Inventory year</translation>
    </message>
    <message>
      <location filename="../processing/zae_inventory.py" line="82" />
      <source>Isolated establishment: area at least (ha)</source>
      <translation>Isolated establishment: area at least (ha)</translation>
    </message>
    <message>
      <location filename="../processing/zae_inventory.py" line="81" />
      <source>Isolated establishment: more jobs than</source>
      <translation>Isolated establishment: more jobs than</translation>
    </message>
    <message>
      <location filename="../processing/icu_hotspots.py" line="159" />
      <source>Kelvin</source>
      <translation>Kelvin</translation>
    </message>
    <message>
      <location filename="../processing/tvb_continuity.py" line="125" />
      <source>Land cover (raster or polygons)</source>
      <translation>Land cover (raster or polygons)</translation>
    </message>
    <message>
      <location filename="../processing/tvb_continuity.py" line="357" />
      <source>Land cover rasterised at {r:g} m: {w}×{h} cells.</source>
      <translation>Land cover rasterised at {r:g} m: {w}×{h} cells.</translation>
    </message>
    <message>
      <location filename="../processing/tvb_continuity.py" line="335" />
      <source>Land cover read: {w}×{h} cells.</source>
      <translation>Land cover read: {w}×{h} cells.</translation>
    </message>
    <message>
      <location filename="../processing/zae_inventory.py" line="143" />
      <source>Land units (UF-ECO)</source>
      <translation>Land units (UF-ECO)</translation>
    </message>
    <message>
      <location filename="../processing/tvb_continuity.py" line="127" />
      <source>Land-cover class field (polygons)</source>
      <translation>Land-cover class field (polygons)</translation>
    </message>
    <message>
      <location filename="../processing/icu_hotspots.py" line="160" />
      <source>Landsat ST_B10 raw values</source>
      <translation>Landsat ST_B10 raw values</translation>
    </message>
    <message>
      <location filename="../processing/tvb_continuity.py" line="171" />
      <source>Landscape area for PC (ha)</source>
      <translation>Landscape area for PC (ha)</translation>
    </message>
    <message>
      <location filename="../processing/base.py" line="128" />
      <source>Language of QGIS</source>
      <translation>Language of QGIS</translation>
    </message>
    <message>
      <location filename="../processing/lizmap_publish.py" line="64" />
      <source>Layers copied into the web map: vector layers (tables without geometry go to the hidden group used by attribute tables and charts) and file rasters.</source>
      <translation>Layers copied into the web map: vector layers (tables without geometry go to the hidden group used by attribute tables and charts) and file rasters.</translation>
    </message>
    <message>
      <location filename="../processing/tvb_continuity.py" line="179" />
      <source>Least-cost paths</source>
      <translation>Least-cost paths</translation>
    </message>
    <message>
      <location filename="../processing/zae_inventory.py" line="87" />
      <source>Leave out SCI (legal category 6540)</source>
      <translation>Leave out SCI (legal category 6540)</translation>
    </message>
    <message>
      <location filename="../processing/lizmap_publish.py" line="68" />
      <source>Letters, digits, '_' and '-' (at most 64); it becomes &lt;name&gt;.qgs, &lt;name&gt;.qgs.cfg and &lt;name&gt;.&lt;version&gt;.gpkg.</source>
      <translation>Letters, digits, '_' and '-' (at most 64); it becomes &lt;name&gt;.qgs, &lt;name&gt;.qgs.cfg and &lt;name&gt;.&lt;version&gt;.gpkg.</translation>
    </message>
    <message>
      <location filename="../processing/tvb_continuity.py" line="235" />
      <source>Links</source>
      <translation>Links</translation>
    </message>
    <message>
      <location filename="../processing/tvb_continuity.py" line="177" />
      <source>Links (graph)</source>
      <translation>Links (graph)</translation>
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
      <location filename="../processing/lizmap_publish.py" line="329" />
      <source>Lizmap Web Client {v}: configuration written for {t}.</source>
      <translation>Lizmap Web Client {v}: configuration written for {t}.</translation>
    </message>
    <message>
      <location filename="../processing/lizmap_publish.py" line="225" />
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
      <location filename="../gui/lizmap_dock.py" line="169" />
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
      <location filename="../processing/ocsge_to_postgis.py" line="41" />
      <source>Load OCS GE deliveries into PostGIS</source>
      <translation>Load OCS GE deliveries into PostGIS</translation>
    </message>
    <message>
      <location filename="../processing/ocsge_to_postgis.py" line="125" />
      <source>Loaded: {list}</source>
      <translation>Loaded: {list}</translation>
    </message>
    <message>
      <location filename="../processing/ocsge_to_postgis.py" line="105" />
      <source>Loading {layer} (département {dep}, {years})…</source>
      <translation>Loading {layer} (département {dep}, {years})…</translation>
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
      <location filename="../gui/lizmap_dock.py" line="211" />
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
      <location filename="../processing/tvb_continuity.py" line="152" />
      <source>Maximum link cost (0 = none)</source>
      <translation>Maximum link cost (0 = none)</translation>
    </message>
    <message>
      <location filename="../processing/zan_counters.py" line="100" />
      <source>Membership table</source>
      <translation>Membership table</translation>
    </message>
    <message>
      <location filename="../processing/zan_counters.py" line="101" />
      <source>Membership: INSEE code</source>
      <translation>Membership: INSEE code</translation>
    </message>
    <message>
      <location filename="../processing/zan_counters.py" line="102" />
      <source>Membership: territory code</source>
      <translation>Membership: territory code</translation>
    </message>
    <message>
      <location filename="../processing/zan_counters.py" line="103" />
      <source>Membership: territory name</source>
      <translation>Membership: territory name</translation>
    </message>
    <message>
      <location filename="../processing/tvb_continuity.py" line="142" />
      <source>Minimum patch area (ha)</source>
      <translation>Minimum patch area (ha)</translation>
    </message>
    <message>
      <location filename="../processing/friches_mutability.py" line="50" />
      <source>Motorways or accesses</source>
      <translation>Motorways or accesses</translation>
    </message>
    <message>
      <location filename="../processing/zan_net_artificialisation.py" line="283" />
      <source>Net artificialisation</source>
      <translation>Net artificialisation</translation>
    </message>
    <message>
      <location filename="../processing/zan_net_artificialisation.py" line="113" />
      <source>Net artificialisation report (HTML)</source>
      <translation>Net artificialisation report (HTML)</translation>
    </message>
    <message>
      <location filename="../processing/zan_counters.py" line="120" />
      <source>None</source>
      <translation>None</translation>
    </message>
    <message>
      <location filename="../processing/tvb_continuity.py" line="78" />
      <source>Number of components</source>
      <translation>Number of components</translation>
    </message>
    <message>
      <location filename="../processing/tvb_continuity.py" line="79" />
      <source>Number of links</source>
      <translation>Number of links</translation>
    </message>
    <message>
      <location filename="../processing/tvb_continuity.py" line="78" />
      <source>Number of réservoirs</source>
      <translation>Number of réservoirs</translation>
    </message>
    <message>
      <location filename="../processing/zan_net_artificialisation.py" line="294" />
      <source>OCS GE changes</source>
      <translation>OCS GE changes</translation>
    </message>
    <message>
      <location filename="../processing/zan_net_artificialisation.py" line="84" />
      <source>OCS GE difference</source>
      <translation>OCS GE difference</translation>
    </message>
    <message>
      <location filename="../processing/zan_net_artificialisation.py" line="82" />
      <source>OCS GE stock, first millésime</source>
      <translation>OCS GE stock, first millésime</translation>
    </message>
    <message>
      <location filename="../processing/zan_net_artificialisation.py" line="83" />
      <source>OCS GE stock, last millésime</source>
      <translation>OCS GE stock, last millésime</translation>
    </message>
    <message>
      <location filename="../processing/zan_counters.py" line="112" />
      <source>Objectives: parent code</source>
      <translation>Objectives: parent code</translation>
    </message>
    <message>
      <location filename="../processing/zan_counters.py" line="111" />
      <source>Objectives: reduction %</source>
      <translation>Objectives: reduction %</translation>
    </message>
    <message>
      <location filename="../processing/zan_counters.py" line="110" />
      <source>Objectives: territory code</source>
      <translation>Objectives: territory code</translation>
    </message>
    <message>
      <location filename="../processing/lizmap_publish.py" line="83" />
      <source>One line per restricted layer: 'layer name: group1, group2'. Other groups do not see the layer at all (legend, map, tables).</source>
      <translation>One line per restricted layer: 'layer name: group1, group2'. Other groups do not see the layer at all (legend, map, tables).</translation>
    </message>
    <message>
      <location filename="../processing/icu_hotspots.py" line="236" />
      <source>Overheating report (HTML)</source>
      <translation>Overheating report (HTML)</translation>
    </message>
    <message>
      <location filename="../processing/icu_hotspots.py" line="319" />
      <source>Overheating summary</source>
      <translation>Overheating summary</translation>
    </message>
    <message>
      <location filename="../processing/tvb_continuity.py" line="77" />
      <source>PC index</source>
      <translation>PC index</translation>
    </message>
    <message>
      <location filename="../processing/zan_counters.py" line="129" />
      <source>PENE to deduct (m²)</source>
      <translation>PENE to deduct (m²)</translation>
    </message>
    <message>
      <location filename="../processing/zan_counters.py" line="132" />
      <source>PENE: area field (m²)</source>
      <translation>PENE: area field (m²)</translation>
    </message>
    <message>
      <location filename="../processing/zan_counters.py" line="131" />
      <source>PENE: code field</source>
      <translation>PENE: code field</translation>
    </message>
    <message>
      <location filename="../processing/friches_mutability.py" line="59" />
      <source>PLU/GPU zoning</source>
      <translation>PLU/GPU zoning</translation>
    </message>
    <message>
      <location filename="../processing/lizmap_publish.py" line="88" />
      <source>PNG or SVG embedded in the print layout (top right).</source>
      <translation>PNG or SVG embedded in the print layout (top right).</translation>
    </message>
    <message>
      <location filename="../processing/zae_inventory.py" line="109" />
      <source>Parcel owners (DGFiP)</source>
      <translation>Parcel owners (DGFiP)</translation>
    </message>
    <message>
      <location filename="../processing/zae_inventory.py" line="68" />
      <source>Parcel share inside a zone (0–1)</source>
      <translation>Parcel share inside a zone (0–1)</translation>
    </message>
    <message>
      <location filename="../processing/tvb_continuity.py" line="235" />
      <source>Paths</source>
      <translation>Paths</translation>
    </message>
    <message>
      <location filename="../processing/tvb_continuity.py" line="170" />
      <source>Percentages (Conefor)</source>
      <translation>Percentages (Conefor)</translation>
    </message>
    <message>
      <location filename="../processing/icu_hotspots.py" line="192" />
      <source>Permutations (0 = analytical p)</source>
      <translation>Permutations (0 = analytical p)</translation>
    </message>
    <message>
      <location filename="../processing/icu_hotspots.py" line="188" />
      <source>Pixels whose centre falls inside (faster)</source>
      <translation>Pixels whose centre falls inside (faster)</translation>
    </message>
    <message>
      <location filename="../processing/tvb_continuity.py" line="149" />
      <source>Planar (touching cost zones)</source>
      <translation>Planar (touching cost zones)</translation>
    </message>
    <message>
      <location filename="../processing/tvb_continuity.py" line="150" />
      <source>Planar, Graphab (Euclidean Voronoi neighbours, exact costs)</source>
      <translation>Planar, Graphab (Euclidean Voronoi neighbours, exact costs)</translation>
    </message>
    <message>
      <location filename="../processing/icu_hotspots.py" line="198" />
      <source>Population (Filosofi squares)</source>
      <translation>Population (Filosofi squares)</translation>
    </message>
    <message>
      <location filename="../processing/zan_net_artificialisation.py" line="149" />
      <source>PostGIS path: the computation runs inside the database.</source>
      <translation>PostGIS path: the computation runs inside the database.</translation>
    </message>
    <message>
      <location filename="../processing/zan_net_artificialisation.py" line="105" />
      <source>PostGIS results table (schema.table)</source>
      <translation>PostGIS results table (schema.table)</translation>
    </message>
    <message>
      <location filename="../processing/ocsge_to_postgis.py" line="54" />
      <source>PostgreSQL connection</source>
      <translation>PostgreSQL connection</translation>
    </message>
    <message>
      <location filename="../gui/lizmap_dock.py" line="473" />
      <source>Previous version kept as .bak.</source>
      <translation>Previous version kept as .bak.</translation>
    </message>
    <message>
      <location filename="../processing/lizmap_publish.py" line="293" />
      <source>Previous version kept: {name}</source>
      <translation>Previous version kept: {name}</translation>
    </message>
    <message>
      <location filename="../processing/friches_mutability.py" line="61" />
      <source>Priority neighbourhoods (QPV)</source>
      <translation>Priority neighbourhoods (QPV)</translation>
    </message>
    <message>
      <location filename="../processing/tvb_continuity.py" line="146" />
      <source>Probability at that distance</source>
      <translation>Probability at that distance</translation>
    </message>
    <message>
      <location filename="../processing/lizmap_publish.py" line="48" />
      <source>Project name in the repository</source>
      <translation>Project name in the repository</translation>
    </message>
    <message>
      <location filename="../processing/friches_mutability.py" line="49" />
      <source>Public transport stops</source>
      <translation>Public transport stops</translation>
    </message>
    <message>
      <location filename="../gui/lizmap_dock.py" line="236" />
      <source>Publish</source>
      <translation>Publish</translation>
    </message>
    <message>
      <location filename="../processing/lizmap_publish.py" line="136" />
      <source>Publish to Lizmap</source>
      <translation>Publish to Lizmap</translation>
    </message>
    <message>
      <location filename="../gui/lizmap_dock.py" line="471" />
      <source>Published (not verified: no Lizmap or QGIS Server address).</source>
      <translation>Published (not verified: no Lizmap or QGIS Server address).</translation>
    </message>
    <message>
      <location filename="../gui/lizmap_dock.py" line="468" />
      <source>Published and verified: {n} layers answer.</source>
      <translation>Published and verified: {n} layers answer.</translation>
    </message>
    <message>
      <location filename="../processing/lizmap_publish.py" line="305" />
      <source>Published without verification (no Lizmap or QGIS Server address).</source>
      <translation>Published without verification (no Lizmap or QGIS Server address).</translation>
    </message>
    <message>
      <location filename="../processing/base.py" line="44" />
      <source>Publishing</source>
      <translation>Publishing</translation>
    </message>
    <message>
      <location filename="../gui/lizmap_dock.py" line="67" />
      <source>Publishing to Lizmap</source>
      <translation>Publishing to Lizmap</translation>
    </message>
    <message>
      <location filename="../processing/icu_hotspots.py" line="172" />
      <source>Queen contiguity (edges, corners)</source>
      <translation>Queen contiguity (edges, corners)</translation>
    </message>
    <message>
      <location filename="../processing/friches_mutability.py" line="66" />
      <source>Rail freight sidings (ITE)</source>
      <translation>Rail freight sidings (ITE)</translation>
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
      <location filename="../gui/lizmap_dock.py" line="182" />
      <source>Read the instance</source>
      <translation>Read the instance</translation>
    </message>
    <message>
      <location filename="../gui/lizmap_dock.py" line="183" />
      <source>Read the version and the repositories of the Lizmap Web Client (index.php/view/app/metadata) with the authentication.</source>
      <translation>Read the version and the repositories of the Lizmap Web Client (index.php/view/app/metadata) with the authentication.</translation>
    </message>
    <message>
      <location filename="../processing/zae_inventory.py" line="195" />
      <source>Reading the parcels…</source>
      <translation>Reading the parcels…</translation>
    </message>
    <message>
      <location filename="../processing/zae_inventory.py" line="180" />
      <source>Reading the zones…</source>
      <translation>Reading the zones…</translation>
    </message>
    <message>
      <location filename="../processing/friches_mutability.py" line="60" />
      <source>Renewable acceleration (ZAER)</source>
      <translation>Renewable acceleration (ZAER)</translation>
    </message>
    <message>
      <location filename="../processing/lizmap_publish.py" line="221" />
      <source>Replace a project not by AULA</source>
      <translation>Replace a project not by AULA</translation>
    </message>
    <message>
      <location filename="../processing/base.py" line="128" />
      <source>Report language</source>
      <translation>Report language</translation>
    </message>
    <message>
      <location filename="../processing/zae_inventory.py" line="147" />
      <source>Reports folder (one page per EPCI)</source>
      <translation>Reports folder (one page per EPCI)</translation>
    </message>
    <message>
      <location filename="../gui/lizmap_dock.py" line="196" />
      <source>Repository folder as QGIS Server sees it</source>
      <translation>Repository folder as QGIS Server sees it</translation>
    </message>
    <message>
      <location filename="../processing/lizmap_publish.py" line="76" />
      <source>Repository id in Lizmap (the one listed by the instance when its address is given).</source>
      <translation>Repository id in Lizmap (the one listed by the instance when its address is given).</translation>
    </message>
    <message>
      <location filename="../processing/tvb_continuity.py" line="234" />
      <source>Resistance surface</source>
      <translation>Resistance surface</translation>
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
      <location filename="../processing/tvb_continuity.py" line="234" />
      <source>Réservoirs</source>
      <translation>Réservoirs</translation>
    </message>
    <message>
      <location filename="../processing/tvb_continuity.py" line="175" />
      <source>Réservoirs (patches)</source>
      <translation>Réservoirs (patches)</translation>
    </message>
    <message>
      <location filename="../processing/tvb_continuity.py" line="140" />
      <source>Réservoirs layer (or codes)</source>
      <translation>Réservoirs layer (or codes)</translation>
    </message>
    <message>
      <location filename="../processing/zan_counters.py" line="171" />
      <source>SCoT</source>
      <translation>SCoT</translation>
    </message>
    <message>
      <location filename="../processing/zan_counters.py" line="97" />
      <source>SCoT (scot column)</source>
      <translation>SCoT (scot column)</translation>
    </message>
    <message>
      <location filename="../processing/zae_inventory.py" line="112" />
      <source>SIRENE establishments</source>
      <translation>SIRENE establishments</translation>
    </message>
    <message>
      <location filename="../processing/zae_inventory.py" line="129" />
      <source>SIRENE geolocation (siret, x, y)</source>
      <translation>SIRENE geolocation (siret, x, y)</translation>
    </message>
    <message>
      <location filename="../processing/friches_mutability.py" line="63" />
      <source>Saturated grid (renewables)</source>
      <translation>Saturated grid (renewables)</translation>
    </message>
    <message>
      <location filename="../processing/ocsge_to_postgis.py" line="56" />
      <source>Schema</source>
      <translation>Schema</translation>
    </message>
    <message>
      <location filename="../processing/friches_mutability.py" line="120" />
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
      <location filename="../processing/friches_mutability.py" line="143" />
      <source>Sensitivity draws</source>
      <translation>Sensitivity draws</translation>
    </message>
    <message>
      <location filename="../processing/lizmap_publish.py" line="299" />
      <source>Settings dropped (their layers are no longer published): {keys}</source>
      <translation>Settings dropped (their layers are no longer published): {keys}</translation>
    </message>
    <message>
      <location filename="../processing/friches_mutability.py" line="52" />
      <source>Shops and services (BPE)</source>
      <translation>Shops and services (BPE)</translation>
    </message>
    <message>
      <location filename="../processing/friches_mutability.py" line="118" />
      <source>Site id field</source>
      <translation>Site id field</translation>
    </message>
    <message>
      <location filename="../processing/tvb_continuity.py" line="136" />
      <source>Sous-trame (friction column)</source>
      <translation>Sous-trame (friction column)</translation>
    </message>
    <message>
      <location filename="../processing/icu_hotspots.py" line="171" />
      <source>Spatial weights</source>
      <translation>Spatial weights</translation>
    </message>
    <message>
      <location filename="../processing/icu_hotspots.py" line="223" />
      <source>Stake matrix (heat × sensitivity)</source>
      <translation>Stake matrix (heat × sensitivity)</translation>
    </message>
    <message>
      <location filename="../processing/icu_hotspots.py" line="230" />
      <source>Stakes: heat × population</source>
      <translation>Stakes: heat × population</translation>
    </message>
    <message>
      <location filename="../processing/icu_hotspots.py" line="232" />
      <source>Stakes: heat × sensitive ERP</source>
      <translation>Stakes: heat × sensitive ERP</translation>
    </message>
    <message>
      <location filename="../gui/lizmap_dock.py" line="239" />
      <source>Stop the publication: the map already published stays as it was.</source>
      <translation>Stop the publication: the map already published stays as it was.</translation>
    </message>
    <message>
      <location filename="../processing/icu_hotspots.py" line="234" />
      <source>Summary per territory</source>
      <translation>Summary per territory</translation>
    </message>
    <message>
      <location filename="../processing/icu_hotspots.py" line="214" />
      <source>Summary territories</source>
      <translation>Summary territories</translation>
    </message>
    <message>
      <location filename="../processing/icu_hotspots.py" line="153" />
      <source>Surface temperature</source>
      <translation>Surface temperature</translation>
    </message>
    <message>
      <location filename="../processing/tvb_continuity.py" line="194" />
      <source>TVB report (HTML)</source>
      <translation>TVB report (HTML)</translation>
    </message>
    <message>
      <location filename="../processing/ocsge_to_postgis.py" line="60" />
      <source>Table of the difference layers</source>
      <translation>Table of the difference layers</translation>
    </message>
    <message>
      <location filename="../processing/ocsge_to_postgis.py" line="58" />
      <source>Table of the stock layers</source>
      <translation>Table of the stock layers</translation>
    </message>
    <message>
      <location filename="../processing/lizmap_publish.py" line="49" />
      <source>Target</source>
      <translation>Target</translation>
    </message>
    <message>
      <location filename="../processing/friches_mutability.py" line="56" />
      <source>Technological risks</source>
      <translation>Technological risks</translation>
    </message>
    <message>
      <location filename="../processing/icu_hotspots.py" line="156" />
      <source>Temperature field (vector)</source>
      <translation>Temperature field (vector)</translation>
    </message>
    <message>
      <location filename="../processing/icu_hotspots.py" line="394" />
      <source>Temperature raster read: {w}×{h} pixels, {crs}.</source>
      <translation>Temperature raster read: {w}×{h} pixels, {crs}.</translation>
    </message>
    <message>
      <location filename="../processing/icu_hotspots.py" line="158" />
      <source>Temperature reading</source>
      <translation>Temperature reading</translation>
    </message>
    <message>
      <location filename="../processing/zan_counters.py" line="109" />
      <source>Territorialised objectives</source>
      <translation>Territorialised objectives</translation>
    </message>
    <message>
      <location filename="../processing/zan_counters.py" line="96" />
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
      <location filename="../processing/tvb_continuity.py" line="261" />
      <source>Timings: {t}</source>
      <translation>Timings: {t}</translation>
    </message>
    <message>
      <location filename="../processing/lizmap_publish.py" line="66" />
      <source>Title shown by Lizmap and on the print layout.</source>
      <translation>Title shown by Lizmap and on the print layout.</translation>
    </message>
    <message>
      <location filename="../processing/icu_hotspots.py" line="200" />
      <source>Total population field</source>
      <translation>Total population field</translation>
    </message>
    <message>
      <location filename="../processing/friches_mutability.py" line="48" />
      <source>Town halls (centre-ville ≤ 1 km)</source>
      <translation>Town halls (centre-ville ≤ 1 km)</translation>
    </message>
    <message>
      <location filename="../processing/friches_mutability.py" line="126" />
      <source>Town halls, stops, flood zones, PLU zoning… recognised by their layer names (mairies, arrets_tc, zones_inondables, zonage_plu…).</source>
      <translation>Town halls, stops, flood zones, PLU zoning… recognised by their layer names (mairies, arrets_tc, zones_inondables, zonage_plu…).</translation>
    </message>
    <message>
      <location filename="../processing/icu_hotspots.py" line="201" />
      <source>Under-4 field(s)</source>
      <translation>Under-4 field(s)</translation>
    </message>
    <message>
      <location filename="../processing/friches_mutability.py" line="54" />
      <source>Underground cavities (points)</source>
      <translation>Underground cavities (points)</translation>
    </message>
    <message>
      <location filename="../processing/icu_hotspots.py" line="165" />
      <source>Unit id field</source>
      <translation>Unit id field</translation>
    </message>
    <message>
      <location filename="../processing/icu_hotspots.py" line="187" />
      <source>Unit temperature from pixels</source>
      <translation>Unit temperature from pixels</translation>
    </message>
    <message>
      <location filename="../processing/icu_hotspots.py" line="95" />
      <source>Urban overheating: hot and cold spots (Gi*)</source>
      <translation>Urban overheating: hot and cold spots (Gi*)</translation>
    </message>
    <message>
      <location filename="../processing/zae_inventory.py" line="123" />
      <source>Vacant business premises (LOCOMVAC, DGFiP)</source>
      <translation>Vacant business premises (LOCOMVAC, DGFiP)</translation>
    </message>
    <message>
      <location filename="../processing/lizmap_publish.py" line="226" />
      <source>Verified</source>
      <translation>Verified</translation>
    </message>
    <message>
      <location filename="../processing/lizmap_publish.py" line="302" />
      <source>Verified: {n} layers listed by GetCapabilities, GetMap image of {b} bytes.</source>
      <translation>Verified: {n} layers listed by GetCapabilities, GetMap image of {b} bytes.</translation>
    </message>
    <message>
      <location filename="../processing/lizmap_publish.py" line="60" />
      <source>Verify the published map (WMS)</source>
      <translation>Verify the published map (WMS)</translation>
    </message>
    <message>
      <location filename="../processing/lizmap_publish.py" line="216" />
      <source>Verify through this QGIS Server address</source>
      <translation>Verify through this QGIS Server address</translation>
    </message>
    <message>
      <location filename="../processing/lizmap_publish.py" line="79" />
      <source>Version the configuration targets; 'read from the instance' uses the instance address, else 3.8.</source>
      <translation>Version the configuration targets; 'read from the instance' uses the instance address, else 3.8.</translation>
    </message>
    <message>
      <location filename="../processing/lizmap_publish.py" line="223" />
      <source>Web map address</source>
      <translation>Web map address</translation>
    </message>
    <message>
      <location filename="../processing/lizmap_publish.py" line="307" />
      <source>Web map: {url}</source>
      <translation>Web map: {url}</translation>
    </message>
    <message>
      <location filename="../processing/lizmap_publish.py" line="224" />
      <source>Web project (staging copy)</source>
      <translation>Web project (staging copy)</translation>
    </message>
    <message>
      <location filename="../processing/lizmap_publish.py" line="288" />
      <source>Web project written: {path}</source>
      <translation>Web project written: {path}</translation>
    </message>
    <message>
      <location filename="../processing/lizmap_publish.py" line="51" />
      <source>WebDAV address of the repository folder</source>
      <translation>WebDAV address of the repository folder</translation>
    </message>
    <message>
      <location filename="../processing/lizmap_publish.py" line="188" />
      <source>WebDAV repository</source>
      <translation>WebDAV repository</translation>
    </message>
    <message>
      <location filename="../processing/friches_mutability.py" line="141" />
      <source>Weight sensitivity ± % (0 = none)</source>
      <translation>Weight sensitivity ± % (0 = none)</translation>
    </message>
    <message>
      <location filename="../processing/icu_hotspots.py" line="183" />
      <source>Weights file (GAL or GWT)</source>
      <translation>Weights file (GAL or GWT)</translation>
    </message>
    <message>
      <location filename="../processing/icu_hotspots.py" line="190" />
      <source>Weights standardisation</source>
      <translation>Weights standardisation</translation>
    </message>
    <message>
      <location filename="../processing/friches_mutability.py" line="65" />
      <source>Wetlands</source>
      <translation>Wetlands</translation>
    </message>
    <message>
      <location filename="../processing/zae_inventory.py" line="282" />
      <source>Writing the CNIG GeoPackage…</source>
      <translation>Writing the CNIG GeoPackage…</translation>
    </message>
    <message>
      <location filename="../processing/zae_inventory.py" line="73" />
      <source>Years of inactivity before vacancy</source>
      <translation>Years of inactivity before vacancy</translation>
    </message>
    <message>
      <location filename="../processing/friches_mutability.py" line="123" />
      <source>Your own grid (JSON)</source>
      <translation>Your own grid (JSON)</translation>
    </message>
    <message>
      <location filename="../processing/zae_inventory.py" line="141" />
      <source>ZAE inventory (CNIG GeoPackage)</source>
      <translation>ZAE inventory (CNIG GeoPackage)</translation>
    </message>
    <message>
      <location filename="../processing/zae_inventory.py" line="276" />
      <source>ZAE land units</source>
      <translation>ZAE land units</translation>
    </message>
    <message>
      <location filename="../processing/zae_inventory.py" line="145" />
      <source>ZAE summary per zone</source>
      <translation>ZAE summary per zone</translation>
    </message>
    <message>
      <location filename="../processing/zae_inventory.py" line="277" />
      <source>ZAE vacancy rate per zone</source>
      <translation>ZAE vacancy rate per zone</translation>
    </message>
    <message>
      <location filename="../processing/zan_counters.py" line="134" />
      <source>ZAN counters</source>
      <translation>ZAN counters</translation>
    </message>
    <message>
      <location filename="../processing/zan_counters.py" line="57" />
      <source>ZAN counters (land consumption 2011–2030)</source>
      <translation>ZAN counters (land consumption 2011–2030)</translation>
    </message>
    <message>
      <location filename="../processing/zan_counters.py" line="172" />
      <source>ZAN counters – {level}</source>
      <translation>ZAN counters – {level}</translation>
    </message>
    <message>
      <location filename="../processing/zan_net_artificialisation.py" line="61" />
      <source>ZAN net artificialisation (OCS GE)</source>
      <translation>ZAN net artificialisation (OCS GE)</translation>
    </message>
    <message>
      <location filename="../processing/zan_counters.py" line="138" />
      <source>ZAN report (HTML)</source>
      <translation>ZAN report (HTML)</translation>
    </message>
    <message>
      <location filename="../processing/zan_counters.py" line="180" />
      <source>ZAN trajectory 2011–2030</source>
      <translation>ZAN trajectory 2011–2030</translation>
    </message>
    <message>
      <location filename="../processing/zan_counters.py" line="136" />
      <source>ZAN trajectory by year</source>
      <translation>ZAN trajectory by year</translation>
    </message>
    <message>
      <location filename="../processing/base.py" line="39" />
      <source>ZAN – land consumption</source>
      <translation>ZAN – land consumption</translation>
    </message>
    <message>
      <location filename="../processing/zae_inventory.py" line="171" />
      <source>Zones in {crs}: every layer is reprojected to Lambert-93 (EPSG:2154), the CRS of the CNIG standard, and surfaces are measured there.</source>
      <translation>Zones in {crs}: every layer is reprojected to Lambert-93 (EPSG:2154), the CRS of the CNIG standard, and surfaces are measured there.</translation>
    </message>
    <message>
      <location filename="../processing/zan_counters.py" line="170" />
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
      <location filename="../gui/lizmap_dock.py" line="194" />
      <source>optional: verify through QGIS Server directly</source>
      <translation>optional: verify through QGIS Server directly</translation>
    </message>
    <message>
      <location filename="../gui/lizmap_dock.py" line="289" />
      <source>raster</source>
      <translation>raster</translation>
    </message>
    <message>
      <location filename="../processing/lizmap_publish.py" line="202" />
      <source>read from the instance (else 3.8)</source>
      <translation>read from the instance (else 3.8)</translation>
    </message>
    <message>
      <location filename="../gui/lizmap_dock.py" line="288" />
      <source>table</source>
      <translation>table</translation>
    </message>
    <message>
      <location filename="../processing/zan_counters.py" line="171" />
      <source>territories</source>
      <translation>territories</translation>
    </message>
    <message>
      <location filename="../processing/friches_mutability.py" line="346" />
      <source>{key}: layer '{name}' found by its name.</source>
      <translation>{key}: layer '{name}' found by its name.</translation>
    </message>
    <message>
      <location filename="../processing/icu_hotspots.py" line="311" />
      <source>{key}: not produced (its input layer is missing).</source>
      <translation>{key}: not produced (its input layer is missing).</translation>
    </message>
    <message>
      <location filename="../processing/ocsge_to_postgis.py" line="74" />
      <source>{layer}: not an OCS GE layer, skipped.</source>
      <translation>{layer}: not an OCS GE layer, skipped.</translation>
    </message>
    <message>
      <location filename="../processing/friches_mutability.py" line="206" />
      <source>{n} features merged into {m} multi-parcel sites.</source>
      <translation>{n} features merged into {m} multi-parcel sites.</translation>
    </message>
    <message>
      <location filename="../processing/zan_net_artificialisation.py" line="160" />
      <source>{n} polygons read.</source>
      <translation>{n} polygons read.</translation>
    </message>
    <message>
      <location filename="../processing/zae_inventory.py" line="302" />
      <source>{n} report(s) written in {folder}.</source>
      <translation>{n} report(s) written in {folder}.</translation>
    </message>
    <message>
      <location filename="../gui/lizmap_dock.py" line="432" />
      <source>{n} repositories.</source>
      <translation>{n} repositories.</translation>
    </message>
    <message>
      <location filename="../processing/tvb_continuity.py" line="257" />
      <source>{n} réservoirs, {l} links, {c} component(s); PC = {pc:.6g}, EC(PC) = {ec:.1f} ha, IIC = {iic:.6g}; {k} conflict point(s).</source>
      <translation>{n} réservoirs, {l} links, {c} component(s); PC = {pc:.6g}, EC(PC) = {ec:.1f} ha, IIC = {iic:.6g}; {k} conflict point(s).</translation>
    </message>
    <message>
      <location filename="../processing/zan_counters.py" line="158" />
      <source>{n} territories computed.</source>
      <translation>{n} territories computed.</translation>
    </message>
  </context>
</TS>
