"""Jupyter display: the HTML of each object has the parts it promises, escapes text, and
stays short for long tables."""

from __future__ import annotations

from html.parser import HTMLParser

import pytest

import libls
from test_analysis import analyse_generated


class Tables(HTMLParser):
    """The captions and rows (lists of cell texts) of every table, and all the text."""

    def __init__(self, page: str) -> None:
        super().__init__()
        self.tables: dict[str, list[list[str]]] = {}
        self.text: list[str] = []
        self._caption = self._cell = None
        self._rows: list[list[str]] = []
        self._in_caption = False
        self.feed(page)

    def handle_starttag(self, tag, attrs):
        if tag == "table":
            self._rows, self._caption = [], ""
        elif tag == "caption":
            self._in_caption = True
        elif tag == "tr":
            self._rows.append([])
        elif tag in ("td", "th"):
            self._cell = ""

    def handle_endtag(self, tag):
        if tag == "table":
            self.tables[self._caption] = self._rows
        elif tag == "caption":
            self._in_caption = False
        elif tag in ("td", "th"):
            self._rows[-1].append(self._cell)
            self._cell = None

    def handle_data(self, data):
        self.text.append(data)
        if self._in_caption:
            self._caption += data
        elif self._cell is not None:
            self._cell += data


def test_survey_analysis_shows_alpha_icc_and_groups():
    _, analysis = analyse_generated(min_group_size=5)
    page = Tables(analysis._repr_html_())
    alpha = page.tables["Reliability"]
    assert alpha[0][:3] == ["subscale", "alpha (listwise)", "alpha (pairwise)"]
    assert [row[0] for row in alpha[1:]] == [r.subscale for r in analysis.reliability]
    assert alpha[1][2] == f"{analysis.reliability[0].pairwise.alpha:.3f}"
    assert len(page.tables["Intraclass correlations"]) == 1 + len(analysis.icc)
    groups = page.tables["Groups (suppression on subscale all5)"]
    table = analysis.to_frame()
    first = table[table["subscale"] == "all5"]
    for level, count, published, below, hidden in (row for row in groups[1:]):
        at = first[first["level"] == level]
        assert int(count) == len(at)
        assert int(published) == int((at["suppression"] == "none").sum())
        assert int(below) + int(hidden) == int((at["suppression"] != "none").sum())
    assert analysis.groups._repr_html_().count("<table") == 1


def test_group_comparison_lists_compared_groups_and_only_counts_hidden_ones():
    _, analysis = analyse_generated(min_group_size=5)
    comparison = libls.compare_groups(analysis.groups, libls.ComparisonOptions(level="school"))
    html = comparison._repr_html_()
    assert "school against rest of the system" in html
    frame = comparison.to_frame()
    for subscale in comparison.subscales:
        rows = frame[frame["subscale"] == subscale]
        hidden = rows[rows["status"] == "group_suppressed"]
        assert len(hidden) > 0
        caption = f"{subscale} ({len(hidden)} suppressed group(s) not shown)"
        table = Tables(html).tables[caption]
        assert table[0][:4] == ["group", "n", "mean", "difference"]
        shown = rows[rows["status"] != "group_suppressed"]
        assert [r[0] for r in table[1:]] == shown["group"].tolist()
        assert not set(hidden["group"]) & {r[0] for r in table[1:]}
        for cells, (_, row) in zip(table[1:], shown.iterrows()):
            assert cells[1] == str(row["n"]) and cells[3] == f"{row['difference']:.3f}"
            p = row["p_holm"]
            assert cells[7] == ("< 0.001" if p < 0.001 else f"{p:.3f}")


def test_instrument_lists_scales_subscales_and_items_escaped():
    wawn = libls.builtin_instrument("where_are_we_now")
    page = Tables(wawn._repr_html_())
    assert [row[0] for row in page.tables["Items"][1:]] == [i.id for i in wawn.items]
    assert "strongly agree (favorable)" in "".join(page.text)
    wawn.title = "<script>alert(1)</script>"
    assert "<script>" not in wawn._repr_html_()
    assert "&lt;script&gt;" in wawn._repr_html_()


def test_validation_report_lists_every_issue_with_its_path():
    with pytest.raises(libls.ValidationError) as caught:
        libls.AggregateOptions.from_dict({"min_group_size": 0, "confidence_level": 2})
    report = libls.ValidationReport(issues=caught.value.issues)
    rows = Tables(report._repr_html_()).tables[""]
    assert rows[0] == ["severity", "code", "path", "message"]
    assert [(r[1], r[2]) for r in rows[1:]] == [(i.code, i.path) for i in caught.value.issues]
    assert "Valid" in libls.ValidationReport()._repr_html_()


def test_long_tables_are_cut_with_a_count():
    issues = [libls.Issue(code="x.y", path=f"/rows/{r}", message="m", severity=libls.Severity.error)
              for r in range(25)]
    page = libls.ValidationReport(issues=issues)._repr_html_()
    assert len(Tables(page).tables[""]) == 1 + 20
    assert "... and 5 more rows" in page


def test_kasab_chart_is_the_thinking_chart():
    K = libls.KasabDimension
    chart = libls.KasabChart(id="c", title="Roles", cells=[
        libls.KasabCell(dimension=K.knowledge, role="school_leadership_team", descriptors=[
            libls.KasabDescriptor(text="Knows <the> data", author="t1",
                                  status=libls.DescriptorStatus.draft)]),
        libls.KasabCell(dimension=K.behaviors, role="district_leader", descriptors=[
            libls.KasabDescriptor(text="Visits teams", author="t2",
                                  status=libls.DescriptorStatus.agreed)])])
    page = chart._repr_html_()
    rows = Tables(page).tables["Knowledge, attitudes, skills, aspirations, behaviors"]
    roles = list(chart.roles)
    assert rows[0] == ["", *roles]
    assert [r[0] for r in rows[1:]] == [libls.kasab_dimension_title(k) for k in libls.kasab_dimensions()]
    assert rows[1][1 + roles.index("school_leadership_team")] == "Knows <the> data (draft)"
    assert rows[-1][1 + roles.index("district_leader")] == "Visits teams"
    assert "&lt;the&gt;" in page


def sample_assessment() -> libls.SixFactorAssessment:
    """Two participants rate the six factors; the team agrees on resources (1)."""
    people = [libls.ParticipantRatings(participant=who, ratings=[
        libls.FactorRating(factor=f, rating=r, examples=["seen"])
        for f, r in zip(libls.support_factors(), row)])
        for who, row in {"p1": [2, 3, 1, 2, 3, 1], "p2": [3, 3, 1, 2, 2, 1]}.items()]
    return libls.SixFactorAssessment(
        id="a", system="springfield", date="2026-05-20", participants=people,
        team_consensus=[libls.TeamConsensus(factor=libls.SupportFactor.resources, rating=1,
                                            examples=["no budget"],
                                            next_steps=["add a coaching line"])])


def sample_cycle_log() -> libls.CycleLog:
    """Team grade_4 finished analysing data and is setting goals."""
    S = libls.CycleStage
    return libls.CycleLog(team="grade_4", definition=libls.CycleDefinition.seven_steps, entries=[
        libls.CycleEntry(stage=S.analyze_data, iteration=1, started="2026-09-01",
                         ended="2026-09-20", owner="coach"),
        libls.CycleEntry(stage=S.set_goals, iteration=1, started="2026-09-21", owner="lead")])


def test_six_factor_assessment_shows_every_rating_and_both_consensus():
    F = libls.SupportFactor
    assessment = sample_assessment()
    rows = Tables(assessment._repr_html_()).tables["Ratings 1-4 (4: the factor is fully in place)"]
    assert rows[0] == ["factor", "p1", "p2", "group consensus", "team consensus"]
    assert [r[0] for r in rows[1:]] == [libls.support_factor_title(f) for f in libls.support_factors()]
    assert [r[1] for r in rows[1:]] == ["2", "3", "1", "2", "3", "1"]
    resources = rows[1 + libls.support_factors().index(F.resources)]
    assert resources[4].startswith("1") and "add a coaching line" in resources[4]


def test_cycle_log_is_a_timeline():
    S = libls.CycleStage
    log = sample_cycle_log()
    rows = Tables(log._repr_html_()).tables["Timeline"]
    assert [r[0] for r in rows[1:]] == [libls.describe_cycle_stage(S.analyze_data).title,
                                        libls.describe_cycle_stage(S.set_goals).title]
    assert [r[-1] for r in rows[1:]] == ["done", "in progress"]
