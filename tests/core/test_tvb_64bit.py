"""Costs stay right on a raster of more than 2³¹ cells (issue 13): column numbers beyond 2³¹ must survive every
step (patch boxes, search windows, path tracing, crossing test, lengths) — 32-bit indices would wrap to negative
numbers and lose or misplace the links.

The raster is one row of 2³¹ + 2²⁰ cells: the friction is a zero-strided broadcast (every cell costs 1) and the
patch labels a sparse disk-backed memmap (uint8, 2 GiB apparent, a few pages written), as a tiled or GDAL-backed
caller would hand them over. Bounded by ``max_cost``, each search only reads a window around its patch, so the
run needs well under 1 GB of private memory (the labels' file pages are shared and reclaimable).
"""

from __future__ import annotations

import resource
import time

import numpy as np
import pytest

from aula_toolkit_plugin.aula_toolkit.tvb.cost import min_friction
from aula_toolkit_plugin.aula_toolkit.tvb.links import complete_links, crosses_third_patch

WIDTH = 2 ** 31 + 2 ** 20
BASE = 2 ** 31 + 1000  # first patch beyond the 32-bit range


@pytest.mark.slow
def test_links_beyond_2_pow_31_cells_cost_what_they_should(tmp_path):
    start = time.perf_counter()
    labels = np.memmap(tmp_path / "labels.u8", dtype=np.uint8, mode="w+", shape=(1, WIDTH))
    labels[0, BASE:BASE + 5] = 1          # patch 1
    labels[0, BASE + 105:BASE + 110] = 2  # patch 2, 100 cells further
    labels[0, BASE + 300:BASE + 302] = 3  # patch 3, 190 cells beyond patch 2
    labels.flush()
    friction = np.broadcast_to(np.float64(1.0), (1, WIDTH))
    assert labels.size > 2 ** 31 and friction.strides == (0, 0)

    assert min_friction(friction) == 1.0  # read in chunks: no 2³¹-cell temporary

    links = complete_links(friction, labels, 3, max_cost=400.0)
    got = {(int(i) + 1, int(j) + 1): c for i, j, c in zip(links.u, links.v, links.cost)}
    # from the last cell of one patch to the first of the next: one step of cost (1 + 1) / 2 per cell
    assert got == {(1, 2): 101.0, (2, 3): 191.0, (1, 3): 296.0}
    (pr, pc) = links.paths[int(np.flatnonzero((links.u == 0) & (links.v == 1))[0])]
    assert pc.dtype == np.int64 and pr.tolist() == [0] * 102
    assert pc[0] == BASE + 4 and pc[-1] == BASE + 105 and np.all(np.diff(pc) == 1)
    assert links.length.tolist() == [101.0, 296.0, 191.0]

    crossing = [crosses_third_patch(pr, pc, labels, i + 1, j + 1)
                for (pr, pc), i, j in zip(links.paths, links.u.tolist(), links.v.tolist())]
    assert crossing == [False, True, False]  # 1–3 runs through patch 2 (Graphab removeCrossPatch drops it)

    peak_gb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 2 ** 20
    print(f"2^31 + 2^20 cells: {time.perf_counter() - start:.1f} s, peak RSS {peak_gb:.2f} GB "
          "(file-backed label pages included)")
