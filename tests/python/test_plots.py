"""Plots render with the right elements: bars per item and option, "no opinion" apart,
group intervals for published groups only. No pixels compared."""

from __future__ import annotations

import numpy as np
import pytest
from matplotlib.collections import LineCollection
from matplotlib.figure import Figure

import libls
from test_analysis import analyse_generated
from test_html import sample_assessment, sample_cycle_log

M = -128


@pytest.fixture
def wawn_distributions():
    wawn = libls.builtin_instrument("where_are_we_now")
    items = wawn.rated_item_ids()
    codes = np.asfortranarray(np.array([[5, 4, 3, 2, 1], [4, M, 3, 5, 5], [2, 2, 1, M, 3],
                                        [1, 5, 5, 5, 4]], dtype=np.int8))
    return libls.item_distributions(codes, libls.scoring_plan(wawn, items))


def test_likert_draws_a_bar_per_item_and_option_and_no_opinion_apart(wawn_distributions):
    ax = libls.plots.likert(wawn_distributions, title="Where are we now?")
    assert isinstance(ax.figure, Figure)
    assert [t.get_text() for t in ax.get_yticklabels()] == [d.item for d in wawn_distributions]
    options = 4  # substantive options; "no opinion" is drawn apart
    with_no_opinion = sum(1 for d in wawn_distributions if d.non_substantive)
    assert with_no_opinion == 2  # leaders_align (twice) and the fifth item
    assert len(ax.patches) == options * len(wawn_distributions) + with_no_opinion
    legend = [t.get_text() for t in ax.get_legend().get_texts()]
    assert legend == ["strongly disagree", "disagree", "agree", "strongly agree",
                      "no opinion (of all answers)"]
    # The first item (5, 4, 2, 1): the bars cover 100 % of its substantive answers, and
    # the unfavorable half (2, 1) lies left of 0.
    top = max(p.get_y() for p in ax.patches)
    first = [p for p in ax.patches if p.get_y() == top and p.get_x() < 100]
    assert sum(p.get_width() for p in first) == pytest.approx(100)
    assert min(p.get_x() for p in first) == pytest.approx(-50)
    grey = [p for p in ax.patches if p.get_x() >= 100]
    assert all(p.get_facecolor()[:3] == pytest.approx((0.62, 0.62, 0.62), abs=0.01) for p in grey)


def test_group_means_show_published_groups_only_with_their_intervals():
    _, analysis = analyse_generated(min_group_size=5)
    table = analysis.groups
    frame = table.to_frame()
    schools = frame[(frame["subscale"] == "all5") & (frame["level"] == "school")]
    published = schools[schools["suppression"] == "none"]
    assert len(published) < len(schools)  # some schools are hidden
    ax = libls.plots.group_means(table, "all5", "school")
    names = [t.get_text() for t in ax.get_yticklabels()]
    assert sorted(names) == sorted(published["group"])
    hidden = set(schools["group"]) - set(published["group"])
    assert not hidden & set(names)
    means = published.set_index("group")["mean"]
    assert [means[n] for n in names] == sorted(means)  # smallest at the bottom
    bars = [c for c in ax.collections if isinstance(c, LineCollection)]
    assert len(bars) == 1 and len(bars[0].get_segments()) == len(published)
    lines = [line for line in ax.get_lines() if line.get_linestyle() == "--"]
    assert len(lines) == 1 and lines[0].get_xdata()[0] == pytest.approx(frame.loc[0, "mean"])


def test_differences_draw_every_compared_group_and_no_hidden_one():
    _, analysis = analyse_generated(min_group_size=5)
    comparison = libls.compare_groups(analysis.groups, libls.ComparisonOptions(level="school"))
    frame = comparison.to_frame()
    rows = frame[frame["subscale"] == "all5"]
    compared = rows[rows["status"] == "compared"].set_index("group")
    assert 0 < len(compared) < len(rows)  # some schools are hidden
    ax = libls.plots.differences(comparison, "all5")
    names = [t.get_text() for t in ax.get_yticklabels()]
    assert sorted(names) == sorted(compared.index)
    assert not set(rows["group"]) - set(compared.index) & set(names)
    assert [compared.loc[n, "difference"] for n in names] == sorted(compared["difference"])
    bars = [c for c in ax.collections if isinstance(c, LineCollection)]
    segments = bars[0].get_segments()
    assert len(bars) == 1 and len(segments) == len(compared)
    for name, segment in zip(names, segments):  # each bar is the group's Welch interval
        assert segment[:, 0].tolist() == pytest.approx(
            [compared.loc[name, "difference_ci_lower"], compared.loc[name, "difference_ci_upper"]])
    filled, hollow = (line for line in ax.get_lines() if line.get_marker() == "o")
    assert len(filled.get_xdata()) == int((compared["p_holm"] < 0.05).sum())
    assert len(filled.get_xdata()) + len(hollow.get_xdata()) == len(compared)
    assert "rest of the system" in ax.get_xlabel()
    assert any(list(line.get_xdata()) == [0, 0] for line in ax.get_lines())  # the zero line
    with pytest.raises(ValueError, match="no subscale"):
        libls.plots.differences(comparison, "nope")


def test_plots_draw_on_a_given_axes():
    figure = Figure()
    ax = figure.add_subplot()
    _, analysis = analyse_generated(min_group_size=1)
    assert libls.plots.group_means(analysis.groups, "pair", "district", ax=ax) is ax


def test_heatmap_leaves_suppressed_cells_blank_and_hidden_groups_out():
    _, analysis = analyse_generated(min_group_size=5)
    table = analysis.groups
    frame = table.to_frame()
    schools = frame[frame["level"] == "school"]
    shown = schools.groupby("group")["suppression"].apply(lambda s: (s == "none").any())
    ax = libls.plots.heatmap(table, "school")
    names = [t.get_text() for t in ax.get_yticklabels()]
    assert sorted(names) == sorted(shown[shown].index)
    image = ax.get_images()[0]
    data = image.get_array()
    assert data.shape == (len(names), len(table.subscales))
    for r, name in enumerate(names):
        for k, subscale in enumerate(table.subscales):
            row = schools[(schools["group"] == name) & (schools["subscale"] == subscale)].iloc[0]
            if row["suppression"] != "none":
                assert data.mask[r, k]
            else:
                assert data[r, k] == pytest.approx(row["mean"])
    assert [t.get_text() for t in ax.get_xticklabels()] == list(table.subscales)


def test_six_factor_profile_shows_every_rating_and_the_consensus():
    F = libls.SupportFactor
    assessment = sample_assessment()
    ax = libls.plots.six_factor_profile(assessment)
    points = [c.get_offsets() for c in ax.collections]
    assert sum(len(p) for p in points[:-1]) == 12  # every participant's six ratings
    team = points[-1]
    assert len(team) == 1 and team[0][1] == 1
    assert team[0][0] == libls.support_factors().index(F.resources)
    # Titles are wrapped on several lines: the words are the titles'.
    assert [t.get_text().replace("\n", " ") for t in ax.get_xticklabels()] == [
        libls.support_factor_title(f) for f in libls.support_factors()]


def test_cycle_progress_has_a_bar_per_team_at_its_step():
    log = sample_cycle_log()
    empty = libls.CycleLog(team="grade_5", definition=libls.CycleDefinition.seven_steps, entries=[])
    report = libls.cycle_overview([log, empty], "2026-10-01")
    ax = libls.plots.cycle_progress(report)
    assert [t.get_text() for t in ax.get_yticklabels()] == ["grade_4", "grade_5"]
    widths = sorted(p.get_width() for p in ax.patches)
    assert widths == [2, 7]  # step 2 of 7; the team that has not started has no bar
    texts = [t.get_text() for t in ax.texts]
    assert any("days" in t for t in texts) and "not started" in texts
    low, high = ax.get_ylim()
    assert all(low + 0.3 < t.get_position()[1] < high - 0.3 for t in ax.texts)  # not on an edge
