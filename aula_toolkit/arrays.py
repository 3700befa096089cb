"""Large arrays allocated where the memory is quick to touch.

``np.zeros`` takes its memory from ``calloc``: above 32 MB (glibc's largest heap block) that is a fresh
mapping, faulted in 4 KiB page by page on first touch. ``np.empty`` (numpy's allocator) asks Linux for huge
pages. On this project's 2-core machine a fresh 128 MB ``np.zeros`` took 0.09 s to fill once, the same array
from ``np.full`` 0.018 s: at 4 million cells that difference was a sixth of the whole Gi* run.
"""

from __future__ import annotations

import numpy as np


def zeros(shape, dtype=np.float64) -> np.ndarray:
    """``np.zeros(shape, dtype)``, allocated as ``np.empty`` then filled."""
    return np.full(shape, 0, dtype=dtype)
