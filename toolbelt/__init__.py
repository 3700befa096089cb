"""Plugin-level helpers that need Qt/QGIS: paths to resources, translation, metadata."""
