"""Friches fast paths give what the plain paths give: DETAILS factored into parts, field rules run once
per distinct combination of values (values of different types kept apart), numbers from layers."""

import math

import numpy as np
import pandas as pd
import pytest

from aula_toolkit_plugin.aula_toolkit.friches import grid as G, harmonise as H, mapping, scoring


@pytest.mark.parametrize("name", G.PRESETS)
def test_details_parts_expand_to_the_details_rows(name):
    grid = G.load_grid(name)
    criteria = {
        "surfaceSite": [1500.0, None, 250000.0, 40.0],
        "distanceAutoroute": [math.inf, 12000.0, None, 300.0],  # searched, nothing found → unscored or scored
        "distanceTransportCommun": [math.inf, 100.0, 5000.0, None],
        "typeProprietaire": ["public", "prive", None, "ne-sait-pas"],
        "siteEnCentreVille": ["true", None, "false", "true"],
    }
    result = scoring.score_sites(grid, criteria, ["a", "b", "c", "d"])
    rows = scoring.explanation_rows(result)
    parts = scoring.explanation_parts(result)
    states = {int(v) for ev in result.evaluations.values() for v in ev.option}
    assert scoring.UNKNOWN in states  # the unknown block is exercised
    assert len(parts) == len(rows) == 4 * len(grid.uses) * len(grid.criteria)
    assert len(parts.per_site) == 4 * len(grid.criteria)  # the parts are small: no row per use
    pd.testing.assert_frame_equal(parts.expand(), rows)


def test_details_parts_of_an_unscored_distance():
    grid = G.load_grid()
    crit = next(c for c in grid.criteria if c.kind == "numeric" and c.not_found != "score")
    result = scoring.score_sites(grid, {crit.id: [math.inf, 10.0]}, ["far", "near"])
    assert result.evaluations[crit.id].option[0] == scoring.UNSCORED
    pd.testing.assert_frame_equal(scoring.explanation_parts(result).expand(), scoring.explanation_rows(result))


def test_field_rules_once_per_combination_keep_types_apart():
    # 1 (int) and 1.0 (float) are equal keys for Python but not the same text for the rules
    frame = pd.DataFrame({"site_id": ["a", "b", "c", "d", "e"],
                          "monuhisto": pd.Series([1, 1.0, "oui", None, 1], dtype=object),
                          "bati_etat": ["Moyenne", "Moyenne", None, "Faible", "Moyenne"]})
    values, _ = mapping.criteria_from_fields(frame, frame["site_id"].tolist())
    expected = [mapping.heritage_zone({"monuhisto": v}) for v in frame["monuhisto"]]
    assert values["zonagePatrimonial"] == expected
    assert expected[0] != expected[1]  # the case is real: "1" reads yes, "1.0" does not
    assert values["etatBatiInfrastructure"] == [mapping.building_state({"bati_etat": v}) for v in frame["bati_etat"]]


def test_numbers_from_layers_are_read_as_the_value_loop_reads_them():
    grid = G.load_grid()
    values = {"distanceAutoroute": [1.5, np.float64(2.0), None, float("nan"), np.int64(3), math.inf],
              "surfaceSite": [10, 20.5, None, None, None, None]}
    out, messages = H.normalise_criteria(values, grid, list("abcdef"))
    assert out["distanceAutoroute"] == [1.5, 2.0, None, None, 3.0, math.inf]
    assert all(type(v) is float for v in out["distanceAutoroute"] if v is not None)
    assert out["surfaceSite"] == [10.0, 20.5, None, None, None, None] and not messages
