"""The Lizmap cfg builder, without QGIS: keys, types and defaults of the Lizmap plugin, schema."""

from __future__ import annotations

import json

import jsonschema
import pytest

from aula_toolkit_plugin.aula_toolkit.lizmap import cfg as C
from aula_toolkit_plugin.aula_toolkit.lizmap.charts import recognise
from aula_toolkit_plugin.aula_toolkit.lizmap.errors import PublishError
from aula_toolkit_plugin.aula_toolkit.zan.counters import COUNTER_FIELDS, TRAJECTORY_FIELDS

EXTENT = [611088.75, 7010638.34, 705803.03, 7060821.24]


def zan_project() -> C.ProjectDescription:
    counters = recognise([f.name for f in COUNTER_FIELDS])
    trajectory = recognise([f.name for f in TRAJECTORY_FIELDS])
    communes = recognise(["insee_com", "nom", "population"])
    layers = [
        C.LayerDescription(
            id="compteurs_zan_1", name="Compteurs ZAN – EPCI", short_name="compteurs_zan", title="Compteurs ZAN",
            abstract="Compteurs 2011-2030", geometry_type="polygon", extent=EXTENT, crs="EPSG:2154",
            fields=[C.FieldDescription(f.name, f.fr, f.kind) for f in COUNTER_FIELDS], group=counters.group,
            tooltip_fields=counters.tooltip_fields, locate_field=counters.locate_field, charts=counters.charts),
        C.LayerDescription(
            id="trajectoire_zan_2", name="Trajectoire ZAN 2011–2030", short_name="trajectoire_zan",
            title="Trajectoire ZAN", geometry_type="none", fields=[C.FieldDescription(f.name, f.fr)
                                                                   for f in TRAJECTORY_FIELDS],
            group=trajectory.group, charts=trajectory.charts, popup=False, toggled=False),
        C.LayerDescription(
            id="communes_3", name="Communes", short_name="communes", title="Communes de l'Artois",
            geometry_type="polygon", extent=EXTENT, crs="EPSG:2154", group=communes.group,
            fields=[C.FieldDescription("insee_com", "Code INSEE"), C.FieldDescription("nom", "Nom")],
            tooltip_fields=communes.tooltip_fields, locate_field=communes.locate_field),
    ]
    groups = [C.GroupDescription("ZAN – consommation d'espaces"), C.GroupDescription("Données de référence")]
    return C.ProjectDescription(title="Résultats AULA", crs="EPSG:2154", proj4="+proj=lcc +lat_0=46.5",
                                extent=EXTENT, layers=layers, groups=groups, qgis_version=32216)


def test_cfg_follows_the_schema_and_the_lizmap_plugin_format():
    cfg = C.build_cfg(zan_project(), "3.7", "https://lizmap.example.org/", "aula", "0.1.0")
    C.validate_cfg(cfg)
    jsonschema.Draft7Validator.check_schema(C.load_schema())

    meta = cfg["metadata"]
    assert meta["lizmap_web_client_target_version"] == 30700
    assert isinstance(meta["lizmap_plugin_version"], int)
    assert meta["instance_target_repository"] == "aula"

    options = cfg["options"]
    assert options["projection"] == {"proj4": "+proj=lcc +lat_0=46.5", "ref": "EPSG:2154"}
    assert all(isinstance(v, str) for v in options["bbox"])  # WMSExtent strings, as the plugin writes
    assert options["initialExtent"] == EXTENT and options["popupLocation"] == "dock"
    assert options["mapScales"] == sorted(options["mapScales"])
    assert options["minScale"] == options["mapScales"][0] and options["maxScale"] == options["mapScales"][-1]
    assert options["use_native_zoom_levels"] is False and options["fixed_scale_overview_map"] is True

    layer = cfg["layers"]["Compteurs ZAN – EPCI"]
    # Legacy checkboxes are strings, use_proper_boolean ones are JSON booleans.
    assert layer["toggled"] == "True" and layer["popup"] == "True" and layer["baseLayer"] == "False"
    assert layer["popup_allow_download"] is True
    assert layer["popupSource"] == "qgis" and "Consommation 2011-2020 (ha)" in layer["popupTemplate"]
    assert layer["geometryType"] == "polygon" and layer["crs"] == "EPSG:2154"
    assert layer["minScale"] == 1 and layer["maxScale"] == 1000000000000 and layer["clientCacheExpiration"] == 300
    assert cfg["layers"]["ZAN – consommation d'espaces"]["type"] == "group"
    assert cfg["layers"]["Trajectoire ZAN 2011–2030"]["geometryType"] == "none"
    assert cfg["layers"]["Trajectoire ZAN 2011–2030"]["toggled"] == "False"

    assert cfg["attributeLayers"]["Compteurs ZAN – EPCI"] == {
        "layerId": "compteurs_zan_1", "primaryKey": "fid", "pivot": "False", "hideAsChild": "False",
        "hideLayer": "False", "custom_config": "False", "order": 0}
    assert [row["order"] for row in cfg["attributeLayers"].values()] == [0, 1, 2]
    assert cfg["tooltipLayers"]["Compteurs ZAN – EPCI"]["fields"] == "territoire_nom,statut_libelle,utilisation_pct"
    assert "Trajectoire ZAN 2011–2030" not in cfg["tooltipLayers"]  # no geometry, no tooltip
    assert cfg["locateByLayer"]["Communes"]["fieldName"] == "nom"

    dataviz = cfg["datavizLayers"]
    assert list(dataviz) == ["0", "1"]  # ZAN trajectory: bars and curves
    assert dataviz["1"]["type"] == "scatter" and dataviz["1"]["order"] == 1
    plot = dataviz["0"]
    assert plot["layerId"] == "trajectoire_zan_2" and plot["x_field"] == "annee" and plot["type"] == "bar"
    assert [t["y_field"] for t in plot["traces"]] == ["conso_cumul_ha", "objectif_cumul_ha"]
    assert plot["trigger_filter"] is True and plot["display_legend"] == "True" and plot["order"] == 0


@pytest.mark.parametrize("version,expected", [("3.7", 30700), ("3.8", 30800), ("3.9", 30900), ("3.10", 31000)])
def test_target_versions(version, expected):
    cfg = C.build_cfg(zan_project(), version)
    C.validate_cfg(cfg)
    assert cfg["metadata"]["lizmap_web_client_target_version"] == expected


def test_unsupported_version_and_bad_cfg_are_refused_in_both_languages():
    with pytest.raises(PublishError) as error:
        C.build_cfg(zan_project(), "3.5")
    assert "non prise en charge" in error.value.fr and "Unsupported" in error.value.en
    cfg = C.build_cfg(zan_project())
    cfg["layers"]["Communes"]["toggled"] = True  # must be the string "True"
    cfg["options"]["popupLocation"] = "somewhere"
    with pytest.raises(PublishError) as error:
        C.validate_cfg(cfg)
    assert error.value.kind == "invalid"
    assert "toggled" in str(error.value) and "popupLocation" in str(error.value)


def test_duplicated_names_are_refused():
    project = zan_project()
    project.layers[2].name = project.layers[0].name
    with pytest.raises(PublishError, match="double"):
        C.build_cfg(project)


def test_written_cfg_is_utf8_json_as_the_plugin_writes_it(tmp_path):
    cfg = C.build_cfg(zan_project())
    path = C.write_cfg(cfg, tmp_path / "p.qgs.cfg")
    text = path.read_text(encoding="utf-8")
    assert "Compteurs ZAN – EPCI" in text  # not \u2013-escaped
    assert text.startswith('{\n    "metadata"')
    assert json.loads(text) == cfg


def test_popup_template_uses_french_labels_and_escapes():
    layer = C.LayerDescription(id="a", name="A", short_name="a", title="Friches <test>", crs="EPSG:2154",
                               fields=[C.FieldDescription('na"me', "Nom & prénom")])
    template = C.popup_template(layer)
    assert "Nom &amp; prénom" in template and "Friches &lt;test&gt;" in template
    assert '[% coalesce(to_string("na""me"), \'–\') %]' in template


def test_short_names_are_wms_safe_and_unique():
    assert C.short_name("Compteurs ZAN – EPCI") == "compteurs_zan_epci"
    assert C.short_name("2030 trajectoire") == "c_2030_trajectoire"
    assert C.short_name("Îlots de chaleur", taken={"ilots_de_chaleur"}) == "ilots_de_chaleur_2"
    assert C.version_integer("3.8.2") == 30802


def test_recipes_recognise_toolkit_results():
    assert recognise([f.name for f in COUNTER_FIELDS]).kind == "zan_counters"
    assert recognise([f.name for f in TRAJECTORY_FIELDS]).kind == "zan_trajectory"
    friches = recognise(["site_id", "best_use", "best_index", "idx_residentiel", "idx_industrie"])
    assert friches.kind == "friches" and friches.group == "Friches – mutabilité"
    assert [c.type for c in friches.charts] == ["bar", "pie"]
    assert friches.charts[0].y_fields == ("idx_residentiel", "idx_industrie")
    other = recognise(["insee_com", "nom"])
    assert other.kind == "other" and other.locate_field == "nom"
