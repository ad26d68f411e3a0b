"""Jupyter display: ``_repr_html_`` for the objects an analyst looks at. Compact tables,
every text escaped, no scripts or styles from outside (a notebook saved with them shows
the same thing anywhere).
"""

from __future__ import annotations

import html
import inspect
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
    """Jupyter display: every issue, with its severity, code, path and message.

    Returns
    -------
    str
        HTML: "Valid" when there are no issues, else the counts of errors and warnings
        and a table of the issues.
    """
    if self.ok() and not self.issues:
        return "<p><b>Valid</b>: no issues.</p>"
    summary = f"{self.error_count()} error(s), {self.warning_count()} warning(s)"
    return _heading("Validation report", summary) + _table(
        ["severity", "code", "path", "message"],
        ([i.severity, i.code, i.path, i.message] for i in self.issues))


def instrument_html(self: _core.Instrument) -> str:
    """Jupyter display: the title, the scales, the subscales and the items.

    Returns
    -------
    str
        HTML: each scale with its options (no opinion and favorable ones marked), a
        table of subscales with their items, and a table of items (text, scale, reverse
        key).
    """
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
    """Jupyter display: alpha per subscale, the ICCs, and the groups of each level.

    Returns
    -------
    str
        HTML: a reliability table (alpha listwise and pairwise), the intraclass
        correlations per level and subscale, and per level how many groups are published
        and how many hidden (below the minimum size, or to protect another group).
    """
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
    """Jupyter display: the size of the table and its groups per level.

    Returns
    -------
    str
        HTML: how many subscales and groups, and per level how many groups are
        published and hidden; ``to_frame()`` gives all of it.
    """
    return _heading("Group table", f"{len(self.subscales)} subscale(s) x {len(self.group_label)} "
                                   f"groups; to_frame() for all of it") + group_table_summary(self)


def _list(items: Iterable[str]) -> str:
    """Already-escaped pieces as an HTML list (empty text for none)."""
    items = list(items)
    return "<ul>" + "".join(f"<li>{i}</li>" for i in items) + "</ul>" if items else ""


def _grid(header: Sequence[str], rows: Iterable[tuple[str, Sequence[str]]], caption: str) -> str:
    """A table whose cells are HTML already (escaped by the caller): (row heading, cells)."""
    parts = [f"<table class=\"libls\"><caption>{html.escape(caption)}</caption><thead><tr>"]
    parts += [f"<th>{html.escape(h)}</th>" for h in header]
    parts.append("</tr></thead><tbody>")
    for heading, cells in rows:
        parts.append(f"<tr><th>{html.escape(heading)}</th>" + "".join(f"<td>{c}</td>" for c in cells)
                     + "</tr>")
    return "".join(parts) + "</tbody></table>"


def kasab_chart_html(self: _core.KasabChart) -> str:
    """Jupyter display: the thinking chart, KASAB dimensions by roles.

    Returns
    -------
    str
        HTML: a row per dimension (knowledge, attitudes, skills, aspirations,
        behaviors), a column per role of the chart, the descriptors of each cell as a
        list with drafts marked.
    """
    roles = list(self.roles)
    by_cell = {(c.dimension, c.role): c.descriptors for c in self.cells}

    def cell(dimension, role) -> str:
        return _list(html.escape(d.text) + ("" if d.status == _core.DescriptorStatus.agreed
                                            else f" <i>({html.escape(d.status.name)})</i>")
                     for d in by_cell.get((dimension, role), []))

    rows = ((_core.kasab_dimension_title(k), [cell(k, r) for r in roles])
            for k in _core.kasab_dimensions())
    return (_heading(self.title, f"KASAB chart {self.id}" + (f", {self.date}" if self.date else ""))
            + _grid(["", *roles], rows, "Knowledge, attitudes, skills, aspirations, behaviors"))


def six_factor_html(self: _core.SixFactorAssessment) -> str:
    """Jupyter display: every rating of each factor, and both kinds of consensus.

    Returns
    -------
    str
        HTML: a row per factor, a column per participant, then the group consensus
        and the team consensus (rating, examples, next steps).
    """
    people = [p.participant for p in self.participants]
    rating = {(p.participant, r.factor): r.rating for p in self.participants for r in p.ratings}
    group = {g.factor: g for g in self.group_consensus}
    team = {t.factor: t for t in self.team_consensus}

    def consensus(entry) -> str:
        if entry is None:
            return ""
        examples = _list(html.escape(e) for e in entry.examples)
        steps = _list(html.escape(s) for s in getattr(entry, "next_steps", []))
        return f"<b>{entry.rating}</b>{examples}" + (f"next steps: {steps}" if steps else "")

    rows = ((_core.support_factor_title(f),
             [html.escape(str(rating.get((p, f), ""))) for p in people]
             + [consensus(group.get(f)), consensus(team.get(f))])
            for f in _core.support_factors())
    return (_heading("Six-factor assessment", f"{self.system}, {self.date}")
            + _grid(["factor", *people, "group consensus", "team consensus"], rows,
                    "Ratings 1-4 (4: the factor is fully in place)"))


def cycle_log_html(self: _core.CycleLog) -> str:
    """Jupyter display: the team's steps through the cycle, as a timeline.

    Returns
    -------
    str
        HTML: a row per entry of the log in order, with its stage, iteration, dates,
        owner and state (done, in progress, or skipped with the reason).
    """
    def step(entry) -> list:
        title = _core.describe_cycle_stage(entry.stage).title
        state = f"skipped: {entry.skip_reason}" if entry.skipped else (
            "in progress" if not entry.ended else "done")
        return [title, entry.iteration, entry.started, entry.ended or "", entry.owner, state]

    return (_heading(f"Cycle of continuous improvement: team {self.team}",
                     self.definition.name.replace("_", " "))
            + _table(["stage", "iteration", "started", "ended", "owner", "state"],
                     (step(e) for e in self.entries), "Timeline"))


def p_value_text(p: float, missing: str = "") -> str:
    """A p-value as read in a table: three decimals, or "< 0.001"; `missing` for NaN."""
    if math.isnan(p):
        return missing
    return "< 0.001" if p < 0.001 else f"{p:.3f}"


def compared_rows(comparison: _core.GroupComparison, k: int,
                  columns: dict) -> tuple[list[dict], int]:
    """The entries of subscale k that may be shown, as dicts of the arrays' values (and
    "group", "note"), and how many suppressed groups were left out. Shared by the
    notebook display and the HTML report, so both leave out the same groups."""
    hidden_code = _core.ComparisonStatus.group_suppressed.value
    rows, hidden = [], 0
    for j, label in enumerate(comparison.group_label):
        status = int(columns["status"][k, j])
        if status == hidden_code:
            hidden += 1
            continue
        row = {name: values[k, j] for name, values in columns.items() if values.ndim == 2}
        row.update(group=label, note=_core.comparison_note(_core.ComparisonStatus(status)))
        rows.append(row)
    return rows, hidden


def group_comparison_html(self: _core.GroupComparison) -> str:
    """Jupyter display: every compared group of each subscale against its reference.

    Suppressed groups are not listed, only counted; a comparison that could not be made
    shows the group's own numbers and the reason.

    Returns
    -------
    str
        HTML: a heading (the level, the reference, the interval level), then per subscale
        a table of the groups' n and mean, the difference with its interval, Hedges' g,
        p and its Holm and Benjamini-Hochberg adjustments, and a note.
    """
    columns = self.arrays()
    level = int(round(100 * self.options.confidence_level))
    parts = [_heading(f"{self.options.level} against {self.reference_label}",
                      f"{level} % intervals; p adjusted across the groups of each subscale")]
    for k, subscale in enumerate(self.subscales):
        rows, hidden = compared_rows(self, k, columns)
        cells = [[r["group"], int(r["n"]), float(r["mean"]), float(r["difference"]),
                  "" if math.isnan(r["difference_ci_lower"]) else
                  f"{r['difference_ci_lower']:.3f} to {r['difference_ci_upper']:.3f}",
                  float(r["hedges_g"]), p_value_text(r["p_value"]), p_value_text(r["p_holm"]),
                  p_value_text(r["p_bh"]), r["note"]] for r in rows]
        caption = subscale + (f" ({hidden} suppressed group(s) not shown)" if hidden else "")
        parts.append(_table(["group", "n", "mean", "difference", f"{level} % interval",
                             "Hedges' g", "p", "p (Holm)", "p (BH)", "note"], cells, caption))
    return "".join(parts)


def wave_comparison_html(self: _core.WaveComparison) -> str:
    """Jupyter display: each group's change between the two waves, and the cohort's summary.

    Groups suppressed in either wave are not listed, only counted; groups in one wave only
    are counted too; a change that could not be tested shows both waves and the reason.

    Returns
    -------
    str
        HTML: a heading (the level, the interval level), then per subscale the cohort's
        summary (its size, how many increased or decreased with Holm p below alpha, its
        pooled means) and a table of the groups published in both waves: n and mean of
        each wave, the change with its interval, Hedges' g, p, Holm and BH, and a note.
    """
    columns = self.arrays()
    level = int(round(100 * self.options.confidence_level))
    parts = [_heading(f"{self.options.level}: change between two waves",
                      f"{level} % intervals; p adjusted across the groups of each subscale")]
    suppressed = {_core.WaveStatus.suppressed_before.value, _core.WaveStatus.suppressed_after.value,
                  _core.WaveStatus.suppressed_both.value}
    one_wave = {_core.WaveStatus.only_before.value, _core.WaveStatus.only_after.value}
    for k, subscale in enumerate(self.subscales):
        cells, hidden, single = [], 0, 0
        for j, label in enumerate(self.group_label):
            status = int(columns["status"][k, j])
            if status in suppressed:
                hidden += 1
                continue
            if status in one_wave:
                single += 1
                continue
            lower, upper = columns["change_ci_lower"][k, j], columns["change_ci_upper"][k, j]
            note = _core.wave_note(_core.WaveStatus(status),
                                   _core.ComparisonStatus(int(columns["test_status"][k, j])))
            cells.append([label, int(columns["before_n"][k, j]),
                          float(columns["before_mean"][k, j]), int(columns["after_n"][k, j]),
                          float(columns["after_mean"][k, j]), float(columns["change"][k, j]),
                          "" if math.isnan(lower) else f"{lower:.3f} to {upper:.3f}",
                          float(columns["hedges_g"][k, j]), p_value_text(columns["p_value"][k, j]),
                          p_value_text(columns["p_holm"][k, j]),
                          p_value_text(columns["p_bh"][k, j]), note])
        summary = (f"cohort of {self.cohort_size[k]} group(s): {self.increased[k]} increased, "
                   f"{self.decreased[k]} decreased (Holm p < {self.options.alpha:g}), "
                   f"{self.no_clear_change[k]} no clear change")
        if self.cohort_size[k]:
            summary += (f"; pooled mean {self.cohort_before_mean[k]:.3f} to "
                        f"{self.cohort_after_mean[k]:.3f}")
        left_out = [f"{count} {what}" for count, what in
                    ((hidden, "suppressed in a wave"), (single, "in one wave only")) if count]
        caption = subscale + (f" (groups not shown: {', '.join(left_out)})" if left_out else "")
        parts.append(f"<p>{html.escape(summary)}</p>")
        parts.append(_table(["group", "n before", "mean before", "n after", "mean after",
                             "change", f"{level} % interval", "Hedges' g", "p", "p (Holm)",
                             "p (BH)", "note"], cells, caption))
    return "".join(parts)


def install() -> None:
    """Adds _repr_html_ to the bound classes."""
    methods = {
        _core.ValidationReport: validation_report_html,
        _core.Instrument: instrument_html,
        _core.SurveyAnalysis: survey_analysis_html,
        _core.GroupTable: group_table_html,
        _core.GroupComparison: group_comparison_html,
        _core.WaveComparison: wave_comparison_html,
        _core.KasabChart: kasab_chart_html,
        _core.SixFactorAssessment: six_factor_html,
        _core.CycleLog: cycle_log_html,
    }
    for cls, method in methods.items():
        # Without the source's indent, as the bound methods' docstrings are (and the stubs).
        method.__doc__ = inspect.cleandoc(method.__doc__)
        cls._repr_html_ = method
