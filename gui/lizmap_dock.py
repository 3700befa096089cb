"""The "AULA Toolkit — Lizmap" dock panel: tick result layers, choose a repository, publish, get the link.

The panel only gathers choices; the work is done by ``processing/lizmap_project.py`` (web project on the
main thread) and by the QGIS-free core (upload and verification in a ``QgsTask``). Only the id of a QGIS
authentication configuration is stored in the settings, never a password.
"""

from __future__ import annotations

import shutil
import tempfile
from pathlib import Path
from typing import List, Optional

from qgis.core import (
    QgsApplication,
    QgsMapLayer,
    QgsProject,
    QgsRasterLayer,
    QgsSettings,
    QgsTask,
    QgsVectorLayer,
)
from qgis.gui import QgsAuthConfigSelect, QgsDockWidget, QgsFileWidget
from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QProgressBar,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from ..aula_toolkit.lizmap import cfg as C
from ..aula_toolkit.lizmap.cfg import LWC_VERSIONS
from ..aula_toolkit.lizmap.errors import PublishError
from ..processing.lizmap_project import (
    TARGET_FOLDER,
    TARGET_WEBDAV,
    PublishSettings,
    build_web_project,
    transport_for_authcfg,
    upload_web_project,
)
from ..processing.lizmap_publish import LABELS, TOOLTIPS, resolve_instance
from ..toolbelt.i18n import tr

SETTINGS_GROUP = "aula_toolkit/lizmap"
LAYER_ID_ROLE = Qt.ItemDataRole.UserRole


class PublishTask(QgsTask):
    """Upload + verification in the background (no QGIS object touched)."""

    def __init__(self, web_project, settings: PublishSettings, transport, on_done):
        super().__init__(tr("Publishing to Lizmap"), QgsTask.Flag.CanCancel)
        self.web_project = web_project
        self.settings = settings
        self.transport = transport
        self.on_done = on_done
        self.report = None
        self.error: Optional[str] = None
        self.message = ""

    def run(self) -> bool:
        def progress(fraction, message):
            self.message = message
            self.setProgress(30 + 70 * fraction)

        try:
            self.report = upload_web_project(self.web_project, self.settings, self.transport, progress,
                                             self.isCanceled)
        except PublishError as error:
            self.error = str(error)
            return False
        except Exception as error:  # noqa: BLE001 - shown to the user, never raised in a worker thread
            self.error = (f"Erreur interne d'AULA Toolkit ({type(error).__name__} : {error}).\n"
                          f"AULA Toolkit internal error ({type(error).__name__}: {error}).")
            return False
        return True

    def finished(self, result: bool) -> None:  # main thread
        self.on_done(self, result)


class LizmapDock(QgsDockWidget):
    """``iface.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, LizmapDock(iface))``"""

    def __init__(self, iface=None, parent=None):
        super().__init__(parent)
        self.iface = iface
        self._staging: Optional[Path] = None
        self.setObjectName("AulaToolkitLizmapDock")
        self.setWindowTitle(tr("AULA Toolkit — Lizmap"))
        self.synchronous = False  # tests: run the upload in the calling thread
        self.task: Optional[PublishTask] = None
        self.last_report = None
        self.last_error: Optional[str] = None
        self._canceled = False
        self._build()
        self.load_settings()
        self.refresh_layers()
        project = QgsProject.instance()
        project.layersAdded.connect(self.refresh_layers)
        project.layersRemoved.connect(self.refresh_layers)

    # --- widgets ---------------------------------------------------------------------------------

    def _build(self) -> None:
        """Fields named and explained with the algorithm's words (``LABELS`` / ``TOOLTIPS``)."""
        body = QWidget(self)
        layout = QVBoxLayout(body)

        def label(key: str) -> str:
            return tr(LABELS[key])

        def tip(widget, key: str):
            widget.setToolTip(tr(TOOLTIPS[key]))
            return widget

        def narrow(form: QFormLayout) -> QFormLayout:
            form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)  # label above its field: fits a dock
            return form

        def wrapped(text: str) -> QLabel:
            field_label = QLabel(text, body)
            field_label.setWordWrap(len(text) > 34)  # long labels only: short ones wrap too early
            return field_label

        def check_row(parent, key: str):
            """A checkbox whose long label wraps (a QCheckBox text never does)."""
            row = QWidget(parent)
            line = QHBoxLayout(row)
            line.setContentsMargins(0, 0, 0, 0)
            check = tip(QCheckBox(row), key)
            text = tip(QLabel(label(key), row), key)
            text.setWordWrap(True)
            text.setBuddy(check)
            line.addWidget(check, 0, Qt.AlignmentFlag.AlignTop)
            line.addWidget(text, 1)
            return row, check

        layers_label = tip(QLabel(f"<b>{label('LAYERS')}</b>", body), "LAYERS")
        layout.addWidget(layers_label)
        self.layer_list = tip(QListWidget(body), "LAYERS")
        self.layer_list.setObjectName("layer_list")
        layout.addWidget(self.layer_list)

        form = narrow(QFormLayout())
        self.title_edit = tip(QLineEdit("Résultats AULA Toolkit", body), "TITLE")
        self.abstract_edit = tip(QLineEdit(body), "ABSTRACT")
        self.name_edit = tip(QLineEdit("resultats_aula", body), "PROJECT_NAME")
        form.addRow(wrapped(label("TITLE")), self.title_edit)
        form.addRow(wrapped(label("ABSTRACT")), self.abstract_edit)
        form.addRow(wrapped(label("PROJECT_NAME")), self.name_edit)
        layout.addLayout(form)

        target_box = QGroupBox(tr("Lizmap repository"), body)
        target_form = narrow(QFormLayout(target_box))
        self.target_combo = tip(QComboBox(target_box), "TARGET")
        self.target_combo.addItem(tr("Local repository folder"), TARGET_FOLDER)
        self.target_combo.addItem(tr("WebDAV repository"), TARGET_WEBDAV)
        self.folder_widget = tip(QgsFileWidget(target_box), "FOLDER")
        self.folder_widget.setStorageMode(QgsFileWidget.StorageMode.GetDirectory)
        self.webdav_edit = tip(QLineEdit(target_box), "WEBDAV_URL")
        self.webdav_edit.setPlaceholderText("https://…/dav/repository/")
        self.instance_edit = tip(QLineEdit(target_box), "INSTANCE_URL")
        self.instance_edit.setPlaceholderText("https://carto.example.org/lizmap/")
        self.repository_edit = tip(QComboBox(target_box), "REPOSITORY")
        self.repository_edit.setEditable(True)
        self.read_instance_button = QPushButton(tr("Read the instance"), target_box)
        self.read_instance_button.setToolTip(tr("Read the version and the repositories of the Lizmap Web Client "
                                                "(index.php/view/app/metadata) with the authentication."))
        self.auth_select = tip(QgsAuthConfigSelect(target_box), "AUTHCFG")
        self.version_combo = tip(QComboBox(target_box), "LWC_VERSION")
        self.version_combo.addItem(tr("read from the instance (else 3.8)"), "")
        for version in LWC_VERSIONS:
            self.version_combo.addItem(version, version)
        verify_row, self.verify_check = check_row(target_box, "VERIFY")
        self.verify_check.setChecked(True)
        self.qgis_server_edit = QLineEdit(target_box)
        self.qgis_server_edit.setToolTip(tr("Verify through this QGIS Server address"))
        self.qgis_server_edit.setPlaceholderText(tr("optional: verify through QGIS Server directly"))
        self.server_folder_edit = QLineEdit(target_box)
        self.server_folder_edit.setToolTip(tr("Repository folder as QGIS Server sees it"))
        target_form.addRow(wrapped(label("TARGET")), self.target_combo)
        target_form.addRow(wrapped(label("FOLDER")), self.folder_widget)
        target_form.addRow(wrapped(label("WEBDAV_URL")), self.webdav_edit)
        target_form.addRow(wrapped(label("INSTANCE_URL")), self.instance_edit)
        target_form.addRow(wrapped(label("AUTHCFG")), self.auth_select)
        target_form.addRow(wrapped(label("REPOSITORY")), self.repository_edit)
        target_form.addRow(self.read_instance_button)
        target_form.addRow(wrapped(label("LWC_VERSION")), self.version_combo)
        target_form.addRow(verify_row)
        target_form.addRow(wrapped(tr("Verify through this QGIS Server address")), self.qgis_server_edit)
        target_form.addRow(wrapped(tr("Repository folder as QGIS Server sees it")), self.server_folder_edit)
        layout.addWidget(target_box)
        self.target_combo.currentIndexChanged.connect(self._target_changed)

        map_box = QGroupBox(tr("Map"), body)
        map_form = narrow(QFormLayout(map_box))
        self.basemap_checks = {}
        basemaps = QVBoxLayout()
        for key, basemap in C.BASEMAPS.items():
            check = tip(QCheckBox(basemap.title, map_box), "BASEMAPS")
            check.setChecked(key in C.DEFAULT_BASEMAPS)
            self.basemap_checks[key] = check
            basemaps.addWidget(check)
        map_form.addRow(wrapped(label("BASEMAPS")), basemaps)
        self.groups_edit = tip(QLineEdit(map_box), "GROUPS")
        self.groups_edit.setPlaceholderText("elus, epci_partenaires")
        map_form.addRow(wrapped(label("GROUPS")), self.groups_edit)
        self.layer_groups_edit = tip(QPlainTextEdit(map_box), "LAYER_GROUPS")
        self.layer_groups_edit.setPlaceholderText("Friches – mutabilité : agence")
        self.layer_groups_edit.setMaximumHeight(60)
        map_form.addRow(wrapped(label("LAYER_GROUPS")), self.layer_groups_edit)
        hide_row, self.hide_check = check_row(map_box, "HIDE_PROJECT")
        map_form.addRow(hide_row)
        self.logo_widget = tip(QgsFileWidget(map_box), "LOGO")
        self.logo_widget.setFilter("Images (*.png *.svg *.jpg)")
        map_form.addRow(wrapped(label("LOGO")), self.logo_widget)
        layout.addWidget(map_box)

        buttons = QHBoxLayout()
        self.publish_button = QPushButton(tr("Publish"), body)
        self.publish_button.setToolTip(tr("Build the web map and publish it to the repository."))
        self.cancel_button = QPushButton(tr("Cancel"), body)
        self.cancel_button.setToolTip(tr("Stop the publication: the map already published stays as it was."))
        self.cancel_button.setEnabled(False)
        buttons.addWidget(self.publish_button)
        buttons.addWidget(self.cancel_button)
        layout.addLayout(buttons)
        self.progress_bar = QProgressBar(body)
        self.progress_bar.setRange(0, 100)
        layout.addWidget(self.progress_bar)
        self.status_label = QLabel(body)
        self.status_label.setWordWrap(True)
        layout.addWidget(self.status_label)
        self.result_label = QLabel(body)
        self.result_label.setObjectName("result_link")
        self.result_label.setWordWrap(True)
        self.result_label.setTextFormat(Qt.TextFormat.RichText)
        self.result_label.setOpenExternalLinks(True)
        self.result_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        layout.addWidget(self.result_label)
        layout.addStretch(1)
        shrinkable = QSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        for widget in (self.auth_select, self.repository_edit, self.target_combo, self.version_combo,
                       self.folder_widget, self.logo_widget):
            widget.setSizePolicy(shrinkable)  # the dock decides the width, fields follow
            widget.setMinimumWidth(120)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(body)
        self.setWidget(scroll)

        self.publish_button.clicked.connect(self.publish)
        self.cancel_button.clicked.connect(self.cancel)
        self.read_instance_button.clicked.connect(self.read_instance)
        self._target_changed()

    def _target_changed(self, *_args) -> None:
        webdav = self.target_combo.currentData() == TARGET_WEBDAV
        self.folder_widget.setEnabled(not webdav)
        self.webdav_edit.setEnabled(webdav)

    # --- layers ----------------------------------------------------------------------------------

    def refresh_layers(self, *_args) -> None:
        checked = set(self.checked_layer_ids())
        self.layer_list.clear()
        for layer in QgsProject.instance().mapLayers().values():
            if not isinstance(layer, (QgsVectorLayer, QgsRasterLayer)) or \
                    (isinstance(layer, QgsRasterLayer) and layer.providerType() != "gdal"):
                continue
            kind = tr("table") if isinstance(layer, QgsVectorLayer) and not layer.isSpatial() else \
                tr("raster") if isinstance(layer, QgsRasterLayer) else ""
            item = QListWidgetItem(f"{layer.name()} ({kind})" if kind else layer.name())
            item.setToolTip(layer.source().split("|")[0])
            item.setData(LAYER_ID_ROLE, layer.id())
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if layer.id() in checked else Qt.CheckState.Unchecked)
            self.layer_list.addItem(item)
        rows = max(3, min(self.layer_list.count(), 12))  # every layer visible up to 12, then a scroll bar
        self.layer_list.setFixedHeight(rows * max(self.layer_list.sizeHintForRow(0), 18)
                                       + 2 * self.layer_list.frameWidth() + 4)

    def checked_layer_ids(self) -> List[str]:
        ids = []
        for row in range(self.layer_list.count()):
            item = self.layer_list.item(row)
            if item.checkState() == Qt.CheckState.Checked:
                ids.append(item.data(LAYER_ID_ROLE))
        return ids

    def set_checked_layers(self, layer_ids) -> None:
        wanted = set(layer_ids)
        for row in range(self.layer_list.count()):
            item = self.layer_list.item(row)
            item.setCheckState(Qt.CheckState.Checked if item.data(LAYER_ID_ROLE) in wanted
                               else Qt.CheckState.Unchecked)

    # --- settings (no secret) --------------------------------------------------------------------

    def settings(self) -> PublishSettings:
        return PublishSettings(
            target=self.target_combo.currentData(),
            folder=self.folder_widget.filePath(),
            webdav_url=self.webdav_edit.text().strip(),
            instance_url=self.instance_edit.text().strip(),
            repository=self.repository_edit.currentText().strip(),
            authcfg=self.auth_select.configId(),
            lwc_version=self.version_combo.currentData(),
            verify=self.verify_check.isChecked(),
            qgis_server_url=self.qgis_server_edit.text().strip(),
            server_folder=self.server_folder_edit.text().strip(),
        )

    def load_settings(self) -> None:
        s = QgsSettings()
        s.beginGroup(SETTINGS_GROUP)
        index = self.target_combo.findData(s.value("target", TARGET_FOLDER))
        self.target_combo.setCurrentIndex(max(index, 0))
        self.folder_widget.setFilePath(s.value("folder", ""))
        self.webdav_edit.setText(s.value("webdav_url", ""))
        self.instance_edit.setText(s.value("instance_url", ""))
        self.repository_edit.setEditText(s.value("repository", ""))
        self.auth_select.setConfigId(s.value("authcfg", ""))
        s.endGroup()

    def save_settings(self) -> None:
        settings = self.settings()
        s = QgsSettings()
        s.beginGroup(SETTINGS_GROUP)
        for key in ("target", "folder", "webdav_url", "instance_url", "repository", "authcfg"):
            s.setValue(key, getattr(settings, key))  # authcfg is an id; the password stays in the auth DB
        s.endGroup()

    # --- publishing ------------------------------------------------------------------------------

    def _progress(self, value: float, message: str = "") -> None:
        self.progress_bar.setValue(int(value))
        if message:
            self.status_label.setText(message)
        QgsApplication.processEvents()

    def _busy(self, busy: bool) -> None:
        self.publish_button.setEnabled(not busy)
        self.cancel_button.setEnabled(busy)

    def publish(self) -> None:
        self.last_report, self.last_error, self._canceled = None, None, False
        self.result_label.clear()
        layers: List[QgsMapLayer] = [QgsProject.instance().mapLayer(i) for i in self.checked_layer_ids()]
        if not layers:
            self._fail("Cochez au moins une couche à publier.\nTick at least one layer to publish.")
            return
        settings = self.settings()
        self.save_settings()
        self._busy(True)
        try:
            transport = transport_for_authcfg(settings.authcfg)
            resolve_instance(settings, transport)
            staging = self._staging = Path(tempfile.mkdtemp(prefix="aula_lizmap_"))
            project = build_web_project(
                layers, staging, self.name_edit.text().strip(), self.title_edit.text().strip(),
                self.abstract_edit.text().strip(), QgsProject.instance().crs(), lwc_version=settings.lwc_version,
                instance_url=settings.instance_url, repository=settings.repository,
                is_canceled=lambda: self._canceled,
                progress=lambda f, m: self._progress(30 * f, m),
                basemaps=[k for k, check in self.basemap_checks.items() if check.isChecked()],
                acl=C.check_groups(self.groups_edit.text().split(","), "accès à la carte", "map access"),
                hide_project=self.hide_check.isChecked(),
                layer_groups=C.parse_layer_groups(self.layer_groups_edit.toPlainText()),
                logo=self.logo_widget.filePath())
        except PublishError as error:
            self._busy(False)
            self._remove_staging()
            self._fail(str(error))
            return
        except Exception as error:  # noqa: BLE001 - an exception leaving a Qt slot aborts QGIS: say it instead
            self._remove_staging()
            import traceback

            from qgis.core import Qgis, QgsMessageLog

            QgsMessageLog.logMessage(traceback.format_exc(), "AULA Toolkit", Qgis.MessageLevel.Critical)
            self._busy(False)
            self._fail(f"Erreur interne d'AULA Toolkit ({type(error).__name__} : {error}) : détail dans le journal.\n"
                       f"AULA Toolkit internal error ({type(error).__name__}: {error}): details in the log.")
            return
        self.task = PublishTask(project, settings, transport, self._done)
        if self.synchronous:
            self.task.isCanceled = lambda: self._canceled  # noqa: E731 (no task manager in this mode)
            self._done(self.task, self.task.run())
        else:
            self.task.progressChanged.connect(lambda value: self._progress(value, self.task.message
                                                                           if self.task else ""))
            QgsApplication.taskManager().addTask(self.task)

    def read_instance(self) -> None:
        """Fill the version and the repository list from the instance's metadata."""
        from ..aula_toolkit.lizmap.instance import read_instance

        try:
            info = read_instance(transport_for_authcfg(self.auth_select.configId()), self.instance_edit.text().strip())
        except PublishError as error:
            self._fail(str(error))
            return None
        current = self.repository_edit.currentText()
        self.repository_edit.clear()
        for repo in info.repositories.values():
            self.repository_edit.addItem(f"{repo.id}", repo.id)
            self.repository_edit.setItemData(self.repository_edit.count() - 1, repo.label,
                                             Qt.ItemDataRole.ToolTipRole)
        self.repository_edit.setEditText(current if current in info.repositories or not info.repositories
                                         else next(iter(info.repositories)))
        self.version_combo.setCurrentIndex(max(self.version_combo.findData(info.target), 0))
        self.status_label.setText(tr("Lizmap Web Client {v}: configuration written for {t}.").format(
            v=info.version, t=info.target) + " " + tr("{n} repositories.").format(n=len(info.repositories)))
        return info

    def cancel(self) -> None:
        self._canceled = True
        if self.task is not None:
            self.task.cancel()
        self.status_label.setText("Annulation… / Cancelling…")

    def _fail(self, message: str) -> None:
        self.last_error = message
        self.status_label.setText(message)
        self.progress_bar.setValue(0)
        if self.iface is not None and hasattr(self.iface, "messageBar"):
            try:
                self.iface.messageBar().pushCritical("AULA Toolkit — Lizmap", message.splitlines()[0])
            except (AttributeError, RuntimeError):
                pass

    def _remove_staging(self) -> None:
        """The web project is built in a temporary folder; once uploaded (or failed) it is no longer needed."""
        staging, self._staging = self._staging, None
        if staging is not None:
            shutil.rmtree(staging, ignore_errors=True)

    def _done(self, task: PublishTask, ok: bool) -> None:
        self._busy(False)
        self.task = None
        self._remove_staging()
        if not ok:
            self._fail(task.error or "Publication annulée.\nPublication cancelled.")
            return
        report = task.report
        self.last_report = report
        self.progress_bar.setValue(100)
        if report.verified:
            self.status_label.setText(tr("Published and verified: {n} layers answer.").format(
                n=len(task.web_project.wms_layer_names)))
        else:
            self.status_label.setText(tr("Published (not verified: no Lizmap or QGIS Server address)."))
        if report.upload.backups:
            self.status_label.setText(self.status_label.text() + " " + tr("Previous version kept as .bak."))
        url = report.map_url
        self.result_label.setText(f'<a href="{url}">{url}</a>' if url else "")
