"""``aula:lizmap_publish`` — publish result layers as a Lizmap web map (local folder or WebDAV)."""

from __future__ import annotations

import uuid
from pathlib import Path

from qgis.core import (
    QgsProject,
    QgsProcessing,
    QgsProcessingAlgorithm,
    QgsProcessingException,
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

from ..aula_toolkit.lizmap.cfg import LWC_VERSIONS
from ..aula_toolkit.lizmap.errors import PublishError
from ..toolbelt.i18n import N_, tr
from .base import AulaAlgorithm
from .lizmap_project import (
    TARGET_FOLDER,
    TARGET_WEBDAV,
    PublishSettings,
    build_web_project,
    session_for_authcfg,
    upload_web_project,
)

TARGETS = [TARGET_FOLDER, TARGET_WEBDAV]
VERSIONS = list(LWC_VERSIONS)

HELP = N_(
    "<p>Publishes result layers as a Lizmap web map: a clean web project (layers copied into one GeoPackage "
    "beside it, styles and French field names kept) and its Lizmap configuration (popups, attribute tables, "
    "charts), sent to a Lizmap repository. Sending is all-or-nothing: an interrupted upload leaves the published "
    "map as it was, and the previous version is kept as a backup.</p><h3>In the form</h3><ul><li><b>Result layers"
    " to publish</b>, <b>Map title</b>, <b>Map abstract</b>, <b>Project name in the "
    "repository</b>.</li><li><b>Target</b>: a <b>Local repository folder</b> (disk or mounted share) or a "
    "<b>WebDAV repository</b> (address and an <b>Authentication</b> of QGIS: the password is never written "
    "anywhere).</li><li><b>Verify the published map (WMS)</b>: with the <b>Lizmap Web Client address</b> and the "
    "<b>Lizmap repository id</b>, checks that every layer is listed and the map draws.</li></ul><p>The same "
    "publishing is available as the <i>AULA Toolkit — Lizmap</i> panel (menu <i>Web</i>). Details: the "
    "<i>Help</i> button opens the full documentation.</p>"
)


def name_loaded_layers(layers) -> None:
    """Layers given as paths (qgis_process, models) are named after their file by QGIS, so several tables
    of one GeoPackage would clash: name them as their stored default style says (the map-reader name our
    algorithms give), else after their table. Layers of the user's project keep their names."""
    for layer in layers:
        if QgsProject.instance().mapLayer(layer.id()) is not None:
            continue
        count, _ids, names, _descriptions, _error = layer.listStylesInDatabase()
        table = layer.source().split("|layername=")[-1].split("|")[0] if "|layername=" in layer.source() else ""
        if count and names and names[0]:
            layer.setName(names[0])
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

        add(QgsProcessingParameterMultipleLayers(self.LAYERS, tr("Result layers to publish"),
                                                 QgsProcessing.SourceType.TypeVector))
        add(QgsProcessingParameterString(self.TITLE, tr("Map title (French)"),
                                         defaultValue="Résultats AULA Toolkit"))
        add(QgsProcessingParameterString(self.ABSTRACT, tr("Map abstract (French)"), multiLine=True,
                                         optional=True))
        add(QgsProcessingParameterString(self.PROJECT_NAME, tr("Project name in the repository"),
                                         defaultValue="resultats_aula"),
            help_text=tr("Letters, digits, '_' and '-'; it becomes <name>.qgs, <name>.qgs.cfg and <name>.gpkg."))
        add(QgsProcessingParameterEnum(self.TARGET, tr("Target"), [tr("Local repository folder"),
                                                                   tr("WebDAV repository")], defaultValue=0))
        add(QgsProcessingParameterFile(self.FOLDER, tr("Local repository folder"),
                                       behavior=QgsProcessingParameterFile.Behavior.Folder, optional=True))
        add(QgsProcessingParameterString(self.WEBDAV_URL, tr("WebDAV address of the folder"),
                                         optional=True))
        add(QgsProcessingParameterString(self.INSTANCE_URL, tr("Lizmap Web Client address"), optional=True))
        add(QgsProcessingParameterString(self.REPOSITORY, tr("Lizmap repository id"), optional=True))
        add(QgsProcessingParameterAuthConfig(self.AUTHCFG, tr("Authentication (QGIS)"),
                                             optional=True))
        add(QgsProcessingParameterEnum(self.LWC_VERSION, tr("Lizmap Web Client version"), VERSIONS,
                                       defaultValue=0))
        add(QgsProcessingParameterBoolean(self.VERIFY, tr("Verify the published map (WMS)"), defaultValue=True))
        add(QgsProcessingParameterString(self.QGIS_SERVER_URL, tr("Verify via QGIS Server at"),
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
            lwc_version=VERSIONS[self.parameterAsEnum(parameters, self.LWC_VERSION, context)],
            verify=self.parameterAsBool(parameters, self.VERIFY, context),
            qgis_server_url=self.parameterAsString(parameters, self.QGIS_SERVER_URL, context).strip(),
            server_folder=self.parameterAsString(parameters, self.SERVER_FOLDER, context).strip(),
            allow_replace_foreign=self.parameterAsBool(parameters, self.REPLACE_FOREIGN, context),
        )

    def compute(self, parameters, context, feedback):
        layers = self.parameterAsLayerList(parameters, self.LAYERS, context)
        name_loaded_layers(layers)
        settings = self.settings(parameters, context)
        name = self.parameterAsString(parameters, self.PROJECT_NAME, context).strip()
        staging = Path(QgsProcessingUtils.tempFolder()) / f"lizmap_{uuid.uuid4().hex[:8]}"

        def progress(lo, hi):
            def report(fraction, message):
                feedback.setProgress(100 * (lo + (hi - lo) * fraction))
                if message:
                    feedback.setProgressText(message)
            return report

        try:
            session = session_for_authcfg(settings.authcfg)
            project = build_web_project(
                layers, staging, name, self.parameterAsString(parameters, self.TITLE, context),
                self.parameterAsString(parameters, self.ABSTRACT, context), context.project().crs()
                if context.project() else None, lwc_version=settings.lwc_version,
                instance_url=settings.instance_url, repository=settings.repository,
                transform_context=context.transformContext(), is_canceled=feedback.isCanceled,
                progress=progress(0.0, 0.3))
            feedback.pushInfo(tr("Web project written: {path}").format(path=project.qgs_path))
            report = upload_web_project(project, settings, session, progress(0.3, 1.0), feedback.isCanceled)
        except PublishError as error:
            raise QgsProcessingException(str(error)) from None
        for backup in report.upload.backups:
            feedback.pushInfo(tr("Previous version kept: {name}").format(name=backup))
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
