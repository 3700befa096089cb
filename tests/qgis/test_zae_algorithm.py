"""aula:zae_inventory through processing.run on the generated Lens-Liévin demo (official layouts) and the
real Cartofriches sites: CNIG GeoPackage, UF-ECO units, summary, reports."""

from __future__ import annotations

import json
import sqlite3

import pytest

ZAE = "aula:zae_inventory"


def demo_params(demo_data, tmp_path, **extra):
    d = demo_data / "zae"
    params = {
        "ZONES": f"{d / 'zones_zae_GENERE.gpkg'}|layername=zae",
        "PARCELS": str(d / "cadastre-62-parcelles_GENERE.json"),
        "OWNERS": str(d / "parcelles_personnes_morales_62_GENERE.csv"),
        "ESTABLISHMENTS": str(d / "StockEtablissement_GENERE.csv"),
        "ESTABLISHMENTS_GEOLOC": str(d / "GeolocalisationEtablissement_Sirene_GENERE.csv"),
        "BUILDINGS": f"{d / 'batiment_GENERE.gpkg'}|layername=batiment",
        "FRICHES": str(demo_data / "friches" / "cartofriches_62_2024-03.gpkg"),
        "STAGE": str(d / "stade_amenagement_GENERE.csv"),
        "COMMUNES": str(d / "communes_ca_lens_lievin.csv"),
        "YEAR": 2025,
        "OUTPUT": str(tmp_path / "inventaire_zae.gpkg"),
        "UNITS": str(tmp_path / "unites.gpkg"),
        "SUMMARY": str(tmp_path / "synthese.gpkg"),
        "REPORT_FOLDER": str(tmp_path / "rapports"), "REPORT_LANGUAGE": 1,
    }
    params.update(extra)
    return params


@pytest.fixture(scope="module")
def demo_run(aula_provider, demo_data, tmp_path_factory):
    import processing
    from qgis.core import QgsProcessingContext, QgsProcessingFeedback, QgsProject

    tmp = tmp_path_factory.mktemp("zae")
    context = QgsProcessingContext()
    context.setProject(QgsProject.instance())
    results = processing.run(ZAE, demo_params(demo_data, tmp), context=context, feedback=QgsProcessingFeedback())
    return results, tmp


def test_registered_with_french_help(aula_provider):
    from qgis.core import QgsApplication

    alg = QgsApplication.processingRegistry().algorithmById(ZAE)  # the provider may have been reloaded
    assert alg is not None and alg.groupId() == "zae"
    names = [p.name() for p in alg.parameterDefinitions()]
    for name in ("ZONES", "PARCELS", "OWNERS", "ESTABLISHMENTS", "BUILDINGS", "FRICHES", "STAGE", "YEAR",
                 "OUTPUT", "UNITS", "SUMMARY", "REPORT_FOLDER", "MIN_SHARE", "TOLERANCE", "MIN_AVAILABLE_AREA"):
        assert name in names


def test_cnig_geopackage_is_the_template_filled_with_standard_values(demo_run, repo_root):
    results, _ = demo_run
    gpkg = results["OUTPUT"]
    con = sqlite3.connect(gpkg)
    tables = {r[0] for r in con.execute("select table_name from gpkg_contents")}
    assert {"site_eco", "terrain_eco", "etablissement", "pole_eco"} <= tables
    assert con.execute("select count(*) from layer_styles").fetchone()[0] >= 4  # the template's styles kept
    sites = con.execute("select site_id, site_type, site_uf_nbre, site_uf_vacant_nbre, site_taux_vacance, "
                        "site_epci_siren, site_comm_insee from site_eco").fetchall()
    assert len(sites) == 3
    for sid, stype, n, vac, rate, epci, insee in sites:
        assert sid.startswith(insee + "_SITE-ECO_") and len(sid) == 20
        assert stype == "zone d'activité économique" and epci == "246200364"
        assert rate == int(100 * vac / n + 0.5)
    enums = {
        "terr_etat_occup": {"inoccupé", "occupation transitoire", "occupé", "vacant", "friche", "sans objet"},
        "terr_stade_amngt": {"non aménageable", "non aménagé, non viabilisé", "viabilisation en cours",
                             "viabilisé non aménagé", "viabilisé et aménagé", "inconnu", "sans objet"},
        "terr_utile": {"oui", "non"},
    }
    for field, allowed in enums.items():
        values = {r[0] for r in con.execute(f"select distinct {field} from terrain_eco")}
        assert values <= allowed, field
    refcad = [r[0] for r in con.execute("select terr_refcad from terrain_eco where terr_utile = 'oui'")]
    assert refcad and all(len(p) == 14 for r in refcad for p in r.split("|"))
    # the non-cadastred parts (roads) are terrains too: together the terrains cover each site
    roads = con.execute("select count(*), min(terr_refcad is null) from terrain_eco "
                        "where terr_usage = 'voirie ou infrastructure'").fetchone()
    assert roads[0] > 0 and roads[1] == 1, roads
    cover = con.execute("select s.site_surf_brute, sum(t.terr_surf_brute) from site_eco s join terrain_eco t "
                        "on t.site_id = s.site_id group by s.site_id").fetchall()
    assert all(abs(a - b) < 0.01 for a, b in cover), cover
    assert con.execute("select count(*) from terrain_eco where terr_url_cartofriches like 'http%'").fetchone()[0] >= 1
    etab = con.execute("select count(*), sum(etab_actif = 'oui') from etablissement").fetchone()
    assert etab[0] > 50 and 0 < etab[1] < etab[0]
    assert con.execute("select count(*) from etablissement where etab_nat_juridique = '6540'").fetchone()[0] == 0
    # natural persons: no name of an entrepreneur individuel, no owner name of a natural person
    names = {r[0] for r in con.execute("select etab_raison_sociale from etablissement where etab_nat_juridique like '1%'")}
    assert names == {"non diffusé (personne physique)"}
    schema = json.loads((repo_root / "resources" / "cnig" / "schema_terrain-eco.json").read_text(encoding="utf-8"))
    cols = {r[1] for r in con.execute("pragma table_info(terrain_eco)")}
    assert {f["name"] for f in schema["fields"] if f["name"] != "terr_geomsurf"} <= cols


def test_units_summary_and_closure_check(demo_run):
    from qgis.core import QgsVectorLayer

    results, _ = demo_run
    units = QgsVectorLayer(results["UNITS"], "u", "ogr")
    assert units.isValid() and units.featureCount() > 80
    synth = {f["synth"] for f in units.getFeatures()}
    assert synth == {"Libre sans occupation antérieure", "Vacante au sens de l'article 220 loi climat et résilience",
                     "Occupée, non vacante au sens de l'article 220"}
    assert {f["uf_mode"] for f in units.getFeatures()} == {"proprietaire", "parcelle"}
    assert units.fields().field("synth").alias() in ("Statut au sens de l'article 220", "Status under article 220")
    owners = {f["proprio_nom"] for f in units.getFeatures()}
    assert "personne physique ou inconnu (non diffusé)" in owners
    assert not any(n and ("MARTIN" in n or "LEFEBVRE" in n) for n in owners)
    summary = QgsVectorLayer(results["SUMMARY"], "s", "ogr")
    rows = list(summary.getFeatures())
    assert len(rows) == 3
    for r in rows:
        assert r["controle_surfaces"] == "ok" and abs(r["ecart_bouclage_ha"]) < 0.01
        assert r["site_uf_nbre"] > 0 and r["site_taux_vacance"] is not None
        assert r["taux_vacance_surface"] is not None
        total = (r["surf_occupee_ha"] + r["surf_vacante_ha"] + r["surf_dispo_amenagee_ha"]
                 + r["surf_dispo_non_amenagee_ha"] + r["surf_reliquat_ha"] + r["surf_non_utile_ha"])
        assert total == pytest.approx(r["site_surf_brute"], abs=0.01)
    assert sum(r["presence_friche"] == "oui" for r in rows) == 2  # two zones drawn around real Cartofriches sites


def test_report_per_epci(demo_run):
    results, tmp = demo_run
    pages = sorted((tmp / "rapports").glob("*.html"))
    assert [p.name for p in pages] == ["inventaire_zae_246200364_2025.html"]
    html = pages[0].read_text(encoding="utf-8")
    assert "CA de Lens - Liévin" in html and "<svg" in html and "GÉNÉRÉES" in html
    for zone in ("ZI de la Raffinerie", "Parc d'activités du Canal", "ZA des Marichelles"):
        assert zone.replace("'", "&#x27;") in html


def test_zones_from_plu_zoning(run_algorithm, demo_data, tmp_path):
    from qgis.core import QgsVectorLayer

    params = demo_params(demo_data, tmp_path, ZONES=f"{demo_data / 'zae' / 'zones_zae_GENERE.gpkg'}|layername=zone_urba",
                         REPORT_FOLDER=None)
    results, feedback = run_algorithm(ZAE, params)
    assert any("destdomi" in w for w in feedback.warnings)
    assert QgsVectorLayer(results["SUMMARY"], "s", "ogr").featureCount() == 3


def test_without_owners_units_are_parcels(run_algorithm, demo_data, tmp_path):
    from qgis.core import QgsVectorLayer

    params = demo_params(demo_data, tmp_path, OWNERS=None, REPORT_FOLDER=None)
    results, feedback = run_algorithm(ZAE, params)
    assert any("uf_mode = parcelle" in i for i in feedback.infos)
    units = QgsVectorLayer(results["UNITS"], "u", "ogr")
    assert {f["uf_mode"] for f in units.getFeatures()} == {"parcelle"}
    assert all(f["nbparcel"] == 1 for f in units.getFeatures())


def test_establishments_as_a_point_layer_cnig_etablissement(demo_run, run_algorithm, demo_data, tmp_path):
    """A CNIG ETABLISSEMENT layer (points, etab_actif oui/non, dates) is a valid ESTABLISHMENTS input."""
    from qgis.core import QgsVectorLayer

    results, _ = demo_run
    points = f"{results['OUTPUT']}|layername=etablissement"
    params = demo_params(demo_data, tmp_path, ESTABLISHMENTS=points, ESTABLISHMENTS_GEOLOC=None, REPORT_FOLDER=None)
    again, _ = run_algorithm(ZAE, params)
    first = {f["site_nom"]: f["site_nb_etab"] for f in QgsVectorLayer(results["SUMMARY"], "a", "ogr").getFeatures()}
    second = {f["site_nom"]: f["site_nb_etab"] for f in QgsVectorLayer(again["SUMMARY"], "b", "ogr").getFeatures()}
    assert first == second


def test_vacant_premises_locomvac_flag_units(demo_run, run_algorithm, demo_data, tmp_path, repo_root):
    """VACANT_PREMISES in the DGFiP LOCOMVAC layout: premises on a free unit make it vacant (legal rate up),
    premises on an occupied unit flag it for the field check; owners' names never reach an output."""
    from qgis.core import QgsVectorLayer

    _, tmp = demo_run
    units = QgsVectorLayer(str(tmp / "unites.gpkg"), "u", "ogr")
    rows = [(f["parcel"].split(";")[0], f["synth"], f["site_id"]) for f in units.getFeatures() if f["compte_uf"] == "oui"]
    free = next(r for r in rows if r[1].startswith("Libre"))
    occupied = next(r for r in rows if r[1].startswith("Occupée"))
    header = (repo_root / "tests" / "fixtures" / "zae" / "LOCOMVAC24_GENERE.CSV").read_text(
        encoding="latin-1").splitlines()[0]
    lines = [header]
    for k, (parcel, _, _) in enumerate([free, occupied]):
        dep, com, pre, sec, num = parcel[:2], parcel[2:5], parcel[5:8], parcel[8:10], parcel[10:]
        lines.append(f"24620036400010;246200364;24620036400010;2025;{dep}0;{com};0001;{pre};{sec};{num};A;01;00;"
                     f"0100{k};0001;;RUE GENERE;62300;LENS;DUPONT JEAN GENERE;{com}000000{k}X;CM;C;MAG1;1000;062")
    path = tmp_path / "LOCOMVAC25_GENERE.CSV"
    path.write_text("\r\n".join(lines) + "\r\n", encoding="latin-1")
    params = demo_params(demo_data, tmp_path, VACANT_PREMISES=str(path))
    del params["REPORT_FOLDER"]
    results, _ = run_algorithm(ZAE, params)
    out = QgsVectorLayer(results["UNITS"], "u", "ogr")
    by_parcel = {f["parcel"].split(";")[0]: f for f in out.getFeatures()}
    assert by_parcel[free[0]]["synth"].startswith("Vacante") and by_parcel[free[0]]["nblocvac"] == 1
    assert by_parcel[occupied[0]]["locomvac_a_verifier"] == "oui" and by_parcel[occupied[0]]["occup"] == "oui"
    summary = {f["site_id"]: f for f in QgsVectorLayer(results["SUMMARY"], "s", "ogr").getFeatures()}
    before = {f["site_id"]: f for f in QgsVectorLayer(str(tmp / "synthese.gpkg"), "s", "ogr").getFeatures()}
    assert summary[free[2]]["site_uf_vacant_nbre"] == before[free[2]]["site_uf_vacant_nbre"] + 1
    assert sum(f["nblocvac"] for f in summary.values()) == 2
    for gpkg in (results["OUTPUT"], results["UNITS"].split("|")[0], results["SUMMARY"].split("|")[0]):
        assert b"DUPONT" not in open(gpkg, "rb").read()


def test_pole_eco_layer(demo_run):
    results, _ = demo_run
    con = sqlite3.connect(results["OUTPUT"])
    poles = con.execute("select pole_id, pole_nb_site, pole_surface, pole_vocadomi from pole_eco").fetchall()
    linked = con.execute("select count(*) from site_eco where pole_id is not null").fetchone()[0]
    assert len(poles) == 1 and poles[0][1] == 2 == linked  # the two zones 818 m apart (default 1,000 m)
    for pid, n, surface, voc in poles:
        assert "_POLE-ECO_" in pid and n >= 2 and surface >= 0 and voc


def test_zones_in_another_crs_give_the_same_summary(demo_run, run_algorithm, demo_data, tmp_path):
    """Zones delivered in CC49 (EPSG:3949) are read through QGIS features and reprojected to Lambert-93:
    the same zones, units and surfaces as the Lambert-93 run."""
    from osgeo import gdal
    from qgis.core import QgsVectorLayer

    zones = tmp_path / "zones_cc49.gpkg"
    gdal.VectorTranslate(str(zones), str(demo_data / "zae" / "zones_zae_GENERE.gpkg"), layers=["zae"],
                         dstSRS="EPSG:3949", layerName="zae")
    params = demo_params(demo_data, tmp_path, ZONES=f"{zones}|layername=zae", REPORT_FOLDER=None)
    results, _ = run_algorithm(ZAE, params)

    def summary(path):
        rows = {f["site_nom"]: f for f in QgsVectorLayer(path, "s", "ogr").getFeatures()}
        return {name: (f["site_uf_nbre"], f["site_taux_vacance"], round(f["site_surf_brute"], 2),
                       round(f["surf_vacante_ha"], 2)) for name, f in rows.items()}

    expected = summary(demo_run[0]["SUMMARY"])
    assert len(expected) == 3
    assert summary(results["SUMMARY"]) == expected
