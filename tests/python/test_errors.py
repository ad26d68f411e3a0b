"""Errors reach Python as ValueError subclasses carrying every issue."""

from __future__ import annotations

import pytest

import libls

# Three independent problems: a wrong type, an unknown enum name, an unknown key.
BROKEN_ISSUE = '{"code": 7, "path": "/x", "message": "m", "severity": "fatal", "colour": 1}'


def test_a_document_with_three_problems_gives_one_error_listing_all_three():
    with pytest.raises(libls.ValidationError) as caught:
        libls.Issue.from_json(BROKEN_ISSUE, strict=True)
    issues = caught.value.issues
    # Members in declaration order, then keys that match no member.
    assert [(i.code, i.path) for i in issues] == [
        ("json.type_mismatch", "/code"),
        ("json.unknown_enum", "/severity"),
        ("json.unknown_key", "/colour"),
    ]
    assert all(isinstance(i, libls.Issue) for i in issues)
    assert all(i.severity == libls.Severity.error for i in issues)
    message = str(caught.value)
    assert "/colour" in message and "/code" in message and "/severity" in message


def test_validation_error_is_a_value_error_and_a_libls_error():
    assert issubclass(libls.ValidationError, libls.Error)
    assert issubclass(libls.Error, ValueError)
    with pytest.raises(ValueError):
        libls.ResponseScale.from_json("{")


def test_a_syntax_error_is_reported_as_an_issue_of_the_whole_document():
    with pytest.raises(libls.ValidationError) as caught:
        libls.ResponseScale.from_json('{"id": ')
    (issue,) = caught.value.issues
    assert issue.code == "json.syntax"
    assert issue.path == ""


def test_rules_report_every_problem_with_its_path():
    scale = '''{"id": "", "options": [{"code": 1, "label": "a"},
                                      {"code": 1, "label": " ", "non_substantive": true,
                                       "favorable": true}]}'''
    with pytest.raises(libls.ValidationError) as caught:
        libls.ResponseScale.from_json(scale)
    found = {(i.code, i.path) for i in caught.value.issues}
    assert found == {
        ("scale.missing_id", "/id"),
        ("scale.too_few_options", "/options"),
        ("scale.duplicate_code", "/options/1/code"),
        ("scale.blank_label", "/options/1/label"),
        ("scale.favorable_non_substantive", "/options/1/favorable"),
    }


def test_unknown_keys_are_warnings_unless_strict():
    text = '{"code": "c", "path": "", "message": "m", "severity": "error", "extra": 1}'
    assert libls.Issue.from_json(text).code == "c"  # lenient: accepted
    with pytest.raises(libls.ValidationError):
        libls.Issue.from_json(text, strict=True)


def test_a_library_error_that_is_not_about_validation_is_a_libls_error():
    with pytest.raises(libls.Error, match="one-dimensional"):
        libls.summarise([[1.0, 2.0]])
