"""Processing provider and algorithms of AULA Toolkit: thin glue over ``aula_toolkit``.

Import it as ``aula_toolkit_plugin.processing`` (or relatively): never as a top-level ``processing``,
which is QGIS's own plugin.
"""
