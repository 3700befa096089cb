"""The first ten minutes of a French géomaticien, in real QGIS: reports in one language checked against the
result layers, offline help behind the Help button, styles that load without a font warning, French aliases
and comments on every output field, context layers found by name, report screenshots kept in artifacts/."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from qgis.core import QgsApplication, QgsSettings, QgsVectorLayer

from aula_toolkit_plugin.tests.report_tables import number, table_after


ROOT = Path(__file__).resolve().parents[2]
DEMO = ROOT / "demo_data"
ARTIFACTS = ROOT / "artifacts"
STYLES = ROOT / "resources" / "styles"
CHROMIUM_FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                  "--disable-component-update", "--disable-sync", "--no-first-run", "--hide-scrollbars"]


@pytest.fixture()
def french_qgis():
    """QGIS set to French for the duration of a test (as a French user's), then back."""
    from aula_toolkit_plugin.toolbelt import i18n

    settings = QgsSettings()
    saved = settings.value("locale/userLocale", ""), settings.value("locale/overrideFlag", False, type=bool)
    settings.setValue("locale/overrideFlag", True)
    settings.setValue("locale/userLocale", "fr_FR")
    i18n.install_translator("fr")
    yield
    settings.setValue("locale/userLocale", saved[0])
    settings.setValue("locale/overrideFlag", saved[1])
    i18n.install_translator("en")


def zan_parameters(out: Path, lang: int) -> dict:
    return {"CONSUMPTION": str(DEMO / "zan" / "conso_enaf_artois_2009_2023_GENERE.csv"), "LEVEL": 1,
            "COMMUNES": f"{DEMO / 'admin' / 'artois_admin_2026.gpkg'}|layername=communes",
            "OUTPUT": str(out / f"zan_{lang}.gpkg"), "TRAJECTORY": str(out / f"traj_{lang}.gpkg"),
            "REPORT": str(out / f"zan_{lang}.html"), "REPORT_LANGUAGE": lang}


def icu_parameters(out: Path, lang: int) -> dict:
    icu = DEMO / "icu"
    return {"TEMPERATURE": str(icu / "lst_landsat_st_b10_lens_henin_GENERE.tif"),
            "POPULATION": str(icu / "filosofi_200m_lens_henin_GENERE.gpkg"),
            "ERP": str(icu / "colleges_lens_henin.gpkg"), "ERP_CATEGORY_FIELD": "nature_uai_libe",
            "ERP_NAME_FIELD": "appellation_officielle",
            "SUMMARY_AREAS": f"{icu / 'communes_lens_henin.gpkg'}|layername=communes",
            "SUMMARY_ID_FIELD": "insee_com", "SUMMARY_NAME_FIELD": "nom", "DISTANCE": 400,
            "HOTSPOTS": str(out / f"hot_{lang}.gpkg"), "SUMMARY": str(out / f"summary_{lang}.gpkg"),
            "STAKES_ERP": str(out / f"erp_{lang}.gpkg"),
            "REPORT": str(out / f"icu_{lang}.html"), "REPORT_LANGUAGE": lang}


def friches_parameters(out: Path, lang: int) -> dict:
    return {"FRICHES": f"{DEMO / 'friches' / 'cartofriches_62_2024-03.gpkg'}|layername=friches_62",
            "MAIRIES": f"{DEMO / 'admin' / 'artois_admin_2026.gpkg'}|layername=mairies",
            "CONTEXT_GPKG": str(DEMO / "friches" / "contexte_artois_GENERE.gpkg"),
            "OUTPUT": str(out / f"friches_{lang}.gpkg"), "DETAILS": str(out / f"details_{lang}.gpkg"),
            "REPORT": str(out / f"friches_{lang}.html"), "REPORT_LANGUAGE": lang}


@pytest.fixture(scope="module")
def reports(aula_provider, tmp_path_factory):
    """Every algorithm with a report run with REPORT_LANGUAGE = French (1) and English (2)."""
    import processing

    out = tmp_path_factory.mktemp("first_use")
    runs = {}
    for name, make in (("zan", zan_parameters), ("icu", icu_parameters), ("friches", friches_parameters)):
        for lang, code in (("fr", 1), ("en", 2)):
            params = make(out, code)
            results = processing.run(f"aula:{ {'zan': 'zan_counters', 'icu': 'icu_hotspots', 'friches': 'friches_mutability'}[name]}", params)
            runs[name, lang] = (results, Path(params["REPORT"]).read_text(encoding="utf-8"))
    return runs


FRENCH_ONLY = ("Synthèse", "Paramètre", "Valeur", "Territoire", "Usage le plus adapté", "Rapport produit")
ENGLISH_ONLY = ("Summary", "Parameter", "Value", "Territory", "Best use", "Report made")


@pytest.mark.parametrize("name", ["zan", "icu", "friches"])
@pytest.mark.parametrize("lang", ["fr", "en"])
def test_each_report_speaks_one_language(reports, name, lang):
    _, html = reports[name, lang]
    assert f"<html lang='{lang}'>" in html
    other = ENGLISH_ONLY if lang == "fr" else FRENCH_ONLY
    text = re.sub(r"<[^>]+>", " ", html)
    found = [w for w in other if re.search(rf"\b{re.escape(w)}\b", text)]
    assert found == [], f"{name} report in {lang} has words of the other language: {found}"
    assert "True" not in text and "False" not in text and "années/years" not in text
    assert not re.search(r"\ball\b", text) or lang == "en"


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_zan_report_summary_matches_the_layer(reports, lang):
    results, html = reports["zan", lang]
    layer = QgsVectorLayer(results["OUTPUT"], "zan", "ogr")
    rows = table_after(html, "Synthèse" if lang == "fr" else "Summary")[1:]
    by_name = {f["territoire_nom"]: f for f in layer.getFeatures()}
    assert len(rows) == len(by_name) == 5
    for row in rows:
        feature = by_name[row[0]]
        assert number(row[1], lang) == pytest.approx(feature["ref_ha"], abs=0.051)
        assert number(row[2], lang) == pytest.approx(feature["enveloppe_garantie_ha"], abs=0.051)
        assert number(row[4], lang) == pytest.approx(feature["utilisation_pct"], abs=0.51)


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_icu_report_territories_match_the_summary_layer(reports, lang):
    results, html = reports["icu", lang]
    layer = QgsVectorLayer(results["SUMMARY"], "s", "ogr")
    rows = table_after(html, "Synthèse par territoire" if lang == "fr" else "Summary by territory")[1:]
    by_name = {f["terr_name"]: f for f in layer.getFeatures()}
    assert len(rows) == len(by_name) > 10
    for row in rows:
        feature = by_name[row[0]]
        assert number(row[3], lang) == pytest.approx(feature["hot_km2"], abs=0.006)
        assert number(row[6], lang) == pytest.approx(round(feature["pop"]), abs=1)  # population as an integer
        assert "," not in row[6] or lang == "en"
    hot_erp = table_after(html, "Établissements sensibles en point chaud" if lang == "fr" else
                          "Sensitive establishments in a hot spot")
    kinds = {r[1] for r in hot_erp[1:]}
    assert kinds and "college" not in kinds and ("Collège" in kinds if lang == "fr" else any("Secondary" in k for k in kinds))


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_friches_report_counts_match_the_layer(reports, lang):
    results, html = reports["friches", lang]
    layer = QgsVectorLayer(results["OUTPUT"], "f", "ogr")
    best = [f["usage_1"] for f in layer.getFeatures()]
    sites = table_after(html, "Tous les sites" if lang == "fr" else "All sites")
    assert len(sites) - 1 == layer.featureCount() == 618
    reliability = table_after(html, "Fiabilité" if lang == "fr" else "Reliability")
    assert sum(int(r[2].replace("\u202f", "").replace(",", "")) for r in reliability[1:]) == 618
    potential = table_after(html, "Potentiel" if lang == "fr" else "Potential")
    assert sum(int(r[2].replace("\u202f", "").replace(",", "")) for r in potential[1:]) == sum(1 for b in best if b)


CONTEXT_LAYERS = {
    "TRANSPORT_STOPS": "arrets_tc_GENERE", "SHOPS": "commerces_bpe_GENERE", "SUBSTATIONS": "postes_electriques_GENERE",
    "MOTORWAYS": "autoroutes_GENERE", "FLOOD_ZONES": "zones_inondables_GENERE", "WETLANDS": "zones_humides_GENERE",
    "CAVITIES": "cavites_GENERE", "CLAY": "argiles_GENERE", "TECH_RISKS": "risques_techno_GENERE",
    "ENV_ZONES": "zonages_env_GENERE", "HERITAGE": "patrimoine_GENERE", "PLU_ZONES": "zonage_plu_GENERE",
    "ZAER": "zaer_GENERE", "QPV": "qpv_GENERE", "ZAE": "zae_GENERE", "TVB": "tvb_GENERE", "ITE": "ite_GENERE",
    "HEAT_NETWORK": "reseau_chaleur_GENERE", "GRID_SATURATION": "saturation_enr_GENERE",
    "COMMUNE_DATA": "donnees_communales_GENERE"}


def test_friches_context_layers_found_by_name_give_the_same_scores(reports, run_algorithm, tmp_path):
    """One GeoPackage instead of 20 pickers: every demo context layer is found and scores as if picked by hand."""
    found_results, _ = reports["friches", "fr"]
    ctx = DEMO / "friches" / "contexte_artois_GENERE.gpkg"
    params = {"FRICHES": f"{DEMO / 'friches' / 'cartofriches_62_2024-03.gpkg'}|layername=friches_62",
              "MAIRIES": f"{DEMO / 'admin' / 'artois_admin_2026.gpkg'}|layername=mairies",
              "OUTPUT": str(tmp_path / "explicit.gpkg")}
    params.update({key: f"{ctx}|layername={name}" for key, name in CONTEXT_LAYERS.items()})
    explicit, _ = run_algorithm("aula:friches_mutability", params)
    a = {f["site_id"]: (f["usage_1"], f["indice_1"], f["fiabilite"])
         for f in QgsVectorLayer(found_results["OUTPUT"], "a", "ogr").getFeatures()}
    b = {f["site_id"]: (f["usage_1"], f["indice_1"], f["fiabilite"])
         for f in QgsVectorLayer(explicit["OUTPUT"], "b", "ogr").getFeatures()}
    assert a == b and len(a) == 618
    _, feedback = run_algorithm("aula:friches_mutability", {
        "FRICHES": params["FRICHES"], "CONTEXT_GPKG": str(ctx), "PLU_ZONES": f"{ctx}|layername=zonage_plu_GENERE",
        "OUTPUT": str(tmp_path / "found.gpkg")})
    found = [line for line in feedback.infos if "layer '" in line or "couche « " in line]
    assert len(found) == len(CONTEXT_LAYERS) - 1, found  # the layer given by hand is not looked for
    assert not any("PLU_ZONES" in line for line in found)


def test_context_pickers_are_advanced_and_the_common_case_is_short(aula_provider):
    from qgis.core import QgsProcessingParameterDefinition as D

    algorithm = QgsApplication.processingRegistry().algorithmById("aula:friches_mutability")
    main = [p.name() for p in algorithm.parameterDefinitions() if not p.flags() & D.Flag.FlagAdvanced]
    assert "CONTEXT_GPKG" in main and "MAIRIES" not in main and "FLOOD_ZONES" not in main
    assert len(main) <= 10, main


def test_report_language_is_an_advanced_parameter_of_every_report(aula_provider):
    from qgis.core import QgsProcessingParameterDefinition as D

    for algorithm_id in ("aula:zan_counters", "aula:friches_mutability", "aula:icu_hotspots"):
        p = QgsApplication.processingRegistry().algorithmById(algorithm_id).parameterDefinition("REPORT_LANGUAGE")
        assert p is not None and p.flags() & D.Flag.FlagAdvanced and p.defaultValue() == 0, algorithm_id
        assert p.options()[1:] == ["Français", "English"]


@pytest.mark.parametrize("locale", ["fr", "en"])
def test_help_button_opens_an_offline_page_in_the_users_language(aula_provider, locale):
    from aula_toolkit_plugin.processing.provider import algorithm_classes
    from aula_toolkit_plugin.toolbelt import i18n

    settings = QgsSettings()
    saved = settings.value("locale/userLocale", ""), settings.value("locale/overrideFlag", False, type=bool)
    settings.setValue("locale/overrideFlag", True)
    settings.setValue("locale/userLocale", "fr_FR" if locale == "fr" else "en_GB")
    i18n.install_translator(locale)
    try:
        for cls in algorithm_classes():
            algorithm = cls()
            url = algorithm.helpUrl()
            assert url.startswith("file://") and url.endswith(f"/help/{locale}/{cls.ALGORITHM_ID}.html"), url
            page = Path(url[len("file://"):]).read_text(encoding="utf-8")
            assert f"<html lang='{locale}'>" in page and "http://" not in page.replace("http://www.w3.org", "")
            algorithm.initAlgorithm()
            help_text = algorithm.shortHelpString()
            for p in algorithm.parameterDefinitions():  # the help speaks the form's labels, not the ids
                assert f"<b>{p.name()}</b>" not in help_text, (cls.ALGORITHM_ID, p.name())
            for word in ("docs/", "esda", "PySAL", ".md"):
                assert word not in help_text, (cls.ALGORITHM_ID, word)
            assert len(re.sub(r"<[^>]+>", "", help_text.split("<h3>")[0]).split(". ")) <= 4
    finally:
        settings.setValue("locale/userLocale", saved[0])
        settings.setValue("locale/overrideFlag", saved[1])
        i18n.install_translator("en")


def test_styles_load_with_the_default_font_and_let_what_is_beneath_show():
    for path in sorted(STYLES.glob("*.qml")):
        text = path.read_text(encoding="utf-8")
        assert "fontFamily=" not in text and "DejaVu" not in text, path.name
        if "<rasterrenderer" in text:  # raster styles (ICU raster, TVB corridors) have no font nor fill opacity rule
            continue
        import re

        declared = re.search(r"<layerGeometryType>(\d)</layerGeometryType>", text)
        geometry = ({"0": "Point", "1": "LineString", "2": "MultiPolygon"}.get(declared.group(1), "None") if declared
                    else "Point" if 'type="marker"' in text else "MultiPolygon" if 'type="fill"' in text else "None")
        layer = QgsVectorLayer(f"{geometry}?crs=EPSG:2154", "t", "memory")
        message, ok = layer.loadNamedStyle(str(path))
        assert ok, message
        if layer.labeling() is not None:
            assert layer.labeling().settings().format().fontFound(), path.name
        if geometry == "MultiPolygon":
            assert layer.opacity() <= 0.8, path.name


def test_friches_labels_only_where_they_do_not_collide():
    layer = QgsVectorLayer("Point?crs=EPSG:2154", "t", "memory")
    layer.loadNamedStyle(str(STYLES / "friches_mutability.qml"))
    settings = layer.labeling().settings()
    assert settings.scaleVisibility and 0 < settings.minimumScale <= 100_000


def test_output_fields_have_french_aliases_and_comments(french_qgis, run_algorithm, tmp_path):
    from aula_toolkit_plugin.aula_toolkit.friches import fields as FF
    from aula_toolkit_plugin.aula_toolkit.icu import fields as FI
    from aula_toolkit_plugin.aula_toolkit.zan import counters
    from aula_toolkit_plugin.processing.io import fields_from_specs

    for specs in (counters.COUNTER_FIELDS, counters.TRAJECTORY_FIELDS, FF.DETAIL_FIELDS, FI.HOTSPOT_FIELDS,
                  FI.STAKES_POPULATION_FIELDS, FI.STAKES_ERP_FIELDS, FI.SUMMARY_FIELDS,
                  FF.score_fields([("residentiel", "Résidentiel", "Housing")], True)):
        for field in fields_from_specs(specs, True):
            assert field.alias() and field.comment(), field.name()
    results, _ = run_algorithm("aula:friches_mutability", {
        "FRICHES": f"{DEMO / 'friches' / 'cartofriches_62_2024-03.gpkg'}|layername=friches_62",
        "OUTPUT": str(tmp_path / "f.gpkg"), "DETAILS": str(tmp_path / "f.gpkg").replace("f.gpkg", "d.gpkg")})
    for key in ("OUTPUT", "DETAILS"):
        layer = QgsVectorLayer(results[key], "t", "ogr")  # aliases come back from the style stored in the file
        fields = layer.fields()
        missing = [f.name() for f in fields if f.name() != "fid" and not fields.field(f.name()).alias()]
        assert missing == [], (key, missing)
        assert fields.field("usage_1" if key == "OUTPUT" else "points").alias() in (
            "Usage le plus adapté", "Points (score × poids)")
        names = layer.listStylesInDatabase()[2]
        assert names and all(len(n) <= 30 for n in names), names  # GeoPackage style names are 30 characters
        import sqlite3
        from contextlib import closing

        with closing(sqlite3.connect(results[key].split("|")[0])) as db:
            stored = [qml for (qml,) in db.execute("SELECT styleQML FROM layer_styles")]
        assert stored and not any("fontFamily=" in qml for qml in stored)  # opens anywhere without a font warning


@pytest.mark.parametrize("name", ["zan", "icu", "friches"])
@pytest.mark.parametrize("lang", ["fr", "en"])
def test_report_screenshots(reports, name, lang, tmp_path):
    """A picture of each report as a browser shows it (headless Chromium), kept in artifacts/."""
    chromium = shutil.which("chromium") or shutil.which("chromium-browser")
    if chromium is None:
        pytest.fail("chromium is missing: apt-get install -y chromium (scripts/install.sh installs it)")
    results, html = reports[name, lang]
    page = tmp_path / f"{name}_{lang}.html"
    page.write_text(html, encoding="utf-8")
    ARTIFACTS.mkdir(exist_ok=True)
    picture = ARTIFACTS / f"report_{name}_{lang}.png"
    if picture.exists():
        picture.unlink()
    for _attempt in range(3):  # Chromium sometimes dies at start where /proc is not mounted (a chroot): retry
        completed = subprocess.run([chromium, *CHROMIUM_FLAGS, "--window-size=1200,2400", f"--screenshot={picture}",
                                    page.as_uri()], capture_output=True, text=True, timeout=120)
        if picture.exists():
            break
    hint = "" if Path("/proc/self").exists() else " (/proc is not mounted here: Chromium needs it)"
    assert picture.exists() and picture.stat().st_size > 50_000, completed.stderr[-2000:] + hint
    from qgis.PyQt.QtGui import QImage

    image = QImage(str(picture))
    colours = {image.pixel(x, y) for x in range(0, image.width(), 37) for y in range(0, image.height(), 37)}
    assert len(colours) > 20, "the report renders as more than a blank page"
    print(picture, file=sys.stderr)


def test_shipped_help_pages_are_up_to_date(aula_provider, tmp_path):
    """resources/help is what scripts/build_docs.py makes from docs/ and the algorithms (rebuild and commit)."""
    import importlib.util

    spec = importlib.util.spec_from_file_location("build_docs", ROOT / "scripts" / "build_docs.py")
    build_docs = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(build_docs)
    from aula_toolkit_plugin.processing.provider import algorithm_classes

    written = build_docs.build(tmp_path)
    # per language: each algorithm, the index, the extra pages (grid format, shared rules)
    assert len(written) == 2 * (len(algorithm_classes()) + 1 + len(build_docs.EXTRA))
    for page in written:
        shipped = ROOT / "resources" / "help" / page.relative_to(tmp_path)
        assert shipped.exists() and shipped.read_text(encoding="utf-8") == page.read_text(encoding="utf-8"), (
            f"{shipped.relative_to(ROOT)} is stale: run QT_QPA_PLATFORM=offscreen python3 scripts/build_docs.py")
