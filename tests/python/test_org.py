"""The organization of a learning system: build, validate, query, JSON."""

from __future__ import annotations

import json

import pytest

import libls

Kind = libls.OrgUnitKind


def springfield() -> libls.Organization:
    unit = libls.OrgUnit
    person = libls.Person
    return libls.Organization(
        id="springfield", name="Springfield Public Schools", kind=libls.SystemKind.district,
        units=[
            unit(id="north", name="North region", kind=Kind.network),
            unit(id="lincoln_elem", name="Lincoln Elementary", kind=Kind.school, parent="north"),
            unit(id="lincoln_elem.grade4", name="Grade 4 team", kind=Kind.team,
                 parent="lincoln_elem"),
            unit(id="central_pl", name="Professional learning office", kind=Kind.team),
        ],
        people=[
            person(id="ana", name="Ana Ortiz", roles=["superintendent"]),
            person(id="ben", name="Ben Li", roles=["principal"], units=["lincoln_elem"]),
            person(id="cara", name="Cara Diaz", roles=["teacher", "coach"],
                   units=["lincoln_elem.grade4"]),
            person(id="dev", name="Dev Rao", roles=["data_strategist"], units=["central_pl"]),
        ],
        custom_roles=[libls.CustomRole(id="data_strategist", title="Data strategist")],
    )


def test_a_sound_organization_validates_and_round_trips():
    system = springfield()
    assert system.validate().issues == []
    again = libls.Organization.from_json(json.dumps(json.loads(system.to_json())), strict=True)
    assert again == system
    assert again.custom_roles[0].description is None


def test_queries_answer_with_units_and_people():
    system = springfield()
    assert [s.id for s in system.schools()] == ["lincoln_elem"]
    assert [t.id for t in system.teams_of("north")] == ["lincoln_elem.grade4"]
    assert [p.id for p in system.members_of("lincoln_elem")] == ["ben"]
    assert [p.id for p in system.members_within("lincoln_elem")] == ["ben", "cara"]
    assert [p.id for p in system.people_with_role("data_strategist")] == ["dev"]
    assert [u.id for u in system.ancestors_of("lincoln_elem.grade4")] == ["lincoln_elem", "north"]
    assert system.school_of("lincoln_elem.grade4").id == "lincoln_elem"
    assert system.school_of("central_pl") is None
    assert system.find_unit("nowhere") is None
    assert system.has_role("coach")


def test_a_query_with_an_unknown_id_raises_libls_error():
    with pytest.raises(libls.Error, match="has no unit 'lincon_elem'"):
        springfield().teams_of("lincon_elem")


def test_every_problem_is_reported_with_its_code_and_path():
    system = springfield()
    units = system.units
    units[0].parent = "lincoln_elem"  # network under a school, and a cycle
    units.append(libls.OrgUnit(id="Bad Id", name="x", kind=Kind.team, parent="nowhere"))
    system.units = units  # attributes hold copies: assign the list back
    people = system.people
    people[1].roles = ["wizard"]
    people[3].roles = []
    system.people = people
    report = system.validate()
    found = [(i.code, i.path, i.severity.name) for i in report.issues]
    assert found == [
        ("org.parent_kind", "/units/0/parent", "error"),
        ("org.unknown_parent", "/units/4/parent", "error"),
        ("org.cycle", "/units/0/parent", "error"),
        ("org.unknown_role", "/people/1/roles/0", "error"),
        ("org.invalid_id", "/units/4/id", "error"),
        ("org.no_role", "/people/3/roles", "warning"),
    ]
    assert "north -> lincoln_elem -> north" in report.issues[2].message


def test_loading_a_bad_organization_raises_validation_error_with_every_issue():
    document = {
        "id": "harbor", "name": "Harbor", "kind": "charter_network",
        "units": [{"id": "harbor_middle", "name": "Harbor Middle", "kind": "school"}],
        "people": [{"id": "mo", "name": "Mo", "roles": ["teacher"], "units": ["harbour_middle"]}],
        "custom_roles": [{"id": "teacher", "title": "Teacher"}],
    }
    with pytest.raises(libls.ValidationError) as caught:
        libls.Organization.from_dict(document)
    assert [(i.code, i.path) for i in caught.value.issues] == [
        ("org.shadows_builtin_role", "/custom_roles/0/id"),
        ("org.unknown_unit", "/people/0/units/0"),
    ]


def test_where_units_may_be_placed():
    assert libls.may_be_placed_under(Kind.school, Kind.network)
    assert libls.may_be_placed_under(Kind.team)  # directly under the system
    assert not libls.may_be_placed_under(Kind.school, Kind.team)
