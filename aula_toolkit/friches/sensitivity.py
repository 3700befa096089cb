"""Weight sensitivity: how often does each site's best use stay first when every weight moves ±N %?

Each of M seeded draws multiplies every criterion weight by an independent uniform factor in
[1 − N %, 1 + N %]; the indices are recomputed with the published arithmetic (rounding, ties in use
order, excluded uses last) and the best use is compared with the unperturbed one.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from ..errors import AulaInputError, raise_if_cancelled
from .scoring import ScoreResult, mutability_index, points_matrices, rank_uses


@dataclass
class Sensitivity:
    stability: np.ndarray  # % of draws where the best use stays first (NaN when no criterion scored)
    percent: float
    draws: int
    seed: int


DRAW_BLOCK = 64
"""Draws weighted in one matrix product: small enough for a cancel to be seen within a fraction of a second."""


def weight_sensitivity(result: ScoreResult, percent: float = 20.0, draws: int = 100, seed: int = 42,
                       chunk: int = 20000, cancelled=None) -> Sensitivity:
    """Share of draws (in %) where the best use of each site stays first; ``cancelled()`` is checked at
    every draw (raises AulaCancelled)."""
    if not (0 < percent < 100):
        raise AulaInputError(fr=f"Sensibilité : variation des poids {percent} % hors de ]0, 100[.",
                             en=f"Sensitivity: weight variation {percent} % outside ]0, 100[.")
    if draws < 1:
        raise AulaInputError(fr=f"Sensibilité : nombre de tirages {draws} < 1.",
                             en=f"Sensitivity: number of draws {draws} < 1.")
    grid = result.grid
    weights = np.array([c.weight for c in grid.criteria])
    rng = np.random.default_rng(seed)
    factors = rng.uniform(1 - percent / 100.0, 1 + percent / 100.0, size=(draws, len(weights)))
    w = (factors * weights[None, :]).T  # [criterion, draw]
    n = len(result.site_ids)
    best = np.argmin(result.rank, axis=1)
    scored = (result.advantage + result.constraint).max(axis=1) > 0 if n else np.zeros(0, dtype=bool)
    stays = np.zeros(n)
    for start in range(0, n, chunk):
        stop = min(n, start + chunk)
        sub = _Sub(result, start, stop)
        pos, neg = points_matrices(grid, sub.evaluations)
        pos, neg = pos.astype(float), neg.astype(float)
        excluded = result.excluded[start:stop]
        for first in range(0, draws, DRAW_BLOCK):  # blocks of draws: a cancel is seen between products
            raise_if_cancelled(cancelled)
            block = w[:, first:first + DRAW_BLOCK]
            adv, con = pos @ block, neg @ block  # [site, use, draw]
            for d in range(block.shape[1]):
                raise_if_cancelled(cancelled)
                index = mutability_index(adv[:, :, d], con[:, :, d])
                rank = rank_uses(index, excluded)
                stays[start:stop] += np.argmin(rank, axis=1) == best[start:stop]
    stability = np.where(scored, np.round(100.0 * stays / draws, 1), np.nan)
    return Sensitivity(stability, float(percent), int(draws), int(seed))


class _Sub:
    """A slice of the evaluations of a result (sites start:stop)."""

    def __init__(self, result: ScoreResult, start: int, stop: int):
        from .scoring import Evaluation
        self.evaluations = {k: Evaluation(k, ev.option[start:stop], ev.text[start:stop])
                            for k, ev in result.evaluations.items()}
