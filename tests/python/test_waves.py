"""Change over time: two generated waves of schools in districts against R
(tests/reference/waves.R), the frame and display, privacy across waves, and errors."""

from __future__ import annotations

import csv
import math
from pathlib import Path

import numpy as np
import pytest

import libls

REFERENCE = Path(__file__).resolve().parents[1] / "reference"
ITEMS = [f"q{i}" for i in range(1, 7)]


def read_waves() -> list[dict]:
    with open(REFERENCE / "data" / "waves.csv", newline="") as f:
        return list(csv.DictReader(f))


def plan():
    five = libls.integer_scale(1, 5)
    return libls.scoring_plan(ITEMS, [libls.item_coding(five) for _ in ITEMS], [
        libls.Subscale(id="climate", title="Climate", items=ITEMS[:3]),
        libls.Subscale(id="trust", title="Trust", items=ITEMS[3:])])


def table_of(rows: list[dict], min_group_size: int = 5):
    """The group table of one wave: schools in districts."""
    codes = np.asfortranarray(np.array([[int(r[i]) for i in ITEMS] for r in rows], dtype=np.int8))
    districts = sorted({r["district"] for r in rows})
    schools = sorted({r["school"] for r in rows})
    levels = [("district", np.array([districts.index(r["district"]) for r in rows], dtype=np.int32),
               districts),
              ("school", np.array([schools.index(r["school"]) for r in rows], dtype=np.int32),
               schools)]
    options = libls.AnalysisOptions(groups=libls.AggregateOptions(min_group_size=min_group_size),
                                    reliability=False)
    return libls.analyse(codes, plan(), levels, options).groups


@pytest.fixture(scope="module")
def waves():
    rows = read_waves()
    return (table_of([r for r in rows if r["wave"] == "1"]),
            table_of([r for r in rows if r["wave"] == "2"]))


def r_values() -> dict[tuple[str, str, str], float]:
    out = {}
    with open(REFERENCE / "waves.out", newline="") as f:
        for row in csv.DictReader(f, delimiter="\t"):
            out[(row["subscale"], row["group"], row["quantity"])] = float(row["value"])
    return out


COLUMNS = {"before_n": "before_n", "before_mean": "before_mean",
           "before_sd": "before_standard_deviation", "after_n": "after_n",
           "after_mean": "after_mean", "after_sd": "after_standard_deviation",
           "change": "change", "standard_error": "standard_error", "t": "t", "df": "df",
           "p_value": "p_value", "ci_lower": "change_ci_lower", "ci_upper": "change_ci_upper",
           "g": "hedges_g", "g_ci_lower": "hedges_g_ci_lower", "g_ci_upper": "hedges_g_ci_upper",
           "p_holm": "p_holm", "p_bh": "p_bh"}


def test_schools_equal_r(waves):
    before, after = waves
    expected = r_values()
    c = libls.compare_waves(before, after, libls.WaveOptions(level="school"))
    assert isinstance(c, libls.WaveComparison)
    frame = c.to_frame()
    checked = 0
    for row in frame.itertuples(index=False):
        if row.group in ("D3-S4", "D3-S5"):
            assert row.status == ("only_before" if row.group == "D3-S4" else "only_after")
            assert not row.in_cohort and math.isnan(row.change)
            continue
        assert row.status == "compared" and row.in_cohort
        for quantity, column in COLUMNS.items():
            value = float(getattr(row, column))
            assert value == pytest.approx(expected[(row.subscale, row.group, quantity)],
                                          rel=1e-9), (row.subscale, row.group, quantity)
            checked += 1
    assert checked == 2 * 11 * len(COLUMNS)
    for k, subscale in enumerate(c.subscales):
        assert c.cohort_size[k] == expected[(subscale, "cohort", "size")] == 11
        assert c.increased[k] == expected[(subscale, "cohort", "increased")]
        assert c.decreased[k] == expected[(subscale, "cohort", "decreased")]
        assert c.no_clear_change[k] == 11 - c.increased[k] - c.decreased[k]
        assert c.cohort_before_n[k] == expected[(subscale, "cohort", "before_n")]
        assert c.cohort_before_mean[k] == pytest.approx(
            expected[(subscale, "cohort", "before_mean")], rel=1e-12)
        assert c.cohort_after_mean[k] == pytest.approx(
            expected[(subscale, "cohort", "after_mean")], rel=1e-12)
    assert sum(c.increased) >= 2  # the data has clear changes: the count is tested


def test_districts_and_the_union_order(waves):
    before, after = waves
    c = libls.compare_waves(before, after, libls.WaveOptions(level="school"))
    assert c.group_label[-1] == "D3-S5"  # only in the later wave: after the earlier's groups
    assert c.parent_group[c.group_label.index("D2-S3")] == "D2"
    arrays = c.arrays()
    assert arrays["status"].shape == (2, 13)
    assert arrays["in_cohort"].dtype == bool and arrays["in_cohort"].sum() == 22
    assert arrays["cohort_size"].tolist() == [11, 11]
    districts = libls.compare_waves(before, after, libls.WaveOptions(level="district"))
    assert districts.group_label == ["D1", "D2", "D3"]
    assert all(s == libls.WaveStatus.compared for s in districts.status)


def test_privacy_across_waves():
    """A school below the minimum in one wave: nothing of that wave is in the output, and
    neither the change nor the cohort's totals give it back."""
    rows = read_waves()
    first = [r for r in rows if r["wave"] == "1"]
    second = [r for r in rows if r["wave"] == "2"]
    # Make D1-S2 small in the later wave: keep 3 of its respondents.
    kept = [r for r in second if r["school"] == "D1-S2"][:3]
    second = [r for r in second if r["school"] != "D1-S2"] + kept
    before, after = table_of(first), table_of(second)
    c = libls.compare_waves(before, after, libls.WaveOptions(level="school"))
    j = c.group_label.index("D1-S2")
    assert c.status[j] == libls.WaveStatus.suppressed_after
    # The hidden wave's true numbers, computed here from the answers.
    scores = np.array([[int(r[i]) for i in ITEMS[:3]] for r in kept], dtype=float).mean(axis=1)
    hidden_mean, hidden_sd = scores.mean(), scores.std(ddof=1)
    frame = c.to_frame()
    row = frame[(frame.subscale == "climate") & (frame.group == "D1-S2")].iloc[0]
    assert row.after_n is pd_na() and math.isnan(row.after_mean)
    assert math.isnan(row.change) and not row.in_cohort
    assert row.before_n > 0 and not math.isnan(row.before_mean)  # published in its wave
    # Every try to recover the hidden mean fails.
    tries = [row.before_mean + row.change, row.after_mean, row.after_ci_lower + row.after_ci_upper]
    published = frame[(frame.subscale == "climate") & frame.in_cohort]
    total = c.cohort_after_n[0] * c.cohort_after_mean[0]
    rest = float((published.after_n.astype(float) * published.after_mean).sum())
    tries.append((total - rest) / 3)
    for value in tries:
        assert not (value == pytest.approx(hidden_mean, abs=1e-9))
    assert int(c.cohort_after_n[0]) == int(published.after_n.sum())
    numbers = frame.select_dtypes("number").to_numpy(dtype=float, na_value=np.nan)
    assert not np.isclose(numbers, hidden_mean, rtol=0, atol=1e-12).any()
    assert not np.isclose(numbers, hidden_sd, rtol=0, atol=1e-12).any()
    # Complementary suppression in the later wave's hierarchy hides a second school of D1
    # (its district's row is published); it too shows nothing of that wave.
    other = c.group_label.index("D1-S4")
    assert c.status[other] == libls.WaveStatus.suppressed_after
    assert c.after_suppression[other] == libls.SuppressionReason.complementary
    assert c.after_n[other] == 0 and math.isnan(c.change[other])
    html = c._repr_html_()
    assert "D1-S2" not in html and "D1-S4" not in html
    assert "groups not shown: 2 suppressed in a wave, 2 in one wave only" in html
    # The same comparison shows the change once the school is large enough again.
    full = libls.compare_waves(before, table_of([r for r in rows if r["wave"] == "2"]),
                               libls.WaveOptions(level="school"))
    assert full.status[full.group_label.index("D1-S2")] == libls.WaveStatus.compared


def pd_na():
    import pandas as pd
    return pd.NA


def test_display_and_notes(waves):
    before, after = waves
    c = libls.compare_waves(before, after, libls.WaveOptions(level="school"))
    html = c._repr_html_()
    assert html.count("<table") == 2 and "cohort of 11 group(s)" in html
    assert "(groups not shown: 2 in one wave only)" in html
    assert libls.wave_note(libls.WaveStatus.compared) == ""
    assert "earlier" in libls.wave_note(libls.WaveStatus.only_before)
    assert "later wave" in libls.wave_note(libls.WaveStatus.degenerate,
                                           libls.ComparisonStatus.group_too_small)
    # Round trip through JSON.
    again = libls.WaveComparison.from_json(c.to_json())
    assert again.group_label == c.group_label and again.cohort_size == c.cohort_size


def test_errors(waves):
    before, after = waves
    with pytest.raises(libls.ValidationError) as e:
        libls.compare_waves(before, after, libls.WaveOptions(level="region", confidence_level=1.0,
                                                             alpha=0.0))
    assert [(i.code, i.path) for i in e.value.issues] == [
        ("waves.confidence_level", "/confidence_level"), ("waves.alpha", "/alpha"),
        ("waves.level", "/level"), ("waves.level", "/level")]
    assert "earlier wave" in e.value.issues[2].message
    assert "later wave" in e.value.issues[3].message
