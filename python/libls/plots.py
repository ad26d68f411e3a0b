"""Plots of libls results, drawn with matplotlib and returned, never shown.

Each function takes an optional ``ax`` and returns the Axes it drew on (a new Figure's
when none is given; no pyplot state is touched, so nothing appears unless the caller
shows it).

- likert: diverging stacked bars of item answers, "no opinion" drawn apart;
- group_means: group means with their confidence intervals (a district comparison),
  suppressed groups left out;
- differences: each compared group's difference from its reference with its interval (a
  forest plot of compare_groups' result);
- heatmap: groups x subscales, suppressed cells blank;
- six_factor_profile: each participant's rating of each factor beside the consensus;
- cycle_progress: how far each learning team is through its cycle.

matplotlib is imported when a plot is asked for, not with libls.
"""

from __future__ import annotations

import textwrap
from typing import TYPE_CHECKING, Sequence

import numpy as np

from . import _core

if TYPE_CHECKING:  # pragma: no cover
    import matplotlib.axes

# Colours from unfavorable to favorable (a diverging palette), and grey for answers that
# are not on the scale's line (no opinion).
_NEGATIVE = ("#b2182b", "#d6604d", "#f4a582", "#fddbc7")
_POSITIVE = ("#d1e5f0", "#92c5de", "#4393c3", "#2166ac")
_NEUTRAL = "#e0e0e0"
_NON_SUBSTANTIVE = "#9e9e9e"


def _axes(ax):
    if ax is not None:
        return ax
    try:
        from matplotlib.figure import Figure
    except ImportError as e:  # pragma: no cover - matplotlib is installed with the tests
        raise ImportError("libls.plots needs matplotlib: pip install matplotlib") from e
    return Figure(figsize=(8, 4.5), layout="constrained").add_subplot()


def _option_colours(count: int) -> list[str]:
    """count colours from most unfavorable to most favorable, grey in the middle if odd."""
    half = count // 2
    negative = list(_NEGATIVE[len(_NEGATIVE) - half:]) if half <= len(_NEGATIVE) else \
        list(np.resize(_NEGATIVE, half))
    positive = list(_POSITIVE[:half]) if half <= len(_POSITIVE) else list(np.resize(_POSITIVE, half))
    return negative + ([_NEUTRAL] if count % 2 else []) + positive


def likert(distributions: Sequence[_core.ItemDistribution],
           ax: matplotlib.axes.Axes | None = None,
           title: str | None = None) -> matplotlib.axes.Axes:
    """Diverging stacked bars of the answers to each item, one bar per item.

    Substantive answers, as percent of an item's substantive answers, run from the most
    unfavorable option (left) to the most favorable (right) around 0; the middle option of
    an odd scale is split across 0. Non-substantive answers ("no opinion"), as percent of
    all answers, are a separate grey bar to the right of 100, so they never shift the
    balance. Options are ordered by code as the scale gives them, the lowest first.

    Parameters
    ----------
    distributions : sequence of ItemDistribution
        One per item, as ``item_distributions`` returns them; the first is drawn at the top.
    ax : matplotlib.axes.Axes, optional
        The Axes to draw on; by default a new Figure's (no pyplot state is touched).
    title : str, optional
        A title for the Axes.

    Returns
    -------
    matplotlib.axes.Axes
        The Axes drawn on.

    Raises
    ------
    ImportError
        When matplotlib is not installed.
    """
    ax = _axes(ax)
    items = [d.item for d in distributions]
    y = np.arange(len(items))[::-1]
    drawn_labels: set[str] = set()
    for row, d in zip(y, distributions):
        options = sorted((c for c in d.codes if c.kind == _core.AnswerKind.substantive),
                         key=lambda c: c.code)
        percents = np.array([c.percent_of_answers for c in options], dtype=float)
        colours = _option_colours(len(options))
        middle = len(options) // 2
        left = -(percents[:middle].sum() + (percents[middle] / 2 if len(options) % 2 else 0.0))
        for option, percent, colour in zip(options, percents, colours):
            label = option.label if option.label not in drawn_labels else "_nolegend_"
            drawn_labels.add(option.label)
            ax.barh(row, percent, left=left, color=colour, edgecolor="white", label=label)
            left += percent
        answered = d.substantive + d.non_substantive
        if d.non_substantive:
            share = 100.0 * d.non_substantive / answered
            label = "no opinion (of all answers)" if "ns" not in drawn_labels else "_nolegend_"
            drawn_labels.add("ns")
            ax.barh(row, share, left=105, color=_NON_SUBSTANTIVE, edgecolor="white", label=label)
    ax.axvline(0, color="black", linewidth=0.8)
    ax.set_yticks(y, items)
    ax.set_xlabel("percent of substantive answers (left: unfavorable, right: favorable)")
    ax.legend(loc="upper center", bbox_to_anchor=(0.5, -0.15), ncol=3, frameon=False)
    if title:
        ax.set_title(title)
    return ax


def group_means(table: _core.GroupTable, subscale: str, level: str,
                ax: matplotlib.axes.Axes | None = None,
                title: str | None = None) -> matplotlib.axes.Axes:
    """The mean of each published group of a level, with its t interval.

    Groups are sorted by mean, the smallest at the bottom; the mean of all respondents is
    a dashed vertical line. Suppressed groups are not drawn, not even their names: the
    plot shows only what the table publishes. A group whose interval is undefined (one
    respondent, no spread) gets a point without a bar.

    Parameters
    ----------
    table : GroupTable
        The groups, e.g. ``analyse(...).groups``.
    subscale : str
        The id of the subscale whose means are drawn.
    level : str
        The level whose groups are drawn ("school", "team", ...).
    ax : matplotlib.axes.Axes, optional
        The Axes to draw on; by default a new Figure's (no pyplot state is touched).
    title : str, optional
        A title for the Axes.

    Returns
    -------
    matplotlib.axes.Axes
        The Axes drawn on.

    Raises
    ------
    ValueError
        When the table has no such subscale or level.
    ImportError
        When matplotlib is not installed.
    """
    ax = _axes(ax)
    columns = table.arrays()
    k = list(table.subscales).index(subscale)
    at = np.flatnonzero((columns["group_level"] == list(table.levels).index(level))
                        & (columns["suppression"][k] == 0))
    means = columns["mean"][k, at]
    order = np.argsort(means, kind="stable")
    at, means = at[order], means[order]
    lower, upper = columns["ci_lower"][k, at], columns["ci_upper"][k, at]
    # Groups whose interval is undefined (n = 1, no spread) get a point and no bar.
    error = np.vstack([np.nan_to_num(means - lower), np.nan_to_num(upper - means)])
    y = np.arange(len(at))
    ax.errorbar(means, y, xerr=error, fmt="o", color="#2166ac", ecolor="#92c5de", capsize=3,
                label=f"{level} mean, {int(round(100 * table.options.confidence_level))}% interval")
    overall = columns["mean"][k, 0]
    if columns["suppression"][k, 0] == 0 and not np.isnan(overall):
        ax.axvline(overall, color="black", linestyle="--", linewidth=0.8, label="all respondents")
    ax.set_yticks(y, [table.group_label[i] for i in at])
    ax.set_xlabel(f"{subscale} score")
    ax.legend(loc="lower right", frameon=False)
    if title:
        ax.set_title(title)
    return ax


def heatmap(table: _core.GroupTable, level: str, statistic: str = "mean",
            ax: matplotlib.axes.Axes | None = None,
            title: str | None = None) -> matplotlib.axes.Axes:
    """Groups of a level by subscales, each cell coloured by a statistic.

    Suppressed entries are left blank, and a group suppressed on every subscale is not
    drawn at all. A colour bar beside the Axes gives the scale.

    Parameters
    ----------
    table : GroupTable
        The groups, e.g. ``analyse(...).groups``.
    level : str
        The level whose groups are the rows.
    statistic : str
        A per-subscale column of ``GroupTable.arrays()``: "mean", "percent_favorable",
        "standard_deviation", "rwg_j", ...
    ax : matplotlib.axes.Axes, optional
        The Axes to draw on; by default a new Figure's (no pyplot state is touched).
    title : str, optional
        A title for the Axes.

    Returns
    -------
    matplotlib.axes.Axes
        The Axes drawn on.

    Raises
    ------
    ValueError
        When the table has no such level.
    KeyError
        When ``statistic`` is not a column of ``GroupTable.arrays()``.
    ImportError
        When matplotlib is not installed.
    """
    ax = _axes(ax)
    columns = table.arrays()
    rows = np.flatnonzero(columns["group_level"] == list(table.levels).index(level))
    published = columns["suppression"][:, rows] == 0
    rows = rows[published.any(axis=0)]
    values = np.ma.masked_array(columns[statistic][:, rows].T,
                                mask=(columns["suppression"][:, rows] != 0).T)
    values = np.ma.masked_invalid(values)
    image = ax.imshow(values, aspect="auto", cmap="RdBu", interpolation="nearest")
    ax.figure.colorbar(image, ax=ax, label=statistic)
    ax.set_xticks(np.arange(len(table.subscales)), list(table.subscales), rotation=45, ha="right")
    ax.set_yticks(np.arange(len(rows)), [table.group_label[i] for i in rows])
    if title:
        ax.set_title(title)
    return ax


def six_factor_profile(assessment: _core.SixFactorAssessment,
                       ax: matplotlib.axes.Axes | None = None,
                       title: str | None = None) -> matplotlib.axes.Axes:
    """Every participant's rating of each of the six factors beside the team's rating.

    Participants' ratings are grey points, set side by side so that equal ratings stay
    visible; the team consensus is a black diamond. The factors run along the x axis in
    the book's order, the ratings 1-4 up the y axis.

    Parameters
    ----------
    assessment : SixFactorAssessment
        The ratings to draw; factors without a team consensus get no diamond.
    ax : matplotlib.axes.Axes, optional
        The Axes to draw on; by default a new Figure's (no pyplot state is touched).
    title : str, optional
        A title for the Axes.

    Returns
    -------
    matplotlib.axes.Axes
        The Axes drawn on.

    Raises
    ------
    ImportError
        When matplotlib is not installed.
    """
    ax = _axes(ax)
    factors = list(_core.support_factors())
    people = assessment.participants
    spread = np.linspace(-0.25, 0.25, max(len(people), 1)) if len(people) > 1 else [0.0]
    for offset, person in zip(spread, people):
        points = [(factors.index(r.factor) + offset, r.rating) for r in person.ratings]
        if points:
            x, y = zip(*points)
            ax.scatter(x, y, color="#9e9e9e", s=18, zorder=2,
                       label="participants" if offset == spread[0] else "_nolegend_")
    team = [(factors.index(t.factor), t.rating) for t in assessment.team_consensus]
    if team:
        x, y = zip(*team)
        ax.scatter(x, y, marker="D", color="black", s=50, zorder=3, label="team consensus")
    # The factors' titles are long: wrapped on a few short lines, they fit under their
    # column without a slant that would push the first one off the figure.
    ax.set_xticks(np.arange(len(factors)),
                  [textwrap.fill(_core.support_factor_title(f), 16) for f in factors])
    ax.set_yticks([1, 2, 3, 4])
    ax.set_ylim(0.5, 4.5)
    ax.set_ylabel("rating")
    ax.legend(loc="upper right", frameon=False)
    if title:
        ax.set_title(title)
    return ax


def cycle_progress(report: _core.CycleOverviewReport,
                   ax: matplotlib.axes.Axes | None = None,
                   title: str | None = None) -> matplotlib.axes.Axes:
    """A bar per learning team: how far it is through its cycle of improvement.

    Each bar is the step the team is on out of its cycle's six or seven steps, labelled
    with the stage and the days spent in it. Teams without a log, not started, or with an
    invalid log get no bar and their state as the label.

    Parameters
    ----------
    report : CycleOverviewReport
        Where every team is, as ``cycle_overview`` returns it; the first team is at the top.
    ax : matplotlib.axes.Axes, optional
        The Axes to draw on; by default a new Figure's (no pyplot state is touched).
    title : str, optional
        A title for the Axes.

    Returns
    -------
    matplotlib.axes.Axes
        The Axes drawn on.

    Raises
    ------
    ImportError
        When matplotlib is not installed.
    """
    ax = _axes(ax)
    teams = list(report.teams)
    y = np.arange(len(teams))[::-1]
    for row, team in zip(y, teams):
        position = team.position
        if team.state == _core.TeamCycleState.in_progress and position is not None:
            ax.barh(row, position.stage_count, color="#e0e0e0")
            ax.barh(row, position.stage_number, color="#4393c3")
            stage = _core.describe_cycle_stage(position.stage).title
            ax.text(position.stage_count + 0.1, row, f"{stage}, {team.days_in_stage} days",
                    va="center", fontsize=8)
        else:
            ax.text(0.1, row, team.state.name.replace("_", " "), va="center", fontsize=8)
    ax.set_yticks(y, [t.team for t in teams])
    # Room for the row of a team without a bar (its text alone sets no limit).
    ax.set_ylim(-0.6, len(teams) - 0.4)
    ax.set_xlabel("step of the cycle")
    if title:
        ax.set_title(title)
    return ax


def differences(comparison: _core.GroupComparison, subscale: str,
                ax: matplotlib.axes.Axes | None = None,
                title: str | None = None) -> matplotlib.axes.Axes:
    """Each compared group's difference from its reference, with its interval.

    A forest plot of ``compare_groups``' result: one row per group, sorted by difference
    (the smallest at the bottom), the difference of the means as a point and its Welch
    interval as a bar, and a vertical line at 0. A group whose difference remains after
    Holm's adjustment (``p_holm`` below 0.05) is drawn filled, the others hollow. Groups
    that are suppressed, or whose comparison is undefined (see ``status``), are not drawn;
    the x label names the reference.

    Parameters
    ----------
    comparison : GroupComparison
        The result of ``compare_groups``.
    subscale : str
        The id of the subscale whose differences are drawn.
    ax : matplotlib.axes.Axes, optional
        The Axes to draw on; by default a new Figure's (no pyplot state is touched).
    title : str, optional
        A title for the Axes.

    Returns
    -------
    matplotlib.axes.Axes
        The Axes drawn on.

    Raises
    ------
    ValueError
        When the comparison has no such subscale.
    ImportError
        When matplotlib is not installed.
    """
    subscales = list(comparison.subscales)
    if subscale not in subscales:
        raise ValueError(f"no subscale {subscale!r}; the comparison has {', '.join(subscales)}")
    ax = _axes(ax)
    columns = comparison.arrays()
    k = subscales.index(subscale)
    compared = columns["status"][k] == _core.ComparisonStatus.compared.value
    at = np.flatnonzero(compared)
    order = np.argsort(columns["difference"][k, at], kind="stable")
    at = at[order]
    difference = columns["difference"][k, at]
    error = np.vstack([difference - columns["difference_ci_lower"][k, at],
                       columns["difference_ci_upper"][k, at] - difference])
    y = np.arange(len(at))
    level = int(round(100 * comparison.options.confidence_level))
    ax.errorbar(difference, y, xerr=error, fmt="none", ecolor="#92c5de", capsize=3,
                label=f"{level}% interval")
    holds = columns["p_holm"][k, at] < 0.05
    ax.plot(difference[holds], y[holds], "o", color="#2166ac",
            label="p (Holm) < 0.05")
    ax.plot(difference[~holds], y[~holds], "o", markerfacecolor="white", color="#2166ac",
            label="p (Holm) ≥ 0.05")
    ax.axvline(0, color="black", linewidth=0.8)
    ax.set_yticks(y, [comparison.group_label[j] for j in at])
    ax.set_xlabel(f"{subscale}: difference from {comparison.reference_label}")
    ax.legend(loc="lower right", frameon=False)
    if title:
        ax.set_title(title)
    return ax
