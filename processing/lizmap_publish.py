"""``aula:lizmap_publish`` — publish result layers as a Lizmap web map (local folder or WebDAV)."""

from __future__ import annotations

import uuid
from pathlib import Path

from qgis.core import (
    QgsProject,
    QgsProcessing,
    QgsProcessingAlgorithm,
    QgsProcessingOutputBoolean,
    QgsProcessingOutputFile,
    QgsProcessingOutputString,
    QgsProcessingParameterAuthConfig,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFile,
    QgsProcessingParameterMultipleLayers,
    QgsProcessingParameterString,
    QgsProcessingUtils,
)

from ..aula_toolkit.lizmap import cfg as C
from ..aula_toolkit.lizmap.cfg import LWC_VERSIONS
from ..aula_toolkit.lizmap.errors import INVALID, PublishError
from ..toolbelt.i18n import N_, tr
from .base import AulaAlgorithm
from .io import stored_layer_name
from .lizmap_project import (
    TARGET_FOLDER,
    TARGET_WEBDAV,
    PublishSettings,
    build_web_project,
    transport_for_authcfg,
    upload_web_project,
)

TARGETS = [TARGET_FOLDER, TARGET_WEBDAV]
VERSIONS = list(LWC_VERSIONS)  # indices 0-3: 3.7, 3.8, 3.9, 3.10
VERSION_AUTO = len(VERSIONS)  # index 4: read from the instance, else the default
BASEMAP_KEYS = list(C.BASEMAPS)  # 0 Plan IGN, 1 orthophotos IGN, 2 OpenStreetMap

#: One wording for the algorithm's parameters and the panel's fields (English source, French in i18n).
LABELS = {
    "LAYERS": N_("Result layers to publish"),
    "TITLE": N_("Map title (French)"),
    "ABSTRACT": N_("Map abstract (French)"),
    "PROJECT_NAME": N_("Project name in the repository"),
    "TARGET": N_("Target"),
    "FOLDER": N_("Local repository folder"),
    "WEBDAV_URL": N_("WebDAV address of the repository folder"),
    "INSTANCE_URL": N_("Lizmap Web Client address"),
    "REPOSITORY": N_("Lizmap repository id"),
    "AUTHCFG": N_("Authentication (QGIS)"),
    "LWC_VERSION": N_("Lizmap Web Client version"),
    "BASEMAPS": N_("Background maps"),
    "GROUPS": N_("Lizmap groups allowed to see the map"),
    "LAYER_GROUPS": N_("Lizmap groups per layer"),
    "HIDE_PROJECT": N_("Hide the map from the landing page"),
    "VERIFY": N_("Verify the published map (WMS)"),
    "LOGO": N_("Agency logo for the print layout"),
}
TOOLTIPS = {
    "LAYERS": N_("Layers copied into the web map: vector layers (tables without geometry go to the hidden "
                 "group used by attribute tables and charts) and file rasters."),
    "TITLE": N_("Title shown by Lizmap and on the print layout."),
    "ABSTRACT": N_("Text shown in the map's information panel."),
    "PROJECT_NAME": N_("Letters, digits, '_' and '-' (at most 64); it becomes <name>.qgs, <name>.qgs.cfg and "
                       "<name>.<version>.gpkg."),
    "TARGET": N_("Local folder (disk or mounted share) or WebDAV repository."),
    "FOLDER": N_("The Lizmap repository folder on a disk or a mounted share."),
    "WEBDAV_URL": N_("e.g. https://carto.example.org/dav/observatoire/ (no login in the address: use the "
                     "authentication)."),
    "INSTANCE_URL": N_("e.g. https://carto.example.org/lizmap/ — its version and repositories are read from "
                       "it, the published map is checked through it and its link is given."),
    "REPOSITORY": N_("Repository id in Lizmap (the one listed by the instance when its address is given)."),
    "AUTHCFG": N_("Basic login and password stored in the QGIS authentication database; QGIS's proxy, SSL "
                  "exceptions and timeout apply."),
    "LWC_VERSION": N_("Version the configuration targets; 'read from the instance' uses the instance address, "
                      "else 3.8."),
    "BASEMAPS": N_("Background maps offered in the map (the first one shown at startup)."),
    "GROUPS": N_("Lizmap user group ids separated by commas; empty: everyone who can see the repository."),
    "LAYER_GROUPS": N_("One line per restricted layer: 'layer name: group1, group2'. Other groups do not see "
                       "the layer at all (legend, map, tables)."),
    "HIDE_PROJECT": N_("The map is not listed on the Lizmap landing page; its link still works for those "
                       "allowed."),
    "VERIFY": N_("After the upload, WMS GetCapabilities must list every layer and GetMap must draw them."),
    "LOGO": N_("PNG or SVG embedded in the print layout (top right)."),
}

HELP = N_(
    "<p>Publishes result layers as a Lizmap observatory map: a clean web project (layers copied into one "
    "GeoPackage beside it, rasters as GeoTIFF, styles and French field names kept, one group per algorithm, "
    "tables without geometry in the hidden group) and its Lizmap configuration (popups, attribute tables, "
    "tooltips, filters by EPCI and commune, charts for the ZAN trajectory and the brownfields), with background "
    "maps, an A4 landscape print layout and access rights.</p><h3>In the form</h3><ul>"
    "<li><b>Result layers to publish</b>, <b>Map title</b>, <b>Map abstract</b>, <b>Project name in the "
    "repository</b>.</li>"
    "<li><b>Target</b>: a <b>Local repository folder</b> (disk or mounted share) or the <b>WebDAV address of the "
    "repository folder</b> with an <b>Authentication</b> of QGIS (the password is never written anywhere; QGIS's "
    "proxy, SSL exceptions and timeout apply).</li>"
    "<li><b>Lizmap Web Client address</b>: its version and repositories are read from it; otherwise choose the "
    "<b>Lizmap Web Client version</b> (3.7 to 3.10) and type the <b>Lizmap repository id</b>.</li>"
    "<li><b>Background maps</b> (Plan IGN by default, IGN aerial photographs, OpenStreetMap), <b>Agency logo for the "
    "print layout</b>.</li>"
    "<li>Access: <b>Lizmap groups allowed to see the map</b>, <b>Lizmap groups per layer</b>, <b>Hide the map from "
    "the landing page</b>.</li>"
    "<li><b>Verify the published map (WMS)</b>: every layer must be listed and the map must draw.</li></ul>"
    "<p>Publishing is locked per project name and all-or-nothing: the data goes under a new versioned name that "
    "only the new project uses, so an interrupted publication leaves the published map as it was; the previous "
    "project is kept as a backup. Republishing keeps what an administrator changed in the configuration and "
    "does not send unchanged data again. The same publishing is available as the <i>AULA Toolkit — Lizmap</i> "
    "panel (menu <i>Web</i>); the <i>Help</i> button opens the full documentation.</p>"
)
def name_loaded_layers(layers) -> None:
    """Layers given as paths (qgis_process, models) are named after their file by QGIS, so several tables
    of one GeoPackage would clash: name them as their stored default style says (the map-reader name our
    algorithms give), else after their table. Layers of the user's project keep their names."""
    for layer in layers:
        if QgsProject.instance().mapLayer(layer.id()) is not None or not hasattr(layer, "listStylesInDatabase"):
            continue
        stem = Path(layer.source().split("|")[0]).stem
        if not stem or not layer.name().startswith(stem):
            continue  # named by the caller, not after its file
        stored = stored_layer_name(layer)
        table = layer.source().split("|layername=")[-1].split("|")[0] if "|layername=" in layer.source() else ""
        if stored:
            layer.setName(stored)
        elif table:
            layer.setName(table)


class LizmapPublishAlgorithm(AulaAlgorithm):
    ALGORITHM_ID = "lizmap_publish"
    GROUP_ID = "publication"
    DISPLAY_NAME = N_("Publish to Lizmap")
    HELP = HELP

    LAYERS = "LAYERS"
    TITLE = "TITLE"
    ABSTRACT = "ABSTRACT"
    PROJECT_NAME = "PROJECT_NAME"
    TARGET = "TARGET"
    FOLDER = "FOLDER"
    WEBDAV_URL = "WEBDAV_URL"
    INSTANCE_URL = "INSTANCE_URL"
    REPOSITORY = "REPOSITORY"
    AUTHCFG = "AUTHCFG"
    LWC_VERSION = "LWC_VERSION"
    BASEMAPS = "BASEMAPS"
    GROUPS = "GROUPS"
    LAYER_GROUPS = "LAYER_GROUPS"
    HIDE_PROJECT = "HIDE_PROJECT"
    LOGO = "LOGO"
    VERIFY = "VERIFY"
    QGIS_SERVER_URL = "QGIS_SERVER_URL"
    SERVER_FOLDER = "SERVER_FOLDER"
    REPLACE_FOREIGN = "REPLACE_FOREIGN"
    MAP_URL = "MAP_URL"
    PROJECT_FILE = "PROJECT_FILE"
    CFG_FILE = "CFG_FILE"
    VERIFIED = "VERIFIED"
    BACKUPS = "BACKUPS"

    def flags(self):
        # Reads the user's layers and writes a QgsProject: main thread only.
        return super().flags() | QgsProcessingAlgorithm.Flag.FlagNoThreading

    def initAlgorithm(self, config=None):  # noqa: N802

        add = self.add_parameter

        def label(key):
            return tr(LABELS[key])

        def tip(key):
            return tr(TOOLTIPS[key])

        add(QgsProcessingParameterMultipleLayers(self.LAYERS, label("LAYERS"), QgsProcessing.SourceType.TypeMapLayer),
            help_text=tip("LAYERS"))
        add(QgsProcessingParameterString(self.TITLE, label("TITLE"), defaultValue="Résultats AULA Toolkit"),
            help_text=tip("TITLE"))
        add(QgsProcessingParameterString(self.ABSTRACT, label("ABSTRACT"), multiLine=True, optional=True),
            help_text=tip("ABSTRACT"))
        add(QgsProcessingParameterString(self.PROJECT_NAME, label("PROJECT_NAME"), defaultValue="resultats_aula"),
            help_text=tip("PROJECT_NAME"))
        add(QgsProcessingParameterEnum(self.TARGET, label("TARGET"), [tr("Local repository folder"),
                                                                     tr("WebDAV repository")], defaultValue=0),
            help_text=tip("TARGET"))
        add(QgsProcessingParameterFile(self.FOLDER, label("FOLDER"),
                                       behavior=QgsProcessingParameterFile.Behavior.Folder, optional=True),
            help_text=tip("FOLDER"))
        add(QgsProcessingParameterString(self.WEBDAV_URL, label("WEBDAV_URL"), optional=True),
            help_text=tip("WEBDAV_URL"))
        add(QgsProcessingParameterString(self.INSTANCE_URL, label("INSTANCE_URL"), optional=True),
            help_text=tip("INSTANCE_URL"))
        add(QgsProcessingParameterString(self.REPOSITORY, label("REPOSITORY"), optional=True),
            help_text=tip("REPOSITORY"))
        add(QgsProcessingParameterAuthConfig(self.AUTHCFG, label("AUTHCFG"), optional=True),
            help_text=tip("AUTHCFG"))
        add(QgsProcessingParameterEnum(self.LWC_VERSION, label("LWC_VERSION"),
                                       VERSIONS + [tr("read from the instance (else 3.8)")],
                                       defaultValue=VERSION_AUTO), help_text=tip("LWC_VERSION"))
        add(QgsProcessingParameterEnum(self.BASEMAPS, label("BASEMAPS"), [m.title for m in C.BASEMAPS.values()],
                                       allowMultiple=True, optional=True, defaultValue=[0]),
            help_text=tip("BASEMAPS"))
        add(QgsProcessingParameterString(self.GROUPS, label("GROUPS"), optional=True), help_text=tip("GROUPS"))
        add(QgsProcessingParameterString(self.LAYER_GROUPS, label("LAYER_GROUPS"), multiLine=True, optional=True),
            help_text=tip("LAYER_GROUPS"))
        add(QgsProcessingParameterBoolean(self.HIDE_PROJECT, label("HIDE_PROJECT"), defaultValue=False),
            help_text=tip("HIDE_PROJECT"))
        add(QgsProcessingParameterBoolean(self.VERIFY, label("VERIFY"), defaultValue=True), help_text=tip("VERIFY"))
        add(QgsProcessingParameterFile(self.LOGO, label("LOGO"), optional=True,
                                       fileFilter="Images (*.png *.svg *.jpg)"), advanced=True,
            help_text=tip("LOGO"))
        add(QgsProcessingParameterString(self.QGIS_SERVER_URL, tr("Verify through this QGIS Server address"),
                                         optional=True), advanced=True)
        add(QgsProcessingParameterString(self.SERVER_FOLDER,
                                         tr("Folder as QGIS Server sees it"), optional=True), advanced=True)
        add(QgsProcessingParameterBoolean(self.REPLACE_FOREIGN,
                                          tr("Replace a project not by AULA"),
                                          defaultValue=False), advanced=True)
        self.addOutput(QgsProcessingOutputString(self.MAP_URL, tr("Web map address")))
        self.addOutput(QgsProcessingOutputFile(self.PROJECT_FILE, tr("Web project (staging copy)")))
        self.addOutput(QgsProcessingOutputFile(self.CFG_FILE, tr("Lizmap configuration (staging copy)")))
        self.addOutput(QgsProcessingOutputBoolean(self.VERIFIED, tr("Verified")))
        self.addOutput(QgsProcessingOutputString(self.BACKUPS, tr("Backups of the previous version")))

    def settings(self, parameters, context) -> PublishSettings:
        return PublishSettings(
            target=TARGETS[self.parameterAsEnum(parameters, self.TARGET, context)],
            folder=self.parameterAsFile(parameters, self.FOLDER, context) or "",
            webdav_url=self.parameterAsString(parameters, self.WEBDAV_URL, context).strip(),
            instance_url=self.parameterAsString(parameters, self.INSTANCE_URL, context).strip(),
            repository=self.parameterAsString(parameters, self.REPOSITORY, context).strip(),
            authcfg=self.parameterAsString(parameters, self.AUTHCFG, context),
            lwc_version=self._version(parameters, context),
            verify=self.parameterAsBool(parameters, self.VERIFY, context),
            qgis_server_url=self.parameterAsString(parameters, self.QGIS_SERVER_URL, context).strip(),
            server_folder=self.parameterAsString(parameters, self.SERVER_FOLDER, context).strip(),
            allow_replace_foreign=self.parameterAsBool(parameters, self.REPLACE_FOREIGN, context),
        )

    def extra_outputs(self, parameters, context):
        """The files a publication replaces in a local repository folder, checked against the inputs."""
        if TARGETS[self.parameterAsEnum(parameters, self.TARGET, context)] != TARGET_FOLDER:
            return {}
        folder = self.parameterAsFile(parameters, self.FOLDER, context)
        name = self.parameterAsString(parameters, self.PROJECT_NAME, context).strip()
        if not folder or not name:
            return {}
        return {f"{self.FOLDER} ({name}{ext})": str(Path(folder) / f"{name}{ext}") for ext in (".qgs", ".qgs.cfg")}

    def _version(self, parameters, context) -> str:
        index = self.parameterAsEnum(parameters, self.LWC_VERSION, context)
        return VERSIONS[index] if index < len(VERSIONS) else ""

    def compute(self, parameters, context, feedback):
        layers = self.parameterAsLayerList(parameters, self.LAYERS, context)
        name_loaded_layers(layers)
        settings = self.settings(parameters, context)
        name = self.parameterAsString(parameters, self.PROJECT_NAME, context).strip()
        C.check_project_name(name)
        staging = Path(QgsProcessingUtils.tempFolder()) / f"lizmap_{uuid.uuid4().hex[:8]}"
        basemaps = [BASEMAP_KEYS[i] for i in self.parameterAsEnums(parameters, self.BASEMAPS, context)]
        acl = C.check_groups(self.parameterAsString(parameters, self.GROUPS, context).split(","),
                             "accès à la carte", "map access")
        layer_groups = C.parse_layer_groups(self.parameterAsString(parameters, self.LAYER_GROUPS, context))

        def progress(lo, hi):
            def report(fraction, message):
                feedback.setProgress(100 * (lo + (hi - lo) * fraction))
                if message:
                    feedback.setProgressText(message)
            return report

        transport = transport_for_authcfg(settings.authcfg)
        resolve_instance(settings, transport, feedback)
        project = build_web_project(
            layers, staging, name, self.parameterAsString(parameters, self.TITLE, context),
            self.parameterAsString(parameters, self.ABSTRACT, context), context.project().crs()
            if context.project() else None, lwc_version=settings.lwc_version,
            instance_url=settings.instance_url, repository=settings.repository,
            transform_context=context.transformContext(), is_canceled=feedback.isCanceled,
            progress=progress(0.0, 0.3), basemaps=basemaps, acl=acl,
            hide_project=self.parameterAsBool(parameters, self.HIDE_PROJECT, context), layer_groups=layer_groups,
            logo=self.parameterAsFile(parameters, self.LOGO, context) or "")
        feedback.pushInfo(tr("Web project written: {path}").format(path=project.qgs_path))
        if project.reused:
            feedback.pushInfo(tr("Data unchanged since the last publication: the same data file is used."))
        report = upload_web_project(project, settings, transport, progress(0.3, 1.0), feedback.isCanceled)
        for backup in report.upload.backups:
            feedback.pushInfo(tr("Previous version kept: {name}").format(name=backup))
        if report.merge is not None:
            if report.merge.kept:
                feedback.pushInfo(tr("Administrator settings kept from the published configuration: {n}").format(
                    n=len(report.merge.kept)))
            if report.merge.dropped:
                feedback.pushWarning(tr("Settings dropped (their layers are no longer published): {keys}").format(
                    keys=", ".join(report.merge.dropped)))
        if report.verification is not None:
            feedback.pushInfo(tr("Verified: {n} layers listed by GetCapabilities, GetMap image of {b} bytes.").format(
                n=len(report.verification.layers_listed), b=report.verification.image_bytes))
        else:
            feedback.pushWarning(tr("Published without verification (no Lizmap or QGIS Server address)."))
        if report.map_url:
            feedback.pushInfo(tr("Web map: {url}").format(url=report.map_url))
        return {
            self.MAP_URL: report.map_url,
            self.PROJECT_FILE: str(project.qgs_path),
            self.CFG_FILE: str(project.cfg_path),
            self.VERIFIED: report.verified,
            self.BACKUPS: ",".join(report.upload.backups),
        }


def resolve_instance(settings: PublishSettings, transport, feedback=None) -> None:
    """With an instance address: its version (when not chosen) and a check of the repository id against
    the repositories it lists. Without one: the default version."""
    if not settings.instance_url:
        settings.lwc_version = settings.lwc_version or C.DEFAULT_LWC_VERSION
        return
    from ..aula_toolkit.lizmap.instance import read_instance

    info = read_instance(transport, settings.instance_url)
    if not settings.lwc_version:
        settings.lwc_version = info.target
    if feedback is not None:
        feedback.pushInfo(tr("Lizmap Web Client {v}: configuration written for {t}.").format(
            v=info.version, t=settings.lwc_version))
    repositories = info.repositories
    if not repositories:
        return
    listing = ", ".join(f"{r.id} ({r.label})" for r in repositories.values())
    if not settings.repository and len(repositories) == 1:
        settings.repository = next(iter(repositories))
    elif settings.repository not in repositories:
        raise PublishError(
            INVALID,
            fr=f"Répertoire Lizmap « {settings.repository or '(vide)'} » inconnu de l'instance ; répertoires "
               f"disponibles : {listing}.",
            en=f"Lizmap repository '{settings.repository or '(empty)'}' unknown to the instance; available "
               f"repositories: {listing}.",
        )
