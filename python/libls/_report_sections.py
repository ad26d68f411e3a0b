"""The section builders of libls.report, in page order: each a function SurveyReport ->
list[Section] (empty when the section does not apply). libls.report.SECTIONS lists them.

They read group results only through SurveyReport.results (the published groups and the
count of the others), embed plots with embed_figure (an alt text required) and escape
every text from data (the table and paragraph helpers do).
"""

from __future__ import annotations

import math
from typing import TYPE_CHECKING

from . import _core, plots
from ._html import compared_rows, p_value_text, six_factor_html
from ._report_html import (NO_VALUE, Section, bullet_list, embed_figure, escape, figure_axes,
                           heading, interval, num, number, paragraph, percent, table)

if TYPE_CHECKING:  # pragma: no cover
    from .report import LevelResults, SurveyReport

# Groups above which a level's plots are left out (the table still lists every group).
MAX_PLOTTED_GROUPS = 80

_LEVEL_TITLES = {"system": "system", "school": "school", "team": "learning team"}


def _plot_height(rows: int) -> float:
    return max(2.4, 0.9 + 0.27 * rows)


def _level_noun(level: str) -> str:
    return _LEVEL_TITLES.get(level, level)


def _suppressed_note(results: LevelResults, minimum: int) -> str:
    if not results.suppressed:
        return f"All {results.groups} groups are published."
    return (f"{len(results.published)} of {results.groups} groups published; "
            f"{results.suppressed} suppressed ({results.below_minimum} below the minimum "
            f"of {minimum} respondents, {results.complementary} to protect them).")


def about_sections(report: SurveyReport) -> list[Section]:
    """What the report was made from, and with what settings.

    Parameters
    ----------
    report : SurveyReport
        What the report shows.

    Returns
    -------
    list of Section
        One section: about.
    """
    instrument = report.instrument
    options = report.analysis.groups.options
    table_ = report.analysis.groups
    agreement = (list(table_.levels)[table_.agreement_level]
                 if table_.agreement_level >= 0 else "not computed")
    rows = [
        ("Made", report.generated.isoformat(sep=" ").replace("+00:00", " UTC")),
        ("From", report.source or "(data given in Python)"),
        ("Instrument", f"{instrument.title} ({instrument.id}, version "
                       f"{instrument.version or 'not given'})"),
        ("libls", _core.__version__),
        ("Levels", ", ".join(report.levels) or "none (all respondents only)"),
        ("Minimum group size", f"{options.min_group_size} respondents: smaller groups, and "
                               "groups that would give them away, are suppressed"),
        ("Confidence level", f"{100 * options.confidence_level:g} % (t intervals)"),
        ("rwg(j) at level", agreement),
    ]
    if report.cycle_logs:
        rows.append(("Cycle overview as of", report.as_of))
    body = "<dl class=\"about\">" + "".join(
        f"<dt>{escape(k)}</dt><dd>{escape(v)}</dd>" for k, v in rows) + "</dl>"
    return [Section("about", "About this report", body)]


def data_sections(report: SurveyReport) -> list[Section]:
    """Rows read, accepted and rejected, and the first rejected rows' issues.

    Parameters
    ----------
    report : SurveyReport
        What the report shows.

    Returns
    -------
    list of Section
        One section: data.
    """
    read = report.read
    parts = []
    if not report.publishable:
        parts.append(paragraph(f"Fewer than {report.min_group_size} respondents were accepted: "
                               "nothing computed from the answers is published.", "suppressed"))
    elif read is None:
        parts.append(paragraph(f"{report.respondents} respondents (given as a response matrix)."))
    else:
        parts.append(table(["rows read", "accepted", "rejected", "blank lines"],
                           [[num(str(read.rows_read)), num(str(read.accepted)),
                             num(str(read.rejected)), num(str(read.blank_lines))]],
                           "Rows of the file"))
    if read is not None and read.issues:
        total = sum(read.issue_counts.values()) or len(read.issues)
        shown = list(read.issues)[:report.shown_issues]
        parts.append(table(
            ["line", "column", "severity", "code", "message"],
            ([num(str(i.line)), f"{i.column} ({i.column_name})" if i.column_name else str(i.column),
              i.severity.name, i.code, i.message] for i in shown),
            f"Issues found in the file ({len(shown)} of {total} shown)"))
        if total > len(shown):
            parts.append(paragraph(f"... and {total - len(shown)} more issues "
                                   "(libls score prints them all).", "note"))
        parts.append(table(["code", "issues"],
                           ([code, num(str(count))] for code, count in read.issue_counts.items()),
                           "Issues by code"))
    elif read is not None:
        parts.append(paragraph("No row was rejected."))
    return [Section("data", "Data", "".join(parts))]


def overall_sections(report: SurveyReport) -> list[Section]:
    """The results of all respondents on every subscale.

    Parameters
    ----------
    report : SurveyReport
        What the report shows.

    Returns
    -------
    list of Section
        One section (overall), or none when all respondents are too few.
    """
    if not report.publishable:
        return []
    rows = []
    for subscale in report.subscales:
        for g in report.results("all", subscale).published:
            rows.append([subscale, num(str(g.n)), num(number(g.mean)),
                         num(interval(g.ci_lower, g.ci_upper)), num(number(g.standard_deviation)),
                         num(percent(g.percent_favorable))])
    body = table(["subscale", "n", "mean", "interval", "sd", "favorable"], rows,
                 "All respondents") if rows else paragraph(
        "No subscale has enough scored respondents to publish.", "suppressed")
    return [Section("overall", "All respondents", body)]


def _alpha_reasons(reliability: list) -> list[str]:
    notes = []
    for r in reliability:
        for policy in ("listwise", "pairwise"):
            for issue in getattr(r, policy).issues:
                notes.append(f"{r.subscale} ({policy}): {issue.severity.name} {issue.code} at "
                             f"{issue.path or '/'}: {issue.message}")
    return notes


def reliability_sections(report: SurveyReport) -> list[Section]:
    """Cronbach's alpha of every subscale, listwise and pairwise.

    Where alpha is undefined it says so, and the reasons (and the warnings) are listed.

    Parameters
    ----------
    report : SurveyReport
        What the report shows.

    Returns
    -------
    list of Section
        One section (reliability), or none.
    """
    reliability = list(report.analysis.reliability)
    if not report.publishable or not reliability:
        return []

    def alpha(value: float) -> str:
        return "undefined" if math.isnan(value) else f"{value:.3f}"

    rows = [[r.subscale, num(str(r.listwise.item_count)), num(alpha(r.listwise.alpha)),
             num(str(r.listwise.complete_rows)), num(alpha(r.pairwise.alpha)),
             num(alpha(r.pairwise.std_alpha))] for r in reliability]
    body = table(["subscale", "items", "alpha (listwise)", "complete rows", "alpha (pairwise)",
                  "std alpha (pairwise)"], rows, "Cronbach's alpha")
    notes = _alpha_reasons(reliability)
    if notes:
        body += heading(3, "Why alpha is undefined, and warnings") + bullet_list(notes)
    return [Section("reliability", "Reliability", body)]


def items_sections(report: SurveyReport) -> list[Section]:
    """The answers to each item: a Likert plot and the counts behind it.

    Parameters
    ----------
    report : SurveyReport
        What the report shows.

    Returns
    -------
    list of Section
        One section (items), or none.
    """
    if not report.publishable or not report.distributions:
        return []
    distributions = report.distributions
    text = {i.id: i.text for i in report.instrument.items}
    ax = figure_axes(8.0, _plot_height(len(distributions)) + 0.8)
    plots.likert(distributions, ax=ax)
    image = embed_figure(
        ax, f"Diverging bars of the answers to each of the {len(distributions)} items: "
            "unfavorable answers left of zero, favorable to the right, no opinion apart in grey.",
        "Percent of each item's substantive answers per option; no opinion as percent of all "
        "answers.")
    rows = [[d.item, text.get(d.item, ""), num(str(d.substantive)), num(str(d.non_substantive)),
             num(str(d.missing))] for d in distributions]
    body = image + table(["item", "text", "answers", "no opinion", "no answer"], rows, "Items")
    return [Section("items", "Answers to each item", body)]


def _level_table(results: LevelResults, with_agreement: bool, with_parent: bool) -> str:
    header = ["group"] + (["in"] if with_parent else []) + ["n", "mean", "interval", "sd",
                                                           "favorable"]
    header += ["rwg(j)"] if with_agreement else []
    rows = []
    for g in results.published:
        row = [g.group] + ([g.parent or NO_VALUE] if with_parent else [])
        row += [num(str(g.n)), num(number(g.mean)), num(interval(g.ci_lower, g.ci_upper)),
                num(number(g.standard_deviation)), num(percent(g.percent_favorable))]
        if with_agreement:
            row.append(num(number(g.rwg_j)) if g.agreement == "defined" else g.agreement)
        rows.append(row)
    return table(header, rows, f"Published groups on {results.subscale}")


def _group_means_figure(report: SurveyReport, results: LevelResults) -> str:
    count = len(results.published)
    ax = figure_axes(8.0, _plot_height(count))
    plots.group_means(report.analysis.groups, results.subscale, results.level, ax=ax)
    confidence = f"{100 * report.analysis.groups.options.confidence_level:g}"
    noun = _level_noun(results.level)
    return embed_figure(
        ax, f"Mean {results.subscale} score of each of the {count} published {noun} groups "
            f"with its {confidence} % interval; the dashed line is the mean of all respondents. "
            "Suppressed groups are not drawn.",
        f"{noun.capitalize()} means on {results.subscale} ({confidence} % intervals).")


def _heatmap_figure(report: SurveyReport, level: str, rows: int) -> str:
    subscales = len(report.subscales)
    ax = figure_axes(min(3.5 + 1.0 * subscales, 12.0), _plot_height(rows) + 0.6)
    plots.heatmap(report.analysis.groups, level, ax=ax)
    noun = _level_noun(level)
    return embed_figure(
        ax, f"Heatmap of the mean score of {rows} {noun} groups (rows) on {subscales} "
            "subscale(s) (columns); suppressed cells are blank.",
        f"{noun.capitalize()} means by subscale.")


def level_sections(report: SurveyReport) -> list[Section]:
    """A section per level with every published group's results and plots.

    Per subscale: each published group's n, mean with interval, sd, percent favorable and
    (at the agreement level) rwg(j); the suppressed groups only counted; the group means
    plot. Then the level's heatmap of every subscale.

    Parameters
    ----------
    report : SurveyReport
        What the report shows.

    Returns
    -------
    list of Section
        One section per level (level-system, level-school, ...).
    """
    if not report.publishable:
        return []
    table_ = report.analysis.groups
    agreement = list(table_.levels)[table_.agreement_level] if table_.agreement_level >= 0 else None
    made = []
    for depth, level in enumerate(report.levels):
        parts, shown = [], set()
        for subscale in report.subscales:
            results = report.results(level, subscale)
            parts.append(heading(3, subscale))
            parts.append(paragraph(_suppressed_note(results, report.min_group_size),
                                   "suppressed" if results.suppressed else "note"))
            if not results.published:
                continue
            shown |= {g.group for g in results.published}
            parts.append(_level_table(results, level == agreement, depth > 0))
            if len(results.published) <= MAX_PLOTTED_GROUPS:
                parts.append(_group_means_figure(report, results))
        if shown and len(shown) <= MAX_PLOTTED_GROUPS:
            parts.append(heading(3, "All subscales"))
            parts.append(_heatmap_figure(report, level, len(shown)))
        elif len(shown) > MAX_PLOTTED_GROUPS:
            parts.append(paragraph(f"More than {MAX_PLOTTED_GROUPS} groups: no plots (the "
                                   "tables list every published group).", "note"))
        made.append(Section(f"level-{level}", f"Results by {_level_noun(level)}", "".join(parts)))
    return made


def _comparison_table(comparison: _core.GroupComparison, k: int, columns: dict) -> tuple[str, int]:
    """The compared groups of subscale k (suppressed ones only counted): the table and
    how many were left out."""
    rows, hidden = compared_rows(comparison, k, columns)
    cells = [[r["group"], num(str(int(r["n"]))), num(number(float(r["mean"]))),
              num(number(float(r["difference"]))),
              num(interval(float(r["difference_ci_lower"]), float(r["difference_ci_upper"]))),
              num(number(float(r["hedges_g"]))), num(p_value_text(r["p_holm"], NO_VALUE)),
              num(p_value_text(r["p_bh"], NO_VALUE)), r["note"] or NO_VALUE] for r in rows]
    level = f"{100 * comparison.options.confidence_level:g}"
    header = ["group", "n", "mean", "difference", f"{level} % interval", "Hedges' g",
              "p (Holm)", "p (BH)", "note"]
    return table(header, cells, f"{comparison.subscales[k]}: against "
                                f"{comparison.reference_label}"), hidden


def _differences_figure(comparison: _core.GroupComparison, k: int, compared: int) -> str:
    subscale, noun = comparison.subscales[k], _level_noun(comparison.options.level)
    ax = figure_axes(8.0, _plot_height(compared))
    plots.differences(comparison, subscale, ax=ax)
    level = f"{100 * comparison.options.confidence_level:g}"
    return embed_figure(
        ax, f"Difference of the mean {subscale} score of each of the {compared} compared "
            f"{noun} groups from {comparison.reference_label}, with its {level} % Welch "
            "interval; filled points remain below 0.05 after Holm's adjustment. Suppressed "
            "groups are not drawn.",
        f"{noun.capitalize()} groups against {comparison.reference_label} on {subscale}.")


def comparison_sections(report: SurveyReport) -> list[Section]:
    """The groups of each level against the rest of the system.

    Per level with two or more groups and per subscale: each compared group's n, mean,
    difference from the rest of the respondents with its Welch interval, Hedges' g and
    p adjusted by Holm and by Benjamini-Hochberg across the level's groups
    (libls.compare_groups), and the differences plot. Suppressed groups are only counted:
    compare_groups shows nothing of them, not even their rest.

    Parameters
    ----------
    report : SurveyReport
        What the report shows.

    Returns
    -------
    list of Section
        One section (comparison), or none when nothing can be compared.
    """
    if not report.publishable:
        return []
    parts = []
    for level in report.levels:
        comparison = _core.compare_groups(report.analysis.groups,
                                          _core.ComparisonOptions(level=level))
        if len(comparison.group_label) < 2:
            continue
        columns = comparison.arrays()
        parts.append(heading(3, f"{_level_noun(level).capitalize()} groups"))
        for k in range(len(comparison.subscales)):
            made, hidden = _comparison_table(comparison, k, columns)
            compared = int((columns["status"][k] == _core.ComparisonStatus.compared.value).sum())
            if hidden:
                parts.append(paragraph(f"{hidden} suppressed group(s) of this level are not "
                                       "compared or shown.", "suppressed"))
            parts.append(made)
            if 0 < compared <= MAX_PLOTTED_GROUPS:
                parts.append(_differences_figure(comparison, k, compared))
    if not parts:
        return []
    intro = paragraph("Each group against everyone else who answered (the rest of the "
                      "system): the difference of the means with Welch's interval, Hedges' g, "
                      "and p-values adjusted across the groups of a level by Holm (family-wise "
                      "error) and Benjamini-Hochberg (false discovery rate).", "note")
    return [Section("comparison", "Comparison", intro + "".join(parts))]


def six_factor_sections(report: SurveyReport) -> list[Section]:
    """Each six-factor assessment: its ratings table and profile plot.

    The table is the one Jupyter shows (every participant's rating, the group and team
    consensus).

    Parameters
    ----------
    report : SurveyReport
        What the report shows.

    Returns
    -------
    list of Section
        One section (six-factor), or none when no assessment is given.
    """
    if not report.six_factor:
        return []
    parts = []
    for assessment in report.six_factor:
        ax = figure_axes(8.0, 4.2)
        plots.six_factor_profile(assessment, ax=ax)
        people = len(assessment.participants)
        parts.append(six_factor_html(assessment))
        parts.append(embed_figure(
            ax, f"Ratings of the six factors (1 to 4) by {people} participant(s) of "
                f"{assessment.system} on {assessment.date}, beside the team consensus.",
            f"Six-factor profile: {assessment.system}, {assessment.date}."))
    return [Section("six-factor", "Six-factor assessments", "".join(parts))]


def cycle_sections(report: SurveyReport) -> list[Section]:
    """Where every learning team is in its cycle of continuous improvement.

    A table of ``libls.cycle_overview`` as of the report's date and the progress plot.

    Parameters
    ----------
    report : SurveyReport
        What the report shows.

    Returns
    -------
    list of Section
        One section (cycles), or none when no log is given.
    """
    if not report.cycle_logs:
        return []
    overview = _core.cycle_overview(report.cycle_logs, report.as_of)
    rows = []
    for team in overview.teams:
        p = team.position
        stage = _core.describe_cycle_stage(p.stage).title if p is not None else NO_VALUE
        step = f"{p.stage_number} of {p.stage_count}" if p is not None else NO_VALUE
        notes = "; ".join(f"{i.code}: {i.message}" for i in team.issues)
        rows.append([team.team, team.school or NO_VALUE, team.state.name.replace("_", " "), stage,
                     num(step), num(str(p.iteration)) if p is not None else NO_VALUE,
                     num(p.since) if p is not None else NO_VALUE,
                     num(number(team.days_in_stage)), notes])
    ax = figure_axes(8.0, _plot_height(len(overview.teams)))
    plots.cycle_progress(overview, ax=ax)
    body = table(["team", "school", "state", "stage", "step", "iteration", "since",
                  "days in stage", "notes"], rows, f"Cycle overview as of {overview.as_of}")
    body += embed_figure(
        ax, f"The step of the cycle each of the {len(overview.teams)} learning team(s) is on "
            f"as of {overview.as_of}.", "Cycle of continuous improvement: each team's step.")
    return [Section("cycles", "Cycles of continuous improvement", body)]
