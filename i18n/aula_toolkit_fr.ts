<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR" sourcelanguage="en">
  <context>
    <name>AulaToolkit</name>
    <message>
      <location filename="../processing/icu_hotspots.py" line="198" />
      <source>65-or-over population field(s)</source>
      <translation>Champ(s) de la population de 65 ans ou plus</translation>
    </message>
    <message>
      <location filename="../processing/zan_counters.py" line="33" />
      <source>&lt;p&gt;Computes the ZAN counters of each territory from the Cerema communal consumption file of natural, agricultural and forest land (ENAF flows from the Fichiers fonciers): the 2011–2020 reference, the 2021–2030 envelope, the consumption since 2021, the projection to 2030 and the status.&lt;/p&gt;&lt;h3&gt;Inputs&lt;/h3&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;CONSUMPTION&lt;/b&gt;: the Cerema file (any millésime from 2009–2019 to 2009–2025, ';' or ',' CSV, shapefile or any table; columns read by name, nafNNartMM and artNN{act,hab,mix,rou,fer,inc}MM), or the long layout of the Cerema API (idcom, annee, naf_arti).&lt;/li&gt;&lt;li&gt;&lt;b&gt;LEVEL&lt;/b&gt;: commune, EPCI or SCoT columns of the file, or a membership table (&lt;b&gt;MEMBERSHIP&lt;/b&gt;: commune INSEE code → territory code and name).&lt;/li&gt;&lt;li&gt;&lt;b&gt;COMMUNES&lt;/b&gt; (optional): commune polygons; territories are dissolved from them.&lt;/li&gt;&lt;li&gt;&lt;b&gt;OBJECTIVES&lt;/b&gt; (optional): reduction % per territory, with an optional parent field: a territory without an objective inherits the one of its nearest parent (SCoT, then SRADDET); otherwise &lt;b&gt;DEFAULT_OBJECTIVE&lt;/b&gt; (50 %). Negative values widen the envelope.&lt;/li&gt;&lt;li&gt;&lt;b&gt;GUARANTEE&lt;/b&gt;: the 1 ha garantie communale, applied commune by commune (all communes, only those flagged in &lt;b&gt;GUARANTEE_FIELD&lt;/b&gt; of the membership table or listed in &lt;b&gt;GUARANTEE_COMMUNES&lt;/b&gt;, or none) and summed per territory; &lt;b&gt;GUARANTEE_POOLING&lt;/b&gt; pools it at EPCI level.&lt;/li&gt;&lt;li&gt;&lt;b&gt;PENE&lt;/b&gt; (optional): consumption of projects of national or European scope to deduct, per commune or territory, in m².&lt;/li&gt;&lt;/ul&gt;&lt;h3&gt;Outputs&lt;/h3&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;OUTPUT&lt;/b&gt;: one feature per territory with every counter, styled by status.&lt;/li&gt;&lt;li&gt;&lt;b&gt;TRAJECTORY&lt;/b&gt;: territory × year 2011–2030, observed and objective, yearly and cumulative.&lt;/li&gt;&lt;li&gt;&lt;b&gt;REPORT&lt;/b&gt;: an HTML page with a chart and the counters per territory, readable offline.&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;Communes of the membership missing from the file, and communes of the file outside every territory, are listed in the log, in the communes_absentes field and in the report.&lt;/p&gt;</source>
      <translation>&lt;p&gt;Calcule les compteurs ZAN de chaque territoire à partir du fichier communal de consommation d'espaces naturels, agricoles et forestiers du Cerema (flux ENAF issus des Fichiers fonciers) : la référence 2011–2020, l'enveloppe 2021–2030, la consommation depuis 2021, la projection à 2030 et le statut.&lt;/p&gt;&lt;h3&gt;Entrées&lt;/h3&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;CONSUMPTION&lt;/b&gt; : le fichier du Cerema (tout millésime de 2009–2019 à 2009–2025, CSV à ';' ou ',', shapefile ou toute table ; colonnes lues par leur nom, nafNNartMM et artNN{act,hab,mix,rou,fer,inc}MM), ou le format long de l'API du Cerema (idcom, annee, naf_arti).&lt;/li&gt;&lt;li&gt;&lt;b&gt;LEVEL&lt;/b&gt; : communes, colonnes EPCI ou SCoT du fichier, ou table d'appartenance (&lt;b&gt;MEMBERSHIP&lt;/b&gt; : code INSEE de la commune → code et nom du territoire).&lt;/li&gt;&lt;li&gt;&lt;b&gt;COMMUNES&lt;/b&gt; (facultatif) : polygones communaux ; les territoires en sont fusionnés.&lt;/li&gt;&lt;li&gt;&lt;b&gt;OBJECTIVES&lt;/b&gt; (facultatif) : % de réduction par territoire, avec un champ parent facultatif : un territoire sans objectif hérite de celui de son plus proche parent (SCoT, puis SRADDET) ; sinon &lt;b&gt;DEFAULT_OBJECTIVE&lt;/b&gt; (50 %). Une valeur négative élargit l'enveloppe.&lt;/li&gt;&lt;li&gt;&lt;b&gt;GUARANTEE&lt;/b&gt; : la garantie communale de 1 ha, appliquée commune par commune (toutes les communes, seulement celles signalées dans &lt;b&gt;GUARANTEE_FIELD&lt;/b&gt; de la table d'appartenance ou listées dans &lt;b&gt;GUARANTEE_COMMUNES&lt;/b&gt;, ou aucune) puis additionnée par territoire ; &lt;b&gt;GUARANTEE_POOLING&lt;/b&gt; la mutualise à l'échelle de l'EPCI.&lt;/li&gt;&lt;li&gt;&lt;b&gt;PENE&lt;/b&gt; (facultatif) : consommation des projets d'envergure nationale ou européenne à déduire, par commune ou par territoire, en m².&lt;/li&gt;&lt;/ul&gt;&lt;h3&gt;Sorties&lt;/h3&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;OUTPUT&lt;/b&gt; : une entité par territoire avec tous les compteurs, symbolisée par statut.&lt;/li&gt;&lt;li&gt;&lt;b&gt;TRAJECTORY&lt;/b&gt; : territoire × année 2011–2030, observé et objectif, annuel et cumulé.&lt;/li&gt;&lt;li&gt;&lt;b&gt;REPORT&lt;/b&gt; : une page HTML avec un graphique et les compteurs par territoire, lisible hors ligne.&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;Les communes de la table d'appartenance absentes du fichier, et les communes du fichier hors de tout territoire, sont listées dans le journal, dans le champ communes_absentes et dans le rapport.&lt;/p&gt;</translation>
    </message>
    <message>
      <location filename="../processing/icu_hotspots.py" line="51" />
      <source>&lt;p&gt;Finds where the territory overheats and where it stays cool — statistically significant hot and cold spots of land surface temperature (Getis-Ord Gi*) — and crosses the hot spots with the population and the sensitive establishments (ERP) to target greening and îlots de fraîcheur.&lt;/p&gt;&lt;h3&gt;Inputs&lt;/h3&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;TEMPERATURE&lt;/b&gt;: a land surface temperature raster in °C or K, or a Landsat Collection 2 Level-2 ST_B10 band in raw digital numbers (K = DN × 0.00341802 + 149.0, fill 0 masked), or a point/polygon layer with a temperature field (&lt;b&gt;TEMPERATURE_FIELD&lt;/b&gt;). &lt;b&gt;TEMPERATURE_READING&lt;/b&gt;: automatic (from the median value) or forced; the reading applied is written in the log.&lt;/li&gt;&lt;li&gt;&lt;b&gt;UNITS&lt;/b&gt; (optional): analysis polygons (IRIS, îlots). Without them, a regular grid of &lt;b&gt;CELL_SIZE&lt;/b&gt; m (default 200 m) aligned on the INSEE 200 m grid (EPSG:3035), so Filosofi squares match cell for cell. A unit's temperature is the mean of the raster pixels weighted by the exact share of each pixel inside the unit (&lt;b&gt;ZONAL_METHOD&lt;/b&gt;; the faster rule of the pixels whose centre it contains remains available; the report says which was used). Units covering no valid pixel are listed and left out.&lt;/li&gt;&lt;li&gt;&lt;b&gt;WEIGHTS&lt;/b&gt;: distance band (&lt;b&gt;DISTANCE&lt;/b&gt; in metres; 0 = the smallest distance giving every unit a neighbour — on the 200 m grid that is 200 m, the cell and its 4 edge neighbours; for the 3 × 3 window choose queen contiguity or a band of 283 m), k nearest neighbours (&lt;b&gt;NEIGHBOURS&lt;/b&gt;), queen contiguity (shared edge or corner, ArcGIS 'edges and corners', PySAL Queen) or rook contiguity (shared edge, PySAL Rook) of polygon units with a &lt;b&gt;CONTIGUITY_TOLERANCE&lt;/b&gt; for slivers, or a PySAL/GeoDa &lt;b&gt;WEIGHTS_FILE&lt;/b&gt; (GAL: neighbour lists; GWT: weighted pairs) whose ids are those of &lt;b&gt;UNITS_ID_FIELD&lt;/b&gt;. Units without a neighbour count only themselves, as in esda, and are listed. Binary or row-standardised (no effect on Gi*). The unit counts itself.&lt;/li&gt;&lt;li&gt;Statistic: Gi* in the ArcGIS closed form (equal to PySAL esda G_Local with transform='B', star=True), two-sided analytical p-values; optional conditional &lt;b&gt;PERMUTATIONS&lt;/b&gt; (seeded by &lt;b&gt;SEED&lt;/b&gt;, only where n makes them practical; pseudo p-values cannot go below 1/(R+1)); optional &lt;b&gt;FDR&lt;/b&gt; correction that changes only the bins. Bins −3…+3 = cold/hot spots at 99/95/90 % confidence.&lt;/li&gt;&lt;li&gt;&lt;b&gt;POPULATION&lt;/b&gt; (optional): INSEE Filosofi 200 m squares or any polygons/points with a total population field (default Ind) and age fields (under 4: Ind_0_3; 65 or over: Ind_65_79, Ind_80p); joined by Idcar_200m on the INSEE grid, otherwise areal-weighted.&lt;/li&gt;&lt;li&gt;&lt;b&gt;ERP&lt;/b&gt; (optional): sensitive establishments with a category field: INSEE BPE codes (C1xx, D1xx, D401, D502), FINESS 500 and words (crèche, école, collège, EHPAD, hôpital…) are recognised.&lt;/li&gt;&lt;li&gt;&lt;b&gt;SUMMARY_AREAS&lt;/b&gt; (optional): communes or EPCI; the grid is restricted to them (&lt;b&gt;CLIP_TO_AREAS&lt;/b&gt;).&lt;/li&gt;&lt;li&gt;Stake matrices: &lt;b&gt;HEAT_BINS&lt;/b&gt; (1,3), &lt;b&gt;DENSITY_THRESHOLDS&lt;/b&gt; (300,1500 inhabitants/km²), &lt;b&gt;ERP_THRESHOLDS&lt;/b&gt; (1,3), &lt;b&gt;STAKE_MATRIX&lt;/b&gt; (1,1,1;1,2,3;2,3,4) — documented conventions, no national standard exists.&lt;/li&gt;&lt;/ul&gt;&lt;h3&gt;Outputs&lt;/h3&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;HOTSPOTS&lt;/b&gt;: units with mean temperature, z, p, bin and class, blue-to-red style.&lt;/li&gt;&lt;li&gt;&lt;b&gt;STAKES_POPULATION&lt;/b&gt;, &lt;b&gt;STAKES_ERP&lt;/b&gt;: heat level × density (or sensitive ERP) in a 3×3 matrix, bivariate style.&lt;/li&gt;&lt;li&gt;&lt;b&gt;SUMMARY&lt;/b&gt;: per territory, area, population and ERP in significant hot spots.&lt;/li&gt;&lt;li&gt;&lt;b&gt;REPORT&lt;/b&gt;: an HTML page with the method, parameters, map legend and tables, readable offline.&lt;/li&gt;&lt;/ul&gt;</source>
      <translation>&lt;p&gt;Repère où le territoire surchauffe et où il reste frais — points chauds et points froids statistiquement significatifs de la température de surface (Getis-Ord Gi*) — et croise les points chauds avec la population et les établissements sensibles (ERP) pour cibler la végétalisation et les îlots de fraîcheur.&lt;/p&gt;&lt;h3&gt;Entrées&lt;/h3&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;TEMPERATURE&lt;/b&gt; : un raster de température de surface en °C ou en K, une bande ST_B10 Landsat Collection 2 Level-2 en comptes numériques bruts (K = CN × 0.00341802 + 149.0, valeur de remplissage 0 masquée), ou une couche de points ou de polygones avec un champ de température (&lt;b&gt;TEMPERATURE_FIELD&lt;/b&gt;). &lt;b&gt;TEMPERATURE_READING&lt;/b&gt; : automatique (d'après la valeur médiane) ou forcée ; la lecture appliquée est écrite dans le journal.&lt;/li&gt;&lt;li&gt;&lt;b&gt;UNITS&lt;/b&gt; (facultatif) : polygones d'analyse (IRIS, îlots). À défaut, une grille régulière de &lt;b&gt;CELL_SIZE&lt;/b&gt; m (200 m par défaut) alignée sur le carroyage INSEE 200 m (EPSG:3035), de sorte que les carreaux Filosofi coïncident maille à maille. La température d'une unité est la moyenne des pixels pondérée par la part exacte de chaque pixel dans l'unité (&lt;b&gt;ZONAL_METHOD&lt;/b&gt; ; la règle plus rapide des pixels dont elle contient le centre reste disponible ; le rapport dit laquelle a servi). Les unités qui ne couvrent aucun pixel valide sont listées et écartées.&lt;/li&gt;&lt;li&gt;&lt;b&gt;WEIGHTS&lt;/b&gt; : bande de distance (&lt;b&gt;DISTANCE&lt;/b&gt; en mètres ; 0 = la plus petite distance qui donne un voisin à chaque unité — sur la grille de 200 m, c'est 200 m : le carreau et ses 4 voisins par un côté ; pour la fenêtre 3 × 3, choisissez la contiguïté reine ou une bande de 283 m), k plus proches voisins (&lt;b&gt;NEIGHBOURS&lt;/b&gt;), contiguïté reine (côté ou sommet commun, « edges and corners » d'ArcGIS, Queen de PySAL) ou tour (côté commun, Rook de PySAL) des unités polygonales, avec une &lt;b&gt;CONTIGUITY_TOLERANCE&lt;/b&gt; pour les interstices, ou un fichier de poids PySAL/GeoDa &lt;b&gt;WEIGHTS_FILE&lt;/b&gt; (GAL : listes de voisins ; GWT : paires pondérées) dont les identifiants sont ceux de &lt;b&gt;UNITS_ID_FIELD&lt;/b&gt;. Une unité sans voisin ne compte qu'elle-même, comme dans esda, et elle est signalée. Binaire ou standardisée par ligne (sans effet sur Gi*). Chaque unité est sa propre voisine.&lt;/li&gt;&lt;li&gt;Statistique : Gi* sous la forme fermée d'ArcGIS (identique à G_Local d'esda/PySAL avec transform='B', star=True), p-values analytiques bilatérales ; &lt;b&gt;PERMUTATIONS&lt;/b&gt; conditionnelles facultatives (graine &lt;b&gt;SEED&lt;/b&gt;, seulement lorsque n les rend praticables ; les pseudo-p-values ne peuvent pas descendre sous 1/(R+1)) ; correction &lt;b&gt;FDR&lt;/b&gt; facultative, qui ne modifie que les classes. Classes −3…+3 = points froids / points chauds à 99/95/90 % de confiance.&lt;/li&gt;&lt;li&gt;&lt;b&gt;POPULATION&lt;/b&gt; (facultatif) : carreaux INSEE Filosofi 200 m, ou tous polygones ou points avec un champ de population totale (Ind par défaut) et des champs par âge (moins de 4 ans : Ind_0_3 ; 65 ans ou plus : Ind_65_79, Ind_80p) ; jointure par Idcar_200m sur le carroyage INSEE, sinon pondération par la surface.&lt;/li&gt;&lt;li&gt;&lt;b&gt;ERP&lt;/b&gt; (facultatif) : établissements sensibles avec un champ de catégorie : les codes BPE de l'INSEE (C1xx, D1xx, D401, D502), les catégories FINESS 500 et des mots (crèche, école, collège, EHPAD, hôpital…) sont reconnus.&lt;/li&gt;&lt;li&gt;&lt;b&gt;SUMMARY_AREAS&lt;/b&gt; (facultatif) : communes ou EPCI ; la grille y est restreinte (&lt;b&gt;CLIP_TO_AREAS&lt;/b&gt;).&lt;/li&gt;&lt;li&gt;Matrices d'enjeux : &lt;b&gt;HEAT_BINS&lt;/b&gt; (1,3), &lt;b&gt;DENSITY_THRESHOLDS&lt;/b&gt; (300,1500 habitants/km²), &lt;b&gt;ERP_THRESHOLDS&lt;/b&gt; (1,3), &lt;b&gt;STAKE_MATRIX&lt;/b&gt; (1,1,1;1,2,3;2,3,4) — conventions documentées, en l'absence de norme nationale.&lt;/li&gt;&lt;/ul&gt;&lt;h3&gt;Sorties&lt;/h3&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;HOTSPOTS&lt;/b&gt; : unités avec température moyenne, z, p, classe et libellé, style du bleu au rouge.&lt;/li&gt;&lt;li&gt;&lt;b&gt;STAKES_POPULATION&lt;/b&gt;, &lt;b&gt;STAKES_ERP&lt;/b&gt; : niveau d'aléa chaleur × densité (ou ERP sensibles) dans une matrice 3×3, style bivarié.&lt;/li&gt;&lt;li&gt;&lt;b&gt;SUMMARY&lt;/b&gt; : par territoire, surface, population et ERP en points chauds significatifs.&lt;/li&gt;&lt;li&gt;&lt;b&gt;REPORT&lt;/b&gt; : une page HTML avec la méthode, les paramètres, la légende de la carte et les tableaux, lisible hors ligne.&lt;/li&gt;&lt;/ul&gt;</translation>
    </message>
    <message>
      <location filename="../processing/lizmap_publish.py" line="41" />
      <source>&lt;p&gt;Publishes result layers as a Lizmap web map: a clean QGIS project for the web (layers copied into one GeoPackage beside it, styles kept, one group per algorithm, WMS properties set), its Lizmap configuration (&lt;i&gt;.qgs.cfg&lt;/i&gt;, Lizmap Web Client 3.7 or later: popups with French labels, attribute tables, tooltips, charts for the ZAN trajectory and the brownfield scores), uploaded to a Lizmap repository.&lt;/p&gt;&lt;h3&gt;Targets&lt;/h3&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;Local folder&lt;/b&gt;: the repository folder on a disk or a mounted share (&lt;b&gt;FOLDER&lt;/b&gt;).&lt;/li&gt;&lt;li&gt;&lt;b&gt;WebDAV&lt;/b&gt;: the repository folder on the WebDAV server (&lt;b&gt;WEBDAV_URL&lt;/b&gt;), with the login and password of a QGIS authentication configuration (&lt;b&gt;AUTHCFG&lt;/b&gt;, Basic method). Credentials are never written in the project, the settings or the log; TLS certificates are always verified.&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;The upload is atomic: files are sent under temporary names, then renamed; an interrupted upload leaves the published project intact, and republishing keeps the previous version as &lt;i&gt;.bak&lt;/i&gt; files. A project of the same name not published by AULA Toolkit is never replaced unless &lt;b&gt;REPLACE_FOREIGN&lt;/b&gt; is set.&lt;/p&gt;&lt;p&gt;After the upload the project is verified with WMS GetCapabilities (every layer listed) and a small GetMap (image not empty), through Lizmap (&lt;b&gt;INSTANCE_URL&lt;/b&gt; + &lt;b&gt;REPOSITORY&lt;/b&gt;) or directly through QGIS Server (&lt;b&gt;QGIS_SERVER_URL&lt;/b&gt; + &lt;b&gt;SERVER_FOLDER&lt;/b&gt;). &lt;b&gt;MAP_URL&lt;/b&gt; is the link to the web map.&lt;/p&gt;</source>
      <translation>&lt;p&gt;Publie des couches de résultats sous forme de carte web Lizmap : un projet QGIS propre pour le web (couches copiées dans un GeoPackage placé à côté, styles conservés, un groupe par algorithme, propriétés WMS renseignées), sa configuration Lizmap (&lt;i&gt;.qgs.cfg&lt;/i&gt;, Lizmap Web Client 3.7 ou ultérieur : popups avec libellés français, tables attributaires, infobulles, graphiques de la trajectoire ZAN et des indices de mutabilité des friches), déposés dans un répertoire Lizmap.&lt;/p&gt;&lt;h3&gt;Cibles&lt;/h3&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;Dossier local&lt;/b&gt; : le dossier du répertoire sur un disque ou un partage monté (&lt;b&gt;FOLDER&lt;/b&gt;).&lt;/li&gt;&lt;li&gt;&lt;b&gt;WebDAV&lt;/b&gt; : le dossier du répertoire sur le serveur WebDAV (&lt;b&gt;WEBDAV_URL&lt;/b&gt;), avec l'identifiant et le mot de passe d'une configuration d'authentification QGIS (&lt;b&gt;AUTHCFG&lt;/b&gt;, méthode Basic). Les identifiants ne sont jamais écrits ni dans le projet, ni dans les paramètres, ni dans le journal ; les certificats TLS sont toujours vérifiés.&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;Le dépôt est atomique : les fichiers sont envoyés sous des noms temporaires, puis renommés ; un dépôt interrompu laisse intact le projet publié, et une nouvelle publication conserve la version précédente en fichiers &lt;i&gt;.bak&lt;/i&gt;. Un projet du même nom non publié par AULA Toolkit n'est jamais remplacé, sauf si &lt;b&gt;REPLACE_FOREIGN&lt;/b&gt; est activé.&lt;/p&gt;&lt;p&gt;Après le dépôt, le projet est vérifié par un GetCapabilities WMS (toutes les couches listées) et un petit GetMap (image non vide), via Lizmap (&lt;b&gt;INSTANCE_URL&lt;/b&gt; + &lt;b&gt;REPOSITORY&lt;/b&gt;) ou directement via QGIS Server (&lt;b&gt;QGIS_SERVER_URL&lt;/b&gt; + &lt;b&gt;SERVER_FOLDER&lt;/b&gt;). &lt;b&gt;MAP_URL&lt;/b&gt; est le lien vers la carte web.&lt;/p&gt;</translation>
    </message>
    <message>
      <location filename="../processing/friches_mutability.py" line="57" />
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
      <location filename="../gui/lizmap_dock.py" line="126" />
      <source>Abstract</source>
      <translation>Résumé</translation>
    </message>
    <message>
      <location filename="../processing/zan_counters.py" line="124" />
      <source>All communes (covered by a planning document)</source>
      <translation>Toutes les communes (couvertes par un document d'urbanisme)</translation>
    </message>
    <message>
      <location filename="../processing/icu_hotspots.py" line="158" />
      <source>Analysis units (polygons; empty = 200 m INSEE grid)</source>
      <translation>Unités d'analyse (polygones ; vide = carroyage INSEE 200 m)</translation>
    </message>
    <message>
      <location filename="../gui/lizmap_dock.py" line="156" />
      <source>Authentication</source>
      <translation>Authentification</translation>
    </message>
    <message>
      <location filename="../processing/lizmap_publish.py" line="129" />
      <source>Authentication (QGIS authentication database)</source>
      <translation>Authentification (base d'authentification de QGIS)</translation>
    </message>
    <message>
      <location filename="../processing/icu_hotspots.py" line="154" />
      <source>Automatic (from the values)</source>
      <translation>Automatique (d'après les valeurs)</translation>
    </message>
    <message>
      <location filename="../processing/lizmap_publish.py" line="145" />
      <source>Backups of the previous version</source>
      <translation>Sauvegardes de la version précédente</translation>
    </message>
    <message>
      <location filename="../processing/icu_hotspots.py" line="186" />
      <source>Binary</source>
      <translation>Binaire</translation>
    </message>
    <message>
      <location filename="../processing/friches_mutability.py" line="100" />
      <source>Brownfield sites (points or polygons)</source>
      <translation>Sites en friche (points ou polygones)</translation>
    </message>
    <message>
      <location filename="../processing/base.py" line="26" />
      <source>Brownfields</source>
      <translation>Friches</translation>
    </message>
    <message>
      <location filename="../processing/friches_mutability.py" line="49" />
      <source>Business parks (ZAE)</source>
      <translation>Zones d'activités économiques (ZAE)</translation>
    </message>
    <message>
      <location filename="../processing/base.py" line="29" />
      <source>Business zones</source>
      <translation>Zones d'activités</translation>
    </message>
    <message>
      <location filename="../gui/lizmap_dock.py" line="166" />
      <source>Cancel</source>
      <translation>Annuler</translation>
    </message>
    <message>
      <location filename="../processing/zan_counters.py" line="97" />
      <source>Cerema consumption file (CSV, shapefile or table)</source>
      <translation>Fichier de consommation du Cerema (CSV, shapefile ou table)</translation>
    </message>
    <message>
      <location filename="../processing/friches_mutability.py" line="42" />
      <source>Clay shrink-swell zones (field alea)</source>
      <translation>Zones de retrait-gonflement des argiles (champ alea)</translation>
    </message>
    <message>
      <location filename="../processing/base.py" line="27" />
      <source>Climate and heat</source>
      <translation>Climat et chaleur</translation>
    </message>
    <message>
      <location filename="../processing/friches_mutability.py" line="116" />
      <source>Commune data (insee_com, taux_vacance, zone_abc)</source>
      <translation>Données communales (insee_com, taux_vacance, zone_abc)</translation>
    </message>
    <message>
      <location filename="../processing/zan_counters.py" line="110" />
      <source>Commune polygons (to draw the territories)</source>
      <translation>Polygones communaux (pour dessiner les territoires)</translation>
    </message>
    <message>
      <location filename="../processing/zan_counters.py" line="112" />
      <source>Commune polygons: INSEE code field</source>
      <translation>Polygones communaux : champ du code INSEE</translation>
    </message>
    <message>
      <location filename="../processing/zan_counters.py" line="102" />
      <source>Communes</source>
      <translation>Communes</translation>
    </message>
    <message>
      <location filename="../processing/icu_hotspots.py" line="187" />
      <source>Conditional permutations (0 = analytical p-values)</source>
      <translation>Permutations conditionnelles (0 = p-values analytiques)</translation>
    </message>
    <message>
      <location filename="../processing/zan_counters.py" line="150" />
      <source>Consumption file read: {n} communes, years {a}–{b} ({layout}).</source>
      <translation>Fichier de consommation lu : {n} communes, années {a}–{b} ({layout}).</translation>
    </message>
    <message>
      <location filename="../processing/icu_hotspots.py" line="175" />
      <source>Contiguity tolerance (m; polygons this close count as touching)</source>
      <translation>Tolérance de contiguïté (m ; des polygones aussi proches sont considérés comme jointifs)</translation>
    </message>
    <message>
      <location filename="../processing/zan_counters.py" line="119" />
      <source>Default reduction objective (%)</source>
      <translation>Objectif de réduction par défaut (%)</translation>
    </message>
    <message>
      <location filename="../processing/icu_hotspots.py" line="154" />
      <source>Degrees Celsius</source>
      <translation>Degrés Celsius</translation>
    </message>
    <message>
      <location filename="../processing/friches_mutability.py" line="125" />
      <source>Deliberate deviations from Mutafriches (none by default)</source>
      <translation>Écarts délibérés à Mutafriches (aucun par défaut)</translation>
    </message>
    <message>
      <location filename="../processing/icu_hotspots.py" line="215" />
      <source>Density thresholds (inhabitants/km²)</source>
      <translation>Seuils de densité (habitants/km²)</translation>
    </message>
    <message>
      <location filename="../processing/icu_hotspots.py" line="167" />
      <source>Distance band</source>
      <translation>Bande de distance</translation>
    </message>
    <message>
      <location filename="../processing/icu_hotspots.py" line="170" />
      <source>Distance band (m; 0 = smallest distance giving every unit a neighbour)</source>
      <translation>Bande de distance (m ; 0 = plus petite distance donnant un voisin à chaque unité)</translation>
    </message>
    <message>
      <location filename="../processing/friches_mutability.py" line="54" />
      <source>District heating networks</source>
      <translation>Réseaux de chaleur</translation>
    </message>
    <message>
      <location filename="../processing/zan_counters.py" line="172" />
      <source>EPCI</source>
      <translation>EPCI</translation>
    </message>
    <message>
      <location filename="../processing/zan_counters.py" line="102" />
      <source>EPCI (column epciYY of the file)</source>
      <translation>EPCI (colonne epciAA du fichier)</translation>
    </message>
    <message>
      <location filename="../processing/icu_hotspots.py" line="203" />
      <source>ERP category field (BPE TYPEQU, FINESS category or text)</source>
      <translation>Champ de la catégorie d'ERP (TYPEQU de la BPE, catégorie FINESS ou texte)</translation>
    </message>
    <message>
      <location filename="../processing/icu_hotspots.py" line="217" />
      <source>ERP count thresholds</source>
      <translation>Seuils du nombre d'ERP</translation>
    </message>
    <message>
      <location filename="../processing/icu_hotspots.py" line="204" />
      <source>ERP name field</source>
      <translation>Champ du nom de l'ERP</translation>
    </message>
    <message>
      <location filename="../processing/friches_mutability.py" line="38" />
      <source>Electricity substations</source>
      <translation>Postes électriques</translation>
    </message>
    <message>
      <location filename="../processing/friches_mutability.py" line="44" />
      <source>Environmental zonings (field type: Natura 2000, ZNIEFF…)</source>
      <translation>Zonages environnementaux (champ type : Natura 2000, ZNIEFF…)</translation>
    </message>
    <message>
      <location filename="../processing/icu_hotspots.py" line="183" />
      <source>Exact share of each pixel inside the unit</source>
      <translation>Part exacte de chaque pixel dans l'unité</translation>
    </message>
    <message>
      <location filename="../processing/icu_hotspots.py" line="191" />
      <source>False Discovery Rate correction of the bins</source>
      <translation>Correction FDR (taux de fausses découvertes) des classes</translation>
    </message>
    <message>
      <location filename="../processing/friches_mutability.py" line="40" />
      <source>Flood zones</source>
      <translation>Zones inondables</translation>
    </message>
    <message>
      <location filename="../gui/lizmap_dock.py" line="152" />
      <source>Folder</source>
      <translation>Dossier</translation>
    </message>
    <message>
      <location filename="../gui/lizmap_dock.py" line="160" />
      <source>Folder seen by QGIS Server</source>
      <translation>Dossier vu par QGIS Server</translation>
    </message>
    <message>
      <location filename="../processing/friches_mutability.py" line="129" />
      <source>Friches mutability</source>
      <translation>Mutabilité des friches</translation>
    </message>
    <message>
      <location filename="../processing/friches_mutability.py" line="83" />
      <source>Friches mutability (Mutafriches, all sites at once)</source>
      <translation>Mutabilité des friches (Mutafriches, tous les sites à la fois)</translation>
    </message>
    <message>
      <location filename="../processing/friches_mutability.py" line="131" />
      <source>Friches mutability details (site × use × criterion)</source>
      <translation>Détail de la mutabilité des friches (site × usage × critère)</translation>
    </message>
    <message>
      <location filename="../processing/friches_mutability.py" line="134" />
      <source>Friches mutability report (HTML)</source>
      <translation>Rapport de mutabilité des friches (HTML)</translation>
    </message>
    <message>
      <location filename="../processing/friches_mutability.py" line="203" />
      <source>Friches mutability – best use</source>
      <translation>Mutabilité des friches – usage le plus adapté</translation>
    </message>
    <message>
      <location filename="../processing/zan_counters.py" line="279" />
      <source>Garantie communale applied to {n} communes.</source>
      <translation>Garantie communale appliquée à {n} communes.</translation>
    </message>
    <message>
      <location filename="../processing/zan_counters.py" line="123" />
      <source>Garantie communale of 1 ha</source>
      <translation>Garantie communale de 1 ha</translation>
    </message>
    <message>
      <location filename="../processing/zan_counters.py" line="260" />
      <source>Garantie communale: every commune is taken as covered by a planning document.</source>
      <translation>Garantie communale : chaque commune est considérée comme couverte par un document d'urbanisme.</translation>
    </message>
    <message>
      <location filename="../processing/base.py" line="28" />
      <source>Green and blue network</source>
      <translation>Trame verte et bleue</translation>
    </message>
    <message>
      <location filename="../processing/friches_mutability.py" line="51" />
      <source>Green and blue network (field type)</source>
      <translation>Trame verte et bleue (champ type)</translation>
    </message>
    <message>
      <location filename="../processing/icu_hotspots.py" line="163" />
      <source>Grid CRS (INSEE grid: EPSG:3035)</source>
      <translation>SCR de la grille (carroyage INSEE : EPSG:3035)</translation>
    </message>
    <message>
      <location filename="../processing/icu_hotspots.py" line="161" />
      <source>Grid cell size (m)</source>
      <translation>Taille des mailles de la grille (m)</translation>
    </message>
    <message>
      <location filename="../processing/friches_mutability.py" line="107" />
      <source>Grid file of your own (JSON, replaces GRID)</source>
      <translation>Fichier de grille personnalisée (JSON, remplace GRID)</translation>
    </message>
    <message>
      <location filename="../processing/friches_mutability.py" line="151" />
      <source>Grid: {name} ({n} criteria).</source>
      <translation>Grille : {name} ({n} critères).</translation>
    </message>
    <message>
      <location filename="../processing/zan_counters.py" line="132" />
      <source>Guarantee pooled at EPCI level</source>
      <translation>Garantie mutualisée à l'échelle de l'EPCI</translation>
    </message>
    <message>
      <location filename="../processing/zan_counters.py" line="129" />
      <source>Guarantee: INSEE codes of covered communes (comma-separated)</source>
      <translation>Garantie : codes INSEE des communes couvertes (séparés par des virgules)</translation>
    </message>
    <message>
      <location filename="../processing/zan_counters.py" line="126" />
      <source>Guarantee: membership field flagging covered communes (1/oui)</source>
      <translation>Garantie : champ de la table d'appartenance signalant les communes couvertes (1/oui)</translation>
    </message>
    <message>
      <location filename="../processing/friches_mutability.py" line="134" />
      <source>HTML files (*.html)</source>
      <translation>Fichiers HTML (*.html)</translation>
    </message>
    <message>
      <location filename="../processing/icu_hotspots.py" line="214" />
      <source>Heat levels 2 and 3 from Gi* bin</source>
      <translation>Niveaux d'aléa 2 et 3 à partir de la classe Gi*</translation>
    </message>
    <message>
      <location filename="../processing/friches_mutability.py" line="45" />
      <source>Heritage servitudes (field type: AC1, AC2, AC4)</source>
      <translation>Servitudes patrimoniales (champ type : AC1, AC2, AC4)</translation>
    </message>
    <message>
      <location filename="../processing/icu_hotspots.py" line="207" />
      <source>Highly sensitive ERP codes (prefixes)</source>
      <translation>Codes des ERP très sensibles (préfixes)</translation>
    </message>
    <message>
      <location filename="../processing/icu_hotspots.py" line="220" />
      <source>Hot and cold spots</source>
      <translation>Points chauds et points froids</translation>
    </message>
    <message>
      <location filename="../processing/icu_hotspots.py" line="270" />
      <source>Hot and cold spots (Gi*)</source>
      <translation>Points chauds et points froids (Gi*)</translation>
    </message>
    <message>
      <location filename="../processing/icu_hotspots.py" line="200" />
      <source>INSEE cell identifier field (default Idcar_200m)</source>
      <translation>Champ de l'identifiant du carreau INSEE (Idcar_200m par défaut)</translation>
    </message>
    <message>
      <location filename="../processing/zan_counters.py" line="98" />
      <source>INSEE code field of the consumption file (default: idcom)</source>
      <translation>Champ du code INSEE du fichier de consommation (par défaut : idcom)</translation>
    </message>
    <message>
      <location filename="../processing/icu_hotspots.py" line="154" />
      <source>Kelvin</source>
      <translation>Kelvin</translation>
    </message>
    <message>
      <location filename="../processing/icu_hotspots.py" line="155" />
      <source>Landsat Collection 2 Level-2 ST_B10 raw values</source>
      <translation>Valeurs brutes ST_B10 Landsat Collection 2 Level-2</translation>
    </message>
    <message>
      <location filename="../processing/lizmap_publish.py" line="120" />
      <source>Letters, digits, '_' and '-'; it becomes &lt;name&gt;.qgs, &lt;name&gt;.qgs.cfg and &lt;name&gt;.gpkg.</source>
      <translation>Lettres, chiffres, « _ » et « - » ; il devient &lt;nom&gt;.qgs, &lt;nom&gt;.qgs.cfg et &lt;nom&gt;.gpkg.</translation>
    </message>
    <message>
      <location filename="../gui/lizmap_dock.py" line="157" />
      <source>Lizmap Web Client</source>
      <translation>Lizmap Web Client</translation>
    </message>
    <message>
      <location filename="../processing/lizmap_publish.py" line="127" />
      <source>Lizmap Web Client address</source>
      <translation>Adresse de Lizmap Web Client</translation>
    </message>
    <message>
      <location filename="../processing/lizmap_publish.py" line="131" />
      <source>Lizmap Web Client version</source>
      <translation>Version de Lizmap Web Client</translation>
    </message>
    <message>
      <location filename="../processing/lizmap_publish.py" line="143" />
      <source>Lizmap configuration (staging copy)</source>
      <translation>Configuration Lizmap (copie de préparation)</translation>
    </message>
    <message>
      <location filename="../gui/lizmap_dock.py" line="154" />
      <source>Lizmap instance</source>
      <translation>Instance Lizmap</translation>
    </message>
    <message>
      <location filename="../gui/lizmap_dock.py" line="130" />
      <source>Lizmap repository</source>
      <translation>Répertoire Lizmap</translation>
    </message>
    <message>
      <location filename="../processing/lizmap_publish.py" line="128" />
      <source>Lizmap repository id</source>
      <translation>Identifiant du répertoire Lizmap</translation>
    </message>
    <message>
      <location filename="../gui/lizmap_dock.py" line="133" />
      <source>Local folder (mounted share)</source>
      <translation>Dossier local (partage monté)</translation>
    </message>
    <message>
      <location filename="../processing/lizmap_publish.py" line="123" />
      <source>Local repository folder</source>
      <translation>Dossier local du répertoire</translation>
    </message>
    <message>
      <location filename="../processing/lizmap_publish.py" line="116" />
      <source>Map abstract (French)</source>
      <translation>Résumé de la carte</translation>
    </message>
    <message>
      <location filename="../processing/lizmap_publish.py" line="114" />
      <source>Map title (French)</source>
      <translation>Titre de la carte</translation>
    </message>
    <message>
      <location filename="../processing/zan_counters.py" line="103" />
      <source>Membership table</source>
      <translation>Table d'appartenance</translation>
    </message>
    <message>
      <location filename="../processing/zan_counters.py" line="105" />
      <source>Membership table (commune → territory)</source>
      <translation>Table d'appartenance (commune → territoire)</translation>
    </message>
    <message>
      <location filename="../processing/zan_counters.py" line="106" />
      <source>Membership: commune INSEE code field</source>
      <translation>Appartenance : champ du code INSEE de la commune</translation>
    </message>
    <message>
      <location filename="../processing/zan_counters.py" line="107" />
      <source>Membership: territory code field</source>
      <translation>Appartenance : champ du code du territoire</translation>
    </message>
    <message>
      <location filename="../processing/zan_counters.py" line="108" />
      <source>Membership: territory name field</source>
      <translation>Appartenance : champ du nom du territoire</translation>
    </message>
    <message>
      <location filename="../processing/friches_mutability.py" line="37" />
      <source>Motorways or motorway accesses</source>
      <translation>Autoroutes ou accès autoroutiers</translation>
    </message>
    <message>
      <location filename="../processing/zan_counters.py" line="125" />
      <source>None</source>
      <translation>Aucune</translation>
    </message>
    <message>
      <location filename="../processing/icu_hotspots.py" line="172" />
      <source>Number of neighbours (k nearest)</source>
      <translation>Nombre de voisins (k plus proches)</translation>
    </message>
    <message>
      <location filename="../processing/zan_counters.py" line="117" />
      <source>Objectives: parent territory code field</source>
      <translation>Objectifs : champ du code du territoire parent</translation>
    </message>
    <message>
      <location filename="../processing/zan_counters.py" line="116" />
      <source>Objectives: reduction % field</source>
      <translation>Objectifs : champ du % de réduction</translation>
    </message>
    <message>
      <location filename="../processing/zan_counters.py" line="115" />
      <source>Objectives: territory code field</source>
      <translation>Objectifs : champ du code du territoire</translation>
    </message>
    <message>
      <location filename="../processing/zan_counters.py" line="124" />
      <source>Only communes flagged or listed</source>
      <translation>Seulement les communes signalées ou listées</translation>
    </message>
    <message>
      <location filename="../processing/icu_hotspots.py" line="228" />
      <source>Overheating report (HTML)</source>
      <translation>Rapport sur la surchauffe (HTML)</translation>
    </message>
    <message>
      <location filename="../processing/icu_hotspots.py" line="286" />
      <source>Overheating summary</source>
      <translation>Synthèse de la surchauffe</translation>
    </message>
    <message>
      <location filename="../processing/icu_hotspots.py" line="226" />
      <source>Overheating summary per territory</source>
      <translation>Synthèse de la surchauffe par territoire</translation>
    </message>
    <message>
      <location filename="../processing/zan_counters.py" line="134" />
      <source>PENE consumption to deduct (m² per commune or territory)</source>
      <translation>Consommation PENE à déduire (m² par commune ou territoire)</translation>
    </message>
    <message>
      <location filename="../processing/zan_counters.py" line="136" />
      <source>PENE: commune or territory code field</source>
      <translation>PENE : champ du code de la commune ou du territoire</translation>
    </message>
    <message>
      <location filename="../processing/zan_counters.py" line="137" />
      <source>PENE: consumption field (m²)</source>
      <translation>PENE : champ de la consommation (m²)</translation>
    </message>
    <message>
      <location filename="../processing/friches_mutability.py" line="46" />
      <source>PLU/GPU zoning (typezone, destdomi, libelong)</source>
      <translation>Zonage PLU/GPU (typezone, destdomi, libelong)</translation>
    </message>
    <message>
      <location filename="../processing/icu_hotspots.py" line="183" />
      <source>Pixels whose centre falls inside (faster)</source>
      <translation>Pixels dont le centre est dans l'unité (plus rapide)</translation>
    </message>
    <message>
      <location filename="../processing/icu_hotspots.py" line="193" />
      <source>Population (INSEE Filosofi 200 m squares or polygons/points)</source>
      <translation>Population (carreaux INSEE Filosofi 200 m ou polygones/points)</translation>
    </message>
    <message>
      <location filename="../gui/lizmap_dock.py" line="336" />
      <source>Previous version kept as .bak.</source>
      <translation>Version précédente conservée en .bak.</translation>
    </message>
    <message>
      <location filename="../processing/lizmap_publish.py" line="190" />
      <source>Previous version kept: {name}</source>
      <translation>Version précédente conservée : {name}</translation>
    </message>
    <message>
      <location filename="../processing/friches_mutability.py" line="48" />
      <source>Priority neighbourhoods (QPV)</source>
      <translation>Quartiers prioritaires de la politique de la ville (QPV)</translation>
    </message>
    <message>
      <location filename="../gui/lizmap_dock.py" line="127" />
      <source>Project name</source>
      <translation>Nom du projet</translation>
    </message>
    <message>
      <location filename="../processing/lizmap_publish.py" line="118" />
      <source>Project name in the repository</source>
      <translation>Nom du projet dans le répertoire</translation>
    </message>
    <message>
      <location filename="../processing/friches_mutability.py" line="36" />
      <source>Public transport stops (&lt; 500 m)</source>
      <translation>Arrêts de transport en commun (&lt; 500 m)</translation>
    </message>
    <message>
      <location filename="../gui/lizmap_dock.py" line="165" />
      <source>Publish</source>
      <translation>Publier</translation>
    </message>
    <message>
      <location filename="../processing/lizmap_publish.py" line="80" />
      <source>Publish to Lizmap</source>
      <translation>Publier sur Lizmap</translation>
    </message>
    <message>
      <location filename="../gui/lizmap_dock.py" line="334" />
      <source>Published (not verified: no Lizmap or QGIS Server address).</source>
      <translation>Publié (non vérifié : aucune adresse Lizmap ni QGIS Server).</translation>
    </message>
    <message>
      <location filename="../gui/lizmap_dock.py" line="331" />
      <source>Published and verified: {n} layers answer.</source>
      <translation>Publié et vérifié : {n} couches répondent.</translation>
    </message>
    <message>
      <location filename="../processing/lizmap_publish.py" line="195" />
      <source>Published without verification (no Lizmap or QGIS Server address).</source>
      <translation>Publié sans vérification (aucune adresse Lizmap ni QGIS Server).</translation>
    </message>
    <message>
      <location filename="../processing/base.py" line="30" />
      <source>Publishing</source>
      <translation>Publication</translation>
    </message>
    <message>
      <location filename="../gui/lizmap_dock.py" line="60" />
      <source>Publishing to Lizmap</source>
      <translation>Publication sur Lizmap</translation>
    </message>
    <message>
      <location filename="../gui/lizmap_dock.py" line="159" />
      <source>QGIS Server</source>
      <translation>QGIS Server</translation>
    </message>
    <message>
      <location filename="../processing/icu_hotspots.py" line="167" />
      <source>Queen contiguity (edges and corners; 3 × 3 window on the grid)</source>
      <translation>Contiguïté reine (côtés et sommets ; fenêtre 3 × 3 sur la grille)</translation>
    </message>
    <message>
      <location filename="../processing/friches_mutability.py" line="53" />
      <source>Rail freight sidings (ITE, field etat)</source>
      <translation>Installations terminales embranchées (ITE, champ etat)</translation>
    </message>
    <message>
      <location filename="../processing/icu_hotspots.py" line="189" />
      <source>Random seed of the permutations</source>
      <translation>Graine aléatoire des permutations</translation>
    </message>
    <message>
      <location filename="../processing/icu_hotspots.py" line="156" />
      <source>Raster band</source>
      <translation>Bande du raster</translation>
    </message>
    <message>
      <location filename="../processing/friches_mutability.py" line="47" />
      <source>Renewable energy acceleration zones (ZAER)</source>
      <translation>Zones d'accélération des énergies renouvelables (ZAER)</translation>
    </message>
    <message>
      <location filename="../processing/lizmap_publish.py" line="139" />
      <source>Replace a project of the same name not published by AULA Toolkit</source>
      <translation>Remplacer un projet du même nom non publié par AULA Toolkit</translation>
    </message>
    <message>
      <location filename="../gui/lizmap_dock.py" line="155" />
      <source>Repository</source>
      <translation>Répertoire</translation>
    </message>
    <message>
      <location filename="../processing/lizmap_publish.py" line="137" />
      <source>Repository folder as QGIS Server sees it</source>
      <translation>Dossier du répertoire vu par QGIS Server</translation>
    </message>
    <message>
      <location filename="../processing/icu_hotspots.py" line="213" />
      <source>Restrict the grid to the summary territories</source>
      <translation>Restreindre la grille aux territoires de synthèse</translation>
    </message>
    <message>
      <location filename="../processing/lizmap_publish.py" line="112" />
      <source>Result layers to publish</source>
      <translation>Couches de résultats à publier</translation>
    </message>
    <message>
      <location filename="../processing/icu_hotspots.py" line="168" />
      <source>Rook contiguity (edges only)</source>
      <translation>Contiguïté tour (côtés seulement)</translation>
    </message>
    <message>
      <location filename="../processing/icu_hotspots.py" line="186" />
      <source>Row-standardised</source>
      <translation>Standardisée par ligne</translation>
    </message>
    <message>
      <location filename="../processing/zan_counters.py" line="173" />
      <source>SCoT</source>
      <translation>SCoT</translation>
    </message>
    <message>
      <location filename="../processing/zan_counters.py" line="102" />
      <source>SCoT (column scot of the file)</source>
      <translation>SCoT (colonne scot du fichier)</translation>
    </message>
    <message>
      <location filename="../processing/friches_mutability.py" line="50" />
      <source>Saturated grid zones for renewables</source>
      <translation>Zones de réseau électrique saturé pour les EnR</translation>
    </message>
    <message>
      <location filename="../processing/friches_mutability.py" line="104" />
      <source>Scoring grid</source>
      <translation>Grille de notation</translation>
    </message>
    <message>
      <location filename="../processing/icu_hotspots.py" line="205" />
      <source>Sensitive ERP codes (prefixes)</source>
      <translation>Codes des ERP sensibles (préfixes)</translation>
    </message>
    <message>
      <location filename="../processing/icu_hotspots.py" line="202" />
      <source>Sensitive establishments (ERP)</source>
      <translation>Établissements sensibles (ERP)</translation>
    </message>
    <message>
      <location filename="../processing/friches_mutability.py" line="120" />
      <source>Sensitivity draws</source>
      <translation>Tirages de sensibilité</translation>
    </message>
    <message>
      <location filename="../processing/friches_mutability.py" line="39" />
      <source>Shops and services (BPE, field typequ)</source>
      <translation>Commerces et services (BPE, champ typequ)</translation>
    </message>
    <message>
      <location filename="../processing/friches_mutability.py" line="102" />
      <source>Site id field (default: site_id)</source>
      <translation>Champ de l'identifiant du site (par défaut : site_id)</translation>
    </message>
    <message>
      <location filename="../processing/icu_hotspots.py" line="166" />
      <source>Spatial weights</source>
      <translation>Pondération spatiale</translation>
    </message>
    <message>
      <location filename="../processing/icu_hotspots.py" line="218" />
      <source>Stake matrix (rows heat 1→3; columns sensitivity 1→3)</source>
      <translation>Matrice d'enjeux (lignes : aléa 1→3 ; colonnes : sensibilité 1→3)</translation>
    </message>
    <message>
      <location filename="../processing/icu_hotspots.py" line="222" />
      <source>Stakes: overheating × population</source>
      <translation>Enjeux : surchauffe × population</translation>
    </message>
    <message>
      <location filename="../processing/icu_hotspots.py" line="224" />
      <source>Stakes: overheating × sensitive ERP</source>
      <translation>Enjeux : surchauffe × ERP sensibles</translation>
    </message>
    <message>
      <location filename="../processing/icu_hotspots.py" line="209" />
      <source>Summary territories (communes, EPCI)</source>
      <translation>Territoires de synthèse (communes, EPCI)</translation>
    </message>
    <message>
      <location filename="../processing/icu_hotspots.py" line="148" />
      <source>Surface temperature (raster, Landsat ST_B10, or points/polygons)</source>
      <translation>Température de surface (raster, Landsat ST_B10, ou points/polygones)</translation>
    </message>
    <message>
      <location filename="../processing/lizmap_publish.py" line="121" />
      <source>Target</source>
      <translation>Cible</translation>
    </message>
    <message>
      <location filename="../processing/friches_mutability.py" line="43" />
      <source>Technological risks (ICPE/SIS points or PPRT zones)</source>
      <translation>Risques technologiques (points ICPE/SIS ou zones PPRT)</translation>
    </message>
    <message>
      <location filename="../processing/icu_hotspots.py" line="151" />
      <source>Temperature field (vector temperature layer)</source>
      <translation>Champ de température (couche vecteur de température)</translation>
    </message>
    <message>
      <location filename="../processing/icu_hotspots.py" line="182" />
      <source>Temperature of a unit from raster pixels</source>
      <translation>Température d'une unité à partir des pixels du raster</translation>
    </message>
    <message>
      <location filename="../processing/icu_hotspots.py" line="361" />
      <source>Temperature raster read: {w}×{h} pixels, {crs}.</source>
      <translation>Raster de température lu : {w}×{h} pixels, {crs}.</translation>
    </message>
    <message>
      <location filename="../processing/icu_hotspots.py" line="153" />
      <source>Temperature reading</source>
      <translation>Lecture de la température</translation>
    </message>
    <message>
      <location filename="../processing/zan_counters.py" line="114" />
      <source>Territorialised objectives (SRADDET, SCoT…)</source>
      <translation>Objectifs territorialisés (SRADDET, SCoT…)</translation>
    </message>
    <message>
      <location filename="../processing/zan_counters.py" line="101" />
      <source>Territories</source>
      <translation>Territoires</translation>
    </message>
    <message>
      <location filename="../processing/icu_hotspots.py" line="211" />
      <source>Territory code field</source>
      <translation>Champ du code du territoire</translation>
    </message>
    <message>
      <location filename="../processing/icu_hotspots.py" line="212" />
      <source>Territory name field</source>
      <translation>Champ du nom du territoire</translation>
    </message>
    <message>
      <location filename="../gui/lizmap_dock.py" line="125" />
      <source>Title</source>
      <translation>Titre</translation>
    </message>
    <message>
      <location filename="../processing/icu_hotspots.py" line="195" />
      <source>Total population field (default Ind)</source>
      <translation>Champ de la population totale (Ind par défaut)</translation>
    </message>
    <message>
      <location filename="../processing/friches_mutability.py" line="35" />
      <source>Town halls (centre-ville ≤ 1 km)</source>
      <translation>Mairies (centre-ville ≤ 1 km)</translation>
    </message>
    <message>
      <location filename="../processing/icu_hotspots.py" line="196" />
      <source>Under-4 population field(s)</source>
      <translation>Champ(s) de la population de moins de 4 ans</translation>
    </message>
    <message>
      <location filename="../processing/friches_mutability.py" line="41" />
      <source>Underground cavities (points)</source>
      <translation>Cavités souterraines (points)</translation>
    </message>
    <message>
      <location filename="../processing/icu_hotspots.py" line="160" />
      <source>Unit identifier field</source>
      <translation>Champ de l'identifiant des unités</translation>
    </message>
    <message>
      <location filename="../processing/icu_hotspots.py" line="95" />
      <source>Urban overheating: hot and cold spots (Gi*)</source>
      <translation>Surchauffe urbaine : points chauds et points froids (Gi*)</translation>
    </message>
    <message>
      <location filename="../processing/lizmap_publish.py" line="144" />
      <source>Verified</source>
      <translation>Vérifié</translation>
    </message>
    <message>
      <location filename="../processing/lizmap_publish.py" line="192" />
      <source>Verified: {n} layers listed by GetCapabilities, GetMap image of {b} bytes.</source>
      <translation>Vérifié : {n} couches listées par GetCapabilities, image GetMap de {b} octets.</translation>
    </message>
    <message>
      <location filename="../gui/lizmap_dock.py" line="146" />
      <source>Verify the map once published</source>
      <translation>Vérifier la carte une fois publiée</translation>
    </message>
    <message>
      <location filename="../processing/lizmap_publish.py" line="133" />
      <source>Verify the published map (WMS)</source>
      <translation>Vérifier la carte publiée (WMS)</translation>
    </message>
    <message>
      <location filename="../processing/lizmap_publish.py" line="134" />
      <source>Verify through this QGIS Server address</source>
      <translation>Vérifier par cette adresse de QGIS Server</translation>
    </message>
    <message>
      <location filename="../processing/lizmap_publish.py" line="141" />
      <source>Web map address</source>
      <translation>Adresse de la carte web</translation>
    </message>
    <message>
      <location filename="../processing/lizmap_publish.py" line="197" />
      <source>Web map: {url}</source>
      <translation>Carte web : {url}</translation>
    </message>
    <message>
      <location filename="../processing/lizmap_publish.py" line="142" />
      <source>Web project (staging copy)</source>
      <translation>Projet web (copie de préparation)</translation>
    </message>
    <message>
      <location filename="../processing/lizmap_publish.py" line="185" />
      <source>Web project written: {path}</source>
      <translation>Projet web écrit : {path}</translation>
    </message>
    <message>
      <location filename="../gui/lizmap_dock.py" line="134" />
      <source>WebDAV</source>
      <translation>WebDAV</translation>
    </message>
    <message>
      <location filename="../gui/lizmap_dock.py" line="153" />
      <source>WebDAV address</source>
      <translation>Adresse WebDAV</translation>
    </message>
    <message>
      <location filename="../processing/lizmap_publish.py" line="125" />
      <source>WebDAV address of the repository folder</source>
      <translation>Adresse WebDAV du dossier du répertoire</translation>
    </message>
    <message>
      <location filename="../processing/lizmap_publish.py" line="122" />
      <source>WebDAV repository</source>
      <translation>Répertoire WebDAV</translation>
    </message>
    <message>
      <location filename="../processing/friches_mutability.py" line="118" />
      <source>Weight sensitivity ± % (0 = none)</source>
      <translation>Sensibilité des poids ± % (0 = aucune)</translation>
    </message>
    <message>
      <location filename="../processing/icu_hotspots.py" line="168" />
      <source>Weights file (GAL or GWT)</source>
      <translation>Fichier de poids (GAL ou GWT)</translation>
    </message>
    <message>
      <location filename="../processing/icu_hotspots.py" line="178" />
      <source>Weights file (GAL or GWT, ids = unit identifier field)</source>
      <translation>Fichier de poids (GAL ou GWT, identifiants = champ identifiant des unités)</translation>
    </message>
    <message>
      <location filename="../processing/icu_hotspots.py" line="185" />
      <source>Weights standardisation (no effect on Gi*)</source>
      <translation>Standardisation des poids (sans effet sur Gi*)</translation>
    </message>
    <message>
      <location filename="../processing/friches_mutability.py" line="52" />
      <source>Wetlands</source>
      <translation>Zones humides</translation>
    </message>
    <message>
      <location filename="../processing/zan_counters.py" line="139" />
      <source>ZAN counters</source>
      <translation>Compteurs ZAN</translation>
    </message>
    <message>
      <location filename="../processing/zan_counters.py" line="63" />
      <source>ZAN counters (land consumption 2011–2030)</source>
      <translation>Compteurs ZAN (consommation d'espaces 2011–2030)</translation>
    </message>
    <message>
      <location filename="../processing/zan_counters.py" line="174" />
      <source>ZAN counters – {level}</source>
      <translation>Compteurs ZAN – {level}</translation>
    </message>
    <message>
      <location filename="../processing/zan_counters.py" line="143" />
      <source>ZAN report (HTML)</source>
      <translation>Rapport ZAN (HTML)</translation>
    </message>
    <message>
      <location filename="../processing/zan_counters.py" line="181" />
      <source>ZAN trajectory 2011–2030</source>
      <translation>Trajectoire ZAN 2011–2030</translation>
    </message>
    <message>
      <location filename="../processing/zan_counters.py" line="141" />
      <source>ZAN trajectory by year</source>
      <translation>Trajectoire ZAN par année</translation>
    </message>
    <message>
      <location filename="../processing/base.py" line="25" />
      <source>ZAN – land consumption</source>
      <translation>ZAN – consommation d'espaces</translation>
    </message>
    <message>
      <location filename="../processing/zan_counters.py" line="172" />
      <source>communes</source>
      <translation>communes</translation>
    </message>
    <message>
      <location filename="../processing/icu_hotspots.py" line="167" />
      <source>k nearest neighbours</source>
      <translation>k plus proches voisins</translation>
    </message>
    <message>
      <location filename="../gui/lizmap_dock.py" line="149" />
      <source>optional: verify through QGIS Server directly</source>
      <translation>facultatif : vérifier directement via QGIS Server</translation>
    </message>
    <message>
      <location filename="../processing/zan_counters.py" line="173" />
      <source>territories</source>
      <translation>territoires</translation>
    </message>
    <message>
      <location filename="../processing/icu_hotspots.py" line="278" />
      <source>{key}: not produced (its input layer is missing).</source>
      <translation>{key} : non produite (sa couche d'entrée est absente).</translation>
    </message>
    <message>
      <location filename="../processing/friches_mutability.py" line="164" />
      <source>{n} features merged into {m} multi-parcel sites.</source>
      <translation>{n} entités regroupées en {m} sites multiparcellaires.</translation>
    </message>
    <message>
      <location filename="../processing/zan_counters.py" line="162" />
      <source>{n} territories computed.</source>
      <translation>{n} territoires calculés.</translation>
    </message>
  </context>
</TS>
