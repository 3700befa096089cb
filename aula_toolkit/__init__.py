"""AULA Toolkit domain core.

Pure Python (numpy, pandas, scipy, shapely): no QGIS import anywhere below this package, so every
rule can be tested without QGIS. Modules import each other relatively, so the package works both as
``aula_toolkit`` and as ``<plugin>.aula_toolkit``.
"""

__version__ = "0.1.0"
