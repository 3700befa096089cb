"""AULA Toolkit: territorial analysis for French urban planning agencies (QGIS plugin entry point).

Nothing here imports QGIS at module level, so the domain core (``aula_toolkit``) stays importable
without QGIS through this package.
"""


def classFactory(iface):  # noqa: N802 (QGIS API name)
    """Entry point called by QGIS when the plugin is loaded."""
    from .plugin import AulaToolkitPlugin

    return AulaToolkitPlugin(iface)
