"""Run inside the real QGIS desktop (``qgis --code``): check the installed plugin, unload it, quit.

Writes AULA_RESULT (JSON): whether the plugin loaded, the provider's algorithms, what unload left,
and every message QGIS logged (collected since startup by the profile's startup.py).
"""

import json
import os

from qgis.core import Qgis, QgsApplication, QgsMessageLog
from qgis.PyQt.QtCore import QTimer
from qgis.utils import active_plugins, iface, plugins, unloadPlugin

NAME = "aula_toolkit_plugin"


def check_and_quit():
    QgsMessageLog.logMessage("probe", "AULA probe", Qgis.Info)
    result = {"loaded": NAME in active_plugins, "instance": type(plugins.get(NAME)).__name__}
    provider = QgsApplication.processingRegistry().providerById("aula")
    result["algorithms"] = sorted(a.id() for a in provider.algorithms()) if provider else []
    result["provider_name"] = provider.name() if provider else None
    result["unloaded"] = bool(unloadPlugin(NAME))
    result["provider_after_unload"] = QgsApplication.processingRegistry().providerById("aula") is not None
    try:
        image = iface.mainWindow().grab()
        image.save(os.environ["AULA_SCREENSHOT"])
    except Exception as error:  # the screenshot is an artefact, not the test
        result["screenshot_error"] = str(error)
    import builtins

    result["log"] = getattr(builtins, "AULA_LOG", [])
    with open(os.environ["AULA_RESULT"], "w", encoding="utf-8") as handle:
        json.dump(result, handle, indent=2)
    QgsApplication.exit(0)


QTimer.singleShot(3000, check_and_quit)
