"""Widgets of the plugin (Qt only through qgis.PyQt)."""
