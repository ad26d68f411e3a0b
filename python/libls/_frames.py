"""Tidy pandas DataFrames of libls results: one row per observation, one column per
variable, built from NumPy arrays (never from one Python object per row), so a national
table of hundreds of thousands of group results converts in milliseconds.

pandas is imported when a frame is asked for, not with libls.
"""

from __future__ import annotations

import inspect
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
    """The group table as a tidy frame: a row per subscale and group.

    Subscale by subscale, and within a subscale the groups in the table's order (all
    respondents first). Built from the table's NumPy arrays, not object by object.

    Returns
    -------
    pandas.DataFrame
        Columns: subscale and level (categorical), group, group_index, parent_level,
        parent_group (text, "" for all respondents), suppression (categorical: none,
        below_minimum, complementary), n (nullable integer: <NA> when suppressed, as no
        number of a hidden group is shown), mean, standard_deviation, ci_lower, ci_upper,
        percent_favorable, rwg_j (NaN outside the agreement level and where undefined).

    Raises
    ------
    ImportError
        When pandas is not installed.
    """
    pd = _pandas()
    columns = self.arrays()
    subscales, groups = len(self.subscales), len(self.group_label)
    labels = np.asarray(self.group_label, dtype=object)
    level_of = columns["group_level"]
    parent = columns["parent"]
    has_parent = parent >= 0
    parent_at = np.where(has_parent, parent, 0)
    parent_level = np.where(has_parent, np.asarray(self.levels, dtype=object)[level_of[parent_at]], "")
    parent_group = np.where(has_parent, labels[parent_at], "")
    suppression = columns["suppression"].ravel()
    n = pd.array(columns["n"].ravel(), dtype="Int64")
    n[suppression != 0] = pd.NA
    tile = lambda values: np.tile(values, subscales)  # noqa: E731
    return pd.DataFrame({
        "subscale": pd.Categorical.from_codes(np.repeat(np.arange(subscales), groups),
                                              categories=list(self.subscales)),
        "level": pd.Categorical.from_codes(tile(level_of).astype(np.int64),
                                           categories=list(self.levels)),
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


def group_comparison_frame(self) -> "pandas.DataFrame":
    """One row per subscale and group of the compared level (subscale by subscale).

    Columns: subscale (categorical), group, parent_group, reference (the reference's
    label), status (categorical: the ComparisonStatus names), note (why the comparison is
    NaN, "" when compared), suppression (categorical), n and reference_n (nullable
    integers: <NA> where not shown), then mean, standard_deviation, ci_lower, ci_upper,
    percent_favorable, rwg_j, reference_mean, reference_standard_deviation, difference,
    difference_ci_lower, difference_ci_upper, standard_error, t, df, p_value, hedges_g,
    hedges_g_ci_lower, hedges_g_ci_upper, p_holm, p_bh.

    Returns
    -------
    pandas.DataFrame
        A row per subscale and group, subscale by subscale in the comparison's order; a
        suppressed group's row has <NA> counts and NaN numbers.
    """
    pd = _pandas()
    columns = self.arrays()
    subscales, groups = len(self.subscales), len(self.group_label)
    status = columns["status"].ravel().astype(np.int64)
    status_names = _enum_names(_core.ComparisonStatus)
    notes = np.asarray([_core.comparison_note(_core.ComparisonStatus[name]) for name in status_names],
                       dtype=object)
    suppression = columns["suppression"].ravel().astype(np.int64)

    def shown(name, hidden):
        values = pd.array(columns[name].ravel(), dtype="Int64")
        values[hidden] = pd.NA
        return values

    group_hidden = suppression != 0
    reference_hidden = group_hidden | (status == status_names.index("reference_suppressed"))
    tile = lambda values: np.tile(np.asarray(values, dtype=object), subscales)  # noqa: E731
    return pd.DataFrame({
        "subscale": pd.Categorical.from_codes(np.repeat(np.arange(subscales), groups),
                                              categories=list(self.subscales)),
        "group": tile(self.group_label),
        "parent_group": tile(self.parent_group),
        "reference": np.full(subscales * groups, self.reference_label, dtype=object),
        "status": pd.Categorical.from_codes(status, categories=status_names),
        "note": notes[status],
        "suppression": pd.Categorical.from_codes(suppression,
                                                 categories=_enum_names(_core.SuppressionReason)),
        "n": shown("n", group_hidden),
        "reference_n": shown("reference_n", reference_hidden),
        **{name: columns[name].ravel() for name in _COMPARISON_FLOATS},
    })


def wave_comparison_frame(self) -> "pandas.DataFrame":
    """One row per subscale and group of the union of the two waves (subscale by subscale).

    Columns: subscale (categorical), group, parent_group, status (categorical: the
    WaveStatus names), test_status (categorical: the ComparisonStatus names), note (why
    the change is not shown, "" when compared), in_cohort (bool), before_suppression and
    after_suppression (categorical), before_n and after_n (nullable integers: <NA> where
    the wave has no published number of the group), then before_mean,
    before_standard_deviation, before_ci_lower, before_ci_upper, after_mean,
    after_standard_deviation, after_ci_lower, after_ci_upper, change, change_ci_lower, change_ci_upper, standard_error, t, df, p_value, hedges_g,
    hedges_g_ci_lower, hedges_g_ci_upper, p_holm, p_bh.

    Returns
    -------
    pandas.DataFrame
        A row per subscale and group; the cohort's summary is on the comparison itself
        (``cohort_size``, ``increased``, ...).
    """
    pd = _pandas()
    columns = self.arrays()
    subscales, groups = len(self.subscales), len(self.group_label)
    status = columns["status"].ravel().astype(np.int64)
    test_status = columns["test_status"].ravel().astype(np.int64)
    status_names = _enum_names(_core.WaveStatus)
    test_names = _enum_names(_core.ComparisonStatus)
    notes = {(s, t): _core.wave_note(_core.WaveStatus(s), _core.ComparisonStatus(t))
             for s, t in set(zip(status.tolist(), test_status.tolist()))}
    suppression_names = _enum_names(_core.SuppressionReason)

    def count(name, shown):
        values = pd.array(columns[name].ravel(), dtype="Int64")
        values[~shown] = pd.NA
        return values

    # A wave shows a group's numbers when the group is in that wave and published there.
    before_shown = columns["before_n"].ravel() > 0
    after_shown = columns["after_n"].ravel() > 0
    tile = lambda values: np.tile(np.asarray(values, dtype=object), subscales)  # noqa: E731
    return pd.DataFrame({
        "subscale": pd.Categorical.from_codes(np.repeat(np.arange(subscales), groups),
                                              categories=list(self.subscales)),
        "group": tile(self.group_label),
        "parent_group": tile(self.parent_group),
        "status": pd.Categorical.from_codes(status, categories=status_names),
        "test_status": pd.Categorical.from_codes(test_status, categories=test_names),
        "note": np.asarray([notes[st] for st in zip(status.tolist(), test_status.tolist())],
                           dtype=object),
        "in_cohort": columns["in_cohort"].ravel(),
        "before_suppression": pd.Categorical.from_codes(
            columns["before_suppression"].ravel().astype(np.int64), categories=suppression_names),
        "after_suppression": pd.Categorical.from_codes(
            columns["after_suppression"].ravel().astype(np.int64), categories=suppression_names),
        "before_n": count("before_n", before_shown),
        "after_n": count("after_n", after_shown),
        **{name: columns[name].ravel() for name in _WAVE_FLOATS},
    })


_WAVE_FLOATS = ("before_mean", "before_standard_deviation", "before_ci_lower", "before_ci_upper",
                "after_mean", "after_standard_deviation", "after_ci_lower", "after_ci_upper",
                "change", "change_ci_lower", "change_ci_upper", "standard_error", "t", "df",
                "p_value", "hedges_g", "hedges_g_ci_lower", "hedges_g_ci_upper", "p_holm",
                "p_bh")

_COMPARISON_FLOATS = ("mean", "standard_deviation", "ci_lower", "ci_upper", "percent_favorable",
                      "rwg_j", "reference_mean", "reference_standard_deviation", "difference",
                      "difference_ci_lower", "difference_ci_upper", "standard_error", "t", "df",
                      "p_value", "hedges_g", "hedges_g_ci_lower", "hedges_g_ci_upper", "p_holm",
                      "p_bh")


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
    """A tidy frame of one part of the analysis.

    Parameters
    ----------
    what : str
        ``"groups"``: the group table, as ``GroupTable.to_frame`` gives it;
        ``"reliability"``: a row per subscale and deletion policy (listwise, pairwise) with
        alpha, standardised alpha, the average inter-item correlation and Feldt's
        interval; ``"icc"``: a row per level and subscale with ICC(1), ICC(2), their
        status and the one-way ANOVA table.

    Returns
    -------
    pandas.DataFrame

    Raises
    ------
    ValueError
        For any other ``what``.
    ImportError
        When pandas is not installed.
    """
    if what == "groups":
        return group_table_frame(self.groups)
    if what == "reliability":
        return reliability_frame(self.reliability)
    if what == "icc":
        return icc_frame(self.icc)
    raise ValueError(f'what must be "groups", "reliability" or "icc", got {what!r}')


def _field_order(cls) -> list[str]:
    """A described type's fields in declaration order: the names its repr lists at the top
    level (the JSON forms sort their keys)."""
    text, names, depth, start = repr(cls()), [], 0, None
    for at, char in enumerate(text):
        if char in "([{":
            depth += 1
            if depth == 1:
                start = at + 1
        elif char in ")]}":
            depth -= 1
        elif char == "," and depth == 1:
            start = at + 1
        elif char == "=" and depth == 1 and start is not None:
            names.append(text[start:at].strip())
            start = None
    return names


def _records_frame(records: list[dict], cls) -> "pandas.DataFrame":
    """A frame of the JSON forms of `cls` objects: fields in declaration order, nested
    objects flattened (``agreement.rwg_j``), lists of text joined with "; ", null as NaN
    (or <NA> in integer columns)."""
    pd = _pandas()
    order = _field_order(cls)
    for record in records:
        for key, value in record.items():
            if isinstance(value, list) and all(isinstance(v, str) for v in value):
                record[key] = "; ".join(value)
    frame = pd.json_normalize(records, sep=".") if records else pd.DataFrame(columns=order)
    columns = [c for field in order for c in frame.columns if c == field or c.startswith(field + ".")]
    frame = frame[columns + [c for c in frame.columns if c not in columns]]
    for column in frame.columns:
        values = frame[column]
        if values.dtype == object and values.map(lambda v: v is None or isinstance(v, float)).all():
            frame[column] = values.astype(float)
    return frame


def _rows_frame(field: str, cls, integer_columns: tuple[str, ...] = ()):
    """A to_frame method: one row per element of the object's list `field`."""
    def to_frame(self) -> "pandas.DataFrame":
        frame = _records_frame(self.to_dict()[field], cls)
        for column in integer_columns:
            if column in frame:
                frame[column] = frame[column].astype("Int64")
        return frame
    integers = (f"; {', '.join(integer_columns)} as nullable integers (<NA> for null)"
                if integer_columns else "")
    to_frame.__doc__ = f"""The elements of ``{field}`` as a tidy frame, a row per {cls.__name__}.

    Returns
    -------
    pandas.DataFrame
        The fields as columns, in declaration order; nested fields flattened (``a.b``);
        lists of text joined with "; "; null as NaN{integers}.

    Raises
    ------
    ImportError
        When pandas is not installed.
    """
    return to_frame


def _one_row_frame(self) -> "pandas.DataFrame":
    """This result as a frame of one row.

    Returns
    -------
    pandas.DataFrame
        The fields as columns, in declaration order; nested fields flattened (``a.b``);
        null as NaN.

    Raises
    ------
    ImportError
        When pandas is not installed.
    """
    return _records_frame([self.to_dict()], type(self))


def install() -> None:
    """Adds the to_frame methods to the bound classes."""
    methods = {
        _core.GroupTable: group_table_frame,
        _core.SurveyAnalysis: survey_analysis_frame,
        _core.GroupComparison: group_comparison_frame,
        _core.WaveComparison: wave_comparison_frame,
        _core.AggregationResult: _rows_frame("groups", _core.GroupStatistics, ("n",)),
        _core.AgreementResult: _rows_frame("groups", _core.GroupAgreement),
        _core.Reliability: _rows_frame("items", _core.AlphaItem),
        _core.ScoringReport: _rows_frame("subscales", _core.SubscaleScoreReport),
        _core.VarianceDecomposition: _rows_frame("components", _core.VarianceComponent),
        _core.IccResult: _one_row_frame,
        _core.KrippendorffResult: _one_row_frame,
    }
    for cls, method in methods.items():
        # Without the source's indent, as the bound methods' docstrings are (and the stubs).
        method.__doc__ = inspect.cleandoc(method.__doc__)
        cls.to_frame = method
