"""Friches (brownfield) mutability: score every site of a territory for the Mutafriches uses.

Modules: :mod:`grid` (versioned JSON grids and presets), :mod:`criteria` (catalogue), :mod:`scoring`
(published arithmetic), :mod:`mapping` (CNIG / Cartofriches fields), :mod:`context` (criteria from
layers, vectorised), :mod:`sensitivity`, :mod:`pipeline` (one call), :mod:`report` (HTML), :mod:`gpkg`.
No QGIS import here.
"""
