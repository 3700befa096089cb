"""Core loops given a ``cancelled`` callable stop with AulaCancelled (never a partial result)."""

import numpy as np
import pytest

from aula_toolkit_plugin.aula_toolkit.errors import AulaCancelled
from aula_toolkit_plugin.aula_toolkit.icu import gistar
from aula_toolkit_plugin.aula_toolkit.icu.weights import distance_band_weights


def after(n):
    calls = {"n": 0}

    def cancelled():
        calls["n"] += 1
        return calls["n"] > n
    return cancelled


def test_permutations_stop_when_cancelled():
    rng = np.random.default_rng(1)
    xy = rng.uniform(0, 1000, size=(400, 2))
    weights = distance_band_weights(xy, 200.0)
    values = rng.normal(25, 2, 400)
    gistar.permutation_p_values(values, weights, 99, cancelled=lambda: False)
    with pytest.raises(AulaCancelled) as err:
        gistar.permutation_p_values(values, weights, 999, cancelled=after(2))
    assert "annulé" in err.value.fr and "Cancelled" in err.value.en
