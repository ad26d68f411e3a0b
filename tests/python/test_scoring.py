"""Scoring from Python: plans, respondent subscale scores, percent favorable, distributions."""

from __future__ import annotations

import csv
import json
import math
from pathlib import Path

import numpy as np
import pytest

import libls

REFERENCE = Path(__file__).resolve().parents[1] / "reference"
M = -128


def reference_instrument() -> libls.Instrument:
    """The instrument of tests/reference/scoring.R: q5 reverse-keyed, 3 = no opinion."""
    option = libls.ScaleOption
    scale = libls.ResponseScale(id="agree5", options=[
        option(code=5, label="strongly agree", favorable=True),
        option(code=4, label="agree", favorable=True),
        option(code=3, label="no opinion", non_substantive=True),
        option(code=2, label="disagree"),
        option(code=1, label="strongly disagree")])
    items = [libls.SurveyItem(id=f"q{i}", text=f"Statement {i}", scale="agree5",
                              reverse_keyed=(i == 5)) for i in range(1, 6)]
    return libls.Instrument(id="reference", title="Reference data", scales=[scale], items=items,
                            subscales=[
                                libls.Subscale(id="all5", title="All five",
                                               items=[f"q{i}" for i in range(1, 6)],
                                               min_answered=3),
                                libls.Subscale(id="pair", title="The first two",
                                               items=["q1", "q2"])])


def generated_codes() -> np.ndarray:
    with open(REFERENCE / "data" / "generated_responses.csv", newline="") as f:
        rows = list(csv.DictReader(f))
    codes = [[int(r[f"q{i}"]) if r[f"q{i}"] else M for i in range(1, 6)] for r in rows]
    return np.asfortranarray(np.array(codes, dtype=np.int8))


ITEMS = ["q1", "q2", "q3", "q4", "q5"]


def by_rows(rows) -> np.ndarray:
    return np.asfortranarray(np.array(rows, dtype=np.int8))


def test_a_plan_from_an_instrument_and_from_bare_codings():
    plan = libls.scoring_plan(reference_instrument(), ITEMS)
    assert plan.items == ITEMS
    assert [s.id for s in plan.subscales] == ["all5", "pair"]
    assert plan.subscales[0].columns == [0, 1, 2, 3, 4]
    assert plan.subscales[1].min_answered == 1  # half of two, rounded up
    assert plan.codings[4].value_of(5) == 1  # reversed
    assert "2 subscale(s)" in repr(plan)
    coding = libls.item_coding(libls.integer_scale(1, 4))
    bare = libls.scoring_plan(["a", "b"], [coding, coding],
                              [libls.Subscale(id="ab", title="AB", items=["b", "a"])])
    assert bare.subscales[0].columns == [1, 0]
    with pytest.raises(libls.Error, match='"q9" is not a rated item'):
        libls.scoring_plan(reference_instrument(), ["q1", "q2", "q3", "q4", "q9"])
    with pytest.raises(libls.Error, match='subscale "all5" needs item'):
        libls.scoring_plan(reference_instrument(), ["q1", "q2"])


def test_scoring_options_are_validated_with_code_and_path():
    issues = libls.ScoringOptions(min_answered_fraction=0.0).validate().issues
    assert [(i.code, i.path) for i in issues] == [("scoring.min_answered_fraction",
                                                   "/min_answered_fraction")]
    with pytest.raises(libls.ValidationError) as caught:
        libls.scoring_plan(reference_instrument(), ITEMS,
                           libls.ScoringOptions(min_answered_fraction=2.0))
    assert [(i.code, i.path) for i in caught.value.issues] == [
        ("scoring.min_answered_fraction", "/min_answered_fraction")]
    loaded = libls.ScoringOptions.from_json(
        '{"non_substantive": "score_as_code", "min_answered_fraction": 1}')
    assert loaded.non_substantive == libls.NonSubstantivePolicy.score_as_code
    with pytest.raises(libls.ValidationError) as bad:
        libls.ScoringOptions.from_json('{"non_substantive": "drop", "min_answered_fraction": 1}')
    assert bad.value.issues[0].code == "json.unknown_enum"


def test_subscale_scores_worked_by_hand():
    codes = by_rows([[5, 4, 3, M, 1],    # all5: 5, 4, 5 -> 14/3
                     [4, 2, 3, 5, 5],    # 4, 2, 5, 1 -> 3
                     [3, 3, 3, M, 9],    # nothing scored; 9 is not on the scale
                     [2, M, 3, 4, M],    # two answers: too few for all5
                     [1, 1, 1, 1, 1]])   # 1, 1, 1, 1, 5 -> 9/5
    scores, report = libls.subscale_scores(codes, libls.scoring_plan(reference_instrument(), ITEMS))
    assert scores.shape == (5, 2) and scores.dtype == np.float64
    assert scores.flags.f_contiguous
    np.testing.assert_allclose(scores[:, 0], [14 / 3, 3, np.nan, np.nan, 9 / 5], rtol=1e-15)
    np.testing.assert_allclose(scores[:, 1], [4.5, 3, np.nan, 2, 1], rtol=1e-15)
    all5 = report.subscales[0]
    assert (all5.scored, all5.too_few_answered, all5.no_answers) == (3, 1, 1)
    assert (all5.answers_missing, all5.answers_non_substantive, all5.answers_invalid) == (4, 6, 1)
    assert all5.answers_non_substantive_excluded == 6
    assert report.items[2].non_substantive == 4
    assert [(w.code, w.path) for w in report.warnings] == [("scoring.invalid_codes", "/items/4")]
    assert "all5" in report.to_string()
    # the same from the instrument directly, and from a C-order array (copied)
    again, _ = libls.subscale_scores(np.ascontiguousarray(codes), reference_instrument(), ITEMS)
    np.testing.assert_array_equal(again, scores)


def test_subscale_scores_agree_with_r():
    scores, report = libls.subscale_scores(generated_codes(), reference_instrument(), ITEMS,
                                           threads=2, chunk_rows=7)
    with open(REFERENCE / "scoring_scores.csv", newline="") as f:
        expected = list(csv.DictReader(f))
    want = np.array([[float(r["all5"]) if r["all5"] != "NA" else np.nan,
                      float(r["pair"]) if r["pair"] != "NA" else np.nan] for r in expected])
    np.testing.assert_allclose(scores, want, rtol=1e-12)
    assert [s.scored for s in report.subscales] == [54, 55]


def test_chunked_and_threaded_scoring_equals_one_pass():
    rng = np.random.default_rng(3)
    codes = np.asfortranarray(rng.choice(np.array([1, 2, 3, 4, 5, M, 7], dtype=np.int8),
                                         size=(30_001, 5)))
    plan = libls.scoring_plan(reference_instrument(), ITEMS)
    one, report = libls.subscale_scores(codes, plan, threads=1, chunk_rows=30_001)
    for threads, chunk in [(2, 1000), (3, 4096), (4, 777)]:
        many, other = libls.subscale_scores(codes, plan, threads=threads, chunk_rows=chunk)
        np.testing.assert_array_equal(many, one)
        assert [s.scored for s in other.subscales] == [s.scored for s in report.subscales]
        assert other.items == report.items
        for a, b in zip(other.subscales, report.subscales):
            assert math.isclose(a.scores.mean, b.scores.mean, rel_tol=1e-12)
        assert libls.item_distributions(codes, plan, threads=threads, chunk_rows=chunk) == \
            libls.item_distributions(codes, plan, threads=1)


def test_percent_favorable_agrees_with_r_and_has_three_forms():
    codes = generated_codes()
    report = libls.percent_favorable(codes, reference_instrument(), ITEMS)
    with open(REFERENCE / "scoring_favorable.csv", newline="") as f:
        expected = {r["what"]: r for r in csv.DictReader(f)}
    for item in report.items:
        want = expected[item.item]
        assert (item.favorable, item.scored) == (int(want["favorable"]), int(want["scored"]))
        assert math.isclose(item.percent_favorable, float(want["percent"]), rel_tol=1e-12)
    for sub in report.subscales:
        assert math.isclose(sub.percent_favorable, float(expected[sub.subscale]["percent"]),
                            rel_tol=1e-12)
    plan = libls.scoring_plan(reference_instrument(), ITEMS)
    assert libls.percent_favorable(codes, plan) == report
    per_item = libls.percent_favorable(codes, plan.codings, ITEMS)
    assert per_item.items == report.items and per_item.subscales == []
    # no favorable option: NaN and a note, never 0 %
    plain = libls.percent_favorable(by_rows([[1], [2]]), [libls.item_coding(libls.integer_scale(1, 4))], ["a"])
    assert math.isnan(plain.items[0].percent_favorable)
    assert plain.items[0].note == "no option of the scale is favorable"


def test_item_distributions_keep_every_code():
    column = [[5], [4], [3], [M], [9], [9]]
    codes = np.asfortranarray(np.repeat(by_rows(column), 5, axis=1))
    d = libls.item_distributions(codes, reference_instrument(), ITEMS)[0]
    assert (d.respondents, d.missing, d.substantive, d.non_substantive, d.invalid) == (6, 1, 2, 1, 2)
    assert [c.code for c in d.codes] == [1, 2, 3, 4, 5, 9]
    assert d.codes[-1].kind == libls.AnswerKind.invalid and d.codes[-1].count == 2
    assert d.codes[4].label == "strongly agree"
    assert math.isclose(d.codes[4].percent_of_answers, 100 / 5)
    bare = libls.item_distributions(by_rows(column), [libls.item_coding(libls.integer_scale(1, 5))],
                                    ["x"])
    assert bare[0].item == "x" and bare[0].invalid == 2 and bare[0].codes[0].label == ""


def test_bad_input_raises_clear_errors():
    plan = libls.scoring_plan(reference_instrument(), ITEMS)
    with pytest.raises(TypeError, match="int8"):
        libls.subscale_scores(np.ones((3, 5)), plan)
    with pytest.raises(libls.Error, match="2 columns but the scoring plan has 5"):
        libls.subscale_scores(np.ones((3, 2), dtype=np.int8, order="F"), plan)


def test_reports_go_to_json_and_back():
    _, report = libls.subscale_scores(generated_codes(), reference_instrument(), ITEMS)
    copy = libls.ScoringReport.from_json(report.to_json())
    assert copy == report
    assert json.loads(report.to_json())["subscales"][0]["subscale"] == "all5"
    with pytest.raises(libls.ValidationError) as bad:
        libls.CodeTally.from_json('{"columns": [{"counts": [1, 2]}]}')
    assert [(i.code, i.path) for i in bad.value.issues] == [("scoring.code_counts_size",
                                                             "/columns/0/counts")]
