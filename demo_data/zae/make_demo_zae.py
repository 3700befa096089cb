"""Generate the ZAE demo (GENERE): three business zones in real communes of the CA de Lens-Liévin, with
parcels, owners, buildings and SIRENE establishments (closures over ten years) in the official layouts.

No real cadastre, owner file, SIRENE extract or ZAE perimeter is available here: every feature is
generated, seeded, over the real commune geometries and around real Cartofriches sites.
Run with the QGIS Python: ``QT_QPA_PLATFORM=offscreen python3 demo_data/zae/make_demo_zae.py``.
"""

from __future__ import annotations

import csv
import gzip  # noqa: F401  (Etalab files are .json.gz online; the demo keeps plain .json)
import json
import math
import random
import sqlite3
from pathlib import Path

from qgis.core import (
    QgsApplication,
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsCoordinateTransformContext,
    QgsFeature,
    QgsField,
    QgsGeometry,
    QgsPointXY,
    QgsProject,
    QgsVectorFileWriter,
    QgsVectorLayer,
)
from qgis.PyQt.QtCore import QVariant
from shapely import wkb as shapely_wkb
from shapely.affinity import rotate, translate
from shapely.geometry import Polygon, box

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
FRICHES = ROOT / "demo_data" / "friches" / "cartofriches_62_2024-03.gpkg"
COMMUNES = Path("/work/shared/data/admin_62/communes_62_epci_cog2026.csv")
COMMUNES_GPKG = Path("/work/main/demo_data/icu/communes_lens_henin.gpkg")
SEED = 20250101
EPCI = "246200364"

#: (zone name, commune INSEE, Cartofriches site at its heart or None, width m, height m, angle°, typezone)
ZONES = [
    ("ZI de la Raffinerie (GENERE)", "62523", "62523_4267", 760, 520, 12, "U"),
    ("Parc d'activités du Canal (GENERE)", "62842", "62842_4303", 640, 460, -8, "U"),
    ("ZA des Marichelles (GENERE)", "62510", None, 520, 380, 25, "AUs"),
]
NAF = [("25.11Z", "industrielle"), ("46.69B", "commerce de gros"), ("52.10B", "entreposage"),
       ("49.41A", "transport"), ("43.22A", "artisanat"), ("45.20A", "garage"), ("47.52B", "commerce"),
       ("62.02A", "conseil"), ("33.12Z", "réparation"), ("10.71A", "boulangerie industrielle"),
       ("56.10A", "restauration"), ("71.12B", "ingénierie")]
TRANCHES = ["NN", "00", "01", "02", "03", "11", "12", "21", "22"]
COMPANY_WORDS = ["ARTOIS", "GOHELLE", "OPALE", "LENS", "CANAL", "NORD", "MINIER", "FLANDRES", "DEULE", "SOUCHEZ"]
COMPANY_KINDS = [("SAS", "5710"), ("SARL", "5499"), ("SA", "5599"), ("EURL", "5498")]
NATURAL = [("MARTIN", "Jean"), ("LEFEBVRE", "Sophie"), ("DUBOIS", "Karim"), ("LEROY", "Nadia")]

SIRENE_COLUMNS = (
    "siren,nic,siret,statutDiffusionEtablissement,dateCreationEtablissement,trancheEffectifsEtablissement,"
    "anneeEffectifsEtablissement,activitePrincipaleRegistreMetiersEtablissement,dateDernierTraitementEtablissement,"
    "etablissementSiege,nombrePeriodesEtablissement,complementAdresseEtablissement,numeroVoieEtablissement,"
    "indiceRepetitionEtablissement,dernierNumeroVoieEtablissement,indiceRepetitionDernierNumeroVoieEtablissement,"
    "typeVoieEtablissement,libelleVoieEtablissement,codePostalEtablissement,libelleCommuneEtablissement,"
    "libelleCommuneEtrangerEtablissement,distributionSpecialeEtablissement,codeCommuneEtablissement,"
    "codeCedexEtablissement,libelleCedexEtablissement,codePaysEtrangerEtablissement,libellePaysEtrangerEtablissement,"
    "identifiantAdresseEtablissement,coordonneeLambertAbscisseEtablissement,coordonneeLambertOrdonneeEtablissement,"
    "complementAdresse2Etablissement,numeroVoie2Etablissement,indiceRepetition2Etablissement,typeVoie2Etablissement,"
    "libelleVoie2Etablissement,codePostal2Etablissement,libelleCommune2Etablissement,"
    "libelleCommuneEtranger2Etablissement,distributionSpeciale2Etablissement,codeCommune2Etablissement,"
    "codeCedex2Etablissement,libelleCedex2Etablissement,codePaysEtranger2Etablissement,"
    "libellePaysEtranger2Etablissement,dateDebut,etatAdministratifEtablissement,enseigne1Etablissement,"
    "enseigne2Etablissement,enseigne3Etablissement,denominationUsuelleEtablissement,activitePrincipaleEtablissement,"
    "nomenclatureActivitePrincipaleEtablissement,caractereEmployeurEtablissement"
).split(",")
#: joined from StockUniteLegale on siren (the SCI test needs the legal category)
SIRENE_JOINED = ["categorieJuridiqueUniteLegale", "denominationUniteLegale"]
GEOLOC_COLUMNS = ("siret;x;y;qualite_xy;epsg;plg_qp24;plg_iris;plg_zus;plg_qva;plg_code_commune;distance_precision;"
                  "qualite_qp;qualite_iris;qualite_zus;qualite_qva;y_latitude;x_longitude").split(";")
PM_COLUMNS = [
    "Département (Champ géographique)", "Code Direction (Champ géographique)", "Code Commune (Champ géographique)",
    "Nom Commune (Champ géographique)", "Préfixe (Références cadastrales)", "Section (Références cadastrales)",
    "N° plan (Références cadastrales)", "N° de voirie (Adresse parcelle)", "Indice de répétition (Adresse parcelle)",
    "Code voie MAJIC (Adresse parcelle)", "Code voie rivoli (Adresse parcelle)", "Nature voie (Adresse parcelle)",
    "Nom voie (Adresse parcelle)", "Contenance (Caractéristiques parcelle)", "SUF (Evaluation SUF)",
    "Nature culture (Evaluation SUF)", "Contenance (Evaluation SUF)", "Code droit (Propriétaire(s) parcelle)",
    "N° MAJIC (Propriétaire(s) parcelle)", "N° SIREN (Propriétaire(s) parcelle)",
    "Groupe personne (Propriétaire(s) parcelle)", "Forme juridique (Propriétaire(s) parcelle)",
    "Forme juridique abrégée (Propriétaire(s) parcelle)", "Dénomination (Propriétaire(s) parcelle)"]


def luhn_siren(rng) -> str:
    """A 9-digit number passing the Luhn check (as real SIREN do); generated, belongs to nobody."""
    while True:
        digits = [rng.randint(0, 9) for _ in range(8)]
        for last in range(10):
            d = digits + [last]
            total = sum((x * 2 - 9 if x * 2 > 9 else x * 2) if i % 2 else x for i, x in enumerate(reversed(d)))
            if total % 10 == 0 and d[0] != 0:
                return "".join(map(str, d))


def read_gpkg_point(site_id):
    with sqlite3.connect(FRICHES) as con:
        blob = con.execute("select geom from friches_62 where site_id = ?", (site_id,)).fetchone()[0]
    flags = blob[3]
    return shapely_wkb.loads(bytes(blob[8 + {0: 0, 1: 32, 2: 48, 3: 48, 4: 64}[(flags >> 1) & 7]:]))


def commune_geometry(insee):
    layer = QgsVectorLayer(f"{COMMUNES_GPKG}|layername=communes", "c", "ogr")
    for f in layer.getFeatures():
        if f["insee_com"] == insee:
            return shapely_wkb.loads(bytes(f.geometry().asWkb())), f["nom"]
    raise KeyError(insee)


def lots(rng, width, height):
    """Parcels of a business park in local coordinates: a main road and a cross road (non-cadastred),
    blocks cut into lots, an outer ring of neighbouring parcels crossing the perimeter by 3 m."""
    out = []
    road_v, road_u = height / 2, width * rng.uniform(0.4, 0.6)
    blocks = [(3, 3, road_u - 7, road_v - 7), (road_u + 5, 3, width - 3, road_v - 7),
              (3, road_v + 7, road_u - 7, height - 3), (road_u + 5, road_v + 7, width - 3, height - 3)]
    for x0, y0, x1, y1 in blocks:
        mid = (y0 + y1) / 2 + rng.uniform(-15, 15)
        for r0, r1 in ((y0, mid), (mid, y1)):
            u = x0
            while u < x1 - 10:
                w = rng.choice([rng.uniform(18, 35), rng.uniform(35, 80), rng.uniform(80, 140)])
                w = min(w, x1 - u) if x1 - u - w > 15 else x1 - u
                out.append(box(u, r0, u + w, r1))
                u += w
    ring = []
    for x in range(-80, int(width) + 80, 90):  # neighbours south and north
        ring.append(box(x, -80, min(x + 90, width + 80), 3 if 0 <= x < width else 0))
        ring.append(box(x, height - 3 if 0 <= x < width else height, min(x + 90, width + 80), height + 80))
    ring.append(box(-80, 0, 3, height))
    ring.append(box(width - 3, 0, width + 80, height))
    return out, [r for r in ring if r.area > 1]


def main():
    app = QgsApplication([], False)
    app.initQgis()
    rng = random.Random(SEED)
    l93 = QgsCoordinateReferenceSystem("EPSG:2154")
    wgs = QgsCoordinateReferenceSystem("EPSG:4326")
    to_wgs = QgsCoordinateTransform(l93, wgs, QgsCoordinateTransformContext())
    communes = {r["insee_com"]: r for r in csv.DictReader(COMMUNES.open(encoding="utf-8"))}

    zones, parcels, pm_rows, sirene, geoloc, buildings, stages = [], [], [], [], [], [], []
    sections = iter(["AB", "AC", "AD", "AE", "AH", "AK", "ZA", "ZB", "ZC", "ZD"])
    for zname, insee, friche_id, width, height, angle, typezone in ZONES:
        com_geom, com_name = commune_geometry(insee)
        centre = read_gpkg_point(friche_id) if friche_id else com_geom.representative_point()
        ox, oy = centre.x - width * 0.27, centre.y - height * 0.23  # the friche falls in a lot

        def place(g):
            return rotate(translate(g, ox, oy), angle, origin=(centre.x, centre.y))

        notch = box(width * 0.78, height * 0.72, width + 1, height + 1)
        zone = Polygon(box(0, 0, width, height)).difference(notch)
        zones.append((zname, insee, place(zone), typezone))
        inner, ring = lots(rng, width, height)
        section = next(sections)
        numero = 1
        # owners: companies (sometimes 2–3 neighbouring lots), public owners, indivisions, natural persons
        companies = []
        com_siren = communes[insee]["siren_com"]
        k = 0
        while k < len(inner):
            roll = rng.random()
            span = 1 if roll > 0.2 else rng.choice([2, 3])
            kind = rng.random()
            if kind < 0.10:
                owner = [("COMMUNE DE " + com_name.upper(), com_siren, "Commune", "COM")]
            elif kind < 0.16:
                owner = [("COMMUNAUTE D'AGGLOMERATION DE LENS-LIEVIN", EPCI, "Communauté d'agglomération", "CA")]
            elif kind < 0.22:
                owner = [(f"SCI {rng.choice(COMPANY_WORDS)} {i}", luhn_siren(rng), "Société civile immobilière",
                          "SCI") for i in (1, 2)]  # indivision of two legal persons
            elif kind < 0.50:
                owner = None  # natural person: not in the legal-entities file
            else:
                form, _ = rng.choice(COMPANY_KINDS)
                owner = [(f"{rng.choice(COMPANY_WORDS)} {rng.choice(['LOGISTIQUE', 'INDUSTRIE', 'IMMO', 'METAL'])}",
                          luhn_siren(rng), "Société", form)]
            account = f"+{rng.randint(100, 99999):05d}" if owner else None
            for g in inner[k:k + span]:
                parcels.append({"geom": place(g), "insee": insee, "section": section, "numero": numero,
                                "owner": owner, "account": account, "zone": zname, "inner": True, "local": g})
                numero += 1
            k += span
        for g in ring:
            parcels.append({"geom": place(g), "insee": insee, "section": section, "numero": numero, "owner": None,
                            "account": None, "zone": zname, "inner": False, "local": g})
            numero += 1

    # activity history over ten years (reference 1 January 2025)
    nic = {}
    for p in parcels:
        if not p["inner"]:
            continue
        g, local = p["geom"], p["local"]
        area = g.area
        roll = rng.random()
        idu = f"{p['insee']}000{p['section']}{p['numero']:04d}"
        status = ("occupe" if roll < 0.62 else "recent" if roll < 0.66 else "vacant" if roll < 0.78
                  else "habitation" if roll < 0.80 else "libre")
        if area < 900 and status != "libre":
            status = "libre" if rng.random() < 0.5 else status
        p["status"] = status
        if status in ("occupe", "recent", "vacant"):
            cover = rng.uniform(0.2, 0.55)
            shrink = math.sqrt(cover)
            b = local.centroid
            bw, bh = (local.bounds[2] - local.bounds[0]) * shrink, (local.bounds[3] - local.bounds[1]) * shrink
            building = box(b.x - bw / 2, b.y - bh / 2, b.x + bw / 2, b.y + bh / 2)
            buildings.append((p, building, rng.choice(["Industriel", "Commercial et services"]), 0))
        if status == "habitation":
            b = local.centroid
            buildings.append((p, box(b.x - 6, b.y - 5, b.x + 6, b.y + 5), "Résidentiel", 1))
        if status == "libre":
            stages.append((idu, rng.choice(["viabilisé et aménagé", "viabilisé et aménagé", "viabilisé non aménagé",
                                            "non aménagé, non viabilisé", "viabilisation en cours",
                                            "non aménageable"])))
        events = []
        if status == "occupe":
            for _ in range(rng.choice([1, 1, 2, 3])):
                events.append(("A", f"{rng.randint(1985, 2022)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}", None))
            if rng.random() < 0.35:  # a predecessor closed during the decade
                events.append(("F", f"{rng.randint(1980, 2005)}-03-01", f"{rng.randint(2015, 2021)}-{rng.randint(1, 12):02d}-15"))
        elif status == "recent":  # closed within the two years: still occupied in the sense of the law
            events.append(("F", f"{rng.randint(1990, 2010)}-06-01", f"{rng.choice([2023, 2024])}-{rng.randint(1, 12):02d}-10"))
        elif status == "vacant":
            events.append(("F", f"{rng.randint(1985, 2008)}-09-01", f"{rng.randint(2015, 2022)}-{rng.randint(1, 12):02d}-20"))
        if status in ("occupe", "vacant") and rng.random() < 0.12:
            events.append(("A", f"{rng.randint(1995, 2020)}-01-01", None, "6540"))  # SCI owning the walls
        if status == "occupe" and rng.random() < 0.08:
            events.append(("A", f"{rng.randint(2000, 2021)}-05-01", None, "1000"))  # entrepreneur individuel
        if status == "libre" and rng.random() < 0.1:
            events.append(("A", "2024-09-01", None))  # created after the reference date: not yet an occupant
        for ev in events:
            state, created, closed = ev[:3]
            catjur = ev[3] if len(ev) > 3 else rng.choice(COMPANY_KINDS)[1]
            siren = luhn_siren(rng)
            nic[siren] = nic.get(siren, 0) + 1
            s_nic = f"{nic[siren] * 10 + 1:05d}"
            siret = siren + s_nic
            c = g.representative_point()
            dx, dy = (rng.uniform(-3, 3), rng.uniform(-3, 3)) if rng.random() < 0.85 else (0, 0)
            x, y = c.x + dx, c.y + dy
            naf, _ = rng.choice(NAF)
            tranche = rng.choice(TRANCHES)
            if catjur == "6540":
                name, legal, naf, tranche = None, f"SCI {rng.choice(COMPANY_WORDS)} PATRIMOINE", "68.20B", "NN"
            elif catjur == "1000":
                last, first = rng.choice(NATURAL)
                name, legal, tranche = None, f"{last} {first}", "NN"
            else:
                name = f"{rng.choice(COMPANY_WORDS)} {rng.choice(['SERVICES', 'EQUIPEMENT', 'TRANSPORTS', 'BOIS', 'PLAST'])}"
                legal = name + " " + rng.choice(COMPANY_KINDS)[0]
            row = {k: "" for k in SIRENE_COLUMNS + SIRENE_JOINED}
            row.update({
                "siren": siren, "nic": s_nic, "siret": siret, "statutDiffusionEtablissement": "O",
                "dateCreationEtablissement": created, "trancheEffectifsEtablissement": tranche,
                "anneeEffectifsEtablissement": "2022" if tranche not in ("NN",) else "",
                "dateDernierTraitementEtablissement": "2024-11-30T10:00:00", "etablissementSiege": "true",
                "nombrePeriodesEtablissement": "1" if state == "A" else "2",
                "numeroVoieEtablissement": str(rng.randint(1, 120)), "typeVoieEtablissement": "RUE",
                "libelleVoieEtablissement": "DE L'INDUSTRIE", "codePostalEtablissement": "62300",
                "libelleCommuneEtablissement": communes[p["insee"]]["nom"].upper(),
                "codeCommuneEtablissement": p["insee"],
                "coordonneeLambertAbscisseEtablissement": f"{x:.1f}", "coordonneeLambertOrdonneeEtablissement": f"{y:.1f}",
                "dateDebut": closed if state == "F" else created, "etatAdministratifEtablissement": state,
                "denominationUsuelleEtablissement": name or "", "activitePrincipaleEtablissement": naf,
                "nomenclatureActivitePrincipaleEtablissement": "NAFRev2",
                "caractereEmployeurEtablissement": "N" if tranche in ("NN", "00") else "O",
                "categorieJuridiqueUniteLegale": catjur, "denominationUniteLegale": legal,
            })
            sirene.append(row)
            lon_lat = to_wgs.transform(QgsPointXY(x, y))
            geoloc.append({"siret": siret, "x": f"{x:.2f}", "y": f"{y:.2f}", "qualite_xy": rng.choice(["11", "11", "12"]),
                           "epsg": "2154", "plg_qp24": "", "plg_iris": p["insee"] + "0000", "plg_zus": "",
                           "plg_qva": "", "plg_code_commune": p["insee"], "distance_precision": "",
                           "qualite_qp": "", "qualite_iris": "", "qualite_zus": "", "qualite_qva": "",
                           "y_latitude": f"{lon_lat.y():.6f}", "x_longitude": f"{lon_lat.x():.6f}"})
    # one establishment of La Réunion in the national file (another EPSG per row: never in these zones)
    geoloc.append({**geoloc[0], "siret": "00000000000000", "x": "340000.00", "y": "7650000.00", "epsg": "2975"})

    # --- write the official layouts
    HERE.mkdir(exist_ok=True)
    # Etalab cadastre parcelles (GeoJSON, WGS84), departmental file layout
    features = []
    for p in parcels:
        insee = p["insee"]
        g = QgsGeometry.fromWkt(p["geom"].wkt)
        g.transform(to_wgs)
        pid = f"{insee}000{p['section']}{p['numero']:04d}"
        features.append({"type": "Feature", "id": pid, "geometry": json.loads(g.asJson(7)), "properties": {
            "id": pid, "commune": insee, "prefixe": "000", "section": p["section"], "numero": str(p["numero"]),
            "contenance": int(round(p["geom"].area / 10.0) * 10), "arpente": False,
            "created": "2003-11-26", "updated": "2024-04-01"}})
    (HERE / "cadastre-62-parcelles_GENERE.json").write_text(
        json.dumps({"type": "FeatureCollection", "features": features}, ensure_ascii=False), encoding="utf-8")
    # DGFiP legal entities parcel file (Latin-1, semicolon)
    with (HERE / "parcelles_personnes_morales_62_GENERE.csv").open("w", encoding="latin-1", newline="") as fh:
        w = csv.writer(fh, delimiter=";")
        w.writerow(PM_COLUMNS)
        for p in parcels:
            for name, siren, group, form in (p["owner"] or []):
                com = p["insee"][2:]
                w.writerow(["62", "0", com, communes[p["insee"]]["nom"].upper(), "", p["section"], str(p["numero"]),
                            "", "", "", "", "RUE", "DE L'INDUSTRIE", str(int(p["geom"].area)), "", "S",
                            str(int(p["geom"].area)), "P", p["account"], siren, group, form, form, name])
    with (HERE / "StockEtablissement_GENERE.csv").open("w", encoding="utf-8", newline="") as fh:
        w = csv.DictWriter(fh, fieldnames=SIRENE_COLUMNS + SIRENE_JOINED)
        w.writeheader()
        w.writerows(sirene)
    with (HERE / "GeolocalisationEtablissement_Sirene_GENERE.csv").open("w", encoding="utf-8", newline="") as fh:
        w = csv.DictWriter(fh, fieldnames=GEOLOC_COLUMNS, delimiter=";")
        w.writeheader()
        w.writerows(geoloc)
    with (HERE / "stade_amenagement_GENERE.csv").open("w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh)
        w.writerow(["idu", "terr_stade_amngt"])
        w.writerows(stages)
    with (HERE / "communes_ca_lens_lievin.csv").open("w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh)
        w.writerow(["insee_com", "nom", "siren_epci", "nom_epci"])
        for r in communes.values():
            if r["siren_epci"] == EPCI:
                w.writerow([r["insee_com"], r["nom"], r["siren_epci"], r["nom_epci"]])

    def write_layer(path, name, geometry, fields, rows, overwrite_file):
        layer = QgsVectorLayer(f"{geometry}?crs=EPSG:2154", name, "memory")
        layer.dataProvider().addAttributes([QgsField(n, t) for n, t in fields])
        layer.updateFields()
        feats = []
        for geom, values in rows:
            f = QgsFeature(layer.fields())
            f.setGeometry(geom)
            f.setAttributes(values)
            feats.append(f)
        layer.dataProvider().addFeatures(feats)
        opts = QgsVectorFileWriter.SaveVectorOptions()
        opts.driverName = "GPKG"
        opts.layerName = name
        opts.actionOnExistingFile = (QgsVectorFileWriter.ActionOnExistingFile.CreateOrOverwriteFile if overwrite_file
                                     else QgsVectorFileWriter.ActionOnExistingFile.CreateOrOverwriteLayer)
        err = QgsVectorFileWriter.writeAsVectorFormatV3(layer, str(path), QgsProject.instance().transformContext(), opts)
        assert err[0] == QgsVectorFileWriter.WriterError.NoError, err

    S, I = QVariant.String, QVariant.Int
    zpath = HERE / "zones_zae_GENERE.gpkg"
    write_layer(zpath, "zae", "MultiPolygon", [("site_nom", S), ("typezone", S), ("comm_insee", S)],
                [(QgsGeometry.fromWkt(g.wkt), [n, t, c]) for n, c, g, t in zones], True)
    write_layer(zpath, "zone_urba", "MultiPolygon", [("libelle", S), ("typezone", S), ("destdomi", S)],
                [(QgsGeometry.fromWkt(g.wkt), ["UX" if t == "U" else "1AUx", t, "02"]) for n, c, g, t in zones]
                + [(QgsGeometry.fromWkt(g.buffer(150).difference(g).wkt), ["UB", "U", "01"]) for n, c, g, t in zones],
                False)
    bfields = [("cleabs", S), ("nature", S), ("usage_1", S), ("usage_2", S), ("construction_legere", S),
               ("etat_de_l_objet", S), ("date_creation", S), ("nombre_de_logements", I), ("nombre_d_etages", I),
               ("hauteur", QVariant.Double), ("origine_du_batiment", S), ("identifiants_rnb", S)]
    brows = []
    for n, (p, b, usage, logts) in enumerate(buildings):
        angle = next(z for z in ZONES if z[0] == p["zone"])[5]
        # the building was drawn in the lot's local frame: place it like its parcel
        lx, ly = p["local"].centroid.x, p["local"].centroid.y
        px, py = p["geom"].centroid.x, p["geom"].centroid.y
        placed = rotate(translate(b, px - lx, py - ly), angle, origin=(px, py))
        g = QgsGeometry.fromWkt(placed.wkt)
        rnb = f"{rng.choice('ABCDEFGH')}{rng.randint(100, 999)}{rng.choice('JKLM')}-{rng.randint(1000, 9999)}-X{rng.randint(10, 99)}"
        brows.append((g, [f"BATIMENT{n:016d}", "Industriel, agricole ou commercial" if logts == 0 else "Indifférenciée",
                          usage, "", "false", "En service", "2011-06-21", logts, 1, 8.5 if logts == 0 else 6.0,
                          "Cadastre", rnb]))
    write_layer(HERE / "batiment_GENERE.gpkg", "batiment", "MultiPolygon", bfields, brows, True)
    print(f"{len(zones)} zones, {len(parcels)} parcels, {len(sirene)} establishments, {len(buildings)} buildings, "
          f"{len(stages)} stages")
    app.exitQgis()


if __name__ == "__main__":
    main()
