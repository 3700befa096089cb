"""The house conventions of issue 12 for the algorithms that joined later (TVB, net artificialisation, ZAE):
reports in one language checked against the result layers, the REPORT_LANGUAGE override, French aliases and
comments on every output field, GeoPackage style names that fit."""

from __future__ import annotations

import re
import sqlite3
from contextlib import closing
from pathlib import Path

import pytest
from qgis.core import QgsApplication, QgsVectorLayer

from aula_toolkit_plugin.tests.report_tables import number, table_after


ROOT = Path(__file__).resolve().parents[2]
DEMO = ROOT / "demo_data"
REPORTING = ("aula:tvb_continuity", "aula:zan_net_artificialisation", "aula:zae_inventory")


def tvb_parameters(out: Path, lang: int) -> dict:
    tvb = DEMO / "tvb"
    return {"LANDCOVER": str(tvb / "occupation_sol_call_20m_GENERE.tif"),
            "FRICTION": str(tvb / "friction_biodispersal_call.csv"), "SUBTRAME": "boisee", "HABITAT": "5",
            "MIN_AREA": 2.0, "DISTANCE": 1500, "PROBABILITY": 0.05,
            "BARRIERS": str(tvb / "obstacles_call_GENERE.gpkg") + "|layername=obstacles",
            "BARRIER_ID_FIELD": "id_obst", "BARRIER_TRANSPARENCY_FIELD": "transpar",
            "PATCHES": str(out / f"reservoirs_{lang}.gpkg"), "PATHS": str(out / f"chemins_{lang}.gpkg"),
            "INDICES": str(out / f"indices_{lang}.gpkg"), "CONFLICTS": str(out / f"conflits_{lang}.gpkg"),
            "REPORT": str(out / f"tvb_{lang}.html"), "REPORT_LANGUAGE": lang}


def artif_parameters(out: Path, lang: int) -> dict:
    ocsge = DEMO / "ocsge"
    return {"STOCK_BEFORE": str(ocsge / "OCS-GE_2-0_ARTIFICIALISATION_GPKG_LAMB93_D062_2018-01-01"),
            "STOCK_AFTER": str(ocsge / "OCS-GE_2-0_ARTIFICIALISATION_GPKG_LAMB93_D062_2021-01-01"),
            "DIFFERENCE": str(ocsge / "OCS-GE_2-0_ARTIF-DIFF-2018-2021_GPKG_LAMB93_D062_2025-09-16"),
            "TERRITORIES": str(ocsge / "communes_ca_lens_lievin.gpkg") + "|layername=communes", "METHOD": 0,
            "CONSUMPTION": str(DEMO / "zan" / "conso_enaf_artois_2009_2023_GENERE.csv"),
            "OUTPUT": str(out / f"artif_{lang}.gpkg"), "CHANGES": str(out / f"changements_{lang}.gpkg"),
            "REPORT": str(out / f"artif_{lang}.html"), "REPORT_LANGUAGE": lang}


def zae_parameters(out: Path, lang: int) -> dict:
    d = DEMO / "zae"
    return {"ZONES": f"{d / 'zones_zae_GENERE.gpkg'}|layername=zae",
            "PARCELS": str(d / "cadastre-62-parcelles_GENERE.json"),
            "OWNERS": str(d / "parcelles_personnes_morales_62_GENERE.csv"),
            "ESTABLISHMENTS": str(d / "StockEtablissement_GENERE.csv"),
            "ESTABLISHMENTS_GEOLOC": str(d / "GeolocalisationEtablissement_Sirene_GENERE.csv"),
            "BUILDINGS": f"{d / 'batiment_GENERE.gpkg'}|layername=batiment",
            "FRICHES": str(DEMO / "friches" / "cartofriches_62_2024-03.gpkg"),
            "STAGE": str(d / "stade_amenagement_GENERE.csv"), "COMMUNES": str(d / "communes_ca_lens_lievin.csv"),
            "YEAR": 2025, "OUTPUT": str(out / f"inventaire_zae_{lang}.gpkg"),
            "UNITS": str(out / f"unites_{lang}.gpkg"), "SUMMARY": str(out / f"synthese_{lang}.gpkg"),
            "REPORT_FOLDER": str(out / f"rapports_{lang}"), "REPORT_LANGUAGE": lang}


MAKERS = {"tvb": ("aula:tvb_continuity", tvb_parameters),
          "artif": ("aula:zan_net_artificialisation", artif_parameters),
          "zae": ("aula:zae_inventory", zae_parameters)}


def report_text(name: str, params: dict) -> str:
    if name == "zae":
        pages = sorted(Path(params["REPORT_FOLDER"]).glob("*.html"))
        assert len(pages) == 1, pages
        return pages[0].read_text(encoding="utf-8")
    return Path(params["REPORT"]).read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def reports(aula_provider, tmp_path_factory):
    """The three algorithms run with REPORT_LANGUAGE = French (1) and English (2)."""
    import processing

    out = tmp_path_factory.mktemp("first_use_new")
    runs = {}
    for name, (algorithm_id, make) in MAKERS.items():
        for lang, code in (("fr", 1), ("en", 2)):
            params = make(out, code)
            results = processing.run(algorithm_id, params)
            runs[name, lang] = (results, report_text(name, params))
    return runs


FRENCH_ONLY = ("Paramètre", "Valeur", "Méthode", "Synthèse", "Territoire", "Indicateur", "Avertissements",
               "Liens", "liens", "Carte", "Unités foncières", "Réservoirs les plus importants", "GÉNÉRÉ",
               "produit le", "Calculé le", "oui", "non")
ENGLISH_ONLY = ("Parameter", "Value", "Method", "Summary", "Territory", "Indicator", "Warnings", "Links", "links",
                "Map", "Land units", "Most important", "GENERATED", "Report made", "Computed on", "yes", "None")


@pytest.mark.parametrize("name", ["tvb", "artif", "zae"])
@pytest.mark.parametrize("lang", ["fr", "en"])
def test_each_report_speaks_one_language(reports, name, lang):
    _, html = reports[name, lang]
    assert f"<html lang='{lang}'>" in html
    text = re.sub(r"<[^>]+>", " ", re.sub(r"<(style|svg)\b.*?</\1>", " ", html, flags=re.S))
    own, other = (FRENCH_ONLY, ENGLISH_ONLY) if lang == "fr" else (ENGLISH_ONLY, FRENCH_ONLY)
    found = [w for w in other if re.search(rf"(?<![\w-]){re.escape(w)}(?![\w-])", text)]
    assert found == [], f"{name} report in {lang} has words of the other language: {found}"
    assert sum(1 for w in own if re.search(rf"(?<![\w-]){re.escape(w)}(?![\w-])", text)) >= 3
    assert "True" not in text and "False" not in text


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_tvb_report_indices_match_the_layer(reports, lang):
    results, html = reports["tvb", lang]
    indices = next(QgsVectorLayer(results["INDICES"], "i", "ogr").getFeatures())
    rows = {r[0]: r for r in table_after(html, "Indices globaux" if lang == "fr" else "Global indices")[1:]}
    assert number(rows["EC(PC)"][1], lang) == pytest.approx(indices["ec_ha"], abs=0.051)
    assert number(rows["EC(IIC)"][1], lang) == pytest.approx(indices["ec_iic_ha"], abs=0.051)
    patches = QgsVectorLayer(results["PATCHES"], "p", "ogr")
    top = table_after(html, "Réservoirs les plus importants" if lang == "fr" else "Most important réservoirs")[1:]
    areas = {f["id_resv"]: f["area_ha"] for f in patches.getFeatures()}
    assert top and all(number(r[1], lang) == pytest.approx(areas[int(number(r[0], lang))], abs=0.006) for r in top)


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_net_artificialisation_report_summary_matches_the_layer(reports, lang):
    results, html = reports["artif", lang]
    by_name = {f["territoire_nom"]: f for f in QgsVectorLayer(results["OUTPUT"], "a", "ogr").getFeatures()}
    rows = table_after(html, "Synthèse" if lang == "fr" else "Summary")[1:]
    assert len(rows) == len(by_name) == 36
    for row in rows:
        feature = by_name[row[0]]
        assert number(row[4], lang) == pytest.approx(feature["artificialisation_ha"], abs=0.006)
        assert number(row[6], lang) == pytest.approx(feature["net_ha"], abs=0.006)


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_zae_report_totals_match_the_summary_layer(reports, lang):
    results, html = reports["zae", lang]
    zones = list(QgsVectorLayer(results["SUMMARY"], "s", "ogr").getFeatures())
    totals = {r[0]: r[1] for r in table_after(html, "Totaux à arrêter" if lang == "fr" else "Totals to adopt")[1:]}
    units = totals["Unités foncières" if lang == "fr" else "Land units"]
    assert int(units.replace("\u202f", "").replace(",", "")) == sum(f["site_uf_nbre"] for f in zones) > 0
    area = totals["Surface totale (ha)" if lang == "fr" else "Total area (ha)"]
    assert number(area, lang) == pytest.approx(sum(f["site_surf_brute"] for f in zones), abs=0.006)
    assert ("," in area) == (lang == "fr")


def test_report_language_is_an_advanced_parameter_of_every_new_report(aula_provider):
    from qgis.core import QgsProcessingParameterDefinition as D

    for algorithm_id in REPORTING:
        p = QgsApplication.processingRegistry().algorithmById(algorithm_id).parameterDefinition("REPORT_LANGUAGE")
        assert p is not None and p.flags() & D.Flag.FlagAdvanced and p.defaultValue() == 0, algorithm_id
        assert p.options()[1:] == ["Français", "English"]


def test_every_new_output_field_has_a_french_alias_and_a_comment():
    from aula_toolkit_plugin.aula_toolkit.tvb import fields as FT
    from aula_toolkit_plugin.aula_toolkit.zae import cnig
    from aula_toolkit_plugin.aula_toolkit.zan import artif
    from aula_toolkit_plugin.processing.io import fields_from_specs

    for specs in (FT.PATCH_FIELDS, FT.LINK_FIELDS, FT.CORRIDOR_FIELDS, FT.CONFLICT_FIELDS, FT.GLOBAL_FIELDS,
                  artif.OUTPUT_FIELDS, artif.CHANGE_FIELDS, cnig.UNIT_FIELDS, cnig.SUMMARY_FIELDS):
        for french in (True, False):
            for field in fields_from_specs(specs, french):
                assert field.alias() and field.comment(), field.name()


@pytest.mark.parametrize("name,keys", [("tvb", ("PATCHES", "PATHS", "INDICES", "CONFLICTS")),
                                       ("artif", ("OUTPUT", "CHANGES")), ("zae", ("UNITS", "SUMMARY"))])
def test_outputs_keep_their_aliases_and_a_style_name_that_fits(reports, name, keys):
    results, _ = reports[name, "fr"]
    for key in keys:
        path = results[key].split("|")[0]
        layer = QgsVectorLayer(results[key], "t", "ogr")  # aliases come back from the style stored in the file
        missing = [f.name() for f in layer.fields() if f.name() != "fid" and not f.alias()]
        assert missing == [], (name, key, missing)
        with closing(sqlite3.connect(path)) as db:
            names = [n for (n,) in db.execute("SELECT styleName FROM layer_styles")]
        assert names and all(len(n) <= 30 for n in names), (name, key, names)
