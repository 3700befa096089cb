"""Profile startup script: record every QGIS log message from before the plugins load."""

import builtins

from qgis.core import Qgis, QgsApplication

builtins.AULA_LOG = []


def _record(message, tag, level):
    builtins.AULA_LOG.append({"tag": tag, "level": int(level), "message": message})


QgsApplication.messageLog().messageReceived.connect(_record)
