"""Tidy pandas DataFrames of libls results: one row per observation, one column per
variable, built from NumPy arrays (never from one Python object per row), so a national
table of hundreds of thousands of group results converts in milliseconds.

pandas is imported when a frame is asked for, not with libls.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import numpy as np

from . import _core

if TYPE_CHECKING:  # pragma: no cover
    import pandas


def _pandas():
    try:
        import pandas
    except ImportError as e:  # pragma: no cover - pandas is installed with the tests
        raise ImportError("to_frame() needs pandas: pip install pandas") from e
    return pandas


def _enum_names(enum_type) -> list[str]:
    """The names of a bound enum's members, in the order of their values 0, 1, ..."""
    return [m.name for m in sorted(enum_type, key=lambda m: m.value)]


def group_table_frame(self) -> "pandas.DataFrame":
    """One row per subscale and group (subscale by subscale, all respondents first).

    Columns: subscale, level, group, group_index, parent_level, parent_group (categorical
    or text), suppression (categorical: none, below_minimum, complementary), n (nullable
    integer: <NA> when suppressed, as no number of a hidden group is shown), mean,
    standard_deviation, ci_lower, ci_upper, percent_favorable, rwg_j (NaN outside the
    agreement level and where undefined).
    """
    table = self
    pd = _pandas()
    columns = table.arrays()
    subscales, groups = len(table.subscales), len(table.group_label)
    labels = np.asarray(table.group_label, dtype=object)
    level_of = columns["group_level"]
    parent = columns["parent"]
    has_parent = parent >= 0
    parent_at = np.where(has_parent, parent, 0)
    parent_level = np.where(has_parent, np.asarray(table.levels, dtype=object)[level_of[parent_at]], "")
    parent_group = np.where(has_parent, labels[parent_at], "")
    suppression = columns["suppression"].ravel()
    n = pd.array(columns["n"].ravel(), dtype="Int64")
    n[suppression != 0] = pd.NA
    tile = lambda values: np.tile(values, subscales)  # noqa: E731
    return pd.DataFrame({
        "subscale": pd.Categorical.from_codes(np.repeat(np.arange(subscales), groups),
                                              categories=list(table.subscales)),
        "level": pd.Categorical.from_codes(tile(level_of).astype(np.int64),
                                           categories=list(table.levels)),
        "group": tile(labels),
        "group_index": tile(columns["group_index"]),
        "parent_level": tile(parent_level),
        "parent_group": tile(parent_group),
        "suppression": pd.Categorical.from_codes(suppression.astype(np.int64),
                                                 categories=_enum_names(_core.SuppressionReason)),
        "n": n,
        **{name: columns[name].ravel()
           for name in ("mean", "standard_deviation", "ci_lower", "ci_upper",
                        "percent_favorable", "rwg_j")},
    })


def reliability_frame(reliability: list) -> "pandas.DataFrame":
    """One row per subscale and deletion policy: alpha and its companions."""
    pd = _pandas()
    rows = []
    for r in reliability:
        for policy in ("listwise", "pairwise"):
            a = getattr(r, policy)
            rows.append({"subscale": r.subscale, "policy": policy, "items": a.item_count,
                         "rows": a.rows, "complete_rows": a.complete_rows, "n": a.n,
                         "alpha": a.alpha, "std_alpha": a.std_alpha, "average_r": a.average_r,
                         "feldt_lower": a.feldt_lower, "feldt_upper": a.feldt_upper})
    return pd.DataFrame(rows, columns=["subscale", "policy", "items", "rows", "complete_rows", "n",
                                       "alpha", "std_alpha", "average_r", "feldt_lower",
                                       "feldt_upper"])


def icc_frame(icc: list) -> "pandas.DataFrame":
    """One row per level and subscale: ICC(1), ICC(2) and the one-way ANOVA table."""
    pd = _pandas()
    names = ("n", "groups", "df_between", "df_within", "mean_square_between",
             "mean_square_within", "f_ratio", "mean_group_size", "icc1", "icc2")
    rows = [{"level": r.level, "subscale": r.subscale, **{k: getattr(r.icc, k) for k in names},
             "icc1_status": r.icc.icc1_status.name, "icc2_status": r.icc.icc2_status.name}
            for r in icc]
    return pd.DataFrame(rows, columns=["level", "subscale", *names, "icc1_status", "icc2_status"])


def survey_analysis_frame(self, what: str = "groups") -> "pandas.DataFrame":
    """A tidy frame of one part of an analysis: ``"groups"`` (the group table, see
    GroupTable.to_frame), ``"reliability"`` (alpha per subscale and policy) or ``"icc"``
    (per level and subscale)."""
    if what == "groups":
        return group_table_frame(self.groups)
    if what == "reliability":
        return reliability_frame(self.reliability)
    if what == "icc":
        return icc_frame(self.icc)
    raise ValueError(f'what must be "groups", "reliability" or "icc", got {what!r}')


def install() -> None:
    """Adds the to_frame methods to the bound classes."""
    _core.GroupTable.to_frame = group_table_frame
    _core.SurveyAnalysis.to_frame = survey_analysis_frame
