"""The main job (scripts/report): its sample data, its script, and the C++ example that
makes the same comparison.

- the committed sample in examples/data/cross-district/ is what its generator writes;
- examples/cross_district_report.py prints the summary and writes the HTML report;
- examples/cpp/compare_districts.cpp, when the C++ build has made it, gives the numbers
  libls.compare_groups gives on the same file.
"""

from __future__ import annotations

import csv
import importlib.util
import io
import math
import re
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

import libls

ROOT = Path(__file__).resolve().parents[2]
DATA = ROOT / "examples" / "data"
SAMPLE = DATA / "cross-district"
RESPONSES = SAMPLE / "responses.csv"
EXAMPLE = ROOT / "build" / "cmake" / "examples" / "cpp" / "ls_example_compare_districts"


def generator():
    spec = importlib.util.spec_from_file_location(
        "make_cross_district_sample", DATA / "make_cross_district_sample.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def files(folder: Path) -> dict[str, bytes]:
    return {p.relative_to(folder).as_posix(): p.read_bytes()
            for p in sorted(folder.rglob("*")) if p.is_file() and p.name != "README.md"}


def test_the_generator_writes_the_committed_sample(tmp_path):
    generator().main(tmp_path)
    written, committed = files(tmp_path), files(SAMPLE)
    assert sorted(written) == sorted(committed)
    changed = [name for name in written if written[name] != committed[name]]
    assert changed == [], "run examples/data/make_cross_district_sample.py and commit"


def test_the_sample_is_what_its_readme_says():
    matrix, read = libls.ResponseMatrix.read_csv(
        str(RESPONSES), libls.builtin_instrument("where_are_we_now"))
    assert (read.rows_read, read.accepted, read.rejected) == (5484, 5481, 3)
    assert [(i.line, i.code) for i in read.issues] == [
        (1002, "csv.unknown_answer"), (2502, "csv.not_on_scale"), (4002, "csv.duplicate_id")]
    assert [len(level[2]) for level in matrix.levels()] == [12, 292, 865]
    assert RESPONSES.stat().st_size < 500_000
    readme = (SAMPLE / "README.md").read_text()
    assert "synthetic" in readme.lower() and "No real person" in readme
    for path in sorted((SAMPLE / "six-factor").glob("*.six_factor.json")):
        assert libls.SixFactorAssessment.from_json(path.read_text(), strict=True).validate().ok()
    logs = sorted((SAMPLE / "cycle-logs").glob("*.cycle_log.json"))
    assert len(logs) == 12
    for path in logs:
        assert libls.CycleLog.from_json(path.read_text(), strict=True).validate().ok()


@pytest.fixture(scope="module")
def main_job(tmp_path_factory):
    out = tmp_path_factory.mktemp("report")
    run = subprocess.run([sys.executable, str(ROOT / "examples" / "cross_district_report.py"),
                          "--out-dir", str(out)], capture_output=True, text=True, cwd=ROOT)
    return run, out


def test_the_main_job_prints_the_summary(main_job):
    run, _ = main_job
    assert run.returncode == 0, run.stdout + run.stderr
    out = run.stdout
    assert "Rows: 5484 read, 5481 accepted, 3 rejected" in out
    assert re.search(r"responses\.csv:1002:6: error csv\.unknown_answer", out)
    assert re.search(r"Cronbach's alpha \(where_are_we_now, 5 items, listwise n \d+\): 0\.737", out)
    assert "Districts against the rest of the system" in out
    assert re.search(r"\n +oak +432 +4\.041 \[3\.991, 4\.091\] +\+0\.586 \[\+0\.532, \+0\.640\] "
                     r"+\+0\.795 +< 0\.001\n", out)
    assert re.search(r"\n +maple +430 +3\.493 .* -0\.010 .* -0\.013 +0\.781\n", out)
    assert re.search(r"school +292 groups: +284 published, +4 below the minimum, +4 hidden", out)
    assert re.search(r"team +865 groups: +508 published", out)
    assert "Six-factor assessments" in out
    assert "Cycles of continuous improvement on 2026-11-30: 12 learning teams" in out
    assert "Part 2: a check on real data" in out and "2011 NYC School Survey" in out


def test_the_main_job_writes_the_html_report(main_job):
    run, out = main_job
    report = out / "cross-district.html"
    assert f"HTML report: {report}" in run.stdout
    html = report.read_text(encoding="utf-8")
    for section in ("Comparison", "Six-factor assessments", "Cycles of continuous improvement"):
        assert f"<h2>{section}" in html
    assert "synthetic sample" in html


def python_comparison() -> libls.GroupComparison:
    instrument = libls.builtin_instrument("where_are_we_now")
    matrix, _ = libls.ResponseMatrix.read_csv(str(RESPONSES), instrument)
    analysis = libls.analyse(np.asfortranarray(matrix.codes),
                             libls.scoring_plan(instrument, matrix.items), matrix.levels())
    return libls.compare_groups(analysis.groups, libls.ComparisonOptions(level="system"))


@pytest.mark.skipif(not EXAMPLE.is_file(), reason="the C++ examples were not built")
def test_the_cpp_example_gives_the_numbers_of_libls_compare_groups():
    run = subprocess.run([str(EXAMPLE), str(RESPONSES), "--precise"], capture_output=True,
                         text=True, check=True)
    cpp = {row["group"]: row for row in csv.DictReader(io.StringIO(run.stdout))}
    assert len(cpp) == 12 and len(next(iter(cpp.values()))) == 14
    frame = python_comparison().to_frame()
    frame = frame[frame["status"] != "group_suppressed"]
    assert sorted(cpp) == sorted(frame["group"])
    for _, expected in frame.iterrows():
        row = cpp[expected["group"]]
        for column, text in row.items():
            if column == "group":
                continue
            value, want = float(text), float(expected[column])
            if column in ("n", "reference_n"):
                assert value == want, (expected["group"], column)
            else:
                assert math.isclose(value, want, rel_tol=1e-9, abs_tol=1e-9), \
                    (expected["group"], column, value, want)
