"""QGIS glue of the Lizmap publication: the web project, credentials, and the run shared by the
``aula:lizmap_publish`` algorithm and the "AULA Toolkit — Lizmap" panel.

- :func:`build_web_project` copies the chosen layers into one versioned GeoPackage (rasters into GeoTIFFs)
  beside a new ``.qgs`` (styles kept), one group per algorithm, tables without geometry in the ``hidden``
  group, the chosen base maps in the ``baselayers`` group, an A4 landscape print layout, the WMS properties
  Lizmap needs, then writes ``<project>.qgs.cfg`` (core :mod:`aula_toolkit.lizmap.cfg`). Unchanged data
  (same sources, same styles) reuses the GeoPackage of the previous run and keeps its name;
- :func:`transport_for_authcfg`: HTTP through QGIS's network manager with an authentication configuration;
- :func:`upload_web_project` uploads crash-safely and verifies.
"""

from __future__ import annotations

import base64
import hashlib
import json
import os
import shutil
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Dict, List, Optional, Sequence

from qgis.core import (
    Qgis,
    QgsApplication,
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsLayoutItemLabel,
    QgsLayoutItemLegend,
    QgsLayoutItemMap,
    QgsLayoutItemPage,
    QgsLayoutItemPicture,
    QgsLayoutItemScaleBar,
    QgsLayoutPoint,
    QgsLayoutSize,
    QgsMapLayer,
    QgsPrintLayout,
    QgsProject,
    QgsProviderRegistry,
    QgsRasterFileWriter,
    QgsRasterLayer,
    QgsRasterPipe,
    QgsReadWriteContext,
    QgsRectangle,
    QgsUnitTypes,
    QgsVectorFileWriter,
    QgsVectorLayer,
    QgsWkbTypes,
)
from qgis.PyQt.QtGui import QFont
from qgis.PyQt.QtXml import QDomDocument

from ..aula_toolkit.lizmap import cfg as C
from ..aula_toolkit.lizmap import errors as E
from ..aula_toolkit.lizmap.charts import recognise
from ..aula_toolkit.lizmap.errors import PublishError
from ..aula_toolkit.lizmap.instance import InstanceInfo, read_instance
from ..aula_toolkit.lizmap.pipeline import PublishReport, Verification, publish, web_project_items
from ..aula_toolkit.lizmap.publishers import LocalFolderTarget, Target, WebDavTarget
from ..aula_toolkit.lizmap.verify import (
    lizmap_map_url,
    lizmap_wms_endpoint,
    qgis_server_endpoint,
)
from ..toolbelt.resources import version
from . import compat
from .lizmap_network import QgisTransport

TARGET_FOLDER = "folder"
TARGET_WEBDAV = "webdav"

_GEOMETRY = {
    QgsWkbTypes.GeometryType.PointGeometry: "point",
    QgsWkbTypes.GeometryType.LineGeometry: "line",
    QgsWkbTypes.GeometryType.PolygonGeometry: "polygon",
    QgsWkbTypes.GeometryType.UnknownGeometry: "unknown",
    QgsWkbTypes.GeometryType.NullGeometry: "none",
}


@dataclass
class WebProject:
    folder: Path
    name: str
    qgs_path: Path
    gpkg_path: Path  # the versioned GeoPackage (``<name>.<token>.gpkg``)
    cfg_path: Path
    cfg: dict
    layers: List[C.LayerDescription]
    crs: str
    extent: List[float]
    token: str = ""
    reused: bool = False  # data taken from the cache of an earlier run (sources and styles unchanged)
    layout: str = ""

    @property
    def wms_layer_names(self) -> List[str]:
        """Short names of the layers QGIS Server draws (spatial ones, not the hidden tables)."""
        return [layer.short_name for layer in self.layers if layer.spatial]


@dataclass
class PublishSettings:
    """Where and how to publish (no secret here: only the id of a QGIS authentication configuration)."""

    target: str = TARGET_FOLDER  # TARGET_FOLDER or TARGET_WEBDAV
    folder: str = ""  # local repository folder
    webdav_url: str = ""  # URL of the repository folder on the WebDAV server
    instance_url: str = ""  # Lizmap Web Client, e.g. https://carto.example.org/lizmap/
    repository: str = ""  # Lizmap repository id
    authcfg: str = ""
    lwc_version: str = C.DEFAULT_LWC_VERSION
    verify: bool = True
    qgis_server_url: str = ""  # verify against QGIS Server directly (MAP=…), instead of Lizmap
    server_folder: str = ""  # the repository folder as QGIS Server sees it (default: ``folder``)
    allow_replace_foreign: bool = False
    extra: Dict[str, str] = field(default_factory=dict)


# --- credentials and instance ---------------------------------------------------------------------

def transport_for_authcfg(authcfg: str) -> QgisTransport:
    """HTTP through QGIS's network manager, authenticated by QGIS from ``authcfg`` (Basic method)."""
    return QgisTransport(authcfg)


def read_lizmap_instance(instance_url: str, authcfg: str = "") -> InstanceInfo:
    """Version and repositories of a Lizmap Web Client (``index.php/view/app/metadata``)."""
    return read_instance(transport_for_authcfg(authcfg), instance_url)


def make_target(settings: PublishSettings, transport=None) -> Target:
    if settings.target == TARGET_WEBDAV:
        if not settings.webdav_url:
            raise PublishError(E.INVALID, fr="Donnez l'adresse WebDAV du répertoire Lizmap.",
                               en="Give the WebDAV address of the Lizmap repository.")
        return WebDavTarget(settings.webdav_url, transport if transport is not None else QgisTransport())
    if not settings.folder:
        raise PublishError(E.INVALID, fr="Donnez le dossier du répertoire Lizmap.",
                           en="Give the folder of the Lizmap repository.")
    return LocalFolderTarget(settings.folder)


# --- web project --------------------------------------------------------------------------------

def _geometry_type(layer: QgsVectorLayer) -> str:
    return _GEOMETRY.get(layer.geometryType(), "unknown")


def _style_xml(source: QgsMapLayer) -> QDomDocument:
    doc = QDomDocument("qgis")
    source.exportNamedStyle(doc, QgsReadWriteContext())
    return doc


def _copy_style(source: QgsMapLayer, dest: QgsMapLayer) -> None:
    doc = _style_xml(source)
    if not doc.isNull():
        dest.importNamedStyle(doc)


def _extent_of(layers: Sequence[QgsMapLayer], crs, transform_context) -> QgsRectangle:
    """Union of the layers' extents in ``crs``; a single point gets 1 km around it."""
    extent = QgsRectangle()
    for layer in layers:
        if not layer.isSpatial():
            continue
        rect = layer.extent()
        if rect.isNull() or (rect.width() == 0 and rect.height() == 0 and rect.xMinimum() == 0
                             and rect.yMinimum() == 0 and isinstance(layer, QgsVectorLayer)
                             and layer.featureCount() == 0):
            continue
        if layer.crs().isValid() and layer.crs() != crs:
            rect = QgsCoordinateTransform(layer.crs(), crs, transform_context).transformBoundingBox(rect)
        if extent.isNull():
            extent = QgsRectangle(rect)
        else:
            extent.combineExtentWith(rect)
    if extent.isNull():
        return extent
    pad = max(extent.width(), extent.height()) * 0.02
    if pad == 0:
        pad = 500.0 if crs.mapUnits() == QgsUnitTypes.DistanceUnit.DistanceMeters else 0.005
    return QgsRectangle(extent.xMinimum() - pad, extent.yMinimum() - pad, extent.xMaximum() + pad,
                        extent.yMaximum() + pad)


def _source_file(layer: QgsMapLayer) -> Optional[Path]:
    try:
        path = QgsProviderRegistry.instance().decodeUri(layer.providerType(), layer.source()).get("path")
    except Exception:  # noqa: BLE001 - a provider without URI decoding: no file
        path = None
    return Path(path) if path and Path(path).is_file() else None


def data_token(layers: Sequence[QgsMapLayer], crs, extra: str = "") -> str:
    """A fingerprint of what goes into the data files: sources (file, size, modification time), filters,
    fields, target CRS. Styles live in the ``.qgs`` only, so restyling does not resend the data. Layers that
    are not files (memory, databases) make it unique to the run."""
    digest = hashlib.sha1(f"{version()}|{crs.authid()}|{extra}".encode())
    for layer in layers:
        digest.update(f"|{layer.providerType()}|{layer.source()}|{layer.name()}|{layer.crs().authid()}".encode())
        if isinstance(layer, QgsVectorLayer):
            digest.update(f"|{layer.subsetString()}|{layer.featureCount()}|".encode())
            digest.update(",".join(f"{f.name()}:{f.typeName()}:{f.alias()}" for f in layer.fields()).encode())
        path = _source_file(layer)
        if path is None or layer.providerType() not in ("ogr", "gdal"):
            digest.update(os.urandom(16))
            continue
        for companion in (path, Path(str(path) + "-wal")):
            if companion.exists():
                stat = companion.stat()
                digest.update(f"|{companion.name}|{stat.st_size}|{stat.st_mtime_ns}".encode())
    return digest.hexdigest()[:12]


def cache_folder(project_name: str) -> Path:
    """Where the data of the last publication of ``project_name`` is kept for the next one."""
    return Path(QgsApplication.qgisSettingsDirPath()) / "cache" / "aula_toolkit_lizmap" / project_name


def _place(source: Path, dest: Path) -> None:
    if dest.exists():
        dest.unlink()
    try:
        os.link(source, dest)
    except OSError:
        shutil.copy2(source, dest)


def _is_table(layer: QgsMapLayer) -> bool:
    return isinstance(layer, QgsVectorLayer) and not layer.isSpatial()


def _check_layers(layers: Sequence[QgsMapLayer]) -> None:
    for layer in layers:
        if not isinstance(layer, (QgsVectorLayer, QgsRasterLayer)) or not layer.isValid():
            raise PublishError(
                E.INVALID,
                fr=f"« {layer.name()} » n'est pas une couche vecteur ou raster valide.",
                en=f"'{layer.name()}' is not a valid vector or raster layer.",
            )
        if isinstance(layer, QgsRasterLayer) and layer.providerType() != "gdal":
            raise PublishError(
                E.INVALID,
                fr=f"« {layer.name()} » est un raster en ligne ({layer.providerType()}) : seuls les rasters en "
                   "fichier sont publiés (les fonds de plan se choisissent dans « Fonds de plan »).",
                en=f"'{layer.name()}' is an online raster ({layer.providerType()}): only file rasters are "
                   "published (background maps are chosen in 'Background maps').",
            )


def _plain_file(source: QgsVectorLayer, crs):
    """(path, table) of a layer GDAL can copy as is (OGR file, no filter, no virtual field, same CRS)."""
    if source.providerType() != "ogr" or source.subsetString() \
            or source.fields().count() != source.dataProvider().fields().count():
        return None
    if source.isSpatial() and source.crs().isValid() and source.crs() != crs:
        return None
    uri = QgsProviderRegistry.instance().decodeUri("ogr", source.source())
    path, table = uri.get("path"), uri.get("layerName") or ""
    if not path or not table or not Path(path).is_file() or not Path(path).suffix.lower() == ".gpkg":
        return None
    return path, table


def plan_tables(vector_sources, crs):
    """Table of each layer in our GeoPackage: its own table name when GDAL copies whole files in one go
    (``ogr2ogr``'s speed), else its short name. Returns ({short: table}, {path: [tables]}, [(source, short)])."""
    tables, batches, single, used = {}, {}, [], set()
    for source, short in vector_sources:
        plain = _plain_file(source, crs)
        if plain is not None and plain[1] not in used and plain[1] not in batches.get(plain[0], []):
            batches.setdefault(plain[0], []).append(plain[1])
            tables[short] = plain[1]
            used.add(plain[1])
        else:
            single.append((source, short))
    for source, short in single:
        table, i = short, 2
        while table in used:
            table, i = f"{short}_{i}", i + 1
        tables[short] = table
        used.add(table)
    return tables, batches, single


def _gdal_batch(gpkg: Path, path: str, tables: Sequence[str]) -> bool:
    """Copy whole tables of one GeoPackage with GDAL in one call (as ``ogr2ogr``); False if GDAL is absent."""
    try:
        from osgeo import gdal
    except ImportError:
        return False
    gdal.UseExceptions()
    options = {"format": "GPKG", "layers": list(tables), "layerCreationOptions": ["SPATIAL_INDEX=YES", "FID=fid"]}
    if gpkg.exists():
        options["accessMode"] = "update"
    try:
        dataset = gdal.VectorTranslate(str(gpkg), path, **options)
    except RuntimeError as error:
        raise PublishError(E.INVALID, fr=f"Copie de « {Path(path).name} » impossible : {error}",
                           en=f"Could not copy '{Path(path).name}': {error}") from None
    ok = dataset is not None
    del dataset  # closes the GeoPackage
    return ok


def _write_vector(source: QgsVectorLayer, gpkg: Path, short: str, crs, transform_context) -> None:
    options = QgsVectorFileWriter.SaveVectorOptions()
    options.driverName = "GPKG"
    options.layerName = short
    options.fileEncoding = "UTF-8"
    action = QgsVectorFileWriter.ActionOnExistingFile
    options.actionOnExistingFile = action.CreateOrOverwriteLayer if gpkg.exists() else action.CreateOrOverwriteFile
    if source.isSpatial() and source.crs().isValid() and source.crs() != crs:
        options.ct = QgsCoordinateTransform(source.crs(), crs, transform_context)
    result = QgsVectorFileWriter.writeAsVectorFormatV3(source, str(gpkg), transform_context, options)
    if result[0] != QgsVectorFileWriter.WriterError.NoError:
        raise PublishError(
            E.INVALID,
            fr=f"Copie de « {source.name()} » dans le GeoPackage impossible : {result[1]}",
            en=f"Could not copy '{source.name()}' into the GeoPackage: {result[1]}",
        )


def _write_raster(source: QgsRasterLayer, tif: Path) -> None:
    path = _source_file(source)
    if path is not None and path.suffix.lower() in (".tif", ".tiff"):
        shutil.copy2(path, tif)
        return
    writer = QgsRasterFileWriter(str(tif))
    writer.setOutputFormat("GTiff")
    writer.setCreateOptions(["COMPRESS=DEFLATE", "TILED=YES"])
    pipe = QgsRasterPipe()
    pipe.set(source.dataProvider().clone())
    provider = source.dataProvider()
    error = writer.writeRaster(pipe, provider.xSize(), provider.ySize(), provider.extent(), provider.crs())
    if error != QgsRasterFileWriter.WriterError.NoError:
        raise PublishError(E.INVALID, fr=f"Copie du raster « {source.name()} » impossible (code {int(error)}).",
                           en=f"Could not copy the raster '{source.name()}' (code {int(error)}).")


def build_web_project(layers: Sequence[QgsMapLayer], folder, project_name: str, title: str, abstract: str = "",
                      crs: Optional[QgsCoordinateReferenceSystem] = None, groups: Optional[Dict[str, str]] = None,
                      lwc_version: str = C.DEFAULT_LWC_VERSION, instance_url: str = "", repository: str = "",
                      transform_context=None, is_canceled: Callable[[], bool] = lambda: False,
                      progress: Callable[[float, str], None] = lambda f, m: None,
                      basemaps: Sequence[str] = C.DEFAULT_BASEMAPS, acl: Sequence[str] = (),
                      hide_project: bool = False, layer_groups: Optional[Dict[str, List[str]]] = None,
                      logo: str = "", use_cache: bool = True) -> WebProject:
    """Write ``<name>.<token>.gpkg`` (+ ``.tif`` per raster), ``<name>.qgs`` and ``<name>.qgs.cfg`` into
    ``folder`` (created if needed).

    ``groups`` maps a source layer id to a group title (default: from the algorithm that produced the
    layer, recognised from its fields); ``layer_groups`` maps a layer name to the Lizmap user groups that
    may see it; ``acl`` limits the whole map to Lizmap groups; ``hide_project`` keeps it off the landing page.
    """
    if not layers:
        raise PublishError(E.INVALID, fr="Aucune couche à publier.", en="No layer to publish.")
    C.check_project_name(project_name)
    _check_layers(layers)
    acl = C.check_groups(acl, "accès à la carte", "map access")
    layer_groups = dict(layer_groups or {})
    unknown = sorted(set(layer_groups) - {layer.name() for layer in layers})
    if unknown:
        raise PublishError(
            E.INVALID,
            fr=f"Groupes par couche : couche(s) inconnue(s) {', '.join(unknown)} (couches publiées : "
               f"{', '.join(layer.name() for layer in layers)}).",
            en=f"Groups per layer: unknown layer(s) {', '.join(unknown)} (published layers: "
               f"{', '.join(layer.name() for layer in layers)}).",
        )
    bad_maps = [key for key in basemaps if key not in C.BASEMAPS]
    if bad_maps:
        raise PublishError(E.INVALID, fr=f"Fond de plan inconnu : {', '.join(bad_maps)} ({', '.join(C.BASEMAPS)}).",
                           en=f"Unknown background map: {', '.join(bad_maps)} ({', '.join(C.BASEMAPS)}).")
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    transform_context = transform_context or QgsProject.instance().transformContext()
    if crs is None or not crs.isValid():
        crs = next((lyr.crs() for lyr in layers if lyr.isSpatial() and lyr.crs().isValid()),
                   QgsCoordinateReferenceSystem("EPSG:2154"))
    if not any(layer.isSpatial() for layer in layers):
        raise PublishError(E.INVALID, fr="Aucune des couches choisies n'a de géométrie : rien à cartographier.",
                           en="None of the chosen layers has a geometry: nothing to map.")

    token = data_token(layers, crs)
    gpkg = folder / f"{project_name}.{token}.gpkg"
    qgs = folder / f"{project_name}.qgs"
    cfg_file = folder / f"{project_name}.qgs.cfg"
    for stale in list(folder.glob(f"{project_name}.*")):
        stale.unlink()
    cache = cache_folder(project_name)
    cached_gpkg = cache / gpkg.name
    reused = use_cache and cached_gpkg.exists()
    named_groups = {layer.name(): (groups or {}).get(layer.id(), "") for layer in layers}
    key = project_key(token, layers, crs, title, abstract, named_groups, lwc_version, instance_url, repository,
                      basemaps, acl, hide_project, layer_groups, logo)
    if reused:
        previous = _cached_project(cache, folder, project_name, key, gpkg)
        if previous is not None:
            progress(1.0, "Projet inchangé : repris de la publication précédente")
            return previous

    shorts: List[str] = []
    taken: set = set()
    for source in layers:
        short = C.short_name(compat.layer_short_name(source) or source.name(), taken)
        taken.add(short)
        shorts.append(short)
    vector_sources = [(s, short) for s, short in zip(layers, shorts) if isinstance(s, QgsVectorLayer)]
    raster_files = {short: folder / f"{project_name}.{token}.{short}.tif"
                    for s, short in zip(layers, shorts) if isinstance(s, QgsRasterLayer)}

    if reused:
        progress(0.3, "Données inchangées : copie de la publication précédente")
        for path in [cached_gpkg] + [cache / p.name for p in raster_files.values()]:
            _place(path, folder / path.name)
    tables, batches, single = plan_tables(vector_sources, crs)
    if not reused:
        steps = len(batches) + len(single) + len(raster_files) or 1
        done = 0
        for path, names in batches.items():
            progress(0.8 * done / steps, f"Copie de {len(names)} couche(s) de « {Path(path).name} »")
            if not _gdal_batch(gpkg, path, names):
                single.extend((s, short) for s, short in vector_sources if tables[short] in names)
            done += 1
        for source, short in single:
            if is_canceled():
                raise PublishError(E.CANCELED, fr="Publication annulée.", en="Publication cancelled.")
            progress(0.8 * done / steps, f"Copie de « {source.name()} »")
            _write_vector(source, gpkg, tables[short], crs, transform_context)
            done += 1
        for source, short in zip(layers, shorts):
            if isinstance(source, QgsRasterLayer):
                if is_canceled():
                    raise PublishError(E.CANCELED, fr="Publication annulée.", en="Publication cancelled.")
                _write_raster(source, raster_files[short])

    project = QgsProject()
    project.setCrs(crs)
    project.setTitle(title)
    metadata = project.metadata()
    metadata.setTitle(title)
    metadata.setAbstract(abstract)
    metadata.setLanguage("fr")
    project.setMetadata(metadata)
    project.setTransformContext(transform_context)

    copies: List[QgsMapLayer] = []
    descriptions: List[C.LayerDescription] = []
    for source, short in zip(layers, shorts):
        if isinstance(source, QgsVectorLayer):
            options = QgsVectorLayer.LayerOptions(transform_context, False)  # style imported below
            copy = QgsVectorLayer(f"{gpkg}|layername={tables[short]}", source.name(), "ogr", options)
        else:
            copy = QgsRasterLayer(str(raster_files[short]), source.name(), "gdal")
        if not copy.isValid():
            raise PublishError(E.INVALID, fr=f"Couche copiée « {short} » illisible.",
                               en=f"Copied layer '{short}' unreadable.")
        _copy_style(source, copy)
        description = _describe(source, copy, short, groups, layer_groups)
        compat.set_layer_server_metadata(copy, short, description.title, description.abstract)
        if isinstance(copy, QgsVectorLayer):
            if description.popup:
                copy.setMapTipTemplate(C.popup_template(description))
        copies.append(copy)
        descriptions.append(description)

    # Layer tree: base maps at the bottom, one group per algorithm, tables in "hidden".
    root = project.layerTreeRoot()
    group_descriptions: List[C.GroupDescription] = []
    ordered = sorted(zip(copies, descriptions), key=lambda pair: pair[1].group == C.HIDDEN_GROUP)
    for copy, description in ordered:
        project.addMapLayer(copy, False)
        group = root.findGroup(description.group)
        if group is None:
            group = root.addGroup(description.group)
            group_short = C.short_name(description.group, taken)
            taken.add(group_short)
            group.setCustomProperty("wmsShortName", group_short)
            group.setCustomProperty("wmsTitle", description.group)
            group_descriptions.append(C.GroupDescription(description.group, description.group,
                                                         short_name=group_short,
                                                         toggled=description.group != C.HIDDEN_GROUP))
        node = group.addLayer(copy)
        node.setItemVisibilityChecked(description.toggled)
    hidden = root.findGroup(C.HIDDEN_GROUP)
    if hidden is not None:
        hidden.setItemVisibilityChecked(False)
    base_descriptions = _add_base_maps(project, basemaps, taken)

    extent = _extent_of(copies, crs, transform_context)
    extent_values = [extent.xMinimum(), extent.yMinimum(), extent.xMaximum(), extent.yMaximum()]
    vector_copies = [c for c in copies if isinstance(c, QgsVectorLayer)]
    project.writeEntry("WMSServiceCapabilities", "/", True)
    project.writeEntry("WMSServiceTitle", "/", title)
    project.writeEntry("WMSServiceAbstract", "/", abstract)
    project.writeEntry("WMSRootName", "/", C.short_name(project_name))
    project.writeEntry("WMSExtent", "/", [repr(v) for v in extent_values])
    project.writeEntry("WMSCrsList", "/", list(dict.fromkeys([crs.authid(), "EPSG:3857", "EPSG:4326"])))
    project.writeEntry("WMSUseLayerIDs", "/", False)
    project.writeEntry("WMSAddWktGeometry", "/", True)
    project.writeEntry("WMSFeatureInfoUseAttributeFormSettings", "/", False)
    project.writeEntry("WFSLayers", "/", [copy.id() for copy in vector_copies])
    for copy in vector_copies:
        project.writeEntry("WFSLayersPrecision", "/" + copy.id(), 8)
    project.writeEntry("Paths", "/Absolute", False)
    project.writeEntry("Measurement", "/DistanceUnits", "meters")
    project.writeEntry("Measurement", "/AreaUnits", "m2")
    layout_name = print_layout_name(title)
    add_print_layout(project, layout_name, title, extent, copies, descriptions, logo)
    if not _write_project(project, qgs):
        raise PublishError(E.INVALID, fr=f"Écriture du projet « {qgs} » impossible : {project.error()}",
                           en=f"Could not write the project '{qgs}': {project.error()}")

    description = C.ProjectDescription(
        title=title, abstract=abstract, crs=crs.authid(), proj4=crs.toProj(), extent=extent_values,
        layers=descriptions, groups=group_descriptions, qgis_version=Qgis.QGIS_VERSION_INT,
        basemaps=base_descriptions, acl=acl, hide_project=hide_project, layouts=[layout_name],
    )
    cfg = C.build_cfg(description, lwc_version, instance_url, repository, version())
    cfg_path = C.write_cfg(cfg, cfg_file)
    project.clear()
    if use_cache and not reused:
        _remember(cache, [gpkg] + list(raster_files.values()))
    web = WebProject(folder, project_name, qgs, gpkg, cfg_path, cfg, descriptions, crs.authid(), extent_values,
                     token, reused, layout_name)
    if use_cache:
        _remember_project(cache, web, key)
    progress(1.0, "Projet web écrit")
    return web


def project_key(token, layers, crs, *settings) -> str:
    """Fingerprint of everything a web project is built from: the data token, every parameter, each
    layer's name, title, abstract and style. Equal keys give the same ``.qgs`` and ``.qgs.cfg``."""
    digest = hashlib.sha1(f"{version()}|{token}|{crs.authid()}|{json.dumps(settings, default=str)}".encode())
    for layer in layers:
        digest.update(f"|{layer.name()}|{compat.layer_short_name(layer)}|{compat.layer_title(layer)}|{compat.layer_abstract(layer)}"
                      f"|{compat.layer_attribution(layer)}".encode())
        digest.update(_style_xml(layer).toByteArray())
    if settings[-1] and Path(settings[-1]).is_file():  # the logo
        stat = Path(settings[-1]).stat()
        digest.update(f"{stat.st_size}|{stat.st_mtime_ns}".encode())
    return digest.hexdigest()


def _remember_project(cache: Path, web: WebProject, key: str) -> None:
    """Keep the ``.qgs``, the cfg and what verification needs, for an identical next publication."""
    cache.mkdir(parents=True, exist_ok=True)
    shutil.copy2(web.qgs_path, cache / "project.qgs")
    shutil.copy2(web.cfg_path, cache / "project.qgs.cfg")
    (cache / "project.json").write_text(json.dumps({
        "key": key, "token": web.token, "crs": web.crs, "extent": web.extent, "layout": web.layout,
        "gpkg": web.gpkg_path.name,
        "layers": [{"id": d.id, "name": d.name, "short_name": d.short_name, "kind": d.kind,
                    "geometry_type": d.geometry_type} for d in web.layers],
    }), encoding="utf-8")


def _cached_project(cache: Path, folder: Path, project_name: str, key: str, gpkg: Path) -> Optional[WebProject]:
    """The web project of the previous publication when nothing changed since (data, styles, parameters)."""
    try:
        info = json.loads((cache / "project.json").read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    if info.get("key") != key or info.get("gpkg") != gpkg.name or not (cache / "project.qgs").is_file():
        return None
    for path in cache.iterdir():
        if path.name.startswith(f"{project_name}."):
            _place(path, folder / path.name)
    qgs, cfg_path = folder / f"{project_name}.qgs", folder / f"{project_name}.qgs.cfg"
    shutil.copy2(cache / "project.qgs", qgs)
    shutil.copy2(cache / "project.qgs.cfg", cfg_path)
    layers = [C.LayerDescription(id=item["id"], name=item["name"], short_name=item["short_name"], title=item["name"],
                                 kind=item["kind"], geometry_type=item["geometry_type"]) for item in info["layers"]]
    return WebProject(folder, project_name, qgs, gpkg, cfg_path, json.loads(cfg_path.read_text(encoding="utf-8")),
                      layers, info["crs"], info["extent"], info["token"], True, info.get("layout", ""))


def _write_project(project: QgsProject, qgs: Path) -> bool:
    """Write the ``.qgs`` alone (see :func:`compat.write_project_alone`)."""
    return compat.write_project_alone(project, qgs)


def _remember(cache: Path, files: Sequence[Path]) -> None:
    """Keep this run's data for the next publication of the same project (only the latest)."""
    shutil.rmtree(cache, ignore_errors=True)
    cache.mkdir(parents=True, exist_ok=True)
    for path in files:
        if path.exists():
            _place(path, cache / path.name)


def _describe(source, copy, short, groups, layer_groups) -> C.LayerDescription:
    if isinstance(copy, QgsRasterLayer):
        extent = copy.extent()
        return C.LayerDescription(
            id=copy.id(), name=source.name(), short_name=short, title=compat.layer_title(source) or source.name(),
            abstract=compat.layer_abstract(source) or "", kind="raster", geometry_type="unknown", crs=copy.crs().authid(),
            extent=[extent.xMinimum(), extent.yMinimum(), extent.xMaximum(), extent.yMaximum()],
            group=(groups or {}).get(source.id(), "Données raster"), popup=False, attribute_table=False,
            group_visibility=layer_groups.get(source.name(), []), provider="gdal",
            legend_image_option="expand_at_startup",
        )
    field_names = [f.name() for f in copy.fields()]
    recipe = recognise(field_names, source.name())
    table = not copy.isSpatial()
    fields = [C.FieldDescription(f.name(), copy.attributeDisplayName(i), f.typeName())
              for i, f in enumerate(copy.fields()) if f.name() != "fid"]
    description = C.LayerDescription(
        id=copy.id(), name=source.name(), short_name=short, title=compat.layer_title(source) or source.name(),
        abstract=compat.layer_abstract(source) or "", geometry_type=_geometry_type(copy),
        extent=None, crs=copy.crs().authid() if copy.isSpatial() else "",
        fields=fields, group=C.HIDDEN_GROUP if table else (groups or {}).get(source.id(), recipe.group),
        toggled=not table, popup=not table, primary_key="fid",
        tooltip_fields=[f for f in recipe.tooltip_fields if f in field_names],
        locate_field=recipe.locate_field if recipe.locate_field in field_names else "",
        charts=[c for c in recipe.charts if all(y in field_names for y in c.y_fields) and c.x_field in field_names],
        form_filters=[f for f in recipe.form_filters if f.field in field_names],
        group_visibility=layer_groups.get(source.name(), []), display_in_legend=not table,
    )
    if copy.isSpatial():
        extent = copy.extent()
        description.extent = [extent.xMinimum(), extent.yMinimum(), extent.xMaximum(), extent.yMaximum()]
    return description


def _add_base_maps(project: QgsProject, keys: Sequence[str], taken: set) -> List[C.BaseLayerDescription]:
    """The ``baselayers`` group Lizmap Web Client 3.7+ reads: XYZ layers, the first one visible."""
    if not keys:
        return []
    root = project.layerTreeRoot()
    group = root.addGroup(C.BASELAYERS_GROUP)
    group.setIsMutuallyExclusive(True, 0)
    described = []
    for index, key in enumerate(keys):
        basemap = C.BASEMAPS[key]
        url = basemap.url.replace("{", "%7B").replace("}", "%7D").replace("&", "%26").replace("=", "%3D")
        layer = QgsRasterLayer(f"type=xyz&url={url}&zmax={basemap.zmax}&zmin=0&crs=EPSG:3857", basemap.title, "wms")
        compat.set_layer_attribution(layer, basemap.attribution, basemap.attribution_url)
        compat.set_layer_server_metadata(layer, C.short_name(key, taken), basemap.title, "")
        taken.add(compat.layer_short_name(layer))
        project.addMapLayer(layer, False)
        node = group.addLayer(layer)
        node.setItemVisibilityChecked(index == 0)
        described.append(C.BaseLayerDescription(layer.id(), basemap.title, basemap))
    group.setItemVisibilityChecked(True)
    return described


# --- print layout -------------------------------------------------------------------------------

def print_layout_name(title: str) -> str:
    return "Carte A4 paysage"


def add_print_layout(project: QgsProject, name: str, title: str, extent: QgsRectangle,
                     layers: Sequence[QgsMapLayer], descriptions: Sequence[C.LayerDescription],
                     logo: str = "") -> QgsPrintLayout:
    """One A4 landscape layout: title, map, legend, scale bar, sources and date, logo slot."""
    layout = QgsPrintLayout(project)
    layout.initializeDefaults()
    layout.setName(name)
    page = layout.pageCollection().page(0)
    page.setPageSize("A4", QgsLayoutItemPage.Orientation.Landscape)
    mm = QgsUnitTypes.LayoutUnit.LayoutMillimeters

    heading = QgsLayoutItemLabel(layout)
    heading.setId("titre")
    heading.setText(title)
    font = QFont("DejaVu Sans", 18)
    font.setBold(True)
    compat.set_label_font(heading, font)
    layout.addLayoutItem(heading)
    heading.attemptMove(QgsLayoutPoint(10, 7, mm))
    heading.attemptResize(QgsLayoutSize(230, 12, mm))

    picture = QgsLayoutItemPicture(layout)
    picture.setId("logo")
    if logo and Path(logo).is_file():
        data = base64.b64encode(Path(logo).read_bytes()).decode("ascii")
        picture.setPicturePath("base64:" + data)
    layout.addLayoutItem(picture)
    picture.attemptMove(QgsLayoutPoint(250, 5, mm))
    picture.attemptResize(QgsLayoutSize(40, 16, mm))

    map_item = QgsLayoutItemMap(layout)
    map_item.setId("carte")
    layout.addLayoutItem(map_item)
    map_item.attemptMove(QgsLayoutPoint(10, 22, mm))
    map_item.attemptResize(QgsLayoutSize(195, 165, mm))
    map_item.setCrs(project.crs())
    map_item.zoomToExtent(extent)
    map_item.setFrameEnabled(True)

    legend = QgsLayoutItemLegend(layout)
    legend.setId("legende")
    legend.setTitle("Légende")
    layout.addLayoutItem(legend)
    legend.setLinkedMap(map_item)
    legend.setAutoUpdateModel(False)  # its own copy of the layer tree, without base maps and hidden tables
    legend_root = legend.model().rootGroup()
    for name in (C.BASELAYERS_GROUP, C.HIDDEN_GROUP):
        group = legend_root.findGroup(name)
        if group is not None:
            legend_root.removeChildNode(group)
    legend.setResizeToContents(False)
    legend.attemptMove(QgsLayoutPoint(208, 22, mm))
    legend.attemptResize(QgsLayoutSize(84, 165, mm))

    scale = QgsLayoutItemScaleBar(layout)
    scale.setId("echelle")
    scale.setStyle("Single Box")
    scale.setLinkedMap(map_item)
    scale.applyDefaultSize(QgsUnitTypes.DistanceUnit.DistanceMeters)
    scale.setUnits(QgsUnitTypes.DistanceUnit.DistanceMeters)
    scale.setMapUnitsPerScaleBarUnit(1)
    scale.setUnitLabel("m")
    scale.setNumberOfSegmentsLeft(0)
    scale.setNumberOfSegments(2)
    compat.scale_bar_fit_width(scale)
    scale.setMinimumBarWidth(30)
    scale.setMaximumBarWidth(60)
    scale.setNumericFormat(compat.french_number_format())  # QGIS >= 3.14
    layout.addLayoutItem(scale)
    scale.attemptMove(QgsLayoutPoint(12, 189, mm))

    sources = sorted({(compat.layer_attribution(layer) or "").strip() for layer in layers
                      if compat.layer_attribution(layer)})
    credit = QgsLayoutItemLabel(layout)
    credit.setId("sources")
    credit.setText(
        "Sources : " + (", ".join(sources) if sources else "AULA Toolkit, données de l'agence")
        + " — Réalisation : AULA Toolkit — Édition du [% format_date(now(), 'dd/MM/yyyy') %]"
    )
    compat.set_label_font(credit, QFont("DejaVu Sans", 8))
    layout.addLayoutItem(credit)
    credit.attemptMove(QgsLayoutPoint(80, 195, mm))
    credit.attemptResize(QgsLayoutSize(210, 8, mm))
    project.layoutManager().addLayout(layout)
    return layout


# --- upload and verification --------------------------------------------------------------------

def verification_for(web_project: WebProject, settings: PublishSettings, transport) -> Optional[Verification]:
    """What to verify: QGIS Server directly when ``qgis_server_url`` is given, else the Lizmap instance."""
    if not settings.verify:
        return None
    if settings.qgis_server_url:
        folder = settings.server_folder or settings.folder
        if not folder:
            raise PublishError(
                E.INVALID,
                fr="Vérification par QGIS Server : donnez le dossier du répertoire vu par le serveur.",
                en="Verification through QGIS Server: give the repository folder as the server sees it.",
            )
        endpoint = qgis_server_endpoint(settings.qgis_server_url, str(Path(folder) / f"{web_project.name}.qgs"))
    elif settings.instance_url and settings.repository:
        endpoint = lizmap_wms_endpoint(settings.instance_url, settings.repository, web_project.name)
    else:
        return None
    return Verification(transport, endpoint, web_project.wms_layer_names, web_project.extent, web_project.crs)


def upload_web_project(web_project: WebProject, settings: PublishSettings, transport=None,
                       progress=None, is_canceled=None) -> PublishReport:
    """Upload and verify (no QGIS project object touched: safe in a ``QgsTask``)."""
    transport = transport if transport is not None else QgisTransport()
    target = make_target(settings, transport)
    map_url = ""
    if settings.instance_url and settings.repository:
        map_url = lizmap_map_url(settings.instance_url, settings.repository, web_project.name)
    elif settings.target == TARGET_FOLDER:
        map_url = (Path(settings.folder) / f"{web_project.name}.qgs").as_uri()
    return publish(target, web_project_items(web_project.folder, web_project.name), web_project.name,
                   verification_for(web_project, settings, transport), map_url, progress, is_canceled,
                   settings.allow_replace_foreign)


def remove_web_project(web_project: WebProject) -> None:
    """Remove the staging folder of a web project built in a temporary folder."""
    shutil.rmtree(web_project.folder, ignore_errors=True)
