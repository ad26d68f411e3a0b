"""Jupyter display: ``_repr_html_`` for the objects an analyst looks at. Compact tables,
every text escaped, no scripts or styles from outside (a notebook saved with them shows
the same thing anywhere).
"""

from __future__ import annotations

import html
import math
from typing import Iterable, Sequence

from . import _core

# Rows of a long table shown before "... and N more".
SHOWN_ROWS = 20


def _text(value) -> str:
    if isinstance(value, float):
        return "" if math.isnan(value) else f"{value:.3f}"
    if hasattr(value, "name") and hasattr(type(value), "__members__"):  # a bound enum
        return html.escape(value.name)
    return html.escape(str(value))


def _table(header: Sequence[str], rows: Iterable[Sequence], caption: str = "") -> str:
    rows = list(rows)
    shown = rows[:SHOWN_ROWS]
    parts = ["<table class=\"libls\">"]
    if caption:
        parts.append(f"<caption>{html.escape(caption)}</caption>")
    parts.append("<thead><tr>" + "".join(f"<th>{html.escape(h)}</th>" for h in header)
                 + "</tr></thead><tbody>")
    for row in shown:
        parts.append("<tr>" + "".join(f"<td>{_text(v)}</td>" for v in row) + "</tr>")
    parts.append("</tbody></table>")
    if len(rows) > len(shown):
        parts.append(f"<p>... and {len(rows) - len(shown)} more rows</p>")
    return "".join(parts)


def _heading(title: str, detail: str = "") -> str:
    extra = f" <small>{html.escape(detail)}</small>" if detail else ""
    return f"<h4>{html.escape(title)}{extra}</h4>"


def validation_report_html(self: _core.ValidationReport) -> str:
    """The issues as a table: severity, code, path, message."""
    if self.ok() and not self.issues:
        return "<p><b>Valid</b>: no issues.</p>"
    summary = f"{self.error_count()} error(s), {self.warning_count()} warning(s)"
    return _heading("Validation report", summary) + _table(
        ["severity", "code", "path", "message"],
        ([i.severity, i.code, i.path, i.message] for i in self.issues))


def instrument_html(self: _core.Instrument) -> str:
    """Title, scales with their options, subscales with their items, and the items."""
    parts = [_heading(self.title, f"instrument {self.id}")]
    for scale in self.scales:
        options = "; ".join(
            f"{o.code} {o.label}" + (" (no opinion)" if o.non_substantive else "")
            + (" (favorable)" if o.favorable else "") for o in scale.options)
        parts.append(f"<p>Scale <b>{html.escape(scale.id)}</b>: {html.escape(options)}</p>")
    if self.subscales:
        parts.append(_table(["subscale", "title", "items", "min answered"],
                            ([s.id, s.title, ", ".join(s.items),
                              "" if s.min_answered is None else s.min_answered]
                             for s in self.subscales), "Subscales"))
    parts.append(_table(["item", "text", "scale", "reverse keyed"],
                        ([i.id, i.text, i.scale or "(open text)", "yes" if i.reverse_keyed else ""]
                         for i in self.items), "Items"))
    return "".join(parts)


def survey_analysis_html(self: _core.SurveyAnalysis) -> str:
    """Alpha per subscale, ICCs, and the groups per level (published and hidden)."""
    table = self.groups
    parts = [_heading("Survey analysis",
                      f"{len(table.subscales)} subscale(s), levels {', '.join(table.levels)}, "
                      f"minimum group size {table.options.min_group_size}")]
    if self.reliability:
        parts.append(_table(
            ["subscale", "alpha (listwise)", "alpha (pairwise)", "std alpha (pairwise)",
             "complete rows"],
            ([r.subscale, r.listwise.alpha, r.pairwise.alpha, r.pairwise.std_alpha,
              r.listwise.complete_rows] for r in self.reliability), "Reliability"))
    if self.icc:
        parts.append(_table(["level", "subscale", "ICC(1)", "ICC(2)", "groups", "n"],
                            ([r.level, r.subscale, r.icc.icc1, r.icc.icc2, r.icc.groups, r.icc.n]
                             for r in self.icc), "Intraclass correlations"))
    parts.append(group_table_summary(table))
    return "".join(parts)


def group_table_summary(table: _core.GroupTable) -> str:
    """Per level: groups, and how many are published and hidden on the first subscale."""
    columns = table.arrays()
    rows = []
    for index, level in enumerate(table.levels):
        at = columns["group_level"] == index
        if not at.any() or not table.subscales:
            continue
        status = columns["suppression"][0][at]
        rows.append([level, int(at.sum()), int((status == 0).sum()), int((status == 1).sum()),
                     int((status == 2).sum())])
    caption = f"Groups (suppression on subscale {table.subscales[0]})" if table.subscales else "Groups"
    return _table(["level", "groups", "published", "below minimum", "hidden to protect them"],
                  rows, caption)


def group_table_html(self: _core.GroupTable) -> str:
    return _heading("Group table", f"{len(self.subscales)} subscale(s) x {len(self.group_label)} "
                                   f"groups; to_frame() for all of it") + group_table_summary(self)


def install() -> None:
    """Adds _repr_html_ to the bound classes."""
    _core.ValidationReport._repr_html_ = validation_report_html
    _core.Instrument._repr_html_ = instrument_html
    _core.SurveyAnalysis._repr_html_ = survey_analysis_html
    _core.GroupTable._repr_html_ = group_table_html
