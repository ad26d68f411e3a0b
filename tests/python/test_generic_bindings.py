"""The bindings are generated from the C++ descriptions: check they mirror them."""

from __future__ import annotations

import copy
import json
import pickle

import pytest

import libls
from helpers import described_classes, field_names, where_are_we_now_scale


@pytest.mark.parametrize("cls", described_classes(), ids=lambda c: c.__name__)
def test_attributes_are_exactly_the_json_keys(cls):
    default = cls()
    keys = set(json.loads(default.to_json()))
    names = set(field_names(cls))
    assert names >= keys  # empty optionals are left out of JSON
    for name in names:
        assert hasattr(default, name), name


@pytest.mark.parametrize("cls", described_classes(), ids=lambda c: c.__name__)
def test_keyword_construction_rejects_unknown_names(cls):
    with pytest.raises(TypeError, match="no_such_field"):
        cls(no_such_field=1)


@pytest.mark.parametrize("cls", described_classes(), ids=lambda c: c.__name__)
def test_default_values_survive_pickle_copy_and_dict(cls):
    value = cls()
    assert pickle.loads(pickle.dumps(value)) == value
    assert copy.deepcopy(value) == value
    assert json.loads(json.dumps(value.to_dict())) == json.loads(value.to_json())


def test_a_described_struct_round_trips_through_json_text():
    scale = where_are_we_now_scale()
    text = json.dumps(json.loads(scale.to_json()))  # through Python's json as well
    again = libls.ResponseScale.from_json(text, strict=True)
    assert again == scale
    assert again.options[2].non_substantive
    assert again.substantive_count() == 4


def test_nan_and_infinity_survive_a_round_trip():
    summary = libls.Summary(count=1, mean=float("nan"), minimum=float("-inf"),
                            maximum=float("inf"))
    again = libls.Summary.from_json(summary.to_json())
    assert again.mean != again.mean  # NaN
    assert again.minimum == float("-inf") and again.maximum == float("inf")


def test_enums_are_python_enums_named_as_in_json():
    import enum
    assert issubclass(libls.Severity, enum.Enum)
    assert [m.name for m in libls.Severity] == ["error", "warning"]
    issue = libls.Issue(code="c", severity=libls.Severity.warning)
    assert json.loads(issue.to_json())["severity"] == "warning"


def test_wrong_field_types_raise_type_error_naming_the_field():
    with pytest.raises(TypeError, match="code must be int"):
        libls.ScaleOption(code="one")


def test_described_member_functions_are_methods():
    moments = libls.Moments()
    for x in (2.0, 4.0, 9.0):
        moments.add(x)
    other = libls.Moments()
    other.add(1.0)
    moments.merge(other)
    result = moments.result()
    assert result.count == 4 and result.mean == 4.0


def test_validate_returns_a_report_and_never_raises():
    report = libls.ResponseScale().validate()
    assert isinstance(report, libls.ValidationReport)
    assert not report.ok()
    assert report.error_count() == 2  # no id, too few options
    assert "scale.missing_id" in report.to_string()


def test_list_attributes_are_copies_that_outlive_the_field():
    # References into a C++ vector would dangle once the field is reassigned (a crash).
    scale = where_are_we_now_scale()
    options = scale.options
    scale.options = []
    assert [o.label for o in options][:2] == ["strongly agree", "agree"]
    # A copy: changing it changes nothing until it is assigned back.
    options[0].label = "fully agree"
    assert scale.options == []
    scale.options = options
    assert scale.options[0].label == "fully agree"


def test_optional_attributes_are_copies_too():
    item = libls.SurveyItem(id="q1", text="t", scale="s")
    entry = libls.CatalogEntry(id="x", kind="k", title="X")
    title = entry.title
    entry.title = None
    assert title == "X" and entry.title is None
    assert item.scale == "s"
