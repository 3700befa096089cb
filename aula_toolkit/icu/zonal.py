"""Zonal statistics of pixel (or point) values per unit: count, mean, standard deviation.

The units are given as one integer label per value (``-1`` = outside every unit). For a regular grid
the labels come from :func:`.grid.grid_labels`; for polygon units the glue rasterises the polygons
(a pixel belongs to the polygon containing its centre) or, for temperature points/polygons, gives the
index of the unit containing each point.
"""

from __future__ import annotations

from typing import List, Sequence, Tuple

import numpy as np

from ..errors import AulaInputError, Message, preview


def zonal_stats(values, labels, n_units: int) -> Tuple[np.ndarray, np.ndarray, np.ndarray]:
    """``(count, mean, std)`` per unit ``0 … n_units−1`` over the finite ``values`` with ``label ≥ 0``.

    ``std`` is the population standard deviation (ddof = 0, as QGIS zonal statistics), two-pass for
    accuracy. Units without any value get count 0 and NaN mean/std.
    """
    v = np.asarray(values, dtype=np.float64).ravel()
    lab = np.asarray(labels).ravel()
    if v.shape != lab.shape:
        raise ValueError("values and labels must have the same size")
    ok = np.isfinite(v) & (lab >= 0) & (lab < n_units)
    v = v[ok]
    lab = lab[ok].astype(np.intp)
    count = np.bincount(lab, minlength=n_units).astype(np.int64)
    total = np.bincount(lab, weights=v, minlength=n_units)
    with np.errstate(invalid="ignore", divide="ignore"):
        mean = np.where(count > 0, total / np.maximum(count, 1), np.nan)
        dev2 = np.bincount(lab, weights=(v - mean[lab]) ** 2, minlength=n_units)
        std = np.where(count > 0, np.sqrt(dev2 / np.maximum(count, 1)), np.nan)
    return count, mean, std


def check_unit_coverage(count, unit_ids: Sequence = None, layer: str = "TEMPERATURE",
                        units: str = "UNITS") -> List[Message]:
    """Raise when no unit received a temperature; warn (returned messages) when some did not.

    Units without temperature must be left out of the Gi* (the glue drops them and says so).
    """
    count = np.asarray(count)
    empty = np.flatnonzero(count == 0)
    if empty.size == count.size:
        raise AulaInputError(
            fr=(f"{layer} ne recouvre aucune unité de {units} (aucun pixel valide dans les unités) : "
                "vérifiez l'emprise et le SCR des couches."),
            en=(f"{layer} does not overlap any unit of {units} (no valid pixel inside the units): "
                "check the layers' extent and CRS."),
        )
    if empty.size == 0:
        return []
    names = [unit_ids[i] for i in empty] if unit_ids is not None else empty.tolist()
    return [Message(
        f"{empty.size} unités de {units} sans température (hors emprise ou masquées) sont écartées : "
        f"{preview(names)}.",
        f"{empty.size} units of {units} without temperature (outside the extent or masked) are left out: "
        f"{preview(names)}.",
    )]
