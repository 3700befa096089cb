"""The Lizmap configuration file (``<project>.qgs.cfg``), built from plain layer descriptions.

Keys, types and defaults follow the 3Liz Lizmap plugin (``lizmap/config/global_options.py``,
``lizmap/config/layer_options.py``, ``lizmap/definitions/{attribute_table,tooltip,dataviz,
locate_by_layer}.py`` and the writer ``project_config_file``), checked against configuration files
written by that plugin for Lizmap Web Client 3.7 (``lizmap-web-client/tests/qgis-projects/tests``):

- checkboxes without ``use_proper_boolean`` are written as the strings ``"True"`` / ``"False"``
  (``toggled``, ``popup``, ``baseLayer``…), the others as JSON booleans (``popup_allow_download``,
  ``use_native_zoom_levels``, ``fixed_scale_overview_map``, ``trigger_filter``…);
- table sections (``attributeLayers``, ``tooltipLayers``, ``locateByLayer``) are keyed by layer name,
  ``datavizLayers`` by row number as a string; every row has an ``order``; empty strings are dropped;
- ``metadata.lizmap_web_client_target_version`` is an integer, ``30700`` for 3.7.

The schema of what we write is ``schema/lizmap_cfg.schema.json``; :func:`validate_cfg` checks it.
"""

from __future__ import annotations

import html
import json
import re
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path
from typing import Dict, Iterable, List, Optional, Sequence, Tuple

from .errors import INVALID, PublishError

SCHEMA_PATH = Path(__file__).resolve().parent / "schema" / "lizmap_cfg.schema.json"

#: Lizmap Web Client versions we can target (3.7 and later), as written in ``metadata``.
LWC_VERSIONS: Dict[str, int] = {"3.7": 30700, "3.8": 30800, "3.9": 30900}
DEFAULT_LWC_VERSION = "3.7"

#: Version of the Lizmap plugin whose cfg format we reproduce (read from its definitions, 4.x line).
FORMAT_PLUGIN_VERSION = "4.0.0"

GEOMETRY_TYPES = ("point", "line", "polygon", "unknown", "none")
POPUP_LOCATIONS = ("dock", "minidock", "map", "bottomdock", "right-dock")
LEGEND_IMAGE_OPTIONS = ("hide_at_startup", "expand_at_startup", "disabled")
CHART_TYPES = ("scatter", "box", "bar", "histogram", "pie", "histogram2d", "polar", "sunburst", "html")
AGGREGATIONS = ("", "sum", "count", "avg", "median", "stddev", "min", "max", "first", "last")

#: Defaults of ``options`` (Lizmap plugin ``globalOptionDefinitions``) that we always write.
DEFAULT_SCALES = [1000, 2500, 5000, 10000, 25000, 50000, 100000, 250000, 500000]


def _flag(value: bool) -> str:
    """A legacy Lizmap checkbox value (``"True"`` / ``"False"``)."""
    return "True" if value else "False"


def version_integer(version: str) -> int:
    """``"3.7"`` → 30700, ``"3.8.2"`` → 30802 (the Lizmap plugin's ``format_version_integer``)."""
    parts = [int(p) for p in re.findall(r"\d+", version)[:3]]
    parts += [0] * (3 - len(parts))
    return parts[0] * 10000 + parts[1] * 100 + parts[2]


def short_name(text: str, taken: Iterable[str] = ()) -> str:
    """A WMS short name: ASCII letters, digits, ``_``, starting with a letter, unique among ``taken``."""
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    name = re.sub(r"[^A-Za-z0-9_]+", "_", ascii_text).strip("_").lower() or "couche"
    if not name[0].isalpha():
        name = "c_" + name
    taken = set(taken)
    candidate, i = name, 2
    while candidate in taken:
        candidate, i = f"{name}_{i}", i + 1
    return candidate


# --- descriptions -------------------------------------------------------------------------------

@dataclass(frozen=True)
class FieldDescription:
    name: str
    alias: str = ""  # French label shown in popups and tables
    kind: str = "text"  # text, integer, real, date…

    @property
    def label(self) -> str:
        return self.alias or self.name


@dataclass(frozen=True)
class ChartDescription:
    """One Lizmap dataviz plot (``datavizLayers`` row)."""

    type: str
    title: str
    x_field: str
    y_fields: Tuple[str, ...]
    aggregation: str = "sum"
    colors: Tuple[str, ...] = ()
    description: str = ""
    horizontal: bool = False
    stacked: bool = False
    display_legend: bool = True
    uuid: str = ""


@dataclass
class LayerDescription:
    """What the cfg needs to know about one published layer (no QGIS object)."""

    id: str  # QGIS layer id in the web project
    name: str  # QGIS layer name in the web project (key of ``layers``)
    short_name: str  # WMS name
    title: str
    abstract: str = ""
    geometry_type: str = "polygon"  # one of GEOMETRY_TYPES
    extent: Optional[Sequence[float]] = None  # xmin, ymin, xmax, ymax in the layer CRS
    crs: str = ""
    fields: List[FieldDescription] = field(default_factory=list)
    group: str = ""  # name of the parent group in the web project
    toggled: bool = True
    base_layer: bool = False
    popup: bool = True
    popup_fields: Optional[List[str]] = None  # default: every field
    primary_key: str = "fid"
    attribute_table: bool = True
    tooltip_fields: List[str] = field(default_factory=list)
    locate_field: str = ""
    charts: List[ChartDescription] = field(default_factory=list)
    legend_image_option: str = "hide_at_startup"

    @property
    def spatial(self) -> bool:
        return self.geometry_type not in ("none", "unknown")


@dataclass
class GroupDescription:
    name: str
    title: str = ""
    abstract: str = ""
    short_name: str = ""
    toggled: bool = True


@dataclass
class ProjectDescription:
    title: str
    crs: str  # "EPSG:2154"
    proj4: str
    extent: Sequence[float]  # WMS extent in the project CRS
    layers: List[LayerDescription]
    groups: List[GroupDescription] = field(default_factory=list)
    abstract: str = ""
    initial_extent: Optional[Sequence[float]] = None
    scales: Sequence[int] = tuple(DEFAULT_SCALES)
    popup_location: str = "dock"
    external_search: str = "ban"  # French address API, "" to disable
    qgis_version: int = 0  # Qgis.versionInt() of the desktop that built the project


# --- popups -------------------------------------------------------------------------------------

def popup_template(layer: LayerDescription) -> str:
    """An HTML maptip (QGIS expressions) listing the fields with their French labels.

    Written as the layer's map tip in the web project and used with ``popupSource = "qgis"``; the same
    text is kept in ``popupTemplate``.
    """
    wanted = layer.popup_fields if layer.popup_fields is not None else [f.name for f in layer.fields]
    by_name = {f.name: f for f in layer.fields}
    rows = []
    for name in wanted:
        spec = by_name.get(name, FieldDescription(name))
        quoted = name.replace('"', '""')
        rows.append(
            f'  <tr><th>{html.escape(spec.label)}</th>'
            f'<td>[% coalesce(to_string("{quoted}"), \'–\') %]</td></tr>'
        )
    title = html.escape(layer.title)
    return (f'<div class="aula-popup">\n<h4>{title}</h4>\n<table class="table table-condensed table-striped">\n'
            + "\n".join(rows) + "\n</table>\n</div>")


# --- cfg ----------------------------------------------------------------------------------------

def _layer_entry(layer: LayerDescription) -> dict:
    # As the plugin: geometryType "none" for a table, crs always (authid, "" when the layer has none).
    entry = {"id": layer.id, "name": layer.name, "type": "layer", "geometryType": layer.geometry_type}
    if layer.extent is not None:
        entry["extent"] = [float(v) for v in layer.extent]
    entry["crs"] = layer.crs
    template = popup_template(layer) if layer.popup else ""
    entry.update({
        "title": layer.title,
        "abstract": layer.abstract,
        "link": "",
        "minScale": 1,
        "maxScale": 1000000000000,
        "toggled": _flag(layer.toggled),
        "popup": _flag(layer.popup),
        "popupSource": "qgis" if layer.popup else "auto",
        "popupTemplate": template,
        "popupMaxFeatures": 10,
        "children_lizmap_features_table": True,
        "popupDisplayChildren": "False",
        "popup_allow_download": True,
        "legend_image_option": layer.legend_image_option,
        "groupAsLayer": "False",
        "baseLayer": _flag(layer.base_layer),
        "displayInLegend": "True",
        "group_visibility": [],
        "singleTile": "True",
        "imageFormat": "image/png",
        "cached": "False",
        "clientCacheExpiration": 300,
    })
    return entry


def _group_entry(group: GroupDescription) -> dict:
    return {
        "id": group.name,
        "name": group.name,
        "type": "group",
        "title": group.title or group.name,
        "abstract": group.abstract,
        "link": "",
        "minScale": 1,
        "maxScale": 1000000000000,
        "toggled": _flag(group.toggled),
        "popup": "False",
        "popupSource": "auto",
        "popupTemplate": "",
        "popupMaxFeatures": 10,
        "children_lizmap_features_table": True,
        "popupDisplayChildren": "False",
        "popup_allow_download": True,
        "legend_image_option": "hide_at_startup",
        "groupAsLayer": "False",
        "baseLayer": "False",
        "displayInLegend": "True",
        "group_visibility": [],
        "singleTile": "True",
        "imageFormat": "image/png",
        "cached": "False",
        "clientCacheExpiration": 300,
    }


def _chart_entry(layer: LayerDescription, chart: ChartDescription, order: int) -> dict:
    colors = list(chart.colors) or ["#086FA1", "#E8710A", "#1B9E77", "#7570B3", "#D95F02", "#66A61E", "#E6AB02"]
    traces = [
        {"y_field": y, "color": colors[i % len(colors)], "colorfield": "", "z_field": ""}
        for i, y in enumerate(chart.y_fields)
    ]
    entry = {
        "type": chart.type,
        "title": chart.title,
        "description": chart.description,
        "layerId": layer.id,
        "x_field": chart.x_field,
        "aggregation": chart.aggregation,
        "traces": traces,
        "popup_display_child_plot": "False",
        "trigger_filter": True,
        "stacked": _flag(chart.stacked),
        "horizontal": _flag(chart.horizontal),
        "only_show_child": "False",
        "display_legend": _flag(chart.display_legend),
        "display_when_layer_visible": "False",
        "uuid": chart.uuid or f"{layer.short_name}_plot_{chart.type}_{order}",
        "order": order,
    }
    # The plugin drops empty strings from table rows.
    return {k: v for k, v in entry.items() if v != ""}


def build_cfg(project: ProjectDescription, lwc_version: str = DEFAULT_LWC_VERSION, instance_url: str = "",
              repository: str = "", toolkit_version: str = "") -> dict:
    """The Lizmap configuration of ``project`` for Lizmap Web Client ``lwc_version`` (3.7 or later)."""
    if lwc_version not in LWC_VERSIONS:
        raise PublishError(
            INVALID,
            fr=f"Version de Lizmap Web Client « {lwc_version} » non prise en charge ; versions : "
               f"{', '.join(LWC_VERSIONS)}.",
            en=f"Unsupported Lizmap Web Client version '{lwc_version}'; versions: {', '.join(LWC_VERSIONS)}.",
        )
    if not project.layers:
        raise PublishError(INVALID, fr="Aucune couche à publier.", en="No layer to publish.")
    names = [layer.name for layer in project.layers] + [g.name for g in project.groups]
    duplicated = sorted({n for n in names if names.count(n) > 1})
    if duplicated:
        raise PublishError(
            INVALID,
            fr=f"Noms de couches ou de groupes en double dans le projet web : {', '.join(duplicated)}.",
            en=f"Duplicated layer or group names in the web project: {', '.join(duplicated)}.",
        )

    metadata = {
        "qgis_desktop_version": int(project.qgis_version),
        "lizmap_plugin_version_str": FORMAT_PLUGIN_VERSION,
        "lizmap_plugin_version": version_integer(FORMAT_PLUGIN_VERSION),
        "lizmap_web_client_target_version": LWC_VERSIONS[lwc_version],
        "lizmap_web_client_target_status": "Stable",
        "instance_target_url": instance_url,
        "project_valid": True,
        "aula_toolkit_version": toolkit_version or "unknown",
    }
    if repository:
        metadata["instance_target_repository"] = repository

    scales = sorted(int(s) for s in project.scales)
    extent = [float(v) for v in project.extent]
    options = {
        "projection": {"proj4": project.proj4, "ref": project.crs},
        "bbox": [repr(v) for v in extent],
        "mapScales": scales,
        "minScale": scales[0],
        "maxScale": scales[-1],
        "use_native_zoom_levels": False,
        "hide_numeric_scale_value": False,
        "initialExtent": [float(v) for v in (project.initial_extent or extent)],
        "popupLocation": project.popup_location,
        "pointTolerance": 25,
        "lineTolerance": 10,
        "polygonTolerance": 5,
        "tmTimeFrameSize": 10,
        "tmTimeFrameType": "seconds",
        "tmAnimationFrameLength": 1000,
        "datavizLocation": "dock",
        "theme": "light",
        "fixed_scale_overview_map": True,
        "automatic_permalink": False,
    }
    if project.external_search:
        options["externalSearch"] = project.external_search

    layers: Dict[str, dict] = {}
    for group in project.groups:
        layers[group.name] = _group_entry(group)
    for layer in project.layers:
        layers[layer.name] = _layer_entry(layer)

    attribute_layers, tooltip_layers, locate_layers, dataviz_layers = {}, {}, {}, {}
    for layer in project.layers:
        if layer.attribute_table:
            attribute_layers[layer.name] = {
                "layerId": layer.id,
                "primaryKey": layer.primary_key,
                "pivot": "False",
                "hideAsChild": "False",
                "hideLayer": "False",
                "custom_config": "False",
                "order": len(attribute_layers),
            }
        if layer.tooltip_fields and layer.spatial:
            tooltip_layers[layer.name] = {
                "layerId": layer.id,
                "fields": ",".join(layer.tooltip_fields),
                "displayGeom": "False",
                "order": len(tooltip_layers),
            }
        if layer.locate_field and layer.spatial:
            locate_layers[layer.name] = {
                "layerId": layer.id,
                "fieldName": layer.locate_field,
                "displayGeom": "True",
                "minLength": 0,
                "filterOnLocate": "False",
                "order": len(locate_layers),
            }
        for chart in layer.charts:
            order = len(dataviz_layers)
            dataviz_layers[str(order)] = _chart_entry(layer, chart, order)

    return {
        "metadata": metadata,
        "warnings": [],
        "options": options,
        "layers": layers,
        "atlas": {"layers": []},
        "locateByLayer": locate_layers,
        "attributeLayers": attribute_layers,
        "tooltipLayers": tooltip_layers,
        "editionLayers": {},
        "layouts": {"config": {"default_popup_print": False}, "list": []},
        "loginFilteredLayers": {},
        "timemanagerLayers": {},
        "datavizLayers": dataviz_layers,
        "formFilterLayers": {},
    }


def dump_cfg(cfg: dict) -> str:
    """The cfg as the Lizmap plugin writes it (UTF-8 JSON, 4-space indent, non-ASCII kept)."""
    return json.dumps(cfg, indent=4, ensure_ascii=False) + "\n"


def write_cfg(cfg: dict, path: Path) -> Path:
    validate_cfg(cfg)
    path = Path(path)
    path.write_text(dump_cfg(cfg), encoding="utf-8")
    return path


def load_schema() -> dict:
    return json.loads(SCHEMA_PATH.read_text(encoding="utf-8"))


def validate_cfg(cfg: dict) -> None:
    """Raise :class:`PublishError` (kind ``invalid``) if ``cfg`` does not follow the schema.

    Uses ``jsonschema`` when installed (always in the tests); otherwise checks the top-level keys only.
    """
    schema = load_schema()
    try:
        import jsonschema
    except ImportError:  # pragma: no cover - QGIS installs without jsonschema
        missing = [k for k in schema.get("required", []) if k not in cfg]
        errors = [f"clé manquante / missing key: {k}" for k in missing]
    else:
        validator = jsonschema.Draft7Validator(schema)
        errors = [f"{'/'.join(str(p) for p in e.absolute_path) or '(racine)'}: {e.message}"
                  for e in sorted(validator.iter_errors(cfg), key=lambda e: list(map(str, e.absolute_path)))]
    if errors:
        listing = "; ".join(errors[:5]) + (f" … (+{len(errors) - 5})" if len(errors) > 5 else "")
        raise PublishError(INVALID, fr=f"Configuration Lizmap invalide : {listing}",
                           en=f"Invalid Lizmap configuration: {listing}")
