<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR" sourcelanguage="en">
  <context>
    <name>AulaToolkit</name>
    <message>
      <location filename="../processing/icu_hotspots.py" line="158" />
      <source>65-or-over population field(s)</source>
      <translation>Champ(s) de la population de 65 ans ou plus</translation>
    </message>
    <message>
      <location filename="../processing/zan_counters.py" line="33" />
      <source>&lt;p&gt;Computes, for each territory, the ZAN counters of land consumption from the Cerema file: the 2011–2020 reference, the 2021–2030 envelope with the 1 ha garantie communale, what has been consumed since 2021, the projection to 2030 at the current pace and a status (on track, will exceed, already exceeded). The envelope is the reference reduced by the objective; the guarantee raises each covered commune to 1 ha at least.&lt;/p&gt;&lt;h3&gt;In the form&lt;/h3&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;Cerema consumption file&lt;/b&gt;: the communal file of the Cerema (any millésime, CSV or table) or its API long layout.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Territories&lt;/b&gt;: communes, the EPCI or SCoT of the file, or your &lt;b&gt;Membership table&lt;/b&gt; (commune → territory).&lt;/li&gt;&lt;li&gt;&lt;b&gt;Commune polygons&lt;/b&gt; (optional): to draw the territories on the map.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Territorialised objectives&lt;/b&gt; (optional), otherwise the &lt;b&gt;Default reduction objective (%)&lt;/b&gt;; &lt;b&gt;Garantie communale of 1 ha&lt;/b&gt;: all communes, only those listed, or none.&lt;/li&gt;&lt;li&gt;Under &lt;i&gt;Advanced&lt;/i&gt;: PENE consumption to deduct, guarantee pooled at EPCI level, &lt;b&gt;Report language&lt;/b&gt;.&lt;/li&gt;&lt;/ul&gt;&lt;h3&gt;Results&lt;/h3&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;ZAN counters&lt;/b&gt;: one territory per feature, coloured by status.&lt;/li&gt;&lt;li&gt;&lt;b&gt;ZAN trajectory by year&lt;/b&gt;: observed and allowed consumption, 2011–2030.&lt;/li&gt;&lt;li&gt;&lt;b&gt;ZAN report&lt;/b&gt;: an HTML page with a chart per territory, readable offline.&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;Field names, rules and examples: the &lt;i&gt;Help&lt;/i&gt; button opens the full documentation.&lt;/p&gt;</source>
      <translation>&lt;p&gt;Calcule les compteurs ZAN de consommation d'espaces de chaque territoire à partir du fichier du Cerema : la référence 2011–2020, l'enveloppe 2021–2030 avec la garantie communale de 1 ha, la consommation depuis 2021, la projection à 2030 au rythme actuel et un statut (en bonne voie, va dépasser, déjà dépassée). L'enveloppe est la référence diminuée de l'objectif ; la garantie porte chaque commune couverte à 1 ha au moins.&lt;/p&gt;&lt;h3&gt;Dans le formulaire&lt;/h3&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;Fichier de consommation du Cerema&lt;/b&gt; : le fichier communal du Cerema (tout millésime, CSV ou table) ou le format long de son API.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Territoires&lt;/b&gt; : communes, EPCI ou SCoT du fichier, ou votre &lt;b&gt;Table d'appartenance&lt;/b&gt; (commune → territoire).&lt;/li&gt;&lt;li&gt;&lt;b&gt;Polygones communaux&lt;/b&gt; (facultatif) : pour dessiner les territoires sur la carte.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Objectifs territorialisés&lt;/b&gt; (facultatif), sinon l'&lt;b&gt;Objectif de réduction par défaut (%)&lt;/b&gt; ; &lt;b&gt;Garantie communale de 1 ha&lt;/b&gt; : toutes les communes, seulement celles listées, ou aucune.&lt;/li&gt;&lt;li&gt;Sous &lt;i&gt;Paramètres avancés&lt;/i&gt; : consommation PENE à déduire, garantie mutualisée à l'EPCI, &lt;b&gt;Langue du rapport&lt;/b&gt;.&lt;/li&gt;&lt;/ul&gt;&lt;h3&gt;Résultats&lt;/h3&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;Compteurs ZAN&lt;/b&gt; : un territoire par entité, coloré selon son statut.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Trajectoire ZAN par année&lt;/b&gt; : consommation observée et autorisée, 2011–2030.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Rapport ZAN&lt;/b&gt; : une page HTML avec un graphique par territoire, lisible hors ligne.&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;Noms des champs, règles et exemples : le bouton &lt;i&gt;Aide&lt;/i&gt; ouvre la documentation complète.&lt;/p&gt;</translation>
    </message>
    <message>
      <location filename="../processing/icu_hotspots.py" line="47" />
      <source>&lt;p&gt;Finds where the territory is significantly warmer (hot spots) or cooler (cool islands) than the whole area, from a land surface temperature, and crosses the hot spots with the population and the sensitive establishments to target greening. Each unit (a 200 m square of the INSEE grid by default) is compared with its neighbours: a hot spot is a group of warm units too marked to be chance, at 90, 95 or 99 % confidence.&lt;/p&gt;&lt;h3&gt;In the form&lt;/h3&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;Surface temperature&lt;/b&gt;: a raster in °C or K, a Landsat ST_B10 band as downloaded, or points/polygons with a &lt;b&gt;Temperature field&lt;/b&gt;; &lt;b&gt;Temperature reading&lt;/b&gt; is found from the values unless you force it.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Analysis units&lt;/b&gt; (optional): IRIS or blocks; empty = the 200 m INSEE grid (&lt;b&gt;Grid cell size&lt;/b&gt;).&lt;/li&gt;&lt;li&gt;&lt;b&gt;Spatial weights&lt;/b&gt;: with &lt;i&gt;Distance band&lt;/i&gt; only &lt;b&gt;Distance band (m)&lt;/b&gt; is used; with &lt;i&gt;k nearest neighbours&lt;/i&gt; only &lt;b&gt;Number of neighbours&lt;/b&gt; is used.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Population&lt;/b&gt; (optional, INSEE Filosofi squares), &lt;b&gt;Sensitive establishments (ERP)&lt;/b&gt; (optional, schools, crèches, care homes…), &lt;b&gt;Summary territories&lt;/b&gt; (optional, communes or EPCI).&lt;/li&gt;&lt;li&gt;Under &lt;i&gt;Advanced&lt;/i&gt;: permutations, stake thresholds and matrix, &lt;b&gt;Report language&lt;/b&gt;.&lt;/li&gt;&lt;/ul&gt;&lt;h3&gt;Results&lt;/h3&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;Hot and cold spots&lt;/b&gt;: each unit with its temperature and class.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Stakes&lt;/b&gt;: overheating × population and × sensitive establishments.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Summary per territory&lt;/b&gt; and an HTML &lt;b&gt;report&lt;/b&gt; readable offline.&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;Statistics (Gi*, p-values, FDR), thresholds and field names: the &lt;i&gt;Help&lt;/i&gt; button opens the full documentation.&lt;/p&gt;</source>
      <translation>&lt;p&gt;Repère où le territoire est significativement plus chaud (points chauds) ou plus frais (îlots de fraîcheur) que l'ensemble, à partir d'une température de surface, et croise les points chauds avec la population et les établissements sensibles pour cibler la végétalisation. Chaque unité (un carreau de 200 m de la grille INSEE par défaut) est comparée à ses voisines : un point chaud est un groupe d'unités chaudes trop marqué pour être dû au hasard, avec une confiance de 90, 95 ou 99 %.&lt;/p&gt;&lt;h3&gt;Dans le formulaire&lt;/h3&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;Température de surface&lt;/b&gt; : un raster en °C ou en K, une bande ST_B10 Landsat telle que téléchargée, ou des points/polygones avec un &lt;b&gt;Champ de température&lt;/b&gt; ; la &lt;b&gt;Lecture de la température&lt;/b&gt; est déduite des valeurs sauf si vous la forcez.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Unités d'analyse&lt;/b&gt; (facultatif) : IRIS ou îlots ; vide = carroyage INSEE 200 m (&lt;b&gt;Taille des mailles de la grille&lt;/b&gt;).&lt;/li&gt;&lt;li&gt;&lt;b&gt;Pondération spatiale&lt;/b&gt; : avec &lt;i&gt;Bande de distance&lt;/i&gt;, seule la &lt;b&gt;Bande de distance (m)&lt;/b&gt; compte ; avec &lt;i&gt;k plus proches voisins&lt;/i&gt;, seul le &lt;b&gt;Nombre de voisins&lt;/b&gt; compte.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Population&lt;/b&gt; (facultatif, carreaux Filosofi de l'INSEE), &lt;b&gt;Établissements sensibles (ERP)&lt;/b&gt; (facultatif : écoles, crèches, EHPAD…), &lt;b&gt;Territoires de synthèse&lt;/b&gt; (facultatif : communes ou EPCI).&lt;/li&gt;&lt;li&gt;Sous &lt;i&gt;Paramètres avancés&lt;/i&gt; : permutations, seuils et matrice d'enjeux, &lt;b&gt;Langue du rapport&lt;/b&gt;.&lt;/li&gt;&lt;/ul&gt;&lt;h3&gt;Résultats&lt;/h3&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;Points chauds et points froids&lt;/b&gt; : chaque unité avec sa température et sa classe.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Enjeux&lt;/b&gt; : surchauffe × population et × établissements sensibles.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Synthèse par territoire&lt;/b&gt; et un &lt;b&gt;rapport&lt;/b&gt; HTML lisible hors ligne.&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;Statistique (Gi*, p-values, FDR), seuils et noms des champs : le bouton &lt;i&gt;Aide&lt;/i&gt; ouvre la documentation complète.&lt;/p&gt;</translation>
    </message>
    <message>
      <location filename="../processing/lizmap_publish.py" line="41" />
      <source>&lt;p&gt;Publishes result layers as a Lizmap web map: a clean web project (layers copied into one GeoPackage beside it, styles and French field names kept) and its Lizmap configuration (popups, attribute tables, charts), sent to a Lizmap repository. Sending is all-or-nothing: an interrupted upload leaves the published map as it was, and the previous version is kept as a backup.&lt;/p&gt;&lt;h3&gt;In the form&lt;/h3&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;Result layers to publish&lt;/b&gt;, &lt;b&gt;Map title&lt;/b&gt;, &lt;b&gt;Map abstract&lt;/b&gt;, &lt;b&gt;Project name in the repository&lt;/b&gt;.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Target&lt;/b&gt;: a &lt;b&gt;Local repository folder&lt;/b&gt; (disk or mounted share) or a &lt;b&gt;WebDAV repository&lt;/b&gt; (address and an &lt;b&gt;Authentication&lt;/b&gt; of QGIS: the password is never written anywhere).&lt;/li&gt;&lt;li&gt;&lt;b&gt;Verify the published map (WMS)&lt;/b&gt;: with the &lt;b&gt;Lizmap Web Client address&lt;/b&gt; and the &lt;b&gt;Lizmap repository id&lt;/b&gt;, checks that every layer is listed and the map draws.&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;The same publishing is available as the &lt;i&gt;AULA Toolkit — Lizmap&lt;/i&gt; panel (menu &lt;i&gt;Web&lt;/i&gt;). Details: the &lt;i&gt;Help&lt;/i&gt; button opens the full documentation.&lt;/p&gt;</source>
      <translation>&lt;p&gt;Publie des couches de résultats en carte web Lizmap : un projet web propre (couches copiées dans un GeoPackage à côté, styles et noms de champs en français conservés) et sa configuration Lizmap (infobulles, tables attributaires, graphiques), envoyés dans un répertoire Lizmap. L'envoi est tout ou rien : un envoi interrompu laisse la carte publiée intacte, et la version précédente est gardée en sauvegarde.&lt;/p&gt;&lt;h3&gt;Dans le formulaire&lt;/h3&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;Couches de résultats à publier&lt;/b&gt;, &lt;b&gt;Titre de la carte&lt;/b&gt;, &lt;b&gt;Résumé de la carte&lt;/b&gt;, &lt;b&gt;Nom du projet dans le répertoire&lt;/b&gt;.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Cible&lt;/b&gt; : un &lt;b&gt;Dossier local du répertoire&lt;/b&gt; (disque ou partage monté) ou un &lt;b&gt;Répertoire WebDAV&lt;/b&gt; (adresse et une &lt;b&gt;Authentification&lt;/b&gt; de QGIS : le mot de passe n'est écrit nulle part).&lt;/li&gt;&lt;li&gt;&lt;b&gt;Vérifier la carte publiée (WMS)&lt;/b&gt; : avec l'&lt;b&gt;Adresse de Lizmap Web Client&lt;/b&gt; et l'&lt;b&gt;Identifiant du répertoire Lizmap&lt;/b&gt;, vérifie que chaque couche est listée et que la carte s'affiche.&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;La même publication existe sous forme du panneau &lt;i&gt;AULA Toolkit — Lizmap&lt;/i&gt; (menu &lt;i&gt;Internet&lt;/i&gt;). Détails : le bouton &lt;i&gt;Aide&lt;/i&gt; ouvre la documentation complète.&lt;/p&gt;</translation>
    </message>
    <message>
      <location filename="../processing/friches_mutability.py" line="59" />
      <source>&lt;p&gt;Scores every brownfield site of a layer for the seven Mutafriches uses (housing, public facilities, culture, offices, industry, renaturation, ground-mounted solar) at once, offline. Each criterion (area, distance to a stop, flood zone, zoning…) gives the site advantages or constraints for each use, weighted by the grid; the mutability index of a use is its advantages over advantages plus constraints, and a missing criterion lowers the reliability instead of being guessed.&lt;/p&gt;&lt;h3&gt;In the form&lt;/h3&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;Brownfield sites&lt;/b&gt;: points or polygons, e.g. a Cartofriches export or the CNIG Friches standard; parcels sharing a site id are one site.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Scoring grid&lt;/b&gt;: Mutafriches v1.11, v1.16 or v1.19, or a &lt;b&gt;Grid file of your own&lt;/b&gt;.&lt;/li&gt;&lt;li&gt;&lt;b&gt;GeoPackage of context layers&lt;/b&gt;: the town halls, stops, flood zones, PLU zoning… are found in it by their names (e.g. &lt;i&gt;mairies&lt;/i&gt;, &lt;i&gt;arrets_tc&lt;/i&gt;, &lt;i&gt;zones_inondables&lt;/i&gt;, &lt;i&gt;zonage_plu&lt;/i&gt;); tick &lt;b&gt;Also look in the project's layers&lt;/b&gt; to take them from the project. Under &lt;i&gt;Advanced&lt;/i&gt;, one picker per context layer chooses or replaces a layer by hand.&lt;/li&gt;&lt;li&gt;Under &lt;i&gt;Advanced&lt;/i&gt;: weight sensitivity, &lt;b&gt;Report language&lt;/b&gt;.&lt;/li&gt;&lt;/ul&gt;&lt;h3&gt;Results&lt;/h3&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;Friches mutability&lt;/b&gt;: each site with its index and rank per use, best use, potential and reliability.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Details&lt;/b&gt; (optional): why, site × use × criterion.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Report&lt;/b&gt;: a sortable table of every site and one card per site, readable offline.&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;Field names, layer names recognised and the grid format: the &lt;i&gt;Help&lt;/i&gt; button opens the full documentation.&lt;/p&gt;</source>
      <translation>&lt;p&gt;Note en une fois chaque site en friche d'une couche pour les sept usages de Mutafriches (logement, équipements publics, culture, tertiaire, industrie, renaturation, photovoltaïque au sol), hors ligne. Chaque critère (surface, distance à un arrêt, zone inondable, zonage…) donne au site des atouts ou des contraintes pour chaque usage, pondérés par la grille ; l'indice de mutabilité d'un usage rapporte ses atouts à la somme des atouts et des contraintes, et un critère manquant baisse la fiabilité au lieu d'être deviné.&lt;/p&gt;&lt;h3&gt;Dans le formulaire&lt;/h3&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;Sites en friche&lt;/b&gt; : points ou polygones, par exemple un export Cartofriches ou le standard CNIG Friches ; les parcelles partageant un identifiant de site forment un seul site.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Grille de notation&lt;/b&gt; : Mutafriches v1.11, v1.16 ou v1.19, ou un &lt;b&gt;Fichier de grille personnalisée&lt;/b&gt;.&lt;/li&gt;&lt;li&gt;&lt;b&gt;GeoPackage des couches de contexte&lt;/b&gt; : les mairies, arrêts, zones inondables, zonage du PLU… y sont trouvés d'après leur nom (par ex. &lt;i&gt;mairies&lt;/i&gt;, &lt;i&gt;arrets_tc&lt;/i&gt;, &lt;i&gt;zones_inondables&lt;/i&gt;, &lt;i&gt;zonage_plu&lt;/i&gt;) ; cochez &lt;b&gt;Chercher aussi dans les couches du projet&lt;/b&gt; pour les prendre dans le projet. Sous &lt;i&gt;Paramètres avancés&lt;/i&gt;, un sélecteur par couche de contexte en choisit ou en remplace une à la main.&lt;/li&gt;&lt;li&gt;Sous &lt;i&gt;Paramètres avancés&lt;/i&gt; : sensibilité des poids, &lt;b&gt;Langue du rapport&lt;/b&gt;.&lt;/li&gt;&lt;/ul&gt;&lt;h3&gt;Résultats&lt;/h3&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;Mutabilité des friches&lt;/b&gt; : chaque site avec son indice et son rang par usage, l'usage le plus adapté, le potentiel et la fiabilité.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Détail&lt;/b&gt; (facultatif) : le pourquoi, site × usage × critère.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Rapport&lt;/b&gt; : un tableau triable de tous les sites et une fiche par site, lisible hors ligne.&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;Noms des champs, noms de couches reconnus et format des grilles : le bouton &lt;i&gt;Aide&lt;/i&gt; ouvre la documentation complète.&lt;/p&gt;</translation>
    </message>
    <message>
      <location filename="../plugin.py" line="43" />
      <source>AULA Toolkit</source>
      <translation>AULA Toolkit</translation>
    </message>
    <message>
      <location filename="../processing/provider.py" line="31" />
      <source>AULA Toolkit {version} – territorial analysis</source>
      <translation>AULA Toolkit {version} – analyse territoriale</translation>
    </message>
    <message>
      <location filename="../plugin.py" line="38" />
      <source>AULA Toolkit — Lizmap</source>
      <translation>AULA Toolkit — Lizmap</translation>
    </message>
    <message>
      <location filename="../gui/lizmap_dock.py" line="126" />
      <source>Abstract</source>
      <translation>Résumé</translation>
    </message>
    <message>
      <location filename="../processing/zan_counters.py" line="117" />
      <source>All communes (covered by a planning document)</source>
      <translation>Toutes les communes (couvertes par un document d'urbanisme)</translation>
    </message>
    <message>
      <location filename="../processing/friches_mutability.py" line="114" />
      <source>Also look in the project's layers (by their names)</source>
      <translation>Chercher aussi dans les couches du projet (d'après leur nom)</translation>
    </message>
    <message>
      <location filename="../processing/icu_hotspots.py" line="131" />
      <source>Analysis units (polygons; empty = 200 m INSEE grid)</source>
      <translation>Unités d'analyse (polygones ; vide = carroyage INSEE 200 m)</translation>
    </message>
    <message>
      <location filename="../gui/lizmap_dock.py" line="156" />
      <source>Authentication</source>
      <translation>Authentification</translation>
    </message>
    <message>
      <location filename="../processing/lizmap_publish.py" line="123" />
      <source>Authentication (QGIS authentication database)</source>
      <translation>Authentification (base d'authentification de QGIS)</translation>
    </message>
    <message>
      <location filename="../processing/icu_hotspots.py" line="127" />
      <source>Automatic (from the values)</source>
      <translation>Automatique (d'après les valeurs)</translation>
    </message>
    <message>
      <location filename="../processing/lizmap_publish.py" line="139" />
      <source>Backups of the previous version</source>
      <translation>Sauvegardes de la version précédente</translation>
    </message>
    <message>
      <location filename="../processing/icu_hotspots.py" line="146" />
      <source>Binary</source>
      <translation>Binaire</translation>
    </message>
    <message>
      <location filename="../processing/friches_mutability.py" line="101" />
      <source>Brownfield sites (points or polygons)</source>
      <translation>Sites en friche (points ou polygones)</translation>
    </message>
    <message>
      <location filename="../processing/base.py" line="33" />
      <source>Brownfields</source>
      <translation>Friches</translation>
    </message>
    <message>
      <location filename="../processing/friches_mutability.py" line="51" />
      <source>Business parks (ZAE)</source>
      <translation>Zones d'activités économiques (ZAE)</translation>
    </message>
    <message>
      <location filename="../processing/base.py" line="36" />
      <source>Business zones</source>
      <translation>Zones d'activités</translation>
    </message>
    <message>
      <location filename="../gui/lizmap_dock.py" line="166" />
      <source>Cancel</source>
      <translation>Annuler</translation>
    </message>
    <message>
      <location filename="../processing/zan_counters.py" line="90" />
      <source>Cerema consumption file (CSV, shapefile or table)</source>
      <translation>Fichier de consommation du Cerema (CSV, shapefile ou table)</translation>
    </message>
    <message>
      <location filename="../processing/friches_mutability.py" line="44" />
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
      <location filename="../processing/zan_counters.py" line="103" />
      <source>Commune polygons (to draw the territories)</source>
      <translation>Polygones communaux (pour dessiner les territoires)</translation>
    </message>
    <message>
      <location filename="../processing/zan_counters.py" line="105" />
      <source>Commune polygons: INSEE code field</source>
      <translation>Polygones communaux : champ du code INSEE</translation>
    </message>
    <message>
      <location filename="../processing/zan_counters.py" line="95" />
      <source>Communes</source>
      <translation>Communes</translation>
    </message>
    <message>
      <location filename="../processing/icu_hotspots.py" line="147" />
      <source>Conditional permutations (0 = analytical p-values)</source>
      <translation>Permutations conditionnelles (0 = p-values analytiques)</translation>
    </message>
    <message>
      <location filename="../processing/zan_counters.py" line="144" />
      <source>Consumption file read: {n} communes, years {a}–{b} ({layout}).</source>
      <translation>Fichier de consommation lu : {n} communes, années {a}–{b} ({layout}).</translation>
    </message>
    <message>
      <location filename="../processing/zan_counters.py" line="112" />
      <source>Default reduction objective (%)</source>
      <translation>Objectif de réduction par défaut (%)</translation>
    </message>
    <message>
      <location filename="../processing/icu_hotspots.py" line="127" />
      <source>Degrees Celsius</source>
      <translation>Degrés Celsius</translation>
    </message>
    <message>
      <location filename="../processing/icu_hotspots.py" line="175" />
      <source>Density thresholds (inhabitants/km²)</source>
      <translation>Seuils de densité (habitants/km²)</translation>
    </message>
    <message>
      <location filename="../processing/icu_hotspots.py" line="139" />
      <source>Distance band</source>
      <translation>Bande de distance</translation>
    </message>
    <message>
      <location filename="../processing/icu_hotspots.py" line="141" />
      <source>Distance band (m; 0 = smallest distance giving every unit a neighbour)</source>
      <translation>Bande de distance (m ; 0 = plus petite distance donnant un voisin à chaque unité)</translation>
    </message>
    <message>
      <location filename="../processing/friches_mutability.py" line="56" />
      <source>District heating networks</source>
      <translation>Réseaux de chaleur</translation>
    </message>
    <message>
      <location filename="../processing/zan_counters.py" line="166" />
      <source>EPCI</source>
      <translation>EPCI</translation>
    </message>
    <message>
      <location filename="../processing/zan_counters.py" line="95" />
      <source>EPCI (column epciYY of the file)</source>
      <translation>EPCI (colonne epciAA du fichier)</translation>
    </message>
    <message>
      <location filename="../processing/icu_hotspots.py" line="163" />
      <source>ERP category field (BPE TYPEQU, FINESS category or text)</source>
      <translation>Champ de la catégorie d'ERP (TYPEQU de la BPE, catégorie FINESS ou texte)</translation>
    </message>
    <message>
      <location filename="../processing/icu_hotspots.py" line="177" />
      <source>ERP count thresholds</source>
      <translation>Seuils du nombre d'ERP</translation>
    </message>
    <message>
      <location filename="../processing/icu_hotspots.py" line="164" />
      <source>ERP name field</source>
      <translation>Champ du nom de l'ERP</translation>
    </message>
    <message>
      <location filename="../processing/friches_mutability.py" line="40" />
      <source>Electricity substations</source>
      <translation>Postes électriques</translation>
    </message>
    <message>
      <location filename="../processing/friches_mutability.py" line="46" />
      <source>Environmental zonings (field type: Natura 2000, ZNIEFF…)</source>
      <translation>Zonages environnementaux (champ type : Natura 2000, ZNIEFF…)</translation>
    </message>
    <message>
      <location filename="../processing/icu_hotspots.py" line="151" />
      <source>False Discovery Rate correction of the bins</source>
      <translation>Correction FDR (taux de fausses découvertes) des classes</translation>
    </message>
    <message>
      <location filename="../processing/friches_mutability.py" line="42" />
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
      <location filename="../processing/friches_mutability.py" line="133" />
      <source>Friches mutability</source>
      <translation>Mutabilité des friches</translation>
    </message>
    <message>
      <location filename="../processing/friches_mutability.py" line="82" />
      <source>Friches mutability (Mutafriches, all sites at once)</source>
      <translation>Mutabilité des friches (Mutafriches, tous les sites à la fois)</translation>
    </message>
    <message>
      <location filename="../processing/friches_mutability.py" line="135" />
      <source>Friches mutability details (site × use × criterion)</source>
      <translation>Détail de la mutabilité des friches (site × usage × critère)</translation>
    </message>
    <message>
      <location filename="../processing/friches_mutability.py" line="138" />
      <source>Friches mutability report (HTML)</source>
      <translation>Rapport de mutabilité des friches (HTML)</translation>
    </message>
    <message>
      <location filename="../processing/friches_mutability.py" line="205" />
      <source>Friches mutability – best use</source>
      <translation>Friches – usage le plus adapté</translation>
    </message>
    <message>
      <location filename="../processing/friches_mutability.py" line="214" />
      <source>Friches – details by criterion</source>
      <translation>Friches – détail par critère</translation>
    </message>
    <message>
      <location filename="../processing/zan_counters.py" line="278" />
      <source>Garantie communale applied to {n} communes.</source>
      <translation>Garantie communale appliquée à {n} communes.</translation>
    </message>
    <message>
      <location filename="../processing/zan_counters.py" line="116" />
      <source>Garantie communale of 1 ha</source>
      <translation>Garantie communale de 1 ha</translation>
    </message>
    <message>
      <location filename="../processing/zan_counters.py" line="259" />
      <source>Garantie communale: every commune is taken as covered by a planning document.</source>
      <translation>Garantie communale : chaque commune est considérée comme couverte par un document d'urbanisme.</translation>
    </message>
    <message>
      <location filename="../processing/friches_mutability.py" line="110" />
      <source>GeoPackage of context layers (found by their names)</source>
      <translation>GeoPackage des couches de contexte (trouvées d'après leur nom)</translation>
    </message>
    <message>
      <location filename="../processing/base.py" line="35" />
      <source>Green and blue network</source>
      <translation>Trame verte et bleue</translation>
    </message>
    <message>
      <location filename="../processing/friches_mutability.py" line="53" />
      <source>Green and blue network (field type)</source>
      <translation>Trame verte et bleue (champ type)</translation>
    </message>
    <message>
      <location filename="../processing/icu_hotspots.py" line="136" />
      <source>Grid CRS (INSEE grid: EPSG:3035)</source>
      <translation>SCR de la grille (carroyage INSEE : EPSG:3035)</translation>
    </message>
    <message>
      <location filename="../processing/icu_hotspots.py" line="134" />
      <source>Grid cell size (m)</source>
      <translation>Taille des mailles de la grille (m)</translation>
    </message>
    <message>
      <location filename="../processing/friches_mutability.py" line="108" />
      <source>Grid file of your own (JSON, replaces GRID)</source>
      <translation>Fichier de grille personnalisée (JSON, remplace GRID)</translation>
    </message>
    <message>
      <location filename="../processing/friches_mutability.py" line="156" />
      <source>Grid: {name} ({n} criteria).</source>
      <translation>Grille : {name} ({n} critères).</translation>
    </message>
    <message>
      <location filename="../processing/zan_counters.py" line="125" />
      <source>Guarantee pooled at EPCI level</source>
      <translation>Garantie mutualisée à l'échelle de l'EPCI</translation>
    </message>
    <message>
      <location filename="../processing/zan_counters.py" line="122" />
      <source>Guarantee: INSEE codes of covered communes (comma-separated)</source>
      <translation>Garantie : codes INSEE des communes couvertes (séparés par des virgules)</translation>
    </message>
    <message>
      <location filename="../processing/zan_counters.py" line="119" />
      <source>Guarantee: membership field flagging covered communes (1/oui)</source>
      <translation>Garantie : champ de la table d'appartenance signalant les communes couvertes (1/oui)</translation>
    </message>
    <message>
      <location filename="../processing/friches_mutability.py" line="138" />
      <source>HTML files (*.html)</source>
      <translation>Fichiers HTML (*.html)</translation>
    </message>
    <message>
      <location filename="../processing/icu_hotspots.py" line="174" />
      <source>Heat levels 2 and 3 from Gi* bin</source>
      <translation>Niveaux d'aléa 2 et 3 à partir de la classe Gi*</translation>
    </message>
    <message>
      <location filename="../processing/friches_mutability.py" line="47" />
      <source>Heritage servitudes (field type: AC1, AC2, AC4)</source>
      <translation>Servitudes patrimoniales (champ type : AC1, AC2, AC4)</translation>
    </message>
    <message>
      <location filename="../processing/icu_hotspots.py" line="167" />
      <source>Highly sensitive ERP codes (prefixes)</source>
      <translation>Codes des ERP très sensibles (préfixes)</translation>
    </message>
    <message>
      <location filename="../processing/icu_hotspots.py" line="180" />
      <source>Hot and cold spots</source>
      <translation>Points chauds et points froids</translation>
    </message>
    <message>
      <location filename="../processing/icu_hotspots.py" line="231" />
      <source>Hot and cold spots (Gi*)</source>
      <translation>Points chauds et froids (Gi*)</translation>
    </message>
    <message>
      <location filename="../processing/icu_hotspots.py" line="160" />
      <source>INSEE cell identifier field (default Idcar_200m)</source>
      <translation>Champ de l'identifiant du carreau INSEE (Idcar_200m par défaut)</translation>
    </message>
    <message>
      <location filename="../processing/zan_counters.py" line="91" />
      <source>INSEE code field of the consumption file (default: idcom)</source>
      <translation>Champ du code INSEE du fichier de consommation (par défaut : idcom)</translation>
    </message>
    <message>
      <location filename="../processing/icu_hotspots.py" line="127" />
      <source>Kelvin</source>
      <translation>Kelvin</translation>
    </message>
    <message>
      <location filename="../processing/icu_hotspots.py" line="128" />
      <source>Landsat Collection 2 Level-2 ST_B10 raw values</source>
      <translation>Valeurs brutes ST_B10 Landsat Collection 2 Level-2</translation>
    </message>
    <message>
      <location filename="../processing/base.py" line="115" />
      <source>Language of QGIS</source>
      <translation>Langue de QGIS</translation>
    </message>
    <message>
      <location filename="../processing/lizmap_publish.py" line="114" />
      <source>Letters, digits, '_' and '-'; it becomes &lt;name&gt;.qgs, &lt;name&gt;.qgs.cfg and &lt;name&gt;.gpkg.</source>
      <translation>Lettres, chiffres, « _ » et « - » ; il devient &lt;nom&gt;.qgs, &lt;nom&gt;.qgs.cfg et &lt;nom&gt;.gpkg.</translation>
    </message>
    <message>
      <location filename="../gui/lizmap_dock.py" line="157" />
      <source>Lizmap Web Client</source>
      <translation>Lizmap Web Client</translation>
    </message>
    <message>
      <location filename="../processing/lizmap_publish.py" line="121" />
      <source>Lizmap Web Client address</source>
      <translation>Adresse de Lizmap Web Client</translation>
    </message>
    <message>
      <location filename="../processing/lizmap_publish.py" line="125" />
      <source>Lizmap Web Client version</source>
      <translation>Version de Lizmap Web Client</translation>
    </message>
    <message>
      <location filename="../processing/lizmap_publish.py" line="137" />
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
      <location filename="../processing/lizmap_publish.py" line="122" />
      <source>Lizmap repository id</source>
      <translation>Identifiant du répertoire Lizmap</translation>
    </message>
    <message>
      <location filename="../gui/lizmap_dock.py" line="133" />
      <source>Local folder (mounted share)</source>
      <translation>Dossier local (partage monté)</translation>
    </message>
    <message>
      <location filename="../processing/lizmap_publish.py" line="117" />
      <source>Local repository folder</source>
      <translation>Dossier local du répertoire</translation>
    </message>
    <message>
      <location filename="../processing/lizmap_publish.py" line="110" />
      <source>Map abstract (French)</source>
      <translation>Résumé de la carte</translation>
    </message>
    <message>
      <location filename="../processing/lizmap_publish.py" line="108" />
      <source>Map title (French)</source>
      <translation>Titre de la carte</translation>
    </message>
    <message>
      <location filename="../processing/zan_counters.py" line="96" />
      <source>Membership table</source>
      <translation>Table d'appartenance</translation>
    </message>
    <message>
      <location filename="../processing/zan_counters.py" line="98" />
      <source>Membership table (commune → territory)</source>
      <translation>Table d'appartenance (commune → territoire)</translation>
    </message>
    <message>
      <location filename="../processing/zan_counters.py" line="99" />
      <source>Membership: commune INSEE code field</source>
      <translation>Appartenance : champ du code INSEE de la commune</translation>
    </message>
    <message>
      <location filename="../processing/zan_counters.py" line="100" />
      <source>Membership: territory code field</source>
      <translation>Appartenance : champ du code du territoire</translation>
    </message>
    <message>
      <location filename="../processing/zan_counters.py" line="101" />
      <source>Membership: territory name field</source>
      <translation>Appartenance : champ du nom du territoire</translation>
    </message>
    <message>
      <location filename="../processing/friches_mutability.py" line="39" />
      <source>Motorways or motorway accesses</source>
      <translation>Autoroutes ou accès autoroutiers</translation>
    </message>
    <message>
      <location filename="../processing/zan_counters.py" line="118" />
      <source>None</source>
      <translation>Aucune</translation>
    </message>
    <message>
      <location filename="../processing/icu_hotspots.py" line="143" />
      <source>Number of neighbours (k nearest)</source>
      <translation>Nombre de voisins (k plus proches)</translation>
    </message>
    <message>
      <location filename="../processing/zan_counters.py" line="110" />
      <source>Objectives: parent territory code field</source>
      <translation>Objectifs : champ du code du territoire parent</translation>
    </message>
    <message>
      <location filename="../processing/zan_counters.py" line="109" />
      <source>Objectives: reduction % field</source>
      <translation>Objectifs : champ du % de réduction</translation>
    </message>
    <message>
      <location filename="../processing/zan_counters.py" line="108" />
      <source>Objectives: territory code field</source>
      <translation>Objectifs : champ du code du territoire</translation>
    </message>
    <message>
      <location filename="../processing/zan_counters.py" line="117" />
      <source>Only communes flagged or listed</source>
      <translation>Seulement les communes signalées ou listées</translation>
    </message>
    <message>
      <location filename="../processing/icu_hotspots.py" line="188" />
      <source>Overheating report (HTML)</source>
      <translation>Rapport sur la surchauffe (HTML)</translation>
    </message>
    <message>
      <location filename="../processing/icu_hotspots.py" line="247" />
      <source>Overheating summary</source>
      <translation>Synthèse de la surchauffe</translation>
    </message>
    <message>
      <location filename="../processing/icu_hotspots.py" line="186" />
      <source>Overheating summary per territory</source>
      <translation>Synthèse de la surchauffe par territoire</translation>
    </message>
    <message>
      <location filename="../processing/zan_counters.py" line="127" />
      <source>PENE consumption to deduct (m² per commune or territory)</source>
      <translation>Consommation PENE à déduire (m² par commune ou territoire)</translation>
    </message>
    <message>
      <location filename="../processing/zan_counters.py" line="129" />
      <source>PENE: commune or territory code field</source>
      <translation>PENE : champ du code de la commune ou du territoire</translation>
    </message>
    <message>
      <location filename="../processing/zan_counters.py" line="130" />
      <source>PENE: consumption field (m²)</source>
      <translation>PENE : champ de la consommation (m²)</translation>
    </message>
    <message>
      <location filename="../processing/friches_mutability.py" line="48" />
      <source>PLU/GPU zoning (typezone, destdomi, libelong)</source>
      <translation>Zonage PLU/GPU (typezone, destdomi, libelong)</translation>
    </message>
    <message>
      <location filename="../processing/icu_hotspots.py" line="153" />
      <source>Population (INSEE Filosofi 200 m squares or polygons/points)</source>
      <translation>Population (carreaux INSEE Filosofi 200 m ou polygones/points)</translation>
    </message>
    <message>
      <location filename="../gui/lizmap_dock.py" line="336" />
      <source>Previous version kept as .bak.</source>
      <translation>Version précédente conservée en .bak.</translation>
    </message>
    <message>
      <location filename="../processing/lizmap_publish.py" line="184" />
      <source>Previous version kept: {name}</source>
      <translation>Version précédente conservée : {name}</translation>
    </message>
    <message>
      <location filename="../processing/friches_mutability.py" line="50" />
      <source>Priority neighbourhoods (QPV)</source>
      <translation>Quartiers prioritaires de la politique de la ville (QPV)</translation>
    </message>
    <message>
      <location filename="../gui/lizmap_dock.py" line="127" />
      <source>Project name</source>
      <translation>Nom du projet</translation>
    </message>
    <message>
      <location filename="../processing/lizmap_publish.py" line="112" />
      <source>Project name in the repository</source>
      <translation>Nom du projet dans le répertoire</translation>
    </message>
    <message>
      <location filename="../processing/friches_mutability.py" line="38" />
      <source>Public transport stops (&lt; 500 m)</source>
      <translation>Arrêts de transport en commun (&lt; 500 m)</translation>
    </message>
    <message>
      <location filename="../gui/lizmap_dock.py" line="165" />
      <source>Publish</source>
      <translation>Publier</translation>
    </message>
    <message>
      <location filename="../processing/lizmap_publish.py" line="74" />
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
      <location filename="../processing/lizmap_publish.py" line="189" />
      <source>Published without verification (no Lizmap or QGIS Server address).</source>
      <translation>Publié sans vérification (aucune adresse Lizmap ni QGIS Server).</translation>
    </message>
    <message>
      <location filename="../processing/base.py" line="37" />
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
      <location filename="../processing/friches_mutability.py" line="55" />
      <source>Rail freight sidings (ITE, field etat)</source>
      <translation>Installations terminales embranchées (ITE, champ etat)</translation>
    </message>
    <message>
      <location filename="../processing/icu_hotspots.py" line="149" />
      <source>Random seed of the permutations</source>
      <translation>Graine aléatoire des permutations</translation>
    </message>
    <message>
      <location filename="../processing/icu_hotspots.py" line="129" />
      <source>Raster band</source>
      <translation>Bande du raster</translation>
    </message>
    <message>
      <location filename="../processing/friches_mutability.py" line="49" />
      <source>Renewable energy acceleration zones (ZAER)</source>
      <translation>Zones d'accélération des énergies renouvelables (ZAER)</translation>
    </message>
    <message>
      <location filename="../processing/lizmap_publish.py" line="133" />
      <source>Replace a project of the same name not published by AULA Toolkit</source>
      <translation>Remplacer un projet du même nom non publié par AULA Toolkit</translation>
    </message>
    <message>
      <location filename="../processing/base.py" line="115" />
      <source>Report language</source>
      <translation>Langue du rapport</translation>
    </message>
    <message>
      <location filename="../gui/lizmap_dock.py" line="155" />
      <source>Repository</source>
      <translation>Répertoire</translation>
    </message>
    <message>
      <location filename="../processing/lizmap_publish.py" line="131" />
      <source>Repository folder as QGIS Server sees it</source>
      <translation>Dossier du répertoire vu par QGIS Server</translation>
    </message>
    <message>
      <location filename="../processing/icu_hotspots.py" line="173" />
      <source>Restrict the grid to the summary territories</source>
      <translation>Restreindre la grille aux territoires de synthèse</translation>
    </message>
    <message>
      <location filename="../processing/lizmap_publish.py" line="106" />
      <source>Result layers to publish</source>
      <translation>Couches de résultats à publier</translation>
    </message>
    <message>
      <location filename="../processing/icu_hotspots.py" line="146" />
      <source>Row-standardised</source>
      <translation>Standardisée par ligne</translation>
    </message>
    <message>
      <location filename="../processing/zan_counters.py" line="167" />
      <source>SCoT</source>
      <translation>SCoT</translation>
    </message>
    <message>
      <location filename="../processing/zan_counters.py" line="95" />
      <source>SCoT (column scot of the file)</source>
      <translation>SCoT (colonne scot du fichier)</translation>
    </message>
    <message>
      <location filename="../processing/friches_mutability.py" line="52" />
      <source>Saturated grid zones for renewables</source>
      <translation>Zones de réseau électrique saturé pour les EnR</translation>
    </message>
    <message>
      <location filename="../processing/friches_mutability.py" line="105" />
      <source>Scoring grid</source>
      <translation>Grille de notation</translation>
    </message>
    <message>
      <location filename="../processing/icu_hotspots.py" line="165" />
      <source>Sensitive ERP codes (prefixes)</source>
      <translation>Codes des ERP sensibles (préfixes)</translation>
    </message>
    <message>
      <location filename="../processing/icu_hotspots.py" line="162" />
      <source>Sensitive establishments (ERP)</source>
      <translation>Établissements sensibles (ERP)</translation>
    </message>
    <message>
      <location filename="../processing/friches_mutability.py" line="128" />
      <source>Sensitivity draws</source>
      <translation>Tirages de sensibilité</translation>
    </message>
    <message>
      <location filename="../processing/friches_mutability.py" line="41" />
      <source>Shops and services (BPE, field typequ)</source>
      <translation>Commerces et services (BPE, champ typequ)</translation>
    </message>
    <message>
      <location filename="../processing/friches_mutability.py" line="103" />
      <source>Site id field (default: site_id)</source>
      <translation>Champ de l'identifiant du site (par défaut : site_id)</translation>
    </message>
    <message>
      <location filename="../processing/icu_hotspots.py" line="138" />
      <source>Spatial weights</source>
      <translation>Pondération spatiale</translation>
    </message>
    <message>
      <location filename="../processing/icu_hotspots.py" line="178" />
      <source>Stake matrix (rows heat 1→3; columns sensitivity 1→3)</source>
      <translation>Matrice d'enjeux (lignes : aléa 1→3 ; colonnes : sensibilité 1→3)</translation>
    </message>
    <message>
      <location filename="../processing/icu_hotspots.py" line="182" />
      <source>Stakes: heat × population</source>
      <translation>Enjeux chaleur × population</translation>
    </message>
    <message>
      <location filename="../processing/icu_hotspots.py" line="184" />
      <source>Stakes: heat × sensitive ERP</source>
      <translation>Enjeux chaleur × ERP sensibles</translation>
    </message>
    <message>
      <location filename="../processing/icu_hotspots.py" line="169" />
      <source>Summary territories (communes, EPCI)</source>
      <translation>Territoires de synthèse (communes, EPCI)</translation>
    </message>
    <message>
      <location filename="../processing/icu_hotspots.py" line="121" />
      <source>Surface temperature (raster, Landsat ST_B10, or points/polygons)</source>
      <translation>Température de surface (raster, Landsat ST_B10, ou points/polygones)</translation>
    </message>
    <message>
      <location filename="../processing/lizmap_publish.py" line="115" />
      <source>Target</source>
      <translation>Cible</translation>
    </message>
    <message>
      <location filename="../processing/friches_mutability.py" line="45" />
      <source>Technological risks (ICPE/SIS points or PPRT zones)</source>
      <translation>Risques technologiques (points ICPE/SIS ou zones PPRT)</translation>
    </message>
    <message>
      <location filename="../processing/icu_hotspots.py" line="124" />
      <source>Temperature field (vector temperature layer)</source>
      <translation>Champ de température (couche vecteur de température)</translation>
    </message>
    <message>
      <location filename="../processing/icu_hotspots.py" line="322" />
      <source>Temperature raster read: {w}×{h} pixels, {crs}.</source>
      <translation>Raster de température lu : {w}×{h} pixels, {crs}.</translation>
    </message>
    <message>
      <location filename="../processing/icu_hotspots.py" line="126" />
      <source>Temperature reading</source>
      <translation>Lecture de la température</translation>
    </message>
    <message>
      <location filename="../processing/zan_counters.py" line="107" />
      <source>Territorialised objectives (SRADDET, SCoT…)</source>
      <translation>Objectifs territorialisés (SRADDET, SCoT…)</translation>
    </message>
    <message>
      <location filename="../processing/zan_counters.py" line="94" />
      <source>Territories</source>
      <translation>Territoires</translation>
    </message>
    <message>
      <location filename="../processing/icu_hotspots.py" line="171" />
      <source>Territory code field</source>
      <translation>Champ du code du territoire</translation>
    </message>
    <message>
      <location filename="../processing/icu_hotspots.py" line="172" />
      <source>Territory name field</source>
      <translation>Champ du nom du territoire</translation>
    </message>
    <message>
      <location filename="../gui/lizmap_dock.py" line="125" />
      <source>Title</source>
      <translation>Titre</translation>
    </message>
    <message>
      <location filename="../processing/icu_hotspots.py" line="155" />
      <source>Total population field (default Ind)</source>
      <translation>Champ de la population totale (Ind par défaut)</translation>
    </message>
    <message>
      <location filename="../processing/friches_mutability.py" line="37" />
      <source>Town halls (centre-ville ≤ 1 km)</source>
      <translation>Mairies (centre-ville ≤ 1 km)</translation>
    </message>
    <message>
      <location filename="../processing/friches_mutability.py" line="111" />
      <source>Town halls, stops, flood zones, PLU zoning… recognised by their layer names (mairies, arrets_tc, zones_inondables, zonage_plu…).</source>
      <translation>Mairies, arrêts, zones inondables, zonage du PLU… reconnus d'après le nom de leur couche (mairies, arrets_tc, zones_inondables, zonage_plu…).</translation>
    </message>
    <message>
      <location filename="../processing/icu_hotspots.py" line="156" />
      <source>Under-4 population field(s)</source>
      <translation>Champ(s) de la population de moins de 4 ans</translation>
    </message>
    <message>
      <location filename="../processing/friches_mutability.py" line="43" />
      <source>Underground cavities (points)</source>
      <translation>Cavités souterraines (points)</translation>
    </message>
    <message>
      <location filename="../processing/icu_hotspots.py" line="133" />
      <source>Unit identifier field</source>
      <translation>Champ de l'identifiant des unités</translation>
    </message>
    <message>
      <location filename="../processing/icu_hotspots.py" line="70" />
      <source>Urban overheating: hot and cold spots (Gi*)</source>
      <translation>Surchauffe urbaine : points chauds et points froids (Gi*)</translation>
    </message>
    <message>
      <location filename="../processing/lizmap_publish.py" line="138" />
      <source>Verified</source>
      <translation>Vérifié</translation>
    </message>
    <message>
      <location filename="../processing/lizmap_publish.py" line="186" />
      <source>Verified: {n} layers listed by GetCapabilities, GetMap image of {b} bytes.</source>
      <translation>Vérifié : {n} couches listées par GetCapabilities, image GetMap de {b} octets.</translation>
    </message>
    <message>
      <location filename="../gui/lizmap_dock.py" line="146" />
      <source>Verify the map once published</source>
      <translation>Vérifier la carte une fois publiée</translation>
    </message>
    <message>
      <location filename="../processing/lizmap_publish.py" line="127" />
      <source>Verify the published map (WMS)</source>
      <translation>Vérifier la carte publiée (WMS)</translation>
    </message>
    <message>
      <location filename="../processing/lizmap_publish.py" line="128" />
      <source>Verify through this QGIS Server address</source>
      <translation>Vérifier par cette adresse de QGIS Server</translation>
    </message>
    <message>
      <location filename="../processing/lizmap_publish.py" line="135" />
      <source>Web map address</source>
      <translation>Adresse de la carte web</translation>
    </message>
    <message>
      <location filename="../processing/lizmap_publish.py" line="191" />
      <source>Web map: {url}</source>
      <translation>Carte web : {url}</translation>
    </message>
    <message>
      <location filename="../processing/lizmap_publish.py" line="136" />
      <source>Web project (staging copy)</source>
      <translation>Projet web (copie de préparation)</translation>
    </message>
    <message>
      <location filename="../processing/lizmap_publish.py" line="179" />
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
      <location filename="../processing/lizmap_publish.py" line="119" />
      <source>WebDAV address of the repository folder</source>
      <translation>Adresse WebDAV du dossier du répertoire</translation>
    </message>
    <message>
      <location filename="../processing/lizmap_publish.py" line="116" />
      <source>WebDAV repository</source>
      <translation>Répertoire WebDAV</translation>
    </message>
    <message>
      <location filename="../processing/friches_mutability.py" line="126" />
      <source>Weight sensitivity ± % (0 = none)</source>
      <translation>Sensibilité des poids ± % (0 = aucune)</translation>
    </message>
    <message>
      <location filename="../processing/icu_hotspots.py" line="145" />
      <source>Weights standardisation (no effect on Gi*)</source>
      <translation>Standardisation des poids (sans effet sur Gi*)</translation>
    </message>
    <message>
      <location filename="../processing/friches_mutability.py" line="54" />
      <source>Wetlands</source>
      <translation>Zones humides</translation>
    </message>
    <message>
      <location filename="../processing/zan_counters.py" line="132" />
      <source>ZAN counters</source>
      <translation>Compteurs ZAN</translation>
    </message>
    <message>
      <location filename="../processing/zan_counters.py" line="55" />
      <source>ZAN counters (land consumption 2011–2030)</source>
      <translation>Compteurs ZAN (consommation d'espaces 2011–2030)</translation>
    </message>
    <message>
      <location filename="../processing/zan_counters.py" line="168" />
      <source>ZAN counters – {level}</source>
      <translation>Compteurs ZAN – {level}</translation>
    </message>
    <message>
      <location filename="../processing/zan_counters.py" line="136" />
      <source>ZAN report (HTML)</source>
      <translation>Rapport ZAN (HTML)</translation>
    </message>
    <message>
      <location filename="../processing/zan_counters.py" line="176" />
      <source>ZAN trajectory 2011–2030</source>
      <translation>Trajectoire ZAN 2011–2030</translation>
    </message>
    <message>
      <location filename="../processing/zan_counters.py" line="134" />
      <source>ZAN trajectory by year</source>
      <translation>Trajectoire ZAN par année</translation>
    </message>
    <message>
      <location filename="../processing/base.py" line="32" />
      <source>ZAN – land consumption</source>
      <translation>ZAN – consommation d'espaces</translation>
    </message>
    <message>
      <location filename="../processing/zan_counters.py" line="166" />
      <source>communes</source>
      <translation>communes</translation>
    </message>
    <message>
      <location filename="../processing/icu_hotspots.py" line="139" />
      <source>k nearest neighbours</source>
      <translation>k plus proches voisins</translation>
    </message>
    <message>
      <location filename="../gui/lizmap_dock.py" line="149" />
      <source>optional: verify through QGIS Server directly</source>
      <translation>facultatif : vérifier directement via QGIS Server</translation>
    </message>
    <message>
      <location filename="../processing/zan_counters.py" line="167" />
      <source>territories</source>
      <translation>territoires</translation>
    </message>
    <message>
      <location filename="../processing/friches_mutability.py" line="286" />
      <source>{key}: layer '{name}' found by its name.</source>
      <translation>{key} : couche « {name} » trouvée d'après son nom.</translation>
    </message>
    <message>
      <location filename="../processing/icu_hotspots.py" line="239" />
      <source>{key}: not produced (its input layer is missing).</source>
      <translation>{key} : non produite (sa couche d'entrée est absente).</translation>
    </message>
    <message>
      <location filename="../processing/friches_mutability.py" line="168" />
      <source>{n} features merged into {m} multi-parcel sites.</source>
      <translation>{n} entités regroupées en {m} sites multiparcellaires.</translation>
    </message>
    <message>
      <location filename="../processing/zan_counters.py" line="156" />
      <source>{n} territories computed.</source>
      <translation>{n} territoires calculés.</translation>
    </message>
  </context>
</TS>
