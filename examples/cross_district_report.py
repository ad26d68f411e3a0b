"""The main job (scripts/report): a cross-district report on the bundled sample data.

Part 1 reads examples/data/cross-district/ (synthetic: 12 districts, about 300 schools,
5,484 educators answering "Where are we now?", four six-factor assessments and twelve
cycle logs; see its README.md) as ``libls report`` does, prints a summary to the terminal
and writes the self-contained HTML report:

- the rows read, accepted and rejected (each rejected row with its line and column);
- Cronbach's alpha;
- each district against the rest of the system: n, mean with its interval, the
  difference with Welch's interval, Hedges' g and Holm's p (suppressed groups counted);
- how many groups each level has and how many are suppressed;
- the six-factor assessments (the team's rating and the mean of individual ratings per
  factor) and where the learning teams are in their cycles.

Part 2 is the check on real data: examples/nyc_2011_summary.py on the 2011 NYC School
Survey files.

    python examples/cross_district_report.py [--out-dir DIR]   # default build/report
"""

from __future__ import annotations

import argparse
import math
import sys
import time
from pathlib import Path

import libls
from libls import cli
from libls import report as reports

EXAMPLES = Path(__file__).resolve().parent
ROOT = EXAMPLES.parent
SAMPLE = EXAMPLES / "data" / "cross-district"
sys.path.insert(0, str(EXAMPLES / "data"))
sys.path.insert(0, str(EXAMPLES))
from make_cross_district_sample import AS_OF  # noqa: E402  (the day the logs are read at)

import nyc_2011_summary  # noqa: E402

TITLE = "Where are we now? Twelve districts (synthetic sample)"
LEVEL = "system"  # the districts: the CSV's system column


def report_args(out: Path) -> argparse.Namespace:
    """The options of ``libls report`` for the sample: rows with errors are left out (and
    listed), groups below 5 respondents suppressed."""
    return cli.parser().parse_args([
        "report", str(SAMPLE / "responses.csv"), "--builtin", "where_are_we_now",
        "--skip-rejected", "--min-group-size", "5", "--out", str(out), "--title", TITLE,
        "--as-of", AS_OF,
        *each("--six-factor", sorted((SAMPLE / "six-factor").glob("*.six_factor.json"))),
        *each("--cycle-log", sorted((SAMPLE / "cycle-logs").glob("*.cycle_log.json"))),
    ])


def each(option: str, paths: list[Path]) -> list[str]:
    """The option once per file: --six-factor a.json --six-factor b.json."""
    return [text for path in paths for text in (option, str(path))]


def interval(low: float, high: float, signed: bool = False) -> str:
    form = "+.3f" if signed else ".3f"
    return f"[{low:{form}}, {high:{form}}]"


def p_text(p: float) -> str:
    return "" if math.isnan(p) else "< 0.001" if p < 0.001 else f"{p:.3f}"


def print_comparison(comparison: libls.GroupComparison) -> None:
    """Each district against the rest: only the groups the comparison may show."""
    frame = comparison.to_frame()
    print(f"\nDistricts against the {comparison.reference_label} (95 % intervals; "
          f"Holm's p across the {len(comparison.group_label)} districts)")
    for subscale, rows in frame.groupby("subscale", sort=False, observed=True):
        hidden = rows["status"] == "group_suppressed"
        print(f"  {subscale}:")
        print(f"    {'district':<10} {'n':>5}  {'mean':>6} {'95 % interval':<16} "
              f"{'difference':>10} {'95 % interval':<18} {'g':>6} {'p (Holm)':>9}")
        for _, r in rows[~hidden].iterrows():
            print(f"    {r['group']:<10} {int(r['n']):>5}  {r['mean']:6.3f} "
                  f"{interval(r['ci_lower'], r['ci_upper']):<16} {r['difference']:>+10.3f} "
                  f"{interval(r['difference_ci_lower'], r['difference_ci_upper'], True):<18} "
                  f"{r['hedges_g']:>+6.3f} {p_text(r['p_holm']):>9}"
                  + ("" if r["status"] == "compared" else f"  ({r['note']})"))
        if hidden.any():
            print(f"    {int(hidden.sum())} suppressed district(s) not shown")


def print_suppression(built: reports.SurveyReport) -> None:
    print(f"\nGroups per level (minimum group size {built.min_group_size}; suppressed groups "
          "are only counted)")
    for subscale in built.subscales:
        for level in built.levels:
            results = built.results(level, subscale)
            print(f"  {level:<7} {results.groups:>4} groups: {len(results.published):>4} "
                  f"published, {results.below_minimum:>3} below the minimum, "
                  f"{results.complementary:>3} hidden to protect them")


def print_six_factor(assessments: list) -> None:
    if not assessments:
        return
    summaries = [libls.summarise_six_factor(a) for a in assessments]
    titles = [libls.support_factor_title(f) for f in libls.support_factors()]
    width = max(map(len, titles))
    print("\nSix-factor assessments: the team's consensus rating, 1-4 (in brackets the mean "
          "of the individual ratings)")
    print(f"  {'factor':<{width}}" + "".join(f" {s.system:>9}" for s in summaries))
    for i, title in enumerate(titles):
        cells = "".join(f" {s.factors[i].team_rating or '-':>3} ({s.factors[i].mean:.1f})"
                        for s in summaries)
        print(f"  {title:<{width}}{cells}")
    print("  participants: " + ", ".join(f"{s.system} {s.participant_count} ({s.date})"
                                         for s in summaries))


def print_cycles(logs: list) -> None:
    if not logs:
        return
    overview = libls.cycle_overview(logs, AS_OF)
    print(f"\nCycles of continuous improvement on {overview.as_of}: {len(overview.teams)} "
          f"learning teams")
    for team in overview.teams:
        position = team.position
        if position is None:
            print(f"  {team.team:<14} {team.state.name}")
            continue
        title = libls.describe_cycle_stage(position.stage).title
        print(f"  {team.team:<14} stage {position.stage_number} of {position.stage_count} "
              f"({title}) since {position.since}, {team.days_in_stage} day(s)")


def cross_district(out_dir: Path) -> int:
    started = time.perf_counter()
    out = out_dir / "cross-district.html"
    args = report_args(out)
    print(f"libls {libls.__version__}: cross-district report on the synthetic sample "
          f"({SAMPLE.relative_to(ROOT)})\n")
    # The small files first, checked as `libls validate` checks them.
    assessments, assessments_valid = cli.load_all(args.six_factor, libls.SixFactorAssessment)
    logs, logs_valid = cli.load_all(args.cycle_log, libls.CycleLog)
    if not (assessments_valid and logs_valid):
        return cli.EXIT_INVALID
    responses = cli.read_responses(args, started)  # prints every rejected row
    read = responses.read
    print(f"Rows: {read.rows_read} read, {read.accepted} accepted, {read.rejected} rejected "
          "(listed above with line and column)")

    built = reports.from_matrix(
        responses.matrix, responses.instrument,
        cli.analysis_options(args, responses.matrix.levels()), read=read,
        source=responses.path.name, title=args.title, six_factor=assessments,
        cycle_logs=logs, as_of=args.as_of)
    for r in built.analysis.reliability:
        a = r.listwise
        print(f"Cronbach's alpha ({r.subscale}, {a.item_count} items, listwise n {a.n}): "
              f"{a.alpha:.3f} {interval(a.feldt_lower, a.feldt_upper)}")

    comparison = libls.compare_groups(built.analysis.groups,
                                      libls.ComparisonOptions(level=LEVEL))
    print_comparison(comparison)
    print_suppression(built)
    print_six_factor(assessments)
    print_cycles(logs)

    built.write(out, progress=lambda step: cli.progress(step, started))
    print(f"\nHTML report: {out}")
    print(f"Part 1 took {time.perf_counter() - started:.1f} s")
    return cli.EXIT_VALID


def main(argv: list[str] | None = None) -> int:
    options = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    options.add_argument("--out-dir", type=Path, default=ROOT / "build" / "report",
                         help="where the HTML report is written (default build/report)")
    out_dir = options.parse_args(argv).out_dir
    out_dir.mkdir(parents=True, exist_ok=True)
    first = cross_district(out_dir)
    print("\n" + "-" * 88 + "\nPart 2: a check on real data\n")
    second = nyc_2011_summary.main()
    return max(first, second)


if __name__ == "__main__":
    sys.exit(main())
