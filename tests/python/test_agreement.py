"""Within-group agreement, ICC and Krippendorff's alpha from Python, against the values R's
multilevel package and the krippendorff package printed (tests/reference/*.out)."""

from __future__ import annotations

import csv
import math
from pathlib import Path

import numpy as np
import pytest

import libls

REFERENCE = Path(__file__).resolve().parents[1] / "reference"
BHR_ITEMS = ["AF06", "AF07", "AP12", "AP17", "AP33", "AP34", "AS14", "AS15", "AS16",
             "AS17", "AS28"]


def read_reference(name: str) -> dict[tuple[str, str], list[tuple[str, str]]]:
    out: dict[tuple[str, str], list[tuple[str, str]]] = {}
    for line in (REFERENCE / name).read_text().splitlines():
        if line and not line.startswith("#"):
            case, statistic, group, value = line.split(",")
            out.setdefault((case, statistic), []).append((group, value))
    return out


def read_data(name: str) -> dict[str, np.ndarray]:
    with open(REFERENCE / "data" / name, newline="") as f:
        rows = list(csv.reader(f))
    columns = zip(*rows[1:])
    return {header: np.array([math.nan if v == "NA" else float(v) for v in column])
            for header, column in zip(rows[0], columns)}


def to_codes(data: dict[str, np.ndarray], names: list[str]) -> np.ndarray:
    columns = np.column_stack([data[n] for n in names])
    return np.asfortranarray(np.where(np.isnan(columns), -128, columns).astype(np.int8))


def to_groups(ids: np.ndarray) -> np.ndarray:
    return np.where(np.isnan(ids), -1, ids).astype(np.int32)


def close(ours: float, text: str) -> bool:
    if text in ("NA", "NaN"):
        return math.isnan(ours)
    reference = float(text)
    if reference == 0:
        return abs(ours) <= 1e-15
    return abs(ours - reference) <= 1e-9 * abs(reference)


def codings(count: int, lo: int, hi: int) -> list[libls.ItemCoding]:
    return [libls.item_coding(libls.integer_scale(lo, hi))] * count


R = read_reference("agreement.out")


def test_bhr2000_agreement_matches_multilevel():
    data = read_data("bhr2000.csv")
    codes = to_codes(data, BHR_ITEMS)
    groups = to_groups(data["GRP"])
    result = libls.within_group_agreement(codes, codings(11, 1, 5), groups)
    assert isinstance(result, libls.AgreementResult)
    assert result.items == 11 and result.expected_variance == 2
    checks = [("bhr2000_rwg_j_items", "rwg.j", "rwg"),
              ("bhr2000_ad_mean_items", "AD.M", "average_deviation_mean"),
              ("bhr2000_ad_median_items", "AD.M", "average_deviation_median"),
              ("bhr2000_awg_items", "a.wg", "awg")]
    for case, statistic, field in checks:
        for group, value in R[(case, statistic)]:
            assert close(getattr(result.groups[int(group)], field), value), (case, group)
    for group, size in R[("bhr2000_rwg_j_items", "gsize")]:
        assert result.groups[int(group)].n == int(size)
    one = libls.within_group_agreement(codes, codings(11, 1, 5), groups, items=[0])
    for group, value in R[("bhr2000_rwg_AF06", "rwg")]:
        assert close(one.groups[int(group)].rwg, value)


def test_lq2002_rwg_j_with_an_expected_variance_and_a_range():
    data = read_data("lq2002.csv")
    names = [f"HOSTIL0{i}" for i in range(1, 6)]
    codes = to_codes(data, names)
    groups = to_groups(data["COMPID"])
    result = libls.within_group_agreement(codes, codings(5, 0, 4), groups,
                                          expected_variance=2.0, scale_minimum=0,
                                          scale_maximum=4, threads=2)
    for group, value in R[("lq2002_rwg_j_HOSTIL", "rwg.j")]:
        assert close(result.groups[int(group)].rwg, value)
    for group, value in R[("lq2002_awg_HOSTIL", "a.wg")]:
        assert close(result.groups[int(group)].awg, value)
    # Company ids are not contiguous: the ids in between are groups without rows.
    assert result.groups[0].n == 0
    assert result.groups[0].status == libls.AgreementStatus.no_respondents


def test_generated_data_degenerate_groups():
    data = read_data("generated.csv")
    codes = to_codes(data, ["y1", "y2", "y3", "y4"])
    groups = to_groups(data["GRP"])
    result = libls.within_group_agreement(codes, codings(4, 1, 5), groups, group_count=30)
    assert len(result.groups) == 30
    assert result.ungrouped_rows == 5
    assert result.groups[5].status == libls.AgreementStatus.one_respondent
    assert math.isnan(result.groups[5].rwg)
    assert result.groups[7].rwg == 1
    assert result.groups[9].n == 0 and result.groups[9].dropped > 0
    for group, value in R[("generated_rwg_j", "rwg.j")]:
        assert close(result.groups[int(group)].rwg, value)


def test_icc_matches_multilevel_for_scores_and_items():
    lq = read_data("lq2002.csv")
    for score in ("LEAD", "TSIG", "HOSTILE"):
        result = libls.icc(lq[score], to_groups(lq["COMPID"]))
        assert isinstance(result, libls.IccResult)
        case = f"lq2002_icc_{score}"
        assert close(result.icc1, R[(case, "icc1")][0][1])
        assert close(result.icc2, R[(case, "icc2")][0][1])
        assert close(result.mean_square_between, R[(case, "mean_square_between")][0][1])
    bhr = read_data("bhr2000.csv")
    per_item = libls.icc_items(to_codes(bhr, BHR_ITEMS), codings(11, 1, 5),
                               to_groups(bhr["GRP"]))
    assert len(per_item) == 11
    for name, result in zip(BHR_ITEMS, per_item):
        assert close(result.icc1, R[(f"bhr2000_icc_{name}", "icc1")][0][1])


def test_icc_degenerate_inputs_say_why():
    single = libls.icc(np.array([1.0, 2.0, 3.0]), np.zeros(3, dtype=np.int32))
    assert single.icc1_status == libls.IccStatus.single_group
    assert math.isnan(single.icc1)
    constant = libls.icc(np.full(6, 3.0), np.array([1, 1, 2, 2, 3, 3], dtype=np.int32))
    assert constant.icc2_status == libls.IccStatus.no_variance


def test_krippendorff_alpha_matches_the_published_example_and_the_package():
    reference = read_reference("krippendorff.out")
    for case in ("published", "four_point", "seven_point_sparse", "tenths"):
        columns = read_data(f"krippendorff_{case}.csv")
        ratings = np.column_stack(list(columns.values()))
        for metric in libls.KrippendorffMetric:
            result = libls.krippendorff_alpha(ratings, metric)
            assert close(result.alpha, reference[(case, metric.name)][0][1]), (case, metric)
    published = np.column_stack(list(read_data("krippendorff_published.csv").values()))
    alpha = libls.krippendorff_alpha(published, libls.KrippendorffMetric.ordinal).alpha
    assert round(alpha, 3) == 0.815


def test_results_round_trip_through_json():
    codes = np.asfortranarray(np.array([[1, 2], [2, 2], [3, 4], [5, 5]], dtype=np.int8))
    result = libls.within_group_agreement(codes, codings(2, 1, 5),
                                          np.array([0, 0, 1, 1], dtype=np.int32))
    assert libls.AgreementResult.from_json(result.to_json()) == result
    accumulator = libls.KrippendorffAccumulator()
    assert accumulator.result(libls.KrippendorffMetric.nominal).status == \
        libls.KrippendorffStatus.no_pairable_values


def test_inputs_are_checked():
    codes = np.asfortranarray(np.ones((3, 1), dtype=np.int8))
    coding = codings(1, 1, 5)
    with pytest.raises(TypeError, match="integer"):
        libls.within_group_agreement(codes, coding, np.zeros(3))
    with pytest.raises(libls.Error, match="3 rows but 2 group codes"):
        libls.within_group_agreement(codes, coding, np.zeros(2, dtype=np.int32))
    with pytest.raises(libls.Error, match="int32"):
        libls.within_group_agreement(codes, coding, np.array([0, 0, 2**40]))
    with pytest.raises(TypeError, match="int8"):
        libls.within_group_agreement(codes.astype(np.int16), coding, np.zeros(3, dtype=np.int32))
    # Other integer dtypes and C order are accepted (copied).
    result = libls.within_group_agreement(np.ascontiguousarray(codes), coding,
                                          np.zeros(3, dtype=np.int64))
    assert result.groups[0].rwg == 1
    with pytest.raises(libls.Error, match="2-D"):
        libls.krippendorff_alpha(np.zeros(3), libls.KrippendorffMetric.nominal)


def test_a_partial_result_that_cannot_be_is_refused_with_its_issues():
    text = ('{"values": [2, 1], "coincidences": [0, 0, 0, 0], "units": 0, '
            '"pairable_units": 0, "pairable_values": 0}')
    with pytest.raises(libls.ValidationError) as caught:
        libls.KrippendorffAccumulator.from_json(text)
    assert [(i.code, i.path) for i in caught.value.issues] == [("krippendorff.values", "/values/1")]
    accumulator = libls.AgreementAccumulator(items=[0], slot_values=[1.0, 2.0],
                                             slot_offsets=[0, 2], expected_variance=0.25,
                                             scale_minimum=1, scale_maximum=2,
                                             complete_rows=[3], dropped_rows=[0], counts=[1])
    report = accumulator.validate()
    assert [(i.code, i.path) for i in report.issues] == [("agreement.counts", "/counts")]
    with pytest.raises(libls.ValidationError):
        accumulator.result()
