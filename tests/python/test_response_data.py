"""Response data in and out: NumPy without copying, CSV with every rejected row reported,
JSON response documents, and read_csv running while other Python threads do."""

from __future__ import annotations

import faulthandler
import gc
import json
import os
import threading

import numpy as np
import pytest

import libls

M = libls.ResponseMatrix.MISSING_CODE
WAWN = "where_are_we_now"
ITEMS = ["vision", "definition", "leaders_align", "daily_learning", "learning_communities"]


@pytest.fixture(scope="module")
def instrument():
    return libls.builtin_instrument(WAWN)


def write(path, text: str):
    path.write_bytes(text.encode())
    return path


def where(report):
    return [f"{i.code} {i.line}:{i.column}({i.column_name})" for i in report.issues]


# --- NumPy ------------------------------------------------------------------------------

def test_from_numpy_uses_a_fortran_int8_array_without_copying(instrument):
    codes = np.asfortranarray(np.array([[5, 4, 3, 2, 1], [1, M, 3, 4, 5]], dtype=np.int8))
    m = libls.ResponseMatrix.from_numpy(codes, ITEMS, instrument=instrument)
    assert m.borrowed
    assert m.codes is codes
    assert np.shares_memory(m.codes, codes)
    assert np.shares_memory(m.column("definition"), codes)
    assert m.column("definition").tolist() == [4, M]
    assert m.shape == (2, 5) and len(m) == 2 and m.items == ITEMS
    codes[1, 0] = 2  # the matrix reads the caller's array itself
    assert m.codes[1, 0] == 2


def test_from_numpy_copies_other_layouts_once_and_refuses_other_dtypes(instrument):
    c_order = np.array([[5, 4, 3, 2, 1]], dtype=np.int8).repeat(3, axis=0)
    m = libls.ResponseMatrix.from_numpy(c_order, ITEMS)
    assert not m.borrowed
    assert not np.shares_memory(m.codes, c_order)
    assert m.codes.flags["F_CONTIGUOUS"]
    assert (m.codes == c_order).all()
    with pytest.raises(TypeError, match="int8"):
        libls.ResponseMatrix.from_numpy(c_order.astype(np.float64), ITEMS)
    with pytest.raises(TypeError, match="2-D"):
        libls.ResponseMatrix.from_numpy(np.zeros(5, dtype=np.int8), ITEMS)
    with pytest.raises(libls.Error, match="4 item ids for 5 columns"):
        libls.ResponseMatrix.from_numpy(c_order, ITEMS[:4])


def test_from_numpy_checks_codes_against_an_instrument_when_given(instrument):
    codes = np.asfortranarray(np.array([[5, 9, 3, 2, 1], [1, 9, 3, 4, 0]], dtype=np.int8))
    with pytest.raises(libls.ValidationError) as raised:
        libls.ResponseMatrix.from_numpy(codes, ITEMS, instrument=instrument)
    issues = [(i.code, i.path) for i in raised.value.issues]
    assert issues == [("responses.not_on_scale", "/codes/1"), ("responses.not_on_scale", "/codes/4")]
    assert "2 codes of item \"definition\"" in raised.value.issues[0].message
    libls.ResponseMatrix.from_numpy(codes, ITEMS)  # without an instrument: taken as given


def test_metadata_from_python_labels_or_pandas_style_codes(instrument):
    codes = np.full((3, 5), 4, dtype=np.int8, order="F")
    m = libls.ResponseMatrix.from_numpy(
        codes, ITEMS, ids=["a", "b", "c"], school=["s1", None, "s1"],
        role=(np.array([1, 0, -1], dtype=np.int32), ["teacher", "coach"]),
        weights=[1.0, 0.5, 2.0])
    assert m.ids == ["a", "b", "c"]
    assert m.school.categories == ["s1"] and m.school.codes.tolist() == [0, -1, 0]
    assert m.school.labels() == ["s1", None, "s1"]
    assert m.role.labels() == ["coach", "teacher", None]
    assert m.weights.tolist() == [1.0, 0.5, 2.0]
    assert m.system is None and m.team is None and m.wave is None
    assert repr(m) == "ResponseMatrix(3 rows, 5 items, ids, school, role, weights)"
    with pytest.raises(libls.Error, match="repeats the id of row 0"):
        libls.ResponseMatrix.from_numpy(codes, ITEMS, ids=["a", "b", "a"])
    with pytest.raises(libls.Error, match="2 values for 3 rows"):
        libls.ResponseMatrix.from_numpy(codes, ITEMS, school=["s1", "s2"])
    with pytest.raises(libls.Error, match="weights: row 1"):
        libls.ResponseMatrix.from_numpy(codes, ITEMS, weights=[1.0, float("nan"), 1.0])
    with pytest.raises(libls.Error, match="code 5 in row 0"):
        libls.ResponseMatrix.from_numpy(codes, ITEMS, role=(np.array([5, 0, 0]), ["teacher"]))


# --- CSV --------------------------------------------------------------------------------

CSV = ("id,system,school,role,wave,weight," + ",".join(ITEMS) + "\n"
       "r1,d1,s1,teacher,2026,1.5,5,4,3,2,1\n"
       "r2,d1,s2,principal,2026,0.5,agree,,no opinion,Strongly Disagree,4\n"
       "r3,d2,s1,teacher,2026,1,1,2,3\n"
       "r4,d2,s3,coach,2026,1,9,4,4,4,4\n")


def test_read_csv_gives_the_matrix_and_a_report_with_every_rejected_row(tmp_path, instrument):
    m, report = libls.ResponseMatrix.read_csv(write(tmp_path / "r.csv", CSV), instrument)
    assert report.rows_read == 4 == report.accepted + report.rejected
    assert report.accepted == 2
    assert where(report) == ["csv.too_few_fields 4:10(daily_learning)",
                             "csv.not_on_scale 5:7(vision)"]
    assert report.issue_counts == {"csv.not_on_scale": 1, "csv.too_few_fields": 1}
    assert not report.ok()
    assert m.ids == ["r1", "r2"]
    assert m.codes.tolist() == [[5, 4, 3, 2, 1], [4, M, 3, 1, 4]]
    assert m.school.labels() == ["s1", "s2"]
    assert m.weights.tolist() == [1.5, 0.5]
    assert report.to_validation_report().issues[1].path == "/5/7"
    assert "2 rejected" in report.summary()
    again = libls.CsvReport.from_json(report.to_json())  # the report is a described type
    assert again == report


def test_csv_codes_and_metadata_view_the_matrix_memory_and_keep_it_alive(tmp_path, instrument):
    m, _ = libls.ResponseMatrix.read_csv(write(tmp_path / "r.csv", CSV), instrument)
    codes, school = m.codes, m.school.codes
    assert codes.flags["F_CONTIGUOUS"] and not codes.flags["WRITEABLE"]
    assert np.shares_memory(codes, m.codes)  # two views of one buffer: no copy
    assert np.shares_memory(school, m.school.codes)
    assert school.dtype == np.int32
    assert codes.base is not None
    with pytest.raises(ValueError):
        codes[0, 0] = 1
    del m
    gc.collect()
    assert codes.tolist() == [[5, 4, 3, 2, 1], [4, M, 3, 1, 4]]  # the arrays own the matrix now
    assert school.tolist() == [0, 1]


def test_category_columns_become_pandas_categoricals(tmp_path, instrument):
    pd = pytest.importorskip("pandas")
    m, _ = libls.ResponseMatrix.read_csv(write(tmp_path / "r.csv", CSV), instrument)
    school = pd.Categorical.from_codes(m.school.codes, m.school.categories)
    assert list(school) == ["s1", "s2"]
    frame = pd.DataFrame(m.codes, columns=m.items)
    assert frame["vision"].tolist() == [5, 4]


def test_header_problems_stop_the_read_and_raise_with_line_and_column(tmp_path, instrument):
    path = write(tmp_path / "r.csv", "id,vision,vision,definition\nr1,1,2,3\n")
    with pytest.raises(libls.ValidationError) as raised:
        libls.ResponseMatrix.read_csv(path, instrument)
    codes = [(i.code, i.path) for i in raised.value.issues]
    assert ("csv.duplicate_column", "/1/3") in codes
    assert ("csv.missing_column", "/1/0") in codes  # leaders_align and the others
    with pytest.raises(libls.ValidationError, match="empty"):
        libls.ResponseMatrix.read_csv(write(tmp_path / "e.csv", ""), instrument)
    with pytest.raises(libls.Error, match="cannot open"):
        libls.ResponseMatrix.read_csv(tmp_path / "missing.csv", instrument)


def test_hostile_csv_input_keeps_accepted_plus_rejected_equal_to_rows_read(tmp_path, instrument):
    text = ("\ufeffid,school,comments," + ",".join(ITEMS) + ",extra\r\n"
            "r1,\"Smith, \"\"East\"\"\",fine,1,2,3,4,5,x\r\n"
            "r2,\"two\r\nlines\",ok,1,2,3,4,5,x\r\n"
            "\r\n"
            "r3,s3,,1,2,3,4,5,x,too many\r\n"
            "r1,s1,,1,2,3,4,5,x\r\n"
            "r5,s5,,1,2,3.5,4,5,x\r\n"
            "r6,s6,,1,2,3,4,\"5\"x,x\r\n")
    options = libls.CsvOptions(threads=2, block_bytes=64)
    m, report = libls.ResponseMatrix.read_csv(write(tmp_path / "h.csv", text), instrument, options)
    assert report.rows_read == report.accepted + report.rejected == 6
    assert report.blank_lines == 1
    assert where(report) == [
        "csv.unknown_column 1:3(comments)", "csv.unknown_column 1:9(extra)",
        "csv.too_many_fields 6:10()", "csv.duplicate_id 7:1(id)",
        "csv.unknown_answer 8:6(leaders_align)", "csv.malformed_quotes 9:8(learning_communities)"]
    assert m.ids == ["r1", "r2"]
    assert m.school.categories == ['Smith, "East"', "two\r\nlines"]


def test_csv_options_map_headers_and_read_labels_only(tmp_path, instrument):
    text = "respondent;district;Q1;Q2;Q3;Q4;Q5\nr1;d7;agree;AGREE;no opinion;;disagree\n"
    options = libls.CsvOptions(
        separator=";", answers=libls.CsvAnswerFormat.labels,
        item_columns={f"Q{j + 1}": item for j, item in enumerate(ITEMS)},
        metadata_columns={"respondent": "id", "district": "system"})
    m, report = libls.ResponseMatrix.read_csv(write(tmp_path / "m.csv", text), instrument, options)
    assert report.ok()
    assert m.codes.tolist() == [[4, 4, 3, M, 2]]
    assert m.system.categories == ["d7"]
    assert [c.use for c in report.columns][:2] == [libls.CsvColumnUse.metadata] * 2


def random_wide_csv(rng: np.random.Generator, rows: int) -> str:
    """A file of many rows of the common kind (one-digit codes and empty answers) with a
    sprinkling of what the whole-row path leaves to the field-by-field one."""
    odd = ["12", "x", '"3"', "agree", " 4", "9", "", '"a\nb"', "3.0"]
    lines = ["id,school,weight," + ",".join(ITEMS)]
    for r in range(rows):
        cells = [f"r{rng.integers(0, rows * 2)}", f"s{rng.integers(0, 40)}", "1.25"]
        cells += [str(rng.integers(1, 6)) if rng.random() > 0.1 else "" for _ in ITEMS]
        if rng.random() < 0.05:
            cells[rng.integers(1, len(cells))] = odd[rng.integers(0, len(odd))]
        if rng.random() < 0.01:
            cells = cells[:-1]  # too few fields
        lines.append(",".join(cells) + ("\r\n" if rng.random() < 0.2 else "\n"))
    return lines[0] + "\n" + "".join(lines[1:])


def test_read_csv_gives_the_same_on_the_portable_path(tmp_path, instrument):
    # set_simd_level(portable) turns the AVX-512 whole-row path off; where the processor
    # lacks AVX-512 both reads are portable and agree trivially.
    path = write(tmp_path / "wide.csv", random_wide_csv(np.random.default_rng(4), 3000))
    best = libls.supported_simd_level()
    for options in (libls.CsvOptions(), libls.CsvOptions(threads=2, block_bytes=4096)):
        m, report = libls.ResponseMatrix.read_csv(path, instrument, options)
        try:
            libls.set_simd_level(libls.SimdLevel.portable)
            p, portable_report = libls.ResponseMatrix.read_csv(path, instrument, options)
        finally:
            libls.set_simd_level(best)
        assert report.rejected > 0 and report.accepted > 2000
        assert report.rows_read == report.accepted + report.rejected
        assert [(i.code, i.line, i.column, i.message) for i in report.issues] == \
            [(i.code, i.line, i.column, i.message) for i in portable_report.issues]
        assert report.issue_counts == portable_report.issue_counts
        assert np.array_equal(m.codes, p.codes)
        assert m.ids == p.ids
        assert m.school.categories == p.school.categories
        assert np.array_equal(m.school.codes, p.school.codes)
        assert np.array_equal(m.weights, p.weights)


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs a named pipe")
def test_read_csv_releases_the_gil_while_it_reads(tmp_path, instrument):
    # The reader thread reads from a named pipe that this thread fills: the read can only
    # finish if this thread runs Python code while read_csv is inside C++. Holding the GIL
    # would deadlock, so a watchdog ends the process instead of hanging the test run.
    fifo = tmp_path / "stream.csv"
    os.mkfifo(fifo)
    rows = 20_000
    result = {}

    def read():
        result["value"] = libls.ResponseMatrix.read_csv(fifo, instrument,
                                                        libls.CsvOptions(block_bytes=1 << 16))

    faulthandler.dump_traceback_later(120, exit=True)
    try:
        reader = threading.Thread(target=read)
        reader.start()
        with open(fifo, "w") as out:  # blocks until read_csv has opened the pipe
            out.write("id," + ",".join(ITEMS) + "\n")
            for r in range(rows):
                out.write(f"r{r},{1 + r % 5},2,3,4,5\n")
        reader.join(60)
    finally:
        faulthandler.cancel_dump_traceback_later()
    assert not reader.is_alive()
    m, report = result["value"]
    assert report.ok() and m.rows == rows
    assert m.codes[:5, 0].tolist() == [1, 2, 3, 4, 5]


# --- JSON -------------------------------------------------------------------------------

DOCUMENT = {
    "instrument": WAWN,
    "respondents": [
        {"id": "r1", "system": "d1", "school": "s1", "team": "t1", "role": "teacher",
         "wave": "2026", "answers": {"vision": 5, "definition": None}},
        {"id": "r2", "school": "s2", "answers": {"daily_learning": 3}},
    ],
    "weights": {"r1": 1.25, "r2": 0.75},
}


def test_read_json_builds_the_matrix_of_the_instruments_rated_items(instrument):
    m = libls.ResponseMatrix.read_json(json.dumps(DOCUMENT), instrument)
    assert m.items == instrument.rated_item_ids()
    assert m.codes.tolist() == [[5, M, M, M, M], [M, M, M, 3, M]]
    assert m.ids == ["r1", "r2"]
    assert m.team.labels() == ["t1", None]
    assert m.weights.tolist() == [1.25, 0.75]


def test_bad_json_documents_report_every_problem_at_its_path(instrument):
    bad = json.loads(json.dumps(DOCUMENT))
    bad["respondents"][1]["id"] = "r1"
    bad["respondents"][0]["answers"]["vision"] = 7
    bad["respondents"][0]["answers"]["nope"] = 1
    with pytest.raises(libls.ValidationError) as raised:
        libls.ResponseMatrix.read_json(json.dumps(bad), instrument)
    assert [(i.code, i.path) for i in raised.value.issues] == [
        ("responses.duplicate_respondent", "/respondents/1/id"),
        ("responses.unknown_respondent", "/weights/r2"),
        ("responses.unknown_item", "/respondents/0/answers/nope"),
        ("responses.not_on_scale", "/respondents/0/answers/vision")]
    with pytest.raises(libls.ValidationError) as raised:
        libls.ResponseMatrix.read_json('{"instrument": "x", "respondents": [{"answers": 1}]}',
                                       instrument)
    assert [(i.code, i.path) for i in raised.value.issues] == [
        ("json.missing_key", "/respondents/0/id"),
        ("json.type_mismatch", "/respondents/0/answers")]


def test_numpy_json_and_records_round_trip(instrument):
    codes = np.asfortranarray(np.array([[5, 4, 3, 2, 1], [M, 2, M, 4, 5]], dtype=np.int8))
    m = libls.ResponseMatrix.from_numpy(codes, ITEMS, ids=["a", "b"], school=["s1", "s2"],
                                        weights=[1.0, 3.0])
    records = m.to_records(WAWN)
    assert records.respondents[1].answers["vision"] is None
    assert records.weights == {"a": 1.0, "b": 3.0}
    again = libls.ResponseMatrix.read_json(records.to_json(), instrument)
    assert (again.codes == codes).all()
    assert again.ids == ["a", "b"] and again.school.labels() == ["s1", "s2"]
    assert libls.ResponseMatrix.from_records(records, instrument).codes.tolist() == codes.tolist()
    assert libls.ResponseRecords.from_json(records.to_json()) == records
    with pytest.raises(libls.Error, match="need a respondent id"):
        libls.ResponseMatrix.from_numpy(codes, ITEMS).to_records(WAWN)


def test_csv_text_reads_as_a_file_does(tmp_path, instrument):
    text = ",".join(ITEMS) + "\n5,4,3,2,1\n9,2,,4,5\n"
    matrix, report = libls.ResponseMatrix.read_csv_text(text, instrument)
    from_file, file_report = libls.ResponseMatrix.read_csv(write(tmp_path / "r.csv", text),
                                                           instrument)
    assert matrix.codes.tolist() == from_file.codes.tolist() == [[5, 4, 3, 2, 1]]
    assert where(report) == where(file_report) == ["csv.not_on_scale 3:1(vision)"]
    with pytest.raises(libls.ValidationError):
        libls.ResponseMatrix.read_csv_text("vision\n5\n", instrument)


def test_codes_are_checked_against_an_instrument_without_raising(instrument):
    codes = np.asfortranarray(np.array([[5, 9], [3, M]], dtype=np.int8))
    assert libls.check_codes(codes[:, :1], ["vision"], instrument).issues == []
    found = lambda items: [(i.code, i.path) for i in  # noqa: E731
                           libls.check_codes(codes, items, instrument).issues]
    assert found(["vision", "nope"]) == [("responses.unknown_item", "/items/1")]
    assert found(["vision"]) == [("responses.item_count", "/items")]
    assert found(["vision", "definition"]) == [("responses.not_on_scale", "/codes/1")]
    with pytest.raises(libls.ValidationError):
        libls.ResponseMatrix.from_numpy(codes, ["vision", "definition"], instrument=instrument)


def test_records_are_checked_against_an_instrument_without_raising(instrument):
    records = libls.ResponseRecords.from_dict(DOCUMENT)
    assert libls.check_response_records(records, instrument).issues == []
    bad = json.loads(json.dumps(DOCUMENT))
    bad["instrument"] = "six_factor_rating"
    bad["respondents"][0]["answers"]["vision"] = 7
    bad["respondents"][0]["answers"]["nope"] = 1
    report = libls.check_response_records(libls.ResponseRecords.from_dict(bad), instrument)
    assert [(i.code, i.path) for i in report.issues] == [
        ("responses.instrument_mismatch", "/instrument"),
        ("responses.unknown_item", "/respondents/0/answers/nope"),
        ("responses.not_on_scale", "/respondents/0/answers/vision")]


def test_statistics_can_read_the_codes_without_a_copy(tmp_path, instrument):
    # The codes are the int8 Fortran-order array the statistics functions take.
    m, _ = libls.ResponseMatrix.read_csv(write(tmp_path / "r.csv", CSV), instrument)
    assert m.codes.dtype == np.int8 and m.codes.flags["F_CONTIGUOUS"]
    assert libls.codings_for(instrument, m.items)[0].value_of(int(m.codes[0, 0])) == 5
