"""ZAN counters core: reading every Cerema layout, and the rules on hand-checkable numbers."""

from pathlib import Path

import numpy as np
import pandas as pd
import pytest

from aula_toolkit_plugin.aula_toolkit.errors import AulaInputError
from aula_toolkit_plugin.aula_toolkit.zan import cerema, counters, rules, synthetic

DEST = cerema.DESTINATIONS


def cerema_frame(rows, first=2009, last=2022, destinations=DEST, upper=False):
    """A wide Cerema frame; rows = {insee: yearly total (constant) or list}, split act/hab."""
    data = {"idcom": list(rows), "idcomtxt": [f"C{c}" for c in rows], "epci23": ["E1"] * len(rows),
            "epci23txt": ["EPCI un"] * len(rows), "scot": ["SCoT A"] * len(rows)}
    years = range(first, last + 1)
    for k, y in enumerate(years):
        a, b = f"{y - 2000:02d}", f"{y - 1999:02d}"
        values = [v[k] if isinstance(v, list) else v for v in rows.values()]
        data[f"naf{a}art{b}"] = values
        for d in destinations:
            data[f"art{a}{d}{b}"] = [v if d == "hab" else 0 for v in values]
    frame = pd.DataFrame(data)
    if upper:
        frame.columns = [c.upper() for c in frame.columns]
    return frame


def write(frame, path, sep=";"):
    frame.to_csv(path, sep=sep, index=False)
    return path


# --- reading --------------------------------------------------------------------------------------

def test_reads_semicolon_file_and_keeps_insee_as_text(tmp_path):
    path = write(cerema_frame({"01001": 1000, "2A004": 2000}), tmp_path / "c.csv")
    table = cerema.read_consumption_csv(path)
    assert list(table.communes) == ["01001", "2A004"]
    assert table.first_year == 2009 and table.last_year == 2022
    assert table.total.shape == (2, 14)
    assert set(table.destinations) == set(DEST)


def test_reads_comma_file_without_rou_fer_and_upper_case_names(tmp_path):
    frame = cerema_frame({"62041": 500}, last=2019, destinations=("act", "hab", "mix", "inc"), upper=True)
    table = cerema.read_consumption_csv(write(frame, tmp_path / "c.csv", sep=","))
    assert table.last_year == 2019
    assert set(table.destinations) == {"act", "hab", "mix", "inc"}
    assert any("rou" in w.fr for w in table.warnings)


def test_leading_zero_restored_when_codes_were_read_as_numbers():
    frame = cerema_frame({"01001": 10})
    frame["idcom"] = [1001]
    table = cerema.consumption_from_frame(frame, "layer")
    assert list(table.communes) == ["01001"]


def test_reads_the_real_arras_api_series():
    path = Path(__file__).resolve().parents[2] / "demo_data" / "zan" / "conso_enaf_arras_62041_apifoncier.csv"
    table = cerema.read_consumption_csv(path)
    assert list(table.communes) == ["62041"]
    assert table.first_year == 2010 and table.last_year == 2023
    assert table.total[0, table.years.tolist().index(2013)] == 260499


@pytest.mark.parametrize(
    "mutate, fragment",
    [
        (lambda f: f.drop(columns=[c for c in f.columns if c.startswith("naf")]), "nafNNartMM"),
        (lambda f: pd.concat([f, f.iloc[[0]]]), "62001"),
        (lambda f: f.assign(naf12art13=["abc", 3]), "naf12art13"),
        (lambda f: f.assign(naf12art13=[None, 3]), "naf12art13"),
        (lambda f: f.drop(columns=["naf15art16"]), "naf15art16"),
    ],
    ids=["no-flow-column", "duplicate-insee", "non-numeric", "empty-cell", "missing-year"],
)
def test_bad_files_name_the_fault(mutate, fragment):
    frame = mutate(cerema_frame({"62001": 10, "62002": 20}))
    with pytest.raises(AulaInputError) as err:
        cerema.consumption_from_frame(frame.reset_index(drop=True), "conso.csv")
    assert fragment in err.value.fr and fragment in err.value.en
    assert "conso.csv" in str(err.value)


def test_non_numeric_error_names_the_commune():
    frame = cerema_frame({"62001": 10, "62002": 20}).assign(naf12art13=[1, "x"])
    with pytest.raises(AulaInputError, match="62002=x"):
        cerema.consumption_from_frame(frame, "f")


def test_reference_period_not_covered_is_refused():
    table = cerema.consumption_from_frame(cerema_frame({"62001": 10}, first=2013, last=2022), "f")
    with pytest.raises(AulaInputError, match="2011-2020"):
        counters.compute_counters(table, counters.membership_by_commune(table))


# --- rules ----------------------------------------------------------------------------------------

def test_reference_envelope_and_projection_on_hand_numbers():
    # 10 000 m²/yr over 2011-2020 -> reference 10 ha, envelope 5 ha; 2021-2022: 4 000 m²/yr.
    yearly = [10_000] * 12 + [4_000] * 2
    table = cerema.consumption_from_frame(cerema_frame({"62001": yearly}), "f")
    result = counters.compute_counters(table, counters.membership_by_commune(table),
                                       guarantee=counters.GuaranteeRule(mode=counters.GUARANTEE_NONE))
    row = result.counters.iloc[0]
    assert row.ref_ha == pytest.approx(10.0)
    assert row.ref_hab_ha == pytest.approx(10.0) and row.ref_act_ha == 0
    assert row.enveloppe_ha == pytest.approx(5.0)
    assert row.conso_2021_ha == pytest.approx(0.8) and row.nb_annees == 2
    assert row.rythme_2021_ha_an == pytest.approx(0.4)
    assert row.projection_2030_ha == pytest.approx(4.0)  # × 10 years, not Sparte's × 9
    assert row.reste_ha == pytest.approx(4.2)
    assert row.utilisation_pct == pytest.approx(16.0)
    assert row.annees_restantes == pytest.approx(10.5)
    assert np.isnan(row.annee_depassement)  # 2022 + 10 + 1 = 2033, after 2030
    assert row.statut == rules.STATUS_ON_TRACK


def test_guarantee_is_applied_per_commune_then_summed():
    # Two communes: 0.6 ha and 30 ha of reference. Envelopes 0.3 ha and 15 ha; the first is raised to 1 ha.
    table = cerema.consumption_from_frame(cerema_frame({"62001": 600, "62002": 30_000}), "f")
    membership = counters.membership_from_file(table, counters.LEVEL_EPCI, "f")
    row = counters.compute_counters(table, membership).counters.iloc[0]
    assert row.enveloppe_ha == pytest.approx(15.3)
    assert row.enveloppe_garantie_ha == pytest.approx(16.0)  # 1 + 15, never max(15.3, 1)
    assert row.garantie_ha == pytest.approx(0.7) and row.nb_communes_garanties == 1
    listed = counters.GuaranteeRule(mode=counters.GUARANTEE_LISTED, covered={"62002"})
    row = counters.compute_counters(table, membership, guarantee=listed).counters.iloc[0]
    assert row.enveloppe_garantie_ha == pytest.approx(15.3)


def test_objective_inherits_from_the_smallest_parent_and_may_be_negative():
    table = cerema.consumption_from_frame(cerema_frame({"62001": 1000, "62002": 1000}), "f")
    objectives = counters.Objectives(own={"REGION": 54.47, "SCOT": -10.0}, parent={"E1": "SCOT", "SCOT": "REGION"})
    membership = counters.membership_from_file(table, counters.LEVEL_EPCI, "f")
    row = counters.compute_counters(table, membership, objectives=objectives,
                                    guarantee=counters.GuaranteeRule(mode="none")).counters.iloc[0]
    assert row.objectif_pct == -10.0 and row.objectif_source == "herite:SCOT"
    assert row.enveloppe_ha == pytest.approx(2.0 * 1.1)


def test_circular_objective_hierarchy_is_refused():
    with pytest.raises(AulaInputError, match="circulaire"):
        counters.resolve_objective("A", counters.Objectives(parent={"A": "B", "B": "A"}), 50)


def test_status_overshot_and_year_of_overshoot():
    yearly = [1000] * 12 + [6000, 6000]  # reference 1 ha, envelope 0.5 ha, 1.2 ha since 2021
    table = cerema.consumption_from_frame(cerema_frame({"62001": yearly}), "f")
    row = counters.compute_counters(table, counters.membership_by_commune(table),
                                    guarantee=counters.GuaranteeRule(mode="none")).counters.iloc[0]
    assert row.statut == rules.STATUS_OVERSHOT and row.utilisation_pct == pytest.approx(240.0)
    yearly = [10_000] * 12 + [2000, 2000]  # envelope 5 ha, 0.4 used, 0.2 ha/yr -> 23 years: on track
    yearly_fast = [10_000] * 12 + [12_000, 12_000]  # 2.4 ha used, 1.2 ha/yr -> 2.2 years left -> 2025
    table = cerema.consumption_from_frame(cerema_frame({"62001": yearly, "62002": yearly_fast}), "f")
    out = counters.compute_counters(table, counters.membership_by_commune(table),
                                    guarantee=counters.GuaranteeRule(mode="none")).counters.set_index("territoire_id")
    assert out.loc["62002", "statut"] == rules.STATUS_WILL_OVERSHOOT
    assert out.loc["62002", "annees_restantes"] == pytest.approx(2.2)
    assert out.loc["62002", "annee_depassement"] == 2025
    assert out.loc["62001", "statut"] == rules.STATUS_ON_TRACK


def test_pene_is_deducted_from_consumption_since_2021():
    yearly = [10_000] * 12 + [6_000, 6_000]
    table = cerema.consumption_from_frame(cerema_frame({"62001": yearly, "62002": yearly}), "f")
    membership = counters.membership_from_file(table, counters.LEVEL_EPCI, "f")
    row = counters.compute_counters(table, membership, pene_m2={"62001": 5_000},
                                    guarantee=counters.GuaranteeRule(mode="none")).counters.iloc[0]
    assert row.conso_2021_ha == pytest.approx(2.4) and row.pene_ha == pytest.approx(0.5)
    assert row.utilisation_pct == pytest.approx(1.9 * 100 / 10)


def test_missing_and_unassigned_communes_are_reported_never_dropped_silently():
    table = cerema.consumption_from_frame(cerema_frame({"62001": 10, "62002": 10, "62999": 10}), "f")
    frame = pd.DataFrame({"insee": ["62001", "62002", "62003"], "terr": ["T", "T", "T"], "nom": ["Terr"] * 3})
    membership = counters.membership_from_frame(frame, "insee", "terr", "nom", "appartenance")
    result = counters.compute_counters(table, membership)
    row = result.counters.iloc[0]
    assert row.communes_absentes == "62003" and row.nb_communes_absentes == 1
    assert result.unassigned_communes == ["62999"]
    assert any("62999" in w.fr for w in result.warnings) and any("62003" in w.en for w in result.warnings)


def test_commune_in_two_territories_is_refused():
    frame = pd.DataFrame({"insee": ["62001", "62001"], "terr": ["A", "B"]})
    with pytest.raises(AulaInputError, match="62001"):
        counters.membership_from_frame(frame, "insee", "terr", None, "m")


def test_trajectory_is_linear_and_cumulative():
    yearly = [10_000] * 12 + [3_000, 5_000]
    table = cerema.consumption_from_frame(cerema_frame({"62001": yearly}), "f")
    result = counters.compute_counters(table, counters.membership_by_commune(table),
                                       guarantee=counters.GuaranteeRule(mode="none"))
    traj = result.trajectory.set_index("annee")
    assert list(traj.index) == list(range(2011, 2031))
    assert traj.loc[2022, "conso_cumul_ha"] == pytest.approx(0.8)
    assert np.isnan(traj.loc[2023, "conso_ha"]) and np.isnan(traj.loc[2020, "objectif_ha"])
    assert traj.loc[2030, "objectif_cumul_ha"] == pytest.approx(5.0)
    assert traj.loc[2025, "objectif_cumul_ha"] == pytest.approx(2.5)


def test_generated_file_has_the_exact_2009_2023_layout_and_identities():
    communes = synthetic.national_communes(200)
    frame = synthetic.generate_cerema_file(communes, seed=3)
    assert list(frame.columns) == synthetic.cerema_2009_2023_header()
    assert len(frame.columns) == 12 + 14 * 7 + 7 + 14
    total = frame[[f"naf{y:02d}art{y + 1:02d}" for y in range(9, 23)]].to_numpy()
    assert (frame["naf09art10"] == frame["naf10art11"]).all()
    assert (total.sum(axis=1) == frame["naf09art23"]).all()
    for y in range(9, 23):
        parts = frame[[f"art{y:02d}{d}{y + 1:02d}" for d in DEST]].sum(axis=1)
        assert (parts == frame[f"naf{y:02d}art{y + 1:02d}"]).all()


@pytest.mark.parametrize("dtype", ["string", object])
def test_reads_frames_whose_text_columns_use_pandas_string_dtype(dtype):
    """pandas 2 reads text columns as StringDtype (QGIS 3.40 ships pandas 2): same counters, same errors."""
    frame = cerema_frame({"01001": 1000, "2A004": 2000}).astype(str).astype(dtype)
    table = cerema.consumption_from_frame(frame, "texte")
    assert list(table.communes) == ["01001", "2A004"]
    assert table.total[1].sum() == pytest.approx(2000 * len(table.years))
    frame.loc[0, "naf10art11"] = "n/a"
    with pytest.raises(AulaInputError, match="naf10art11"):
        cerema.consumption_from_frame(frame, "texte")


def test_a_french_decimal_far_down_a_national_file_is_read_as_the_same_number(tmp_path):
    """The file is read by chunks (one block was twice as slow inside QGIS): a flow column whose late chunk
    holds a "12,5" comes as mixed objects and is read cell by cell, to the same table as the plain file."""
    frame = synthetic.generate_cerema_file(synthetic.national_communes(20_000))
    plain, french = tmp_path / "plain.csv", tmp_path / "french.csv"
    column = next(c for c in frame.columns if c.startswith("naf15art16"))
    frame[column] = frame[column].astype(float)
    frame.loc[frame.index[-3], column] = 1234.5
    synthetic.write_cerema_csv(frame, plain)
    text = plain.read_text(encoding="utf-8").splitlines()
    header = text[0].split(";")
    cells = text[-3].split(";")
    cells[header.index(column)] = "1234,5"
    text[-3] = ";".join(cells)
    french.write_text("\n".join(text) + "\n", encoding="utf-8")
    a, b = cerema.read_consumption_csv(plain), cerema.read_consumption_csv(french)
    assert np.array_equal(a.total, b.total)
    assert 1234.5 in b.total


@pytest.mark.parametrize("value", ["01001", "2A004", "2b033", "1001", "62041.0", " 62041", "NULL", "", "123.0",
                                   "６２０４１", None, 62041, 1001.0])
def test_codes_kept_as_written_are_those_the_one_code_rule_gives(value):
    from aula_toolkit_plugin.aula_toolkit import insee

    assert insee.insee_codes([value, "62041"]) == [insee.insee_code(value), "62041"]
    assert insee.insee_codes(["62041"] * 3) == ["62041"] * 3
