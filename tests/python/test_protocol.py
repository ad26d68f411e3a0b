"""Protocols from Python: the built-ins, their time budgets, and a user's own file."""

from __future__ import annotations

import json

import pytest

import libls

LEARNING_WALK = {
    "id": "learning_walk", "title": "Learning walk",
    "purpose": "See one practice in several classrooms", "total_minutes": 60,
    "materials": ["note sheets"], "produces": ["patterns seen"],
    "sessions": [{"title": "Walk and debrief", "minutes": 60, "steps": [
        {"number": 1, "title": "Focus", "minutes": 10},
        {"number": 2, "title": "Visit", "minutes": 35},
        {"number": 3, "title": "Debrief", "minutes": 15}]}],
}


def test_builtin_protocols_are_listed_and_found():
    assert libls.builtin_protocol_ids() == ["kasab_roles", "six_factor_support"]
    assert [p.id for p in libls.builtin_protocols()] == libls.builtin_protocol_ids()
    six = libls.builtin_protocol("six_factor_support")
    assert [s.minutes for s in six.sessions[0].steps] == [15, 30, 30, 15]
    assert six.validate().issues == []
    with pytest.raises(libls.Error, match="kasab_roles, six_factor_support"):
        libls.builtin_protocol("kasab")


def test_the_kasab_protocol_reports_its_minutes_instead_of_hiding_them():
    kasab = libls.builtin_protocol("kasab_roles")
    report = kasab.validate()
    assert report.ok()  # warnings only
    assert [(i.code, i.path, i.severity) for i in report.issues] == [
        ("protocol.session_time_mismatch", "/sessions/0", libls.Severity.warning),
        ("protocol.session_time_mismatch", "/sessions/1", libls.Severity.warning),
    ]
    assert "95 minutes" in report.issues[0].message and "90" in report.issues[0].message
    assert "75 minutes" in report.issues[1].message
    budget = kasab.time_budget()
    assert [(s.budget_minutes, s.planned_minutes, s.difference_minutes)
            for s in budget.sessions] == [(90, 95, 5), (90, 75, -15)]
    assert (budget.budget_minutes, budget.session_budget_minutes,
            budget.planned_minutes, budget.difference_minutes) == (180, 180, 170, -10)
    assert kasab.sessions[1].planned_minutes() == 75


def test_a_users_protocol_file_loads(tmp_path):
    path = tmp_path / "learning_walk.json"
    path.write_text(json.dumps(LEARNING_WALK))
    walk = libls.Protocol.from_json(path.read_text(), strict=True)
    assert walk.validate().issues == []
    assert walk.time_budget().difference_minutes == 0
    assert libls.Protocol.from_dict(walk.to_dict()) == walk


def test_a_broken_protocol_file_lists_every_problem(tmp_path):
    broken = json.loads(json.dumps(LEARNING_WALK))
    broken["id"] = "Learning Walk"
    broken["sessions"][0]["steps"][2]["number"] = 2
    broken["sessions"][0]["steps"][1]["minutes"] = 0
    path = tmp_path / "broken.json"
    path.write_text(json.dumps(broken))
    with pytest.raises(libls.ValidationError) as caught:
        libls.Protocol.from_json(path.read_text())
    assert [(i.code, i.path) for i in caught.value.issues] == [
        ("protocol.invalid_id", "/id"),
        ("protocol.duplicate_step_number", "/sessions/0/steps/2/number"),
        ("protocol.session_time_mismatch", "/sessions/0"),
        ("protocol.nonpositive_step_minutes", "/sessions/0/steps/1/minutes"),
    ]
    with pytest.raises(libls.ValidationError) as caught:
        libls.Protocol.from_json('{"id": "x", "sessions": [')
    assert caught.value.issues[0].code == "json.syntax"
