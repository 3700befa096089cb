<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR" sourcelanguage="en">
  <context>
    <name>AulaToolkit</name>
    <message>
      <location filename="../processing/tvb_continuity.py" line="167" />
      <source>1.4142136 (Graphab)</source>
      <translation>1,4142136 (Graphab)</translation>
    </message>
    <message>
      <location filename="../processing/icu_hotspots.py" line="203" />
      <source>65-or-over field(s)</source>
      <translation>Champ(s) 65 ans ou plus</translation>
    </message>
    <message>
      <location filename="../processing/icu_hotspots.py" line="85" />
      <source>&lt;p&gt;&lt;b&gt;Hot/cold spots raster (grid)&lt;/b&gt;: a GeoTIFF on the computation grid, band 1 the Gi* z-score, band 2 the class (−3…+3), styled like the polygons. For very large grids, produce it and leave the polygon output empty: it is then optional.&lt;/p&gt;</source>
      <translation>&lt;p&gt;&lt;b&gt;Raster chaud/froid (grille)&lt;/b&gt; : un GeoTIFF sur la grille de calcul, bande 1 le score z du Gi*, bande 2 la classe (−3…+3), stylé comme les polygones. Pour de très grandes grilles, produisez-le et laissez vide la sortie polygones : elle est alors facultative.&lt;/p&gt;</translation>
    </message>
    <message>
      <location filename="../processing/zae_inventory.py" line="44" />
      <source>&lt;p&gt;Builds the inventory of business zones required by article L318-8-2 of the Code de l'urbanisme: per zone, the land units with their area and owner, the occupants, the legal vacancy rate and the land still available, in the CNIG Sites économiques standard. A land unit groups contiguous parcels of the same owner; it is occupied when a SIRENE establishment (SCI excluded) located in it was active in the two years before 1 January of the inventory year, vacant when it is not occupied but had an activity before or holds a LOCOMVAC vacant premise. The part of a zone outside its parcels (roads, public domain) is measured on its own, so the surface closure check can reveal overlapping parcels; zones closer than the pole distance form an economic pole.&lt;/p&gt;&lt;h3&gt;In the form&lt;/h3&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;Business zones (or PLU zoning)&lt;/b&gt;: perimeters, or the PLU zones of economic activity.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Cadastral parcels (Etalab)&lt;/b&gt;; &lt;b&gt;Parcel owners (DGFiP)&lt;/b&gt; (optional: without it every parcel is a unit).&lt;/li&gt;&lt;li&gt;&lt;b&gt;Vacant business premises (LOCOMVAC, DGFiP)&lt;/b&gt; (optional): the yearly file sent to communes and EPCI, as delivered.&lt;/li&gt;&lt;li&gt;&lt;b&gt;SIRENE establishments&lt;/b&gt;: the stock or geolocated file, or a point layer.&lt;/li&gt;&lt;li&gt;Optional: &lt;b&gt;Buildings (BD TOPO)&lt;/b&gt;, &lt;b&gt;Brownfields (Cartofriches)&lt;/b&gt;, &lt;b&gt;Aménagement stage per parcel&lt;/b&gt;; &lt;b&gt;Inventory year&lt;/b&gt;.&lt;/li&gt;&lt;li&gt;Under &lt;i&gt;Advanced&lt;/i&gt;: SIRENE geolocation, communes and EPCI, thresholds of contiguity, occupancy and availability, &lt;b&gt;Economic pole: sites closer than (m, 0 = none)&lt;/b&gt;, &lt;b&gt;Report language&lt;/b&gt;.&lt;/li&gt;&lt;/ul&gt;&lt;h3&gt;Results&lt;/h3&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;ZAE inventory (CNIG GeoPackage)&lt;/b&gt;: the standard's template filled.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Land units (UF-ECO)&lt;/b&gt; and &lt;b&gt;ZAE summary per zone&lt;/b&gt;: legal and surface vacancy rates side by side.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Reports folder&lt;/b&gt;: one HTML page per EPCI, readable offline.&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;Natural persons' names are never exported. Rules, field names and the CNIG layout: the &lt;i&gt;Help&lt;/i&gt; button opens the full documentation.&lt;/p&gt;</source>
      <translation>&lt;p&gt;Établit l'inventaire des zones d'activité économique exigé par l'article L318-8-2 du code de l'urbanisme : pour chaque zone, les unités foncières avec leur surface et leur propriétaire, les occupants, le taux de vacance légal et le foncier encore disponible, au standard CNIG Sites économiques. Une unité foncière regroupe des parcelles contiguës d'un même propriétaire ; elle est occupée quand un établissement SIRENE (hors SCI) situé dedans a été actif dans les deux années précédant le 1er janvier de l'année de l'inventaire, vacante quand elle n'est pas occupée mais a eu une activité auparavant ou porte un local vacant LOCOMVAC. La partie d'une zone hors de ses parcelles (voiries, domaine public) est mesurée à part : le contrôle de bouclage des surfaces peut ainsi révéler des parcelles qui se chevauchent ; les zones plus proches que la distance de pôle forment un pôle économique.&lt;/p&gt;&lt;h3&gt;Dans le formulaire&lt;/h3&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;Zones d'activité (ou zonage du PLU)&lt;/b&gt; : des périmètres, ou les zones d'activité économique du PLU.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Parcelles cadastrales (Etalab)&lt;/b&gt; ; &lt;b&gt;Propriétaires des parcelles (DGFiP)&lt;/b&gt; (facultatif : sans eux chaque parcelle est une unité).&lt;/li&gt;&lt;li&gt;&lt;b&gt;Locaux d'activité vacants (LOCOMVAC, DGFiP)&lt;/b&gt; (facultatif) : le fichier annuel transmis aux communes et EPCI, tel que livré.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Établissements SIRENE&lt;/b&gt; : le fichier stock ou géolocalisé, ou une couche de points.&lt;/li&gt;&lt;li&gt;Facultatifs : &lt;b&gt;Bâtiments (BD TOPO)&lt;/b&gt;, &lt;b&gt;Friches (Cartofriches)&lt;/b&gt;, &lt;b&gt;Stade d'aménagement par parcelle&lt;/b&gt; ; &lt;b&gt;Année de l'inventaire&lt;/b&gt;.&lt;/li&gt;&lt;li&gt;Sous &lt;i&gt;Paramètres avancés&lt;/i&gt; : géolocalisation SIRENE, communes et EPCI, seuils de contiguïté, d'occupation et de disponibilité, &lt;b&gt;Pôle économique : sites à moins de (m, 0 = aucun)&lt;/b&gt;, &lt;b&gt;Langue du rapport&lt;/b&gt;.&lt;/li&gt;&lt;/ul&gt;&lt;h3&gt;Résultats&lt;/h3&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;Inventaire des ZAE (GeoPackage CNIG)&lt;/b&gt; : le modèle du standard rempli.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Unités foncières (UF-ECO)&lt;/b&gt; et &lt;b&gt;Synthèse des ZAE par zone&lt;/b&gt; : taux de vacance légal et en surface côte à côte.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Dossier des rapports&lt;/b&gt; : une page HTML par EPCI, lisible hors ligne.&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;Les noms des personnes physiques ne sont jamais exportés. Règles, noms des champs et structure CNIG : le bouton &lt;i&gt;Aide&lt;/i&gt; ouvre la documentation complète.&lt;/p&gt;</translation>
    </message>
    <message>
      <location filename="../processing/zan_counters.py" line="35" />
      <source>&lt;p&gt;Computes, for each territory, the ZAN counters of land consumption from the Cerema file: the 2011–2020 reference, the 2021–2030 envelope with the 1 ha garantie communale, what has been consumed since 2021, the projection to 2030 at the current pace and a status (on track, will exceed, already exceeded). The envelope is the reference reduced by the objective; the guarantee raises each covered commune to 1 ha at least.&lt;/p&gt;&lt;h3&gt;In the form&lt;/h3&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;Cerema consumption file&lt;/b&gt;: the communal file of the Cerema (any millésime, CSV or table) or its API long layout.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Territories&lt;/b&gt;: communes, the EPCI or SCoT of the file, or your &lt;b&gt;Membership table&lt;/b&gt; (commune → territory).&lt;/li&gt;&lt;li&gt;&lt;b&gt;Commune polygons&lt;/b&gt; (optional): to draw the territories on the map.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Territorialised objectives&lt;/b&gt; (optional), otherwise the &lt;b&gt;Default reduction objective (%)&lt;/b&gt;; &lt;b&gt;Garantie communale of 1 ha&lt;/b&gt;: all communes, only those listed, or none.&lt;/li&gt;&lt;li&gt;Under &lt;i&gt;Advanced&lt;/i&gt;: PENE consumption to deduct, guarantee pooled at EPCI level, &lt;b&gt;Report language&lt;/b&gt;.&lt;/li&gt;&lt;/ul&gt;&lt;h3&gt;Results&lt;/h3&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;ZAN counters&lt;/b&gt;: one territory per feature, coloured by status.&lt;/li&gt;&lt;li&gt;&lt;b&gt;ZAN trajectory by year&lt;/b&gt;: observed and allowed consumption, 2011–2030.&lt;/li&gt;&lt;li&gt;&lt;b&gt;ZAN report&lt;/b&gt;: an HTML page with a chart per territory, readable offline.&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;Field names, rules and examples: the &lt;i&gt;Help&lt;/i&gt; button opens the full documentation.&lt;/p&gt;</source>
      <translation>&lt;p&gt;Calcule les compteurs ZAN de consommation d'espaces de chaque territoire à partir du fichier du Cerema : la référence 2011–2020, l'enveloppe 2021–2030 avec la garantie communale de 1 ha, la consommation depuis 2021, la projection à 2030 au rythme actuel et un statut (en bonne voie, va dépasser, déjà dépassée). L'enveloppe est la référence diminuée de l'objectif ; la garantie porte chaque commune couverte à 1 ha au moins.&lt;/p&gt;&lt;h3&gt;Dans le formulaire&lt;/h3&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;Fichier de consommation du Cerema&lt;/b&gt; : le fichier communal du Cerema (tout millésime, CSV ou table) ou le format long de son API.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Territoires&lt;/b&gt; : communes, EPCI ou SCoT du fichier, ou votre &lt;b&gt;Table d'appartenance&lt;/b&gt; (commune → territoire).&lt;/li&gt;&lt;li&gt;&lt;b&gt;Polygones communaux&lt;/b&gt; (facultatif) : pour dessiner les territoires sur la carte.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Objectifs territorialisés&lt;/b&gt; (facultatif), sinon l'&lt;b&gt;Objectif de réduction par défaut (%)&lt;/b&gt; ; &lt;b&gt;Garantie communale de 1 ha&lt;/b&gt; : toutes les communes, seulement celles listées, ou aucune.&lt;/li&gt;&lt;li&gt;Sous &lt;i&gt;Paramètres avancés&lt;/i&gt; : consommation PENE à déduire, garantie mutualisée à l'EPCI, &lt;b&gt;Langue du rapport&lt;/b&gt;.&lt;/li&gt;&lt;/ul&gt;&lt;h3&gt;Résultats&lt;/h3&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;Compteurs ZAN&lt;/b&gt; : un territoire par entité, coloré selon son statut.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Trajectoire ZAN par année&lt;/b&gt; : consommation observée et autorisée, 2011–2030.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Rapport ZAN&lt;/b&gt; : une page HTML avec un graphique par territoire, lisible hors ligne.&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;Noms des champs, règles et exemples : le bouton &lt;i&gt;Aide&lt;/i&gt; ouvre la documentation complète.&lt;/p&gt;</translation>
    </message>
    <message>
      <location filename="../processing/tvb_continuity.py" line="52" />
      <source>&lt;p&gt;Draws the green and blue network (trame verte et bleue) of one sous-trame: réservoirs of habitat, least-cost links and corridors between them, the connectivity graph with its indices, and the points where roads and railways cut the links (points noirs). Each land-cover class gets a friction; the cost of moving between réservoirs gives a dispersal probability, from which the PC, EC and IIC indices and the importance (dPC) of each réservoir and link are computed as in Conefor and Graphab.&lt;/p&gt;&lt;h3&gt;In the form&lt;/h3&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;Land cover&lt;/b&gt;: a class raster, or polygons with a &lt;b&gt;Land-cover class field&lt;/b&gt; rasterised at the &lt;b&gt;Cell size for polygons&lt;/b&gt;.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Friction table&lt;/b&gt;: a CSV in BioDispersal's layout (or, under &lt;i&gt;Advanced&lt;/i&gt;, a table of codes and frictions); &lt;b&gt;Sous-trame&lt;/b&gt; picks its column and names the results.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Habitat class codes&lt;/b&gt;, or a &lt;b&gt;Réservoirs layer&lt;/b&gt;; &lt;b&gt;Minimum patch area&lt;/b&gt;.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Dispersal distance&lt;/b&gt; and &lt;b&gt;Probability at that distance&lt;/b&gt;; &lt;b&gt;Links&lt;/b&gt;: planar (touching cost zones, or Graphab's Euclidean Voronoi neighbours) or complete.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Barriers&lt;/b&gt; (optional): roads, railways, with their &lt;b&gt;Barrier transparency&lt;/b&gt; (1 = crossings only detected, 0 = impassable).&lt;/li&gt;&lt;li&gt;Under &lt;i&gt;Advanced&lt;/i&gt;: corridor tolerance, diagonal step, units of the importances, landscape area, links crossing another réservoir, &lt;b&gt;Report language&lt;/b&gt;.&lt;/li&gt;&lt;/ul&gt;&lt;h3&gt;Results&lt;/h3&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;Réservoirs&lt;/b&gt; and &lt;b&gt;Links&lt;/b&gt; with their importance, &lt;b&gt;Least-cost paths&lt;/b&gt;, &lt;b&gt;Corridors&lt;/b&gt; (raster and polygons).&lt;/li&gt;&lt;li&gt;&lt;b&gt;Conflict points&lt;/b&gt;: where paths cross barriers, ranked by the importance of the link they cut.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Global connectivity indices&lt;/b&gt;, Conefor files, the friction table used, the accumulated cost and an HTML &lt;b&gt;report&lt;/b&gt; readable offline.&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;Formulas, field names and references: the &lt;i&gt;Help&lt;/i&gt; button opens the full documentation.&lt;/p&gt;</source>
      <translation>&lt;p&gt;Trace la trame verte et bleue d'une sous-trame : les réservoirs d'habitat, les liens et corridors de moindre coût qui les relient, le graphe de connectivité avec ses indices, et les points où routes et voies ferrées coupent les liens (points noirs). Chaque classe d'occupation du sol reçoit une friction ; le coût du déplacement entre réservoirs donne une probabilité de dispersion, d'où sont calculés les indices PC, EC et IIC et l'importance (dPC) de chaque réservoir et de chaque lien, comme dans Conefor et Graphab.&lt;/p&gt;&lt;h3&gt;Dans le formulaire&lt;/h3&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;Occupation du sol&lt;/b&gt; : un raster de classes, ou des polygones avec un &lt;b&gt;Champ de classe&lt;/b&gt; rastérisés à la &lt;b&gt;Taille de cellule pour les polygones&lt;/b&gt;.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Table de friction&lt;/b&gt; : un CSV au format BioDispersal (ou, sous &lt;i&gt;Paramètres avancés&lt;/i&gt;, une table de codes et de frictions) ; la &lt;b&gt;Sous-trame&lt;/b&gt; choisit sa colonne et nomme les résultats.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Codes des classes d'habitat&lt;/b&gt;, ou une &lt;b&gt;Couche de réservoirs&lt;/b&gt; ; &lt;b&gt;Surface minimale des taches&lt;/b&gt;.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Distance de dispersion&lt;/b&gt; et &lt;b&gt;Probabilité à cette distance&lt;/b&gt; ; &lt;b&gt;Liens&lt;/b&gt; : planaires (zones de coût qui se touchent, ou voisins du Voronoï euclidien de Graphab) ou complets.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Obstacles&lt;/b&gt; (facultatif) : routes, voies ferrées, avec leur &lt;b&gt;Transparence des obstacles&lt;/b&gt; (1 = croisements seulement repérés, 0 = infranchissable).&lt;/li&gt;&lt;li&gt;Sous &lt;i&gt;Paramètres avancés&lt;/i&gt; : tolérance des corridors, pas diagonal, unités des importances, surface du paysage, liens traversant un autre réservoir, &lt;b&gt;Langue du rapport&lt;/b&gt;.&lt;/li&gt;&lt;/ul&gt;&lt;h3&gt;Résultats&lt;/h3&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;Réservoirs&lt;/b&gt; et &lt;b&gt;Liens&lt;/b&gt; avec leur importance, &lt;b&gt;Chemins de moindre coût&lt;/b&gt;, &lt;b&gt;Corridors&lt;/b&gt; (raster et polygones).&lt;/li&gt;&lt;li&gt;&lt;b&gt;Points de conflit&lt;/b&gt; : là où les chemins croisent les obstacles, classés par l'importance du lien qu'ils coupent.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Indices globaux de connectivité&lt;/b&gt;, fichiers Conefor, table de friction utilisée, coût cumulé et un &lt;b&gt;rapport&lt;/b&gt; HTML lisible hors ligne.&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;Formules, noms des champs et références : le bouton &lt;i&gt;Aide&lt;/i&gt; ouvre la documentation complète.&lt;/p&gt;</translation>
    </message>
    <message>
      <location filename="../processing/icu_hotspots.py" line="63" />
      <source>&lt;p&gt;Finds where the territory is significantly warmer (hot spots) or cooler (cool islands) than the whole area, from a land surface temperature, and crosses the hot spots with the population and the sensitive establishments to target greening. Each unit (a 200 m square of the INSEE grid by default) is compared with its neighbours: a hot spot is a group of warm units too marked to be chance, at 90, 95 or 99 % confidence.&lt;/p&gt;&lt;h3&gt;In the form&lt;/h3&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;Surface temperature&lt;/b&gt;: a raster in °C or K, a Landsat ST_B10 band as downloaded, or points/polygons with a &lt;b&gt;Temperature field&lt;/b&gt;; &lt;b&gt;Temperature reading&lt;/b&gt; is found from the values unless you force it.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Analysis units&lt;/b&gt; (optional): IRIS or blocks; empty = the 200 m INSEE grid (&lt;b&gt;Grid cell size&lt;/b&gt;).&lt;/li&gt;&lt;li&gt;&lt;b&gt;Spatial weights&lt;/b&gt;: &lt;i&gt;Distance band&lt;/i&gt; uses &lt;b&gt;If distance band: distance&lt;/b&gt; (0 = the smallest distance giving every unit a neighbour), &lt;i&gt;k nearest neighbours&lt;/i&gt; uses &lt;b&gt;If k nearest: number of neighbours&lt;/b&gt;, &lt;i&gt;queen&lt;/i&gt; or &lt;i&gt;rook contiguity&lt;/i&gt; the polygons' shared sides, &lt;i&gt;Weights file&lt;/i&gt; a GAL or GWT file (tolerance and file under &lt;i&gt;Advanced&lt;/i&gt;); the other settings are ignored.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Population&lt;/b&gt; (optional, INSEE Filosofi squares), &lt;b&gt;Sensitive establishments (ERP)&lt;/b&gt; (optional, schools, crèches, care homes…), &lt;b&gt;Summary territories&lt;/b&gt; (optional, communes or EPCI).&lt;/li&gt;&lt;li&gt;Under &lt;i&gt;Advanced&lt;/i&gt;: permutations, stake thresholds and matrix, &lt;b&gt;Report language&lt;/b&gt;.&lt;/li&gt;&lt;/ul&gt;&lt;h3&gt;Results&lt;/h3&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;Hot and cold spots&lt;/b&gt;: each unit with its temperature and class.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Stakes&lt;/b&gt;: overheating × population and × sensitive establishments.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Summary per territory&lt;/b&gt; and an HTML &lt;b&gt;report&lt;/b&gt; readable offline.&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;Statistics (Gi*, p-values, FDR), thresholds and field names: the &lt;i&gt;Help&lt;/i&gt; button opens the full documentation.&lt;/p&gt;</source>
      <translation>&lt;p&gt;Repère où le territoire est significativement plus chaud (points chauds) ou plus frais (îlots de fraîcheur) que l'ensemble, à partir d'une température de surface, et croise les points chauds avec la population et les établissements sensibles pour cibler la végétalisation. Chaque unité (un carreau de 200 m de la grille INSEE par défaut) est comparée à ses voisines : un point chaud est un groupe d'unités chaudes trop marqué pour être dû au hasard, avec une confiance de 90, 95 ou 99 %.&lt;/p&gt;&lt;h3&gt;Dans le formulaire&lt;/h3&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;Température de surface&lt;/b&gt; : un raster en °C ou en K, une bande ST_B10 Landsat telle que téléchargée, ou des points/polygones avec un &lt;b&gt;Champ de température&lt;/b&gt; ; la &lt;b&gt;Lecture de la température&lt;/b&gt; est déduite des valeurs sauf si vous la forcez.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Unités d'analyse&lt;/b&gt; (facultatif) : IRIS ou îlots ; vide = carroyage INSEE 200 m (&lt;b&gt;Taille des mailles de la grille&lt;/b&gt;).&lt;/li&gt;&lt;li&gt;&lt;b&gt;Pondération spatiale&lt;/b&gt; : &lt;i&gt;Bande de distance&lt;/i&gt; utilise &lt;b&gt;Si bande : distance&lt;/b&gt; (0 = la plus petite distance donnant un voisin à chaque unité), &lt;i&gt;k plus proches voisins&lt;/i&gt; utilise &lt;b&gt;Si k plus proches : nombre de voisins&lt;/b&gt;, la &lt;i&gt;contiguïté reine&lt;/i&gt; ou &lt;i&gt;tour&lt;/i&gt; les côtés communs des polygones, le &lt;i&gt;fichier de poids&lt;/i&gt; un fichier GAL ou GWT (tolérance et fichier sous &lt;i&gt;Paramètres avancés&lt;/i&gt;) ; les autres réglages sont ignorés.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Population&lt;/b&gt; (facultatif, carreaux Filosofi de l'INSEE), &lt;b&gt;Établissements sensibles (ERP)&lt;/b&gt; (facultatif : écoles, crèches, EHPAD…), &lt;b&gt;Territoires de synthèse&lt;/b&gt; (facultatif : communes ou EPCI).&lt;/li&gt;&lt;li&gt;Sous &lt;i&gt;Paramètres avancés&lt;/i&gt; : permutations, seuils et matrice d'enjeux, &lt;b&gt;Langue du rapport&lt;/b&gt;.&lt;/li&gt;&lt;/ul&gt;&lt;h3&gt;Résultats&lt;/h3&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;Points chauds et points froids&lt;/b&gt; : chaque unité avec sa température et sa classe.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Enjeux&lt;/b&gt; : surchauffe × population et × établissements sensibles.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Synthèse par territoire&lt;/b&gt; et un &lt;b&gt;rapport&lt;/b&gt; HTML lisible hors ligne.&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;Statistique (Gi*, p-values, FDR), seuils et noms des champs : le bouton &lt;i&gt;Aide&lt;/i&gt; ouvre la documentation complète.&lt;/p&gt;</translation>
    </message>
    <message>
      <location filename="../processing/ocsge_to_postgis.py" line="25" />
      <source>&lt;p&gt;Loads IGN OCS GE artificialisation deliveries (stock and difference layers of one or many départements, 7z archives unpacked) into a PostGIS schema, ready for the net artificialisation to run inside the database. Each product gets one table with the département and millésime as columns and a spatial index; reloading a département and millésime replaces its rows in one transaction, so a failed load leaves the previous rows untouched.&lt;/p&gt;&lt;h3&gt;In the form&lt;/h3&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;IGN deliveries (folder or GeoPackage)&lt;/b&gt;: searched through subfolders.&lt;/li&gt;&lt;li&gt;&lt;b&gt;PostgreSQL connection&lt;/b&gt;: one of QGIS's connections (its credentials or authentication configuration); &lt;b&gt;Schema&lt;/b&gt;: created if needed.&lt;/li&gt;&lt;li&gt;Under &lt;i&gt;Advanced&lt;/i&gt;: the names of the tables.&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;Table layout and examples: the &lt;i&gt;Help&lt;/i&gt; button opens the full documentation.&lt;/p&gt;</source>
      <translation>&lt;p&gt;Charge les livraisons OCS GE artificialisation de l'IGN (couches de stock et de différence d'un ou plusieurs départements, archives 7z décompressées) dans un schéma PostGIS, prêt pour calculer l'artificialisation nette dans la base. Chaque produit a une table, avec le département et le millésime en colonnes et un index spatial ; recharger un département et un millésime remplace ses lignes en une transaction, si bien qu'un chargement échoué laisse les lignes précédentes intactes.&lt;/p&gt;&lt;h3&gt;Dans le formulaire&lt;/h3&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;Livraisons IGN (dossier ou GeoPackage)&lt;/b&gt; : les sous-dossiers sont parcourus.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Connexion PostgreSQL&lt;/b&gt; : une des connexions de QGIS (ses identifiants ou sa configuration d'authentification) ; &lt;b&gt;Schéma&lt;/b&gt; : créé au besoin.&lt;/li&gt;&lt;li&gt;Sous &lt;i&gt;Paramètres avancés&lt;/i&gt; : les noms des tables.&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;Structure des tables et exemples : le bouton &lt;i&gt;Aide&lt;/i&gt; ouvre la documentation complète.&lt;/p&gt;</translation>
    </message>
    <message>
      <location filename="../processing/zan_net_artificialisation.py" line="38" />
      <source>&lt;p&gt;Net artificialisation of each territory between two OCS GE millésimes, the ZAN measure from 2031: land that became artificial minus land renatured, with the artificial stock at each millésime. Polygons are cut by the communes and measured in Lambert-93; the result is checked against the change of the stocks (0.5 ha tolerance, as Mon Diagnostic Artificialisation).&lt;/p&gt;&lt;h3&gt;In the form&lt;/h3&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;OCS GE stock, first millésime&lt;/b&gt;, &lt;b&gt;OCS GE stock, last millésime&lt;/b&gt;, &lt;b&gt;OCS GE difference&lt;/b&gt;: IGN layers as a GeoPackage, a folder of unpacked deliveries (one or several départements) or PostGIS tables; the difference alone, or the two stocks alone, are enough.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Communes (polygons)&lt;/b&gt;, grouped into EPCI, SCoT or any territory by a &lt;b&gt;Membership table&lt;/b&gt; (optional).&lt;/li&gt;&lt;li&gt;&lt;b&gt;Artificial land&lt;/b&gt;: IGN's artif field, or the cover × use matrix followed by the thresholds of the décret of 27 November 2023.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Cerema consumption file&lt;/b&gt; (optional): for the 2011–2050 trajectory of the report.&lt;/li&gt;&lt;li&gt;Under &lt;i&gt;Advanced&lt;/i&gt;: the PostGIS results table, &lt;b&gt;Report language&lt;/b&gt;.&lt;/li&gt;&lt;/ul&gt;&lt;h3&gt;Results&lt;/h3&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;Net artificialisation&lt;/b&gt;: one territory per feature.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Artificialised / renatured polygons&lt;/b&gt;: with cover and use before and after.&lt;/li&gt;&lt;li&gt;An HTML &lt;b&gt;report&lt;/b&gt; with the 2011–2050 trajectory of each territory, readable offline.&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;Rules, field names and the PostGIS path: the &lt;i&gt;Help&lt;/i&gt; button opens the full documentation.&lt;/p&gt;</source>
      <translation>&lt;p&gt;Artificialisation nette de chaque territoire entre deux millésimes de l'OCS GE, la mesure du ZAN à partir de 2031 : les sols devenus artificialisés moins les sols renaturés, avec le stock artificialisé à chaque millésime. Les polygones sont découpés par les communes et mesurés en Lambert-93 ; le résultat est contrôlé par l'évolution des stocks (tolérance de 0,5 ha, comme Mon Diagnostic Artificialisation).&lt;/p&gt;&lt;h3&gt;Dans le formulaire&lt;/h3&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;Stock OCS GE, premier millésime&lt;/b&gt;, &lt;b&gt;Stock OCS GE, dernier millésime&lt;/b&gt;, &lt;b&gt;Différence OCS GE&lt;/b&gt; : couches de l'IGN en GeoPackage, dossier de livraisons décompressées (un ou plusieurs départements) ou tables PostGIS ; la différence seule, ou les deux stocks seuls, suffisent.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Communes (polygones)&lt;/b&gt;, regroupées en EPCI, SCoT ou tout autre territoire par une &lt;b&gt;Table d'appartenance&lt;/b&gt; (facultatif).&lt;/li&gt;&lt;li&gt;&lt;b&gt;Sols artificialisés&lt;/b&gt; : le champ artif de l'IGN, ou la matrice couverture × usage suivie des seuils du décret du 27 novembre 2023.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Fichier de consommation du Cerema&lt;/b&gt; (facultatif) : pour la trajectoire 2011–2050 du rapport.&lt;/li&gt;&lt;li&gt;Sous &lt;i&gt;Paramètres avancés&lt;/i&gt; : la table des résultats PostGIS, &lt;b&gt;Langue du rapport&lt;/b&gt;.&lt;/li&gt;&lt;/ul&gt;&lt;h3&gt;Résultats&lt;/h3&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;Artificialisation nette&lt;/b&gt; : un territoire par entité.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Polygones artificialisés / renaturés&lt;/b&gt; : avec couverture et usage avant et après.&lt;/li&gt;&lt;li&gt;Un &lt;b&gt;rapport&lt;/b&gt; HTML avec la trajectoire 2011–2050 de chaque territoire, lisible hors ligne.&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;Règles, noms des champs et calcul dans PostGIS : le bouton &lt;i&gt;Aide&lt;/i&gt; ouvre la documentation complète.&lt;/p&gt;</translation>
    </message>
    <message>
      <location filename="../processing/lizmap_publish.py" line="91" />
      <source>&lt;p&gt;Publishes result layers as a Lizmap observatory map: a clean web project (layers copied into one GeoPackage beside it, rasters as GeoTIFF, styles and French field names kept, one group per algorithm, tables without geometry in the hidden group) and its Lizmap configuration (popups, attribute tables, tooltips, filters by EPCI and commune, charts for the ZAN trajectory and the brownfields), with background maps, an A4 landscape print layout and access rights.&lt;/p&gt;&lt;h3&gt;In the form&lt;/h3&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;Result layers to publish&lt;/b&gt;, &lt;b&gt;Map title&lt;/b&gt;, &lt;b&gt;Map abstract&lt;/b&gt;, &lt;b&gt;Project name in the repository&lt;/b&gt;.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Target&lt;/b&gt;: a &lt;b&gt;Local repository folder&lt;/b&gt; (disk or mounted share) or the &lt;b&gt;WebDAV address of the repository folder&lt;/b&gt; with an &lt;b&gt;Authentication&lt;/b&gt; of QGIS (the password is never written anywhere; QGIS's proxy, SSL exceptions and timeout apply).&lt;/li&gt;&lt;li&gt;&lt;b&gt;Lizmap Web Client address&lt;/b&gt;: its version and repositories are read from it; otherwise choose the &lt;b&gt;Lizmap Web Client version&lt;/b&gt; (3.7 to 3.10) and type the &lt;b&gt;Lizmap repository id&lt;/b&gt;.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Background maps&lt;/b&gt; (Plan IGN by default, IGN aerial photographs, OpenStreetMap), &lt;b&gt;Agency logo for the print layout&lt;/b&gt;.&lt;/li&gt;&lt;li&gt;Access: &lt;b&gt;Lizmap groups allowed to see the map&lt;/b&gt;, &lt;b&gt;Lizmap groups per layer&lt;/b&gt;, &lt;b&gt;Hide the map from the landing page&lt;/b&gt;.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Verify the published map (WMS)&lt;/b&gt;: every layer must be listed and the map must draw.&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;Publishing is locked per project name and all-or-nothing: the data goes under a new versioned name that only the new project uses, so an interrupted publication leaves the published map as it was; the previous project is kept as a backup. Republishing keeps what an administrator changed in the configuration and does not send unchanged data again. The same publishing is available as the &lt;i&gt;AULA Toolkit — Lizmap&lt;/i&gt; panel (menu &lt;i&gt;Web&lt;/i&gt;); the &lt;i&gt;Help&lt;/i&gt; button opens the full documentation.&lt;/p&gt;</source>
      <translation>&lt;p&gt;Publie des couches de résultats en carte d'observatoire Lizmap : un projet web propre (couches copiées dans un GeoPackage à côté, rasters en GeoTIFF, styles et noms de champs en français conservés, un groupe par algorithme, tables sans géométrie dans le groupe caché) et sa configuration Lizmap (infobulles, tables attributaires, filtres par EPCI et commune, graphiques de la trajectoire ZAN et des friches), avec fonds de carte, une mise en page A4 paysage et des droits d'accès.&lt;/p&gt;&lt;h3&gt;Dans le formulaire&lt;/h3&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;Couches de résultats à publier&lt;/b&gt;, &lt;b&gt;Titre de la carte&lt;/b&gt;, &lt;b&gt;Résumé de la carte&lt;/b&gt;, &lt;b&gt;Nom du projet dans le répertoire&lt;/b&gt;.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Cible&lt;/b&gt; : un &lt;b&gt;Dossier local du répertoire&lt;/b&gt; (disque ou partage monté) ou l'&lt;b&gt;Adresse WebDAV du dossier du répertoire&lt;/b&gt; avec une &lt;b&gt;Authentification&lt;/b&gt; de QGIS (le mot de passe n'est écrit nulle part ; le proxy, les exceptions SSL et le délai de QGIS s'appliquent).&lt;/li&gt;&lt;li&gt;&lt;b&gt;Adresse de Lizmap Web Client&lt;/b&gt; : sa version et ses répertoires y sont lus ; sinon choisissez la &lt;b&gt;Version de Lizmap Web Client&lt;/b&gt; (3.7 à 3.10) et saisissez l'&lt;b&gt;Identifiant du répertoire Lizmap&lt;/b&gt;.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Fonds de carte&lt;/b&gt; (Plan IGN par défaut, photographies aériennes IGN, OpenStreetMap), &lt;b&gt;Logo de l'agence pour la mise en page&lt;/b&gt;.&lt;/li&gt;&lt;li&gt;Accès : &lt;b&gt;Groupes Lizmap autorisés à voir la carte&lt;/b&gt;, &lt;b&gt;Groupes Lizmap par couche&lt;/b&gt;, &lt;b&gt;Masquer la carte de la page d'accueil&lt;/b&gt;.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Vérifier la carte publiée (WMS)&lt;/b&gt; : chaque couche doit être listée et la carte doit s'afficher.&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;La publication est verrouillée par nom de projet et se fait en tout ou rien : les données partent sous un nouveau nom versionné que seul le nouveau projet utilise, si bien qu'une publication interrompue laisse la carte publiée telle quelle ; le projet précédent est gardé en sauvegarde. Republier conserve ce qu'un administrateur a modifié dans la configuration et ne renvoie pas des données inchangées. La même publication est disponible dans le panneau &lt;i&gt;AULA Toolkit — Lizmap&lt;/i&gt; (menu &lt;i&gt;Internet&lt;/i&gt;) ; le bouton &lt;i&gt;Aide&lt;/i&gt; ouvre la documentation complète.&lt;/p&gt;</translation>
    </message>
    <message>
      <location filename="../processing/friches_mutability.py" line="73" />
      <source>&lt;p&gt;Scores every brownfield site of a layer for the seven Mutafriches uses (housing, public facilities, culture, offices, industry, renaturation, ground-mounted solar) at once, offline. Each criterion (area, distance to a stop, flood zone, zoning…) gives the site advantages or constraints for each use, weighted by the grid; the mutability index of a use is its advantages over advantages plus constraints, and a missing criterion lowers the reliability instead of being guessed.&lt;/p&gt;&lt;h3&gt;In the form&lt;/h3&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;Brownfield sites&lt;/b&gt;: points or polygons, e.g. a Cartofriches export or the CNIG Friches standard; parcels sharing a site id are one site.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Scoring grid&lt;/b&gt;: Mutafriches v1.11, v1.16 or v1.19, or &lt;b&gt;Your own grid&lt;/b&gt;.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Context GeoPackage&lt;/b&gt;: the town halls, stops, flood zones, PLU zoning… are found in it by their names (e.g. &lt;i&gt;mairies&lt;/i&gt;, &lt;i&gt;arrets_tc&lt;/i&gt;, &lt;i&gt;zones_inondables&lt;/i&gt;, &lt;i&gt;zonage_plu&lt;/i&gt;); tick &lt;b&gt;Also look in the project's layers&lt;/b&gt; to take them from the project. Under &lt;i&gt;Advanced&lt;/i&gt;, one picker per context layer chooses or replaces a layer by hand.&lt;/li&gt;&lt;li&gt;Under &lt;i&gt;Advanced&lt;/i&gt;: weight sensitivity, &lt;b&gt;Report language&lt;/b&gt;.&lt;/li&gt;&lt;/ul&gt;&lt;h3&gt;Results&lt;/h3&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;Friches mutability&lt;/b&gt;: each site with its index and rank per use, best use, potential and reliability.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Details&lt;/b&gt; (optional): why, site × use × criterion.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Report&lt;/b&gt;: a sortable table of every site and one card per site, readable offline.&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;Field names, layer names recognised and the grid format: the &lt;i&gt;Help&lt;/i&gt; button opens the full documentation.&lt;/p&gt;</source>
      <translation>&lt;p&gt;Note en une fois chaque site en friche d'une couche pour les sept usages de Mutafriches (logement, équipements publics, culture, tertiaire, industrie, renaturation, photovoltaïque au sol), hors ligne. Chaque critère (surface, distance à un arrêt, zone inondable, zonage…) donne au site des atouts ou des contraintes pour chaque usage, pondérés par la grille ; l'indice de mutabilité d'un usage rapporte ses atouts à la somme des atouts et des contraintes, et un critère manquant baisse la fiabilité au lieu d'être deviné.&lt;/p&gt;&lt;h3&gt;Dans le formulaire&lt;/h3&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;Sites en friche&lt;/b&gt; : points ou polygones, par exemple un export Cartofriches ou le standard CNIG Friches ; les parcelles partageant un identifiant de site forment un seul site.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Grille de notation&lt;/b&gt; : Mutafriches v1.11, v1.16 ou v1.19, ou une &lt;b&gt;Grille personnalisée&lt;/b&gt;.&lt;/li&gt;&lt;li&gt;&lt;b&gt;GeoPackage de contexte&lt;/b&gt; : les mairies, arrêts, zones inondables, zonage du PLU… y sont trouvés d'après leur nom (par ex. &lt;i&gt;mairies&lt;/i&gt;, &lt;i&gt;arrets_tc&lt;/i&gt;, &lt;i&gt;zones_inondables&lt;/i&gt;, &lt;i&gt;zonage_plu&lt;/i&gt;) ; cochez &lt;b&gt;Chercher aussi dans le projet&lt;/b&gt; pour les prendre dans le projet. Sous &lt;i&gt;Paramètres avancés&lt;/i&gt;, un sélecteur par couche de contexte en choisit ou en remplace une à la main.&lt;/li&gt;&lt;li&gt;Sous &lt;i&gt;Paramètres avancés&lt;/i&gt; : sensibilité des poids, &lt;b&gt;Langue du rapport&lt;/b&gt;.&lt;/li&gt;&lt;/ul&gt;&lt;h3&gt;Résultats&lt;/h3&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;Mutabilité des friches&lt;/b&gt; : chaque site avec son indice et son rang par usage, l'usage le plus adapté, le potentiel et la fiabilité.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Détail&lt;/b&gt; (facultatif) : le pourquoi, site × usage × critère.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Rapport&lt;/b&gt; : un tableau triable de tous les sites et une fiche par site, lisible hors ligne.&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;Noms des champs, noms de couches reconnus et format des grilles : le bouton &lt;i&gt;Aide&lt;/i&gt; ouvre la documentation complète.&lt;/p&gt;</translation>
    </message>
    <message>
      <location filename="../processing/zae_inventory.py" line="88" />
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
      <location filename="../processing/tvb_continuity.py" line="192" />
      <source>Accumulated cost</source>
      <translation>Coût cumulé</translation>
    </message>
    <message>
      <location filename="../processing/tvb_continuity.py" line="234" />
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
      <location filename="../processing/friches_mutability.py" line="129" />
      <source>Also look in the project's layers</source>
      <translation>Chercher aussi dans le projet</translation>
    </message>
    <message>
      <location filename="../processing/zae_inventory.py" line="120" />
      <source>Aménagement stage per parcel</source>
      <translation>Stade d'aménagement par parcelle</translation>
    </message>
    <message>
      <location filename="../processing/icu_hotspots.py" line="163" />
      <source>Analysis units (polygons)</source>
      <translation>Unités d'analyse</translation>
    </message>
    <message>
      <location filename="../processing/zan_net_artificialisation.py" line="98" />
      <source>Artificial land</source>
      <translation>Sols artificialisés</translation>
    </message>
    <message>
      <location filename="../processing/zan_net_artificialisation.py" line="110" />
      <source>Artificialised / renatured polygons</source>
      <translation>Polygones artificialisés / renaturés</translation>
    </message>
    <message>
      <location filename="../processing/lizmap_publish.py" line="54" />
      <source>Authentication (QGIS)</source>
      <translation>Authentification (QGIS)</translation>
    </message>
    <message>
      <location filename="../processing/icu_hotspots.py" line="159" />
      <source>Automatic (from the values)</source>
      <translation>Automatique (d'après les valeurs)</translation>
    </message>
    <message>
      <location filename="../processing/zae_inventory.py" line="75" />
      <source>Available land: minimum area (m²)</source>
      <translation>Disponible : surface minimale (m²)</translation>
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
      <location filename="../processing/tvb_continuity.py" line="157" />
      <source>Barrier identifier field</source>
      <translation>Champ identifiant de l'obstacle</translation>
    </message>
    <message>
      <location filename="../processing/tvb_continuity.py" line="159" />
      <source>Barrier transparency (0–1)</source>
      <translation>Transparence des obstacles (0–1)</translation>
    </message>
    <message>
      <location filename="../processing/tvb_continuity.py" line="161" />
      <source>Barrier transparency field</source>
      <translation>Champ de transparence des obstacles</translation>
    </message>
    <message>
      <location filename="../processing/tvb_continuity.py" line="154" />
      <source>Barriers (roads, railways)</source>
      <translation>Obstacles (routes, voies ferrées)</translation>
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
      <location filename="../processing/friches_mutability.py" line="116" />
      <source>Brownfield sites (points or polygons)</source>
      <translation>Sites en friche (points ou polygones)</translation>
    </message>
    <message>
      <location filename="../processing/base.py" line="40" />
      <source>Brownfields</source>
      <translation>Friches</translation>
    </message>
    <message>
      <location filename="../processing/zae_inventory.py" line="117" />
      <source>Brownfields (Cartofriches)</source>
      <translation>Friches (Cartofriches)</translation>
    </message>
    <message>
      <location filename="../gui/lizmap_dock.py" line="237" />
      <source>Build the web map and publish it to the repository.</source>
      <translation>Construire la carte web et la publier dans le répertoire.</translation>
    </message>
    <message>
      <location filename="../processing/zae_inventory.py" line="115" />
      <source>Buildings (BD TOPO)</source>
      <translation>Bâtiments (BD TOPO)</translation>
    </message>
    <message>
      <location filename="../processing/zae_inventory.py" line="74" />
      <source>Built unit: minimum footprint (m²)</source>
      <translation>Unité bâtie : emprise minimale (m²)</translation>
    </message>
    <message>
      <location filename="../processing/friches_mutability.py" line="62" />
      <source>Business parks (ZAE)</source>
      <translation>Zones d'activités (ZAE)</translation>
    </message>
    <message>
      <location filename="../processing/base.py" line="43" />
      <source>Business zones</source>
      <translation>Zones d'activités</translation>
    </message>
    <message>
      <location filename="../processing/zae_inventory.py" line="106" />
      <source>Business zones (or PLU zoning)</source>
      <translation>Zones d'activité (ou zonage du PLU)</translation>
    </message>
    <message>
      <location filename="../processing/zae_inventory.py" line="96" />
      <source>Business zones inventory (L318-8-2, CNIG standard)</source>
      <translation>Inventaire des zones d'activité (L318-8-2, standard CNIG)</translation>
    </message>
    <message>
      <location filename="../processing/zan_net_artificialisation.py" line="99" />
      <source>CS × US matrix, with US6.1/US6.2</source>
      <translation>Matrice CS × US, avec US6.1/US6.2</translation>
    </message>
    <message>
      <location filename="../processing/zan_net_artificialisation.py" line="100" />
      <source>CS × US matrix, without US6.1/US6.2</source>
      <translation>Matrice CS × US, sans US6.1/US6.2</translation>
    </message>
    <message>
      <location filename="../processing/tvb_continuity.py" line="191" />
      <source>CSV files (*.csv)</source>
      <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
      <location filename="../processing/zae_inventory.py" line="107" />
      <source>Cadastral parcels (Etalab)</source>
      <translation>Parcelles cadastrales (Etalab)</translation>
    </message>
    <message>
      <location filename="../gui/lizmap_dock.py" line="238" />
      <source>Cancel</source>
      <translation>Annuler</translation>
    </message>
    <message>
      <location filename="../processing/tvb_continuity.py" line="130" />
      <source>Cell size for polygons (m)</source>
      <translation>Taille de cellule pour les polygones (m)</translation>
    </message>
    <message>
      <location filename="../processing/zan_counters.py" line="92" />
      <source>Cerema consumption file</source>
      <translation>Fichier de consommation du Cerema</translation>
    </message>
    <message>
      <location filename="../processing/friches_mutability.py" line="55" />
      <source>Clay shrink-swell zones</source>
      <translation>Retrait-gonflement des argiles</translation>
    </message>
    <message>
      <location filename="../processing/base.py" line="41" />
      <source>Climate and heat</source>
      <translation>Climat et chaleur</translation>
    </message>
    <message>
      <location filename="../processing/tvb_continuity.py" line="135" />
      <source>Code</source>
      <translation>Code</translation>
    </message>
    <message>
      <location filename="../processing/friches_mutability.py" line="139" />
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
      <location filename="../processing/zan_net_artificialisation.py" line="88" />
      <source>Communes (polygons)</source>
      <translation>Communes (polygones)</translation>
    </message>
    <message>
      <location filename="../processing/zae_inventory.py" line="132" />
      <source>Communes and EPCI table</source>
      <translation>Table des communes et EPCI</translation>
    </message>
    <message>
      <location filename="../processing/zan_counters.py" line="119" />
      <source>Communes flagged or listed</source>
      <translation>Communes signalées ou listées</translation>
    </message>
    <message>
      <location filename="../processing/zan_counters.py" line="107" />
      <source>Communes: INSEE code field</source>
      <translation>Communes : champ code INSEE</translation>
    </message>
    <message>
      <location filename="../processing/zan_net_artificialisation.py" line="90" />
      <source>Communes: name field</source>
      <translation>Communes : champ du nom</translation>
    </message>
    <message>
      <location filename="../processing/tvb_continuity.py" line="149" />
      <source>Complete (every pair reached)</source>
      <translation>Complets (toutes les paires atteintes)</translation>
    </message>
    <message>
      <location filename="../processing/tvb_continuity.py" line="189" />
      <source>Conefor export folder</source>
      <translation>Dossier d'export Conefor</translation>
    </message>
    <message>
      <location filename="../processing/tvb_continuity.py" line="472" />
      <source>Conflict points</source>
      <translation>Points de conflit</translation>
    </message>
    <message>
      <location filename="../processing/tvb_continuity.py" line="185" />
      <source>Conflict points (points noirs)</source>
      <translation>Points de conflit (points noirs)</translation>
    </message>
    <message>
      <location filename="../processing/tvb_continuity.py" line="493" />
      <source>Connectivity indices</source>
      <translation>Indices de connectivité</translation>
    </message>
    <message>
      <location filename="../processing/zan_counters.py" line="146" />
      <source>Consumption file read: {n} communes, years {a}–{b} ({layout}).</source>
      <translation>Fichier de consommation lu : {n} communes, années {a}–{b} ({layout}).</translation>
    </message>
    <message>
      <location filename="../processing/friches_mutability.py" line="125" />
      <source>Context GeoPackage</source>
      <translation>GeoPackage de contexte</translation>
    </message>
    <message>
      <location filename="../processing/icu_hotspots.py" line="180" />
      <source>Contiguity tolerance (m)</source>
      <translation>Tolérance de contiguïté (m)</translation>
    </message>
    <message>
      <location filename="../processing/zae_inventory.py" line="69" />
      <source>Contiguity: minimum shared boundary (m)</source>
      <translation>Contiguïté : limite commune minimale (m)</translation>
    </message>
    <message>
      <location filename="../processing/zae_inventory.py" line="70" />
      <source>Contiguity: topology tolerance (m)</source>
      <translation>Contiguïté : tolérance topologique (m)</translation>
    </message>
    <message>
      <location filename="../processing/tvb_continuity.py" line="163" />
      <source>Corridor tolerance (extra cost)</source>
      <translation>Tolérance des corridors (surcoût)</translation>
    </message>
    <message>
      <location filename="../processing/tvb_continuity.py" line="236" />
      <source>Corridors</source>
      <translation>Corridors</translation>
    </message>
    <message>
      <location filename="../processing/tvb_continuity.py" line="183" />
      <source>Corridors (polygons)</source>
      <translation>Corridors (polygones)</translation>
    </message>
    <message>
      <location filename="../processing/tvb_continuity.py" line="181" />
      <source>Corridors (raster)</source>
      <translation>Corridors (raster)</translation>
    </message>
    <message>
      <location filename="../processing/zae_inventory.py" line="89" />
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
      <location filename="../processing/icu_hotspots.py" line="159" />
      <source>Degrees Celsius</source>
      <translation>Degrés Celsius</translation>
    </message>
    <message>
      <location filename="../processing/ocsge_to_postgis.py" line="64" />
      <source>Deliveries loaded</source>
      <translation>Livraisons chargées</translation>
    </message>
    <message>
      <location filename="../processing/zae_inventory.py" line="80" />
      <source>Densifiable below this building coverage (0–1)</source>
      <translation>Densifiable sous ce coefficient d'emprise au sol (0–1)</translation>
    </message>
    <message>
      <location filename="../processing/icu_hotspots.py" line="220" />
      <source>Density thresholds (inhabitants/km²)</source>
      <translation>Seuils de densité (habitants/km²)</translation>
    </message>
    <message>
      <location filename="../processing/friches_mutability.py" line="154" />
      <source>Details (site × use × criterion)</source>
      <translation>Détail (site × usage × critère)</translation>
    </message>
    <message>
      <location filename="../processing/friches_mutability.py" line="148" />
      <source>Deviations from Mutafriches</source>
      <translation>Écarts à Mutafriches</translation>
    </message>
    <message>
      <location filename="../processing/tvb_continuity.py" line="166" />
      <source>Diagonal step length</source>
      <translation>Longueur du pas diagonal</translation>
    </message>
    <message>
      <location filename="../processing/tvb_continuity.py" line="144" />
      <source>Dispersal distance (m)</source>
      <translation>Distance de dispersion (m)</translation>
    </message>
    <message>
      <location filename="../processing/icu_hotspots.py" line="172" />
      <source>Distance band</source>
      <translation>Bande de distance</translation>
    </message>
    <message>
      <location filename="../processing/friches_mutability.py" line="67" />
      <source>District heating networks</source>
      <translation>Réseaux de chaleur</translation>
    </message>
    <message>
      <location filename="../processing/zae_inventory.py" line="83" />
      <source>Dominant vocation: share of employees above (0–1)</source>
      <translation>Vocation dominante : part des emplois au-delà de (0–1)</translation>
    </message>
    <message>
      <location filename="../processing/tvb_continuity.py" line="174" />
      <source>Drop links whose path crosses another réservoir (Graphab)</source>
      <translation>Écarter les liens dont le chemin traverse un autre réservoir (Graphab)</translation>
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
      <location filename="../processing/icu_hotspots.py" line="208" />
      <source>ERP category field</source>
      <translation>Champ catégorie d'ERP</translation>
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
      <location filename="../processing/zae_inventory.py" line="84" />
      <source>Economic pole: sites closer than (m, 0 = none)</source>
      <translation>Pôle économique : sites à moins de (m, 0 = aucun)</translation>
    </message>
    <message>
      <location filename="../processing/friches_mutability.py" line="51" />
      <source>Electricity substations</source>
      <translation>Postes électriques</translation>
    </message>
    <message>
      <location filename="../processing/friches_mutability.py" line="57" />
      <source>Environmental zonings</source>
      <translation>Zonages environnementaux</translation>
    </message>
    <message>
      <location filename="../processing/tvb_continuity.py" line="77" />
      <source>Equivalent connectivity EC(PC) (ha)</source>
      <translation>Connectivité équivalente EC(PC) (ha)</translation>
    </message>
    <message>
      <location filename="../processing/zae_inventory.py" line="71" />
      <source>Establishment distance to a unit (m)</source>
      <translation>Distance établissement – unité (m)</translation>
    </message>
    <message>
      <location filename="../processing/icu_hotspots.py" line="188" />
      <source>Exact share of each pixel inside the unit</source>
      <translation>Part exacte de chaque pixel dans l'unité</translation>
    </message>
    <message>
      <location filename="../processing/tvb_continuity.py" line="167" />
      <source>Exact √2 (GRASS r.cost)</source>
      <translation>√2 exact (GRASS r.cost)</translation>
    </message>
    <message>
      <location filename="../processing/icu_hotspots.py" line="196" />
      <source>FDR correction of the classes</source>
      <translation>Correction FDR des classes</translation>
    </message>
    <message>
      <location filename="../processing/friches_mutability.py" line="53" />
      <source>Flood zones</source>
      <translation>Zones inondables</translation>
    </message>
    <message>
      <location filename="../processing/lizmap_publish.py" line="219" />
      <source>Folder as QGIS Server sees it</source>
      <translation>Dossier vu par QGIS Server</translation>
    </message>
    <message>
      <location filename="../processing/tvb_continuity.py" line="170" />
      <source>Fractions (Graphab)</source>
      <translation>Fractions (Graphab)</translation>
    </message>
    <message>
      <location filename="../processing/friches_mutability.py" line="152" />
      <source>Friches mutability</source>
      <translation>Mutabilité des friches</translation>
    </message>
    <message>
      <location filename="../processing/friches_mutability.py" line="96" />
      <source>Friches mutability (Mutafriches, all sites at once)</source>
      <translation>Mutabilité des friches (Mutafriches, tous les sites à la fois)</translation>
    </message>
    <message>
      <location filename="../processing/friches_mutability.py" line="250" />
      <source>Friches mutability – best use</source>
      <translation>Friches – usage le plus adapté</translation>
    </message>
    <message>
      <location filename="../processing/friches_mutability.py" line="157" />
      <source>Friches report (HTML)</source>
      <translation>Rapport friches (HTML)</translation>
    </message>
    <message>
      <location filename="../processing/friches_mutability.py" line="260" />
      <source>Friches – details by criterion</source>
      <translation>Friches – détail par critère</translation>
    </message>
    <message>
      <location filename="../processing/tvb_continuity.py" line="135" />
      <source>Friction</source>
      <translation>Friction</translation>
    </message>
    <message>
      <location filename="../processing/tvb_continuity.py" line="132" />
      <source>Friction table (BioDispersal CSV)</source>
      <translation>Table de friction (CSV BioDispersal)</translation>
    </message>
    <message>
      <location filename="../processing/tvb_continuity.py" line="134" />
      <source>Friction table (code, friction)</source>
      <translation>Table de friction (code, friction)</translation>
    </message>
    <message>
      <location filename="../processing/tvb_continuity.py" line="190" />
      <source>Friction table used (CSV)</source>
      <translation>Table de friction utilisée (CSV)</translation>
    </message>
    <message>
      <location filename="../processing/zan_counters.py" line="278" />
      <source>Garantie communale applied to {n} communes.</source>
      <translation>Garantie communale appliquée à {n} communes.</translation>
    </message>
    <message>
      <location filename="../processing/zan_counters.py" line="118" />
      <source>Garantie communale of 1 ha</source>
      <translation>Garantie communale de 1 ha</translation>
    </message>
    <message>
      <location filename="../processing/zan_counters.py" line="259" />
      <source>Garantie communale: every commune is taken as covered by a planning document.</source>
      <translation>Garantie communale : chaque commune est considérée comme couverte par un document d'urbanisme.</translation>
    </message>
    <message>
      <location filename="../processing/zae_inventory.py" line="141" />
      <source>GeoPackage (*.gpkg)</source>
      <translation>GeoPackage (*.gpkg)</translation>
    </message>
    <message>
      <location filename="../processing/tvb_continuity.py" line="187" />
      <source>Global connectivity indices</source>
      <translation>Indices globaux de connectivité</translation>
    </message>
    <message>
      <location filename="../processing/tvb_continuity.py" line="235" />
      <source>Graph metrics</source>
      <translation>Indices du graphe</translation>
    </message>
    <message>
      <location filename="../processing/base.py" line="42" />
      <source>Green and blue network</source>
      <translation>Trame verte et bleue</translation>
    </message>
    <message>
      <location filename="../processing/tvb_continuity.py" line="85" />
      <source>Green and blue network: réservoirs, corridors, connectivity and conflicts</source>
      <translation>Trame verte et bleue : réservoirs, corridors, connectivité et points noirs</translation>
    </message>
    <message>
      <location filename="../processing/icu_hotspots.py" line="168" />
      <source>Grid CRS (INSEE: EPSG:3035)</source>
      <translation>SCR de la grille (INSEE : 3035)</translation>
    </message>
    <message>
      <location filename="../processing/icu_hotspots.py" line="166" />
      <source>Grid cell size (m)</source>
      <translation>Taille des mailles de la grille (m)</translation>
    </message>
    <message>
      <location filename="../processing/icu_hotspots.py" line="218" />
      <source>Grid limited to the territories</source>
      <translation>Grille limitée aux territoires</translation>
    </message>
    <message>
      <location filename="../processing/friches_mutability.py" line="176" />
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
      <location filename="../processing/icu_hotspots.py" line="611" />
      <source>HOTSPOTS_RASTER: not produced (analysis units are polygons, not a grid).</source>
      <translation>HOTSPOTS_RASTER : non produit (les unités d'analyse sont des polygones, pas une grille).</translation>
    </message>
    <message>
      <location filename="../processing/friches_mutability.py" line="157" />
      <source>HTML files (*.html)</source>
      <translation>Fichiers HTML (*.html)</translation>
    </message>
    <message>
      <location filename="../processing/tvb_continuity.py" line="138" />
      <source>Habitat class codes (a,b)</source>
      <translation>Codes des classes d'habitat (a,b)</translation>
    </message>
    <message>
      <location filename="../processing/icu_hotspots.py" line="219" />
      <source>Heat levels 2, 3 from Gi* bin</source>
      <translation>Aléa 2 et 3 dès la classe Gi*</translation>
    </message>
    <message>
      <location filename="../processing/friches_mutability.py" line="58" />
      <source>Heritage servitudes</source>
      <translation>Servitudes patrimoniales</translation>
    </message>
    <message>
      <location filename="../processing/lizmap_publish.py" line="59" />
      <source>Hide the map from the landing page</source>
      <translation>Masquer la carte de la page d'accueil</translation>
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
      <location filename="../processing/icu_hotspots.py" line="301" />
      <source>Hot and cold spots (Gi*)</source>
      <translation>Points chauds et froids (Gi*)</translation>
    </message>
    <message>
      <location filename="../processing/icu_hotspots.py" line="642" />
      <source>Hot and cold spots (Gi*, raster)</source>
      <translation>Points chauds et froids (Gi*, raster)</translation>
    </message>
    <message>
      <location filename="../processing/icu_hotspots.py" line="228" />
      <source>Hot/cold spots raster (grid)</source>
      <translation>Raster chaud/froid (grille)</translation>
    </message>
    <message>
      <location filename="../processing/zan_net_artificialisation.py" line="99" />
      <source>IGN artif field</source>
      <translation>Champ artif de l'IGN</translation>
    </message>
    <message>
      <location filename="../processing/ocsge_to_postgis.py" line="52" />
      <source>IGN deliveries (folder or GeoPackage)</source>
      <translation>Livraisons IGN (dossier ou GeoPackage)</translation>
    </message>
    <message>
      <location filename="../processing/tvb_continuity.py" line="77" />
      <source>IIC index</source>
      <translation>Indice IIC</translation>
    </message>
    <message>
      <location filename="../processing/zan_counters.py" line="93" />
      <source>INSEE code field (default idcom)</source>
      <translation>Champ INSEE (défaut idcom)</translation>
    </message>
    <message>
      <location filename="../processing/icu_hotspots.py" line="205" />
      <source>INSEE square id field</source>
      <translation>Champ du carreau INSEE</translation>
    </message>
    <message>
      <location filename="../processing/icu_hotspots.py" line="175" />
      <source>If distance band: distance (m, 0 = auto)</source>
      <translation>Si bande : distance (m, 0 = auto)</translation>
    </message>
    <message>
      <location filename="../processing/icu_hotspots.py" line="177" />
      <source>If k nearest: number of neighbours</source>
      <translation>Si k plus proches : nombre de voisins</translation>
    </message>
    <message>
      <location filename="../processing/tvb_continuity.py" line="169" />
      <source>Importances (dPC, dIIC, shares)</source>
      <translation>Importances (dPC, dIIC, parts)</translation>
    </message>
    <message>
      <location filename="../processing/zae_inventory.py" line="77" />
      <source>Infill plot: built perimeter share (0–1)</source>
      <translation>Dent creuse : périmètre bâti (0–1)</translation>
    </message>
    <message>
      <location filename="../processing/zae_inventory.py" line="79" />
      <source>Infill plot: maximum area (m²)</source>
      <translation>Dent creuse : surface maximale (m²)</translation>
    </message>
    <message>
      <location filename="../processing/zae_inventory.py" line="126" />
      <source>Inventory year</source>
      <translation>Année de l'inventaire</translation>
    </message>
    <message>
      <location filename="../processing/zae_inventory.py" line="82" />
      <source>Isolated establishment: area at least (ha)</source>
      <translation>Établissement isolé : surface d'au moins (ha)</translation>
    </message>
    <message>
      <location filename="../processing/zae_inventory.py" line="81" />
      <source>Isolated establishment: more jobs than</source>
      <translation>Établissement isolé : plus d'emplois que</translation>
    </message>
    <message>
      <location filename="../processing/icu_hotspots.py" line="159" />
      <source>Kelvin</source>
      <translation>Kelvin</translation>
    </message>
    <message>
      <location filename="../processing/tvb_continuity.py" line="125" />
      <source>Land cover (raster or polygons)</source>
      <translation>Occupation du sol (raster ou polygones)</translation>
    </message>
    <message>
      <location filename="../processing/tvb_continuity.py" line="357" />
      <source>Land cover rasterised at {r:g} m: {w}×{h} cells.</source>
      <translation>Occupation du sol rastérisée à {r:g} m : {w}×{h} cellules.</translation>
    </message>
    <message>
      <location filename="../processing/tvb_continuity.py" line="335" />
      <source>Land cover read: {w}×{h} cells.</source>
      <translation>Occupation du sol lue : {w}×{h} cellules.</translation>
    </message>
    <message>
      <location filename="../processing/zae_inventory.py" line="143" />
      <source>Land units (UF-ECO)</source>
      <translation>Unités foncières (UF-ECO)</translation>
    </message>
    <message>
      <location filename="../processing/tvb_continuity.py" line="127" />
      <source>Land-cover class field (polygons)</source>
      <translation>Champ de classe (polygones)</translation>
    </message>
    <message>
      <location filename="../processing/icu_hotspots.py" line="160" />
      <source>Landsat ST_B10 raw values</source>
      <translation>Landsat ST_B10 (brut)</translation>
    </message>
    <message>
      <location filename="../processing/tvb_continuity.py" line="171" />
      <source>Landscape area for PC (ha)</source>
      <translation>Surface du paysage pour PC (ha)</translation>
    </message>
    <message>
      <location filename="../processing/base.py" line="128" />
      <source>Language of QGIS</source>
      <translation>Langue de QGIS</translation>
    </message>
    <message>
      <location filename="../processing/lizmap_publish.py" line="64" />
      <source>Layers copied into the web map: vector layers (tables without geometry go to the hidden group used by attribute tables and charts) and file rasters.</source>
      <translation>Couches copiées dans la carte web : couches vecteur (les tables sans géométrie vont dans le groupe masqué utilisé par les tables attributaires et les graphiques) et rasters en fichier.</translation>
    </message>
    <message>
      <location filename="../processing/tvb_continuity.py" line="179" />
      <source>Least-cost paths</source>
      <translation>Chemins de moindre coût</translation>
    </message>
    <message>
      <location filename="../processing/zae_inventory.py" line="87" />
      <source>Leave out SCI (legal category 6540)</source>
      <translation>Écarter les SCI (catégorie juridique 6540)</translation>
    </message>
    <message>
      <location filename="../processing/lizmap_publish.py" line="68" />
      <source>Letters, digits, '_' and '-' (at most 64); it becomes &lt;name&gt;.qgs, &lt;name&gt;.qgs.cfg and &lt;name&gt;.&lt;version&gt;.gpkg.</source>
      <translation>Lettres, chiffres, « _ » et « - » (64 au plus) ; il devient &lt;nom&gt;.qgs, &lt;nom&gt;.qgs.cfg et &lt;nom&gt;.&lt;version&gt;.gpkg.</translation>
    </message>
    <message>
      <location filename="../processing/tvb_continuity.py" line="235" />
      <source>Links</source>
      <translation>Liens</translation>
    </message>
    <message>
      <location filename="../processing/tvb_continuity.py" line="177" />
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
      <location filename="../gui/lizmap_dock.py" line="169" />
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
      <location filename="../gui/lizmap_dock.py" line="211" />
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
      <location filename="../processing/tvb_continuity.py" line="152" />
      <source>Maximum link cost (0 = none)</source>
      <translation>Coût maximal d'un lien (0 = aucun)</translation>
    </message>
    <message>
      <location filename="../processing/zan_counters.py" line="100" />
      <source>Membership table</source>
      <translation>Table d'appartenance</translation>
    </message>
    <message>
      <location filename="../processing/zan_counters.py" line="101" />
      <source>Membership: INSEE code</source>
      <translation>Appartenance : code INSEE</translation>
    </message>
    <message>
      <location filename="../processing/zan_counters.py" line="102" />
      <source>Membership: territory code</source>
      <translation>Appartenance : code territoire</translation>
    </message>
    <message>
      <location filename="../processing/zan_counters.py" line="103" />
      <source>Membership: territory name</source>
      <translation>Appartenance : nom territoire</translation>
    </message>
    <message>
      <location filename="../processing/tvb_continuity.py" line="142" />
      <source>Minimum patch area (ha)</source>
      <translation>Surface minimale des taches (ha)</translation>
    </message>
    <message>
      <location filename="../processing/friches_mutability.py" line="50" />
      <source>Motorways or accesses</source>
      <translation>Autoroutes ou échangeurs</translation>
    </message>
    <message>
      <location filename="../processing/zan_net_artificialisation.py" line="283" />
      <source>Net artificialisation</source>
      <translation>Artificialisation nette</translation>
    </message>
    <message>
      <location filename="../processing/zan_net_artificialisation.py" line="113" />
      <source>Net artificialisation report (HTML)</source>
      <translation>Rapport d'artificialisation nette (HTML)</translation>
    </message>
    <message>
      <location filename="../processing/zan_counters.py" line="120" />
      <source>None</source>
      <translation>Aucune</translation>
    </message>
    <message>
      <location filename="../processing/tvb_continuity.py" line="78" />
      <source>Number of components</source>
      <translation>Nombre de composantes</translation>
    </message>
    <message>
      <location filename="../processing/tvb_continuity.py" line="79" />
      <source>Number of links</source>
      <translation>Nombre de liens</translation>
    </message>
    <message>
      <location filename="../processing/tvb_continuity.py" line="78" />
      <source>Number of réservoirs</source>
      <translation>Nombre de réservoirs</translation>
    </message>
    <message>
      <location filename="../processing/zan_net_artificialisation.py" line="294" />
      <source>OCS GE changes</source>
      <translation>Changements OCS GE</translation>
    </message>
    <message>
      <location filename="../processing/zan_net_artificialisation.py" line="84" />
      <source>OCS GE difference</source>
      <translation>Différence OCS GE</translation>
    </message>
    <message>
      <location filename="../processing/zan_net_artificialisation.py" line="82" />
      <source>OCS GE stock, first millésime</source>
      <translation>Stock OCS GE, premier millésime</translation>
    </message>
    <message>
      <location filename="../processing/zan_net_artificialisation.py" line="83" />
      <source>OCS GE stock, last millésime</source>
      <translation>Stock OCS GE, dernier millésime</translation>
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
      <location filename="../processing/icu_hotspots.py" line="236" />
      <source>Overheating report (HTML)</source>
      <translation>Rapport surchauffe (HTML)</translation>
    </message>
    <message>
      <location filename="../processing/icu_hotspots.py" line="319" />
      <source>Overheating summary</source>
      <translation>Synthèse de la surchauffe</translation>
    </message>
    <message>
      <location filename="../processing/tvb_continuity.py" line="77" />
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
      <location filename="../processing/friches_mutability.py" line="59" />
      <source>PLU/GPU zoning</source>
      <translation>Zonage PLU/GPU</translation>
    </message>
    <message>
      <location filename="../processing/lizmap_publish.py" line="88" />
      <source>PNG or SVG embedded in the print layout (top right).</source>
      <translation>PNG ou SVG intégré à la mise en page (en haut à droite).</translation>
    </message>
    <message>
      <location filename="../processing/zae_inventory.py" line="109" />
      <source>Parcel owners (DGFiP)</source>
      <translation>Propriétaires des parcelles (DGFiP)</translation>
    </message>
    <message>
      <location filename="../processing/zae_inventory.py" line="68" />
      <source>Parcel share inside a zone (0–1)</source>
      <translation>Part de la parcelle dans la zone (0–1)</translation>
    </message>
    <message>
      <location filename="../processing/tvb_continuity.py" line="235" />
      <source>Paths</source>
      <translation>Chemins</translation>
    </message>
    <message>
      <location filename="../processing/tvb_continuity.py" line="170" />
      <source>Percentages (Conefor)</source>
      <translation>Pourcentages (Conefor)</translation>
    </message>
    <message>
      <location filename="../processing/icu_hotspots.py" line="192" />
      <source>Permutations (0 = analytical p)</source>
      <translation>Permutations (0 = p analytiques)</translation>
    </message>
    <message>
      <location filename="../processing/icu_hotspots.py" line="188" />
      <source>Pixels whose centre falls inside (faster)</source>
      <translation>Pixels dont le centre est dedans (rapide)</translation>
    </message>
    <message>
      <location filename="../processing/tvb_continuity.py" line="149" />
      <source>Planar (touching cost zones)</source>
      <translation>Planaires (zones de coût contiguës)</translation>
    </message>
    <message>
      <location filename="../processing/tvb_continuity.py" line="150" />
      <source>Planar, Graphab (Euclidean Voronoi neighbours, exact costs)</source>
      <translation>Planaires, Graphab (voisins du Voronoï euclidien, coûts exacts)</translation>
    </message>
    <message>
      <location filename="../processing/icu_hotspots.py" line="198" />
      <source>Population (Filosofi squares)</source>
      <translation>Population (carreaux Filosofi)</translation>
    </message>
    <message>
      <location filename="../processing/zan_net_artificialisation.py" line="149" />
      <source>PostGIS path: the computation runs inside the database.</source>
      <translation>Calcul PostGIS : le calcul s'exécute dans la base de données.</translation>
    </message>
    <message>
      <location filename="../processing/zan_net_artificialisation.py" line="105" />
      <source>PostGIS results table (schema.table)</source>
      <translation>Table PostGIS (schéma.table)</translation>
    </message>
    <message>
      <location filename="../processing/ocsge_to_postgis.py" line="54" />
      <source>PostgreSQL connection</source>
      <translation>Connexion PostgreSQL</translation>
    </message>
    <message>
      <location filename="../gui/lizmap_dock.py" line="473" />
      <source>Previous version kept as .bak.</source>
      <translation>Version précédente conservée en .bak.</translation>
    </message>
    <message>
      <location filename="../processing/lizmap_publish.py" line="293" />
      <source>Previous version kept: {name}</source>
      <translation>Version précédente conservée : {name}</translation>
    </message>
    <message>
      <location filename="../processing/friches_mutability.py" line="61" />
      <source>Priority neighbourhoods (QPV)</source>
      <translation>Quartiers prioritaires (QPV)</translation>
    </message>
    <message>
      <location filename="../processing/tvb_continuity.py" line="146" />
      <source>Probability at that distance</source>
      <translation>Probabilité à cette distance</translation>
    </message>
    <message>
      <location filename="../processing/lizmap_publish.py" line="48" />
      <source>Project name in the repository</source>
      <translation>Nom du projet dans le répertoire</translation>
    </message>
    <message>
      <location filename="../processing/friches_mutability.py" line="49" />
      <source>Public transport stops</source>
      <translation>Arrêts de transport en commun</translation>
    </message>
    <message>
      <location filename="../gui/lizmap_dock.py" line="236" />
      <source>Publish</source>
      <translation>Publier</translation>
    </message>
    <message>
      <location filename="../processing/lizmap_publish.py" line="136" />
      <source>Publish to Lizmap</source>
      <translation>Publier sur Lizmap</translation>
    </message>
    <message>
      <location filename="../gui/lizmap_dock.py" line="471" />
      <source>Published (not verified: no Lizmap or QGIS Server address).</source>
      <translation>Publié (non vérifié : aucune adresse Lizmap ni QGIS Server).</translation>
    </message>
    <message>
      <location filename="../gui/lizmap_dock.py" line="468" />
      <source>Published and verified: {n} layers answer.</source>
      <translation>Publié et vérifié : {n} couches répondent.</translation>
    </message>
    <message>
      <location filename="../processing/lizmap_publish.py" line="305" />
      <source>Published without verification (no Lizmap or QGIS Server address).</source>
      <translation>Publié sans vérification (aucune adresse Lizmap ni QGIS Server).</translation>
    </message>
    <message>
      <location filename="../processing/base.py" line="44" />
      <source>Publishing</source>
      <translation>Publication</translation>
    </message>
    <message>
      <location filename="../gui/lizmap_dock.py" line="67" />
      <source>Publishing to Lizmap</source>
      <translation>Publication sur Lizmap</translation>
    </message>
    <message>
      <location filename="../processing/icu_hotspots.py" line="172" />
      <source>Queen contiguity (edges, corners)</source>
      <translation>Contiguïté reine (côtés et sommets)</translation>
    </message>
    <message>
      <location filename="../processing/friches_mutability.py" line="66" />
      <source>Rail freight sidings (ITE)</source>
      <translation>Embranchements ferrés (ITE)</translation>
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
      <location filename="../gui/lizmap_dock.py" line="182" />
      <source>Read the instance</source>
      <translation>Lire l'instance</translation>
    </message>
    <message>
      <location filename="../gui/lizmap_dock.py" line="183" />
      <source>Read the version and the repositories of the Lizmap Web Client (index.php/view/app/metadata) with the authentication.</source>
      <translation>Lire la version et les répertoires du Lizmap Web Client (index.php/view/app/metadata) avec l'authentification.</translation>
    </message>
    <message>
      <location filename="../processing/zae_inventory.py" line="195" />
      <source>Reading the parcels…</source>
      <translation>Lecture des parcelles…</translation>
    </message>
    <message>
      <location filename="../processing/zae_inventory.py" line="180" />
      <source>Reading the zones…</source>
      <translation>Lecture des zones…</translation>
    </message>
    <message>
      <location filename="../processing/friches_mutability.py" line="60" />
      <source>Renewable acceleration (ZAER)</source>
      <translation>Zones d'accélération EnR</translation>
    </message>
    <message>
      <location filename="../processing/lizmap_publish.py" line="221" />
      <source>Replace a project not by AULA</source>
      <translation>Remplacer un projet non AULA</translation>
    </message>
    <message>
      <location filename="../processing/base.py" line="128" />
      <source>Report language</source>
      <translation>Langue du rapport</translation>
    </message>
    <message>
      <location filename="../processing/zae_inventory.py" line="147" />
      <source>Reports folder (one page per EPCI)</source>
      <translation>Dossier des rapports (par EPCI)</translation>
    </message>
    <message>
      <location filename="../gui/lizmap_dock.py" line="196" />
      <source>Repository folder as QGIS Server sees it</source>
      <translation>Dossier du répertoire vu par QGIS Server</translation>
    </message>
    <message>
      <location filename="../processing/lizmap_publish.py" line="76" />
      <source>Repository id in Lizmap (the one listed by the instance when its address is given).</source>
      <translation>Identifiant du répertoire dans Lizmap (celui que liste l'instance quand son adresse est donnée).</translation>
    </message>
    <message>
      <location filename="../processing/tvb_continuity.py" line="234" />
      <source>Resistance surface</source>
      <translation>Surface de résistance</translation>
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
      <location filename="../processing/tvb_continuity.py" line="234" />
      <source>Réservoirs</source>
      <translation>Réservoirs</translation>
    </message>
    <message>
      <location filename="../processing/tvb_continuity.py" line="175" />
      <source>Réservoirs (patches)</source>
      <translation>Réservoirs (taches)</translation>
    </message>
    <message>
      <location filename="../processing/tvb_continuity.py" line="140" />
      <source>Réservoirs layer (or codes)</source>
      <translation>Couche de réservoirs (ou codes)</translation>
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
      <location filename="../processing/zae_inventory.py" line="112" />
      <source>SIRENE establishments</source>
      <translation>Établissements SIRENE</translation>
    </message>
    <message>
      <location filename="../processing/zae_inventory.py" line="129" />
      <source>SIRENE geolocation (siret, x, y)</source>
      <translation>Géolocalisation SIRENE (siret, x, y)</translation>
    </message>
    <message>
      <location filename="../processing/friches_mutability.py" line="63" />
      <source>Saturated grid (renewables)</source>
      <translation>Réseau électrique saturé</translation>
    </message>
    <message>
      <location filename="../processing/ocsge_to_postgis.py" line="56" />
      <source>Schema</source>
      <translation>Schéma</translation>
    </message>
    <message>
      <location filename="../processing/friches_mutability.py" line="120" />
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
      <location filename="../processing/friches_mutability.py" line="143" />
      <source>Sensitivity draws</source>
      <translation>Tirages de sensibilité</translation>
    </message>
    <message>
      <location filename="../processing/lizmap_publish.py" line="299" />
      <source>Settings dropped (their layers are no longer published): {keys}</source>
      <translation>Réglages abandonnés (leurs couches ne sont plus publiées) : {keys}</translation>
    </message>
    <message>
      <location filename="../processing/friches_mutability.py" line="52" />
      <source>Shops and services (BPE)</source>
      <translation>Commerces et services (BPE)</translation>
    </message>
    <message>
      <location filename="../processing/friches_mutability.py" line="118" />
      <source>Site id field</source>
      <translation>Identifiant du site (champ)</translation>
    </message>
    <message>
      <location filename="../processing/tvb_continuity.py" line="136" />
      <source>Sous-trame (friction column)</source>
      <translation>Sous-trame (colonne de friction)</translation>
    </message>
    <message>
      <location filename="../processing/icu_hotspots.py" line="171" />
      <source>Spatial weights</source>
      <translation>Pondération spatiale</translation>
    </message>
    <message>
      <location filename="../processing/icu_hotspots.py" line="223" />
      <source>Stake matrix (heat × sensitivity)</source>
      <translation>Matrice d'enjeux (aléa × sensibilité)</translation>
    </message>
    <message>
      <location filename="../processing/icu_hotspots.py" line="230" />
      <source>Stakes: heat × population</source>
      <translation>Enjeux chaleur × population</translation>
    </message>
    <message>
      <location filename="../processing/icu_hotspots.py" line="232" />
      <source>Stakes: heat × sensitive ERP</source>
      <translation>Enjeux chaleur × ERP sensibles</translation>
    </message>
    <message>
      <location filename="../gui/lizmap_dock.py" line="239" />
      <source>Stop the publication: the map already published stays as it was.</source>
      <translation>Arrêter la publication : la carte déjà publiée reste telle quelle.</translation>
    </message>
    <message>
      <location filename="../processing/icu_hotspots.py" line="234" />
      <source>Summary per territory</source>
      <translation>Synthèse par territoire</translation>
    </message>
    <message>
      <location filename="../processing/icu_hotspots.py" line="214" />
      <source>Summary territories</source>
      <translation>Territoires de synthèse</translation>
    </message>
    <message>
      <location filename="../processing/icu_hotspots.py" line="153" />
      <source>Surface temperature</source>
      <translation>Température de surface</translation>
    </message>
    <message>
      <location filename="../processing/tvb_continuity.py" line="194" />
      <source>TVB report (HTML)</source>
      <translation>Rapport TVB (HTML)</translation>
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
      <location filename="../processing/friches_mutability.py" line="56" />
      <source>Technological risks</source>
      <translation>Risques technologiques</translation>
    </message>
    <message>
      <location filename="../processing/icu_hotspots.py" line="156" />
      <source>Temperature field (vector)</source>
      <translation>Champ de température</translation>
    </message>
    <message>
      <location filename="../processing/icu_hotspots.py" line="394" />
      <source>Temperature raster read: {w}×{h} pixels, {crs}.</source>
      <translation>Raster de température lu : {w}×{h} pixels, {crs}.</translation>
    </message>
    <message>
      <location filename="../processing/icu_hotspots.py" line="158" />
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
      <location filename="../processing/tvb_continuity.py" line="261" />
      <source>Timings: {t}</source>
      <translation>Temps : {t}</translation>
    </message>
    <message>
      <location filename="../processing/lizmap_publish.py" line="66" />
      <source>Title shown by Lizmap and on the print layout.</source>
      <translation>Titre affiché par Lizmap et sur la mise en page.</translation>
    </message>
    <message>
      <location filename="../processing/icu_hotspots.py" line="200" />
      <source>Total population field</source>
      <translation>Champ population totale</translation>
    </message>
    <message>
      <location filename="../processing/friches_mutability.py" line="48" />
      <source>Town halls (centre-ville ≤ 1 km)</source>
      <translation>Mairies (centre-ville ≤ 1 km)</translation>
    </message>
    <message>
      <location filename="../processing/friches_mutability.py" line="126" />
      <source>Town halls, stops, flood zones, PLU zoning… recognised by their layer names (mairies, arrets_tc, zones_inondables, zonage_plu…).</source>
      <translation>Mairies, arrêts, zones inondables, zonage du PLU… reconnus d'après le nom de leur couche (mairies, arrets_tc, zones_inondables, zonage_plu…).</translation>
    </message>
    <message>
      <location filename="../processing/icu_hotspots.py" line="201" />
      <source>Under-4 field(s)</source>
      <translation>Champ(s) moins de 4 ans</translation>
    </message>
    <message>
      <location filename="../processing/friches_mutability.py" line="54" />
      <source>Underground cavities (points)</source>
      <translation>Cavités souterraines (points)</translation>
    </message>
    <message>
      <location filename="../processing/icu_hotspots.py" line="165" />
      <source>Unit id field</source>
      <translation>Champ identifiant</translation>
    </message>
    <message>
      <location filename="../processing/icu_hotspots.py" line="187" />
      <source>Unit temperature from pixels</source>
      <translation>Température des unités (pixels)</translation>
    </message>
    <message>
      <location filename="../processing/icu_hotspots.py" line="95" />
      <source>Urban overheating: hot and cold spots (Gi*)</source>
      <translation>Surchauffe urbaine : points chauds et points froids (Gi*)</translation>
    </message>
    <message>
      <location filename="../processing/zae_inventory.py" line="123" />
      <source>Vacant business premises (LOCOMVAC, DGFiP)</source>
      <translation>Locaux d'activité vacants (LOCOMVAC, DGFiP)</translation>
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
      <location filename="../processing/friches_mutability.py" line="141" />
      <source>Weight sensitivity ± % (0 = none)</source>
      <translation>Sensibilité des poids ± % (0 = aucune)</translation>
    </message>
    <message>
      <location filename="../processing/icu_hotspots.py" line="183" />
      <source>Weights file (GAL or GWT)</source>
      <translation>Fichier de poids (GAL ou GWT)</translation>
    </message>
    <message>
      <location filename="../processing/icu_hotspots.py" line="190" />
      <source>Weights standardisation</source>
      <translation>Standardisation des poids</translation>
    </message>
    <message>
      <location filename="../processing/friches_mutability.py" line="65" />
      <source>Wetlands</source>
      <translation>Zones humides</translation>
    </message>
    <message>
      <location filename="../processing/zae_inventory.py" line="282" />
      <source>Writing the CNIG GeoPackage…</source>
      <translation>Écriture du GeoPackage CNIG…</translation>
    </message>
    <message>
      <location filename="../processing/zae_inventory.py" line="73" />
      <source>Years of inactivity before vacancy</source>
      <translation>Années sans activité avant la vacance</translation>
    </message>
    <message>
      <location filename="../processing/friches_mutability.py" line="123" />
      <source>Your own grid (JSON)</source>
      <translation>Grille personnalisée (JSON)</translation>
    </message>
    <message>
      <location filename="../processing/zae_inventory.py" line="141" />
      <source>ZAE inventory (CNIG GeoPackage)</source>
      <translation>Inventaire des ZAE (GeoPackage CNIG)</translation>
    </message>
    <message>
      <location filename="../processing/zae_inventory.py" line="276" />
      <source>ZAE land units</source>
      <translation>Unités foncières des ZAE</translation>
    </message>
    <message>
      <location filename="../processing/zae_inventory.py" line="145" />
      <source>ZAE summary per zone</source>
      <translation>Synthèse des ZAE par zone</translation>
    </message>
    <message>
      <location filename="../processing/zae_inventory.py" line="277" />
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
      <location filename="../processing/zan_net_artificialisation.py" line="61" />
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
      <location filename="../processing/base.py" line="39" />
      <source>ZAN – land consumption</source>
      <translation>ZAN – consommation d'espaces</translation>
    </message>
    <message>
      <location filename="../processing/zae_inventory.py" line="171" />
      <source>Zones in {crs}: every layer is reprojected to Lambert-93 (EPSG:2154), the CRS of the CNIG standard, and surfaces are measured there.</source>
      <translation>Zones en {crs} : toutes les couches sont reprojetées en Lambert-93 (EPSG:2154), le SCR du standard CNIG, et les surfaces y sont mesurées.</translation>
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
      <location filename="../processing/icu_hotspots.py" line="172" />
      <source>k nearest neighbours</source>
      <translation>k plus proches voisins</translation>
    </message>
    <message>
      <location filename="../gui/lizmap_dock.py" line="194" />
      <source>optional: verify through QGIS Server directly</source>
      <translation>facultatif : vérifier directement via QGIS Server</translation>
    </message>
    <message>
      <location filename="../gui/lizmap_dock.py" line="289" />
      <source>raster</source>
      <translation>raster</translation>
    </message>
    <message>
      <location filename="../processing/lizmap_publish.py" line="202" />
      <source>read from the instance (else 3.8)</source>
      <translation>lue sur l'instance (sinon 3.8)</translation>
    </message>
    <message>
      <location filename="../gui/lizmap_dock.py" line="288" />
      <source>table</source>
      <translation>table</translation>
    </message>
    <message>
      <location filename="../processing/zan_counters.py" line="171" />
      <source>territories</source>
      <translation>territoires</translation>
    </message>
    <message>
      <location filename="../processing/friches_mutability.py" line="346" />
      <source>{key}: layer '{name}' found by its name.</source>
      <translation>{key} : couche « {name} » trouvée d'après son nom.</translation>
    </message>
    <message>
      <location filename="../processing/icu_hotspots.py" line="311" />
      <source>{key}: not produced (its input layer is missing).</source>
      <translation>{key} : non produite (sa couche d'entrée est absente).</translation>
    </message>
    <message>
      <location filename="../processing/ocsge_to_postgis.py" line="74" />
      <source>{layer}: not an OCS GE layer, skipped.</source>
      <translation>{layer} : pas une couche OCS GE, ignorée.</translation>
    </message>
    <message>
      <location filename="../processing/friches_mutability.py" line="206" />
      <source>{n} features merged into {m} multi-parcel sites.</source>
      <translation>{n} entités regroupées en {m} sites multiparcellaires.</translation>
    </message>
    <message>
      <location filename="../processing/zan_net_artificialisation.py" line="160" />
      <source>{n} polygons read.</source>
      <translation>{n} polygones lus.</translation>
    </message>
    <message>
      <location filename="../processing/zae_inventory.py" line="302" />
      <source>{n} report(s) written in {folder}.</source>
      <translation>{n} rapport(s) écrit(s) dans {folder}.</translation>
    </message>
    <message>
      <location filename="../gui/lizmap_dock.py" line="432" />
      <source>{n} repositories.</source>
      <translation>{n} répertoires.</translation>
    </message>
    <message>
      <location filename="../processing/tvb_continuity.py" line="257" />
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
