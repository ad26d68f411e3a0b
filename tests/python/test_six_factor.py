"""Six-factor assessments from Python: record, validate, summarise, compare."""

from __future__ import annotations

import json
import math
import statistics

import pytest

import libls

F = libls.SupportFactor
# Rows: participants p1..p3; columns: the six factors in the book's order.
RATINGS = [[2, 3, 1, 2, 3, 1], [3, 3, 1, 2, 2, 1], [4, 3, 4, 3, 2, 2]]


def spring() -> libls.SixFactorAssessment:
    participants = [
        libls.ParticipantRatings(participant=f"p{p + 1}", ratings=[
            libls.FactorRating(factor=factor, rating=RATINGS[p][f], examples=[f"seen {f}"])
            for f, factor in enumerate(libls.support_factors())])
        for p in range(3)]
    return libls.SixFactorAssessment(
        id="springfield_2026_spring", system="springfield", date="2026-05-20",
        participants=participants,
        group_consensus=[libls.GroupConsensus(
            group="table 1", members=["p1", "p2"], factor=F.compelling_vision, rating=3,
            examples=["The board adopted a vision statement"])],
        team_consensus=[libls.TeamConsensus(
            factor=F.compelling_vision, rating=2, examples=["Few principals can state it"],
            next_steps=["Present the vision at every principal meeting"])])


def test_factors_are_numbered_and_described():
    assert [libls.support_factor_number(f) for f in libls.support_factors()] == [1, 2, 3, 4, 5, 6]
    assert libls.support_factor_title(F.resources) == "Resources"
    assert len({libls.support_factor_description(f) for f in F}) == 6


def test_a_complete_assessment_validates_and_round_trips():
    assessment = spring()
    assert assessment.validate().issues == []
    assert libls.SixFactorAssessment.from_json(assessment.to_json(), strict=True) == assessment


def test_rules_report_code_path_and_severity():
    assessment = spring()
    # List attributes are copies: change them, then assign them back.
    participants = assessment.participants
    ratings = participants[0].ratings
    ratings[2].rating = 5
    participants[0].ratings = ratings
    ratings = participants[1].ratings
    ratings[0].examples = []
    participants[1].ratings = ratings
    participants[2].ratings = participants[2].ratings[:5]
    assessment.participants = participants
    groups = assessment.group_consensus
    groups[0].members = ["p1", "p7"]
    assessment.group_consensus = groups
    team = assessment.team_consensus
    team[0].next_steps = ["a", "b", ""]
    assessment.team_consensus = team
    found = [(i.code, i.path, i.severity.name) for i in assessment.validate().issues]
    assert found == [
        ("six_factor.unknown_member", "/group_consensus/0/members/1", "error"),
        ("six_factor.rating_out_of_range", "/participants/0/ratings/2/rating", "error"),
        ("six_factor.no_example", "/participants/1/ratings/0/examples", "warning"),
        ("six_factor.missing_rating", "/participants/2/ratings", "warning"),
        ("six_factor.too_many_next_steps", "/team_consensus/0/next_steps", "error"),
        ("six_factor.blank_next_step", "/team_consensus/0/next_steps/2", "error"),
    ]
    with pytest.raises(libls.ValidationError) as caught:
        libls.summarise_six_factor(assessment)
    assert len(caught.value.issues) == 6


def test_summary_matches_the_statistics_module():
    summary = libls.summarise_six_factor(spring())
    assert summary.participant_count == 3
    assert [f.factor for f in summary.factors] == list(F)
    for f, row in enumerate(summary.factors):
        column = [RATINGS[p][f] for p in range(3)]
        assert row.rating_count == 3
        assert math.isclose(row.mean, statistics.mean(column))
        assert math.isclose(row.standard_deviation, statistics.stdev(column), abs_tol=1e-12)
        assert (row.minimum, row.maximum) == (min(column), max(column))
        assert row.rating_counts == [column.count(k) for k in (1, 2, 3, 4)]
    vision = summary.factors[0]
    assert (vision.group_rating, vision.team_rating) == (3, 2)
    assert vision.team_minus_mean == pytest.approx(-1.0)
    assert summary.factors[1].team_rating is None
    assert math.isnan(summary.factors[1].team_minus_mean)
    assert "1. A compelling vision of professional learning" in summary.to_string()
    assert json.loads(summary.to_json())["factors"][0]["team_rating"] == 2


def test_comparison_over_time():
    winter = spring()
    winter.id, winter.date = "springfield_2026_winter", "2026-01-15"
    winter.team_consensus = [libls.TeamConsensus(
        factor=F.compelling_vision, rating=1, examples=["none yet"], next_steps=["draft one"])]
    result = libls.compare_six_factor(winter, spring())
    assert result.days_apart == 125
    vision = result.factors[0]
    assert (vision.team_before, vision.team_after, vision.team_change) == (1, 2, 1)
    assert vision.mean_change == pytest.approx(0.0)
    other = spring()
    other.system = "shelbyville"
    with pytest.raises(libls.Error, match="different systems"):
        libls.compare_six_factor(winter, other)
    with pytest.raises(libls.Error, match="earlier one first"):
        libls.compare_six_factor(spring(), winter)
