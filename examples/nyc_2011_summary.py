"""A check on real data: the bundled 2011 NYC School Survey files, read with libls.

The second part of the main job (scripts/report runs it after the cross-district report,
examples/cross_district_report.py); run it alone with the project's Python. It checks the
bundled response scale and the real 2011 NYC School Survey files, then summarises
school-level survey scores by district. Every rejected value is reported with its line and
column; districts with fewer than MIN_SCHOOLS reporting schools are suppressed.
"""

from __future__ import annotations

import csv
import math
import re
import sys
from collections import defaultdict
from pathlib import Path

import libls

DATA = Path(__file__).resolve().parent / "data"
MIN_SCHOOLS = 5
DOMAINS = {"saf": "safety", "com": "communication", "eng": "engagement", "aca": "academic"}
# A school code; the joined file also has records of two schools combined ("A/B").
DBN = re.compile(r"^\d{2}[A-Z]\d{3}(/\d{2}[A-Z]\d{3})*$")


def check_scale(path: Path) -> libls.ValidationReport:
    try:
        scale = libls.ResponseScale.from_json(path.read_text(), strict=True)
    except libls.ValidationError as e:
        return libls.ValidationReport(issues=e.issues)
    print(f"  {path.name}: {len(scale.options)} answers, "
          f"{scale.substantive_count()} substantive")
    return scale.validate()


def number(text: str, line: int, column: str, low: float, high: float, issues: list) -> float:
    """A number within [low, high], NaN for NA; anything else is an issue and NaN."""
    if text == "NA":
        return math.nan
    try:
        value = float(text)
    except ValueError:
        value = math.nan
    if not low <= value <= high:  # also false for NaN
        issues.append(libls.Issue(code="data.out_of_range", path=f"/{line}/{column}",
                                  message=f"{text!r} is not a number from {low:g} to {high:g}"))
        return math.nan
    return value


def district_of(dbn: str, line: int, issues: list) -> str | None:
    """The district of a school code; None (and an issue) if there is none."""
    path = f"/{line}/dbn"
    if not DBN.match(dbn):
        issues.append(libls.Issue(code="data.bad_dbn", path=path,
                                  message=f"{dbn!r} is not a school code"))
        return None
    districts = {code[:2] for code in dbn.split("/")}
    if len(districts) > 1:
        issues.append(libls.Issue(code="data.mixed_districts", path=path,
                                  message=f"{dbn!r} combines schools of different districts"))
        return None
    if "/" in dbn:
        issues.append(libls.Issue(code="data.combined_schools", path=path,
                                  severity=libls.Severity.warning,
                                  message=f"{dbn!r} is one record for several schools; "
                                          "counted once"))
    return dbn[:2]


def read_high_schools(path: Path, issues: list) -> dict:
    """district -> domain -> list of school total scores."""
    by_district = defaultdict(lambda: defaultdict(list))
    with path.open(newline="") as file:
        for line, row in enumerate(csv.DictReader(file), start=2):
            district = district_of(row["dbn"], line, issues)
            if district is None:
                continue
            for key in DOMAINS:
                column = f"{key}_tot_11"
                value = number(row[column], line, column, 0, 10, issues)
                by_district[district][key].append(value)
    return by_district


def print_district_table(by_district: dict) -> None:
    header = f"  {'district':>8} {'schools':>7} {'reporting':>9}" + "".join(
        f" {name:>15}" for name in DOMAINS.values())
    print(header)
    for district in sorted(by_district):
        columns = by_district[district]
        summaries = {k: libls.summarise(columns[k]) for k in DOMAINS}
        schools = len(columns["saf"])
        reporting = summaries["saf"].count
        cells = ("suppressed".rjust(15) if reporting < MIN_SCHOOLS else
                 f"{s.mean:>8.2f} ± {s.standard_deviation:4.2f}" for s in summaries.values())
        print(f"  {district:>8} {schools:>7} {reporting:>9}" + "".join(f" {c:>15}" for c in cells))


def summarise_district75(path: Path, issues: list) -> None:
    with path.open(newline="") as file:
        rows = list(csv.DictReader(file, delimiter="\t"))
    rates = [number(r["rr_t"], line, "rr_t", 0, 100, issues)
             for line, r in enumerate(rows, start=2)]
    teachers = sum(int(r["N_t"]) for r in rows)
    s = libls.summarise(rates)
    print(f"  {len(rows)} District 75 schools, {teachers} teacher respondents; "
          f"teacher response rate {s.mean:.1f}% (sd {s.standard_deviation:.1f}, "
          f"{s.minimum:.0f}-{s.maximum:.0f}%)")


def main() -> int:
    print(f"libls {libls.__version__}: the real 2011 NYC School Survey files\n")
    print("Response scale")
    report = check_scale(DATA / "where-are-we-now.scale.json")
    print(f"  {report.to_string()}\n")

    issues: list = []
    print("2011 NYC School Survey, high schools: school-level total scores (0-10), "
          f"mean ± sd of schools; districts with < {MIN_SCHOOLS} reporting schools suppressed")
    by_district = read_high_schools(DATA / "nyc-school-survey-2011/high-schools-2011.csv", issues)
    print_district_table(by_district)
    print()
    summarise_district75(DATA / "nyc-school-survey-2011/district75-items-2011.tsv", issues)

    data_report = libls.ValidationReport(issues=issues)
    print(f"\nData checks: {data_report.to_string()}")
    return 0 if report.ok() and data_report.ok() else 1


if __name__ == "__main__":
    sys.exit(main())
