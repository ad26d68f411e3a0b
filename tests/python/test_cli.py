"""The libls command: validate prints every issue with its path and exits non-zero."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from libls.cli import main

EXAMPLE = Path(__file__).resolve().parents[2] / "examples" / "data" / "where-are-we-now.scale.json"


def run(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "libls", *args], capture_output=True, text=True)


def test_a_valid_file_exits_0(capsys):
    assert main(["validate", str(EXAMPLE)]) == 0
    assert capsys.readouterr().out == f"{EXAMPLE}: valid (0 error(s), 0 warning(s))\n"


def test_a_broken_file_prints_every_issue_with_its_path_and_exits_1(tmp_path):
    bad = tmp_path / "bad.scale.json"
    bad.write_text(json.dumps({"id": "x", "options": [{"code": 1, "label": ""},
                                                      {"code": 1, "label": "b", "extra": 2}]}))
    done = run("validate", str(bad))
    assert done.returncode == 1
    lines = done.stdout.splitlines()
    # A field the scale does not have, and the rules' findings in the rest of the file.
    assert f"{bad}: error json.unknown_key at /options/1/extra: " in lines[0]
    assert any("scale.duplicate_code at /options/1/code" in line for line in lines)
    assert any("scale.blank_label at /options/0/label" in line for line in lines)
    assert lines[-1] == f"{bad}: invalid (3 error(s), 1 warning(s))"
    assert "Traceback" not in done.stderr


def test_json_syntax_errors_and_the_type_option(tmp_path):
    broken = tmp_path / "draft.json"
    broken.write_text('{"id": ')
    done = run("validate", "--type", "instrument", str(broken))
    assert done.returncode == 1 and "error json.syntax at /:" in done.stdout


def test_a_file_that_cannot_be_read_or_typed_exits_2(tmp_path, capsys):
    assert main(["validate", "--type", "scale", str(tmp_path / "missing.json")]) == 2
    assert "No such file" in capsys.readouterr().err
    untyped = tmp_path / "thing.json"
    untyped.write_text("{}")
    assert main(["validate", str(untyped)]) == 2
    assert "cannot tell what the file holds" in capsys.readouterr().err
    with pytest.raises(SystemExit) as usage:
        main(["validate"])
    assert usage.value.code == 2


def test_help_names_the_commands_and_exit_codes():
    done = run("--help")
    assert done.returncode == 0 and "validate" in done.stdout and "Exit codes" in done.stdout
    installed = Path(sys.executable).parent / "libls"
    if installed.exists():  # the console script pip installs
        assert subprocess.run([str(installed), "validate", str(EXAMPLE)]).returncode == 0


RESPONSES = """id,school,vision,definition,leaders_align,daily_learning,learning_communities
r1,A,agree,5,4,4,2
r2,A,4,4,4,no opinion,5
r3,A,5,5,4,4,4
r4,A,4,4,5,5,4
r5,A,2,4,4,4,4
r6,B,1,2,2,2,1
r7,B,2,2,1,2,9
"""


def test_score_refuses_rejected_rows_unless_told_and_says_where(tmp_path):
    path = tmp_path / "responses.csv"
    path.write_text(RESPONSES)
    done = run("score", str(path), "--builtin", "where_are_we_now")
    assert done.returncode == 1
    assert f"{path}:8:7: error csv.not_on_scale (learning_communities):" in done.stdout
    assert "nothing scored" in done.stdout
    assert "7 rows read: 6 accepted, 1 rejected" in done.stderr  # progress


def test_score_writes_every_group_result_and_hides_small_groups(tmp_path):
    import pandas as pd

    path, out = tmp_path / "responses.csv", tmp_path / "groups.csv"
    path.write_text(RESPONSES)
    done = run("score", str(path), "--builtin", "where_are_we_now", "--skip-rejected",
               "--min-group-size", "2", "--out", str(out))
    assert done.returncode == 0, done.stdout + done.stderr
    assert "listwise" in done.stdout and "pairwise" in done.stdout
    groups = pd.read_csv(out)
    assert groups["group"].tolist() == ["all respondents", "A", "B"]
    assert groups.loc[0, "n"] == 6
    # B has one accepted respondent (below 2), so A (= all - B) is hidden too.
    assert groups["suppression"].tolist() == ["none", "complementary", "below_minimum"]
    assert groups.loc[1:, ["n", "mean"]].isna().all().all()


def test_score_with_an_invalid_instrument_or_bad_arguments(tmp_path):
    path = tmp_path / "responses.csv"
    path.write_text(RESPONSES)
    bad = tmp_path / "draft.instrument.json"
    bad.write_text(json.dumps({"id": "", "title": "t", "scales": [], "items": []}))
    done = run("score", str(path), "--instrument", str(bad))
    assert done.returncode == 1 and "error" in done.stdout and "at /id" in done.stdout
    assert run("score", str(path), "--builtin", "no_such_survey").returncode == 2
    done = run("score", str(path), "--builtin", "where_are_we_now", "--out", str(tmp_path / "x.xlsx"))
    assert done.returncode == 2 and "write .csv or .json" in done.stderr


def report_inputs(tmp_path: Path) -> dict[str, Path]:
    from test_html import sample_assessment, sample_cycle_log

    paths = {"responses": tmp_path / "responses.csv", "six_factor": tmp_path / "a.six_factor.json",
             "cycle_log": tmp_path / "grade_4.cycle_log.json", "out": tmp_path / "report.html"}
    paths["responses"].write_text(RESPONSES)
    paths["six_factor"].write_text(sample_assessment().to_json())
    paths["cycle_log"].write_text(sample_cycle_log().to_json())
    return paths


def test_report_writes_one_html_file_with_progress_on_stderr(tmp_path, capsys):
    paths = report_inputs(tmp_path)
    code = main(["report", str(paths["responses"]), "--builtin", "where_are_we_now",
                 "--skip-rejected", "--min-group-size", "2", "--out", str(paths["out"]),
                 "--six-factor", str(paths["six_factor"]), "--cycle-log", str(paths["cycle_log"]),
                 "--as-of", "2026-10-01", "--title", "Springfield, autumn"])
    out, err = capsys.readouterr()
    assert code == 0, out + err
    assert f"{paths['responses']}:8:7: error csv.not_on_scale (learning_communities):" in out
    assert "7 rows read: 6 accepted, 1 rejected" in err
    assert "report: level" in err and f"wrote {paths['out']}" in err
    page = paths["out"].read_text(encoding="utf-8")
    assert "<title>Springfield, autumn</title>" in page
    for section in ("about", "data", "reliability", "items", "level-school", "six-factor",
                    "cycles"):
        assert f'<section id="{section}">' in page
    assert "responses.csv" in page and "Cycle overview as of 2026-10-01" in page


def test_report_refuses_rejected_rows_unless_told(tmp_path):
    paths = report_inputs(tmp_path)
    done = run("report", str(paths["responses"]), "--builtin", "where_are_we_now",
               "--out", str(paths["out"]))
    assert done.returncode == 1
    assert f"{paths['responses']}:8:7: error csv.not_on_scale" in done.stdout
    assert "1 row(s) rejected; nothing scored" in done.stdout
    assert not paths["out"].exists() and "Traceback" not in done.stderr


def test_report_prints_the_issues_of_invalid_six_factor_and_cycle_log_files(tmp_path):
    paths = report_inputs(tmp_path)
    assessment = json.loads(paths["six_factor"].read_text())
    assessment["participants"][0]["ratings"][0]["rating"] = 7
    paths["six_factor"].write_text(json.dumps(assessment))
    log = json.loads(paths["cycle_log"].read_text())
    log["entries"][0]["started"] = "someday"
    paths["cycle_log"].write_text(json.dumps(log))
    done = run("report", str(paths["responses"]), "--builtin", "where_are_we_now",
               "--skip-rejected", "--out", str(paths["out"]), "--six-factor",
               str(paths["six_factor"]), "--cycle-log", str(paths["cycle_log"]))
    assert done.returncode == 1, done.stdout + done.stderr
    lines = done.stdout.splitlines()
    assert any(line.startswith(f"{paths['six_factor']}: error ")
               and " at /participants/0/ratings/0/rating: " in line for line in lines), lines
    assert any(line.startswith(f"{paths['cycle_log']}: error ")
               and " at /entries/0/started: " in line for line in lines), lines
    assert f"{paths['six_factor']}: invalid (1 error(s)" in done.stdout
    assert "Traceback" not in done.stderr and not paths["out"].exists()
    assert "rows read" not in done.stderr  # stopped before the long part


def test_report_usage_errors_exit_2(tmp_path, capsys):
    paths = report_inputs(tmp_path)
    base = ["report", str(paths["responses"]), "--builtin", "where_are_we_now", "--skip-rejected"]
    assert main([*base, "--out", str(tmp_path / "report.pdf")]) == 2
    assert "name it .html" in capsys.readouterr().err
    assert main([*base, "--out", str(tmp_path / "no" / "such" / "r.html")]) == 2
    assert "no such folder" in capsys.readouterr().err
    assert main([*base, "--out", str(paths["out"]), "--six-factor", str(tmp_path / "x.json")]) == 2
    assert "No such file" in capsys.readouterr().err
    assert main([*base, "--out", str(paths["out"]), "--as-of", "1 October"]) == 2
    assert "YYYY-MM-DD" in capsys.readouterr().err
    with pytest.raises(SystemExit) as usage:
        main(base)  # --out is required
    assert usage.value.code == 2
    assert not paths["out"].exists()


def test_report_help_lists_its_options_and_exit_codes():
    done = run("report", "--help")
    assert done.returncode == 0
    for option in ("--instrument", "--builtin", "--out", "--six-factor", "--cycle-log",
                   "--min-group-size", "--title", "--column", "--missing", "--skip-rejected",
                   "--threads", "Exit codes"):
        assert option in done.stdout, option
    # score shares the reading options with report
    assert "--skip-rejected" in run("score", "--help").stdout


SAMPLE = EXAMPLE.parent / "synthetic-district-responses.csv"


def sample_scores():
    """Each sample respondent's district and subscale score, computed here with libls'
    scoring (itself checked against R), not through the command."""
    import numpy as np
    import libls

    instrument = libls.builtin_instrument("where_are_we_now")
    matrix, _ = libls.ResponseMatrix.read_csv(str(SAMPLE), instrument)
    plan = libls.scoring_plan(instrument, matrix.items)
    scores, _ = libls.subscale_scores(np.asfortranarray(matrix.codes), plan)
    level, codes, labels = matrix.levels()[0]
    assert level == "system"
    return np.asarray(labels)[codes], scores[:, 0]


def test_compare_gives_welch_and_hedges_of_each_district_against_the_rest(tmp_path):
    import numpy as np
    import pandas as pd
    from scipy import stats

    out = tmp_path / "districts.csv"
    done = run("compare", str(SAMPLE), "--builtin", "where_are_we_now", "--level", "system",
               "--out", str(out))
    assert done.returncode == 0, done.stdout + done.stderr
    assert "against rest of the system" in done.stdout
    for district in ("north", "central", "south"):
        assert district in done.stdout
    frame = pd.read_csv(out)
    assert frame["group"].tolist() == ["north", "central", "south"]
    districts, scores = sample_scores()
    scored = ~np.isnan(scores)
    for _, row in frame.iterrows():
        mine = scores[scored & (districts == row["group"])]
        rest = scores[scored & (districts != row["group"])]
        welch = stats.ttest_ind(mine, rest, equal_var=False)
        assert row["n"] == len(mine) and row["reference_n"] == len(rest)
        assert row["difference"] == pytest.approx(mine.mean() - rest.mean(), rel=1e-12)
        assert row["t"] == pytest.approx(welch.statistic, rel=1e-10)
        assert row["p_value"] == pytest.approx(welch.pvalue, rel=1e-8, abs=1e-300)
        pooled = np.sqrt(((len(mine) - 1) * mine.var(ddof=1) + (len(rest) - 1) * rest.var(ddof=1))
                         / (len(mine) + len(rest) - 2))
        d = (mine.mean() - rest.mean()) / pooled
        assert abs(row["hedges_g"]) < abs(d)  # the small-sample correction shrinks d
        assert row["hedges_g"] == pytest.approx(d, rel=2e-3)
    # Holm's adjustment of three p-values never lowers one.
    assert (frame["p_holm"] >= frame["p_value"]).all()


def test_compare_never_shows_a_suppressed_group(tmp_path):
    import pandas as pd

    out = tmp_path / "districts.json"
    # north has 230 respondents: below 235 it is hidden, and with it a second district
    # (else all respondents minus the other two would give it away).
    done = run("compare", str(SAMPLE), "--builtin", "where_are_we_now", "--level", "system",
               "--min-group-size", "235", "--out", str(out))
    assert done.returncode == 0, done.stdout + done.stderr
    assert "north" not in done.stdout
    assert "suppressed group(s) not shown" in done.stdout
    frame = pd.read_json(out)
    hidden = frame[frame["status"] == "group_suppressed"]
    assert "north" in hidden["group"].tolist() and len(hidden) >= 2
    assert hidden[["n", "mean", "reference_n", "reference_mean", "difference"]].isna().all().all()


def test_compare_reports_options_that_do_not_fit_the_data(tmp_path, capsys):
    done = run("compare", str(SAMPLE), "--builtin", "where_are_we_now", "--level", "district",
               "--reference", "group")
    assert done.returncode == 1
    assert "compare.level at /level" in done.stdout and '"system", "school", "team"' in done.stdout
    assert "compare.reference_group at /reference_group" in done.stdout
    assert "Traceback" not in done.stdout + done.stderr
    assert main(["compare", str(SAMPLE), "--builtin", "where_are_we_now", "--level", "system",
                 "--out", str(tmp_path / "x.txt")]) == 2
    assert "write .csv or .json" in capsys.readouterr().err
    help_text = run("compare", "--help").stdout
    assert "--reference-group" in help_text and "Exit codes" in help_text
