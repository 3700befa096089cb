"""QGIS glue of the Lizmap publication: the web project, credentials, and the run shared by the
``aula:lizmap_publish`` algorithm and the "AULA Toolkit — Lizmap" panel.

- :func:`build_web_project` copies the chosen layers into one GeoPackage beside a new ``.qgs`` (styles
  kept, also saved in the GeoPackage), one group per algorithm, the project CRS, the WMS properties Lizmap
  needs, French title and abstract, then writes ``<project>.qgs.cfg`` (core :mod:`aula_toolkit.lizmap.cfg`);
- :func:`session_for_authcfg` turns a QGIS authentication configuration (Basic) into a ``requests``
  session: the password stays in memory, never in a file, a setting or a log;
- :func:`upload_web_project` uploads atomically and verifies (no QGIS call: safe in a ``QgsTask``).
"""

from __future__ import annotations

import re
import shutil
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Dict, List, Optional, Sequence

from qgis.core import (
    Qgis,
    QgsApplication,
    QgsAuthMethodConfig,
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsMapLayer,
    QgsProject,
    QgsReadWriteContext,
    QgsRectangle,
    QgsVectorFileWriter,
    QgsVectorLayer,
    QgsWkbTypes,
)
from qgis.PyQt.QtXml import QDomDocument

from ..aula_toolkit.lizmap import cfg as C
from ..aula_toolkit.lizmap import errors as E
from ..aula_toolkit.lizmap.charts import recognise
from ..aula_toolkit.lizmap.errors import PublishError
from ..aula_toolkit.lizmap.pipeline import PublishReport, Verification, publish, web_project_items
from ..aula_toolkit.lizmap.publishers import LocalFolderTarget, Target, WebDavTarget
from ..aula_toolkit.lizmap.verify import (
    lizmap_map_url,
    lizmap_wms_endpoint,
    qgis_server_endpoint,
)
from ..toolbelt.resources import version
from .compat import layer_abstract, layer_short_name, layer_title, set_layer_server_metadata

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
    gpkg_path: Path
    cfg_path: Path
    cfg: dict
    layers: List[C.LayerDescription]
    crs: str
    extent: List[float]

    @property
    def wms_layer_names(self) -> List[str]:
        """Short names of the layers QGIS Server draws (spatial ones)."""
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


# --- credentials --------------------------------------------------------------------------------

def session_for_authcfg(authcfg: str):
    """A ``requests`` session authenticated from the QGIS authentication database (Basic method)."""
    import requests

    session = requests.Session()
    session.headers["User-Agent"] = f"AULA-Toolkit/{version()}"
    if not authcfg:
        return session
    manager = QgsApplication.authManager()
    if manager.isDisabled():
        raise PublishError(E.AUTHENTICATION, fr="La base d'authentification de QGIS est désactivée.",
                           en="The QGIS authentication database is disabled.")
    config = QgsAuthMethodConfig()
    if not manager.loadAuthenticationConfig(authcfg, config, True) or not config.isValid(True):
        raise PublishError(
            E.AUTHENTICATION,
            fr=f"Configuration d'authentification « {authcfg} » introuvable ou illisible (mot de passe principal "
               "de QGIS non saisi ?).",
            en=f"Authentication configuration '{authcfg}' not found or unreadable (QGIS master password not "
               "entered?).",
        )
    if config.method() != "Basic":
        raise PublishError(
            E.AUTHENTICATION,
            fr=f"La configuration « {authcfg} » utilise la méthode {config.method()} ; seule la méthode Basic "
               "(identifiant et mot de passe) est prise en charge.",
            en=f"The configuration '{authcfg}' uses the {config.method()} method; only Basic (login and "
               "password) is supported.",
        )
    session.auth = (config.config("username"), config.config("password"))
    return session


def make_target(settings: PublishSettings, session=None) -> Target:
    if settings.target == TARGET_WEBDAV:
        if not settings.webdav_url:
            raise PublishError(E.INVALID, fr="Donnez l'adresse WebDAV du répertoire Lizmap.",
                               en="Give the WebDAV address of the Lizmap repository.")
        return WebDavTarget(settings.webdav_url, session)
    if not settings.folder:
        raise PublishError(E.INVALID, fr="Donnez le dossier du répertoire Lizmap.",
                           en="Give the folder of the Lizmap repository.")
    return LocalFolderTarget(settings.folder)


# --- web project --------------------------------------------------------------------------------

def _geometry_type(layer: QgsVectorLayer) -> str:
    return _GEOMETRY.get(layer.geometryType(), "unknown")


def _copy_style(source: QgsMapLayer, dest: QgsMapLayer) -> None:
    doc = QDomDocument("qgis")
    error = source.exportNamedStyle(doc, QgsReadWriteContext())
    if not error:
        dest.importNamedStyle(doc)


def _union_extent(layers: Sequence[QgsVectorLayer]) -> QgsRectangle:
    extent = QgsRectangle()
    for layer in layers:
        if layer.isSpatial() and not layer.extent().isEmpty():
            if extent.isEmpty():
                extent = QgsRectangle(layer.extent())
            else:
                extent.combineExtentWith(layer.extent())
    if extent.isEmpty():
        return extent
    return extent.buffered(max(extent.width(), extent.height()) * 0.02)


def build_web_project(layers: Sequence[QgsMapLayer], folder, project_name: str, title: str, abstract: str = "",
                      crs: Optional[QgsCoordinateReferenceSystem] = None, groups: Optional[Dict[str, str]] = None,
                      lwc_version: str = C.DEFAULT_LWC_VERSION, instance_url: str = "", repository: str = "",
                      transform_context=None, is_canceled: Callable[[], bool] = lambda: False,
                      progress: Callable[[float, str], None] = lambda f, m: None) -> WebProject:
    """Write ``<project_name>.gpkg``, ``.qgs`` and ``.qgs.cfg`` into ``folder`` (created if needed).

    ``groups`` maps a source layer id to a group title; by default the group comes from the algorithm
    that produced the layer, recognised from its fields.
    """
    if not layers:
        raise PublishError(E.INVALID, fr="Aucune couche à publier.", en="No layer to publish.")
    if not re.fullmatch(r"[A-Za-z0-9_-]+", project_name or ""):
        raise PublishError(
            E.INVALID,
            fr=f"Nom de projet « {project_name} » invalide : lettres, chiffres, « _ » et « - » seulement.",
            en=f"Invalid project name '{project_name}': letters, digits, '_' and '-' only.",
        )
    for layer in layers:
        if not isinstance(layer, QgsVectorLayer) or not layer.isValid():
            raise PublishError(
                E.INVALID,
                fr=f"« {layer.name()} » n'est pas une couche vecteur valide : seules les couches vecteur sont "
                   "publiées pour l'instant.",
                en=f"'{layer.name()}' is not a valid vector layer: only vector layers are published for now.",
            )
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    gpkg = folder / f"{project_name}.gpkg"
    qgs = folder / f"{project_name}.qgs"
    for path in (gpkg, qgs, folder / f"{project_name}.qgs.cfg"):
        if path.exists():
            path.unlink()
    transform_context = transform_context or QgsProject.instance().transformContext()
    if crs is None or not crs.isValid():
        crs = next((lyr.crs() for lyr in layers if lyr.isSpatial() and lyr.crs().isValid()),
                   QgsCoordinateReferenceSystem("EPSG:2154"))

    project = QgsProject()
    project.setCrs(crs)
    project.setTitle(title)
    metadata = project.metadata()
    metadata.setTitle(title)
    metadata.setAbstract(abstract)
    metadata.setLanguage("fr")
    project.setMetadata(metadata)
    project.setTransformContext(transform_context)

    taken: set = set()
    copies: List[QgsVectorLayer] = []
    descriptions: List[C.LayerDescription] = []
    group_of: Dict[str, str] = {}
    for index, source in enumerate(layers):
        if is_canceled():
            raise PublishError(E.CANCELED, fr="Publication annulée.", en="Publication cancelled.")
        progress(index / len(layers), f"Copie de « {source.name()} »")
        short = C.short_name(layer_short_name(source) or source.name(), taken)
        taken.add(short)
        options = QgsVectorFileWriter.SaveVectorOptions()
        options.driverName = "GPKG"
        options.layerName = short
        options.fileEncoding = "UTF-8"
        action = QgsVectorFileWriter.ActionOnExistingFile
        options.actionOnExistingFile = (action.CreateOrOverwriteLayer if gpkg.exists()
                                        else action.CreateOrOverwriteFile)
        if source.isSpatial() and source.crs().isValid() and source.crs() != crs:
            options.ct = QgsCoordinateTransform(source.crs(), crs, transform_context)
        result = QgsVectorFileWriter.writeAsVectorFormatV3(source, str(gpkg), transform_context, options)
        if result[0] != QgsVectorFileWriter.WriterError.NoError:
            raise PublishError(
                E.INVALID,
                fr=f"Copie de « {source.name()} » dans le GeoPackage impossible : {result[1]}",
                en=f"Could not copy '{source.name()}' into the GeoPackage: {result[1]}",
            )
        copy = QgsVectorLayer(f"{gpkg}|layername={short}", source.name(), "ogr")
        if not copy.isValid():
            raise PublishError(E.INVALID, fr=f"Couche copiée « {short} » illisible.",
                               en=f"Copied layer '{short}' unreadable.")
        _copy_style(source, copy)
        field_names = [f.name() for f in copy.fields()]
        recipe = recognise(field_names, source.name())
        fields = [C.FieldDescription(f.name(), copy.attributeDisplayName(i), f.typeName())
                  for i, f in enumerate(copy.fields()) if f.name() != "fid"]
        description = C.LayerDescription(
            id=copy.id(), name=source.name(), short_name=short, title=layer_title(source) or source.name(),
            abstract=layer_abstract(source) or "", geometry_type=_geometry_type(copy),
            extent=None, crs=copy.crs().authid() if copy.isSpatial() else "",
            fields=fields, group=(groups or {}).get(source.id(), recipe.group), toggled=copy.isSpatial(),
            popup=copy.isSpatial(), primary_key="fid",
            tooltip_fields=[f for f in recipe.tooltip_fields if f in field_names],
            locate_field=recipe.locate_field if recipe.locate_field in field_names else "",
            charts=[c for c in recipe.charts if all(y in field_names for y in c.y_fields)],
        )
        if copy.isSpatial():
            extent = copy.extent()
            description.extent = [extent.xMinimum(), extent.yMinimum(), extent.xMaximum(), extent.yMaximum()]
        set_layer_server_metadata(copy, short, description.title, description.abstract)
        if description.popup:
            copy.setMapTipTemplate(C.popup_template(description))
        copy.saveStyleToDatabase(short, f"AULA Toolkit – {description.title}", True, "")
        copies.append(copy)
        descriptions.append(description)
        group_of[copy.id()] = description.group

    # Layer tree: one group per algorithm, in the order of the chosen layers.
    root = project.layerTreeRoot()
    group_descriptions: List[C.GroupDescription] = []
    for copy, description in zip(copies, descriptions):
        project.addMapLayer(copy, False)
        group = root.findGroup(description.group)
        if group is None:
            group = root.addGroup(description.group)
            group_short = C.short_name(description.group, taken)
            taken.add(group_short)
            group.setCustomProperty("wmsShortName", group_short)
            group.setCustomProperty("wmsTitle", description.group)
            group_descriptions.append(C.GroupDescription(description.group, description.group,
                                                         short_name=group_short))
        node = group.addLayer(copy)
        node.setItemVisibilityChecked(description.toggled)

    extent = _union_extent(copies)
    if extent.isEmpty():
        raise PublishError(E.INVALID, fr="Aucune des couches choisies n'a de géométrie : rien à cartographier.",
                           en="None of the chosen layers has a geometry: nothing to map.")
    extent_values = [extent.xMinimum(), extent.yMinimum(), extent.xMaximum(), extent.yMaximum()]
    project.writeEntry("WMSServiceCapabilities", "/", True)
    project.writeEntry("WMSServiceTitle", "/", title)
    project.writeEntry("WMSServiceAbstract", "/", abstract)
    project.writeEntry("WMSRootName", "/", C.short_name(project_name))
    project.writeEntry("WMSExtent", "/", [repr(v) for v in extent_values])
    project.writeEntry("WMSCrsList", "/", list(dict.fromkeys([crs.authid(), "EPSG:3857", "EPSG:4326"])))
    project.writeEntry("WMSUseLayerIDs", "/", False)
    project.writeEntry("WMSAddWktGeometry", "/", True)
    project.writeEntry("WMSFeatureInfoUseAttributeFormSettings", "/", False)
    project.writeEntry("WFSLayers", "/", [copy.id() for copy in copies])
    for copy in copies:
        project.writeEntry("WFSLayersPrecision", "/" + copy.id(), 8)
    project.writeEntry("Paths", "/Absolute", False)
    project.writeEntry("Measurement", "/DistanceUnits", "meters")
    project.writeEntry("Measurement", "/AreaUnits", "m2")
    if not project.write(str(qgs)):
        raise PublishError(E.INVALID, fr=f"Écriture du projet « {qgs} » impossible : {project.error()}",
                           en=f"Could not write the project '{qgs}': {project.error()}")

    description = C.ProjectDescription(
        title=title, abstract=abstract, crs=crs.authid(), proj4=crs.toProj(), extent=extent_values,
        layers=descriptions, groups=group_descriptions, qgis_version=Qgis.QGIS_VERSION_INT,
    )
    cfg = C.build_cfg(description, lwc_version, instance_url, repository, version())
    cfg_path = C.write_cfg(cfg, folder / f"{project_name}.qgs.cfg")
    project.clear()
    progress(1.0, "Projet web écrit")
    return WebProject(folder, project_name, qgs, gpkg, cfg_path, cfg, descriptions, crs.authid(), extent_values)


# --- upload and verification --------------------------------------------------------------------

def verification_for(web_project: WebProject, settings: PublishSettings, session) -> Optional[Verification]:
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
        import requests

        session = requests.Session()  # QGIS Server is not the WebDAV server: no credentials sent there
    elif settings.instance_url and settings.repository:
        endpoint = lizmap_wms_endpoint(settings.instance_url, settings.repository, web_project.name)
    else:
        return None
    return Verification(session, endpoint, web_project.wms_layer_names, web_project.extent, web_project.crs)


def upload_web_project(web_project: WebProject, settings: PublishSettings, session=None,
                       progress=None, is_canceled=None) -> PublishReport:
    """Upload and verify (thread-safe: no QGIS object is touched)."""
    import requests

    session = session if session is not None else requests.Session()
    target = make_target(settings, session)
    map_url = ""
    if settings.instance_url and settings.repository:
        map_url = lizmap_map_url(settings.instance_url, settings.repository, web_project.name)
    elif settings.target == TARGET_FOLDER:
        map_url = (Path(settings.folder) / f"{web_project.name}.qgs").as_uri()
    return publish(target, web_project_items(web_project.folder, web_project.name), web_project.name,
                   verification_for(web_project, settings, session), map_url, progress, is_canceled,
                   settings.allow_replace_foreign)


def remove_web_project(web_project: WebProject) -> None:
    """Remove the staging folder of a web project built in a temporary folder."""
    shutil.rmtree(web_project.folder, ignore_errors=True)
