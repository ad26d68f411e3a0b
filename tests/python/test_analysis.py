"""The one-pass analysis from Python: its group table against R's values, and every other
number against the function it stands for."""

from __future__ import annotations

import math

import numpy as np
import pytest

import libls
from test_aggregate import generated_levels, number, r_groups, same
from test_scoring import ITEMS, generated_codes, reference_instrument


def analyse_generated(min_group_size=1, agreement_level="team"):
    plan = libls.scoring_plan(reference_instrument(), ITEMS)
    options = libls.AnalysisOptions(groups=libls.AggregateOptions(min_group_size=min_group_size),
                                    agreement_level=agreement_level)
    return plan, libls.analyse(generated_codes(), plan, generated_levels(), options)


def entry(table, columns, subscale, level, label):
    """The position (k, i) of one group's entry in the table's arrays."""
    k = table.subscales.index(subscale)
    level_index = table.levels.index(level)
    for i, name in enumerate(table.group_label):
        if columns["group_level"][i] == level_index and name == label:
            return k, i
    raise KeyError((subscale, level, label))


def test_group_table_agrees_with_r_at_every_level():
    _, analysis = analyse_generated()
    table = analysis.groups
    columns = table.arrays()
    expected = r_groups("generated")
    assert len(expected) == len(table.subscales) * len(table.group_label)
    for row in expected:
        k, i = entry(table, columns, row["subscale"], row["level"], row["group"])
        assert columns["suppression"][k, i] == 0
        assert columns["n"][k, i] == int(row["n"])
        for name, theirs in [("mean", "mean"), ("standard_deviation", "sd"),
                             ("ci_lower", "ci_lower"), ("ci_upper", "ci_upper"),
                             ("percent_favorable", "percent_favorable")]:
            assert same(float(columns[name][k, i]), number(row[theirs])), (row, name)


def test_analysis_equals_the_separate_functions():
    plan, analysis = analyse_generated(min_group_size=5)
    codes, levels = generated_codes(), generated_levels()
    instrument = reference_instrument()
    # Groups: aggregate() with the same options, entry by entry.
    separate = libls.aggregate(codes, plan, levels, libls.AggregateOptions(min_group_size=5))
    table = analysis.groups
    rows = table.to_aggregation()
    assert len(rows.groups) == len(separate.groups)
    for got, want in zip(rows.groups, separate.groups):
        assert (got.subscale, got.level, got.group, got.suppression, got.n) == \
               (want.subscale, want.level, want.group, want.suppression, want.n)
        assert same(got.mean, want.mean) and got.notes == want.notes
    # rwg(j) of the teams: within_group_agreement on each subscale's items.
    columns = table.arrays()
    codings = libls.codings_for(instrument, ITEMS)
    team = table.levels.index("team")
    teams = columns["group_level"] == team
    for k, subscale in enumerate(plan.subscales):
        want = libls.within_group_agreement(codes, codings, levels[2][1], items=subscale.columns)
        published = teams & (columns["suppression"][k] == 0)
        assert published.sum() > 0
        for i in np.flatnonzero(published):
            assert same(columns["rwg_j"][k, i], want.groups[columns["group_index"][i]].rwg)
        assert np.isnan(columns["rwg_j"][k, ~teams]).all()
    # ICC by each level: icc() on the scores.
    scores, _ = libls.subscale_scores(codes, plan)
    for result in analysis.icc:
        k = table.subscales.index(result.subscale)
        groups = levels[[name for name, _, _ in levels].index(result.level)][1]
        want = libls.icc(np.ascontiguousarray(scores[:, k]), groups)
        assert (result.icc.n, result.icc.groups) == (want.n, want.groups)
        assert math.isclose(result.icc.icc1, want.icc1, rel_tol=1e-10)
    assert len(analysis.icc) == 3 * len(plan.subscales)
    # Alpha, both policies: cronbach_alpha on the subscale's columns.
    for k, subscale in enumerate(plan.subscales):
        block = np.asfortranarray(codes[:, subscale.columns])
        chosen = [codings[j] for j in subscale.columns]
        for policy in ("listwise", "pairwise"):
            want = libls.cronbach_alpha(block, chosen, policy=policy)
            got = getattr(analysis.reliability[k], policy)
            assert math.isclose(got.alpha, want.alpha, rel_tol=1e-10)
            assert got.complete_rows == want.complete_rows


def test_group_table_rows_and_arrays_line_up():
    _, analysis = analyse_generated(min_group_size=5)
    table = analysis.groups
    columns = table.arrays()
    shape = (len(table.subscales), len(table.group_label))
    for name in ("n", "mean", "standard_deviation", "rwg_j", "suppression"):
        assert columns[name].shape == shape
    assert columns["group_index"][0] == -1 and columns["parent"][0] == -1
    hidden = np.argwhere(columns["suppression"] != 0)
    assert len(hidden) > 0
    k, i = hidden[0]
    row = table.row(int(k), int(i))
    assert row.n is None and columns["n"][k, i] == 0 and math.isnan(columns["mean"][k, i])
    k, i = np.argwhere((columns["suppression"] == 0) & (columns["group_level"] == 3))[0]
    row = table.row(int(k), int(i))
    assert row.level == "team" and row.agreement is not None
    assert same(row.agreement.rwg_j, float(columns["rwg_j"][k, i]))


def test_analysis_refuses_what_it_cannot_use():
    plan = libls.scoring_plan(reference_instrument(), ITEMS)
    codes, levels = generated_codes(), generated_levels()
    with pytest.raises(libls.Error, match='"grade" is not one of the levels'):
        libls.analyse(codes, plan, levels, libls.AnalysisOptions(agreement_level="grade"))
    with pytest.raises(ValueError):
        libls.analyse(codes, plan, levels,
                      libls.AnalysisOptions(groups=libls.AggregateOptions(min_group_size=0)))
    with pytest.raises(TypeError):
        libls.analyse(codes, plan, [("school", levels[1][1].astype(float), levels[1][2])])


def test_a_level_may_give_its_number_of_groups_for_labels():
    plan = libls.scoring_plan(reference_instrument(), ITEMS)
    codes = generated_codes()
    counted = [(name, groups, len(labels)) for name, groups, labels in generated_levels()]
    numbered = [(name, groups, [str(g) for g in range(len(labels))])
                for name, groups, labels in generated_levels()]
    a = libls.analyse(codes, plan, counted).groups
    b = libls.analyse(codes, plan, numbered).groups
    assert a.group_label == b.group_label and a.group_label[1] == "0"
    assert np.array_equal(a.arrays()["n"], b.arrays()["n"])
    with pytest.raises(ValueError, match="number of groups is -1"):
        libls.analyse(codes, plan, [("school", counted[1][1], -1)])
    with pytest.raises(TypeError):
        libls.aggregate(codes, plan, [("school", counted[1][1], "many")])
