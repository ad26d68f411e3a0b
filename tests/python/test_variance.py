"""Variance decomposition against R (tests/reference/variance.R: nested aov, the moments
estimates written in R, lme4's REML on a balanced design) on public data (multilevel's
univbct) and a generated balanced design; degenerate cases and errors."""

from __future__ import annotations

import csv
import math
from pathlib import Path

import numpy as np
import pytest

import libls

REFERENCE = Path(__file__).resolve().parents[1] / "reference"


def reference() -> dict[tuple[str, str, str], float]:
    out = {}
    for line in (REFERENCE / "variance.out").read_text().splitlines():
        if line and not line.startswith("#"):
            case, statistic, level, value = line.split(",")
            out[(case, statistic, level)] = float(value)
    return out


R = reference()


def level(name: str, ids: list[str]) -> tuple[str, np.ndarray, list[str]]:
    labels = sorted(set(ids))
    index = {label: i for i, label in enumerate(labels)}
    return name, np.array([index[i] for i in ids], dtype=np.int32), labels


def read(name: str) -> list[dict[str, str]]:
    with open(REFERENCE / "data" / name, newline="") as f:
        return list(csv.DictReader(f))


def values(rows, column) -> np.ndarray:
    return np.array([math.nan if r[column] == "NA" else float(r[column]) for r in rows])


def check_against_r(case: str, result, names: list[str]) -> None:
    assert result.n == R[(case, "n", "-")]
    parts = {c.level: c for c in result.components}
    assert [c.level for c in result.components] == names
    for name in names:
        part = parts[name]
        assert part.sum_of_squares == pytest.approx(R[(case, "aov_sum_of_squares", name)], rel=1e-10)
        assert part.degrees_of_freedom == R[(case, "aov_df", name)]
        assert part.estimate == pytest.approx(R[(case, "estimate", name)], rel=1e-9, abs=1e-15)
        assert part.variance == max(0.0, part.estimate)
        assert part.share == pytest.approx(R[(case, "share", name)], rel=1e-9, abs=1e-15)
        if name != "within":
            assert part.groups == R[(case, "groups", name)]
            assert part.intraclass_correlation == pytest.approx(
                R[(case, "intraclass_correlation", name)], rel=1e-9, abs=1e-15)
            assert part.design_effect == pytest.approx(R[(case, "design_effect", name)], rel=1e-9)
        else:
            assert math.isnan(part.intraclass_correlation) and math.isnan(part.design_effect)
    assert result.total_variance == pytest.approx(sum(p.variance for p in result.components))


@pytest.mark.parametrize("column", ["JSAT", "COMMIT", "READY"])
def test_univbct_battalions_and_companies_agree_with_r(column):
    rows = read("univbct.csv")
    result = libls.decompose_variance(values(rows, column), [
        level("battalion", [r["BTN"] for r in rows]), level("company", [r["company"] for r in rows])])
    check_against_r(f"univbct_{column}", result, ["battalion", "company", "within"])
    assert result.missing == len(rows) - result.n
    negative = [c for c in result.components if c.estimate < 0]
    # A negative estimate is kept as the estimate, its variance is 0, and a note says so.
    assert len(result.notes) == len(negative)
    for part in negative:
        assert part.variance == 0 and any(n.startswith(part.level + ": the estimate is negative")
                                          for n in result.notes)


def test_balanced_design_agrees_with_r_and_with_lme4_reml():
    rows = read("balanced.csv")
    result = libls.decompose_variance(values(rows, "y"), [
        level("district", [r["district"] for r in rows]), level("school", [r["school"] for r in rows])])
    check_against_r("balanced", result, ["district", "school", "within"])
    for part in result.components:  # REML = the moments estimates on balanced data
        assert part.estimate == pytest.approx(R[("balanced", "reml", part.level)], rel=1e-4)
    assert result.notes == []
    frame = result.to_frame()
    assert frame["level"].tolist() == ["district", "school", "within"]
    assert frame["estimate"].tolist() == [c.estimate for c in result.components]


def test_one_level_is_the_one_way_anova_estimate():
    # Groups of sizes 3, 2 and 4: s2_between = (MSB - MSW) / n0, n0 = (N - sum n^2 / N) / (G - 1).
    y = np.array([1.0, 2.0, 3.0, 4.0, 6.0, 2.0, 2.0, 3.0, 5.0])
    groups = np.array([0, 0, 0, 1, 1, 2, 2, 2, 2], dtype=np.int32)
    result = libls.decompose_variance(y, [("school", groups, 3)])
    sizes = np.array([3, 2, 4])
    means = np.array([y[groups == g].mean() for g in range(3)])
    msb = (sizes * (means - y.mean()) ** 2).sum() / 2
    msw = sum(((y[groups == g] - means[g]) ** 2).sum() for g in range(3)) / (9 - 3)
    n0 = (9 - (sizes ** 2).sum() / 9) / 2
    school, within = result.components
    assert school.estimate == pytest.approx((msb - msw) / n0, rel=1e-12)
    assert within.estimate == pytest.approx(msw, rel=1e-12)
    assert school.mean_group_size == 3 and school.design_effect == pytest.approx(
        1 + 2 * school.intraclass_correlation)


def test_degenerate_input_gives_nan_with_a_reason():
    g = np.array([0, 0, 1, 1], dtype=np.int32)
    nothing = libls.decompose_variance(np.full(4, np.nan), [("school", g, 2)])
    assert nothing.n == 0 and nothing.missing == 4 and math.isnan(nothing.total_variance)
    assert "no values" in nothing.notes[0]
    one_group = libls.decompose_variance(np.array([1.0, 2.0, 3.0, 4.0]),
                                         [("school", np.zeros(4, dtype=np.int32), 1)])
    school, within = one_group.components
    assert math.isnan(school.estimate) and within.estimate == pytest.approx(np.var([1, 2, 3, 4], ddof=1))
    assert any("one group has values" in n for n in one_group.notes)
    singletons = libls.decompose_variance(np.array([1.0, 2.0, 3.0]),
                                          [("school", np.arange(3, dtype=np.int32), 3)])
    assert all(math.isnan(c.estimate) for c in singletons.components)
    assert any("every lowest group has one value" in n for n in singletons.notes)
    equal = libls.decompose_variance(np.full(4, 3.0), [("school", g, 2)])
    assert equal.total_variance == 0 and math.isnan(equal.components[0].share)
    assert any("all values are equal" in n for n in equal.notes)
    # A row without a school is left out and counted, not guessed.
    partial = libls.decompose_variance(np.array([1.0, 2.0, 3.0, 4.0, 9.0]),
                                       [("school", np.array([0, 0, 1, 1, -1], dtype=np.int32), 2)])
    assert partial.n == 4 and partial.ungrouped == 1


def test_errors_name_the_problem():
    with pytest.raises(libls.Error, match="at least one level"):
        libls.decompose_variance(np.ones(2), [])
    with pytest.raises(libls.Error, match="infinite"):
        libls.decompose_variance(np.array([1.0, np.inf]), [("school", np.zeros(2, dtype=np.int32), 1)])
    with pytest.raises(libls.Error, match="do not nest"):
        libls.decompose_variance(np.ones(4), [
            ("district", np.array([0, 0, 1, 1], dtype=np.int32), 2),
            ("school", np.array([0, 0, 0, 1], dtype=np.int32), 2)])
