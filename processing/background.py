"""Reading an input on the other core while the main thread computes.

GDAL's readers release Python's lock while they read, so a GeoPackage table read in a thread overlaps the
raster's coverage and the statistics on a 2-core machine. Only GDAL/OGR and numpy/pandas may run in the thread:
QGIS objects (layers, sources, features) stay in the thread that made them.
"""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor
from typing import Callable, TypeVar

T = TypeVar("T")


def in_background(function: Callable[[], T]) -> Callable[[], T]:
    """Starts ``function`` in a thread now; the returned function waits for its result (its error re-raised
    in the caller's thread). Not waited for, the thread still ends by itself when ``function`` returns."""
    executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="aula-read")
    future = executor.submit(function)
    executor.shutdown(wait=False)
    return future.result
