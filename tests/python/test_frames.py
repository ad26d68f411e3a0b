"""Results as tidy pandas frames: every value of a frame is the value of the result."""

from __future__ import annotations

import math

import pandas as pd
import pytest

from test_analysis import analyse_generated


def same(a, b):
    return (a is None and b is pd.NA) or (isinstance(a, float) and math.isnan(a) and math.isnan(b)) \
        or a == b


def test_group_table_frame_has_a_row_per_subscale_and_group_equal_to_row():
    _, analysis = analyse_generated(min_group_size=5)
    table = analysis.groups
    frame = table.to_frame()
    assert len(frame) == len(table.subscales) * len(table.group_label)
    assert list(frame.columns[:7]) == ["subscale", "level", "group", "group_index", "parent_level",
                                       "parent_group", "suppression"]
    groups = len(table.group_label)
    for at, row in enumerate(frame.itertuples(index=False)):
        expected = table.row(at // groups, at % groups)
        assert (row.subscale, row.level, row.group) == (expected.subscale, expected.level, expected.group)
        assert (row.parent_level, row.parent_group) == (expected.parent_level, expected.parent_group)
        assert row.suppression == expected.suppression.name
        assert same(expected.n, row.n)
        for name in ("mean", "standard_deviation", "ci_lower", "ci_upper", "percent_favorable"):
            assert same(getattr(expected, name), getattr(row, name)), (at, name)
        if expected.agreement is not None:
            assert same(expected.agreement.rwg_j, row.rwg_j)
        else:
            assert math.isnan(row.rwg_j)


def test_suppressed_groups_show_no_number_in_the_frame():
    _, analysis = analyse_generated(min_group_size=5)
    frame = analysis.to_frame()
    hidden = frame[frame["suppression"] != "none"]
    assert len(hidden) > 0
    assert hidden["n"].isna().all()
    assert hidden[["mean", "standard_deviation", "ci_lower", "ci_upper", "percent_favorable",
                   "rwg_j"]].isna().all().all()
    assert frame["n"].dtype == "Int64"
    assert set(frame["suppression"].cat.categories) == {"none", "below_minimum", "complementary"}


def test_reliability_and_icc_frames():
    _, analysis = analyse_generated()
    alpha = analysis.to_frame("reliability")
    assert len(alpha) == 2 * len(analysis.reliability)
    first = alpha.iloc[1]
    assert (first.subscale, first.policy) == (analysis.reliability[0].subscale, "pairwise")
    assert first.alpha == analysis.reliability[0].pairwise.alpha
    assert first.complete_rows == analysis.reliability[0].pairwise.complete_rows
    icc = analysis.to_frame("icc")
    assert list(icc["level"].unique()) == ["district", "school", "team"]
    assert icc.iloc[-1].icc1 == analysis.icc[-1].icc.icc1
    assert icc.iloc[-1].icc1_status == analysis.icc[-1].icc.icc1_status.name
    with pytest.raises(ValueError, match='"groups", "reliability" or "icc"'):
        analysis.to_frame("agreement")


def test_list_results_become_frames_with_fields_in_order():
    import numpy as np

    import libls
    from test_scoring import ITEMS, generated_codes, reference_instrument

    plan, analysis = analyse_generated(min_group_size=5)
    aggregation = analysis.groups.to_aggregation()
    frame = aggregation.to_frame()
    assert list(frame.columns[:7]) == ["subscale", "level", "group", "parent_level",
                                       "parent_group", "suppression", "n"]
    assert len(frame) == len(aggregation.groups)
    for row, g in zip(frame.itertuples(index=False), aggregation.groups):
        assert same(g.n, row.n) and same(g.mean, row.mean) and row.suppression == g.suppression.name
        assert row.notes == "; ".join(g.notes)
    team = frame[frame["level"] == "team"]
    assert team["agreement.rwg_j"].notna().any()

    codings = libls.codings_for(reference_instrument(), ITEMS)
    groups = np.arange(len(generated_codes()), dtype=np.int32) % 3
    agreement = libls.within_group_agreement(generated_codes(), codings, groups)
    frame = agreement.to_frame()
    assert frame["rwg"].tolist() == [g.rwg for g in agreement.groups]
    assert frame["status"].tolist() == [g.status.name for g in agreement.groups]

    alpha = analysis.reliability[0].pairwise
    items = alpha.to_frame()
    assert items["item"].tolist() == [i.item for i in alpha.items]
    assert items["item_rest_correlation"].tolist() == [i.item_rest_correlation for i in alpha.items]

    _, report = libls.subscale_scores(generated_codes(), plan)
    scores = report.to_frame()
    assert scores["scored"].tolist() == [s.scored for s in report.subscales]
    assert scores["scores.mean"].tolist() == [s.scores.mean for s in report.subscales]

    icc = analysis.icc[0].icc.to_frame()
    assert len(icc) == 1 and icc.loc[0, "icc1"] == analysis.icc[0].icc.icc1
