"""The ``libls`` command (also ``python -m libls``).

    libls validate FILE [FILE ...] [--type TYPE]

Exit codes: 0 every file is valid (warnings may be printed); 1 a file has errors (each
is printed with its path in the file); 2 the command could not run (no such file, an
unknown type, a usage error).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from . import _core
from ._errors import ValidationError

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


def validate(args) -> int:
    worst = EXIT_VALID
    for name in args.files:
        path = Path(name)
        issues = issues_of(path, type_of(path, args.type))
        errors = [i for i in issues if i.severity == _core.Severity.error]
        for issue in issues:
            print(f"{path}: {issue.severity.name} {issue.code} at {issue.path or '/'}: "
                  f"{issue.message}")
        print(f"{path}: {'valid' if not errors else 'invalid'} ({len(errors)} error(s), "
              f"{len(issues) - len(errors)} warning(s))")
        if errors:
            worst = EXIT_INVALID
    return worst


def parser() -> argparse.ArgumentParser:
    top = argparse.ArgumentParser(
        prog="libls", description="libls: the tools of a learning system, from the command line.",
        epilog="Exit codes: 0 valid, 1 invalid (every issue printed with its path), "
               "2 the command could not run.")
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
    return top


def main(argv: list[str] | None = None) -> int:
    args = parser().parse_args(argv)  # exits 2 on a usage error, as argparse does
    try:
        return args.run(args)
    except UsageError as e:
        print(f"libls: {e}", file=sys.stderr)
        return EXIT_UNUSABLE


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
