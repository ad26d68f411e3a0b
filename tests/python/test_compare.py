"""Comparisons of groups: psych's bfi by education against R (tests/reference/compare.R)
and scipy, the frame, privacy, degenerate cases and errors."""

from __future__ import annotations

import csv
import math
from pathlib import Path

import numpy as np
import pytest
import scipy.stats

import libls

REFERENCE = Path(__file__).resolve().parents[1] / "reference"
A_ITEMS = [f"A{i}" for i in range(1, 6)]
C_ITEMS = [f"C{i}" for i in range(1, 6)]
REVERSED = {"A1", "C4", "C5"}


def read_bfi():
    with open(REFERENCE / "data" / "bfi_education.csv", newline="") as f:
        rows = list(csv.DictReader(f))
    items = A_ITEMS + C_ITEMS
    codes = np.array([[int(r[i]) if r[i] else -128 for i in items] for r in rows], dtype=np.int8)
    education = np.array([int(r["education"]) - 1 if r["education"] else -1 for r in rows],
                         dtype=np.int32)
    return np.asfortranarray(codes), education


def scores_by_hand(codes: np.ndarray, items: list[str]) -> np.ndarray:
    """Mean of the answered items (reverse keys 7 - code) when at least 3 of 5 answered."""
    columns = [(A_ITEMS + C_ITEMS).index(i) for i in items]
    x = codes[:, columns].astype(float)
    x[x == -128] = np.nan
    for j, item in enumerate(items):
        if item in REVERSED:
            x[:, j] = 7 - x[:, j]
    answered = (~np.isnan(x)).sum(axis=1)
    sums = np.nansum(x, axis=1)
    return np.where(answered >= 3, sums / np.maximum(answered, 1), np.nan)


@pytest.fixture(scope="module")
def bfi():
    codes, education = read_bfi()
    six = libls.integer_scale(1, 6)
    items = A_ITEMS + C_ITEMS
    codings = [libls.item_coding(six, reverse_keyed=i in REVERSED) for i in items]
    plan = libls.scoring_plan(items, codings, [
        libls.Subscale(id="agreeableness", title="A", items=A_ITEMS, min_answered=3),
        libls.Subscale(id="conscientiousness", title="C", items=C_ITEMS, min_answered=3)])
    levels = [("education", education, ["1", "2", "3", "4", "5"])]
    table = libls.analyse(codes, plan, levels, libls.AnalysisOptions(reliability=False)).groups
    return codes, education, table


def r_values() -> dict[tuple[str, str, str, str], float]:
    out = {}
    with open(REFERENCE / "compare.out", newline="") as f:
        for row in csv.DictReader(f, delimiter="\t"):
            value = math.nan if row["value"] == "NA" else float(row["value"])
            out[(row["reference"], row["subscale"], row["group"], row["quantity"])] = value
    return out


OPTIONS = {
    "rest": libls.ComparisonOptions(level="education"),
    "all": libls.ComparisonOptions(level="education", reference=libls.ComparisonReference.all),
    "group:3": libls.ComparisonOptions(level="education", reference=libls.ComparisonReference.group,
                                       reference_group="3"),
}
COLUMNS = {"n": "n", "mean": "mean", "sd": "standard_deviation", "reference_n": "reference_n",
           "reference_mean": "reference_mean", "reference_sd": "reference_standard_deviation",
           "difference": "difference", "standard_error": "standard_error", "t": "t", "df": "df",
           "p_value": "p_value", "ci_lower": "difference_ci_lower",
           "ci_upper": "difference_ci_upper", "g": "hedges_g", "g_ci_lower": "hedges_g_ci_lower",
           "g_ci_upper": "hedges_g_ci_upper", "p_holm": "p_holm", "p_bh": "p_bh"}


@pytest.mark.parametrize("reference", sorted(OPTIONS))
def test_bfi_by_education_equals_r(bfi, reference):
    _, _, table = bfi
    expected = r_values()
    c = libls.compare_groups(table, OPTIONS[reference])
    assert isinstance(c, libls.GroupComparison)
    frame = c.to_frame()
    checked = 0
    for row in frame.itertuples(index=False):
        for quantity, column in COLUMNS.items():
            key = (reference, row.subscale, row.group, quantity)
            if key not in expected:
                assert reference == "group:3" and row.group == "3"
                assert row.status == "reference_is_group"
                continue
            assert float(getattr(row, column)) == pytest.approx(expected[key], rel=1e-9), key
            checked += 1
    assert checked == sum(1 for k in expected if k[0] == reference and k[3] in COLUMNS)


def test_bfi_against_scipy_welch(bfi):
    codes, education, table = bfi
    c = libls.compare_groups(table, OPTIONS["rest"])
    columns = c.arrays()
    for k, (subscale, items) in enumerate([("agreeableness", A_ITEMS),
                                           ("conscientiousness", C_ITEMS)]):
        assert c.subscales[k] == subscale
        scores = scores_by_hand(codes, items)
        scored = ~np.isnan(scores)
        for j, label in enumerate(c.group_label):
            in_group = scored & (education == int(label) - 1)
            rest = scored & ~in_group
            r = scipy.stats.ttest_ind(scores[in_group], scores[rest], equal_var=False)
            assert columns["t"][k, j] == pytest.approx(r.statistic, rel=1e-9)
            assert columns["p_value"][k, j] == pytest.approx(r.pvalue, rel=1e-9)
            assert columns["df"][k, j] == pytest.approx(r.df, rel=1e-9)
            assert columns["n"][k, j] == in_group.sum()
            assert columns["reference_n"][k, j] == rest.sum()
            assert columns["reference_standard_deviation"][k, j] == pytest.approx(
                scores[rest].std(ddof=1), rel=1e-9)


def test_frame_columns_are_the_results_values(bfi):
    _, _, table = bfi
    c = libls.compare_groups(table, OPTIONS["group:3"])
    frame = c.to_frame()
    groups = len(c.group_label)
    assert len(frame) == len(c.subscales) * groups
    assert list(frame["subscale"]) == [s for s in c.subscales for _ in range(groups)]
    assert list(frame["group"]) == list(c.group_label) * len(c.subscales)
    assert set(frame["reference"]) == {"3"}
    assert list(frame["status"]) == [s.name for s in c.status]
    assert list(frame["note"]) == [libls.comparison_note(s) for s in c.status]
    assert list(frame["n"]) == list(c.n)
    for column in ("mean", "standard_deviation", "ci_lower", "ci_upper", "percent_favorable",
                   "rwg_j", "reference_mean", "reference_standard_deviation", "difference",
                   "difference_ci_lower", "difference_ci_upper", "standard_error", "t", "df",
                   "p_value", "hedges_g", "hedges_g_ci_lower", "hedges_g_ci_upper", "p_holm",
                   "p_bh"):
        np.testing.assert_array_equal(frame[column].to_numpy(), np.asarray(getattr(c, column)),
                                      err_msg=column)
    # The group and the table agree on the group's own numbers.
    arrays = table.arrays()
    np.testing.assert_array_equal(np.asarray(c.mean).reshape(2, groups),
                                  arrays["mean"][:, list(c.group)])


def small_table(min_group_size=1):
    """Two schools: A (scores 5, 4, 4, 5, 2, 4, 4) and B (5, 4, 1, 2, 2), one item."""
    coding = libls.item_coding(libls.integer_scale(1, 5))
    plan = libls.scoring_plan(["q"], [coding], [libls.Subscale(id="s", title="S", items=["q"])])
    codes = np.asfortranarray(np.array([[5], [4], [4], [5], [2], [4], [4], [5], [4], [1], [2], [2]],
                                       dtype=np.int8))
    school = np.array([0] * 7 + [1] * 5, dtype=np.int32)
    team = np.array([0] * 5 + [1] * 2 + [2] * 5, dtype=np.int32)
    options = libls.AnalysisOptions(groups=libls.AggregateOptions(min_group_size=min_group_size),
                                    reliability=False)
    return libls.analyse(codes, plan, [("school", school, ["A", "B"]),
                                       ("team", team, ["a1", "a2", "b1"])], options).groups


def test_free_functions_agree_with_scipy_and_the_comparison():
    a, b = [5.0, 4, 4, 5, 2, 4, 4], [5.0, 4, 1, 2, 2]
    r = libls.welch_test(libls.summarise(a), libls.summarise(b))
    s = scipy.stats.ttest_ind(a, b, equal_var=False)
    assert r.status == libls.ComparisonStatus.compared
    assert r.t == pytest.approx(s.statistic, rel=1e-12)
    assert r.p_value == pytest.approx(s.pvalue, rel=1e-10)
    ci = s.confidence_interval(0.95)
    assert (r.ci_lower, r.ci_upper) == pytest.approx((ci.low, ci.high), rel=1e-10)
    g = libls.hedges_g(libls.summarise(a), libls.summarise(b))
    assert g.correction == pytest.approx(libls.hedges_correction(10.0))
    c = libls.compare_groups(small_table(), libls.ComparisonOptions(level="school"))
    assert c.t[0] == pytest.approx(r.t, rel=1e-12)
    assert c.hedges_g[0] == pytest.approx(g.g, rel=1e-12)
    whole = libls.summarise(a + b)
    rest = libls.complement_summary(whole, libls.summarise(a))
    assert rest.count == 5 and rest.mean == pytest.approx(np.mean(b))
    assert rest.standard_deviation == pytest.approx(np.std(b, ddof=1))
    p = np.array([0.01, np.nan, 0.04, 0.03, 0.005])
    np.testing.assert_array_equal(libls.p_adjust_holm(p), [0.03, np.nan, 0.06, 0.06, 0.02])
    np.testing.assert_allclose(libls.p_adjust_bh(p), [0.02, np.nan, 0.04, 0.04, 0.02],
                               rtol=1e-15)


def test_suppressed_groups_show_nothing_in_the_frame():
    table = small_table(min_group_size=5)
    c = libls.compare_groups(table, libls.ComparisonOptions(level="team"))
    frame = c.to_frame().set_index("group")
    # a2 has 2 respondents (below the minimum), a1 is hidden with it (complementary).
    for team in ("a1", "a2"):
        row = frame.loc[team]
        assert row["status"] == "group_suppressed"
        assert row["n"] is pd_na() and row["reference_n"] is pd_na()
        assert all(math.isnan(row[col]) for col in ("mean", "reference_mean", "t", "p_value",
                                                    "hedges_g", "p_holm", "p_bh"))
    b1 = frame.loc["b1"]
    assert b1["status"] == "compared" and b1["n"] == 5 and b1["reference_n"] == 7
    # Alone in the family: adjusted p is p.
    assert b1["p_holm"] == b1["p_value"] == b1["p_bh"]


def pd_na():
    import pandas
    return pandas.NA


def test_degenerate_comparisons_say_why():
    table = small_table()
    c = libls.compare_groups(table, libls.ComparisonOptions(
        level="team", reference=libls.ComparisonReference.group, reference_group="a2"))
    frame = c.to_frame().set_index("group")
    assert frame.loc["a2", "status"] == "reference_is_group"
    assert frame.loc["a2", "note"] == "the group is the reference itself"
    assert frame.loc["a1", "status"] == "compared"
    assert frame.loc["b1", "note"] == ""


def test_option_errors_are_validation_errors_with_every_issue():
    table = small_table()
    with pytest.raises(libls.ValidationError) as e:
        libls.compare_groups(table, libls.ComparisonOptions(level="district"))
    (issue,) = e.value.issues
    assert (issue.code, issue.path) == ("compare.level", "/level")
    assert '"school", "team"' in issue.message
    with pytest.raises(libls.ValidationError) as e:
        libls.compare_groups(table, libls.ComparisonOptions(
            level="team", reference=libls.ComparisonReference.group, confidence_level=1.0))
    assert [(i.code, i.path) for i in e.value.issues] == [
        ("compare.reference_group", "/reference_group"),
        ("compare.confidence_level", "/confidence_level")]
    with pytest.raises(libls.ValidationError) as e:
        libls.compare_groups(table, libls.ComparisonOptions(
            level="team", reference=libls.ComparisonReference.group, reference_group="zz"))
    assert '"a1", "a2", "b1"' in e.value.issues[0].message
    with pytest.raises(libls.Error):
        libls.p_adjust_holm([0.5, 2.0])
    with pytest.raises(libls.Error):
        libls.welch_test(libls.summarise([1.0, 2]), libls.summarise([1.0, 3]), 0.0)
