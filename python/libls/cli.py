"""The ``libls`` command (also ``python -m libls``).

    libls validate FILE [FILE ...] [--type TYPE]
    libls score RESPONSES.csv (--instrument FILE | --builtin ID) [--out FILE] ...
    libls compare RESPONSES.csv (--instrument FILE | --builtin ID) --level LEVEL
                  [--reference rest|all|group [--reference-group LABEL]] [--out FILE] ...
    libls report RESPONSES.csv (--instrument FILE | --builtin ID) --out REPORT.html
                 [--six-factor FILE ...] [--cycle-log FILE ...] [--title TEXT] ...

``score``, ``compare`` and ``report`` read the responses the same way and take the same
reading and analysis options (--column, --missing, --min-group-size, --agreement-level,
--skip-rejected, --threads); ``report`` writes one self-contained HTML file (see
libls.report). Progress goes to standard error, results to standard output.

Exit codes: 0 done (every file valid; the responses scored; the report written); 1 the
input has errors (each printed with its place: a path in the file, a line and column of
the CSV; rejected rows without --skip-rejected; an invalid instrument, six-factor
assessment or cycle log); 2 the command could not run (no such file, an unknown type, a
usage error).
"""

from __future__ import annotations

import argparse
import datetime
import sys
import time
from dataclasses import dataclass
from pathlib import Path

from . import _core
from ._errors import Error, ValidationError

__all__ = ["main", "parser"]

# What `validate` reads: the type named by --type, or by the file name's last suffix
# before .json (where-are-we-now.scale.json is a scale).
TYPES = {
    "scale": _core.ResponseScale,
    "instrument": _core.Instrument,
    "kasab": _core.KasabChart,
    "six_factor": _core.SixFactorAssessment,
    "ic_map": _core.IcMap,
    "protocol": _core.Protocol,
    "organization": _core.Organization,
    "cycle_log": _core.CycleLog,
    "catalog": _core.Catalog,
    "responses": _core.ResponseRecords,
}

EXIT_VALID, EXIT_INVALID, EXIT_UNUSABLE = 0, 1, 2


class UsageError(Exception):
    """The command cannot run: exit code 2, the message, no traceback."""


def type_of(path: Path, named: str | None):
    if named is not None:
        return TYPES[named]
    parts = path.name.split(".")
    if len(parts) >= 3 and parts[-1] == "json" and parts[-2] in TYPES:
        return TYPES[parts[-2]]
    raise UsageError(f"{path}: cannot tell what the file holds; name it <name>.<type>.json or "
                     f"give --type ({', '.join(TYPES)})")


def issues_of(path: Path, kind) -> list:
    """Every issue of the file: JSON structure (unknown or missing fields, wrong types),
    then the domain rules."""
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as e:
        raise UsageError(f"{path}: {e.strerror or e}") from e
    except UnicodeDecodeError as e:
        raise UsageError(f"{path}: not UTF-8 text ({e.reason} at byte {e.start})") from e
    # Loading checks the structure (strict: a field the type does not have is an error)
    # and then the rules, and raises with every issue found. A structural error stops the
    # strict load before the rules, so the file is read leniently as well, for the rules'
    # issues in the rest of it.
    issues: list = []
    for strict in (True, False):
        try:
            found = list(kind.from_json(text, strict=strict).validate().issues)
        except ValidationError as e:
            found = list(e.issues)
        seen = {(i.code, i.path) for i in issues}
        issues += [i for i in found if (i.code, i.path) not in seen]
    return issues


def print_issues(path: Path, issues: list) -> int:
    """Prints each issue as FILE: severity code at /path: message, then the verdict;
    returns the number of errors."""
    errors = [i for i in issues if i.severity == _core.Severity.error]
    for issue in issues:
        print(f"{path}: {issue.severity.name} {issue.code} at {issue.path or '/'}: "
              f"{issue.message}")
    print(f"{path}: {'valid' if not errors else 'invalid'} ({len(errors)} error(s), "
          f"{len(issues) - len(errors)} warning(s))")
    return len(errors)


def validate(args) -> int:
    worst = EXIT_VALID
    for name in args.files:
        path = Path(name)
        if print_issues(path, issues_of(path, type_of(path, args.type))):
            worst = EXIT_INVALID
    return worst


def progress(message: str, started: float) -> None:
    """A step of a long run, on standard error (standard output carries the results)."""
    print(f"[{time.perf_counter() - started:6.1f} s] {message}", file=sys.stderr, flush=True)


def instrument_of(args) -> _core.Instrument:
    if args.builtin:
        try:
            return _core.builtin_instrument(args.builtin)
        except ValueError as e:
            raise UsageError(str(e)) from e
    path = Path(args.instrument)
    issues = issues_of(path, _core.Instrument)
    errors = [i for i in issues if i.severity == _core.Severity.error]
    if errors:
        raise ValidationError(f"{path}: the instrument is invalid", issues)
    return _core.Instrument.from_json(path.read_text(encoding="utf-8"))


def csv_options(args, instrument: _core.Instrument) -> _core.CsvOptions:
    """--column HEADER=NAME: NAME is an item id (an item column) or a metadata field."""
    items, fields = {}, {}
    rated = set(instrument.rated_item_ids())
    for mapping in args.column or []:
        header, _, name = mapping.partition("=")
        if not header or not name:
            raise UsageError(f"--column {mapping!r}: give HEADER=ITEM or HEADER=FIELD")
        (items if name in rated else fields)[header] = name
    return _core.CsvOptions(item_columns=items, metadata_columns=fields,
                            threads=args.threads, missing_values=args.missing or [])


def write_table(frame, out: Path) -> None:
    if out.suffix == ".json":
        frame.to_json(out, orient="records", indent=1)
    elif out.suffix == ".csv":
        frame.to_csv(out, index=False)
    else:
        raise UsageError(f"{out}: write .csv or .json")


@dataclass
class Responses:
    """What the reading part of score and report gives: the file, its instrument, the
    accepted answers and the reader's report."""

    path: Path
    instrument: _core.Instrument
    matrix: _core.ResponseMatrix
    read: _core.CsvReport


def read_responses(args, started: float) -> Responses | None:
    """Reads args.responses with the instrument and CSV options of the command line,
    printing every rejected line as FILE:LINE:COLUMN; None when rows were rejected and
    --skip-rejected was not given (the caller exits 1)."""
    instrument = instrument_of(args)
    path = Path(args.responses)
    if not path.is_file():
        raise UsageError(f"{path}: no such file")
    progress(f"reading {path}", started)
    matrix, read = _core.ResponseMatrix.read_csv(str(path), instrument,
                                                 csv_options(args, instrument))
    for issue in read.issues:
        print(f"{path}:{issue.line}:{issue.column}: {issue.severity.name} {issue.code} "
              f"({issue.column_name}): {issue.message}")
    progress(f"{read.rows_read} rows read: {read.accepted} accepted, {read.rejected} "
             f"rejected", started)
    if read.rejected and not args.skip_rejected:
        print(f"{path}: {read.rejected} row(s) rejected; nothing scored (--skip-rejected "
              f"scores the accepted rows)")
        return None
    return Responses(path, instrument, matrix, read)


def analysis_options(args, levels: list) -> _core.AnalysisOptions:
    """The analysis the options ask for (no agreement when the data have no levels)."""
    return _core.AnalysisOptions(
        groups=_core.AggregateOptions(min_group_size=args.min_group_size),
        agreement_level=args.agreement_level if levels else "none", threads=args.threads)


def analyse(args, responses: Responses, started: float) -> _core.SurveyAnalysis:
    """The one-pass analysis of the accepted answers, by the levels of their metadata."""
    import numpy as np
    matrix = responses.matrix
    levels = matrix.levels()
    plan = _core.scoring_plan(responses.instrument, matrix.items)
    progress(f"analysing {matrix.rows} respondents, {len(plan.subscales)} subscale(s), "
             f"levels {', '.join(l[0] for l in levels) or '(none)'}", started)
    return _core.analyse(np.asfortranarray(matrix.codes), plan, levels,
                         analysis_options(args, levels))


def check_table_out(out: str | None) -> None:
    if out and Path(out).suffix not in (".csv", ".json"):
        raise UsageError(f"{out}: write .csv or .json")


def read_and_analyse(args, started: float) -> _core.SurveyAnalysis | None:
    """What score and compare begin with: the --out checked, the CSV read, the accepted
    rows analysed; None when rows were rejected (the caller exits 1)."""
    check_table_out(args.out)
    responses = read_responses(args, started)
    return None if responses is None else analyse(args, responses, started)


def score(args) -> int:
    started = time.perf_counter()
    analysis = read_and_analyse(args, started)
    if analysis is None:
        return EXIT_INVALID
    print(analysis.to_frame("reliability").to_string(index=False))
    table = analysis.to_frame()
    published = table[table["suppression"] == "none"]
    print(f"{len(published)} of {len(table)} group results published (minimum group size "
          f"{args.min_group_size})")
    if args.out:
        write_table(table, Path(args.out))
        progress(f"wrote {args.out}", started)
    return EXIT_VALID


# The columns compare prints, in order; --out writes every column of to_frame().
COMPARE_COLUMNS = ["group", "n", "mean", "ci_lower", "ci_upper", "reference_n",
                   "reference_mean", "difference", "difference_ci_lower",
                   "difference_ci_upper", "hedges_g", "p_value", "p_holm", "p_bh"]


def comparison_options(args) -> _core.ComparisonOptions:
    return _core.ComparisonOptions(
        level=args.level, reference=_core.ComparisonReference[args.reference],
        reference_group=args.reference_group or "", confidence_level=args.confidence)


def print_comparison(comparison: _core.GroupComparison) -> None:
    """A table per subscale: every compared group's numbers; a suppressed group by its
    count only, an undefined comparison with the reason."""
    import pandas as pd
    frame = comparison.to_frame()
    print(f"{comparison.options.level} against {comparison.reference_label} "
          f"({100 * comparison.options.confidence_level:g} % intervals; p adjusted across "
          f"the {comparison.options.level} groups of each subscale: Holm, "
          f"Benjamini-Hochberg)")
    for subscale, rows in frame.groupby("subscale", sort=False, observed=True):
        hidden = rows["status"] == "group_suppressed"
        shown = rows[~hidden]
        print(f"\n{subscale}:")
        with pd.option_context("display.width", 200, "display.max_columns", None,
                               "display.max_rows", None):
            print(shown[COMPARE_COLUMNS].round(4).to_string(index=False))
        for _, row in shown[shown["status"] != "compared"].iterrows():
            print(f"  {row['group']}: {row['note']}")
        if hidden.any():
            print(f"  {int(hidden.sum())} suppressed group(s) not shown")


def compare(args) -> int:
    started = time.perf_counter()
    analysis = read_and_analyse(args, started)
    if analysis is None:
        return EXIT_INVALID
    comparison = _core.compare_groups(analysis.groups, comparison_options(args))
    print_comparison(comparison)
    if args.out:
        write_table(comparison.to_frame(), Path(args.out))
        progress(f"wrote {args.out}", started)
    return EXIT_VALID


def load_all(names: list[str] | None, kind) -> tuple[list, bool]:
    """Every file of one kind (six-factor assessments, cycle logs), checked like validate
    checks it; the values and whether all were valid (the issues of invalid files are
    printed with their paths)."""
    values, valid = [], True
    for name in names or []:
        path = Path(name)
        issues = issues_of(path, kind)
        if any(i.severity == _core.Severity.error for i in issues):
            print_issues(path, issues)
            valid = False
        else:
            values.append(kind.from_json(path.read_text(encoding="utf-8")))
    return values, valid


def report(args) -> int:
    started = time.perf_counter()
    out = Path(args.out)
    if out.suffix.lower() not in (".html", ".htm"):
        raise UsageError(f"{out}: the report is HTML: name it .html")
    if not out.parent.is_dir():
        raise UsageError(f"{out.parent}: no such folder")
    as_of = args.as_of or datetime.date.today().isoformat()
    try:
        datetime.date.fromisoformat(as_of)
    except ValueError as e:
        raise UsageError(f"--as-of {as_of!r}: give a date as YYYY-MM-DD") from e
    # The small files first: an invalid one stops the run before the long part.
    assessments, assessments_valid = load_all(args.six_factor, _core.SixFactorAssessment)
    logs, logs_valid = load_all(args.cycle_log, _core.CycleLog)
    if not (assessments_valid and logs_valid):
        print("libls: nothing written: the files above are invalid")
        return EXIT_INVALID
    responses = read_responses(args, started)
    if responses is None:
        return EXIT_INVALID
    from . import report as reports
    progress(f"analysing {responses.matrix.rows} respondents", started)
    built = reports.from_matrix(
        responses.matrix, responses.instrument,
        analysis_options(args, responses.matrix.levels()), read=responses.read,
        source=responses.path.name, title=args.title, six_factor=assessments,
        cycle_logs=logs, as_of=as_of)
    try:
        built.write(out, progress=lambda step: progress(step, started))
    except OSError as e:
        raise UsageError(f"{out}: {e.strerror or e}") from e
    progress(f"wrote {out}", started)
    return EXIT_VALID


def add_response_options(command: argparse.ArgumentParser) -> None:
    """What score and report share: the CSV, its instrument, how to read and analyse it."""
    command.add_argument("responses", metavar="RESPONSES.csv")
    source = command.add_mutually_exclusive_group(required=True)
    source.add_argument("--instrument", metavar="FILE", help="an instrument JSON file")
    source.add_argument("--builtin", metavar="ID",
                        help="a built-in instrument, e.g. where_are_we_now")
    command.add_argument("--column", action="append", metavar="HEADER=NAME",
                         help="map a CSV header to an item id or a metadata field (system, "
                              "school, team, role, wave, id, weight); repeat as needed")
    command.add_argument("--missing", action="append", metavar="TEXT",
                         help="a text that means no answer, e.g. NA (repeat as needed)")
    command.add_argument("--min-group-size", type=int, default=5, metavar="N",
                         help="groups of fewer respondents are suppressed (default 5)")
    command.add_argument("--agreement-level", default="", metavar="LEVEL",
                         help="the level whose groups get rwg(j): system, school, team, or "
                              "none (default: the lowest level present)")
    command.add_argument("--skip-rejected", action="store_true",
                         help="score the accepted rows even when some were rejected")
    command.add_argument("--threads", type=int, default=0, metavar="N", help="0: one per core")


def parser() -> argparse.ArgumentParser:
    """The argument parser of the libls command and its subcommands.

    Returns
    -------
    argparse.ArgumentParser
        ``validate``, ``score``, ``compare`` and ``report``, each with its options and ``--help``.
    """
    top = argparse.ArgumentParser(
        prog="libls", description="libls: the tools of a learning system, from the command line.",
        epilog="Exit codes: 0 done (valid, scored, written), 1 invalid input (every issue "
               "printed with its place), 2 the command could not run.")
    commands = top.add_subparsers(dest="command", required=True, metavar="COMMAND")
    check = commands.add_parser(
        "validate", help="check files against their type's structure and rules",
        description="Check JSON files: every issue is printed as "
                    "'FILE: severity code at /path: message'.",
        epilog="Exit codes: 0 valid, 1 invalid, 2 the command could not run.")
    check.add_argument("files", nargs="+", metavar="FILE")
    check.add_argument("--type", choices=sorted(TYPES),
                       help="what the files hold; by default read from the file name "
                            "(<name>.<type>.json)")
    check.set_defaults(run=validate)

    run = commands.add_parser(
        "score", help="score a CSV file of responses: groups, agreement, alpha, ICC",
        description="Read a wide CSV of responses (a line per respondent), score it with an "
                    "instrument and analyse it in one pass: every group's n, mean, sd, "
                    "interval and percent favorable at each level (system, school, team "
                    "columns), rwg(j), alpha and ICCs. Rejected lines are printed as "
                    "FILE:LINE:COLUMN: severity code (column): message.",
        epilog="Exit codes: 0 scored, 1 invalid input (rejected rows without "
               "--skip-rejected, an invalid instrument), 2 the command could not run.")
    add_response_options(run)
    run.add_argument("--out", metavar="FILE", help="write every group result (.csv or .json)")
    run.set_defaults(run=score)

    side = commands.add_parser(
        "compare", help="compare the groups of a level, each against a reference",
        description="Read and analyse a CSV of responses as score does, then compare every "
                    "group of one level (e.g. the districts) with a reference on every "
                    "subscale: n, mean and interval, the difference with Welch's interval "
                    "and test, Hedges' g, p adjusted by Holm and Benjamini-Hochberg. "
                    "Suppressed groups are counted, never shown.",
        epilog="Exit codes: 0 compared, 1 invalid input (rejected rows without "
               "--skip-rejected, an invalid instrument, a level or reference group the data "
               "do not have), 2 the command could not run.")
    add_response_options(side)
    side.add_argument("--level", required=True, metavar="LEVEL",
                      help="the level whose groups are compared: system, school or team")
    side.add_argument("--reference", default="rest", choices=["rest", "all", "group"],
                      help="each group against the rest of the respondents (default), all "
                           "respondents, or the group named by --reference-group")
    side.add_argument("--reference-group", metavar="LABEL",
                      help="the group of the same level that every group is compared with")
    side.add_argument("--confidence", type=float, default=0.95, metavar="LEVEL",
                      help="of the intervals (default 0.95)")
    side.add_argument("--out", metavar="FILE",
                      help="write every comparison row, all columns (.csv or .json)")
    side.set_defaults(run=compare)

    write = commands.add_parser(
        "report", help="write a self-contained HTML report of a CSV file of responses",
        description="Read and analyse a CSV of responses as score does, and write one HTML "
                    "file that needs nothing else to open: what it was made from, the rows "
                    "read and rejected, alpha, the answers to each item, every published "
                    "group's results per level with plots (suppressed groups only counted), "
                    "and, when given, six-factor assessments and cycle logs.",
        epilog="Exit codes: 0 written, 1 invalid input (rejected rows without "
               "--skip-rejected, an invalid instrument, six-factor or cycle-log file: every "
               "issue printed with its path), 2 the command could not run.")
    add_response_options(write)
    write.add_argument("--out", metavar="REPORT.html", required=True,
                       help="the HTML file to write")
    write.add_argument("--six-factor", action="append", metavar="FILE",
                       help="a six-factor assessment (JSON) to show; repeat as needed")
    write.add_argument("--cycle-log", action="append", metavar="FILE",
                       help="a learning team's cycle log (JSON) for the cycle overview; "
                            "repeat as needed")
    write.add_argument("--as-of", metavar="DATE",
                       help="the date of the cycle overview (default: today)")
    write.add_argument("--title", metavar="TEXT", help="the report's title (default: the "
                                                       "instrument's title)")
    write.set_defaults(run=report)
    return top


def main(argv: list[str] | None = None) -> int:
    """Runs the libls command.

    Parameters
    ----------
    argv : list of str, optional
        The arguments after the program name; by default ``sys.argv[1:]``.

    Returns
    -------
    int
        The exit code: 0 done, 1 the input has errors (printed with their places), 2 the
        command could not run (the reason on standard error). A usage error exits 2
        through argparse (SystemExit).
    """
    args = parser().parse_args(argv)  # exits 2 on a usage error, as argparse does
    try:
        return args.run(args)
    except UsageError as e:
        print(f"libls: {e}", file=sys.stderr)
        return EXIT_UNUSABLE
    except ValidationError as e:  # input that stops the run: every issue, with its place
        for issue in e.issues:
            print(f"{issue.severity.name} {issue.code} at {issue.path or '/'}: {issue.message}")
        # The message's first line is its summary; the rest lists the issues just printed.
        print(f"libls: {str(e).splitlines()[0].rstrip(':') if str(e) else 'invalid input'}")
        return EXIT_INVALID
    except Error as e:  # e.g. levels that do not nest: the message says where
        print(f"libls: {e}")
        return EXIT_INVALID


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
