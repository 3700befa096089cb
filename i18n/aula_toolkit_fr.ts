<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR" sourcelanguage="en">
  <context>
    <name>AulaToolkit</name>
    <message>
      <location filename="../processing/icu_hotspots.py" line="203" />
      <source>65-or-over population field(s)</source>
      <translation>Champ(s) de la population de 65 ans ou plus</translation>
    </message>
    <message>
      <location filename="../processing/zan_counters.py" line="34" />
      <source>&lt;p&gt;Computes the ZAN counters of each territory from the Cerema communal consumption file of natural, agricultural and forest land (ENAF flows from the Fichiers fonciers): the 2011–2020 reference, the 2021–2030 envelope, the consumption since 2021, the projection to 2030 and the status.&lt;/p&gt;&lt;h3&gt;Inputs&lt;/h3&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;CONSUMPTION&lt;/b&gt;: the Cerema file (any millésime from 2009–2019 to 2009–2025, ';' or ',' CSV, shapefile or any table; columns read by name, nafNNartMM and artNN{act,hab,mix,rou,fer,inc}MM), or the long layout of the Cerema API (idcom, annee, naf_arti).&lt;/li&gt;&lt;li&gt;&lt;b&gt;LEVEL&lt;/b&gt;: commune, EPCI or SCoT columns of the file, or a membership table (&lt;b&gt;MEMBERSHIP&lt;/b&gt;: commune INSEE code → territory code and name).&lt;/li&gt;&lt;li&gt;&lt;b&gt;COMMUNES&lt;/b&gt; (optional): commune polygons; territories are dissolved from them.&lt;/li&gt;&lt;li&gt;&lt;b&gt;OBJECTIVES&lt;/b&gt; (optional): reduction % per territory, with an optional parent field: a territory without an objective inherits the one of its nearest parent (SCoT, then SRADDET); otherwise &lt;b&gt;DEFAULT_OBJECTIVE&lt;/b&gt; (50 %). Negative values widen the envelope.&lt;/li&gt;&lt;li&gt;&lt;b&gt;GUARANTEE&lt;/b&gt;: the 1 ha garantie communale, applied commune by commune (all communes, only those flagged in &lt;b&gt;GUARANTEE_FIELD&lt;/b&gt; of the membership table or listed in &lt;b&gt;GUARANTEE_COMMUNES&lt;/b&gt;, or none) and summed per territory; &lt;b&gt;GUARANTEE_POOLING&lt;/b&gt; pools it at EPCI level.&lt;/li&gt;&lt;li&gt;&lt;b&gt;PENE&lt;/b&gt; (optional): consumption of projects of national or European scope to deduct, per commune or territory, in m².&lt;/li&gt;&lt;/ul&gt;&lt;h3&gt;Outputs&lt;/h3&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;OUTPUT&lt;/b&gt;: one feature per territory with every counter, styled by status.&lt;/li&gt;&lt;li&gt;&lt;b&gt;TRAJECTORY&lt;/b&gt;: territory × year 2011–2030, observed and objective, yearly and cumulative.&lt;/li&gt;&lt;li&gt;&lt;b&gt;REPORT&lt;/b&gt;: an HTML page with a chart and the counters per territory, readable offline.&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;Communes of the membership missing from the file, and communes of the file outside every territory, are listed in the log, in the communes_absentes field and in the report.&lt;/p&gt;</source>
      <translation>&lt;p&gt;Calcule les compteurs ZAN de chaque territoire à partir du fichier communal de consommation d'espaces naturels, agricoles et forestiers du Cerema (flux ENAF issus des Fichiers fonciers) : la référence 2011–2020, l'enveloppe 2021–2030, la consommation depuis 2021, la projection à 2030 et le statut.&lt;/p&gt;&lt;h3&gt;Entrées&lt;/h3&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;CONSUMPTION&lt;/b&gt; : le fichier du Cerema (tout millésime de 2009–2019 à 2009–2025, CSV à ';' ou ',', shapefile ou toute table ; colonnes lues par leur nom, nafNNartMM et artNN{act,hab,mix,rou,fer,inc}MM), ou le format long de l'API du Cerema (idcom, annee, naf_arti).&lt;/li&gt;&lt;li&gt;&lt;b&gt;LEVEL&lt;/b&gt; : communes, colonnes EPCI ou SCoT du fichier, ou table d'appartenance (&lt;b&gt;MEMBERSHIP&lt;/b&gt; : code INSEE de la commune → code et nom du territoire).&lt;/li&gt;&lt;li&gt;&lt;b&gt;COMMUNES&lt;/b&gt; (facultatif) : polygones communaux ; les territoires en sont fusionnés.&lt;/li&gt;&lt;li&gt;&lt;b&gt;OBJECTIVES&lt;/b&gt; (facultatif) : % de réduction par territoire, avec un champ parent facultatif : un territoire sans objectif hérite de celui de son plus proche parent (SCoT, puis SRADDET) ; sinon &lt;b&gt;DEFAULT_OBJECTIVE&lt;/b&gt; (50 %). Une valeur négative élargit l'enveloppe.&lt;/li&gt;&lt;li&gt;&lt;b&gt;GUARANTEE&lt;/b&gt; : la garantie communale de 1 ha, appliquée commune par commune (toutes les communes, seulement celles signalées dans &lt;b&gt;GUARANTEE_FIELD&lt;/b&gt; de la table d'appartenance ou listées dans &lt;b&gt;GUARANTEE_COMMUNES&lt;/b&gt;, ou aucune) puis additionnée par territoire ; &lt;b&gt;GUARANTEE_POOLING&lt;/b&gt; la mutualise à l'échelle de l'EPCI.&lt;/li&gt;&lt;li&gt;&lt;b&gt;PENE&lt;/b&gt; (facultatif) : consommation des projets d'envergure nationale ou européenne à déduire, par commune ou par territoire, en m².&lt;/li&gt;&lt;/ul&gt;&lt;h3&gt;Sorties&lt;/h3&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;OUTPUT&lt;/b&gt; : une entité par territoire avec tous les compteurs, symbolisée par statut.&lt;/li&gt;&lt;li&gt;&lt;b&gt;TRAJECTORY&lt;/b&gt; : territoire × année 2011–2030, observé et objectif, annuel et cumulé.&lt;/li&gt;&lt;li&gt;&lt;b&gt;REPORT&lt;/b&gt; : une page HTML avec un graphique et les compteurs par territoire, lisible hors ligne.&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;Les communes de la table d'appartenance absentes du fichier, et les communes du fichier hors de tout territoire, sont listées dans le journal, dans le champ communes_absentes et dans le rapport.&lt;/p&gt;</translation>
    </message>
    <message>
      <location filename="../processing/icu_hotspots.py" line="56" />
      <source>&lt;p&gt;Finds where the territory overheats and where it stays cool — statistically significant hot and cold spots of land surface temperature (Getis-Ord Gi*) — and crosses the hot spots with the population and the sensitive establishments (ERP) to target greening and îlots de fraîcheur.&lt;/p&gt;&lt;h3&gt;Inputs&lt;/h3&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;TEMPERATURE&lt;/b&gt;: a land surface temperature raster in °C or K, or a Landsat Collection 2 Level-2 ST_B10 band in raw digital numbers (K = DN × 0.00341802 + 149.0, fill 0 masked), or a point/polygon layer with a temperature field (&lt;b&gt;TEMPERATURE_FIELD&lt;/b&gt;). &lt;b&gt;TEMPERATURE_READING&lt;/b&gt;: automatic (from the median value) or forced; the reading applied is written in the log.&lt;/li&gt;&lt;li&gt;&lt;b&gt;UNITS&lt;/b&gt; (optional): analysis polygons (IRIS, îlots). Without them, a regular grid of &lt;b&gt;CELL_SIZE&lt;/b&gt; m (default 200 m) aligned on the INSEE 200 m grid (EPSG:3035), so Filosofi squares match cell for cell. A unit's temperature is the mean of the raster pixels weighted by the exact share of each pixel inside the unit (&lt;b&gt;ZONAL_METHOD&lt;/b&gt;; the faster rule of the pixels whose centre it contains remains available; the report says which was used). Units covering no valid pixel are listed and left out.&lt;/li&gt;&lt;li&gt;&lt;b&gt;WEIGHTS&lt;/b&gt;: distance band (&lt;b&gt;DISTANCE&lt;/b&gt; in metres; 0 = the smallest distance giving every unit a neighbour — on the 200 m grid that is 200 m, the cell and its 4 edge neighbours; for the 3 × 3 window choose queen contiguity or a band of 283 m), k nearest neighbours (&lt;b&gt;NEIGHBOURS&lt;/b&gt;), queen contiguity (shared edge or corner, ArcGIS 'edges and corners', PySAL Queen) or rook contiguity (shared edge, PySAL Rook) of polygon units with a &lt;b&gt;CONTIGUITY_TOLERANCE&lt;/b&gt; for slivers, or a PySAL/GeoDa &lt;b&gt;WEIGHTS_FILE&lt;/b&gt; (GAL: neighbour lists; GWT: weighted pairs) whose ids are those of &lt;b&gt;UNITS_ID_FIELD&lt;/b&gt;. Units without a neighbour count only themselves, as in esda, and are listed. Binary or row-standardised (no effect on Gi*). The unit counts itself.&lt;/li&gt;&lt;li&gt;Statistic: Gi* in the ArcGIS closed form (equal to PySAL esda G_Local with transform='B', star=True), two-sided analytical p-values; optional conditional &lt;b&gt;PERMUTATIONS&lt;/b&gt; (seeded by &lt;b&gt;SEED&lt;/b&gt;, only where n makes them practical; pseudo p-values cannot go below 1/(R+1)); optional &lt;b&gt;FDR&lt;/b&gt; correction that changes only the bins. Bins −3…+3 = cold/hot spots at 99/95/90 % confidence.&lt;/li&gt;&lt;li&gt;&lt;b&gt;POPULATION&lt;/b&gt; (optional): INSEE Filosofi 200 m squares or any polygons/points with a total population field (default Ind) and age fields (under 4: Ind_0_3; 65 or over: Ind_65_79, Ind_80p); joined by Idcar_200m on the INSEE grid, otherwise areal-weighted.&lt;/li&gt;&lt;li&gt;&lt;b&gt;ERP&lt;/b&gt; (optional): sensitive establishments with a category field: INSEE BPE codes (C1xx, D1xx, D401, D502), FINESS 500 and words (crèche, école, collège, EHPAD, hôpital…) are recognised.&lt;/li&gt;&lt;li&gt;&lt;b&gt;SUMMARY_AREAS&lt;/b&gt; (optional): communes or EPCI; the grid is restricted to them (&lt;b&gt;CLIP_TO_AREAS&lt;/b&gt;).&lt;/li&gt;&lt;li&gt;Stake matrices: &lt;b&gt;HEAT_BINS&lt;/b&gt; (1,3), &lt;b&gt;DENSITY_THRESHOLDS&lt;/b&gt; (300,1500 inhabitants/km²), &lt;b&gt;ERP_THRESHOLDS&lt;/b&gt; (1,3), &lt;b&gt;STAKE_MATRIX&lt;/b&gt; (1,1,1;1,2,3;2,3,4) — documented conventions, no national standard exists.&lt;/li&gt;&lt;/ul&gt;&lt;h3&gt;Outputs&lt;/h3&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;HOTSPOTS&lt;/b&gt;: units with mean temperature, z, p, bin and class, blue-to-red style.&lt;/li&gt;&lt;li&gt;&lt;b&gt;STAKES_POPULATION&lt;/b&gt;, &lt;b&gt;STAKES_ERP&lt;/b&gt;: heat level × density (or sensitive ERP) in a 3×3 matrix, bivariate style.&lt;/li&gt;&lt;li&gt;&lt;b&gt;SUMMARY&lt;/b&gt;: per territory, area, population and ERP in significant hot spots.&lt;/li&gt;&lt;li&gt;&lt;b&gt;REPORT&lt;/b&gt;: an HTML page with the method, parameters, map legend and tables, readable offline.&lt;/li&gt;&lt;/ul&gt;</source>
      <translation>&lt;p&gt;Repère où le territoire surchauffe et où il reste frais — points chauds et points froids statistiquement significatifs de la température de surface (Getis-Ord Gi*) — et croise les points chauds avec la population et les établissements sensibles (ERP) pour cibler la végétalisation et les îlots de fraîcheur.&lt;/p&gt;&lt;h3&gt;Entrées&lt;/h3&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;TEMPERATURE&lt;/b&gt; : un raster de température de surface en °C ou en K, une bande ST_B10 Landsat Collection 2 Level-2 en comptes numériques bruts (K = CN × 0.00341802 + 149.0, valeur de remplissage 0 masquée), ou une couche de points ou de polygones avec un champ de température (&lt;b&gt;TEMPERATURE_FIELD&lt;/b&gt;). &lt;b&gt;TEMPERATURE_READING&lt;/b&gt; : automatique (d'après la valeur médiane) ou forcée ; la lecture appliquée est écrite dans le journal.&lt;/li&gt;&lt;li&gt;&lt;b&gt;UNITS&lt;/b&gt; (facultatif) : polygones d'analyse (IRIS, îlots). À défaut, une grille régulière de &lt;b&gt;CELL_SIZE&lt;/b&gt; m (200 m par défaut) alignée sur le carroyage INSEE 200 m (EPSG:3035), de sorte que les carreaux Filosofi coïncident maille à maille. La température d'une unité est la moyenne des pixels pondérée par la part exacte de chaque pixel dans l'unité (&lt;b&gt;ZONAL_METHOD&lt;/b&gt; ; la règle plus rapide des pixels dont elle contient le centre reste disponible ; le rapport dit laquelle a servi). Les unités qui ne couvrent aucun pixel valide sont listées et écartées.&lt;/li&gt;&lt;li&gt;&lt;b&gt;WEIGHTS&lt;/b&gt; : bande de distance (&lt;b&gt;DISTANCE&lt;/b&gt; en mètres ; 0 = la plus petite distance qui donne un voisin à chaque unité — sur la grille de 200 m, c'est 200 m : le carreau et ses 4 voisins par un côté ; pour la fenêtre 3 × 3, choisissez la contiguïté reine ou une bande de 283 m), k plus proches voisins (&lt;b&gt;NEIGHBOURS&lt;/b&gt;), contiguïté reine (côté ou sommet commun, « edges and corners » d'ArcGIS, Queen de PySAL) ou tour (côté commun, Rook de PySAL) des unités polygonales, avec une &lt;b&gt;CONTIGUITY_TOLERANCE&lt;/b&gt; pour les interstices, ou un fichier de poids PySAL/GeoDa &lt;b&gt;WEIGHTS_FILE&lt;/b&gt; (GAL : listes de voisins ; GWT : paires pondérées) dont les identifiants sont ceux de &lt;b&gt;UNITS_ID_FIELD&lt;/b&gt;. Une unité sans voisin ne compte qu'elle-même, comme dans esda, et elle est signalée. Binaire ou standardisée par ligne (sans effet sur Gi*). Chaque unité est sa propre voisine.&lt;/li&gt;&lt;li&gt;Statistique : Gi* sous la forme fermée d'ArcGIS (identique à G_Local d'esda/PySAL avec transform='B', star=True), p-values analytiques bilatérales ; &lt;b&gt;PERMUTATIONS&lt;/b&gt; conditionnelles facultatives (graine &lt;b&gt;SEED&lt;/b&gt;, seulement lorsque n les rend praticables ; les pseudo-p-values ne peuvent pas descendre sous 1/(R+1)) ; correction &lt;b&gt;FDR&lt;/b&gt; facultative, qui ne modifie que les classes. Classes −3…+3 = points froids / points chauds à 99/95/90 % de confiance.&lt;/li&gt;&lt;li&gt;&lt;b&gt;POPULATION&lt;/b&gt; (facultatif) : carreaux INSEE Filosofi 200 m, ou tous polygones ou points avec un champ de population totale (Ind par défaut) et des champs par âge (moins de 4 ans : Ind_0_3 ; 65 ans ou plus : Ind_65_79, Ind_80p) ; jointure par Idcar_200m sur le carroyage INSEE, sinon pondération par la surface.&lt;/li&gt;&lt;li&gt;&lt;b&gt;ERP&lt;/b&gt; (facultatif) : établissements sensibles avec un champ de catégorie : les codes BPE de l'INSEE (C1xx, D1xx, D401, D502), les catégories FINESS 500 et des mots (crèche, école, collège, EHPAD, hôpital…) sont reconnus.&lt;/li&gt;&lt;li&gt;&lt;b&gt;SUMMARY_AREAS&lt;/b&gt; (facultatif) : communes ou EPCI ; la grille y est restreinte (&lt;b&gt;CLIP_TO_AREAS&lt;/b&gt;).&lt;/li&gt;&lt;li&gt;Matrices d'enjeux : &lt;b&gt;HEAT_BINS&lt;/b&gt; (1,3), &lt;b&gt;DENSITY_THRESHOLDS&lt;/b&gt; (300,1500 habitants/km²), &lt;b&gt;ERP_THRESHOLDS&lt;/b&gt; (1,3), &lt;b&gt;STAKE_MATRIX&lt;/b&gt; (1,1,1;1,2,3;2,3,4) — conventions documentées, en l'absence de norme nationale.&lt;/li&gt;&lt;/ul&gt;&lt;h3&gt;Sorties&lt;/h3&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;HOTSPOTS&lt;/b&gt; : unités avec température moyenne, z, p, classe et libellé, style du bleu au rouge.&lt;/li&gt;&lt;li&gt;&lt;b&gt;STAKES_POPULATION&lt;/b&gt;, &lt;b&gt;STAKES_ERP&lt;/b&gt; : niveau d'aléa chaleur × densité (ou ERP sensibles) dans une matrice 3×3, style bivarié.&lt;/li&gt;&lt;li&gt;&lt;b&gt;SUMMARY&lt;/b&gt; : par territoire, surface, population et ERP en points chauds significatifs.&lt;/li&gt;&lt;li&gt;&lt;b&gt;REPORT&lt;/b&gt; : une page HTML avec la méthode, les paramètres, la légende de la carte et les tableaux, lisible hors ligne.&lt;/li&gt;&lt;/ul&gt;</translation>
    </message>
    <message>
      <location filename="../processing/lizmap_publish.py" line="91" />
      <source>&lt;p&gt;Publishes result layers as a Lizmap observatory map: a clean QGIS project for the web (layers copied into one versioned GeoPackage beside it, rasters as GeoTIFF, styles kept, one group per algorithm, tables without geometry in the hidden group), its Lizmap configuration (&lt;i&gt;.qgs.cfg&lt;/i&gt;, Lizmap Web Client 3.7 to 3.10: popups with French labels, attribute tables, tooltips, filters by EPCI and commune, charts for the ZAN trajectory and the brownfields), background maps (Plan IGN, IGN aerial photographs, OpenStreetMap), an A4 landscape print layout, and access rights (Lizmap groups for the map and per layer, hidden map).&lt;/p&gt;&lt;h3&gt;Targets&lt;/h3&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;Local folder&lt;/b&gt;: the repository folder on a disk or a mounted share (&lt;b&gt;FOLDER&lt;/b&gt;).&lt;/li&gt;&lt;li&gt;&lt;b&gt;WebDAV&lt;/b&gt;: the repository folder on the WebDAV server (&lt;b&gt;WEBDAV_URL&lt;/b&gt;), with the login and password of a QGIS authentication configuration (&lt;b&gt;AUTHCFG&lt;/b&gt;, Basic method). Every request goes through QGIS's network settings (proxy, SSL exceptions, timeout).&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;With the &lt;b&gt;Lizmap Web Client address&lt;/b&gt;, its version and repositories are read from it (&lt;i&gt;index.php/view/app/metadata&lt;/i&gt;). Publishing is locked per project name, crash-safe (the data is sent under a new versioned name that only the new project uses, the old one is removed afterwards) and keeps the previous version as &lt;i&gt;.bak&lt;/i&gt;. Republishing keeps what an administrator changed in the configuration for the layers still published and lists what was dropped. Unchanged data is not sent again.&lt;/p&gt;&lt;p&gt;After the upload the map is verified with WMS GetCapabilities and GetMap, through Lizmap or directly through QGIS Server (&lt;b&gt;QGIS_SERVER_URL&lt;/b&gt; + &lt;b&gt;SERVER_FOLDER&lt;/b&gt;). &lt;b&gt;MAP_URL&lt;/b&gt; is the link to the web map.&lt;/p&gt;</source>
      <translation>&lt;p&gt;Publie des couches de résultats en carte d'observatoire Lizmap : un projet QGIS propre pour le web (couches copiées dans un GeoPackage versionné à côté, rasters en GeoTIFF, styles conservés, un groupe par algorithme, tables sans géométrie dans le groupe masqué), sa configuration Lizmap (&lt;i&gt;.qgs.cfg&lt;/i&gt;, Lizmap Web Client 3.7 à 3.10 : infobulles avec libellés français, tables attributaires, info-bulles, filtres par EPCI et par commune, graphiques de la trajectoire ZAN et des friches), des fonds de plan (Plan IGN, photographies aériennes IGN, OpenStreetMap), une mise en page A4 paysage et des droits d'accès (groupes Lizmap pour la carte et par couche, carte masquée).&lt;/p&gt;&lt;h3&gt;Cibles&lt;/h3&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;Dossier local&lt;/b&gt; : le dossier du répertoire sur un disque ou un partage monté (&lt;b&gt;FOLDER&lt;/b&gt;).&lt;/li&gt;&lt;li&gt;&lt;b&gt;WebDAV&lt;/b&gt; : le dossier du répertoire sur le serveur WebDAV (&lt;b&gt;WEBDAV_URL&lt;/b&gt;), avec l'identifiant et le mot de passe d'une configuration d'authentification QGIS (&lt;b&gt;AUTHCFG&lt;/b&gt;, méthode Basic). Chaque requête passe par les réglages réseau de QGIS (proxy, exceptions SSL, délai).&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;Avec l'&lt;b&gt;adresse de Lizmap Web Client&lt;/b&gt;, sa version et ses répertoires y sont lus (&lt;i&gt;index.php/view/app/metadata&lt;/i&gt;). La publication est verrouillée par nom de projet, sûre en cas de panne (les données sont envoyées sous un nouveau nom versionné que seul le nouveau projet utilise, l'ancien est supprimé ensuite) et garde la version précédente en &lt;i&gt;.bak&lt;/i&gt;. Republier conserve ce qu'un administrateur a modifié dans la configuration pour les couches toujours publiées et liste ce qui a été abandonné. Des données inchangées ne sont pas renvoyées.&lt;/p&gt;&lt;p&gt;Après l'envoi, la carte est vérifiée par GetCapabilities et GetMap WMS, via Lizmap ou directement via QGIS Server (&lt;b&gt;QGIS_SERVER_URL&lt;/b&gt; + &lt;b&gt;SERVER_FOLDER&lt;/b&gt;). &lt;b&gt;MAP_URL&lt;/b&gt; est le lien vers la carte web.&lt;/p&gt;</translation>
    </message>
    <message>
      <location filename="../processing/friches_mutability.py" line="65" />
      <source>&lt;p&gt;Scores every brownfield site of a layer for the seven Mutafriches uses (housing, public facilities, culture, offices, industry, renaturation, ground PV) with the published Mutafriches arithmetic, offline, from the agency's own layers.&lt;/p&gt;&lt;h3&gt;Inputs&lt;/h3&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;FRICHES&lt;/b&gt;: points or polygons. CNIG Friches fields and Cartofriches exports are recognised; fields named after a criterion id (e.g. typeProprietaire) are read as is. Features sharing a site id (&lt;b&gt;SITE_ID_FIELD&lt;/b&gt;) are one site made of several parcels.&lt;/li&gt;&lt;li&gt;&lt;b&gt;GRID&lt;/b&gt;: a preset (Mutafriches v1.11, v1.16, v1.19 — default the latest) or &lt;b&gt;GRID_FILE&lt;/b&gt;, a JSON grid of your own (copy a preset and edit it; format in docs/friches_grid_format.md).&lt;/li&gt;&lt;li&gt;Optional context layers, one per criterion family: MAIRIES, TRANSPORT_STOPS, MOTORWAYS, SUBSTATIONS, SHOPS, FLOOD_ZONES, CAVITIES, CLAY, TECH_RISKS, ENV_ZONES, HERITAGE, PLU_ZONES, ZAER, QPV, ZAE, GRID_SATURATION, TVB, WETLANDS, ITE, HEAT_NETWORK; COMMUNE_DATA gives the vacancy rate (taux_vacance) and ABC zone (zone_abc) per commune (insee_com). They are reprojected to the sites' CRS.&lt;/li&gt;&lt;li&gt;&lt;b&gt;SENSITIVITY&lt;/b&gt; (%) and &lt;b&gt;SENSITIVITY_DRAWS&lt;/b&gt;: perturb every weight by ±N % over M seeded draws and report how often the best use stays first (field stabilite).&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;A criterion with no source stays unknown and lowers the reliability (fiabilite); it never becomes a default.&lt;/p&gt;&lt;h3&gt;Outputs&lt;/h3&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;OUTPUT&lt;/b&gt;: the sites with ind_* and rang_* per use, usage_1, indice_1, potentiel, fiabilite, fiab_niveau, exclus, inconnus, grille.&lt;/li&gt;&lt;li&gt;&lt;b&gt;DETAILS&lt;/b&gt;: site × use × criterion: value, code, score, weight, points, side.&lt;/li&gt;&lt;li&gt;&lt;b&gt;REPORT&lt;/b&gt;: an HTML page, one card per site and a territory summary, readable offline.&lt;/li&gt;&lt;/ul&gt;</source>
      <translation>&lt;p&gt;Évalue chaque site d'une couche de friches pour les sept usages de Mutafriches (logement, équipements publics, culture, bureaux, industrie, renaturation, photovoltaïque au sol) avec l'arithmétique publiée de Mutafriches, hors ligne, à partir des couches propres de l'agence.&lt;/p&gt;&lt;h3&gt;Entrées&lt;/h3&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;FRICHES&lt;/b&gt; : points ou polygones. Les champs du standard CNIG Friches et les exports Cartofriches sont reconnus ; les champs nommés d'après l'identifiant d'un critère (p. ex. typeProprietaire) sont lus tels quels. Les entités qui partagent un identifiant de site (&lt;b&gt;SITE_ID_FIELD&lt;/b&gt;) forment un seul site composé de plusieurs parcelles.&lt;/li&gt;&lt;li&gt;&lt;b&gt;GRID&lt;/b&gt; : une grille prédéfinie (Mutafriches v1.11, v1.16, v1.19 — par défaut la plus récente) ou &lt;b&gt;GRID_FILE&lt;/b&gt;, votre propre grille JSON (copier une grille prédéfinie puis la modifier ; format décrit dans docs/friches_grid_format.md).&lt;/li&gt;&lt;li&gt;Couches de contexte facultatives, une par famille de critères : MAIRIES, TRANSPORT_STOPS, MOTORWAYS, SUBSTATIONS, SHOPS, FLOOD_ZONES, CAVITIES, CLAY, TECH_RISKS, ENV_ZONES, HERITAGE, PLU_ZONES, ZAER, QPV, ZAE, GRID_SATURATION, TVB, WETLANDS, ITE, HEAT_NETWORK ; COMMUNE_DATA fournit le taux de vacance (taux_vacance) et la zone ABC (zone_abc) de chaque commune (insee_com). Elles sont reprojetées dans le SCR des sites.&lt;/li&gt;&lt;li&gt;&lt;b&gt;SENSITIVITY&lt;/b&gt; (%) et &lt;b&gt;SENSITIVITY_DRAWS&lt;/b&gt; : font varier chaque poids de ±N % sur M tirages à graine fixe et indiquent la part des tirages où l'usage le plus adapté reste en tête (champ stabilite).&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;Un critère sans source reste inconnu et abaisse la fiabilité (fiabilite) ; il ne reçoit jamais de valeur par défaut.&lt;/p&gt;&lt;h3&gt;Sorties&lt;/h3&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;OUTPUT&lt;/b&gt; : les sites avec ind_* et rang_* par usage, usage_1, indice_1, potentiel, fiabilite, fiab_niveau, exclus, inconnus, grille.&lt;/li&gt;&lt;li&gt;&lt;b&gt;DETAILS&lt;/b&gt; : site × usage × critère : valeur, code, note, poids, points, côté.&lt;/li&gt;&lt;li&gt;&lt;b&gt;REPORT&lt;/b&gt; : une page HTML, une fiche par site et une synthèse du territoire, lisible hors ligne.&lt;/li&gt;&lt;/ul&gt;</translation>
    </message>
    <message>
      <location filename="../plugin.py" line="57" />
      <source>AULA Toolkit</source>
      <translation>AULA Toolkit</translation>
    </message>
    <message>
      <location filename="../processing/provider.py" line="31" />
      <source>AULA Toolkit {version} – territorial analysis</source>
      <translation>AULA Toolkit {version} – analyse territoriale</translation>
    </message>
    <message>
      <location filename="../plugin.py" line="52" />
      <source>AULA Toolkit — Lizmap</source>
      <translation>AULA Toolkit — Lizmap</translation>
    </message>
    <message>
      <location filename="../processing/lizmap_publish.py" line="295" />
      <source>Administrator settings kept from the published configuration: {n}</source>
      <translation>Réglages de l'administrateur conservés depuis la configuration publiée : {n}</translation>
    </message>
    <message>
      <location filename="../processing/lizmap_publish.py" line="87" />
      <source>After the upload, WMS GetCapabilities must list every layer and GetMap must draw them.</source>
      <translation>Après l'envoi, le GetCapabilities WMS doit lister chaque couche et le GetMap doit les dessiner.</translation>
    </message>
    <message>
      <location filename="../processing/lizmap_publish.py" line="61" />
      <source>Agency logo for the print layout</source>
      <translation>Logo de l'agence pour la mise en page</translation>
    </message>
    <message>
      <location filename="../processing/zan_counters.py" line="125" />
      <source>All communes (covered by a planning document)</source>
      <translation>Toutes les communes (couvertes par un document d'urbanisme)</translation>
    </message>
    <message>
      <location filename="../processing/icu_hotspots.py" line="163" />
      <source>Analysis units (polygons; empty = 200 m INSEE grid)</source>
      <translation>Unités d'analyse (polygones ; vide = carroyage INSEE 200 m)</translation>
    </message>
    <message>
      <location filename="../processing/lizmap_publish.py" line="54" />
      <source>Authentication (QGIS authentication database)</source>
      <translation>Authentification (base d'authentification de QGIS)</translation>
    </message>
    <message>
      <location filename="../processing/icu_hotspots.py" line="159" />
      <source>Automatic (from the values)</source>
      <translation>Automatique (d'après les valeurs)</translation>
    </message>
    <message>
      <location filename="../processing/lizmap_publish.py" line="56" />
      <source>Background maps</source>
      <translation>Fonds de plan</translation>
    </message>
    <message>
      <location filename="../processing/lizmap_publish.py" line="81" />
      <source>Background maps offered in the map (the first one shown at startup).</source>
      <translation>Fonds de plan proposés dans la carte (le premier est affiché à l'ouverture).</translation>
    </message>
    <message>
      <location filename="../processing/lizmap_publish.py" line="226" />
      <source>Backups of the previous version</source>
      <translation>Sauvegardes de la version précédente</translation>
    </message>
    <message>
      <location filename="../processing/lizmap_publish.py" line="77" />
      <source>Basic login and password stored in the QGIS authentication database; QGIS's proxy, SSL exceptions and timeout apply.</source>
      <translation>Identifiant et mot de passe (Basic) enregistrés dans la base d'authentification de QGIS ; le proxy, les exceptions SSL et le délai réseau de QGIS s'appliquent.</translation>
    </message>
    <message>
      <location filename="../processing/icu_hotspots.py" line="191" />
      <source>Binary</source>
      <translation>Binaire</translation>
    </message>
    <message>
      <location filename="../processing/friches_mutability.py" line="108" />
      <source>Brownfield sites (points or polygons)</source>
      <translation>Sites en friche (points ou polygones)</translation>
    </message>
    <message>
      <location filename="../processing/base.py" line="33" />
      <source>Brownfields</source>
      <translation>Friches</translation>
    </message>
    <message>
      <location filename="../gui/lizmap_dock.py" line="235" />
      <source>Build the web map and publish it to the repository.</source>
      <translation>Construire la carte web et la publier dans le répertoire.</translation>
    </message>
    <message>
      <location filename="../processing/friches_mutability.py" line="54" />
      <source>Business parks (ZAE)</source>
      <translation>Zones d'activités économiques (ZAE)</translation>
    </message>
    <message>
      <location filename="../processing/base.py" line="36" />
      <source>Business zones</source>
      <translation>Zones d'activités</translation>
    </message>
    <message>
      <location filename="../gui/lizmap_dock.py" line="236" />
      <source>Cancel</source>
      <translation>Annuler</translation>
    </message>
    <message>
      <location filename="../processing/zan_counters.py" line="98" />
      <source>Cerema consumption file (CSV, shapefile or table)</source>
      <translation>Fichier de consommation du Cerema (CSV, shapefile ou table)</translation>
    </message>
    <message>
      <location filename="../processing/friches_mutability.py" line="47" />
      <source>Clay shrink-swell zones (field alea)</source>
      <translation>Zones de retrait-gonflement des argiles (champ alea)</translation>
    </message>
    <message>
      <location filename="../processing/base.py" line="34" />
      <source>Climate and heat</source>
      <translation>Climat et chaleur</translation>
    </message>
    <message>
      <location filename="../processing/friches_mutability.py" line="124" />
      <source>Commune data (insee_com, taux_vacance, zone_abc)</source>
      <translation>Données communales (insee_com, taux_vacance, zone_abc)</translation>
    </message>
    <message>
      <location filename="../processing/zan_counters.py" line="111" />
      <source>Commune polygons (to draw the territories)</source>
      <translation>Polygones communaux (pour dessiner les territoires)</translation>
    </message>
    <message>
      <location filename="../processing/zan_counters.py" line="113" />
      <source>Commune polygons: INSEE code field</source>
      <translation>Polygones communaux : champ du code INSEE</translation>
    </message>
    <message>
      <location filename="../processing/zan_counters.py" line="103" />
      <source>Communes</source>
      <translation>Communes</translation>
    </message>
    <message>
      <location filename="../processing/icu_hotspots.py" line="192" />
      <source>Conditional permutations (0 = analytical p-values)</source>
      <translation>Permutations conditionnelles (0 = p-values analytiques)</translation>
    </message>
    <message>
      <location filename="../processing/zan_counters.py" line="151" />
      <source>Consumption file read: {n} communes, years {a}–{b} ({layout}).</source>
      <translation>Fichier de consommation lu : {n} communes, années {a}–{b} ({layout}).</translation>
    </message>
    <message>
      <location filename="../processing/icu_hotspots.py" line="180" />
      <source>Contiguity tolerance (m; polygons this close count as touching)</source>
      <translation>Tolérance de contiguïté (m ; des polygones aussi proches sont considérés comme jointifs)</translation>
    </message>
    <message>
      <location filename="../processing/lizmap_publish.py" line="289" />
      <source>Data unchanged since the last publication: the same data file is used.</source>
      <translation>Données inchangées depuis la dernière publication : le même fichier de données est utilisé.</translation>
    </message>
    <message>
      <location filename="../processing/zan_counters.py" line="120" />
      <source>Default reduction objective (%)</source>
      <translation>Objectif de réduction par défaut (%)</translation>
    </message>
    <message>
      <location filename="../processing/icu_hotspots.py" line="159" />
      <source>Degrees Celsius</source>
      <translation>Degrés Celsius</translation>
    </message>
    <message>
      <location filename="../processing/friches_mutability.py" line="133" />
      <source>Deliberate deviations from Mutafriches (none by default)</source>
      <translation>Écarts délibérés à Mutafriches (aucun par défaut)</translation>
    </message>
    <message>
      <location filename="../processing/icu_hotspots.py" line="220" />
      <source>Density thresholds (inhabitants/km²)</source>
      <translation>Seuils de densité (habitants/km²)</translation>
    </message>
    <message>
      <location filename="../processing/icu_hotspots.py" line="172" />
      <source>Distance band</source>
      <translation>Bande de distance</translation>
    </message>
    <message>
      <location filename="../processing/icu_hotspots.py" line="175" />
      <source>Distance band (m; 0 = smallest distance giving every unit a neighbour)</source>
      <translation>Bande de distance (m ; 0 = plus petite distance donnant un voisin à chaque unité)</translation>
    </message>
    <message>
      <location filename="../processing/friches_mutability.py" line="59" />
      <source>District heating networks</source>
      <translation>Réseaux de chaleur</translation>
    </message>
    <message>
      <location filename="../processing/zan_counters.py" line="173" />
      <source>EPCI</source>
      <translation>EPCI</translation>
    </message>
    <message>
      <location filename="../processing/zan_counters.py" line="103" />
      <source>EPCI (column epciYY of the file)</source>
      <translation>EPCI (colonne epciAA du fichier)</translation>
    </message>
    <message>
      <location filename="../processing/icu_hotspots.py" line="208" />
      <source>ERP category field (BPE TYPEQU, FINESS category or text)</source>
      <translation>Champ de la catégorie d'ERP (TYPEQU de la BPE, catégorie FINESS ou texte)</translation>
    </message>
    <message>
      <location filename="../processing/icu_hotspots.py" line="222" />
      <source>ERP count thresholds</source>
      <translation>Seuils du nombre d'ERP</translation>
    </message>
    <message>
      <location filename="../processing/icu_hotspots.py" line="209" />
      <source>ERP name field</source>
      <translation>Champ du nom de l'ERP</translation>
    </message>
    <message>
      <location filename="../processing/friches_mutability.py" line="43" />
      <source>Electricity substations</source>
      <translation>Postes électriques</translation>
    </message>
    <message>
      <location filename="../processing/friches_mutability.py" line="49" />
      <source>Environmental zonings (field type: Natura 2000, ZNIEFF…)</source>
      <translation>Zonages environnementaux (champ type : Natura 2000, ZNIEFF…)</translation>
    </message>
    <message>
      <location filename="../processing/icu_hotspots.py" line="188" />
      <source>Exact share of each pixel inside the unit</source>
      <translation>Part exacte de chaque pixel dans l'unité</translation>
    </message>
    <message>
      <location filename="../processing/icu_hotspots.py" line="196" />
      <source>False Discovery Rate correction of the bins</source>
      <translation>Correction FDR (taux de fausses découvertes) des classes</translation>
    </message>
    <message>
      <location filename="../processing/friches_mutability.py" line="45" />
      <source>Flood zones</source>
      <translation>Zones inondables</translation>
    </message>
    <message>
      <location filename="../processing/friches_mutability.py" line="137" />
      <source>Friches mutability</source>
      <translation>Mutabilité des friches</translation>
    </message>
    <message>
      <location filename="../processing/friches_mutability.py" line="91" />
      <source>Friches mutability (Mutafriches, all sites at once)</source>
      <translation>Mutabilité des friches (Mutafriches, tous les sites à la fois)</translation>
    </message>
    <message>
      <location filename="../processing/friches_mutability.py" line="139" />
      <source>Friches mutability details (site × use × criterion)</source>
      <translation>Détail de la mutabilité des friches (site × usage × critère)</translation>
    </message>
    <message>
      <location filename="../processing/friches_mutability.py" line="142" />
      <source>Friches mutability report (HTML)</source>
      <translation>Rapport de mutabilité des friches (HTML)</translation>
    </message>
    <message>
      <location filename="../processing/friches_mutability.py" line="225" />
      <source>Friches mutability – best use</source>
      <translation>Mutabilité des friches – usage le plus adapté</translation>
    </message>
    <message>
      <location filename="../processing/zan_counters.py" line="280" />
      <source>Garantie communale applied to {n} communes.</source>
      <translation>Garantie communale appliquée à {n} communes.</translation>
    </message>
    <message>
      <location filename="../processing/zan_counters.py" line="124" />
      <source>Garantie communale of 1 ha</source>
      <translation>Garantie communale de 1 ha</translation>
    </message>
    <message>
      <location filename="../processing/zan_counters.py" line="261" />
      <source>Garantie communale: every commune is taken as covered by a planning document.</source>
      <translation>Garantie communale : chaque commune est considérée comme couverte par un document d'urbanisme.</translation>
    </message>
    <message>
      <location filename="../processing/base.py" line="35" />
      <source>Green and blue network</source>
      <translation>Trame verte et bleue</translation>
    </message>
    <message>
      <location filename="../processing/friches_mutability.py" line="56" />
      <source>Green and blue network (field type)</source>
      <translation>Trame verte et bleue (champ type)</translation>
    </message>
    <message>
      <location filename="../processing/icu_hotspots.py" line="168" />
      <source>Grid CRS (INSEE grid: EPSG:3035)</source>
      <translation>SCR de la grille (carroyage INSEE : EPSG:3035)</translation>
    </message>
    <message>
      <location filename="../processing/icu_hotspots.py" line="166" />
      <source>Grid cell size (m)</source>
      <translation>Taille des mailles de la grille (m)</translation>
    </message>
    <message>
      <location filename="../processing/friches_mutability.py" line="115" />
      <source>Grid file of your own (JSON, replaces GRID)</source>
      <translation>Fichier de grille personnalisée (JSON, remplace GRID)</translation>
    </message>
    <message>
      <location filename="../processing/friches_mutability.py" line="160" />
      <source>Grid: {name} ({n} criteria).</source>
      <translation>Grille : {name} ({n} critères).</translation>
    </message>
    <message>
      <location filename="../processing/zan_counters.py" line="133" />
      <source>Guarantee pooled at EPCI level</source>
      <translation>Garantie mutualisée à l'échelle de l'EPCI</translation>
    </message>
    <message>
      <location filename="../processing/zan_counters.py" line="130" />
      <source>Guarantee: INSEE codes of covered communes (comma-separated)</source>
      <translation>Garantie : codes INSEE des communes couvertes (séparés par des virgules)</translation>
    </message>
    <message>
      <location filename="../processing/zan_counters.py" line="127" />
      <source>Guarantee: membership field flagging covered communes (1/oui)</source>
      <translation>Garantie : champ de la table d'appartenance signalant les communes couvertes (1/oui)</translation>
    </message>
    <message>
      <location filename="../processing/friches_mutability.py" line="142" />
      <source>HTML files (*.html)</source>
      <translation>Fichiers HTML (*.html)</translation>
    </message>
    <message>
      <location filename="../processing/icu_hotspots.py" line="219" />
      <source>Heat levels 2 and 3 from Gi* bin</source>
      <translation>Niveaux d'aléa 2 et 3 à partir de la classe Gi*</translation>
    </message>
    <message>
      <location filename="../processing/friches_mutability.py" line="50" />
      <source>Heritage servitudes (field type: AC1, AC2, AC4)</source>
      <translation>Servitudes patrimoniales (champ type : AC1, AC2, AC4)</translation>
    </message>
    <message>
      <location filename="../processing/lizmap_publish.py" line="59" />
      <source>Hide the map from the landing page (reachable by its link only)</source>
      <translation>Masquer la carte de la page d'accueil (accessible par son lien seulement)</translation>
    </message>
    <message>
      <location filename="../processing/icu_hotspots.py" line="212" />
      <source>Highly sensitive ERP codes (prefixes)</source>
      <translation>Codes des ERP très sensibles (préfixes)</translation>
    </message>
    <message>
      <location filename="../processing/icu_hotspots.py" line="225" />
      <source>Hot and cold spots</source>
      <translation>Points chauds et points froids</translation>
    </message>
    <message>
      <location filename="../processing/icu_hotspots.py" line="283" />
      <source>Hot and cold spots (Gi*)</source>
      <translation>Points chauds et points froids (Gi*)</translation>
    </message>
    <message>
      <location filename="../processing/icu_hotspots.py" line="205" />
      <source>INSEE cell identifier field (default Idcar_200m)</source>
      <translation>Champ de l'identifiant du carreau INSEE (Idcar_200m par défaut)</translation>
    </message>
    <message>
      <location filename="../processing/zan_counters.py" line="99" />
      <source>INSEE code field of the consumption file (default: idcom)</source>
      <translation>Champ du code INSEE du fichier de consommation (par défaut : idcom)</translation>
    </message>
    <message>
      <location filename="../processing/icu_hotspots.py" line="159" />
      <source>Kelvin</source>
      <translation>Kelvin</translation>
    </message>
    <message>
      <location filename="../processing/icu_hotspots.py" line="160" />
      <source>Landsat Collection 2 Level-2 ST_B10 raw values</source>
      <translation>Valeurs brutes ST_B10 Landsat Collection 2 Level-2</translation>
    </message>
    <message>
      <location filename="../processing/lizmap_publish.py" line="64" />
      <source>Layers copied into the web map: vector layers (tables without geometry go to the hidden group used by attribute tables and charts) and file rasters.</source>
      <translation>Couches copiées dans la carte web : couches vecteur (les tables sans géométrie vont dans le groupe masqué utilisé par les tables attributaires et les graphiques) et rasters en fichier.</translation>
    </message>
    <message>
      <location filename="../processing/lizmap_publish.py" line="68" />
      <source>Letters, digits, '_' and '-' (at most 64); it becomes &lt;name&gt;.qgs, &lt;name&gt;.qgs.cfg and &lt;name&gt;.&lt;version&gt;.gpkg.</source>
      <translation>Lettres, chiffres, « _ » et « - » (64 au plus) ; il devient &lt;nom&gt;.qgs, &lt;nom&gt;.qgs.cfg et &lt;nom&gt;.&lt;version&gt;.gpkg.</translation>
    </message>
    <message>
      <location filename="../processing/lizmap_publish.py" line="52" />
      <source>Lizmap Web Client address</source>
      <translation>Adresse de Lizmap Web Client</translation>
    </message>
    <message>
      <location filename="../processing/lizmap_publish.py" line="55" />
      <source>Lizmap Web Client version</source>
      <translation>Version de Lizmap Web Client</translation>
    </message>
    <message>
      <location filename="../processing/lizmap_publish.py" line="328" />
      <source>Lizmap Web Client {v}: configuration written for {t}.</source>
      <translation>Lizmap Web Client {v} : configuration écrite pour {t}.</translation>
    </message>
    <message>
      <location filename="../processing/lizmap_publish.py" line="224" />
      <source>Lizmap configuration (staging copy)</source>
      <translation>Configuration Lizmap (copie de préparation)</translation>
    </message>
    <message>
      <location filename="../processing/lizmap_publish.py" line="57" />
      <source>Lizmap groups allowed to see the map</source>
      <translation>Groupes Lizmap autorisés à voir la carte</translation>
    </message>
    <message>
      <location filename="../processing/lizmap_publish.py" line="58" />
      <source>Lizmap groups per layer</source>
      <translation>Groupes Lizmap par couche</translation>
    </message>
    <message>
      <location filename="../gui/lizmap_dock.py" line="167" />
      <source>Lizmap repository</source>
      <translation>Répertoire Lizmap</translation>
    </message>
    <message>
      <location filename="../processing/lizmap_publish.py" line="53" />
      <source>Lizmap repository id</source>
      <translation>Identifiant du répertoire Lizmap</translation>
    </message>
    <message>
      <location filename="../processing/lizmap_publish.py" line="82" />
      <source>Lizmap user group ids separated by commas; empty: everyone who can see the repository.</source>
      <translation>Identifiants de groupes d'utilisateurs Lizmap séparés par des virgules ; vide : tous ceux qui voient le répertoire.</translation>
    </message>
    <message>
      <location filename="../processing/lizmap_publish.py" line="70" />
      <source>Local folder (disk or mounted share) or WebDAV repository.</source>
      <translation>Dossier local (disque ou partage monté) ou répertoire WebDAV.</translation>
    </message>
    <message>
      <location filename="../processing/lizmap_publish.py" line="50" />
      <source>Local repository folder</source>
      <translation>Dossier local du répertoire</translation>
    </message>
    <message>
      <location filename="../gui/lizmap_dock.py" line="209" />
      <source>Map</source>
      <translation>Carte</translation>
    </message>
    <message>
      <location filename="../processing/lizmap_publish.py" line="47" />
      <source>Map abstract (French)</source>
      <translation>Résumé de la carte</translation>
    </message>
    <message>
      <location filename="../processing/lizmap_publish.py" line="46" />
      <source>Map title (French)</source>
      <translation>Titre de la carte</translation>
    </message>
    <message>
      <location filename="../processing/zan_counters.py" line="104" />
      <source>Membership table</source>
      <translation>Table d'appartenance</translation>
    </message>
    <message>
      <location filename="../processing/zan_counters.py" line="106" />
      <source>Membership table (commune → territory)</source>
      <translation>Table d'appartenance (commune → territoire)</translation>
    </message>
    <message>
      <location filename="../processing/zan_counters.py" line="107" />
      <source>Membership: commune INSEE code field</source>
      <translation>Appartenance : champ du code INSEE de la commune</translation>
    </message>
    <message>
      <location filename="../processing/zan_counters.py" line="108" />
      <source>Membership: territory code field</source>
      <translation>Appartenance : champ du code du territoire</translation>
    </message>
    <message>
      <location filename="../processing/zan_counters.py" line="109" />
      <source>Membership: territory name field</source>
      <translation>Appartenance : champ du nom du territoire</translation>
    </message>
    <message>
      <location filename="../processing/friches_mutability.py" line="42" />
      <source>Motorways or motorway accesses</source>
      <translation>Autoroutes ou accès autoroutiers</translation>
    </message>
    <message>
      <location filename="../processing/zan_counters.py" line="126" />
      <source>None</source>
      <translation>Aucune</translation>
    </message>
    <message>
      <location filename="../processing/icu_hotspots.py" line="177" />
      <source>Number of neighbours (k nearest)</source>
      <translation>Nombre de voisins (k plus proches)</translation>
    </message>
    <message>
      <location filename="../processing/zan_counters.py" line="118" />
      <source>Objectives: parent territory code field</source>
      <translation>Objectifs : champ du code du territoire parent</translation>
    </message>
    <message>
      <location filename="../processing/zan_counters.py" line="117" />
      <source>Objectives: reduction % field</source>
      <translation>Objectifs : champ du % de réduction</translation>
    </message>
    <message>
      <location filename="../processing/zan_counters.py" line="116" />
      <source>Objectives: territory code field</source>
      <translation>Objectifs : champ du code du territoire</translation>
    </message>
    <message>
      <location filename="../processing/lizmap_publish.py" line="83" />
      <source>One line per restricted layer: 'layer name: group1, group2'. Other groups do not see the layer at all (legend, map, tables).</source>
      <translation>Une ligne par couche restreinte : « nom de la couche : groupe1, groupe2 ». Les autres groupes ne voient pas du tout la couche (légende, carte, tables).</translation>
    </message>
    <message>
      <location filename="../processing/zan_counters.py" line="125" />
      <source>Only communes flagged or listed</source>
      <translation>Seulement les communes signalées ou listées</translation>
    </message>
    <message>
      <location filename="../processing/icu_hotspots.py" line="233" />
      <source>Overheating report (HTML)</source>
      <translation>Rapport sur la surchauffe (HTML)</translation>
    </message>
    <message>
      <location filename="../processing/icu_hotspots.py" line="299" />
      <source>Overheating summary</source>
      <translation>Synthèse de la surchauffe</translation>
    </message>
    <message>
      <location filename="../processing/icu_hotspots.py" line="231" />
      <source>Overheating summary per territory</source>
      <translation>Synthèse de la surchauffe par territoire</translation>
    </message>
    <message>
      <location filename="../processing/zan_counters.py" line="135" />
      <source>PENE consumption to deduct (m² per commune or territory)</source>
      <translation>Consommation PENE à déduire (m² par commune ou territoire)</translation>
    </message>
    <message>
      <location filename="../processing/zan_counters.py" line="137" />
      <source>PENE: commune or territory code field</source>
      <translation>PENE : champ du code de la commune ou du territoire</translation>
    </message>
    <message>
      <location filename="../processing/zan_counters.py" line="138" />
      <source>PENE: consumption field (m²)</source>
      <translation>PENE : champ de la consommation (m²)</translation>
    </message>
    <message>
      <location filename="../processing/friches_mutability.py" line="51" />
      <source>PLU/GPU zoning (typezone, destdomi, libelong)</source>
      <translation>Zonage PLU/GPU (typezone, destdomi, libelong)</translation>
    </message>
    <message>
      <location filename="../processing/lizmap_publish.py" line="88" />
      <source>PNG or SVG embedded in the print layout (top right).</source>
      <translation>PNG ou SVG intégré à la mise en page (en haut à droite).</translation>
    </message>
    <message>
      <location filename="../processing/icu_hotspots.py" line="188" />
      <source>Pixels whose centre falls inside (faster)</source>
      <translation>Pixels dont le centre est dans l'unité (plus rapide)</translation>
    </message>
    <message>
      <location filename="../processing/icu_hotspots.py" line="198" />
      <source>Population (INSEE Filosofi 200 m squares or polygons/points)</source>
      <translation>Population (carreaux INSEE Filosofi 200 m ou polygones/points)</translation>
    </message>
    <message>
      <location filename="../gui/lizmap_dock.py" line="452" />
      <source>Previous version kept as .bak.</source>
      <translation>Version précédente conservée en .bak.</translation>
    </message>
    <message>
      <location filename="../processing/lizmap_publish.py" line="292" />
      <source>Previous version kept: {name}</source>
      <translation>Version précédente conservée : {name}</translation>
    </message>
    <message>
      <location filename="../processing/friches_mutability.py" line="53" />
      <source>Priority neighbourhoods (QPV)</source>
      <translation>Quartiers prioritaires de la politique de la ville (QPV)</translation>
    </message>
    <message>
      <location filename="../processing/lizmap_publish.py" line="48" />
      <source>Project name in the repository</source>
      <translation>Nom du projet dans le répertoire</translation>
    </message>
    <message>
      <location filename="../processing/friches_mutability.py" line="41" />
      <source>Public transport stops (&lt; 500 m)</source>
      <translation>Arrêts de transport en commun (&lt; 500 m)</translation>
    </message>
    <message>
      <location filename="../gui/lizmap_dock.py" line="234" />
      <source>Publish</source>
      <translation>Publier</translation>
    </message>
    <message>
      <location filename="../processing/lizmap_publish.py" line="135" />
      <source>Publish to Lizmap</source>
      <translation>Publier sur Lizmap</translation>
    </message>
    <message>
      <location filename="../gui/lizmap_dock.py" line="450" />
      <source>Published (not verified: no Lizmap or QGIS Server address).</source>
      <translation>Publié (non vérifié : aucune adresse Lizmap ni QGIS Server).</translation>
    </message>
    <message>
      <location filename="../gui/lizmap_dock.py" line="447" />
      <source>Published and verified: {n} layers answer.</source>
      <translation>Publié et vérifié : {n} couches répondent.</translation>
    </message>
    <message>
      <location filename="../processing/lizmap_publish.py" line="304" />
      <source>Published without verification (no Lizmap or QGIS Server address).</source>
      <translation>Publié sans vérification (aucune adresse Lizmap ni QGIS Server).</translation>
    </message>
    <message>
      <location filename="../processing/base.py" line="37" />
      <source>Publishing</source>
      <translation>Publication</translation>
    </message>
    <message>
      <location filename="../gui/lizmap_dock.py" line="66" />
      <source>Publishing to Lizmap</source>
      <translation>Publication sur Lizmap</translation>
    </message>
    <message>
      <location filename="../processing/icu_hotspots.py" line="172" />
      <source>Queen contiguity (edges and corners; 3 × 3 window on the grid)</source>
      <translation>Contiguïté reine (côtés et sommets ; fenêtre 3 × 3 sur la grille)</translation>
    </message>
    <message>
      <location filename="../processing/friches_mutability.py" line="58" />
      <source>Rail freight sidings (ITE, field etat)</source>
      <translation>Installations terminales embranchées (ITE, champ etat)</translation>
    </message>
    <message>
      <location filename="../processing/icu_hotspots.py" line="194" />
      <source>Random seed of the permutations</source>
      <translation>Graine aléatoire des permutations</translation>
    </message>
    <message>
      <location filename="../processing/icu_hotspots.py" line="161" />
      <source>Raster band</source>
      <translation>Bande du raster</translation>
    </message>
    <message>
      <location filename="../gui/lizmap_dock.py" line="180" />
      <source>Read the instance</source>
      <translation>Lire l'instance</translation>
    </message>
    <message>
      <location filename="../gui/lizmap_dock.py" line="181" />
      <source>Read the version and the repositories of the Lizmap Web Client (index.php/view/app/metadata) with the authentication.</source>
      <translation>Lire la version et les répertoires du Lizmap Web Client (index.php/view/app/metadata) avec l'authentification.</translation>
    </message>
    <message>
      <location filename="../processing/friches_mutability.py" line="52" />
      <source>Renewable energy acceleration zones (ZAER)</source>
      <translation>Zones d'accélération des énergies renouvelables (ZAER)</translation>
    </message>
    <message>
      <location filename="../processing/lizmap_publish.py" line="220" />
      <source>Replace a project of the same name not published by AULA Toolkit</source>
      <translation>Remplacer un projet du même nom non publié par AULA Toolkit</translation>
    </message>
    <message>
      <location filename="../processing/lizmap_publish.py" line="218" />
      <source>Repository folder as QGIS Server sees it</source>
      <translation>Dossier du répertoire vu par QGIS Server</translation>
    </message>
    <message>
      <location filename="../processing/lizmap_publish.py" line="76" />
      <source>Repository id in Lizmap (the one listed by the instance when its address is given).</source>
      <translation>Identifiant du répertoire dans Lizmap (celui que liste l'instance quand son adresse est donnée).</translation>
    </message>
    <message>
      <location filename="../processing/icu_hotspots.py" line="218" />
      <source>Restrict the grid to the summary territories</source>
      <translation>Restreindre la grille aux territoires de synthèse</translation>
    </message>
    <message>
      <location filename="../processing/lizmap_publish.py" line="45" />
      <source>Result layers to publish</source>
      <translation>Couches de résultats à publier</translation>
    </message>
    <message>
      <location filename="../processing/icu_hotspots.py" line="173" />
      <source>Rook contiguity (edges only)</source>
      <translation>Contiguïté tour (côtés seulement)</translation>
    </message>
    <message>
      <location filename="../processing/icu_hotspots.py" line="191" />
      <source>Row-standardised</source>
      <translation>Standardisée par ligne</translation>
    </message>
    <message>
      <location filename="../processing/zan_counters.py" line="174" />
      <source>SCoT</source>
      <translation>SCoT</translation>
    </message>
    <message>
      <location filename="../processing/zan_counters.py" line="103" />
      <source>SCoT (column scot of the file)</source>
      <translation>SCoT (colonne scot du fichier)</translation>
    </message>
    <message>
      <location filename="../processing/friches_mutability.py" line="55" />
      <source>Saturated grid zones for renewables</source>
      <translation>Zones de réseau électrique saturé pour les EnR</translation>
    </message>
    <message>
      <location filename="../processing/friches_mutability.py" line="112" />
      <source>Scoring grid</source>
      <translation>Grille de notation</translation>
    </message>
    <message>
      <location filename="../processing/icu_hotspots.py" line="210" />
      <source>Sensitive ERP codes (prefixes)</source>
      <translation>Codes des ERP sensibles (préfixes)</translation>
    </message>
    <message>
      <location filename="../processing/icu_hotspots.py" line="207" />
      <source>Sensitive establishments (ERP)</source>
      <translation>Établissements sensibles (ERP)</translation>
    </message>
    <message>
      <location filename="../processing/friches_mutability.py" line="128" />
      <source>Sensitivity draws</source>
      <translation>Tirages de sensibilité</translation>
    </message>
    <message>
      <location filename="../processing/lizmap_publish.py" line="298" />
      <source>Settings dropped (their layers are no longer published): {keys}</source>
      <translation>Réglages abandonnés (leurs couches ne sont plus publiées) : {keys}</translation>
    </message>
    <message>
      <location filename="../processing/friches_mutability.py" line="44" />
      <source>Shops and services (BPE, field typequ)</source>
      <translation>Commerces et services (BPE, champ typequ)</translation>
    </message>
    <message>
      <location filename="../processing/friches_mutability.py" line="110" />
      <source>Site id field (default: site_id)</source>
      <translation>Champ de l'identifiant du site (par défaut : site_id)</translation>
    </message>
    <message>
      <location filename="../processing/icu_hotspots.py" line="171" />
      <source>Spatial weights</source>
      <translation>Pondération spatiale</translation>
    </message>
    <message>
      <location filename="../processing/icu_hotspots.py" line="223" />
      <source>Stake matrix (rows heat 1→3; columns sensitivity 1→3)</source>
      <translation>Matrice d'enjeux (lignes : aléa 1→3 ; colonnes : sensibilité 1→3)</translation>
    </message>
    <message>
      <location filename="../processing/icu_hotspots.py" line="227" />
      <source>Stakes: overheating × population</source>
      <translation>Enjeux : surchauffe × population</translation>
    </message>
    <message>
      <location filename="../processing/icu_hotspots.py" line="229" />
      <source>Stakes: overheating × sensitive ERP</source>
      <translation>Enjeux : surchauffe × ERP sensibles</translation>
    </message>
    <message>
      <location filename="../gui/lizmap_dock.py" line="237" />
      <source>Stop the publication: the map already published stays as it was.</source>
      <translation>Arrêter la publication : la carte déjà publiée reste telle quelle.</translation>
    </message>
    <message>
      <location filename="../processing/icu_hotspots.py" line="214" />
      <source>Summary territories (communes, EPCI)</source>
      <translation>Territoires de synthèse (communes, EPCI)</translation>
    </message>
    <message>
      <location filename="../processing/icu_hotspots.py" line="153" />
      <source>Surface temperature (raster, Landsat ST_B10, or points/polygons)</source>
      <translation>Température de surface (raster, Landsat ST_B10, ou points/polygones)</translation>
    </message>
    <message>
      <location filename="../processing/lizmap_publish.py" line="49" />
      <source>Target</source>
      <translation>Cible</translation>
    </message>
    <message>
      <location filename="../processing/friches_mutability.py" line="48" />
      <source>Technological risks (ICPE/SIS points or PPRT zones)</source>
      <translation>Risques technologiques (points ICPE/SIS ou zones PPRT)</translation>
    </message>
    <message>
      <location filename="../processing/icu_hotspots.py" line="156" />
      <source>Temperature field (vector temperature layer)</source>
      <translation>Champ de température (couche vecteur de température)</translation>
    </message>
    <message>
      <location filename="../processing/icu_hotspots.py" line="187" />
      <source>Temperature of a unit from raster pixels</source>
      <translation>Température d'une unité à partir des pixels du raster</translation>
    </message>
    <message>
      <location filename="../processing/icu_hotspots.py" line="375" />
      <source>Temperature raster read: {w}×{h} pixels, {crs}.</source>
      <translation>Raster de température lu : {w}×{h} pixels, {crs}.</translation>
    </message>
    <message>
      <location filename="../processing/icu_hotspots.py" line="158" />
      <source>Temperature reading</source>
      <translation>Lecture de la température</translation>
    </message>
    <message>
      <location filename="../processing/zan_counters.py" line="115" />
      <source>Territorialised objectives (SRADDET, SCoT…)</source>
      <translation>Objectifs territorialisés (SRADDET, SCoT…)</translation>
    </message>
    <message>
      <location filename="../processing/zan_counters.py" line="102" />
      <source>Territories</source>
      <translation>Territoires</translation>
    </message>
    <message>
      <location filename="../processing/icu_hotspots.py" line="216" />
      <source>Territory code field</source>
      <translation>Champ du code du territoire</translation>
    </message>
    <message>
      <location filename="../processing/icu_hotspots.py" line="217" />
      <source>Territory name field</source>
      <translation>Champ du nom du territoire</translation>
    </message>
    <message>
      <location filename="../processing/lizmap_publish.py" line="67" />
      <source>Text shown in the map's information panel.</source>
      <translation>Texte affiché dans le panneau d'information de la carte.</translation>
    </message>
    <message>
      <location filename="../processing/lizmap_publish.py" line="71" />
      <source>The Lizmap repository folder on a disk or a mounted share.</source>
      <translation>Le dossier du répertoire Lizmap sur un disque ou un partage monté.</translation>
    </message>
    <message>
      <location filename="../processing/lizmap_publish.py" line="85" />
      <source>The map is not listed on the Lizmap landing page; its link still works for those allowed.</source>
      <translation>La carte n'est pas listée sur la page d'accueil de Lizmap ; son lien fonctionne pour les personnes autorisées.</translation>
    </message>
    <message>
      <location filename="../processing/lizmap_publish.py" line="66" />
      <source>Title shown by Lizmap and on the print layout.</source>
      <translation>Titre affiché par Lizmap et sur la mise en page.</translation>
    </message>
    <message>
      <location filename="../processing/icu_hotspots.py" line="200" />
      <source>Total population field (default Ind)</source>
      <translation>Champ de la population totale (Ind par défaut)</translation>
    </message>
    <message>
      <location filename="../processing/friches_mutability.py" line="40" />
      <source>Town halls (centre-ville ≤ 1 km)</source>
      <translation>Mairies (centre-ville ≤ 1 km)</translation>
    </message>
    <message>
      <location filename="../processing/icu_hotspots.py" line="201" />
      <source>Under-4 population field(s)</source>
      <translation>Champ(s) de la population de moins de 4 ans</translation>
    </message>
    <message>
      <location filename="../processing/friches_mutability.py" line="46" />
      <source>Underground cavities (points)</source>
      <translation>Cavités souterraines (points)</translation>
    </message>
    <message>
      <location filename="../processing/icu_hotspots.py" line="165" />
      <source>Unit identifier field</source>
      <translation>Champ de l'identifiant des unités</translation>
    </message>
    <message>
      <location filename="../processing/icu_hotspots.py" line="100" />
      <source>Urban overheating: hot and cold spots (Gi*)</source>
      <translation>Surchauffe urbaine : points chauds et points froids (Gi*)</translation>
    </message>
    <message>
      <location filename="../processing/lizmap_publish.py" line="225" />
      <source>Verified</source>
      <translation>Vérifié</translation>
    </message>
    <message>
      <location filename="../processing/lizmap_publish.py" line="301" />
      <source>Verified: {n} layers listed by GetCapabilities, GetMap image of {b} bytes.</source>
      <translation>Vérifié : {n} couches listées par GetCapabilities, image GetMap de {b} octets.</translation>
    </message>
    <message>
      <location filename="../processing/lizmap_publish.py" line="60" />
      <source>Verify the published map (WMS)</source>
      <translation>Vérifier la carte publiée (WMS)</translation>
    </message>
    <message>
      <location filename="../processing/lizmap_publish.py" line="215" />
      <source>Verify through this QGIS Server address</source>
      <translation>Vérifier par cette adresse de QGIS Server</translation>
    </message>
    <message>
      <location filename="../processing/lizmap_publish.py" line="79" />
      <source>Version the configuration targets; 'read from the instance' uses the instance address, else 3.8.</source>
      <translation>Version visée par la configuration ; « lue sur l'instance » utilise l'adresse de l'instance, sinon 3.8.</translation>
    </message>
    <message>
      <location filename="../processing/lizmap_publish.py" line="222" />
      <source>Web map address</source>
      <translation>Adresse de la carte web</translation>
    </message>
    <message>
      <location filename="../processing/lizmap_publish.py" line="306" />
      <source>Web map: {url}</source>
      <translation>Carte web : {url}</translation>
    </message>
    <message>
      <location filename="../processing/lizmap_publish.py" line="223" />
      <source>Web project (staging copy)</source>
      <translation>Projet web (copie de préparation)</translation>
    </message>
    <message>
      <location filename="../processing/lizmap_publish.py" line="287" />
      <source>Web project written: {path}</source>
      <translation>Projet web écrit : {path}</translation>
    </message>
    <message>
      <location filename="../processing/lizmap_publish.py" line="51" />
      <source>WebDAV address of the repository folder</source>
      <translation>Adresse WebDAV du dossier du répertoire</translation>
    </message>
    <message>
      <location filename="../processing/lizmap_publish.py" line="187" />
      <source>WebDAV repository</source>
      <translation>Répertoire WebDAV</translation>
    </message>
    <message>
      <location filename="../processing/friches_mutability.py" line="126" />
      <source>Weight sensitivity ± % (0 = none)</source>
      <translation>Sensibilité des poids ± % (0 = aucune)</translation>
    </message>
    <message>
      <location filename="../processing/icu_hotspots.py" line="173" />
      <source>Weights file (GAL or GWT)</source>
      <translation>Fichier de poids (GAL ou GWT)</translation>
    </message>
    <message>
      <location filename="../processing/icu_hotspots.py" line="183" />
      <source>Weights file (GAL or GWT, ids = unit identifier field)</source>
      <translation>Fichier de poids (GAL ou GWT, identifiants = champ identifiant des unités)</translation>
    </message>
    <message>
      <location filename="../processing/icu_hotspots.py" line="190" />
      <source>Weights standardisation (no effect on Gi*)</source>
      <translation>Standardisation des poids (sans effet sur Gi*)</translation>
    </message>
    <message>
      <location filename="../processing/friches_mutability.py" line="57" />
      <source>Wetlands</source>
      <translation>Zones humides</translation>
    </message>
    <message>
      <location filename="../processing/zan_counters.py" line="140" />
      <source>ZAN counters</source>
      <translation>Compteurs ZAN</translation>
    </message>
    <message>
      <location filename="../processing/zan_counters.py" line="64" />
      <source>ZAN counters (land consumption 2011–2030)</source>
      <translation>Compteurs ZAN (consommation d'espaces 2011–2030)</translation>
    </message>
    <message>
      <location filename="../processing/zan_counters.py" line="175" />
      <source>ZAN counters – {level}</source>
      <translation>Compteurs ZAN – {level}</translation>
    </message>
    <message>
      <location filename="../processing/zan_counters.py" line="144" />
      <source>ZAN report (HTML)</source>
      <translation>Rapport ZAN (HTML)</translation>
    </message>
    <message>
      <location filename="../processing/zan_counters.py" line="182" />
      <source>ZAN trajectory 2011–2030</source>
      <translation>Trajectoire ZAN 2011–2030</translation>
    </message>
    <message>
      <location filename="../processing/zan_counters.py" line="142" />
      <source>ZAN trajectory by year</source>
      <translation>Trajectoire ZAN par année</translation>
    </message>
    <message>
      <location filename="../processing/base.py" line="32" />
      <source>ZAN – land consumption</source>
      <translation>ZAN – consommation d'espaces</translation>
    </message>
    <message>
      <location filename="../processing/zan_counters.py" line="173" />
      <source>communes</source>
      <translation>communes</translation>
    </message>
    <message>
      <location filename="../processing/lizmap_publish.py" line="72" />
      <source>e.g. https://carto.example.org/dav/observatoire/ (no login in the address: use the authentication).</source>
      <translation>par ex. https://carto.example.org/dav/observatoire/ (pas d'identifiant dans l'adresse : utilisez l'authentification).</translation>
    </message>
    <message>
      <location filename="../processing/lizmap_publish.py" line="74" />
      <source>e.g. https://carto.example.org/lizmap/ — its version and repositories are read from it, the published map is checked through it and its link is given.</source>
      <translation>par ex. https://carto.example.org/lizmap/ — sa version et ses répertoires y sont lus, la carte publiée y est vérifiée et son lien est donné.</translation>
    </message>
    <message>
      <location filename="../processing/icu_hotspots.py" line="172" />
      <source>k nearest neighbours</source>
      <translation>k plus proches voisins</translation>
    </message>
    <message>
      <location filename="../gui/lizmap_dock.py" line="192" />
      <source>optional: verify through QGIS Server directly</source>
      <translation>facultatif : vérifier directement via QGIS Server</translation>
    </message>
    <message>
      <location filename="../gui/lizmap_dock.py" line="287" />
      <source>raster</source>
      <translation>raster</translation>
    </message>
    <message>
      <location filename="../processing/lizmap_publish.py" line="201" />
      <source>read from the instance (else 3.8)</source>
      <translation>lue sur l'instance (sinon 3.8)</translation>
    </message>
    <message>
      <location filename="../gui/lizmap_dock.py" line="286" />
      <source>table</source>
      <translation>table</translation>
    </message>
    <message>
      <location filename="../processing/zan_counters.py" line="174" />
      <source>territories</source>
      <translation>territoires</translation>
    </message>
    <message>
      <location filename="../processing/icu_hotspots.py" line="291" />
      <source>{key}: not produced (its input layer is missing).</source>
      <translation>{key} : non produite (sa couche d'entrée est absente).</translation>
    </message>
    <message>
      <location filename="../processing/friches_mutability.py" line="184" />
      <source>{n} features merged into {m} multi-parcel sites.</source>
      <translation>{n} entités regroupées en {m} sites multiparcellaires.</translation>
    </message>
    <message>
      <location filename="../gui/lizmap_dock.py" line="418" />
      <source>{n} repositories.</source>
      <translation>{n} répertoires.</translation>
    </message>
    <message>
      <location filename="../processing/zan_counters.py" line="163" />
      <source>{n} territories computed.</source>
      <translation>{n} territoires calculés.</translation>
    </message>
  </context>
</TS>
