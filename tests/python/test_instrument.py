"""Survey instruments from Python: built-ins, a custom instrument from JSON, the schema."""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema
import pytest

import libls

ROOT = Path(__file__).resolve().parents[2]
SCHEMA_FILE = ROOT / "docs" / "schemas" / "instrument.schema.json"

CUSTOM = {
    "id": "team_pulse",
    "title": "Learning team pulse",
    "scales": [{"id": "agree_4", "options": [
        {"code": 1, "label": "strongly disagree"}, {"code": 2, "label": "disagree"},
        {"code": 3, "label": "agree", "favorable": True},
        {"code": 4, "label": "strongly agree", "favorable": True}]}],
    "items": [
        {"id": "t1", "text": "Our team looks at student work together.", "scale": "agree_4",
         "tags": [{"scheme": "hord_dimension", "id": "collective_learning_and_application"}]},
        {"id": "t2", "text": "Meetings are mostly announcements.", "scale": "agree_4",
         "reverse_keyed": True},
    ],
    "subscales": [{"id": "collaboration", "title": "Collaboration", "items": ["t1", "t2"],
                   "min_answered": 2}],
}


def test_builtin_instruments():
    ids = [i.id for i in libls.builtin_instruments()]
    assert ids == ["six_factor_rating", "where_are_we_now"]
    wawn = libls.builtin_instrument("where_are_we_now")
    assert len(wawn.items) == 5
    assert wawn.scale_of("vision").substantive_count() == 4
    with pytest.raises(libls.Error, match="six_factor_rating, where_are_we_now"):
        libls.builtin_instrument("nope")


def test_a_custom_instrument_loads_from_json_and_round_trips():
    instrument = libls.Instrument.from_json(json.dumps(CUSTOM))
    assert instrument.rated_item_ids() == ["t1", "t2"]
    assert instrument.find_item("t2").reverse_keyed
    assert libls.Instrument.from_json(instrument.to_json()) == instrument
    assert instrument.validate().issues == []


def test_a_broken_instrument_lists_every_issue_with_its_path():
    broken = json.loads(json.dumps(CUSTOM))
    broken["items"][1]["scale"] = "agree_5"
    broken["subscales"][0]["items"].append("t9")
    broken["subscales"][0]["min_answered"] = 4
    with pytest.raises(libls.ValidationError) as caught:
        libls.Instrument.from_dict(broken)
    assert [(i.code, i.path) for i in caught.value.issues if i.severity == libls.Severity.error] == [
        ("survey.unknown_scale", "/items/1/scale"),
        ("survey.unknown_item", "/subscales/0/items/2"),
        ("survey.min_answered_range", "/subscales/0/min_answered"),
    ]


def test_the_committed_schema_is_current():
    assert json.loads(SCHEMA_FILE.read_text()) == libls.Instrument.json_schema(), \
        "regenerate docs/schemas/instrument.schema.json (see docs/instruments.md)"


def test_an_independent_validator_accepts_our_instruments_and_rejects_broken_structure():
    schema = json.loads(SCHEMA_FILE.read_text())
    validator = jsonschema.Draft202012Validator(schema)
    validator.check_schema(schema)
    for path in sorted((ROOT / "data" / "instruments").glob("*.json")):
        validator.validate(json.loads(path.read_text()))
    validator.validate(CUSTOM)
    broken = json.loads(json.dumps(CUSTOM))
    broken["items"][0]["reverse_keyed"] = "yes"
    del broken["title"]
    broken["colour"] = "blue"
    messages = sorted(e.message for e in validator.iter_errors(broken))
    assert len(messages) == 3
    # libls's own reader agrees on what is wrong.
    with pytest.raises(libls.ValidationError) as caught:
        libls.Instrument.from_dict(broken, strict=True)
    assert sorted(i.path for i in caught.value.issues) == ["/colour", "/items/0/reverse_keyed", "/title"]
