"""Aggregation from Python: group statistics at every level, suppression, and an attack on it."""

from __future__ import annotations

import csv
import math
from pathlib import Path

import numpy as np
import pytest

import libls
from test_scoring import ITEMS, generated_codes, reference_instrument

REFERENCE = Path(__file__).resolve().parents[1] / "reference"


def level(rows, column):
    """(name, int32 indices, labels) of a CSV column; "" = no group."""
    labels = sorted({r[column] for r in rows if r[column]})
    index = {label: i for i, label in enumerate(labels)}
    codes = np.array([index[r[column]] if r[column] else -1 for r in rows], dtype=np.int32)
    return column, codes, labels


def generated_levels():
    with open(REFERENCE / "data" / "generated_responses.csv", newline="") as f:
        rows = list(csv.DictReader(f))
    return [level(rows, "district"), level(rows, "school"), level(rows, "team")]


def r_groups(dataset):
    with open(REFERENCE / "aggregate_groups.csv", newline="") as f:
        return [r for r in csv.DictReader(f) if r["dataset"] == dataset]


def number(text):
    return math.nan if text == "NA" else float(text)


def same(got, want):
    return (math.isnan(got) and math.isnan(want)) or math.isclose(got, want, rel_tol=1e-12)


def test_group_statistics_agree_with_r_at_every_level():
    result = libls.aggregate(generated_codes(), reference_instrument(), ITEMS, generated_levels(),
                             libls.AggregateOptions(min_group_size=1, confidence_level=0.95))
    assert result.levels == ["all", "district", "school", "team"]
    expected = r_groups("generated")
    assert len(expected) == len(result.groups)
    for row in expected:
        g = result.find(row["subscale"], row["level"], row["group"])
        assert g is not None and g.suppression == libls.SuppressionReason.none
        assert g.n == int(row["n"])
        for ours, theirs in [(g.mean, "mean"), (g.standard_deviation, "sd"), (g.ci_lower, "ci_lower"),
                             (g.ci_upper, "ci_upper"), (g.percent_favorable, "percent_favorable")]:
            assert same(ours, number(row[theirs])), (row, theirs)
        if row["r_note"]:  # t.test stopped: n = 1 or constant data
            assert g.notes
    assert result.find("all5", "team", "S2c").parent_group == "S2"
    assert result.find("all5", "team", "S2c").agreement is None  # the rwg(j) slot


def test_bhr2000_groups_agree_with_r():
    with open(REFERENCE / "data" / "bhr2000_items.csv", newline="") as f:
        rows = list(csv.DictReader(f))
    items = ["AP12", "AP17", "AP33", "AP34"]
    codes = np.asfortranarray(np.array([[int(r[i]) for i in items] for r in rows], dtype=np.int8))
    grp = np.array([int(r["GRP"]) for r in rows])
    grp_labels = [f"G{g}" for g in range(1, 100)]
    block_labels = [f"B{b}" for b in range(1, 11)]
    scale = libls.ResponseScale(id="five", options=[
        libls.ScaleOption(code=c, label=str(c), favorable=c >= 4) for c in range(1, 6)])
    coding = libls.item_coding(scale)
    plan = libls.scoring_plan(items, [coding] * 4, [libls.Subscale(id="ap", title="AP", items=items)])
    levels = [("block", ((grp + 9) // 10 - 1).astype(np.int32), block_labels),
              ("grp", (grp - 1).astype(np.int32), grp_labels)]
    result = libls.aggregate(codes, plan, levels, libls.AggregateOptions(min_group_size=1))
    expected = r_groups("bhr2000")
    assert len(expected) == len(result.groups) == 110
    for row in expected:
        g = result.find("ap", row["level"], row["group"])
        assert g.n == int(row["n"])
        assert same(g.mean, number(row["mean"])) and same(g.ci_upper, number(row["ci_upper"]))
        assert same(g.percent_favorable, number(row["percent_favorable"]))


def test_default_minimum_hides_small_groups_and_their_complements():
    result = libls.aggregate(generated_codes(), reference_instrument(), ITEMS, generated_levels())
    status = {(g.level, g.group): g.suppression for g in result.groups if g.subscale == "all5"}
    reason = libls.SuppressionReason
    assert status[("school", "S3")] == reason.below_minimum
    assert status[("team", "S2b")] == reason.below_minimum
    assert status[("team", "S2c")] == reason.below_minimum
    assert status[("school", "S2")] == reason.complementary
    assert status[("team", "S2a")] == reason.none
    hidden = result.find("all5", "school", "S2")
    assert hidden.n is None and math.isnan(hidden.mean) and math.isnan(hidden.percent_favorable)
    assert "n" not in hidden.to_dict() or hidden.to_dict()["n"] is None
    assert "suppressed (below minimum)" in result.to_string()


def atoms_and_tree(truth, subscale):
    """The tree of groups (parents by position) and the respondents of each group in no
    subgroup (its atom), from the unsuppressed truth."""
    groups = [g for g in truth.groups if g.subscale == subscale]
    key = [(g.level, g.group) for g in groups]
    parent = [key.index((g.parent_level, g.parent_group)) if g.parent_level else -1 for g in groups]
    n = [g.n for g in groups]
    own = list(n)
    for v, p in enumerate(parent):
        if p >= 0:
            own[p] -= n[v]
    return key, parent, n, own


def recovered(parent, n, own, shown, n_shown, sum_shown, actual_sum):
    """The hidden groups whose n and sum an attacker solves for exactly.

    Each respondent lies in exactly one group's atom (the group's rows in none of its
    subgroups); a group's n (and its sum, n * mean) is the total over the atoms of its
    subtree. The attacker knows the published groups' n and means, the whole structure, and
    which atoms are empty. A hidden group is determined when its subtree's indicator lies in
    the span of the published groups' indicators; solving then gives its n and sum.
    """
    unknown = [v for v in range(len(n)) if own[v] > 0]

    def indicator(v):
        row = []
        for u in unknown:
            while u != v and u >= 0:
                u = parent[u]
            row.append(1.0 if u == v else 0.0)
        return np.array(row)

    a = np.array([indicator(v) for v in range(len(n)) if shown[v]])
    solution_n = np.linalg.lstsq(a, np.array(n_shown, float), rcond=None)[0]
    solution_sum = np.linalg.lstsq(a, np.array(sum_shown), rcond=None)[0]
    base = np.linalg.matrix_rank(a)
    out = []
    for v in range(len(n)):
        if shown[v] or n[v] == 0:
            continue
        target = indicator(v)
        if np.linalg.matrix_rank(np.vstack([a, target])) == base:
            assert math.isclose(target @ solution_n, n[v])  # the attack works: n and sum
            assert math.isclose(target @ solution_sum, actual_sum[v])
            out.append(v)
    return out


def test_an_attacker_cannot_recover_any_suppressed_n_or_sum():
    codes, levels = generated_codes(), generated_levels()
    published = libls.aggregate(codes, reference_instrument(), ITEMS, levels,
                                libls.AggregateOptions(min_group_size=5))
    truth = libls.aggregate(codes, reference_instrument(), ITEMS, levels,
                            libls.AggregateOptions(min_group_size=1))
    attacked = 0
    for subscale in ["all5", "pair"]:
        key, parent, n, own = atoms_and_tree(truth, subscale)
        actual_sum = [truth.find(subscale, *k).n * truth.find(subscale, *k).mean for k in key]
        groups = [published.find(subscale, *k) for k in key]
        shown = [g.suppression == libls.SuppressionReason.none for g in groups]
        n_shown = [g.n for g in groups if g.n is not None]
        sum_shown = [g.n * g.mean for g in groups if g.n is not None]
        assert recovered(parent, n, own, shown, n_shown, sum_shown, actual_sum) == []
        attacked += shown.count(False)

        # the attack is real: with small groups hidden alone, it gives them back
        primary = [k >= 5 for k in n]
        found = recovered(parent, n, own, primary, [k for k in n if k >= 5],
                          [s for k, s in zip(n, actual_sum) if k >= 5], actual_sum)
        assert [key[v] for v in found] == [("school", "S3")]
    assert attacked == 8  # S3, S2b, S2c and S2 in each subscale


def test_suppress_groups_on_a_hand_made_tree():
    reason = libls.SuppressionReason
    assert libls.suppress_groups([-1, 0, 0], [20, 3, 17]) == [reason.none, reason.below_minimum,
                                                              reason.complementary]
    assert libls.suppress_groups([-1, 0, 0], [20, 3, 17], min_size=3) == [reason.none] * 3
    with pytest.raises(libls.Error):
        libls.suppress_groups([0, 0], [1, 1])


def test_disclosure_violations_check_a_suppression_made_by_hand():
    reason = libls.SuppressionReason
    parents, n = [-1, 0, 0], [20, 3, 17]
    # Hiding only the small group would give it away: 20 - 17 = 3.
    assert libls.disclosure_violations(parents, n, [reason.none, reason.below_minimum,
                                                    reason.none]) == [0]
    assert libls.disclosure_violations(parents, n, [reason.none] * 3) == [1]
    assert libls.disclosure_violations(parents, n, libls.suppress_groups(parents, n)) == []
    with pytest.raises(libls.Error, match="one status per node"):
        libls.disclosure_violations(parents, n, [reason.none])


def test_t_interval_and_quantile_agree_with_r():
    # tests/reference/t_interval.R: t.test(c(1, 2, 3, 4))$conf.int, qt(0.975, 10), qt(0.9, 2.5)
    interval = libls.t_confidence_interval(libls.summarise([1.0, 2.0, 3.0, 4.0]))
    assert interval.lower == pytest.approx(0.445739743239, rel=1e-9)
    assert interval.upper == pytest.approx(4.554260256761, rel=1e-9)
    assert (interval.level, interval.note) == (0.95, "")
    assert libls.student_t_quantile(0.975, 10) == pytest.approx(2.22813885199, rel=1e-9)
    assert libls.student_t_quantile(0.9, 2.5) == pytest.approx(1.73025092881, rel=1e-9)
    one = libls.t_confidence_interval(libls.summarise([3.0]), level=0.9)
    assert math.isnan(one.lower) and math.isnan(one.upper) and one.note
    with pytest.raises(libls.Error):
        libls.t_confidence_interval(libls.summarise([1.0, 2.0]), level=1.0)
    with pytest.raises(libls.Error, match="0 < p < 1"):
        libls.student_t_quantile(1.5, 3)


def test_chunked_and_threaded_aggregation_equals_one_pass():
    rng = np.random.default_rng(9)
    rows = 20_003
    codes = np.asfortranarray(rng.choice(np.array([1, 2, 3, 4, 5, -128], dtype=np.int8), size=(rows, 5)))
    team = rng.integers(0, 300, rows).astype(np.int32)
    team[:30] = 290 + np.arange(30) % 10  # some teams of few respondents
    levels = [("school", (team // 10).astype(np.int32), [f"s{i}" for i in range(30)]),
              ("team", team, [f"t{i}" for i in range(300)])]
    plan = libls.scoring_plan(reference_instrument(), ITEMS)
    one = libls.aggregate(codes, plan, levels, threads=1, chunk_rows=rows)
    for threads, chunk in [(2, 999), (3, 4096)]:
        many = libls.aggregate(codes, plan, levels, threads=threads, chunk_rows=chunk)
        for a, b in zip(one.groups, many.groups):
            assert (a.group, a.suppression, a.n) == (b.group, b.suppression, b.n)
            assert same(b.mean, a.mean) and same(b.standard_deviation, a.standard_deviation)


def test_bad_input_raises_clear_errors():
    codes, levels = generated_codes(), generated_levels()
    plan = libls.scoring_plan(reference_instrument(), ITEMS)
    with pytest.raises(libls.ValidationError) as bad:
        libls.aggregate(codes, plan, levels, libls.AggregateOptions(min_group_size=0))
    assert [(i.code, i.path) for i in bad.value.issues] == [("aggregate.min_group_size", "/min_group_size")]
    name, district, labels = levels[0]
    moved = district.copy()
    moved[35] = 0  # a row of school S1 placed in North
    with pytest.raises(libls.Error, match="levels do not nest"):
        libls.aggregate(codes, plan, [(name, moved, labels)] + levels[1:])
    with pytest.raises(TypeError, match="int32"):
        libls.aggregate(codes, plan, [(name, district.astype(np.float64), labels)])
    with pytest.raises(TypeError, match="tuple"):
        libls.aggregate(codes, plan, ["district"])
    with pytest.raises(libls.Error, match="not -1 or an index"):
        libls.aggregate(codes, plan, [(name, district, labels[:1])])
    widened = libls.aggregate(codes, plan, [(name, district.astype(np.int8), labels)])
    assert widened.find("all5", "district", "North").n == 24


def test_results_go_to_json_and_back():
    result = libls.aggregate(generated_codes(), reference_instrument(), ITEMS, generated_levels())
    copy = libls.AggregationResult.from_json(result.to_json())
    assert copy == result
    assert libls.AggregateOptions.from_json('{"min_group_size": 8, "confidence_level": 0.9}').min_group_size == 8
