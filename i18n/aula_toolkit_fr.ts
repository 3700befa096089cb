<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR" sourcelanguage="en">
  <context>
    <name>AulaToolkit</name>
    <message>
      <location filename="../processing/tvb_continuity.py" line="170" />
      <source>1.4142136 (Graphab)</source>
      <translation>1,4142136 (Graphab)</translation>
    </message>
    <message>
      <location filename="../processing/icu_hotspots.py" line="201" />
      <source>65-or-over field(s)</source>
      <translation>Champ(s) 65 ans ou plus</translation>
    </message>
    <message>
      <location filename="../processing/icu_hotspots.py" line="83" />
      <source>&lt;p&gt;&lt;b&gt;HOTSPOTS_RASTER&lt;/b&gt; (grid only, optional): a GeoTIFF on the computation grid, band 1 the Gi* z-score, band 2 the bin (−3…+3), styled like HOTSPOTS. For very large grids, produce it and leave HOTSPOTS empty: the polygons are then optional.&lt;/p&gt;</source>
      <translation>&lt;p&gt;&lt;b&gt;HOTSPOTS_RASTER&lt;/b&gt; (grille seulement, facultatif) : un GeoTIFF sur la grille de calcul, bande 1 le score z du Gi*, bande 2 la classe (−3…+3), avec le même style que HOTSPOTS. Pour les très grandes grilles, produisez-le et laissez HOTSPOTS vide : les polygones sont alors facultatifs.&lt;/p&gt;</translation>
    </message>
    <message>
      <location filename="../processing/zae_inventory.py" line="47" />
      <source>&lt;p&gt;Builds the inventory of business zones required by article L318-8-2 of the Code de l'urbanisme (loi Climat et Résilience art. 220): per zone, the land units (unités foncières) with their surface and owner, the occupants, the legal vacancy rate, and the land still available, written in the CNIG « Sites économiques » standard.&lt;/p&gt;&lt;h3&gt;Method&lt;/h3&gt;&lt;p&gt;Parcels are assigned to the zone holding at least half of their area and clipped to its perimeter. A land unit is a group of contiguous parcels (a shared boundary, not a mere point contact) with the same owner or the same set of co-owners. A unit is occupied when a SIRENE establishment (SCI excluded) located in it was active during the two years before 1 January of the inventory year; vacant when it is not occupied and had an activity closed before; otherwise free. Legal vacancy rate = vacant units ÷ units, integer %.&lt;/p&gt;&lt;h3&gt;Inputs&lt;/h3&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;Business zones&lt;/b&gt; (ZONES): perimeters, or PLU zoning (only destdomi = '02' zones are kept).&lt;/li&gt;&lt;li&gt;&lt;b&gt;Cadastral parcels&lt;/b&gt; (PARCELS): Etalab layout (14-character id, contenance).&lt;/li&gt;&lt;li&gt;&lt;b&gt;Parcel owners&lt;/b&gt; (OWNERS, optional): DGFiP legal-entities parcel file or any parcel → owner account table; without it every parcel is a unit.&lt;/li&gt;&lt;li&gt;&lt;b&gt;SIRENE establishments&lt;/b&gt; (ESTABLISHMENTS): stock or geolocated file (state, dates, legal category, coordinates with per-row EPSG), or a point layer.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Buildings&lt;/b&gt; (BUILDINGS, BD TOPO batiment), &lt;b&gt;Brownfields&lt;/b&gt; (FRICHES, CNIG/Cartofriches), &lt;b&gt;Aménagement stage per parcel&lt;/b&gt; (STAGE), &lt;b&gt;Inventory year&lt;/b&gt; (YEAR).&lt;/li&gt;&lt;/ul&gt;&lt;h3&gt;Outputs&lt;/h3&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;CNIG GeoPackage&lt;/b&gt; (OUTPUT): a copy of the standard's template with site_eco, terrain_eco and etablissement filled.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Land units&lt;/b&gt; (UNITS): BFC UF-ECO fields.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Zone summary&lt;/b&gt; (SUMMARY): legal and surface vacancy rates side by side, surfaces and their closure check.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Reports&lt;/b&gt; (REPORT_FOLDER): one HTML page per EPCI.&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;Natural persons' names are never exported.&lt;/p&gt;</source>
      <translation>&lt;p&gt;Établit l'inventaire des zones d'activité économique exigé par l'article L318-8-2 du code de l'urbanisme (loi Climat et Résilience, art. 220) : pour chaque zone, les unités foncières avec leur surface et leur propriétaire, les occupants, le taux de vacance légal et le foncier encore disponible, écrits au géostandard CNIG « Sites économiques ».&lt;/p&gt;&lt;h3&gt;Méthode&lt;/h3&gt;&lt;p&gt;Une parcelle est rattachée à la zone qui contient au moins la moitié de sa surface et découpée au périmètre. Une unité foncière réunit des parcelles contiguës (une limite commune, pas un simple contact par un point) d'un même propriétaire ou d'un même ensemble d'indivisaires. Une unité est occupée si un établissement SIRENE (hors SCI) qui s'y trouve a été actif au cours des deux années précédant le 1er janvier de l'année de l'inventaire ; vacante si elle n'est pas occupée et qu'une activité y a fermé ; sinon libre. Taux de vacance légal = unités vacantes ÷ unités, en % entier.&lt;/p&gt;&lt;h3&gt;Entrées&lt;/h3&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;Zones d'activité&lt;/b&gt; (ZONES) : périmètres, ou zonage de PLU (seules les zones destdomi = '02' sont gardées).&lt;/li&gt;&lt;li&gt;&lt;b&gt;Parcelles cadastrales&lt;/b&gt; (PARCELS) : format Etalab (identifiant à 14 caractères, contenance).&lt;/li&gt;&lt;li&gt;&lt;b&gt;Propriétaires des parcelles&lt;/b&gt; (OWNERS, optionnel) : fichier DGFiP des parcelles des personnes morales ou toute table parcelle → compte propriétaire ; sans elle, chaque parcelle est une unité.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Établissements SIRENE&lt;/b&gt; (ESTABLISHMENTS) : stock ou fichier géolocalisé (état, dates, catégorie juridique, coordonnées avec EPSG par ligne), ou une couche de points.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Bâtiments&lt;/b&gt; (BUILDINGS, BD TOPO batiment), &lt;b&gt;Friches&lt;/b&gt; (FRICHES, CNIG/Cartofriches), &lt;b&gt;Stade d'aménagement par parcelle&lt;/b&gt; (STAGE), &lt;b&gt;Année de l'inventaire&lt;/b&gt; (YEAR).&lt;/li&gt;&lt;/ul&gt;&lt;h3&gt;Sorties&lt;/h3&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;GeoPackage CNIG&lt;/b&gt; (OUTPUT) : une copie du modèle du standard, couches site_eco, terrain_eco et etablissement remplies.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Unités foncières&lt;/b&gt; (UNITS) : champs UF-ECO de l'extension BFC.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Synthèse par zone&lt;/b&gt; (SUMMARY) : taux de vacance légal et taux en surface côte à côte, surfaces et contrôle de bouclage.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Rapports&lt;/b&gt; (REPORT_FOLDER) : une page HTML par EPCI.&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;Les noms des personnes physiques ne sont jamais exportés.&lt;/p&gt;</translation>
    </message>
    <message>
      <location filename="../processing/zan_counters.py" line="35" />
      <source>&lt;p&gt;Computes, for each territory, the ZAN counters of land consumption from the Cerema file: the 2011–2020 reference, the 2021–2030 envelope with the 1 ha garantie communale, what has been consumed since 2021, the projection to 2030 at the current pace and a status (on track, will exceed, already exceeded). The envelope is the reference reduced by the objective; the guarantee raises each covered commune to 1 ha at least.&lt;/p&gt;&lt;h3&gt;In the form&lt;/h3&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;Cerema consumption file&lt;/b&gt;: the communal file of the Cerema (any millésime, CSV or table) or its API long layout.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Territories&lt;/b&gt;: communes, the EPCI or SCoT of the file, or your &lt;b&gt;Membership table&lt;/b&gt; (commune → territory).&lt;/li&gt;&lt;li&gt;&lt;b&gt;Commune polygons&lt;/b&gt; (optional): to draw the territories on the map.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Territorialised objectives&lt;/b&gt; (optional), otherwise the &lt;b&gt;Default reduction objective (%)&lt;/b&gt;; &lt;b&gt;Garantie communale of 1 ha&lt;/b&gt;: all communes, only those listed, or none.&lt;/li&gt;&lt;li&gt;Under &lt;i&gt;Advanced&lt;/i&gt;: PENE consumption to deduct, guarantee pooled at EPCI level, &lt;b&gt;Report language&lt;/b&gt;.&lt;/li&gt;&lt;/ul&gt;&lt;h3&gt;Results&lt;/h3&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;ZAN counters&lt;/b&gt;: one territory per feature, coloured by status.&lt;/li&gt;&lt;li&gt;&lt;b&gt;ZAN trajectory by year&lt;/b&gt;: observed and allowed consumption, 2011–2030.&lt;/li&gt;&lt;li&gt;&lt;b&gt;ZAN report&lt;/b&gt;: an HTML page with a chart per territory, readable offline.&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;Field names, rules and examples: the &lt;i&gt;Help&lt;/i&gt; button opens the full documentation.&lt;/p&gt;</source>
      <translation>&lt;p&gt;Calcule les compteurs ZAN de consommation d'espaces de chaque territoire à partir du fichier du Cerema : la référence 2011–2020, l'enveloppe 2021–2030 avec la garantie communale de 1 ha, la consommation depuis 2021, la projection à 2030 au rythme actuel et un statut (en bonne voie, va dépasser, déjà dépassée). L'enveloppe est la référence diminuée de l'objectif ; la garantie porte chaque commune couverte à 1 ha au moins.&lt;/p&gt;&lt;h3&gt;Dans le formulaire&lt;/h3&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;Fichier de consommation du Cerema&lt;/b&gt; : le fichier communal du Cerema (tout millésime, CSV ou table) ou le format long de son API.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Territoires&lt;/b&gt; : communes, EPCI ou SCoT du fichier, ou votre &lt;b&gt;Table d'appartenance&lt;/b&gt; (commune → territoire).&lt;/li&gt;&lt;li&gt;&lt;b&gt;Polygones communaux&lt;/b&gt; (facultatif) : pour dessiner les territoires sur la carte.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Objectifs territorialisés&lt;/b&gt; (facultatif), sinon l'&lt;b&gt;Objectif de réduction par défaut (%)&lt;/b&gt; ; &lt;b&gt;Garantie communale de 1 ha&lt;/b&gt; : toutes les communes, seulement celles listées, ou aucune.&lt;/li&gt;&lt;li&gt;Sous &lt;i&gt;Paramètres avancés&lt;/i&gt; : consommation PENE à déduire, garantie mutualisée à l'EPCI, &lt;b&gt;Langue du rapport&lt;/b&gt;.&lt;/li&gt;&lt;/ul&gt;&lt;h3&gt;Résultats&lt;/h3&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;Compteurs ZAN&lt;/b&gt; : un territoire par entité, coloré selon son statut.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Trajectoire ZAN par année&lt;/b&gt; : consommation observée et autorisée, 2011–2030.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Rapport ZAN&lt;/b&gt; : une page HTML avec un graphique par territoire, lisible hors ligne.&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;Noms des champs, règles et exemples : le bouton &lt;i&gt;Aide&lt;/i&gt; ouvre la documentation complète.&lt;/p&gt;</translation>
    </message>
    <message>
      <location filename="../processing/tvb_continuity.py" line="49" />
      <source>&lt;p&gt;Draws the green and blue network (trame verte et bleue) of one sous-trame in one run: a resistance surface from the land cover, the habitat réservoirs, the least-cost links and corridors between them, the connectivity graph with its standard indices, and the points where roads and railways cut the links (points noirs).&lt;/p&gt;&lt;p&gt;Method: each land-cover class gets a friction coefficient; a step to one of the 8 neighbours costs the mean of the two cells' frictions × the step length (diagonal 1.4142136 as in Graphab), costs are given in metre-equivalents. Réservoirs are 4-connected habitat patches above the minimum area. Planar links join réservoirs whose cost zones touch; the dispersal probability is exp(−α·cost) with α = −ln(p)/d. PC, EC, IIC and dPC (split into intra, flux and connector) follow Conefor 2.7 and Graphab 2.&lt;/p&gt;&lt;h3&gt;Inputs&lt;/h3&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;LANDCOVER&lt;/b&gt;: land-cover raster (integer classes) or polygons with a class field (&lt;b&gt;LANDCOVER_FIELD&lt;/b&gt;) rasterised at &lt;b&gt;RESOLUTION&lt;/b&gt; m.&lt;/li&gt;&lt;li&gt;&lt;b&gt;FRICTION&lt;/b&gt;: friction table as a CSV in BioDispersal's layout (class_descr;class;code;&lt;sous-trame&gt;…), or &lt;b&gt;FRICTION_TABLE&lt;/b&gt; (code, friction pairs). Empty or X = impassable. &lt;b&gt;SUBTRAME&lt;/b&gt; picks the column and names the outputs.&lt;/li&gt;&lt;li&gt;&lt;b&gt;HABITAT&lt;/b&gt;: habitat class codes (e.g. 31, 32), or &lt;b&gt;HABITAT_LAYER&lt;/b&gt;: a layer of réservoirs; &lt;b&gt;MIN_AREA&lt;/b&gt; in hectares.&lt;/li&gt;&lt;li&gt;&lt;b&gt;DISTANCE&lt;/b&gt; (m) and &lt;b&gt;PROBABILITY&lt;/b&gt;: dispersal, e.g. 1,000 m at 0.05.&lt;/li&gt;&lt;li&gt;&lt;b&gt;LINK_MODE&lt;/b&gt;: planar (Voronoi of cost) or complete; optional &lt;b&gt;MAX_COST&lt;/b&gt;.&lt;/li&gt;&lt;li&gt;&lt;b&gt;BARRIERS&lt;/b&gt;: roads, railways (lines or polygons) with &lt;b&gt;BARRIER_ID_FIELD&lt;/b&gt;; &lt;b&gt;BARRIER_TRANSPARENCY&lt;/b&gt; (1 = only detect crossings, 0.1 = ten times the friction, 0 = impassable) or a field.&lt;/li&gt;&lt;/ul&gt;&lt;h3&gt;Outputs&lt;/h3&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;PATCHES&lt;/b&gt;: réservoirs with area, capacity, PC contribution, dPC and its split, dIIC, component.&lt;/li&gt;&lt;li&gt;&lt;b&gt;LINKS&lt;/b&gt;: patch pairs with cost, length, probability, dPC of the link.&lt;/li&gt;&lt;li&gt;&lt;b&gt;PATHS&lt;/b&gt;: least-cost paths. &lt;b&gt;CORRIDORS&lt;/b&gt; (raster) and &lt;b&gt;CORRIDOR_POLYGONS&lt;/b&gt;: cells whose best path costs at most &lt;b&gt;CORRIDOR_TOLERANCE&lt;/b&gt; more than the link (functional links only).&lt;/li&gt;&lt;li&gt;&lt;b&gt;CONFLICTS&lt;/b&gt;: points where paths cross barriers, ranked by the dPC of the link they cut.&lt;/li&gt;&lt;li&gt;&lt;b&gt;INDICES&lt;/b&gt;: PC, EC, IIC, number of components; &lt;b&gt;CONEFOR&lt;/b&gt;: Conefor input files; &lt;b&gt;FRICTION_EXPORT&lt;/b&gt;: the table used (BioDispersal CSV); &lt;b&gt;COST_SURFACE&lt;/b&gt;; &lt;b&gt;REPORT&lt;/b&gt; (HTML).&lt;/li&gt;&lt;/ul&gt;</source>
      <translation>&lt;p&gt;Dessine la trame verte et bleue d'une sous-trame en un seul traitement : une surface de résistance tirée de l'occupation du sol, les réservoirs de biodiversité, les liens et corridors de moindre coût qui les relient, le graphe de connectivité et ses indices usuels, et les points où routes et voies ferrées coupent les liens (points noirs).&lt;/p&gt;&lt;p&gt;Méthode : chaque classe d'occupation du sol reçoit un coefficient de friction ; un pas vers l'un des 8 voisins coûte la moyenne des frictions des deux cellules × la longueur du pas (diagonale 1,4142136 comme Graphab), les coûts sont exprimés en équivalent mètres. Les réservoirs sont les taches d'habitat en 4-connexité au-dessus de la surface minimale. Les liens planaires relient les réservoirs dont les zones de coût se touchent ; la probabilité de dispersion vaut exp(−α·coût) avec α = −ln(p)/d. PC, EC, IIC et dPC (décomposé en intra, flux et connecteur) suivent Conefor 2.7 et Graphab 2.&lt;/p&gt;&lt;h3&gt;Entrées&lt;/h3&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;LANDCOVER&lt;/b&gt; : raster d'occupation du sol (classes entières) ou polygones avec un champ de classe (&lt;b&gt;LANDCOVER_FIELD&lt;/b&gt;) rastérisés à &lt;b&gt;RESOLUTION&lt;/b&gt; m.&lt;/li&gt;&lt;li&gt;&lt;b&gt;FRICTION&lt;/b&gt; : table de friction en CSV au format BioDispersal (class_descr;class;code;&amp;lt;sous-trame&amp;gt;…), ou &lt;b&gt;FRICTION_TABLE&lt;/b&gt; (paires code, friction). Vide ou X = infranchissable. &lt;b&gt;SUBTRAME&lt;/b&gt; choisit la colonne et nomme les sorties.&lt;/li&gt;&lt;li&gt;&lt;b&gt;HABITAT&lt;/b&gt; : codes des classes d'habitat (ex. 31, 32), ou &lt;b&gt;HABITAT_LAYER&lt;/b&gt; : une couche de réservoirs ; &lt;b&gt;MIN_AREA&lt;/b&gt; en hectares.&lt;/li&gt;&lt;li&gt;&lt;b&gt;DISTANCE&lt;/b&gt; (m) et &lt;b&gt;PROBABILITY&lt;/b&gt; : dispersion, par exemple 1 000 m à 0,05.&lt;/li&gt;&lt;li&gt;&lt;b&gt;LINK_MODE&lt;/b&gt; : planaires (Voronoï de coût) ou complets ; &lt;b&gt;MAX_COST&lt;/b&gt; facultatif.&lt;/li&gt;&lt;li&gt;&lt;b&gt;BARRIERS&lt;/b&gt; : routes, voies ferrées (lignes ou polygones) avec &lt;b&gt;BARRIER_ID_FIELD&lt;/b&gt; ; &lt;b&gt;BARRIER_TRANSPARENCY&lt;/b&gt; (1 = seulement détecter les traversées, 0,1 = friction décuplée, 0 = infranchissable) ou un champ.&lt;/li&gt;&lt;/ul&gt;&lt;h3&gt;Sorties&lt;/h3&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;PATCHES&lt;/b&gt; : réservoirs avec surface, capacité, part de PC, dPC et sa décomposition, dIIC, composante.&lt;/li&gt;&lt;li&gt;&lt;b&gt;LINKS&lt;/b&gt; : paires de réservoirs avec coût, longueur, probabilité, dPC du lien.&lt;/li&gt;&lt;li&gt;&lt;b&gt;PATHS&lt;/b&gt; : chemins de moindre coût. &lt;b&gt;CORRIDORS&lt;/b&gt; (raster) et &lt;b&gt;CORRIDOR_POLYGONS&lt;/b&gt; : cellules dont le meilleur chemin coûte au plus &lt;b&gt;CORRIDOR_TOLERANCE&lt;/b&gt; de plus que le lien (liens fonctionnels seulement).&lt;/li&gt;&lt;li&gt;&lt;b&gt;CONFLICTS&lt;/b&gt; : points où les chemins traversent les obstacles, classés par le dPC du lien coupé.&lt;/li&gt;&lt;li&gt;&lt;b&gt;INDICES&lt;/b&gt; : PC, EC, IIC, nombre de composantes ; &lt;b&gt;CONEFOR&lt;/b&gt; : fichiers d'entrée Conefor ; &lt;b&gt;FRICTION_EXPORT&lt;/b&gt; : la table utilisée (CSV BioDispersal) ; &lt;b&gt;COST_SURFACE&lt;/b&gt; ; &lt;b&gt;REPORT&lt;/b&gt; (HTML).&lt;/li&gt;&lt;/ul&gt;</translation>
    </message>
    <message>
      <location filename="../processing/icu_hotspots.py" line="61" />
      <source>&lt;p&gt;Finds where the territory is significantly warmer (hot spots) or cooler (cool islands) than the whole area, from a land surface temperature, and crosses the hot spots with the population and the sensitive establishments to target greening. Each unit (a 200 m square of the INSEE grid by default) is compared with its neighbours: a hot spot is a group of warm units too marked to be chance, at 90, 95 or 99 % confidence.&lt;/p&gt;&lt;h3&gt;In the form&lt;/h3&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;Surface temperature&lt;/b&gt;: a raster in °C or K, a Landsat ST_B10 band as downloaded, or points/polygons with a &lt;b&gt;Temperature field&lt;/b&gt;; &lt;b&gt;Temperature reading&lt;/b&gt; is found from the values unless you force it.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Analysis units&lt;/b&gt; (optional): IRIS or blocks; empty = the 200 m INSEE grid (&lt;b&gt;Grid cell size&lt;/b&gt;).&lt;/li&gt;&lt;li&gt;&lt;b&gt;Spatial weights&lt;/b&gt;: &lt;i&gt;Distance band&lt;/i&gt; uses &lt;b&gt;If distance band: distance&lt;/b&gt; (0 = the smallest distance giving every unit a neighbour), &lt;i&gt;k nearest neighbours&lt;/i&gt; uses &lt;b&gt;If k nearest: number of neighbours&lt;/b&gt;, &lt;i&gt;queen&lt;/i&gt; or &lt;i&gt;rook contiguity&lt;/i&gt; the polygons' shared sides, &lt;i&gt;Weights file&lt;/i&gt; a GAL or GWT file (tolerance and file under &lt;i&gt;Advanced&lt;/i&gt;); the other settings are ignored.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Population&lt;/b&gt; (optional, INSEE Filosofi squares), &lt;b&gt;Sensitive establishments (ERP)&lt;/b&gt; (optional, schools, crèches, care homes…), &lt;b&gt;Summary territories&lt;/b&gt; (optional, communes or EPCI).&lt;/li&gt;&lt;li&gt;Under &lt;i&gt;Advanced&lt;/i&gt;: permutations, stake thresholds and matrix, &lt;b&gt;Report language&lt;/b&gt;.&lt;/li&gt;&lt;/ul&gt;&lt;h3&gt;Results&lt;/h3&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;Hot and cold spots&lt;/b&gt;: each unit with its temperature and class.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Stakes&lt;/b&gt;: overheating × population and × sensitive establishments.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Summary per territory&lt;/b&gt; and an HTML &lt;b&gt;report&lt;/b&gt; readable offline.&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;Statistics (Gi*, p-values, FDR), thresholds and field names: the &lt;i&gt;Help&lt;/i&gt; button opens the full documentation.&lt;/p&gt;</source>
      <translation>&lt;p&gt;Repère où le territoire est significativement plus chaud (points chauds) ou plus frais (îlots de fraîcheur) que l'ensemble, à partir d'une température de surface, et croise les points chauds avec la population et les établissements sensibles pour cibler la végétalisation. Chaque unité (un carreau de 200 m de la grille INSEE par défaut) est comparée à ses voisines : un point chaud est un groupe d'unités chaudes trop marqué pour être dû au hasard, avec une confiance de 90, 95 ou 99 %.&lt;/p&gt;&lt;h3&gt;Dans le formulaire&lt;/h3&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;Température de surface&lt;/b&gt; : un raster en °C ou en K, une bande ST_B10 Landsat telle que téléchargée, ou des points/polygones avec un &lt;b&gt;Champ de température&lt;/b&gt; ; la &lt;b&gt;Lecture de la température&lt;/b&gt; est déduite des valeurs sauf si vous la forcez.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Unités d'analyse&lt;/b&gt; (facultatif) : IRIS ou îlots ; vide = carroyage INSEE 200 m (&lt;b&gt;Taille des mailles de la grille&lt;/b&gt;).&lt;/li&gt;&lt;li&gt;&lt;b&gt;Pondération spatiale&lt;/b&gt; : &lt;i&gt;Bande de distance&lt;/i&gt; utilise &lt;b&gt;Si bande : distance&lt;/b&gt; (0 = la plus petite distance donnant un voisin à chaque unité), &lt;i&gt;k plus proches voisins&lt;/i&gt; utilise &lt;b&gt;Si k plus proches : nombre de voisins&lt;/b&gt;, la &lt;i&gt;contiguïté reine&lt;/i&gt; ou &lt;i&gt;tour&lt;/i&gt; les côtés communs des polygones, le &lt;i&gt;fichier de poids&lt;/i&gt; un fichier GAL ou GWT (tolérance et fichier sous &lt;i&gt;Paramètres avancés&lt;/i&gt;) ; les autres réglages sont ignorés.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Population&lt;/b&gt; (facultatif, carreaux Filosofi de l'INSEE), &lt;b&gt;Établissements sensibles (ERP)&lt;/b&gt; (facultatif : écoles, crèches, EHPAD…), &lt;b&gt;Territoires de synthèse&lt;/b&gt; (facultatif : communes ou EPCI).&lt;/li&gt;&lt;li&gt;Sous &lt;i&gt;Paramètres avancés&lt;/i&gt; : permutations, seuils et matrice d'enjeux, &lt;b&gt;Langue du rapport&lt;/b&gt;.&lt;/li&gt;&lt;/ul&gt;&lt;h3&gt;Résultats&lt;/h3&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;Points chauds et points froids&lt;/b&gt; : chaque unité avec sa température et sa classe.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Enjeux&lt;/b&gt; : surchauffe × population et × établissements sensibles.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Synthèse par territoire&lt;/b&gt; et un &lt;b&gt;rapport&lt;/b&gt; HTML lisible hors ligne.&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;Statistique (Gi*, p-values, FDR), seuils et noms des champs : le bouton &lt;i&gt;Aide&lt;/i&gt; ouvre la documentation complète.&lt;/p&gt;</translation>
    </message>
    <message>
      <location filename="../processing/ocsge_to_postgis.py" line="25" />
      <source>&lt;p&gt;Loads IGN "OCS GE artificialisation" deliveries (stock layers of each millésime and difference layers, one or many départements, 7z archives unpacked) into a PostGIS schema ready for the PostGIS path of the net artificialisation: one table per product, with the département and millésime as columns, a spatial index, and statistics refreshed (ANALYZE).&lt;/p&gt;&lt;h3&gt;Inputs&lt;/h3&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;INPUT&lt;/b&gt;: a folder of IGN deliveries (searched recursively for GeoPackages) or one GeoPackage.&lt;/li&gt;&lt;li&gt;&lt;b&gt;DATABASE&lt;/b&gt;: a PostgreSQL connection of QGIS (credentials from the connection or the authentication database); &lt;b&gt;SCHEMA&lt;/b&gt;: the schema, created if needed.&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;Reloading a département and millésime replaces its rows in one transaction: a failed load leaves the previous rows untouched.&lt;/p&gt;</source>
      <translation>&lt;p&gt;Charge les livraisons « OCS GE artificialisation » de l'IGN (couches de stock de chaque millésime et couches de différence, un ou plusieurs départements, archives 7z décompressées) dans un schéma PostGIS prêt pour le calcul PostGIS de l'artificialisation nette : une table par produit, avec le département et le millésime en colonnes, un index spatial, et des statistiques à jour (ANALYZE).&lt;/p&gt;&lt;h3&gt;Entrées&lt;/h3&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;INPUT&lt;/b&gt; : un dossier de livraisons IGN (les GeoPackages y sont cherchés récursivement) ou un GeoPackage.&lt;/li&gt;&lt;li&gt;&lt;b&gt;DATABASE&lt;/b&gt; : une connexion PostgreSQL de QGIS (identifiants de la connexion ou de la base d'authentification) ; &lt;b&gt;SCHEMA&lt;/b&gt; : le schéma, créé au besoin.&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;Recharger un département et un millésime remplace ses lignes en une seule transaction : un chargement échoué laisse les lignes précédentes intactes.&lt;/p&gt;</translation>
    </message>
    <message>
      <location filename="../processing/zan_net_artificialisation.py" line="34" />
      <source>&lt;p&gt;Net artificialisation of each territory between two OCS GE millésimes (the ZAN measure from 2031): land that became artificial minus land that was renaturalised, with the artificial stock at each millésime, the coverage status and the consistency check of Mon Diagnostic Artificialisation (difference vs. stock change, 0.5 ha).&lt;/p&gt;&lt;h3&gt;Inputs&lt;/h3&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;STOCK_BEFORE&lt;/b&gt;, &lt;b&gt;STOCK_AFTER&lt;/b&gt;: IGN "OCS GE artificialisation" stock layers (field artif): a GeoPackage, a folder of unpacked IGN deliveries (one or several départements), any layer, or a PostGIS table. In a folder, each département's first millésime is the initial one and the next the final one.&lt;/li&gt;&lt;li&gt;&lt;b&gt;DIFFERENCE&lt;/b&gt;: the IGN difference layer (field artificialisation = 1 / −1); optional if both stocks are given, and STOCK_AFTER is optional if it is given.&lt;/li&gt;&lt;li&gt;&lt;b&gt;TERRITORIES&lt;/b&gt;: commune polygons; with a &lt;b&gt;MEMBERSHIP&lt;/b&gt; table (commune → territory, as for the ZAN counters) they are grouped into EPCI, SCoT or any territory.&lt;/li&gt;&lt;li&gt;&lt;b&gt;METHOD&lt;/b&gt;: IGN's artif field, or the CS × US matrix (with or without US6.1/US6.2) followed by the thresholds of the décret of 27 November 2023.&lt;/li&gt;&lt;li&gt;&lt;b&gt;CONSUMPTION&lt;/b&gt; (optional): the Cerema consumption file, for the 2011–2050 trajectory of the report.&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;Polygons are cut by the commune boundaries and measured in Lambert-93 whatever the input CRS. When the OCS GE inputs are PostGIS tables, the whole computation runs inside PostgreSQL and only the results come back.&lt;/p&gt;&lt;h3&gt;Outputs&lt;/h3&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;OUTPUT&lt;/b&gt;: one feature per territory.&lt;/li&gt;&lt;li&gt;&lt;b&gt;CHANGES&lt;/b&gt;: the artificialised and renaturalised polygons cut by the communes, with cover and use before and after.&lt;/li&gt;&lt;li&gt;&lt;b&gt;REPORT&lt;/b&gt;: an HTML page per territory with the 2011–2050 trajectory.&lt;/li&gt;&lt;/ul&gt;</source>
      <translation>&lt;p&gt;Artificialisation nette de chaque territoire entre deux millésimes de l'OCS GE (la mesure du ZAN à partir de 2031) : les sols devenus artificialisés moins les sols renaturés, avec la surface artificialisée à chaque millésime, le statut de couverture et le contrôle de cohérence de Mon Diagnostic Artificialisation (différence contre écart des stocks, 0,5 ha).&lt;/p&gt;&lt;h3&gt;Entrées&lt;/h3&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;STOCK_BEFORE&lt;/b&gt;, &lt;b&gt;STOCK_AFTER&lt;/b&gt; : couches de stock « OCS GE artificialisation » de l'IGN (champ artif) : un GeoPackage, un dossier de livraisons IGN décompressées (un ou plusieurs départements), une couche quelconque ou une table PostGIS. Dans un dossier, le premier millésime de chaque département est le millésime initial et le suivant le millésime final.&lt;/li&gt;&lt;li&gt;&lt;b&gt;DIFFERENCE&lt;/b&gt; : la couche de différence de l'IGN (champ artificialisation = 1 / −1) ; facultative si les deux stocks sont donnés, et STOCK_AFTER est facultatif si elle est donnée.&lt;/li&gt;&lt;li&gt;&lt;b&gt;TERRITORIES&lt;/b&gt; : les polygones des communes ; avec une table d'appartenance &lt;b&gt;MEMBERSHIP&lt;/b&gt; (commune → territoire, comme pour les compteurs ZAN) elles sont regroupées en EPCI, SCoT ou tout territoire.&lt;/li&gt;&lt;li&gt;&lt;b&gt;METHOD&lt;/b&gt; : le champ artif de l'IGN, ou la matrice CS × US (avec ou sans US6.1/US6.2) suivie des seuils du décret du 27 novembre 2023.&lt;/li&gt;&lt;li&gt;&lt;b&gt;CONSUMPTION&lt;/b&gt; (facultatif) : le fichier de consommation du Cerema, pour la trajectoire 2011–2050 du rapport.&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;Les polygones sont découpés par les limites communales et mesurés en Lambert-93 quel que soit le système de coordonnées d'entrée. Quand les couches OCS GE sont des tables PostGIS, tout le calcul s'exécute dans PostgreSQL et seuls les résultats reviennent.&lt;/p&gt;&lt;h3&gt;Sorties&lt;/h3&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;OUTPUT&lt;/b&gt; : une entité par territoire.&lt;/li&gt;&lt;li&gt;&lt;b&gt;CHANGES&lt;/b&gt; : les polygones artificialisés et renaturés découpés par les communes, avec couverture et usage avant et après.&lt;/li&gt;&lt;li&gt;&lt;b&gt;REPORT&lt;/b&gt; : une page HTML par territoire avec la trajectoire 2011–2050.&lt;/li&gt;&lt;/ul&gt;</translation>
    </message>
    <message>
      <location filename="../processing/lizmap_publish.py" line="91" />
      <source>&lt;p&gt;Publishes result layers as a Lizmap observatory map: a clean web project (layers copied into one GeoPackage beside it, rasters as GeoTIFF, styles and French field names kept, one group per algorithm, tables without geometry in the hidden group) and its Lizmap configuration (popups, attribute tables, tooltips, filters by EPCI and commune, charts for the ZAN trajectory and the brownfields), with background maps, an A4 landscape print layout and access rights.&lt;/p&gt;&lt;h3&gt;In the form&lt;/h3&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;Result layers to publish&lt;/b&gt;, &lt;b&gt;Map title&lt;/b&gt;, &lt;b&gt;Map abstract&lt;/b&gt;, &lt;b&gt;Project name in the repository&lt;/b&gt;.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Target&lt;/b&gt;: a &lt;b&gt;Local repository folder&lt;/b&gt; (disk or mounted share) or the &lt;b&gt;WebDAV address of the repository folder&lt;/b&gt; with an &lt;b&gt;Authentication&lt;/b&gt; of QGIS (the password is never written anywhere; QGIS's proxy, SSL exceptions and timeout apply).&lt;/li&gt;&lt;li&gt;&lt;b&gt;Lizmap Web Client address&lt;/b&gt;: its version and repositories are read from it; otherwise choose the &lt;b&gt;Lizmap Web Client version&lt;/b&gt; (3.7 to 3.10) and type the &lt;b&gt;Lizmap repository id&lt;/b&gt;.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Background maps&lt;/b&gt; (Plan IGN by default, IGN aerial photographs, OpenStreetMap), &lt;b&gt;Agency logo for the print layout&lt;/b&gt;.&lt;/li&gt;&lt;li&gt;Access: &lt;b&gt;Lizmap groups allowed to see the map&lt;/b&gt;, &lt;b&gt;Lizmap groups per layer&lt;/b&gt;, &lt;b&gt;Hide the map from the landing page&lt;/b&gt;.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Verify the published map (WMS)&lt;/b&gt;: every layer must be listed and the map must draw.&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;Publishing is locked per project name and all-or-nothing: the data goes under a new versioned name that only the new project uses, so an interrupted publication leaves the published map as it was; the previous project is kept as a backup. Republishing keeps what an administrator changed in the configuration and does not send unchanged data again. The same publishing is available as the &lt;i&gt;AULA Toolkit — Lizmap&lt;/i&gt; panel (menu &lt;i&gt;Web&lt;/i&gt;); the &lt;i&gt;Help&lt;/i&gt; button opens the full documentation.&lt;/p&gt;</source>
      <translation>&lt;p&gt;Publie des couches de résultats en carte d'observatoire Lizmap : un projet web propre (couches copiées dans un GeoPackage à côté, rasters en GeoTIFF, styles et noms de champs en français conservés, un groupe par algorithme, tables sans géométrie dans le groupe caché) et sa configuration Lizmap (infobulles, tables attributaires, filtres par EPCI et commune, graphiques de la trajectoire ZAN et des friches), avec fonds de carte, une mise en page A4 paysage et des droits d'accès.&lt;/p&gt;&lt;h3&gt;Dans le formulaire&lt;/h3&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;Couches de résultats à publier&lt;/b&gt;, &lt;b&gt;Titre de la carte&lt;/b&gt;, &lt;b&gt;Résumé de la carte&lt;/b&gt;, &lt;b&gt;Nom du projet dans le répertoire&lt;/b&gt;.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Cible&lt;/b&gt; : un &lt;b&gt;Dossier local du répertoire&lt;/b&gt; (disque ou partage monté) ou l'&lt;b&gt;Adresse WebDAV du dossier du répertoire&lt;/b&gt; avec une &lt;b&gt;Authentification&lt;/b&gt; de QGIS (le mot de passe n'est écrit nulle part ; le proxy, les exceptions SSL et le délai de QGIS s'appliquent).&lt;/li&gt;&lt;li&gt;&lt;b&gt;Adresse de Lizmap Web Client&lt;/b&gt; : sa version et ses répertoires y sont lus ; sinon choisissez la &lt;b&gt;Version de Lizmap Web Client&lt;/b&gt; (3.7 à 3.10) et saisissez l'&lt;b&gt;Identifiant du répertoire Lizmap&lt;/b&gt;.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Fonds de carte&lt;/b&gt; (Plan IGN par défaut, photographies aériennes IGN, OpenStreetMap), &lt;b&gt;Logo de l'agence pour la mise en page&lt;/b&gt;.&lt;/li&gt;&lt;li&gt;Accès : &lt;b&gt;Groupes Lizmap autorisés à voir la carte&lt;/b&gt;, &lt;b&gt;Groupes Lizmap par couche&lt;/b&gt;, &lt;b&gt;Masquer la carte de la page d'accueil&lt;/b&gt;.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Vérifier la carte publiée (WMS)&lt;/b&gt; : chaque couche doit être listée et la carte doit s'afficher.&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;La publication est verrouillée par nom de projet et se fait en tout ou rien : les données partent sous un nouveau nom versionné que seul le nouveau projet utilise, si bien qu'une publication interrompue laisse la carte publiée telle quelle ; le projet précédent est gardé en sauvegarde. Republier conserve ce qu'un administrateur a modifié dans la configuration et ne renvoie pas des données inchangées. La même publication est disponible dans le panneau &lt;i&gt;AULA Toolkit — Lizmap&lt;/i&gt; (menu &lt;i&gt;Internet&lt;/i&gt;) ; le bouton &lt;i&gt;Aide&lt;/i&gt; ouvre la documentation complète.&lt;/p&gt;</translation>
    </message>
    <message>
      <location filename="../processing/friches_mutability.py" line="70" />
      <source>&lt;p&gt;Scores every brownfield site of a layer for the seven Mutafriches uses (housing, public facilities, culture, offices, industry, renaturation, ground-mounted solar) at once, offline. Each criterion (area, distance to a stop, flood zone, zoning…) gives the site advantages or constraints for each use, weighted by the grid; the mutability index of a use is its advantages over advantages plus constraints, and a missing criterion lowers the reliability instead of being guessed.&lt;/p&gt;&lt;h3&gt;In the form&lt;/h3&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;Brownfield sites&lt;/b&gt;: points or polygons, e.g. a Cartofriches export or the CNIG Friches standard; parcels sharing a site id are one site.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Scoring grid&lt;/b&gt;: Mutafriches v1.11, v1.16 or v1.19, or &lt;b&gt;Your own grid&lt;/b&gt;.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Context GeoPackage&lt;/b&gt;: the town halls, stops, flood zones, PLU zoning… are found in it by their names (e.g. &lt;i&gt;mairies&lt;/i&gt;, &lt;i&gt;arrets_tc&lt;/i&gt;, &lt;i&gt;zones_inondables&lt;/i&gt;, &lt;i&gt;zonage_plu&lt;/i&gt;); tick &lt;b&gt;Also look in the project's layers&lt;/b&gt; to take them from the project. Under &lt;i&gt;Advanced&lt;/i&gt;, one picker per context layer chooses or replaces a layer by hand.&lt;/li&gt;&lt;li&gt;Under &lt;i&gt;Advanced&lt;/i&gt;: weight sensitivity, &lt;b&gt;Report language&lt;/b&gt;.&lt;/li&gt;&lt;/ul&gt;&lt;h3&gt;Results&lt;/h3&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;Friches mutability&lt;/b&gt;: each site with its index and rank per use, best use, potential and reliability.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Details&lt;/b&gt; (optional): why, site × use × criterion.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Report&lt;/b&gt;: a sortable table of every site and one card per site, readable offline.&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;Field names, layer names recognised and the grid format: the &lt;i&gt;Help&lt;/i&gt; button opens the full documentation.&lt;/p&gt;</source>
      <translation>&lt;p&gt;Note en une fois chaque site en friche d'une couche pour les sept usages de Mutafriches (logement, équipements publics, culture, tertiaire, industrie, renaturation, photovoltaïque au sol), hors ligne. Chaque critère (surface, distance à un arrêt, zone inondable, zonage…) donne au site des atouts ou des contraintes pour chaque usage, pondérés par la grille ; l'indice de mutabilité d'un usage rapporte ses atouts à la somme des atouts et des contraintes, et un critère manquant baisse la fiabilité au lieu d'être deviné.&lt;/p&gt;&lt;h3&gt;Dans le formulaire&lt;/h3&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;Sites en friche&lt;/b&gt; : points ou polygones, par exemple un export Cartofriches ou le standard CNIG Friches ; les parcelles partageant un identifiant de site forment un seul site.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Grille de notation&lt;/b&gt; : Mutafriches v1.11, v1.16 ou v1.19, ou une &lt;b&gt;Grille personnalisée&lt;/b&gt;.&lt;/li&gt;&lt;li&gt;&lt;b&gt;GeoPackage de contexte&lt;/b&gt; : les mairies, arrêts, zones inondables, zonage du PLU… y sont trouvés d'après leur nom (par ex. &lt;i&gt;mairies&lt;/i&gt;, &lt;i&gt;arrets_tc&lt;/i&gt;, &lt;i&gt;zones_inondables&lt;/i&gt;, &lt;i&gt;zonage_plu&lt;/i&gt;) ; cochez &lt;b&gt;Chercher aussi dans le projet&lt;/b&gt; pour les prendre dans le projet. Sous &lt;i&gt;Paramètres avancés&lt;/i&gt;, un sélecteur par couche de contexte en choisit ou en remplace une à la main.&lt;/li&gt;&lt;li&gt;Sous &lt;i&gt;Paramètres avancés&lt;/i&gt; : sensibilité des poids, &lt;b&gt;Langue du rapport&lt;/b&gt;.&lt;/li&gt;&lt;/ul&gt;&lt;h3&gt;Résultats&lt;/h3&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;Mutabilité des friches&lt;/b&gt; : chaque site avec son indice et son rang par usage, l'usage le plus adapté, le potentiel et la fiabilité.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Détail&lt;/b&gt; (facultatif) : le pourquoi, site × usage × critère.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Rapport&lt;/b&gt; : un tableau triable de tous les sites et une fiche par site, lisible hors ligne.&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;Noms des champs, noms de couches reconnus et format des grilles : le bouton &lt;i&gt;Aide&lt;/i&gt; ouvre la documentation complète.&lt;/p&gt;</translation>
    </message>
    <message>
      <location filename="../processing/zae_inventory.py" line="93" />
      <source>A dwelling occupies a unit</source>
      <translation>Un logement occupe une unité</translation>
    </message>
    <message>
      <location filename="../plugin.py" line="57" />
      <source>AULA Toolkit</source>
      <translation>AULA Toolkit</translation>
    </message>
    <message>
      <location filename="../processing/provider.py" line="38" />
      <source>AULA Toolkit {version} – territorial analysis</source>
      <translation>AULA Toolkit {version} – analyse territoriale</translation>
    </message>
    <message>
      <location filename="../plugin.py" line="52" />
      <source>AULA Toolkit — Lizmap</source>
      <translation>AULA Toolkit — Lizmap</translation>
    </message>
    <message>
      <location filename="../processing/tvb_continuity.py" line="193" />
      <source>Accumulated cost from the réservoirs</source>
      <translation>Coût cumulé depuis les réservoirs</translation>
    </message>
    <message>
      <location filename="../processing/tvb_continuity.py" line="233" />
      <source>Accumulated costs</source>
      <translation>Coûts cumulés</translation>
    </message>
    <message>
      <location filename="../processing/lizmap_publish.py" line="296" />
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
      <location filename="../processing/zan_counters.py" line="119" />
      <source>All covered communes</source>
      <translation>Toutes les communes couvertes</translation>
    </message>
    <message>
      <location filename="../processing/friches_mutability.py" line="126" />
      <source>Also look in the project's layers</source>
      <translation>Chercher aussi dans le projet</translation>
    </message>
    <message>
      <location filename="../processing/zae_inventory.py" line="125" />
      <source>Aménagement stage per parcel (CNIG terr_stade_amngt)</source>
      <translation>Stade d'aménagement par parcelle (CNIG terr_stade_amngt)</translation>
    </message>
    <message>
      <location filename="../processing/icu_hotspots.py" line="161" />
      <source>Analysis units (polygons)</source>
      <translation>Unités d'analyse</translation>
    </message>
    <message>
      <location filename="../processing/zan_net_artificialisation.py" line="97" />
      <source>Artificial land</source>
      <translation>Sols artificialisés</translation>
    </message>
    <message>
      <location filename="../processing/zan_net_artificialisation.py" line="109" />
      <source>Artificialisation and renaturation polygons</source>
      <translation>Polygones artificialisés et renaturés</translation>
    </message>
    <message>
      <location filename="../processing/lizmap_publish.py" line="54" />
      <source>Authentication (QGIS authentication database)</source>
      <translation>Authentification (base d'authentification de QGIS)</translation>
    </message>
    <message>
      <location filename="../processing/icu_hotspots.py" line="157" />
      <source>Automatic (from the values)</source>
      <translation>Automatique (d'après les valeurs)</translation>
    </message>
    <message>
      <location filename="../processing/zae_inventory.py" line="81" />
      <source>Available land: minimum unit area, smaller is a remnant (m²)</source>
      <translation>Disponible : surface minimale d'une unité, en dessous c'est un reliquat (m²)</translation>
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
      <location filename="../processing/lizmap_publish.py" line="227" />
      <source>Backups of the previous version</source>
      <translation>Sauvegardes de la version précédente</translation>
    </message>
    <message>
      <location filename="../processing/tvb_continuity.py" line="160" />
      <source>Barrier identifier field</source>
      <translation>Champ identifiant de l'obstacle</translation>
    </message>
    <message>
      <location filename="../processing/tvb_continuity.py" line="162" />
      <source>Barrier transparency (1 = no effect on friction, 0 = impassable)</source>
      <translation>Transparence des obstacles (1 = sans effet sur la friction, 0 = infranchissable)</translation>
    </message>
    <message>
      <location filename="../processing/tvb_continuity.py" line="164" />
      <source>Barrier transparency field</source>
      <translation>Champ de transparence des obstacles</translation>
    </message>
    <message>
      <location filename="../processing/tvb_continuity.py" line="157" />
      <source>Barriers (roads, railways)</source>
      <translation>Obstacles (routes, voies ferrées)</translation>
    </message>
    <message>
      <location filename="../processing/lizmap_publish.py" line="77" />
      <source>Basic login and password stored in the QGIS authentication database; QGIS's proxy, SSL exceptions and timeout apply.</source>
      <translation>Identifiant et mot de passe (Basic) enregistrés dans la base d'authentification de QGIS ; le proxy, les exceptions SSL et le délai réseau de QGIS s'appliquent.</translation>
    </message>
    <message>
      <location filename="../processing/icu_hotspots.py" line="189" />
      <source>Binary</source>
      <translation>Binaire</translation>
    </message>
    <message>
      <location filename="../processing/friches_mutability.py" line="113" />
      <source>Brownfield sites (points or polygons)</source>
      <translation>Sites en friche (points ou polygones)</translation>
    </message>
    <message>
      <location filename="../processing/base.py" line="38" />
      <source>Brownfields</source>
      <translation>Friches</translation>
    </message>
    <message>
      <location filename="../processing/zae_inventory.py" line="122" />
      <source>Brownfields (CNIG Friches / Cartofriches)</source>
      <translation>Friches (CNIG Friches / Cartofriches)</translation>
    </message>
    <message>
      <location filename="../gui/lizmap_dock.py" line="235" />
      <source>Build the web map and publish it to the repository.</source>
      <translation>Construire la carte web et la publier dans le répertoire.</translation>
    </message>
    <message>
      <location filename="../processing/zae_inventory.py" line="120" />
      <source>Buildings (BD TOPO batiment)</source>
      <translation>Bâtiments (BD TOPO batiment)</translation>
    </message>
    <message>
      <location filename="../processing/zae_inventory.py" line="80" />
      <source>Built unit: minimum footprint (m²)</source>
      <translation>Unité bâtie : emprise minimale (m²)</translation>
    </message>
    <message>
      <location filename="../processing/friches_mutability.py" line="59" />
      <source>Business parks (ZAE)</source>
      <translation>Zones d'activités (ZAE)</translation>
    </message>
    <message>
      <location filename="../processing/base.py" line="41" />
      <source>Business zones</source>
      <translation>Zones d'activités</translation>
    </message>
    <message>
      <location filename="../processing/zae_inventory.py" line="111" />
      <source>Business zones (or PLU zoning)</source>
      <translation>Zones d'activité (ou zonage du PLU)</translation>
    </message>
    <message>
      <location filename="../processing/zae_inventory.py" line="101" />
      <source>Business zones inventory (L318-8-2, CNIG standard)</source>
      <translation>Inventaire des zones d'activité (L318-8-2, standard CNIG)</translation>
    </message>
    <message>
      <location filename="../processing/zan_net_artificialisation.py" line="98" />
      <source>CS × US matrix with US6.1/US6.2, then thresholds</source>
      <translation>Matrice CS × US avec US6.1/US6.2, puis seuils du décret</translation>
    </message>
    <message>
      <location filename="../processing/zan_net_artificialisation.py" line="99" />
      <source>CS × US matrix without US6.1/US6.2, then thresholds</source>
      <translation>Matrice CS × US sans US6.1/US6.2, puis seuils du décret</translation>
    </message>
    <message>
      <location filename="../processing/tvb_continuity.py" line="192" />
      <source>CSV files (*.csv)</source>
      <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
      <location filename="../processing/zae_inventory.py" line="112" />
      <source>Cadastral parcels (Etalab)</source>
      <translation>Parcelles cadastrales (Etalab)</translation>
    </message>
    <message>
      <location filename="../gui/lizmap_dock.py" line="236" />
      <source>Cancel</source>
      <translation>Annuler</translation>
    </message>
    <message>
      <location filename="../processing/tvb_continuity.py" line="134" />
      <source>Cell size for polygons (m)</source>
      <translation>Taille de cellule pour les polygones (m)</translation>
    </message>
    <message>
      <location filename="../processing/zan_counters.py" line="92" />
      <source>Cerema consumption file</source>
      <translation>Fichier de consommation du Cerema</translation>
    </message>
    <message>
      <location filename="../processing/zan_net_artificialisation.py" line="101" />
      <source>Cerema consumption file (for the 2011–2050 trajectory)</source>
      <translation>Fichier de consommation du Cerema (pour la trajectoire 2011–2050)</translation>
    </message>
    <message>
      <location filename="../processing/friches_mutability.py" line="52" />
      <source>Clay shrink-swell zones</source>
      <translation>Retrait-gonflement des argiles</translation>
    </message>
    <message>
      <location filename="../processing/base.py" line="39" />
      <source>Climate and heat</source>
      <translation>Climat et chaleur</translation>
    </message>
    <message>
      <location filename="../processing/tvb_continuity.py" line="139" />
      <source>Code</source>
      <translation>Code</translation>
    </message>
    <message>
      <location filename="../processing/friches_mutability.py" line="136" />
      <source>Commune data</source>
      <translation>Données communales</translation>
    </message>
    <message>
      <location filename="../processing/zan_counters.py" line="105" />
      <source>Commune polygons</source>
      <translation>Polygones communaux</translation>
    </message>
    <message>
      <location filename="../processing/zan_counters.py" line="97" />
      <source>Communes</source>
      <translation>Communes</translation>
    </message>
    <message>
      <location filename="../processing/zan_net_artificialisation.py" line="87" />
      <source>Communes (polygons)</source>
      <translation>Communes (polygones)</translation>
    </message>
    <message>
      <location filename="../processing/zan_counters.py" line="119" />
      <source>Communes flagged or listed</source>
      <translation>Communes signalées ou listées</translation>
    </message>
    <message>
      <location filename="../processing/zae_inventory.py" line="134" />
      <source>Communes table (insee_com, nom, siren_epci, nom_epci)</source>
      <translation>Table des communes (insee_com, nom, siren_epci, nom_epci)</translation>
    </message>
    <message>
      <location filename="../processing/zan_counters.py" line="107" />
      <source>Communes: INSEE code field</source>
      <translation>Communes : champ code INSEE</translation>
    </message>
    <message>
      <location filename="../processing/zan_net_artificialisation.py" line="89" />
      <source>Communes: name field</source>
      <translation>Communes : champ du nom</translation>
    </message>
    <message>
      <location filename="../processing/tvb_continuity.py" line="153" />
      <source>Complete (every pair reached)</source>
      <translation>Complets (toutes les paires atteintes)</translation>
    </message>
    <message>
      <location filename="../processing/tvb_continuity.py" line="190" />
      <source>Conefor export folder</source>
      <translation>Dossier d'export Conefor</translation>
    </message>
    <message>
      <location filename="../processing/tvb_continuity.py" line="488" />
      <source>Conflict points</source>
      <translation>Points de conflit</translation>
    </message>
    <message>
      <location filename="../processing/tvb_continuity.py" line="186" />
      <source>Conflict points (points noirs)</source>
      <translation>Points de conflit (points noirs)</translation>
    </message>
    <message>
      <location filename="../processing/zan_counters.py" line="146" />
      <source>Consumption file read: {n} communes, years {a}–{b} ({layout}).</source>
      <translation>Fichier de consommation lu : {n} communes, années {a}–{b} ({layout}).</translation>
    </message>
    <message>
      <location filename="../processing/friches_mutability.py" line="122" />
      <source>Context GeoPackage</source>
      <translation>GeoPackage de contexte</translation>
    </message>
    <message>
      <location filename="../processing/icu_hotspots.py" line="178" />
      <source>Contiguity tolerance (m)</source>
      <translation>Tolérance de contiguïté (m)</translation>
    </message>
    <message>
      <location filename="../processing/zae_inventory.py" line="75" />
      <source>Contiguity: minimum shared boundary (m)</source>
      <translation>Contiguïté : limite commune minimale (m)</translation>
    </message>
    <message>
      <location filename="../processing/zae_inventory.py" line="76" />
      <source>Contiguity: topology tolerance (m)</source>
      <translation>Contiguïté : tolérance topologique (m)</translation>
    </message>
    <message>
      <location filename="../processing/tvb_continuity.py" line="166" />
      <source>Corridor tolerance (extra cost, 0.1 = 10 %)</source>
      <translation>Tolérance des corridors (surcoût, 0,1 = 10 %)</translation>
    </message>
    <message>
      <location filename="../processing/tvb_continuity.py" line="235" />
      <source>Corridors</source>
      <translation>Corridors</translation>
    </message>
    <message>
      <location filename="../processing/tvb_continuity.py" line="184" />
      <source>Corridors (polygons)</source>
      <translation>Corridors (polygones)</translation>
    </message>
    <message>
      <location filename="../processing/tvb_continuity.py" line="182" />
      <source>Corridors (raster, relative extra cost)</source>
      <translation>Corridors (raster, surcoût relatif)</translation>
    </message>
    <message>
      <location filename="../processing/zae_inventory.py" line="94" />
      <source>Count unbuilt vacant units as available</source>
      <translation>Compter les unités vacantes non bâties comme disponibles</translation>
    </message>
    <message>
      <location filename="../processing/lizmap_publish.py" line="290" />
      <source>Data unchanged since the last publication: the same data file is used.</source>
      <translation>Données inchangées depuis la dernière publication : le même fichier de données est utilisé.</translation>
    </message>
    <message>
      <location filename="../processing/zan_counters.py" line="114" />
      <source>Default reduction objective (%)</source>
      <translation>Objectif de réduction par défaut (%)</translation>
    </message>
    <message>
      <location filename="../processing/icu_hotspots.py" line="157" />
      <source>Degrees Celsius</source>
      <translation>Degrés Celsius</translation>
    </message>
    <message>
      <location filename="../processing/ocsge_to_postgis.py" line="64" />
      <source>Deliveries loaded</source>
      <translation>Livraisons chargées</translation>
    </message>
    <message>
      <location filename="../processing/zae_inventory.py" line="86" />
      <source>Densifiable below this building coverage (0–1)</source>
      <translation>Densifiable sous ce coefficient d'emprise au sol (0–1)</translation>
    </message>
    <message>
      <location filename="../processing/icu_hotspots.py" line="218" />
      <source>Density thresholds (inhabitants/km²)</source>
      <translation>Seuils de densité (habitants/km²)</translation>
    </message>
    <message>
      <location filename="../processing/friches_mutability.py" line="151" />
      <source>Details (site × use × criterion)</source>
      <translation>Détail (site × usage × critère)</translation>
    </message>
    <message>
      <location filename="../processing/friches_mutability.py" line="145" />
      <source>Deviations from Mutafriches</source>
      <translation>Écarts à Mutafriches</translation>
    </message>
    <message>
      <location filename="../processing/tvb_continuity.py" line="169" />
      <source>Diagonal step length</source>
      <translation>Longueur du pas diagonal</translation>
    </message>
    <message>
      <location filename="../processing/tvb_continuity.py" line="148" />
      <source>Dispersal distance (m)</source>
      <translation>Distance de dispersion (m)</translation>
    </message>
    <message>
      <location filename="../processing/tvb_continuity.py" line="150" />
      <source>Dispersal probability at that distance</source>
      <translation>Probabilité de dispersion à cette distance</translation>
    </message>
    <message>
      <location filename="../processing/icu_hotspots.py" line="170" />
      <source>Distance band</source>
      <translation>Bande de distance</translation>
    </message>
    <message>
      <location filename="../processing/friches_mutability.py" line="64" />
      <source>District heating networks</source>
      <translation>Réseaux de chaleur</translation>
    </message>
    <message>
      <location filename="../processing/zae_inventory.py" line="89" />
      <source>Dominant vocation: share of employees above (0–1)</source>
      <translation>Vocation dominante : part des emplois au-delà de (0–1)</translation>
    </message>
    <message>
      <location filename="../processing/zan_counters.py" line="170" />
      <source>EPCI</source>
      <translation>EPCI</translation>
    </message>
    <message>
      <location filename="../processing/zan_counters.py" line="97" />
      <source>EPCI (epciYY column)</source>
      <translation>EPCI (colonne epciAA)</translation>
    </message>
    <message>
      <location filename="../processing/icu_hotspots.py" line="206" />
      <source>ERP category field</source>
      <translation>Champ catégorie d'ERP</translation>
    </message>
    <message>
      <location filename="../processing/icu_hotspots.py" line="220" />
      <source>ERP count thresholds</source>
      <translation>Seuils du nombre d'ERP</translation>
    </message>
    <message>
      <location filename="../processing/icu_hotspots.py" line="207" />
      <source>ERP name field</source>
      <translation>Champ du nom de l'ERP</translation>
    </message>
    <message>
      <location filename="../processing/friches_mutability.py" line="48" />
      <source>Electricity substations</source>
      <translation>Postes électriques</translation>
    </message>
    <message>
      <location filename="../processing/friches_mutability.py" line="54" />
      <source>Environmental zonings</source>
      <translation>Zonages environnementaux</translation>
    </message>
    <message>
      <location filename="../processing/tvb_continuity.py" line="82" />
      <source>Equivalent connectivity EC(PC) (ha)</source>
      <translation>Connectivité équivalente EC(PC) (ha)</translation>
    </message>
    <message>
      <location filename="../processing/zae_inventory.py" line="77" />
      <source>Establishment within this distance of a unit (m)</source>
      <translation>Établissement rattaché à une unité à moins de (m)</translation>
    </message>
    <message>
      <location filename="../processing/icu_hotspots.py" line="186" />
      <source>Exact share of each pixel inside the unit</source>
      <translation>Part exacte de chaque pixel dans l'unité</translation>
    </message>
    <message>
      <location filename="../processing/tvb_continuity.py" line="170" />
      <source>Exact √2 (GRASS r.cost)</source>
      <translation>√2 exact (GRASS r.cost)</translation>
    </message>
    <message>
      <location filename="../processing/icu_hotspots.py" line="194" />
      <source>FDR correction of the classes</source>
      <translation>Correction FDR des classes</translation>
    </message>
    <message>
      <location filename="../processing/friches_mutability.py" line="50" />
      <source>Flood zones</source>
      <translation>Zones inondables</translation>
    </message>
    <message>
      <location filename="../processing/lizmap_publish.py" line="219" />
      <source>Folder as QGIS Server sees it</source>
      <translation>Dossier vu par QGIS Server</translation>
    </message>
    <message>
      <location filename="../processing/tvb_continuity.py" line="173" />
      <source>Fractions (Graphab)</source>
      <translation>Fractions (Graphab)</translation>
    </message>
    <message>
      <location filename="../processing/friches_mutability.py" line="149" />
      <source>Friches mutability</source>
      <translation>Mutabilité des friches</translation>
    </message>
    <message>
      <location filename="../processing/friches_mutability.py" line="93" />
      <source>Friches mutability (Mutafriches, all sites at once)</source>
      <translation>Mutabilité des friches (Mutafriches, tous les sites à la fois)</translation>
    </message>
    <message>
      <location filename="../processing/friches_mutability.py" line="246" />
      <source>Friches mutability – best use</source>
      <translation>Friches – usage le plus adapté</translation>
    </message>
    <message>
      <location filename="../processing/friches_mutability.py" line="154" />
      <source>Friches report (HTML)</source>
      <translation>Rapport friches (HTML)</translation>
    </message>
    <message>
      <location filename="../processing/friches_mutability.py" line="255" />
      <source>Friches – details by criterion</source>
      <translation>Friches – détail par critère</translation>
    </message>
    <message>
      <location filename="../processing/tvb_continuity.py" line="139" />
      <source>Friction</source>
      <translation>Friction</translation>
    </message>
    <message>
      <location filename="../processing/tvb_continuity.py" line="136" />
      <source>Friction table (BioDispersal CSV)</source>
      <translation>Table de friction (CSV BioDispersal)</translation>
    </message>
    <message>
      <location filename="../processing/tvb_continuity.py" line="138" />
      <source>Friction table (code, friction)</source>
      <translation>Table de friction (code, friction)</translation>
    </message>
    <message>
      <location filename="../processing/tvb_continuity.py" line="191" />
      <source>Friction table used (BioDispersal CSV)</source>
      <translation>Table de friction utilisée (CSV BioDispersal)</translation>
    </message>
    <message>
      <location filename="../processing/zan_counters.py" line="283" />
      <source>Garantie communale applied to {n} communes.</source>
      <translation>Garantie communale appliquée à {n} communes.</translation>
    </message>
    <message>
      <location filename="../processing/zan_counters.py" line="118" />
      <source>Garantie communale of 1 ha</source>
      <translation>Garantie communale de 1 ha</translation>
    </message>
    <message>
      <location filename="../processing/zan_counters.py" line="264" />
      <source>Garantie communale: every commune is taken as covered by a planning document.</source>
      <translation>Garantie communale : chaque commune est considérée comme couverte par un document d'urbanisme.</translation>
    </message>
    <message>
      <location filename="../processing/zae_inventory.py" line="143" />
      <source>GeoPackage (*.gpkg)</source>
      <translation>GeoPackage (*.gpkg)</translation>
    </message>
    <message>
      <location filename="../processing/tvb_continuity.py" line="188" />
      <source>Global connectivity indices</source>
      <translation>Indices globaux de connectivité</translation>
    </message>
    <message>
      <location filename="../processing/tvb_continuity.py" line="234" />
      <source>Graph metrics</source>
      <translation>Indices du graphe</translation>
    </message>
    <message>
      <location filename="../processing/base.py" line="40" />
      <source>Green and blue network</source>
      <translation>Trame verte et bleue</translation>
    </message>
    <message>
      <location filename="../processing/tvb_continuity.py" line="195" />
      <source>Green and blue network report (HTML)</source>
      <translation>Rapport trame verte et bleue (HTML)</translation>
    </message>
    <message>
      <location filename="../processing/tvb_continuity.py" line="90" />
      <source>Green and blue network: réservoirs, corridors, connectivity and conflicts</source>
      <translation>Trame verte et bleue : réservoirs, corridors, connectivité et points noirs</translation>
    </message>
    <message>
      <location filename="../processing/icu_hotspots.py" line="166" />
      <source>Grid CRS (INSEE: EPSG:3035)</source>
      <translation>SCR de la grille (INSEE : 3035)</translation>
    </message>
    <message>
      <location filename="../processing/icu_hotspots.py" line="164" />
      <source>Grid cell size (m)</source>
      <translation>Taille des mailles de la grille (m)</translation>
    </message>
    <message>
      <location filename="../processing/icu_hotspots.py" line="216" />
      <source>Grid limited to the territories</source>
      <translation>Grille limitée aux territoires</translation>
    </message>
    <message>
      <location filename="../processing/friches_mutability.py" line="173" />
      <source>Grid: {name} ({n} criteria).</source>
      <translation>Grille : {name} ({n} critères).</translation>
    </message>
    <message>
      <location filename="../processing/zan_counters.py" line="127" />
      <source>Guarantee pooled at EPCI level</source>
      <translation>Garantie mutualisée à l'échelle de l'EPCI</translation>
    </message>
    <message>
      <location filename="../processing/zan_counters.py" line="121" />
      <source>Guarantee: 1/oui field</source>
      <translation>Garantie : champ 1/oui</translation>
    </message>
    <message>
      <location filename="../processing/zan_counters.py" line="124" />
      <source>Guarantee: INSEE codes (a,b)</source>
      <translation>Garantie : codes INSEE (a,b)</translation>
    </message>
    <message>
      <location filename="../processing/icu_hotspots.py" line="583" />
      <source>HOTSPOTS_RASTER: not produced (analysis units are polygons, not a grid).</source>
      <translation>HOTSPOTS_RASTER : non produit (les unités d'analyse sont des polygones, pas une grille).</translation>
    </message>
    <message>
      <location filename="../processing/friches_mutability.py" line="154" />
      <source>HTML files (*.html)</source>
      <translation>Fichiers HTML (*.html)</translation>
    </message>
    <message>
      <location filename="../processing/tvb_continuity.py" line="142" />
      <source>Habitat classes (codes, comma separated)</source>
      <translation>Classes d'habitat (codes séparés par des virgules)</translation>
    </message>
    <message>
      <location filename="../processing/icu_hotspots.py" line="217" />
      <source>Heat levels 2, 3 from Gi* bin</source>
      <translation>Aléa 2 et 3 dès la classe Gi*</translation>
    </message>
    <message>
      <location filename="../processing/friches_mutability.py" line="55" />
      <source>Heritage servitudes</source>
      <translation>Servitudes patrimoniales</translation>
    </message>
    <message>
      <location filename="../processing/lizmap_publish.py" line="59" />
      <source>Hide the map from the landing page (reachable by its link only)</source>
      <translation>Masquer la carte de la page d'accueil (accessible par son lien seulement)</translation>
    </message>
    <message>
      <location filename="../processing/icu_hotspots.py" line="210" />
      <source>Highly sensitive ERP codes (prefixes)</source>
      <translation>Codes des ERP très sensibles (préfixes)</translation>
    </message>
    <message>
      <location filename="../processing/icu_hotspots.py" line="223" />
      <source>Hot and cold spots</source>
      <translation>Points chauds et points froids</translation>
    </message>
    <message>
      <location filename="../processing/icu_hotspots.py" line="286" />
      <source>Hot and cold spots (Gi*)</source>
      <translation>Points chauds et froids (Gi*)</translation>
    </message>
    <message>
      <location filename="../processing/icu_hotspots.py" line="597" />
      <source>Hot and cold spots (Gi*, raster)</source>
      <translation>Points chauds et froids (Gi*, raster)</translation>
    </message>
    <message>
      <location filename="../processing/icu_hotspots.py" line="226" />
      <source>Hot and cold spots raster (grid only)</source>
      <translation>Raster des points chauds et froids (grille seulement)</translation>
    </message>
    <message>
      <location filename="../processing/zan_net_artificialisation.py" line="98" />
      <source>IGN artif field</source>
      <translation>Champ artif de l'IGN</translation>
    </message>
    <message>
      <location filename="../processing/ocsge_to_postgis.py" line="52" />
      <source>IGN deliveries (folder or GeoPackage)</source>
      <translation>Livraisons IGN (dossier ou GeoPackage)</translation>
    </message>
    <message>
      <location filename="../processing/tvb_continuity.py" line="82" />
      <source>IIC index</source>
      <translation>Indice IIC</translation>
    </message>
    <message>
      <location filename="../processing/zan_counters.py" line="93" />
      <source>INSEE code field (default idcom)</source>
      <translation>Champ INSEE (défaut idcom)</translation>
    </message>
    <message>
      <location filename="../processing/icu_hotspots.py" line="203" />
      <source>INSEE square id field</source>
      <translation>Champ du carreau INSEE</translation>
    </message>
    <message>
      <location filename="../processing/icu_hotspots.py" line="173" />
      <source>If distance band: distance (m, 0 = auto)</source>
      <translation>Si bande : distance (m, 0 = auto)</translation>
    </message>
    <message>
      <location filename="../processing/icu_hotspots.py" line="175" />
      <source>If k nearest: number of neighbours</source>
      <translation>Si k plus proches : nombre de voisins</translation>
    </message>
    <message>
      <location filename="../processing/tvb_continuity.py" line="172" />
      <source>Importances (dPC, dIIC, shares)</source>
      <translation>Importances (dPC, dIIC, parts)</translation>
    </message>
    <message>
      <location filename="../processing/zae_inventory.py" line="85" />
      <source>Infill plot: maximum area (m²)</source>
      <translation>Dent creuse : surface maximale (m²)</translation>
    </message>
    <message>
      <location filename="../processing/zae_inventory.py" line="83" />
      <source>Infill plot: share of perimeter along built units or roads (0–1)</source>
      <translation>Dent creuse : part du périmètre bordée d'unités bâties ou de voiries (0–1)</translation>
    </message>
    <message>
      <location filename="../processing/zae_inventory.py" line="128" />
      <source>Inventory year (reference date 1 January)</source>
      <translation>Année de l'inventaire (date de référence : 1er janvier)</translation>
    </message>
    <message>
      <location filename="../processing/zae_inventory.py" line="88" />
      <source>Isolated establishment: area at least (ha)</source>
      <translation>Établissement isolé : surface d'au moins (ha)</translation>
    </message>
    <message>
      <location filename="../processing/zae_inventory.py" line="87" />
      <source>Isolated establishment: more jobs than</source>
      <translation>Établissement isolé : plus d'emplois que</translation>
    </message>
    <message>
      <location filename="../processing/icu_hotspots.py" line="157" />
      <source>Kelvin</source>
      <translation>Kelvin</translation>
    </message>
    <message>
      <location filename="../processing/tvb_continuity.py" line="129" />
      <source>Land cover (class raster, or polygons with a class field)</source>
      <translation>Occupation du sol (raster de classes, ou polygones avec un champ de classe)</translation>
    </message>
    <message>
      <location filename="../processing/tvb_continuity.py" line="373" />
      <source>Land cover rasterised at {r:g} m: {w}×{h} cells.</source>
      <translation>Occupation du sol rastérisée à {r:g} m : {w}×{h} cellules.</translation>
    </message>
    <message>
      <location filename="../processing/tvb_continuity.py" line="351" />
      <source>Land cover read: {w}×{h} cells.</source>
      <translation>Occupation du sol lue : {w}×{h} cellules.</translation>
    </message>
    <message>
      <location filename="../processing/zae_inventory.py" line="145" />
      <source>Land units (UF-ECO)</source>
      <translation>Unités foncières (UF-ECO)</translation>
    </message>
    <message>
      <location filename="../processing/tvb_continuity.py" line="131" />
      <source>Land-cover class field (polygons)</source>
      <translation>Champ de classe d'occupation du sol (polygones)</translation>
    </message>
    <message>
      <location filename="../processing/icu_hotspots.py" line="158" />
      <source>Landsat ST_B10 raw values</source>
      <translation>Landsat ST_B10 (brut)</translation>
    </message>
    <message>
      <location filename="../processing/tvb_continuity.py" line="174" />
      <source>Landscape area A for PC (ha; 0 = raster extent)</source>
      <translation>Surface du paysage A pour PC (ha ; 0 = emprise du raster)</translation>
    </message>
    <message>
      <location filename="../processing/base.py" line="120" />
      <source>Language of QGIS</source>
      <translation>Langue de QGIS</translation>
    </message>
    <message>
      <location filename="../processing/lizmap_publish.py" line="64" />
      <source>Layers copied into the web map: vector layers (tables without geometry go to the hidden group used by attribute tables and charts) and file rasters.</source>
      <translation>Couches copiées dans la carte web : couches vecteur (les tables sans géométrie vont dans le groupe masqué utilisé par les tables attributaires et les graphiques) et rasters en fichier.</translation>
    </message>
    <message>
      <location filename="../processing/tvb_continuity.py" line="180" />
      <source>Least-cost paths</source>
      <translation>Chemins de moindre coût</translation>
    </message>
    <message>
      <location filename="../processing/zae_inventory.py" line="92" />
      <source>Leave out SCI (legal category 6540)</source>
      <translation>Écarter les SCI (catégorie juridique 6540)</translation>
    </message>
    <message>
      <location filename="../processing/lizmap_publish.py" line="68" />
      <source>Letters, digits, '_' and '-' (at most 64); it becomes &lt;name&gt;.qgs, &lt;name&gt;.qgs.cfg and &lt;name&gt;.&lt;version&gt;.gpkg.</source>
      <translation>Lettres, chiffres, « _ » et « - » (64 au plus) ; il devient &lt;nom&gt;.qgs, &lt;nom&gt;.qgs.cfg et &lt;nom&gt;.&lt;version&gt;.gpkg.</translation>
    </message>
    <message>
      <location filename="../processing/tvb_continuity.py" line="234" />
      <source>Links</source>
      <translation>Liens</translation>
    </message>
    <message>
      <location filename="../processing/tvb_continuity.py" line="178" />
      <source>Links (graph)</source>
      <translation>Liens (graphe)</translation>
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
      <location filename="../processing/lizmap_publish.py" line="329" />
      <source>Lizmap Web Client {v}: configuration written for {t}.</source>
      <translation>Lizmap Web Client {v} : configuration écrite pour {t}.</translation>
    </message>
    <message>
      <location filename="../processing/lizmap_publish.py" line="225" />
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
      <location filename="../processing/ocsge_to_postgis.py" line="41" />
      <source>Load OCS GE deliveries into PostGIS</source>
      <translation>Charger des livraisons OCS GE dans PostGIS</translation>
    </message>
    <message>
      <location filename="../processing/ocsge_to_postgis.py" line="125" />
      <source>Loaded: {list}</source>
      <translation>Chargé : {list}</translation>
    </message>
    <message>
      <location filename="../processing/ocsge_to_postgis.py" line="105" />
      <source>Loading {layer} (département {dep}, {years})…</source>
      <translation>Chargement de {layer} (département {dep}, {years})…</translation>
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
      <location filename="../processing/tvb_continuity.py" line="155" />
      <source>Maximum link cost (metre-equivalent; 0 = none)</source>
      <translation>Coût maximal des liens (équivalent mètres ; 0 = aucun)</translation>
    </message>
    <message>
      <location filename="../processing/zan_counters.py" line="100" />
      <source>Membership table</source>
      <translation>Table d'appartenance</translation>
    </message>
    <message>
      <location filename="../processing/zan_net_artificialisation.py" line="91" />
      <source>Membership table (commune → territory)</source>
      <translation>Table d'appartenance (commune → territoire)</translation>
    </message>
    <message>
      <location filename="../processing/zan_counters.py" line="101" />
      <source>Membership: INSEE code</source>
      <translation>Appartenance : code INSEE</translation>
    </message>
    <message>
      <location filename="../processing/zan_net_artificialisation.py" line="93" />
      <source>Membership: commune INSEE code field</source>
      <translation>Appartenance : champ du code INSEE de la commune</translation>
    </message>
    <message>
      <location filename="../processing/zan_counters.py" line="102" />
      <source>Membership: territory code</source>
      <translation>Appartenance : code territoire</translation>
    </message>
    <message>
      <location filename="../processing/zan_net_artificialisation.py" line="94" />
      <source>Membership: territory code field</source>
      <translation>Appartenance : champ du code du territoire</translation>
    </message>
    <message>
      <location filename="../processing/zan_counters.py" line="103" />
      <source>Membership: territory name</source>
      <translation>Appartenance : nom territoire</translation>
    </message>
    <message>
      <location filename="../processing/zan_net_artificialisation.py" line="95" />
      <source>Membership: territory name field</source>
      <translation>Appartenance : champ du nom du territoire</translation>
    </message>
    <message>
      <location filename="../processing/tvb_continuity.py" line="146" />
      <source>Minimum patch area (ha)</source>
      <translation>Surface minimale des taches (ha)</translation>
    </message>
    <message>
      <location filename="../processing/friches_mutability.py" line="47" />
      <source>Motorways or accesses</source>
      <translation>Autoroutes ou échangeurs</translation>
    </message>
    <message>
      <location filename="../processing/zan_net_artificialisation.py" line="107" />
      <source>Net artificialisation</source>
      <translation>Artificialisation nette</translation>
    </message>
    <message>
      <location filename="../processing/zan_net_artificialisation.py" line="284" />
      <source>Net artificialisation (OCS GE)</source>
      <translation>Artificialisation nette (OCS GE)</translation>
    </message>
    <message>
      <location filename="../processing/zan_net_artificialisation.py" line="112" />
      <source>Net artificialisation report (HTML)</source>
      <translation>Rapport d'artificialisation nette (HTML)</translation>
    </message>
    <message>
      <location filename="../processing/zan_counters.py" line="120" />
      <source>None</source>
      <translation>Aucune</translation>
    </message>
    <message>
      <location filename="../processing/tvb_continuity.py" line="83" />
      <source>Number of components</source>
      <translation>Nombre de composantes</translation>
    </message>
    <message>
      <location filename="../processing/tvb_continuity.py" line="84" />
      <source>Number of links</source>
      <translation>Nombre de liens</translation>
    </message>
    <message>
      <location filename="../processing/tvb_continuity.py" line="83" />
      <source>Number of réservoirs</source>
      <translation>Nombre de réservoirs</translation>
    </message>
    <message>
      <location filename="../processing/zan_net_artificialisation.py" line="81" />
      <source>OCS GE artificialisation, first millésime (file, folder or PostGIS)</source>
      <translation>OCS GE artificialisation, millésime initial (fichier, dossier ou PostGIS)</translation>
    </message>
    <message>
      <location filename="../processing/zan_net_artificialisation.py" line="82" />
      <source>OCS GE artificialisation, last millésime (file, folder or PostGIS)</source>
      <translation>OCS GE artificialisation, millésime final (fichier, dossier ou PostGIS)</translation>
    </message>
    <message>
      <location filename="../processing/zan_net_artificialisation.py" line="302" />
      <source>OCS GE changes</source>
      <translation>Changements OCS GE</translation>
    </message>
    <message>
      <location filename="../processing/zan_net_artificialisation.py" line="83" />
      <source>OCS GE difference layer (file, folder or PostGIS)</source>
      <translation>Couche de différence OCS GE (fichier, dossier ou PostGIS)</translation>
    </message>
    <message>
      <location filename="../processing/zan_counters.py" line="112" />
      <source>Objectives: parent code</source>
      <translation>Objectifs : code du parent</translation>
    </message>
    <message>
      <location filename="../processing/zan_counters.py" line="111" />
      <source>Objectives: reduction %</source>
      <translation>Objectifs : % de réduction</translation>
    </message>
    <message>
      <location filename="../processing/zan_counters.py" line="110" />
      <source>Objectives: territory code</source>
      <translation>Objectifs : code territoire</translation>
    </message>
    <message>
      <location filename="../processing/lizmap_publish.py" line="83" />
      <source>One line per restricted layer: 'layer name: group1, group2'. Other groups do not see the layer at all (legend, map, tables).</source>
      <translation>Une ligne par couche restreinte : « nom de la couche : groupe1, groupe2 ». Les autres groupes ne voient pas du tout la couche (légende, carte, tables).</translation>
    </message>
    <message>
      <location filename="../processing/icu_hotspots.py" line="234" />
      <source>Overheating report (HTML)</source>
      <translation>Rapport surchauffe (HTML)</translation>
    </message>
    <message>
      <location filename="../processing/icu_hotspots.py" line="303" />
      <source>Overheating summary</source>
      <translation>Synthèse de la surchauffe</translation>
    </message>
    <message>
      <location filename="../processing/tvb_continuity.py" line="82" />
      <source>PC index</source>
      <translation>Indice PC</translation>
    </message>
    <message>
      <location filename="../processing/zan_counters.py" line="129" />
      <source>PENE to deduct (m²)</source>
      <translation>PENE à déduire (m²)</translation>
    </message>
    <message>
      <location filename="../processing/zan_counters.py" line="132" />
      <source>PENE: area field (m²)</source>
      <translation>PENE : champ surface (m²)</translation>
    </message>
    <message>
      <location filename="../processing/zan_counters.py" line="131" />
      <source>PENE: code field</source>
      <translation>PENE : champ du code</translation>
    </message>
    <message>
      <location filename="../processing/friches_mutability.py" line="56" />
      <source>PLU/GPU zoning</source>
      <translation>Zonage PLU/GPU</translation>
    </message>
    <message>
      <location filename="../processing/lizmap_publish.py" line="88" />
      <source>PNG or SVG embedded in the print layout (top right).</source>
      <translation>PNG ou SVG intégré à la mise en page (en haut à droite).</translation>
    </message>
    <message>
      <location filename="../processing/zae_inventory.py" line="114" />
      <source>Parcel owners (DGFiP legal entities file or parcel → account table)</source>
      <translation>Propriétaires des parcelles (fichier DGFiP des personnes morales ou table parcelle → compte)</translation>
    </message>
    <message>
      <location filename="../processing/tvb_continuity.py" line="234" />
      <source>Paths</source>
      <translation>Chemins</translation>
    </message>
    <message>
      <location filename="../processing/tvb_continuity.py" line="173" />
      <source>Percentages (Conefor)</source>
      <translation>Pourcentages (Conefor)</translation>
    </message>
    <message>
      <location filename="../processing/icu_hotspots.py" line="190" />
      <source>Permutations (0 = analytical p)</source>
      <translation>Permutations (0 = p analytiques)</translation>
    </message>
    <message>
      <location filename="../processing/icu_hotspots.py" line="186" />
      <source>Pixels whose centre falls inside (faster)</source>
      <translation>Pixels dont le centre est dedans (rapide)</translation>
    </message>
    <message>
      <location filename="../processing/tvb_continuity.py" line="153" />
      <source>Planar (touching cost zones)</source>
      <translation>Planaires (zones de coût contiguës)</translation>
    </message>
    <message>
      <location filename="../processing/icu_hotspots.py" line="196" />
      <source>Population (Filosofi squares)</source>
      <translation>Population (carreaux Filosofi)</translation>
    </message>
    <message>
      <location filename="../processing/zan_net_artificialisation.py" line="104" />
      <source>PostGIS path: also write the results to this table (schema.table)</source>
      <translation>Calcul PostGIS : écrire aussi les résultats dans cette table (schéma.table)</translation>
    </message>
    <message>
      <location filename="../processing/zan_net_artificialisation.py" line="147" />
      <source>PostGIS path: the computation runs inside the database.</source>
      <translation>Calcul PostGIS : le calcul s'exécute dans la base de données.</translation>
    </message>
    <message>
      <location filename="../processing/ocsge_to_postgis.py" line="54" />
      <source>PostgreSQL connection</source>
      <translation>Connexion PostgreSQL</translation>
    </message>
    <message>
      <location filename="../gui/lizmap_dock.py" line="452" />
      <source>Previous version kept as .bak.</source>
      <translation>Version précédente conservée en .bak.</translation>
    </message>
    <message>
      <location filename="../processing/lizmap_publish.py" line="293" />
      <source>Previous version kept: {name}</source>
      <translation>Version précédente conservée : {name}</translation>
    </message>
    <message>
      <location filename="../processing/friches_mutability.py" line="58" />
      <source>Priority neighbourhoods (QPV)</source>
      <translation>Quartiers prioritaires (QPV)</translation>
    </message>
    <message>
      <location filename="../processing/lizmap_publish.py" line="48" />
      <source>Project name in the repository</source>
      <translation>Nom du projet dans le répertoire</translation>
    </message>
    <message>
      <location filename="../processing/friches_mutability.py" line="46" />
      <source>Public transport stops</source>
      <translation>Arrêts de transport en commun</translation>
    </message>
    <message>
      <location filename="../gui/lizmap_dock.py" line="234" />
      <source>Publish</source>
      <translation>Publier</translation>
    </message>
    <message>
      <location filename="../processing/lizmap_publish.py" line="136" />
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
      <location filename="../processing/lizmap_publish.py" line="305" />
      <source>Published without verification (no Lizmap or QGIS Server address).</source>
      <translation>Publié sans vérification (aucune adresse Lizmap ni QGIS Server).</translation>
    </message>
    <message>
      <location filename="../processing/base.py" line="42" />
      <source>Publishing</source>
      <translation>Publication</translation>
    </message>
    <message>
      <location filename="../gui/lizmap_dock.py" line="66" />
      <source>Publishing to Lizmap</source>
      <translation>Publication sur Lizmap</translation>
    </message>
    <message>
      <location filename="../processing/icu_hotspots.py" line="170" />
      <source>Queen contiguity (edges, corners)</source>
      <translation>Contiguïté reine (côtés et sommets)</translation>
    </message>
    <message>
      <location filename="../processing/friches_mutability.py" line="63" />
      <source>Rail freight sidings (ITE)</source>
      <translation>Embranchements ferrés (ITE)</translation>
    </message>
    <message>
      <location filename="../processing/icu_hotspots.py" line="192" />
      <source>Random seed of the permutations</source>
      <translation>Graine aléatoire des permutations</translation>
    </message>
    <message>
      <location filename="../processing/icu_hotspots.py" line="159" />
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
      <location filename="../processing/zae_inventory.py" line="191" />
      <source>Reading the parcels…</source>
      <translation>Lecture des parcelles…</translation>
    </message>
    <message>
      <location filename="../processing/zae_inventory.py" line="176" />
      <source>Reading the zones…</source>
      <translation>Lecture des zones…</translation>
    </message>
    <message>
      <location filename="../processing/friches_mutability.py" line="57" />
      <source>Renewable acceleration (ZAER)</source>
      <translation>Zones d'accélération EnR</translation>
    </message>
    <message>
      <location filename="../processing/lizmap_publish.py" line="221" />
      <source>Replace a project not by AULA</source>
      <translation>Remplacer un projet non AULA</translation>
    </message>
    <message>
      <location filename="../processing/base.py" line="120" />
      <source>Report language</source>
      <translation>Langue du rapport</translation>
    </message>
    <message>
      <location filename="../gui/lizmap_dock.py" line="194" />
      <source>Repository folder as QGIS Server sees it</source>
      <translation>Dossier du répertoire vu par QGIS Server</translation>
    </message>
    <message>
      <location filename="../processing/lizmap_publish.py" line="76" />
      <source>Repository id in Lizmap (the one listed by the instance when its address is given).</source>
      <translation>Identifiant du répertoire dans Lizmap (celui que liste l'instance quand son adresse est donnée).</translation>
    </message>
    <message>
      <location filename="../processing/tvb_continuity.py" line="233" />
      <source>Resistance surface</source>
      <translation>Surface de résistance</translation>
    </message>
    <message>
      <location filename="../processing/lizmap_publish.py" line="45" />
      <source>Result layers to publish</source>
      <translation>Couches de résultats à publier</translation>
    </message>
    <message>
      <location filename="../processing/icu_hotspots.py" line="171" />
      <source>Rook contiguity (edges only)</source>
      <translation>Contiguïté tour (côtés seulement)</translation>
    </message>
    <message>
      <location filename="../processing/icu_hotspots.py" line="189" />
      <source>Row-standardised</source>
      <translation>Standardisée par ligne</translation>
    </message>
    <message>
      <location filename="../processing/tvb_continuity.py" line="233" />
      <source>Réservoirs</source>
      <translation>Réservoirs</translation>
    </message>
    <message>
      <location filename="../processing/tvb_continuity.py" line="176" />
      <source>Réservoirs (patches)</source>
      <translation>Réservoirs (taches)</translation>
    </message>
    <message>
      <location filename="../processing/tvb_continuity.py" line="144" />
      <source>Réservoirs layer (instead of the classes)</source>
      <translation>Couche de réservoirs (au lieu des classes)</translation>
    </message>
    <message>
      <location filename="../processing/zan_counters.py" line="171" />
      <source>SCoT</source>
      <translation>SCoT</translation>
    </message>
    <message>
      <location filename="../processing/zan_counters.py" line="97" />
      <source>SCoT (scot column)</source>
      <translation>SCoT (colonne scot)</translation>
    </message>
    <message>
      <location filename="../processing/zae_inventory.py" line="117" />
      <source>SIRENE establishments (stock, geolocated file or points)</source>
      <translation>Établissements SIRENE (stock, fichier géolocalisé ou points)</translation>
    </message>
    <message>
      <location filename="../processing/zae_inventory.py" line="131" />
      <source>SIRENE geolocated file (siret, x, y, epsg), joined on siret</source>
      <translation>Fichier SIRENE géolocalisé (siret, x, y, epsg), joint sur le SIRET</translation>
    </message>
    <message>
      <location filename="../processing/friches_mutability.py" line="60" />
      <source>Saturated grid (renewables)</source>
      <translation>Réseau électrique saturé</translation>
    </message>
    <message>
      <location filename="../processing/ocsge_to_postgis.py" line="56" />
      <source>Schema</source>
      <translation>Schéma</translation>
    </message>
    <message>
      <location filename="../processing/friches_mutability.py" line="117" />
      <source>Scoring grid</source>
      <translation>Grille de notation</translation>
    </message>
    <message>
      <location filename="../processing/icu_hotspots.py" line="208" />
      <source>Sensitive ERP codes (prefixes)</source>
      <translation>Codes des ERP sensibles (préfixes)</translation>
    </message>
    <message>
      <location filename="../processing/icu_hotspots.py" line="205" />
      <source>Sensitive establishments (ERP)</source>
      <translation>Établissements sensibles (ERP)</translation>
    </message>
    <message>
      <location filename="../processing/friches_mutability.py" line="140" />
      <source>Sensitivity draws</source>
      <translation>Tirages de sensibilité</translation>
    </message>
    <message>
      <location filename="../processing/lizmap_publish.py" line="299" />
      <source>Settings dropped (their layers are no longer published): {keys}</source>
      <translation>Réglages abandonnés (leurs couches ne sont plus publiées) : {keys}</translation>
    </message>
    <message>
      <location filename="../processing/zae_inventory.py" line="74" />
      <source>Share of a parcel inside a zone to count it (0–1)</source>
      <translation>Part d'une parcelle dans une zone pour la compter (0–1)</translation>
    </message>
    <message>
      <location filename="../processing/friches_mutability.py" line="49" />
      <source>Shops and services (BPE)</source>
      <translation>Commerces et services (BPE)</translation>
    </message>
    <message>
      <location filename="../processing/friches_mutability.py" line="115" />
      <source>Site id field</source>
      <translation>Identifiant du site (champ)</translation>
    </message>
    <message>
      <location filename="../processing/icu_hotspots.py" line="169" />
      <source>Spatial weights</source>
      <translation>Pondération spatiale</translation>
    </message>
    <message>
      <location filename="../processing/icu_hotspots.py" line="221" />
      <source>Stake matrix (heat × sensitivity)</source>
      <translation>Matrice d'enjeux (aléa × sensibilité)</translation>
    </message>
    <message>
      <location filename="../processing/icu_hotspots.py" line="228" />
      <source>Stakes: heat × population</source>
      <translation>Enjeux chaleur × population</translation>
    </message>
    <message>
      <location filename="../processing/icu_hotspots.py" line="230" />
      <source>Stakes: heat × sensitive ERP</source>
      <translation>Enjeux chaleur × ERP sensibles</translation>
    </message>
    <message>
      <location filename="../gui/lizmap_dock.py" line="237" />
      <source>Stop the publication: the map already published stays as it was.</source>
      <translation>Arrêter la publication : la carte déjà publiée reste telle quelle.</translation>
    </message>
    <message>
      <location filename="../processing/tvb_continuity.py" line="140" />
      <source>Sub-network (sous-trame) name / friction column</source>
      <translation>Sous-trame (nom / colonne de friction)</translation>
    </message>
    <message>
      <location filename="../processing/icu_hotspots.py" line="232" />
      <source>Summary per territory</source>
      <translation>Synthèse par territoire</translation>
    </message>
    <message>
      <location filename="../processing/icu_hotspots.py" line="212" />
      <source>Summary territories</source>
      <translation>Territoires de synthèse</translation>
    </message>
    <message>
      <location filename="../processing/icu_hotspots.py" line="151" />
      <source>Surface temperature</source>
      <translation>Température de surface</translation>
    </message>
    <message>
      <location filename="../processing/ocsge_to_postgis.py" line="60" />
      <source>Table of the difference layers</source>
      <translation>Table des couches de différence</translation>
    </message>
    <message>
      <location filename="../processing/ocsge_to_postgis.py" line="58" />
      <source>Table of the stock layers</source>
      <translation>Table des couches de stock</translation>
    </message>
    <message>
      <location filename="../processing/lizmap_publish.py" line="49" />
      <source>Target</source>
      <translation>Cible</translation>
    </message>
    <message>
      <location filename="../processing/friches_mutability.py" line="53" />
      <source>Technological risks</source>
      <translation>Risques technologiques</translation>
    </message>
    <message>
      <location filename="../processing/icu_hotspots.py" line="154" />
      <source>Temperature field (vector)</source>
      <translation>Champ de température</translation>
    </message>
    <message>
      <location filename="../processing/icu_hotspots.py" line="383" />
      <source>Temperature raster read: {w}×{h} pixels, {crs}.</source>
      <translation>Raster de température lu : {w}×{h} pixels, {crs}.</translation>
    </message>
    <message>
      <location filename="../processing/icu_hotspots.py" line="156" />
      <source>Temperature reading</source>
      <translation>Lecture de la température</translation>
    </message>
    <message>
      <location filename="../processing/zan_counters.py" line="109" />
      <source>Territorialised objectives</source>
      <translation>Objectifs territorialisés</translation>
    </message>
    <message>
      <location filename="../processing/zan_counters.py" line="96" />
      <source>Territories</source>
      <translation>Territoires</translation>
    </message>
    <message>
      <location filename="../processing/icu_hotspots.py" line="214" />
      <source>Territory code field</source>
      <translation>Champ du code du territoire</translation>
    </message>
    <message>
      <location filename="../processing/icu_hotspots.py" line="215" />
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
      <location filename="../processing/tvb_continuity.py" line="260" />
      <source>Timings: {t}</source>
      <translation>Temps : {t}</translation>
    </message>
    <message>
      <location filename="../processing/lizmap_publish.py" line="66" />
      <source>Title shown by Lizmap and on the print layout.</source>
      <translation>Titre affiché par Lizmap et sur la mise en page.</translation>
    </message>
    <message>
      <location filename="../processing/icu_hotspots.py" line="198" />
      <source>Total population field</source>
      <translation>Champ population totale</translation>
    </message>
    <message>
      <location filename="../processing/friches_mutability.py" line="45" />
      <source>Town halls (centre-ville ≤ 1 km)</source>
      <translation>Mairies (centre-ville ≤ 1 km)</translation>
    </message>
    <message>
      <location filename="../processing/friches_mutability.py" line="123" />
      <source>Town halls, stops, flood zones, PLU zoning… recognised by their layer names (mairies, arrets_tc, zones_inondables, zonage_plu…).</source>
      <translation>Mairies, arrêts, zones inondables, zonage du PLU… reconnus d'après le nom de leur couche (mairies, arrets_tc, zones_inondables, zonage_plu…).</translation>
    </message>
    <message>
      <location filename="../processing/icu_hotspots.py" line="199" />
      <source>Under-4 field(s)</source>
      <translation>Champ(s) moins de 4 ans</translation>
    </message>
    <message>
      <location filename="../processing/friches_mutability.py" line="51" />
      <source>Underground cavities (points)</source>
      <translation>Cavités souterraines (points)</translation>
    </message>
    <message>
      <location filename="../processing/icu_hotspots.py" line="163" />
      <source>Unit id field</source>
      <translation>Champ identifiant</translation>
    </message>
    <message>
      <location filename="../processing/icu_hotspots.py" line="185" />
      <source>Unit temperature from pixels</source>
      <translation>Température des unités (pixels)</translation>
    </message>
    <message>
      <location filename="../processing/icu_hotspots.py" line="93" />
      <source>Urban overheating: hot and cold spots (Gi*)</source>
      <translation>Surchauffe urbaine : points chauds et points froids (Gi*)</translation>
    </message>
    <message>
      <location filename="../processing/lizmap_publish.py" line="226" />
      <source>Verified</source>
      <translation>Vérifié</translation>
    </message>
    <message>
      <location filename="../processing/lizmap_publish.py" line="302" />
      <source>Verified: {n} layers listed by GetCapabilities, GetMap image of {b} bytes.</source>
      <translation>Vérifié : {n} couches listées par GetCapabilities, image GetMap de {b} octets.</translation>
    </message>
    <message>
      <location filename="../processing/lizmap_publish.py" line="60" />
      <source>Verify the published map (WMS)</source>
      <translation>Vérifier la carte publiée (WMS)</translation>
    </message>
    <message>
      <location filename="../processing/lizmap_publish.py" line="216" />
      <source>Verify through this QGIS Server address</source>
      <translation>Vérifier par cette adresse de QGIS Server</translation>
    </message>
    <message>
      <location filename="../processing/lizmap_publish.py" line="79" />
      <source>Version the configuration targets; 'read from the instance' uses the instance address, else 3.8.</source>
      <translation>Version visée par la configuration ; « lue sur l'instance » utilise l'adresse de l'instance, sinon 3.8.</translation>
    </message>
    <message>
      <location filename="../processing/lizmap_publish.py" line="223" />
      <source>Web map address</source>
      <translation>Adresse de la carte web</translation>
    </message>
    <message>
      <location filename="../processing/lizmap_publish.py" line="307" />
      <source>Web map: {url}</source>
      <translation>Carte web : {url}</translation>
    </message>
    <message>
      <location filename="../processing/lizmap_publish.py" line="224" />
      <source>Web project (staging copy)</source>
      <translation>Projet web (copie de préparation)</translation>
    </message>
    <message>
      <location filename="../processing/lizmap_publish.py" line="288" />
      <source>Web project written: {path}</source>
      <translation>Projet web écrit : {path}</translation>
    </message>
    <message>
      <location filename="../processing/lizmap_publish.py" line="51" />
      <source>WebDAV address of the repository folder</source>
      <translation>Adresse WebDAV du dossier du répertoire</translation>
    </message>
    <message>
      <location filename="../processing/lizmap_publish.py" line="188" />
      <source>WebDAV repository</source>
      <translation>Répertoire WebDAV</translation>
    </message>
    <message>
      <location filename="../processing/friches_mutability.py" line="138" />
      <source>Weight sensitivity ± % (0 = none)</source>
      <translation>Sensibilité des poids ± % (0 = aucune)</translation>
    </message>
    <message>
      <location filename="../processing/icu_hotspots.py" line="181" />
      <source>Weights file (GAL or GWT)</source>
      <translation>Fichier de poids (GAL ou GWT)</translation>
    </message>
    <message>
      <location filename="../processing/icu_hotspots.py" line="188" />
      <source>Weights standardisation</source>
      <translation>Standardisation des poids</translation>
    </message>
    <message>
      <location filename="../processing/friches_mutability.py" line="62" />
      <source>Wetlands</source>
      <translation>Zones humides</translation>
    </message>
    <message>
      <location filename="../processing/zae_inventory.py" line="289" />
      <source>Writing the CNIG GeoPackage…</source>
      <translation>Écriture du GeoPackage CNIG…</translation>
    </message>
    <message>
      <location filename="../processing/zae_inventory.py" line="79" />
      <source>Years of inactivity before vacancy</source>
      <translation>Années sans activité avant la vacance</translation>
    </message>
    <message>
      <location filename="../processing/friches_mutability.py" line="120" />
      <source>Your own grid (JSON)</source>
      <translation>Grille personnalisée (JSON)</translation>
    </message>
    <message>
      <location filename="../processing/zae_inventory.py" line="143" />
      <source>ZAE inventory (CNIG Sites économiques GeoPackage)</source>
      <translation>Inventaire des ZAE (GeoPackage CNIG Sites économiques)</translation>
    </message>
    <message>
      <location filename="../processing/zae_inventory.py" line="149" />
      <source>ZAE inventory reports (one HTML page per EPCI)</source>
      <translation>Rapports de l'inventaire des ZAE (une page HTML par EPCI)</translation>
    </message>
    <message>
      <location filename="../processing/zae_inventory.py" line="283" />
      <source>ZAE land units</source>
      <translation>Unités foncières des ZAE</translation>
    </message>
    <message>
      <location filename="../processing/zae_inventory.py" line="147" />
      <source>ZAE summary per zone</source>
      <translation>Synthèse des ZAE par zone</translation>
    </message>
    <message>
      <location filename="../processing/zae_inventory.py" line="284" />
      <source>ZAE vacancy rate per zone</source>
      <translation>Taux de vacance des ZAE par zone</translation>
    </message>
    <message>
      <location filename="../processing/zan_counters.py" line="134" />
      <source>ZAN counters</source>
      <translation>Compteurs ZAN</translation>
    </message>
    <message>
      <location filename="../processing/zan_counters.py" line="57" />
      <source>ZAN counters (land consumption 2011–2030)</source>
      <translation>Compteurs ZAN (consommation d'espaces 2011–2030)</translation>
    </message>
    <message>
      <location filename="../processing/zan_counters.py" line="172" />
      <source>ZAN counters – {level}</source>
      <translation>Compteurs ZAN – {level}</translation>
    </message>
    <message>
      <location filename="../processing/zan_net_artificialisation.py" line="60" />
      <source>ZAN net artificialisation (OCS GE)</source>
      <translation>ZAN – artificialisation nette (OCS GE)</translation>
    </message>
    <message>
      <location filename="../processing/zan_counters.py" line="138" />
      <source>ZAN report (HTML)</source>
      <translation>Rapport ZAN (HTML)</translation>
    </message>
    <message>
      <location filename="../processing/zan_counters.py" line="180" />
      <source>ZAN trajectory 2011–2030</source>
      <translation>Trajectoire ZAN 2011–2030</translation>
    </message>
    <message>
      <location filename="../processing/zan_counters.py" line="136" />
      <source>ZAN trajectory by year</source>
      <translation>Trajectoire ZAN par année</translation>
    </message>
    <message>
      <location filename="../processing/base.py" line="37" />
      <source>ZAN – land consumption</source>
      <translation>ZAN – consommation d'espaces</translation>
    </message>
    <message>
      <location filename="../processing/zan_counters.py" line="170" />
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
      <location filename="../processing/icu_hotspots.py" line="170" />
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
      <location filename="../processing/lizmap_publish.py" line="202" />
      <source>read from the instance (else 3.8)</source>
      <translation>lue sur l'instance (sinon 3.8)</translation>
    </message>
    <message>
      <location filename="../gui/lizmap_dock.py" line="286" />
      <source>table</source>
      <translation>table</translation>
    </message>
    <message>
      <location filename="../processing/zan_counters.py" line="171" />
      <source>territories</source>
      <translation>territoires</translation>
    </message>
    <message>
      <location filename="../processing/friches_mutability.py" line="330" />
      <source>{key}: layer '{name}' found by its name.</source>
      <translation>{key} : couche « {name} » trouvée d'après son nom.</translation>
    </message>
    <message>
      <location filename="../processing/icu_hotspots.py" line="295" />
      <source>{key}: not produced (its input layer is missing).</source>
      <translation>{key} : non produite (sa couche d'entrée est absente).</translation>
    </message>
    <message>
      <location filename="../processing/ocsge_to_postgis.py" line="74" />
      <source>{layer}: not an OCS GE layer, skipped.</source>
      <translation>{layer} : pas une couche OCS GE, ignorée.</translation>
    </message>
    <message>
      <location filename="../processing/friches_mutability.py" line="204" />
      <source>{n} features merged into {m} multi-parcel sites.</source>
      <translation>{n} entités regroupées en {m} sites multiparcellaires.</translation>
    </message>
    <message>
      <location filename="../processing/zan_net_artificialisation.py" line="158" />
      <source>{n} polygons read.</source>
      <translation>{n} polygones lus.</translation>
    </message>
    <message>
      <location filename="../processing/zae_inventory.py" line="307" />
      <source>{n} report(s) written in {folder}.</source>
      <translation>{n} rapport(s) écrit(s) dans {folder}.</translation>
    </message>
    <message>
      <location filename="../gui/lizmap_dock.py" line="418" />
      <source>{n} repositories.</source>
      <translation>{n} répertoires.</translation>
    </message>
    <message>
      <location filename="../processing/tvb_continuity.py" line="256" />
      <source>{n} réservoirs, {l} links, {c} component(s); PC = {pc:.6g}, EC(PC) = {ec:.1f} ha, IIC = {iic:.6g}; {k} conflict point(s).</source>
      <translation>{n} réservoirs, {l} liens, {c} composante(s) ; PC = {pc:.6g}, EC(PC) = {ec:.1f} ha, IIC = {iic:.6g} ; {k} point(s) de conflit.</translation>
    </message>
    <message>
      <location filename="../processing/zan_counters.py" line="158" />
      <source>{n} territories computed.</source>
      <translation>{n} territoires calculés.</translation>
    </message>
  </context>
</TS>
