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

#: Lizmap Web Client versions we can target, as written in ``metadata.lizmap_web_client_target_version``.
LWC_VERSIONS: Dict[str, int] = {"3.7": 30700, "3.8": 30800, "3.9": 30900, "3.10": 31000}
#: 3.8: a Lizmap Web Client warns, in its administration panel, about projects whose target version equals
#: its ``minimumRequiredVersion.lizmapWebClientTargetVersion`` (three versions behind: 3.10 warns on 3.7
#: targets) and hides older ones; 3.8 is shown without warning by 3.8, 3.9 and 3.10. For a 3.7 instance,
#: choose 3.7 (or give the instance address: its version is read from its metadata).
DEFAULT_LWC_VERSION = "3.8"

#: Version of the Lizmap plugin whose cfg format we reproduce (4.x line, checked against the cfg files of
#: Lizmap Web Client's own tests). Lizmap Web Client recommends a minimum desktop plugin version
#: (``minimumRequiredVersion.lizmapDesktopPlugin``, 4.4.6 = 40406 in 3.8 to 3.10) and flags newer projects
#: saved with an older one: 4.5.3 (40503), the last 4.x release, stays above it.
FORMAT_PLUGIN_VERSION = "4.5.3"

#: Name of the layer-tree group Lizmap Web Client 3.7+ reads its base layers from, and of the group whose
#: layers stay out of the legend (tables used by the attribute tables and charts).
BASELAYERS_GROUP = "baselayers"
HIDDEN_GROUP = "hidden"

#: Lizmap user groups: letters, digits, ``_``, ``-``, ``.``, ``@`` (jAcl2 group ids).
GROUP_PATTERN = re.compile(r"^[A-Za-z0-9_.@-]{1,64}$")
#: Longest project name: Lizmap builds file names, URLs and cache keys from it.
MAX_PROJECT_NAME = 64


@dataclass(frozen=True)
class BaseMap:
    """A background map offered in Lizmap's base-layer switcher (an XYZ source QGIS and Lizmap read)."""

    key: str
    title: str
    url: str  # XYZ template, {z}/{x}/{y}
    attribution: str
    attribution_url: str
    zmax: int = 19


def _geopf(layer: str, fmt: str, style: str = "normal") -> str:
    """A WMTS GetTile template of the IGN Géoplateforme (``data.geopf.fr``), matrix set PM (EPSG:3857)."""
    return ("https://data.geopf.fr/wmts?SERVICE=WMTS&REQUEST=GetTile&VERSION=1.0.0"
            f"&LAYER={layer}&STYLE={style}&TILEMATRIXSET=PM&FORMAT={fmt}"
            "&TILEMATRIX={z}&TILEROW={y}&TILECOL={x}")


#: ``BASEMAPS`` choices, in the order of the algorithm's list. Keys are public (parameter values).
BASEMAPS: Dict[str, BaseMap] = {
    "ign_plan": BaseMap("ign_plan", "Plan IGN", _geopf("GEOGRAPHICALGRIDSYSTEMS.PLANIGNV2", "image/png"),
                        "© IGN – Géoplateforme", "https://geoservices.ign.fr/", 19),
    "ign_ortho": BaseMap("ign_ortho", "Photographies aériennes IGN",
                         _geopf("ORTHOIMAGERY.ORTHOPHOTOS", "image/jpeg"), "© IGN – Géoplateforme",
                         "https://geoservices.ign.fr/", 19),
    "osm": BaseMap("osm", "OpenStreetMap", "https://tile.openstreetmap.org/{z}/{x}/{y}.png",
                   "© les contributeurs d'OpenStreetMap", "https://www.openstreetmap.org/copyright", 19),
}
DEFAULT_BASEMAPS = ("ign_plan",)

#: Field names that identify a commune or an EPCI in a result layer (first found wins), for form filters.
COMMUNE_FIELDS = ("nom_commune", "commune", "libelle_commune", "nom_com", "libgeo", "nom")
EPCI_FIELDS = ("nom_epci", "epci", "libelle_epci", "lib_epci", "epci_nom")

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


def lwc_branch(version: str) -> str:
    """``"3.9.2"`` → ``"3.9"``; a newer 3.x than we know → the newest we target; older → ValueError."""
    parts = [int(p) for p in re.findall(r"\d+", version)[:2]]
    if len(parts) < 2:
        raise ValueError(version)
    branch = f"{parts[0]}.{parts[1]}"
    if branch in LWC_VERSIONS:
        return branch
    if version_integer(branch) > max(LWC_VERSIONS.values()):
        return list(LWC_VERSIONS)[-1]
    raise ValueError(version)


def check_project_name(name: str) -> None:
    """Refuse a project name Lizmap cannot serve (characters, length) with a bilingual message."""
    if not name:
        raise PublishError(INVALID, fr="Nom de projet vide.", en="Empty project name.")
    if len(name) > MAX_PROJECT_NAME:
        raise PublishError(
            INVALID,
            fr=f"Nom de projet trop long : {len(name)} caractères (au plus {MAX_PROJECT_NAME}) ; il sert de nom "
               f"de fichier et d'adresse dans Lizmap. Début : « {name[:30]}… ».",
            en=f"Project name too long: {len(name)} characters (at most {MAX_PROJECT_NAME}); Lizmap uses it as a "
               f"file name and in addresses. Start: '{name[:30]}…'.",
        )
    if not re.fullmatch(r"[A-Za-z0-9_-]+", name):
        raise PublishError(
            INVALID,
            fr=f"Nom de projet « {name} » invalide : lettres, chiffres, « _ » et « - » seulement.",
            en=f"Invalid project name '{name}': letters, digits, '_' and '-' only.",
        )


def check_groups(groups: Iterable[str], what_fr: str = "groupes", what_en: str = "groups") -> List[str]:
    """Clean a list of Lizmap user groups (strip, unique) or raise naming the bad one."""
    cleaned: List[str] = []
    for group in groups:
        group = group.strip()
        if not group:
            continue
        if not GROUP_PATTERN.match(group):
            raise PublishError(
                INVALID,
                fr=f"Groupe Lizmap « {group} » invalide ({what_fr}) : identifiant de groupe attendu (lettres, "
                   "chiffres, « _ », « - », « . », « @ »), séparés par des virgules.",
                en=f"Invalid Lizmap group '{group}' ({what_en}): a group id is expected (letters, digits, '_', "
                   "'-', '.', '@'), separated by commas.",
            )
        if group not in cleaned:
            cleaned.append(group)
    return cleaned


def parse_layer_groups(text: str) -> Dict[str, List[str]]:
    """``"Layer name: group_a, group_b"`` lines → {layer: [groups]} (per-layer group visibility)."""
    result: Dict[str, List[str]] = {}
    for number, line in enumerate((text or "").splitlines(), 1):
        if not line.strip():
            continue
        if ":" not in line:
            raise PublishError(
                INVALID,
                fr=f"Groupes par couche, ligne {number} « {line.strip()} » : attendu « couche : groupe1, groupe2 ».",
                en=f"Groups per layer, line {number} '{line.strip()}': expected 'layer: group1, group2'.",
            )
        layer, groups = line.rsplit(":", 1)
        result[layer.strip()] = check_groups(groups.split(","), "groupes par couche", "groups per layer")
    return result


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


@dataclass(frozen=True)
class FormFilter:
    """One field of Lizmap's filter form (``formFilterLayers`` row): a list of the field's values."""

    field: str
    title: str
    type: str = "uniquevalues"  # uniquevalues, text, numeric, date
    format: str = "select"  # select, checkboxes


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
    kind: str = "vector"  # vector or raster
    group_visibility: List[str] = field(default_factory=list)  # Lizmap groups that see it (empty: all)
    form_filters: List[FormFilter] = field(default_factory=list)
    provider: str = "ogr"
    display_in_legend: bool = True

    @property
    def spatial(self) -> bool:
        return self.kind == "raster" or self.geometry_type not in ("none", "unknown")

    @property
    def vector(self) -> bool:
        return self.kind == "vector"


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
    basemaps: List["BaseLayerDescription"] = field(default_factory=list)  # first one shown at startup
    acl: List[str] = field(default_factory=list)  # Lizmap groups allowed to see the map (empty: everyone)
    hide_project: bool = False  # not listed on the landing page: reachable by its link only
    layouts: List[str] = field(default_factory=list)  # print layouts of the project offered for printing


@dataclass
class BaseLayerDescription:
    """A base layer of the web project (a layer of the ``baselayers`` group)."""

    id: str
    name: str  # layer name in the web project
    basemap: BaseMap


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
    entry = {"id": layer.id, "name": layer.name, "type": "layer"}
    if layer.vector:  # the plugin writes no geometry type for rasters
        entry["geometryType"] = layer.geometry_type
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
        "displayInLegend": _flag(layer.display_in_legend),
        "group_visibility": list(layer.group_visibility),
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


def _base_layer_entry(base: BaseLayerDescription, visible: bool) -> dict:
    """A base layer as Lizmap's plugin writes an XYZ layer of the ``baselayers`` group."""
    half = 20037508.342789244
    return {
        "id": base.id, "name": base.name, "type": "layer", "extent": [-half, -half, half, half],
        "crs": "EPSG:3857", "title": base.basemap.title, "abstract": base.basemap.attribution,
        "link": base.basemap.attribution_url, "minScale": 1, "maxScale": 1000000000000,
        "toggled": _flag(visible), "popup": "False", "popupSource": "auto", "popupTemplate": "",
        "popupMaxFeatures": 10, "popupDisplayChildren": "False", "popup_allow_download": True,
        "legend_image_option": "disabled", "groupAsLayer": "False", "baseLayer": "False",
        "displayInLegend": "True", "group_visibility": [], "singleTile": "False", "imageFormat": "image/png",
        "cached": "False", "clientCacheExpiration": 300,
    }


def layout_entry(name: str) -> dict:
    """A print layout offered by the web map's print button (Lizmap plugin ``definitions/layouts.py``)."""
    return {"layout": name, "enabled": True, "formats_available": ["pdf", "png"], "default_format": "pdf",
            "dpi_available": ["100", "200", "300"], "default_dpi": "200"}


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
    check_groups(project.acl, "accès à la carte", "map access")
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
    options["hideProject"] = _flag(project.hide_project)
    if project.acl:
        options["acl"] = list(project.acl)

    layers: Dict[str, dict] = {}
    for group in project.groups:
        layers[group.name] = _group_entry(group)
    for layer in project.layers:
        layers[layer.name] = _layer_entry(layer)
    if project.basemaps:
        layers[BASELAYERS_GROUP] = _group_entry(GroupDescription(BASELAYERS_GROUP, BASELAYERS_GROUP))
        for index, base in enumerate(project.basemaps):
            layers[base.name] = _base_layer_entry(base, index == 0)

    attribute_layers, tooltip_layers, locate_layers, dataviz_layers, form_filters = {}, {}, {}, {}, {}
    for layer in project.layers:
        for spec in layer.form_filters if layer.vector else ():
            order = len(form_filters)
            form_filters[str(order)] = {"layerId": layer.id, "title": spec.title, "type": spec.type,
                                        "field": spec.field, "format": spec.format, "order": order,
                                        "provider": layer.provider}
        if layer.attribute_table and layer.vector:
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
        "layouts": {"config": {"default_popup_print": False}, "list": [layout_entry(n) for n in project.layouts]},
        "loginFilteredLayers": {},
        "timemanagerLayers": {},
        "datavizLayers": dataviz_layers,
        "formFilterLayers": form_filters,
    }


#: What a publication derives from the data and the parameters: always ours on republishing.
_OURS_OPTIONS = {"projection", "bbox", "initialExtent", "hideProject"}
_OURS_LAYER_KEYS = {"id", "name", "type", "geometryType", "extent", "crs"}
_TABLE_SECTIONS = ("attributeLayers", "tooltipLayers", "locateByLayer", "editionLayers", "loginFilteredLayers",
                   "timemanagerLayers", "filter_by_polygon")
_NUMBERED_SECTIONS = ("datavizLayers", "formFilterLayers")


@dataclass
class MergeReport:
    kept: List[str] = field(default_factory=list)  # administrator settings carried over
    dropped: List[str] = field(default_factory=list)  # settings of layers that are no longer published


def merge_cfg(new: dict, previous: Optional[dict]) -> Tuple[dict, MergeReport]:
    """Republishing: ``new`` (built from the data) merged with the cfg already published, so that what an
    administrator changed afterwards stays: unknown keys everywhere, options we do not derive from the data
    (``acl`` too, unless this publication sets it), per-layer options and table rows of layers that are still
    published (matched by layer name, their ids updated). Rows and layers that are gone are dropped and
    named in the report."""
    report = MergeReport()
    if not previous:
        return new, report
    merged = json.loads(json.dumps(new))
    old_layers = previous.get("layers") or {}
    new_layers = merged["layers"]
    id_map = {}  # previous layer id → new id (same layer name)
    for name, entry in old_layers.items():
        if isinstance(entry, dict) and name in new_layers:
            id_map[entry.get("id", name)] = new_layers[name].get("id", name)

    for key, value in previous.items():  # top-level keys we do not write
        if key not in merged:
            merged[key] = value
            report.kept.append(key)

    options = merged.setdefault("options", {})
    for key, value in (previous.get("options") or {}).items():
        if key in _OURS_OPTIONS or (key == "acl" and "acl" in new.get("options", {})):
            continue
        if options.get(key) != value:
            options[key] = value
            report.kept.append(f"options.{key}")

    for name, entry in old_layers.items():
        if not isinstance(entry, dict):
            continue
        if name not in new_layers:
            report.dropped.append(f"layers.{name}")
            continue
        target = new_layers[name]
        for key, value in entry.items():
            if key in _OURS_LAYER_KEYS or target.get(key) == value:
                continue
            if key == "group_visibility" and target.get(key):
                continue  # set by this publication
            target[key] = value
            report.kept.append(f"layers.{name}.{key}")

    for section in _TABLE_SECTIONS:
        rows = previous.get(section)
        if not isinstance(rows, dict):
            continue
        ours = merged.setdefault(section, {})
        for key, row in rows.items():
            layer_id = row.get("layerId") if isinstance(row, dict) else None
            if layer_id is not None and layer_id not in id_map:
                report.dropped.append(f"{section}.{key}")
                continue
            row = dict(row) if isinstance(row, dict) else row
            if layer_id is not None:
                row["layerId"] = id_map[layer_id]
            if key not in ours:
                report.kept.append(f"{section}.{key}")
            ours[key] = row if key not in ours else {**ours[key], **row, "layerId": ours[key].get("layerId")}
        for order, key in enumerate(ours):
            if isinstance(ours[key], dict) and "order" in ours[key]:
                ours[key]["order"] = order

    for section in _NUMBERED_SECTIONS:
        rows = previous.get(section)
        if not isinstance(rows, dict):
            continue
        result: List[dict] = []
        for key, row in rows.items():
            if not isinstance(row, dict) or row.get("layerId") not in id_map:
                report.dropped.append(f"{section}.{key}")
                continue
            result.append({**row, "layerId": id_map[row["layerId"]]})
        seen = {(r.get("uuid") or (r.get("layerId"), r.get("field"), r.get("title"))) for r in result}
        for row in (merged.get(section) or {}).values():
            if (row.get("uuid") or (row.get("layerId"), row.get("field"), row.get("title"))) not in seen:
                result.append(row)
        merged[section] = {str(i): {**row, "order": i} for i, row in enumerate(result)}
        report.kept.extend(f"{section}.{k}" for k in rows if f"{section}.{k}" not in report.dropped)

    old_layouts = ((previous.get("layouts") or {}).get("list") or [])
    ours_layouts = merged.setdefault("layouts", {"config": {}, "list": []})
    names = {item.get("layout") for item in ours_layouts.get("list", [])}
    for item in old_layouts:
        if isinstance(item, dict) and item.get("layout") in names:
            index = next(i for i, o in enumerate(ours_layouts["list"]) if o.get("layout") == item.get("layout"))
            ours_layouts["list"][index] = {**ours_layouts["list"][index], **item}
            report.kept.append(f"layouts.{item.get('layout')}")
    if isinstance((previous.get("layouts") or {}).get("config"), dict):
        ours_layouts["config"] = {**ours_layouts.get("config", {}), **previous["layouts"]["config"]}
    return merged, report


def strip_unknown(cfg: dict) -> dict:
    """The part of ``cfg`` our schema describes (administrators may add keys we do not know)."""
    schema = load_schema()
    known = set(schema["properties"])
    out = {k: v for k, v in cfg.items() if k in known}
    option_keys = set(schema["properties"]["options"]["properties"])
    out["options"] = {k: v for k, v in (cfg.get("options") or {}).items() if k in option_keys}
    layer_keys = set(schema["definitions"]["layerEntry"]["properties"])
    out["layers"] = {n: ({k: v for k, v in e.items() if k in layer_keys} if isinstance(e, dict) else e)
                     for n, e in (cfg.get("layers") or {}).items()}
    return out


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
