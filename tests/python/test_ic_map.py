"""IC maps from Python: build a map, place people and teams, read the distribution."""

from __future__ import annotations

import json
import math

import pytest

import libls


def coach_map() -> libls.IcMap:
    """A made-up three-level map; the second outcome leaves level 2 blank."""
    return libls.IcMap(
        id="coach_feedback", title="Coach: feedback", role="coach", level_count=3,
        outcomes=[
            libls.IcOutcome(
                id="gives_feedback",
                standard=libls.Tag(scheme="standards_2022", id="implementation"),
                desired_outcome="Gives specific feedback after every visit",
                levels=["After every visit, tied to goals", "Now and then", "Rarely"]),
            libls.IcOutcome(
                id="models_lessons",
                standard=libls.Tag(scheme="standards_2022", id="learning_designs"),
                desired_outcome="Models lessons in teachers' classrooms",
                levels=["Every month", None, "Never"]),
        ])


def place(subject, outcome, level, date, kind=libls.IcSubjectKind.person):
    return libls.IcPlacement(map="coach_feedback", outcome=outcome, subject=subject,
                             subject_kind=kind, level=level, date=date)


PLACEMENTS = [
    place("kim", "gives_feedback", 3, "2026-01-10"),
    place("kim", "gives_feedback", 1, "2026-06-01"),
    place("lou", "gives_feedback", 2, "2026-01-10"),
    place("mo", "gives_feedback", 2, "2026-06-01"),
    place("kim", "models_lessons", 3, "2026-01-10"),
]


def test_a_map_validates_and_round_trips_through_json():
    ic = coach_map()
    assert ic.validate().issues == []
    again = libls.IcMap.from_json(json.dumps(json.loads(ic.to_json())), strict=True)
    assert again == ic
    assert again.outcomes[1].levels == ["Every month", None, "Never"]
    assert ic.find_outcome("models_lessons").levels[1] is None
    assert ic.find_outcome("nothing") is None


def test_the_current_picture_counts_each_coachs_latest_placement():
    d = libls.ic_placement_distribution(coach_map(), PLACEMENTS)
    assert d.count == libls.IcCount.latest_per_subject
    assert d.subjects == 3
    feedback, models = d.outcomes
    # kim 1 (June), lou 2, mo 2 -> levels 1, 2, 2.
    assert (feedback.outcome, feedback.n, feedback.level_counts) == ("gives_feedback", 3, [1, 2, 0])
    assert feedback.share_at_or_near_ideal == 1.0
    assert feedback.mean_level == pytest.approx(5 / 3)
    assert feedback.median_level == 2.0
    # Only kim, at level 3.
    assert (models.n, models.level_counts, models.share_at_or_near_ideal) == (1, [0, 0, 1], 0.0)


def test_every_placement_and_as_of_are_explicit_choices():
    every = libls.ic_placement_distribution(coach_map(), PLACEMENTS,
                                            count=libls.IcCount.every_placement)
    # kim 3 and 1, lou 2, mo 2 -> 1, 2, 2, 3: median (2 + 2) / 2, mean 8 / 4.
    assert every.outcomes[0].level_counts == [1, 2, 1]
    assert (every.outcomes[0].mean_level, every.outcomes[0].median_level) == (2.0, 2.0)
    january = libls.ic_placement_distribution(coach_map(), PLACEMENTS, as_of="2026-03-31")
    assert january.as_of == "2026-03-31"
    # kim 3, lou 2 -> share 1/2, mean 5/2, median 5/2.
    assert january.outcomes[0].level_counts == [0, 1, 1]
    assert january.outcomes[0].median_level == 2.5
    latest = libls.latest_ic_placements(coach_map(), PLACEMENTS)
    assert latest == [PLACEMENTS[1], PLACEMENTS[2], PLACEMENTS[3], PLACEMENTS[4]]


def test_by_date_shows_how_the_system_moves():
    by_date = libls.ic_placement_distribution_by_date(coach_map(), PLACEMENTS)
    assert [d.date for d in by_date] == ["2026-01-10", "2026-06-01"]
    assert [d.outcomes[0].mean_level for d in by_date] == [2.5, 1.5]
    june_models = by_date[1].outcomes[1]
    assert june_models.n == 0 and math.isnan(june_models.mean_level)
    assert json.loads(june_models.to_json())["mean_level"] is None


def test_placements_that_do_not_fit_the_map_are_reported_with_paths():
    bad = PLACEMENTS + [place("kim", "models_lessons", 2, "2026-06-01"),  # blank level
                        place("lou", "coaching", 1, "2026-06-01"),
                        place("lou", "gives_feedback", 2, "2026-01-10")]  # a repeat
    report = libls.check_ic_placements(coach_map(), bad)
    assert [(i.code, i.path) for i in report.issues] == [
        ("ic_map.blank_level_placement", "/5/level"),
        ("ic_map.unknown_outcome", "/6/outcome"),
        ("ic_map.duplicate_placement", "/7"),
    ]
    with pytest.raises(libls.ValidationError) as caught:
        libls.ic_placement_distribution(coach_map(), bad)
    assert [i.path for i in caught.value.issues] == [
        "/placements/5/level", "/placements/6/outcome", "/placements/7"]


def test_a_bad_map_raises_validation_error_with_every_issue():
    text = coach_map().to_json().replace('"level_count":3', '"level_count":7')
    with pytest.raises(libls.ValidationError) as caught:
        libls.IcMap.from_json(text)
    found = {(i.code, i.path) for i in caught.value.issues}
    assert found == {("ic_map.level_count_out_of_range", "/level_count"),
                     ("ic_map.level_count_mismatch", "/outcomes/0/levels"),
                     ("ic_map.level_count_mismatch", "/outcomes/1/levels")}
    placement = place("kim", "gives_feedback", 1, "June 1")
    assert [(i.code, i.path) for i in placement.validate().issues] == [("date.invalid", "/date")]
