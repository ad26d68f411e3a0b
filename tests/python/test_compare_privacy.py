"""A comparison publishes nothing its group table does not: every number of a compared
group's reference follows from published rows alone, and a suppressed group shows none.
So the table's suppression, which tests/python/test_aggregate.py attacks, protects the
comparison too."""

from __future__ import annotations

import math

import numpy as np
import pytest

import libls
from test_analysis import analyse_generated


def published_rows(table) -> dict:
    """(level, label) -> (n, mean, sd) of every published group, and the row of all."""
    frame = table.to_frame()
    subscale = table.subscales[0]
    rows = frame[(frame["subscale"] == subscale) & (frame["suppression"] == "none")]
    return {(r.level, r.group): (int(r.n), r.mean, r.standard_deviation)
            for r in rows.itertuples()}


def rest_from(whole, part):
    """The rest of `whole` without `part`, by sums and sums of squares (not libls' route)."""
    (n_w, m_w, s_w), (n_p, m_p, s_p) = whole, part
    n = n_w - n_p
    total = n_w * m_w - n_p * m_p
    squares = ((n_w - 1) * s_w**2 + n_w * m_w**2) - ((n_p - 1) * s_p**2 + n_p * m_p**2)
    mean = total / n
    return n, mean, math.sqrt((squares - n * mean**2) / (n - 1))


@pytest.mark.parametrize("level", ["district", "school", "team"])
def test_the_rest_of_a_compared_group_follows_from_published_rows(level):
    _, analysis = analyse_generated(min_group_size=5)
    table = analysis.groups
    shown = published_rows(table)
    whole = shown[("all", "all respondents")]
    comparison = libls.compare_groups(table, libls.ComparisonOptions(level=level))
    frame = comparison.to_frame()
    rows = frame[frame["subscale"] == table.subscales[0]]
    compared = rows[rows["status"] == "compared"]
    hidden = rows[rows["status"] == "group_suppressed"]
    assert len(compared) > 0
    for r in compared.itertuples():
        part = shown[(level, r.group)]  # a compared group is a published one
        n, mean, sd = rest_from(whole, part)
        assert r.reference_n == n
        assert r.reference_mean == pytest.approx(mean, rel=1e-9)
        assert r.reference_standard_deviation == pytest.approx(sd, rel=1e-9)
        assert (r.n, r.mean) == (part[0], part[1])
    for r in hidden.itertuples():  # nothing of a suppressed group, nor of its rest
        assert (level, r.group) not in shown
        assert r.n is libls_na() and r.reference_n is libls_na()
        numbers = [getattr(r, c) for c in ("mean", "standard_deviation", "reference_mean",
                                           "reference_standard_deviation", "difference", "t",
                                           "p_value", "hedges_g", "p_holm", "p_bh")]
        assert all(np.isnan(x) for x in numbers)
    if level != "district":
        assert len(hidden) > 0  # the generated data hide some schools and teams


def libls_na():
    import pandas
    return pandas.NA
