"""Reliability from Python: Cronbach's alpha and item covariances over NumPy codes,
against psych::alpha (tests/reference/reliability.R wrote the expected values)."""

from __future__ import annotations

import csv
import math
import pickle
from pathlib import Path

import numpy as np
import pytest

import libls

REFERENCE = Path(__file__).resolve().parents[1] / "reference"


def reference(case: str, policy: str) -> dict[str, float]:
    out = {}
    with open(REFERENCE / "reliability.out", newline="") as f:
        for row in csv.DictReader(f, delimiter="\t"):
            if row["case"] == case and row["policy"] == policy:
                key = row["quantity"] + (" " + row["item"] if row["item"] else "")
                out[key] = row["value"]
    assert out
    return out


def number(text: str) -> float:
    return {"NA": math.nan, "Inf": math.inf, "-Inf": -math.inf}.get(text) or float(text)


def codes_from_csv(name: str, items: list[str]) -> np.ndarray:
    """The columns `items` as int8 codes (missing = -128), Fortran order."""
    with open(REFERENCE / "data" / name, newline="") as f:
        rows = list(csv.DictReader(f))
    codes = np.array([[int(r[i]) if r[i] else -128 for i in items] for r in rows], dtype=np.int8)
    return np.asfortranarray(codes)


BFI_SCALES = {
    "bfi_agreeableness": (["A1", "A2", "A3", "A4", "A5"], {"A1"}),
    "bfi_conscientiousness": (["C1", "C2", "C3", "C4", "C5"], {"C4", "C5"}),
    "bfi_openness": (["O1", "O2", "O3", "O4", "O5"], {"O2", "O5"}),
}


def bfi(case: str):
    items, keys = BFI_SCALES[case]
    scale = libls.integer_scale(1, 6)
    codings = [libls.item_coding(scale, reverse_keyed=i in keys) for i in items]
    return codes_from_csv("bfi.csv", items), codings, items


@pytest.mark.parametrize("case", sorted(BFI_SCALES))
@pytest.mark.parametrize("policy", ["pairwise", "listwise"])
def test_alpha_matches_psych_on_bfi(case, policy):
    codes, codings, items = bfi(case)
    expected = reference(case, policy)
    r = libls.cronbach_alpha(codes, codings, policy=policy, items=items)
    assert isinstance(r, libls.Reliability)
    assert r.policy == libls.DeletionPolicy[policy]
    for field, key in [("alpha", "raw_alpha"), ("std_alpha", "std_alpha"),
                       ("average_r", "average_r"), ("feldt_lower", "feldt_lower"),
                       ("feldt_upper", "feldt_upper")]:
        assert getattr(r, field) == pytest.approx(number(expected[key]), rel=1e-9), field
    assert r.n == int(expected["feldt_n"])
    for item in r.items:
        assert item.alpha_if_dropped == pytest.approx(number(expected["drop_raw_alpha " + item.item]), rel=1e-9)
        assert item.std_alpha_if_dropped == pytest.approx(number(expected["drop_std_alpha " + item.item]), rel=1e-9)
        assert item.item_rest_correlation == pytest.approx(number(expected["r_drop " + item.item]), rel=1e-9)
        assert item.mean == pytest.approx(number(expected["item_mean " + item.item]), rel=1e-9)
        assert item.count == int(expected["item_n " + item.item])
    assert r.issues == []


def test_generated_data_with_no_opinion_answers():
    # Code 9 is "no opinion": not scored, so it counts as missing (R: NA).
    items = [f"g{i}" for i in range(1, 9)]
    scale = libls.integer_scale(1, 5)
    scale.options = scale.options + [libls.ScaleOption(code=9, label="no opinion", non_substantive=True)]
    codings = [libls.item_coding(scale, reverse_keyed=i in ("g3", "g7")) for i in items]
    codes = codes_from_csv("reliability_generated.csv", items)
    for policy in ("pairwise", "listwise"):
        expected = reference("generated", policy)
        r = libls.cronbach_alpha(codes, codings, policy=policy, items=items)
        assert r.alpha == pytest.approx(number(expected["raw_alpha"]), rel=1e-9)
        assert r.feldt_upper == pytest.approx(number(expected["feldt_upper"]), rel=1e-9)
        cov = libls.item_covariances(codes, codings, policy=policy)
        assert cov.covariance_of(2, 6) == pytest.approx(number(expected["cov g3:g7"]), rel=1e-9)


def test_an_unreversed_item_is_flagged():
    codes, _, items = bfi("bfi_agreeableness")
    plain = [libls.item_coding(libls.integer_scale(1, 6))] * 5
    r = libls.cronbach_alpha(codes, plain, items=items)
    assert r.reverse_candidates == ["A1"]
    assert r.items[0].negative_item_rest
    assert [(i.code, i.path, i.severity) for i in r.issues] == [
        ("reliability.negative_item_rest", "/items/0", libls.Severity.warning)]


def test_undefined_alpha_says_why():
    codings = [libls.item_coding(libls.integer_scale(1, 5))] * 3
    missing = np.full((5, 3), -128, dtype=np.int8, order="F")
    r = libls.cronbach_alpha(missing, codings)
    assert not r.defined() and math.isnan(r.alpha)
    assert [(i.code, i.path) for i in r.issues] == [("reliability.too_few_rows", "/alpha")]
    constant = np.full((5, 3), 3, dtype=np.int8, order="F")
    r = libls.cronbach_alpha(constant, codings, policy=libls.DeletionPolicy.listwise)
    assert [i.code for i in r.issues] == ["reliability.constant_item"] * 3 + ["reliability.too_few_items"]


def test_arguments_are_checked():
    codings = [libls.item_coding(libls.integer_scale(1, 5))] * 2
    codes = np.asfortranarray(np.array([[1, 2], [3, 3], [2, 5]], dtype=np.int8))
    with pytest.raises(libls.Error, match="casewise"):
        libls.cronbach_alpha(codes, codings, policy="casewise")
    with pytest.raises(libls.Error, match="3 item codings|2 columns"):
        libls.cronbach_alpha(codes, codings + codings[:1])
    with pytest.raises(libls.Error, match="ids"):
        libls.cronbach_alpha(codes, codings, items=["a"])
    with pytest.raises(libls.Error, match="confidence"):
        libls.cronbach_alpha(codes, codings, confidence=1.5)
    with pytest.raises(TypeError, match="int8"):
        libls.cronbach_alpha(codes.astype(np.float64), codings)
    # A C-order array is copied, with the same answer.
    c_order = np.ascontiguousarray(codes)
    assert libls.cronbach_alpha(c_order, codings) == libls.cronbach_alpha(codes, codings)


def test_partial_results_merge_and_travel():
    codes, codings, items = bfi("bfi_conscientiousness")
    whole = libls.item_covariances(codes, codings, policy="pairwise")
    first = libls.accumulate_pairwise_covariance(codes[:1000], codings)
    second = libls.accumulate_pairwise_covariance(codes[1000:], codings)
    second = pickle.loads(pickle.dumps(second))           # as across processes
    first = libls.PairwiseCovariance.from_json(first.to_json())
    first.merge(second)
    merged = first.result()
    assert merged.counts == whole.counts
    assert merged.covariances == pytest.approx(whole.covariances, rel=1e-12)
    alpha = libls.cronbach_alpha_from_covariance(merged, items=items)
    assert alpha.alpha == pytest.approx(number(reference("bfi_conscientiousness", "pairwise")["raw_alpha"]), rel=1e-9)

    listwise = libls.accumulate_listwise_covariance(codes[:1000], codings)
    listwise.merge(libls.accumulate_listwise_covariance(codes[1000:], codings))
    expected = libls.item_covariances(codes, codings, policy=libls.DeletionPolicy.listwise)
    assert listwise.result().covariances == pytest.approx(expected.covariances, rel=1e-12)
    with pytest.raises(libls.Error):
        listwise.merge(libls.accumulate_listwise_covariance(codes[:, :2], codings[:2]))


def test_threads_and_simd_levels_do_not_change_the_answer():
    rng = np.random.default_rng(3)
    codes = rng.integers(1, 6, size=(30000, 12)).astype(np.int8)
    codes[rng.random(codes.shape) < 0.02] = -128
    codes = np.asfortranarray(codes)
    codings = [libls.item_coding(libls.integer_scale(1, 5))] * 12
    one = libls.cronbach_alpha(codes, codings, threads=1)
    assert libls.cronbach_alpha(codes, codings, threads=2) == one
    best = libls.supported_simd_level()
    try:
        for level in libls.SimdLevel:
            libls.set_simd_level(level)
            assert libls.cronbach_alpha(codes, codings, threads=1) == one
    finally:
        assert libls.set_simd_level(best) == best
    assert libls.active_simd_level() == best


def test_result_round_trips_through_json():
    codes, codings, items = bfi("bfi_openness")
    r = libls.cronbach_alpha(codes, codings, items=items)
    assert libls.Reliability.from_json(r.to_json()) == r
    assert set(r.to_dict()) >= {"alpha", "std_alpha", "feldt_lower", "items", "issues"}
