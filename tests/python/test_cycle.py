"""The cycle of continuous improvement: stages, a team's log, its position, the overview."""

from __future__ import annotations

import json

import pytest

import libls

Stage = libls.CycleStage
Kind = libls.OrgUnitKind


def entry(stage, started, ended=None, iteration=1, **more):
    evidence = [libls.CycleEvidence(kind=libls.CycleEvidenceKind.other, description="notes")]
    return libls.CycleEntry(stage=stage, iteration=iteration, started=started, ended=ended,
                            owner="ben", evidence=evidence if ended else [], **more)


def grade4_log() -> libls.CycleLog:
    return libls.CycleLog(team="lincoln_elem.grade4", definition=libls.CycleDefinition.six_steps,
                          entries=[entry(Stage.analyze_data, "2024-02-05", "2024-02-26"),
                                   entry(Stage.set_goals, "2024-02-27")])


def springfield() -> libls.Organization:
    unit = libls.OrgUnit
    return libls.Organization(id="springfield", name="Springfield", units=[
        unit(id="lincoln_elem", name="Lincoln", kind=Kind.school),
        unit(id="lincoln_elem.grade4", name="Grade 4", kind=Kind.team, parent="lincoln_elem"),
        unit(id="lincoln_elem.grade5", name="Grade 5", kind=Kind.team, parent="lincoln_elem"),
    ])


def test_stages_of_each_definition():
    six = libls.cycle_stages(libls.CycleDefinition.six_steps)
    seven = libls.cycle_stages(libls.CycleDefinition.seven_steps)
    assert len(six) == 6 and six[-1] == Stage.monitor_and_evaluate
    assert seven[-2:] == [Stage.monitor_and_refine, Stage.evaluate]
    assert libls.cycle_stage_number(libls.CycleDefinition.six_steps, Stage.evaluate) is None
    assert libls.cycle_stage_number(libls.CycleDefinition.seven_steps, Stage.evaluate) == 7
    assert libls.describe_cycle_stage(Stage.set_goals).title == "Set shared goals"


def test_position_of_a_team_and_json_round_trip():
    log = grade4_log()
    assert log.validate().issues == []
    position = log.position()
    assert (position.stage, position.stage_number, position.stage_count) == (Stage.set_goals, 2, 6)
    assert position.iteration == 1 and position.since == "2024-02-27" and position.open
    assert log.position_as_of("2024-02-26").stage == Stage.analyze_data
    assert log.position_as_of("2024-02-01") is None
    assert log.completed_iterations() == 0
    again = libls.CycleLog.from_json(json.dumps(json.loads(log.to_json())), strict=True)
    assert again == log


def test_an_empty_log_has_no_position():
    assert libls.CycleLog(team="t").position() is None


def test_a_bad_log_raises_validation_error_with_every_issue():
    log = grade4_log()
    log.entries = [entry(Stage.analyze_data, "2024-02-05", "2024-02-26"),
                   entry(Stage.select_strategies, "2024-02-20", skipped=True)]
    with pytest.raises(libls.ValidationError) as caught:
        log.position()
    assert [(i.code, i.path) for i in caught.value.issues] == [
        ("cycle.unexpected_stage", "/entries/1/stage"),
        ("cycle.started_before_previous_ended", "/entries/1/started"),
        ("cycle.missing_skip_reason", "/entries/1/skip_reason"),
    ]
    assert "expected 'set_goals' of iteration 1" in caught.value.issues[0].message
    with pytest.raises(libls.ValidationError):
        libls.CycleLog.from_json(log.to_json())


def test_the_overview_places_every_team_and_reports_bad_logs():
    bad = libls.CycleLog(team="lincoln_elem.grade5", entries=[entry(Stage.set_goals, "2024-01-08")])
    overview = libls.cycle_overview([grade4_log(), bad], "2024-03-01", springfield())
    good_row, bad_row = overview.teams
    assert good_row.state == libls.TeamCycleState.in_progress
    assert good_row.school == "lincoln_elem"
    assert good_row.position.stage == Stage.set_goals
    assert good_row.days_in_stage == 3  # 2024-02-27 -> 03-01, through 29 February
    assert bad_row.state == libls.TeamCycleState.invalid and bad_row.position is None
    assert [(i.code, i.path) for i in bad_row.issues] == [
        ("cycle.unexpected_stage", "/1/entries/0/stage")]
    assert overview.invalid_count() == 1
    assert json.loads(overview.to_json())["teams"][0]["days_in_stage"] == 3


def test_the_overview_lists_teams_without_a_log_and_refuses_bad_input():
    overview = libls.cycle_overview([grade4_log()], "2024-03-01", organization=springfield())
    assert [(r.team, r.state.name) for r in overview.teams] == [
        ("lincoln_elem.grade4", "in_progress"), ("lincoln_elem.grade5", "no_log")]
    assert libls.cycle_overview([grade4_log()], "2024-03-01").teams[0].school is None
    with pytest.raises(libls.Error, match="not a date"):
        libls.cycle_overview([], "2024-02-30")
    broken = springfield()
    broken.id = "Springfield"
    with pytest.raises(libls.ValidationError) as caught:
        libls.cycle_overview([], "2024-03-01", broken)
    assert caught.value.issues[0].path == "/id"
