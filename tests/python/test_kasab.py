"""KASAB charts from Python: build, validate, JSON, completeness, duplicates, diff."""

from __future__ import annotations

import json
import math
import pickle

import pytest

import libls

K = libls.KasabDimension
DRAFT, AGREED = libls.DescriptorStatus.draft, libls.DescriptorStatus.agreed


def descriptor(text, status=DRAFT, author="ana"):
    return libls.KasabDescriptor(text=text, author=author, status=status)


def session_one() -> libls.KasabChart:
    return libls.KasabChart(id="pl_roles_2026", title="Who does what", cells=[
        libls.KasabCell(dimension=K.knowledge, role="school_leadership_team",
                        descriptors=[descriptor("Knows the definition"),
                                     descriptor("Reads research")]),
        libls.KasabCell(dimension=K.knowledge, role="district_leader",
                        descriptors=[descriptor("Knows each school's plan")]),
    ], date="2026-09-14")


def session_two() -> libls.KasabChart:
    chart = session_one()
    chart.roles = chart.roles + ["coach"]
    chart.cells = [
        libls.KasabCell(dimension=K.knowledge, role="school_leadership_team",
                        descriptors=[descriptor("knows the  definition", AGREED),
                                     descriptor("Knows the data")]),
        libls.KasabCell(dimension=K.knowledge, role="district_leader",
                        descriptors=[descriptor("Knows each school's plan", AGREED)]),
        libls.KasabCell(dimension=K.skills, role="coach",
                        descriptors=[descriptor("Models lessons")]),
    ]
    chart.theory_of_action = libls.TheoryOfAction(
        first_steps=["Share the chart with every principal"],
        barriers=[libls.TheoryOfActionBarrier(barrier="No common time",
                                              countermeasures=["Use early-release days"])],
        evidence=["Team agendas use the chart by December"])
    return chart


def test_dimensions_come_in_kasab_order_with_descriptions():
    assert [d.name for d in libls.kasab_dimensions()] == [
        "knowledge", "attitudes", "skills", "aspirations", "behaviors"]
    assert "".join(libls.kasab_letter(d) for d in K) == "KASAB"
    assert libls.kasab_dimension_title(K.aspirations) == "Aspirations"
    assert len({libls.kasab_dimension_description(d) for d in K}) == 5


def test_a_new_chart_has_the_books_two_roles():
    assert libls.KasabChart().roles == ["school_leadership_team", "district_leader"]
    assert libls.default_kasab_roles() == libls.KasabChart().roles
    assert libls.KasabChart().theory_of_action is None


def test_a_good_chart_validates_and_round_trips():
    chart = session_two()
    assert chart.validate().issues == []
    again = libls.KasabChart.from_json(json.dumps(json.loads(chart.to_json())), strict=True)
    assert again == chart
    assert pickle.loads(pickle.dumps(chart)) == chart
    assert again.theory_of_action.barriers[0].countermeasures == ["Use early-release days"]


def test_a_bad_chart_reports_every_issue_with_code_path_and_severity():
    chart = session_one()
    chart.id = "PL Roles"
    chart.roles = ["school_leadership_team", "district_leader", "district_leader"]
    cells = chart.cells  # a copy: change it, then assign it back
    cells[0].descriptors = cells[0].descriptors + [descriptor(" KNOWS the definition")]
    cells[1].role = "principal"
    chart.cells = cells + [libls.KasabCell(
        dimension=K.knowledge, role="school_leadership_team",
        descriptors=[descriptor("x", author=" ")])]
    chart.theory_of_action = libls.TheoryOfAction(
        barriers=[libls.TheoryOfActionBarrier(barrier="Turnover")])
    found = [(i.code, i.path, i.severity.name) for i in chart.validate().issues]
    assert found == [
        ("kasab.invalid_id", "/id", "error"),
        ("kasab.duplicate_role", "/roles/2", "error"),
        ("kasab.unknown_role", "/cells/1/role", "error"),
        ("kasab.duplicate_cell", "/cells/2", "error"),
        ("kasab.duplicate_descriptor", "/cells/0/descriptors/2/text", "warning"),
        ("kasab.blank_author", "/cells/2/descriptors/0/author", "error"),
        ("kasab.barrier_without_countermeasure",
         "/theory_of_action/barriers/0/countermeasures", "warning"),
    ]
    with pytest.raises(libls.ValidationError) as caught:
        libls.KasabChart.from_json(chart.to_json())
    assert ("kasab.unknown_role", "/cells/1/role") in {(i.code, i.path)
                                                       for i in caught.value.issues}


def test_a_malformed_document_names_the_bad_values():
    text = '''{"id": "x", "title": "t", "cells": [
        {"dimension": "knowlege", "role": "district_leader", "descriptors": []}]}'''
    with pytest.raises(libls.ValidationError) as caught:
        libls.KasabChart.from_json(text)
    assert [(i.code, i.path) for i in caught.value.issues] == [
        ("json.unknown_enum", "/cells/0/dimension")]


def test_completeness_of_a_draft_and_of_a_final_chart():
    result = libls.kasab_completeness(session_two())
    # 5 rows x 3 roles; filled: knowledge x 2 roles, skills x coach.
    assert result.total_cells == 15
    assert result.filled_cells == 3
    assert result.agreed_cells == 1  # only the district leader's knowledge cell
    assert (result.draft_count, result.agreed_count) == (2, 2)
    assert math.isclose(result.fraction_complete, 3 / 15)
    assert math.isclose(result.fraction_agreed, 1 / 15)
    assert not result.is_final
    assert len(result.empty_cells) == 12
    first = result.empty_cells[0]
    assert (first.dimension, first.role) == (K.knowledge, "coach")
    assert result.grid[1].state == libls.KasabCellState.agreed
    assert "3 of 15 cells filled, 1 agreed" in result.to_string()

    final = libls.KasabChart(id="final", cells=[
        libls.KasabCell(dimension=d, role=r, descriptors=[descriptor("x", AGREED)])
        for d in K for r in libls.default_kasab_roles()])
    assert libls.kasab_completeness(final).is_final


def test_duplicates_across_the_chart():
    chart = session_two()
    cells = chart.cells
    cells[2].descriptors = cells[2].descriptors + [descriptor("Knows the DATA")]
    chart.cells = cells
    (duplicate,) = libls.kasab_duplicates(chart)
    assert duplicate.normalised_text == "knows the data"
    assert duplicate.cell_count == 2
    assert [o.path for o in duplicate.occurrences] == ["/cells/0/descriptors/1",
                                                       "/cells/2/descriptors/1"]
    assert libls.normalised_descriptor_text("  Knows\tthe DATA ") == "knows the data"


def test_diff_from_draft_to_agreed_chart():
    changes = libls.kasab_diff(session_one(), session_two())
    assert changes.roles_added == ["coach"]
    assert [(c.dimension.name, c.role) for c in changes.cells] == [
        ("knowledge", "school_leadership_team"), ("knowledge", "district_leader"),
        ("skills", "coach")]
    slt = changes.cells[0]
    assert [d.text for d in slt.added] == ["Knows the data"]
    assert [d.text for d in slt.removed] == ["Reads research"]
    assert [(s.before, s.after) for s in slt.status_changed] == [(DRAFT, AGREED)]
    assert changes.theory_of_action.evidence_added == ["Team agendas use the chart by December"]
    assert changes.summary() == (
        "roles added: coach\n"
        "Knowledge / school_leadership_team: 1 added, 1 removed, 1 draft -> agreed\n"
        "Knowledge / district_leader: 1 draft -> agreed\n"
        "Skills / coach: 1 added\n"
        "theory of action, first steps: 1 added\n"
        "theory of action, barriers: 1 added\n"
        "theory of action, evidence: 1 added\n")
    assert libls.kasab_diff(session_two(), session_two()).empty()
    assert json.loads(changes.to_json())["roles_added"] == ["coach"]
