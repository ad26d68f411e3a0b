"""Catalogs from Python: the standards by frame, aliases, the crosswalk, tag checks."""

from __future__ import annotations

import pytest

import libls


def test_the_2022_standards_listed_by_frame():
    standards = libls.builtin_catalogs().get("standards_2022")
    by_frame = {frame.title: [s.title for s in standards.children(frame.id)]
                for frame in standards.of_kind("frame")}
    assert by_frame == {
        "Rigorous Content for Each Learner": [
            "Equity Practices", "Curriculum, Assessment, and Instruction", "Professional Expertise"],
        "Transformational Processes": [
            "Equity Drivers", "Evidence", "Learning Designs", "Implementation"],
        "Conditions for Success": [
            "Equity Foundations", "Culture of Collaborative Inquiry", "Leadership", "Resources"],
    }
    constructs = standards.children("evidence")
    assert len(constructs) == 3
    assert all(c.title is None and not c.is_known() for c in constructs)


def test_renamed_standards_resolve_and_the_crosswalk_translates():
    catalogs = libls.builtin_catalogs()
    entry = catalogs.resolve(libls.Tag(scheme="standards_2022", id="learning_foundations"))
    assert entry.id == "equity_foundations"
    [link] = catalogs.translate(libls.Tag(scheme="standards_2011", id="data"), "standards_2022")
    assert link.target.id == "evidence"
    assert link.relation == libls.CrosswalkRelation.renamed


def test_a_users_own_edition_replaces_the_builtin_one():
    catalogs = libls.builtin_catalogs()
    mine = catalogs.get("standards_2022")
    named = [e for e in mine.entries if e.id == "evidence.construct_1"][0]
    named.title = "Our title for this construct"
    mine.entries = [named if e.id == named.id else e for e in mine.entries]
    catalogs.put(mine)
    assert catalogs.get("standards_2022").find("evidence.construct_1").is_known()
    assert not libls.builtin_catalogs().get("standards_2022").find("evidence.construct_1").is_known()

    mine.scheme = "Not A Scheme"
    with pytest.raises(libls.ValidationError) as caught:
        catalogs.put(mine)
    assert [(i.code, i.path) for i in caught.value.issues] == [("catalog.invalid_scheme", "/scheme")]


def test_check_tags_finds_bad_tags_anywhere_and_accepts_a_custom_catalog():
    instrument = libls.builtin_instrument("where_are_we_now")
    assert libls.check_tags(instrument).issues == []
    items = instrument.items  # a copy: change it, then assign it back
    items[1].tags = [libls.Tag(scheme="six_factor", id="evaluaton"),
                     libls.Tag(scheme="our_goals", id="literacy")]
    instrument.items = items
    report = libls.check_tags(instrument)
    assert [(i.code, i.path) for i in report.issues] == [
        ("tag.unknown_id", "/items/1/tags/0/id"), ("tag.unknown_scheme", "/items/1/tags/1/scheme")]
    assert 'did you mean "evaluation"' in report.issues[0].message

    catalogs = libls.builtin_catalogs()
    catalogs.put(libls.Catalog.from_json(
        '{"scheme": "our_goals", "title": "Our goals", "kinds": ["goal"],'
        ' "entries": [{"id": "literacy", "kind": "goal", "title": "Literacy"}]}'))
    assert [i.path for i in libls.check_tags(instrument, catalogs).issues] == ["/items/1/tags/0/id"]
    with pytest.raises(TypeError):
        libls.check_tags("not a libls object")


def test_validate_warns_about_a_typo_in_a_tag_to_a_builtin_catalog():
    tag = libls.Tag(scheme="standards_2011", id="learning_comunities")
    [issue] = tag.validate().issues
    assert (issue.code, issue.severity) == ("tag.unresolved", libls.Severity.warning)


def test_stable_ids():
    assert libls.is_stable_id("learning_communities.collective_responsibility")
    assert libls.is_stable_id("grade_4")
    for bad in ("", "Grade4", "4th_grade", "a..b", "a.", "team-1", "a b"):
        assert not libls.is_stable_id(bad), bad
