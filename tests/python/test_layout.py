"""Promises about the source tree that a reviewer would otherwise check by hand."""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
HEADERS = ROOT / "include" / "ls"
# Headers that only declare data or include others: nothing to test on their own.
WITHOUT_LOGIC = {"ls.hpp", "public_types.hpp", "json/read_options.hpp"}


def test_every_header_with_logic_has_a_catch2_test_file():
    missing = []
    for header in sorted(HEADERS.rglob("*.hpp")):
        relative = header.relative_to(HEADERS).as_posix()
        if relative in WITHOUT_LOGIC:
            continue
        test = ROOT / "tests" / "cpp" / relative.replace(".hpp", "_test.cpp")
        if not test.is_file():
            missing.append(relative)
    assert missing == [], f"headers without tests/cpp/<header>_test.cpp: {missing}"


def test_no_hand_written_per_type_json_or_per_field_bindings():
    forbidden = re.compile(r"NLOHMANN_DEFINE_TYPE|NLOHMANN_JSON_SERIALIZE_ENUM|"
                           r"def_readwrite\(\"|def_readonly\(\"|\bvoid (to|from)_json\(")
    generic = {"include/ls/json/serializer.hpp"}  # the one serializer, for every type
    offenders = [str(path.relative_to(ROOT))
                 for folder in ("include", "src", "bindings")
                 for path in (ROOT / folder).rglob("*.[hc]pp")
                 if forbidden.search(path.read_text())]
    offenders = sorted(set(offenders) - generic)
    assert offenders == []


def test_every_catch2_test_file_is_compiled():
    listed = (ROOT / "tests" / "cpp" / "CMakeLists.txt").read_text()
    for test in (ROOT / "tests" / "cpp").rglob("*_test.cpp"):
        assert test.relative_to(ROOT / "tests" / "cpp").as_posix() in listed, test.name
