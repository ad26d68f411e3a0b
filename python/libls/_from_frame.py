"""Survey responses from pandas: a wide frame (a row per respondent, a column per item) or
a long one (a row per answer), answers given as codes or as the labels of the item's
scale. Every answer that is not on its item's scale is reported with its row and column,
all at once, in a libls.ValidationError; nothing is dropped or guessed.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Mapping, Sequence

import numpy as np

from . import _core
from ._errors import Error, ValidationError

if TYPE_CHECKING:  # pragma: no cover
    import pandas

MISSING = -128
# Per column, the cells named one by one; the rest of a column's bad cells are counted.
CELLS_NAMED = 20
METADATA = ("system", "school", "team", "role", "wave")


def _issue(code: str, path: str, message: str) -> _core.Issue:
    return _core.Issue(code=code, path=path, message=message, severity=_core.Severity.error)


def _scale_of(instrument: _core.Instrument) -> dict[str, _core.ResponseScale]:
    scales = {s.id: s for s in instrument.scales}
    return {item.id: scales[item.scale] for item in instrument.items if item.scale in scales}


def _item_columns(frame, instrument, items) -> dict[str, str]:
    """{column: item id}: the given mapping or list, or every column named by a rated item."""
    rated = instrument.rated_item_ids()
    if items is None:
        chosen = {c: c for c in frame.columns if c in set(rated)}
        if not chosen:
            raise Error(f'no column of the frame is named by a rated item of instrument '
                        f'"{instrument.id}" ({", ".join(rated)})')
        return chosen
    chosen = dict(items) if isinstance(items, Mapping) else {c: c for c in items}
    missing = [c for c in chosen if c not in frame.columns]
    if missing:
        raise Error(f"the frame has no column {', '.join(map(repr, missing))}")
    unknown = [i for i in chosen.values() if i not in set(rated)]
    if unknown:
        raise Error(f'{", ".join(map(repr, unknown))} is not a rated item of instrument '
                    f'"{instrument.id}"')
    return chosen


def _codes_of_column(values, column: str, item: str, scale, issues: list) -> np.ndarray:
    """int8 codes of one column: numbers are codes, text and categories are labels (or
    codes written as text); empty cells are missing."""
    import pandas as pd

    codes = np.full(len(values), MISSING, dtype=np.int8)
    on_scale = {o.code for o in scale.options}
    by_label = {o.label.strip().casefold(): o.code for o in scale.options}
    series = pd.Series(values).reset_index(drop=True)
    blank = series.isna().to_numpy().copy()
    if pd.api.types.is_numeric_dtype(series.dtype) and not pd.api.types.is_bool_dtype(series.dtype):
        chosen = series.to_numpy(dtype=float, na_value=np.nan)
        chosen = np.where(np.isin(chosen, list(on_scale)), chosen, np.nan)
    else:
        text = series.astype("string").str.strip()
        by_name = text.str.casefold().map(by_label).to_numpy(dtype=float, na_value=np.nan)
        numeric = pd.to_numeric(text, errors="coerce").to_numpy(dtype=float, na_value=np.nan)
        as_code = np.where(np.isin(numeric, list(on_scale)), numeric, np.nan)
        chosen = np.where(np.isnan(by_name), as_code, by_name)
        blank |= (text == "").fillna(False).to_numpy(dtype=bool)
    known = ~blank & ~np.isnan(chosen)
    codes[known] = chosen[known].astype(np.int8)
    bad = np.flatnonzero(~blank & ~known)
    allowed = ", ".join(f'{o.code} "{o.label}"' for o in scale.options)
    for r in bad[:CELLS_NAMED]:
        issues.append(_issue("frame.not_on_scale", f"/rows/{r}/{column}",
                             f'row {r}, column "{column}": {series.iloc[r]!r} is not an answer '
                             f'of item "{item}" (scale "{scale.id}": {allowed})'))
    if len(bad) > CELLS_NAMED:
        issues.append(_issue("frame.not_on_scale", f"/columns/{column}",
                             f'column "{column}": {len(bad) - CELLS_NAMED} more answers not on '
                             f'scale "{scale.id}" ({len(bad)} in all)'))
    return codes


def _metadata_of(frame, metadata: Mapping[str, str] | None) -> dict:
    """Keyword arguments of ResponseMatrix.from_numpy from {"school": column, ...}."""
    import pandas as pd

    out = {}
    for key, column in (metadata or {}).items():
        if key not in (*METADATA, "ids", "weights"):
            raise Error(f'unknown metadata "{key}": use {", ".join((*METADATA, "ids", "weights"))}')
        if column not in frame.columns:
            raise Error(f"the frame has no column {column!r} (metadata {key})")
        values = frame[column]
        if key == "weights":
            out[key] = values.to_numpy(dtype=float)
        elif key == "ids":
            out[key] = values.astype(str).tolist()
        else:  # categories: the codes and labels of a pandas Categorical, no label per row
            categorical = pd.Categorical(values.astype("string"))
            out[key] = (categorical.codes.astype(np.int32),
                        [str(c) for c in categorical.categories])
    return out


def responses_from_frame(frame: pandas.DataFrame, instrument: _core.Instrument,
                         items: Mapping[str, str] | Sequence[str] | None = None,
                         metadata: Mapping[str, str] | None = None) -> _core.ResponseMatrix:
    """A response matrix from a wide frame: a row per respondent, a column per item.

    Answers: numbers are option codes; text and categories are option labels (matched
    without regard to case or surrounding spaces) or codes written as text; NaN, None and
    empty text are missing. The codes are copied into a new int8 array.

    Parameters
    ----------
    frame : pandas.DataFrame
        The answers, and the metadata columns if any.
    instrument : Instrument
        Its items' scales say which answers exist: option codes and labels.
    items : dict[str, str] | list[str] | None
        Which columns hold answers: {column: item id}, a list of columns named by item ids,
        or None for every column named by a rated item of the instrument.
    metadata : dict[str, str] | None
        Columns of respondent metadata: any of "system", "school", "team", "role", "wave"
        (labels), "ids" and "weights", e.g. ``{"school": "dbn", "system": "district"}``.

    Returns
    -------
    ResponseMatrix
        A column per chosen item, in the order of ``items`` (or of the frame's columns), a
        row per row of the frame.

    Raises
    ------
    libls.ValidationError
        When answers are not on their item's scale: each such cell with its row (position
        in the frame) and column, at path ``/rows/<r>/<column>`` (the first 20 of a column,
        then a count).
    libls.Error
        When a named column is missing, a column is not a rated item of the instrument,
        no column is (``items`` None), or a metadata key is unknown.
    """
    columns = _item_columns(frame, instrument, items)
    scales = _scale_of(instrument)
    issues: list = []
    codes = np.empty((len(frame), len(columns)), dtype=np.int8, order="F")
    for j, (column, item) in enumerate(columns.items()):
        codes[:, j] = _codes_of_column(frame[column], column, item, scales[item], issues)
    if issues:
        raise ValidationError(f"{len(issues)} problem(s) in the frame's answers", issues)
    return _core.ResponseMatrix.from_numpy(codes, list(columns.values()),
                                           instrument=instrument, **_metadata_of(frame, metadata))


def responses_from_long_frame(frame: pandas.DataFrame, instrument: _core.Instrument,
                              respondent: str = "respondent", item: str = "item",
                              answer: str = "answer",
                              metadata: Mapping[str, str] | None = None) -> _core.ResponseMatrix:
    """A response matrix from a long frame: a row per answer (respondent, item, answer).

    Respondents come in order of first appearance, items in the instrument's order (those
    that occur). Answers are read as in ``responses_from_frame``; an answer a respondent
    does not give is missing.

    Parameters
    ----------
    frame : pandas.DataFrame
        A row per answer.
    instrument : Instrument
        Its rated items are the items there may be; their scales say which answers exist.
    respondent : str
        The column of respondent ids; they become the matrix's ids.
    item : str
        The column of item ids.
    answer : str
        The column of answers: codes, labels or codes as text.
    metadata : dict[str, str] | None
        Columns of respondent metadata, as in ``responses_from_frame``; each must hold one
        value per respondent.

    Returns
    -------
    ResponseMatrix
        A row per respondent, a column per item that occurs.

    Raises
    ------
    libls.ValidationError
        When an item is not a rated item of the instrument, a respondent answers an item
        twice (each with its row), or an answer is not on its item's scale.
    libls.Error
        When one of the named columns is missing, or a metadata column has more than one
        value for a respondent.
    """
    import pandas as pd

    for column in (respondent, item, answer):
        if column not in frame.columns:
            raise Error(f"the frame has no column {column!r}")
    rated = instrument.rated_item_ids()
    issues: list = []
    unknown = np.flatnonzero(~frame[item].isin(rated).to_numpy())
    for r in unknown[:CELLS_NAMED]:
        issues.append(_issue("frame.unknown_item", f"/rows/{r}/{item}",
                             f'row {r}: {frame[item].iloc[r]!r} is not a rated item of instrument '
                             f'"{instrument.id}"'))
    repeated = np.flatnonzero(frame.duplicated([respondent, item], keep="first").to_numpy())
    for r in repeated[:CELLS_NAMED]:
        issues.append(_issue("frame.repeated_answer", f"/rows/{r}",
                             f'row {r}: respondent {frame[respondent].iloc[r]!r} answers item '
                             f'{frame[item].iloc[r]!r} a second time'))
    for rows, code in ((unknown, "frame.unknown_item"), (repeated, "frame.repeated_answer")):
        if len(rows) > CELLS_NAMED:
            issues.append(_issue(code, "", f"{len(rows) - CELLS_NAMED} more rows like these "
                                           f"({len(rows)} in all)"))
    if issues:
        raise ValidationError(f"{len(issues)} problem(s) in the long frame", issues)
    wide = frame.pivot(index=respondent, columns=item, values=answer)
    order = pd.unique(frame[respondent])
    wide = wide.reindex(order)
    present = [i for i in rated if i in wide.columns]
    wide = wide[present].reset_index()
    for key, column in (metadata or {}).items():
        per_respondent = frame.groupby(respondent, sort=False)[column]
        if (per_respondent.nunique(dropna=False) > 1).any():
            raise Error(f'metadata column {column!r} ({key}) has more than one value for a '
                        f'respondent')
        wide[column] = per_respondent.first().reindex(order).to_numpy()
    meta = dict(metadata or {})
    meta.setdefault("ids", respondent)
    return responses_from_frame(wide, instrument, items=present, metadata=meta)
