"""The algorithm dialog of every AULA Toolkit algorithm: QGIS's own, widened just enough that the form never
needs a horizontal scrollbar.

QGIS opens every algorithm dialog at the same size (688 px wide at first, then the size the user left it)
and gives the form the part the help panel leaves (376 px by default). Our labels fit, but QGIS's own
checkbox under each output, "Ouvrir le fichier en sortie après l'exécution de l'algorithme" in French
(≈405 px), does not: a horizontal scrollbar. QGIS lets an algorithm supply its dialog
(``QgsProcessingAlgorithm.createCustomParametersWidget``, as QGIS's GDAL algorithms do); ours is QGIS's
``AlgorithmDialog`` that, once shown, grows by what the form lacks (never beyond the screen, never smaller
than the user made it), else narrows the help panel.
"""

from __future__ import annotations

_DIALOG_CLASS = None
HELP_MIN_WIDTH = 160  #: the help panel is narrowed no further when the screen leaves no room to grow


def overflow(dialog) -> int:
    """Pixels the widest visible form lacks to show without a horizontal scrollbar (0 when it fits)."""
    from qgis.PyQt.QtWidgets import QScrollArea

    lacking = 0
    for area in dialog.findChildren(QScrollArea):
        if not area.isVisible() or area.widget() is None:
            continue
        needed = area.widget().minimumSizeHint().width()
        lacking = max(lacking, needed - area.viewport().width(), area.horizontalScrollBar().maximum())
    return max(lacking, 0)


def fit_width(dialog) -> int:
    """Grow ``dialog`` (then, if the screen is full, shrink its help panel) until the form fits; returns
    the pixels still lacking."""
    from qgis.PyQt.QtWidgets import QApplication, QSplitter

    lacking = overflow(dialog)
    if lacking == 0:
        return 0
    screen = dialog.screen() if hasattr(dialog, "screen") else QApplication.primaryScreen()
    available = screen.availableGeometry() if screen is not None else None
    room = (available.right() - dialog.frameGeometry().right()) if available is not None else lacking
    room_total = (available.width() - dialog.frameGeometry().width()) if available is not None else lacking
    grow = min(lacking + 2, max(room_total, 0))
    if grow > 0:
        if room < grow and available is not None:  # shift left so the wider dialog stays on the screen
            dialog.move(max(available.left(), dialog.x() - (grow - room)), dialog.y())
        dialog.resize(dialog.width() + grow, dialog.height())
        QApplication.processEvents()
        lacking = overflow(dialog)
    if lacking > 0:
        for splitter in dialog.findChildren(QSplitter):
            sizes = splitter.sizes()
            if len(sizes) == 2 and sizes[1] > HELP_MIN_WIDTH:
                take = min(lacking + 2, sizes[1] - HELP_MIN_WIDTH)
                splitter.setSizes([sizes[0] + take, sizes[1] - take])
                QApplication.processEvents()
                lacking = overflow(dialog)
                break
    return lacking


def algorithm_dialog(algorithm, parent=None):
    """QGIS's algorithm dialog for ``algorithm`` (which it takes over), fitted to its form when shown."""
    global _DIALOG_CLASS
    if _DIALOG_CLASS is None:
        from processing.gui.AlgorithmDialog import AlgorithmDialog  # QGIS's Processing plugin (desktop only)
        from qgis.PyQt.QtCore import QTimer

        class AulaAlgorithmDialog(AlgorithmDialog):
            def showEvent(self, event):  # noqa: N802 (Qt API)
                super().showEvent(event)
                if not getattr(self, "_aula_fitted", False):
                    self._aula_fitted = True
                    QTimer.singleShot(0, self.fit_width)

            def fit_width(self) -> int:
                try:
                    return fit_width(self)
                except RuntimeError:  # closed before the event loop came back
                    return 0

        _DIALOG_CLASS = AulaAlgorithmDialog
    return _DIALOG_CLASS(algorithm, False, parent)
