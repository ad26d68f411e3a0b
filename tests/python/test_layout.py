"""Promises about the source tree that a reviewer would otherwise check by hand."""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
HEADERS = ROOT / "include" / "ls"
# Headers that only declare data or include others: nothing to test on their own.
WITHOUT_LOGIC = {"ls.hpp", "json/read_options.hpp", "responses/answer_code.hpp"}


def test_every_header_with_logic_has_a_catch2_test_file():
    missing = []
    for header in sorted(HEADERS.rglob("*.hpp")):
        relative = header.relative_to(HEADERS).as_posix()
        if relative in WITHOUT_LOGIC or header.name == "public_types.hpp":
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


def test_every_folder_list_of_public_types_is_gathered():
    gathered = (HEADERS / "public_types.hpp").read_text()
    for folder_list in HEADERS.glob("*/public_types.hpp"):
        folder = folder_list.parent.name
        assert f"<ls/{folder}/public_types.hpp>" in gathered, folder
        assert f"{folder}::public_structs" in gathered, folder
        assert f"{folder}::public_enums" in gathered, folder


def test_every_header_is_in_the_umbrella_header():
    umbrella = (HEADERS / "ls.hpp").read_text()
    missing = [h.relative_to(HEADERS).as_posix() for h in sorted(HEADERS.rglob("*.hpp"))
               if h.name != "ls.hpp" and f"<ls/{h.relative_to(HEADERS).as_posix()}>" not in umbrella]
    assert missing == []


def test_catch2_test_names_survive_ctest_discovery():
    # catch_discover_tests passes names as a CMake list: a ';' in a name splits the list,
    # and a '[' or ']' opens or closes a bracket in which ';' no longer separates; either
    # way every test after it silently stops running under ctest. (Catch reads '[' as a
    # tag in a filter, too.)
    bad = [f"{path.relative_to(ROOT)}: {name}"
           for path in sorted((ROOT / "tests" / "cpp").rglob("*_test.cpp"))
           for name in re.findall(r'TEST_CASE\("([^"]*)"', path.read_text())
           if set(name) & set(";[]")]
    assert bad == []
