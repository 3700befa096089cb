"""The fitting of our algorithm dialog (gui/algorithm_dialog.py) on a dialog built like QGIS's: a form in a
scroll area beside a help panel, in a splitter. The dialogs themselves, opened as the Toolbox opens them in
the real French desktop on a 1366×768 screen, are checked by tests/desktop/test_desktop_first_use.py (here
pytest-qgis replaces QGIS's interface, which QGIS's parameters panel needs)."""

from __future__ import annotations

import pytest

LONG = "Ouvrir le fichier en sortie après l'exécution de l'algorithme"


@pytest.fixture()
def dialog(qgis_app):
    from qgis.PyQt.QtWidgets import (QApplication, QCheckBox, QDialog, QScrollArea, QSplitter, QTextBrowser,
                                     QVBoxLayout, QWidget)

    window = QDialog()
    splitter = QSplitter(window)
    area = QScrollArea()
    area.setWidgetResizable(True)
    form = QWidget()
    column = QVBoxLayout(form)
    box = QCheckBox(LONG)
    screen = QApplication.primaryScreen().availableGeometry()
    box.setMinimumWidth(screen.width() // 3)  # a third of any screen, whatever the fonts of this platform
    column.addWidget(box)
    area.setWidget(form)
    splitter.addWidget(area)
    splitter.addWidget(QTextBrowser())
    QVBoxLayout(window).addWidget(splitter)
    window.move(screen.left(), screen.top())
    window.resize(form.minimumSizeHint().width() * 2 - 40, 300)  # the help half leaves the form 40 px short
    window.show()
    splitter.setSizes([window.width() // 2, window.width() // 2])
    QApplication.processEvents()
    yield window, splitter, screen
    window.close()


def test_a_dialog_too_narrow_for_its_form_grows_until_it_fits(dialog):
    from aula_toolkit_plugin.gui.algorithm_dialog import fit_width, overflow

    window, splitter, _ = dialog
    before = window.width()
    assert overflow(window) > 0  # QGIS's own dialog: a horizontal scrollbar
    assert fit_width(window) == 0 and overflow(window) == 0
    assert before < window.width() <= before + 60
    assert splitter.sizes()[1] >= window.width() // 2 - 60  # the help panel keeps its width


def test_on_a_full_screen_the_help_panel_gives_the_room(dialog):
    from qgis.PyQt.QtWidgets import QApplication

    from aula_toolkit_plugin.gui.algorithm_dialog import HELP_MIN_WIDTH, fit_width, overflow

    window, splitter, screen = dialog
    window.setGeometry(screen)  # no room left to grow
    QApplication.processEvents()
    splitter.setSizes([window.width() - 600, 600])
    QApplication.processEvents()
    assert overflow(window) > 0
    assert fit_width(window) == 0 and overflow(window) == 0
    assert window.width() <= screen.width()  # not grown: no room on the screen
    assert HELP_MIN_WIDTH <= splitter.sizes()[1] < 600
