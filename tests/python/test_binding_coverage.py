"""Every public type and free function of the C++ headers has a Python binding, or a
written reason why it has none.

Types: every described struct and enum (BOOST_DESCRIBE_*) outside ``detail`` must be a
class of libls._core; the generic binder binds exactly the lists of public_types.hpp, so
a type described but left off its folder's list fails here. Free functions: every
namespace-scope function declared in include/ls outside ``detail`` must be in BOUND (with
its Python names) or in NOT_BOUND (with the reason), so a new public function is a
decision, not an accident.
"""

from __future__ import annotations

import inspect
import re
from pathlib import Path

import pytest

from libls import _core

HEADERS = Path(__file__).resolve().parents[2] / "include" / "ls"

DESCRIBED = re.compile(r"BOOST_DESCRIBE_(?:STRUCT|ENUM|ENUM_CLASS)\(\s*(\w+)")
# A declaration at namespace scope starts in the first column (the headers are
# clang-formatted with unindented namespaces): a return type, then the name and "(".
DECLARATION = re.compile(
    r"^(?:\[\[nodiscard\]\]\s*)?(?:(?:inline|constexpr|static|extern)\s+)*"
    r"(?!return\b|using\b|namespace\b|struct\b|enum\b|class\b|template\b)"
    r"[A-Za-z_][\w:<>, *&]*?[\s*&](\w+)\(")
NAMESPACE = re.compile(r"^namespace (\w+) \{")

# C++ function (namespace inside ls::) -> the Python names that bind it (a module
# function, or Class.method).
BOUND = {
    "version": ["version"],
    "is_stable_id": ["is_stable_id"],
    "aggregate::aggregate": ["aggregate"],
    "aggregate::decompose_variance": ["decompose_variance"],
    "aggregate::disclosure_violations": ["disclosure_violations"],
    "aggregate::levels_from_metadata": ["ResponseMatrix.levels"],
    "aggregate::student_t_quantile": ["student_t_quantile"],
    "aggregate::suppress": ["suppress_groups"],
    "aggregate::t_confidence_interval": ["t_confidence_interval"],
    "analysis::analyse": ["analyse"],
    "catalog::builtin_catalogs": ["builtin_catalogs"],
    "compare::compare_groups": ["compare_groups"],
    "compare::compare_waves": ["compare_waves"],
    "compare::comparison_note": ["comparison_note"],
    "compare::complement_summary": ["complement_summary"],
    "compare::hedges_correction": ["hedges_correction"],
    "compare::hedges_g": ["hedges_g"],
    "compare::p_adjust_bh": ["p_adjust_bh"],
    "compare::p_adjust_holm": ["p_adjust_holm"],
    "compare::wave_note": ["wave_note"],
    "compare::welch_test": ["welch_test"],
    "catalog::check_tags": ["check_tags"],
    "cycle::cycle_overview": ["cycle_overview"],
    "cycle::cycle_stage_number": ["cycle_stage_number"],
    "cycle::cycle_stages": ["cycle_stages"],
    "cycle::describe_cycle_stage": ["describe_cycle_stage"],
    "ic_map::check_placements": ["check_ic_placements"],
    "ic_map::latest_placements": ["latest_ic_placements"],
    "ic_map::placement_distribution": ["ic_placement_distribution"],
    "ic_map::placement_distribution_by_date": ["ic_placement_distribution_by_date"],
    "kasab::completeness": ["kasab_completeness"],
    "kasab::default_kasab_roles": ["default_kasab_roles"],
    "kasab::diff": ["kasab_diff"],
    "kasab::find_duplicates": ["kasab_duplicates"],
    "kasab::kasab_dimension_description": ["kasab_dimension_description"],
    "kasab::kasab_dimension_title": ["kasab_dimension_title"],
    "kasab::kasab_letter": ["kasab_letter"],
    "kasab::normalised_descriptor_text": ["normalised_descriptor_text"],
    "org::may_be_placed_under": ["may_be_placed_under"],
    "protocol::builtin_protocol": ["builtin_protocol"],
    "protocol::builtin_protocol_ids": ["builtin_protocol_ids"],
    "protocol::builtin_protocols": ["builtin_protocols"],
    "responses::check_against": ["check_response_records"],
    "responses::check_codes": ["check_codes"],
    "responses::integer_scale": ["integer_scale"],
    "responses::make_item_coding": ["item_coding"],
    "responses::read_csv": ["ResponseMatrix.read_csv"],
    "responses::read_csv_text": ["ResponseMatrix.read_csv_text"],
    "responses::read_response_json": ["ResponseMatrix.read_json"],
    "responses::to_response_matrix": ["ResponseMatrix.from_records"],
    "responses::to_response_records": ["ResponseMatrix.to_records"],
    "scoring::item_distributions": ["item_distributions"],
    "scoring::make_scoring_plan": ["scoring_plan"],
    "scoring::percent_favorable": ["percent_favorable"],
    "scoring::score_subscales": ["subscale_scores"],
    "six_factor::compare": ["compare_six_factor"],
    "six_factor::summarise": ["summarise_six_factor"],
    "six_factor::support_factor_description": ["support_factor_description"],
    "six_factor::support_factor_number": ["support_factor_number"],
    "six_factor::support_factor_title": ["support_factor_title"],
    "stats::active_simd_level": ["active_simd_level"],
    "stats::cronbach_alpha": ["cronbach_alpha", "cronbach_alpha_from_covariance"],
    "stats::icc": ["icc"],
    "stats::icc_items": ["icc_items"],
    "stats::item_covariances": ["item_covariances"],
    "stats::krippendorff_alpha": ["krippendorff_alpha"],
    "stats::set_simd_level": ["set_simd_level"],
    "stats::summarise": ["summarise"],
    "stats::supported_simd_level": ["supported_simd_level"],
    "stats::within_group_agreement": ["within_group_agreement"],
    "survey::builtin_instrument": ["builtin_instrument"],
    "survey::builtin_instruments": ["builtin_instruments"],
}

GENERIC = "reached through the generic methods of every bound class (to_json, from_json, " \
          "to_dict, from_dict, json_schema, validate)"
INTERNAL = "a helper of the library's own code, not part of what a Python user calls"
TALLY = "a piece of the split-and-merge pipeline (partial tallies made elsewhere and " \
        "merged); not bound yet: Python gets the whole computation in one call"
NOT_YET = "not bound yet (see the bindings audit of issue 5)"

NOT_BOUND = {
    # The generic machinery every described type goes through.
    "json::load": GENERIC, "json::load_value": GENERIC, "json::try_load": GENERIC,
    "json::try_load_value": GENERIC, "json::read_value": GENERIC, "json::parse": GENERIC,
    "json::schema": GENERIC, "json::to_string": GENERIC, "json::to_value": GENERIC,
    "validate": GENERIC, "require_valid": GENERIC,
    "survey::instrument_schema": "Instrument.json_schema() gives the same schema",
    "walk": INTERNAL, "check_unique": INTERNAL, "load_builtin_folder": INTERNAL,
    "reflect::enumerator_from_name": INTERNAL, "reflect::enumerator_list": INTERNAL,
    "reflect::enumerator_name": INTERNAL, "reflect::pascal_case": INTERNAL,
    "reflect::short_name": INTERNAL, "json::describe_kind": INTERNAL,
    "escape_pointer_token": INTERNAL, "is_blank": INTERNAL, "check_date": INTERNAL,
    "parse_date": "Python has datetime.date.fromisoformat",
    "days_between": "Python has datetime.date subtraction",
    "responses::ascii_lower": INTERNAL, "responses::equal_ignoring_ascii_case": INTERNAL,
    "scoring::require_columns": INTERNAL, "scoring::min_answered_for": INTERNAL,
    "scoring::count_favorable": INTERNAL, "catalog::check_tag": "check_tags checks every tag",
    "stats::accumulate_rows": "C++ threading template; the bound functions run it",
    "stats::for_each_index": "C++ threading template; the bound functions run it",
    "aggregate::t_interval_note": "the note is MeanConfidenceInterval.note",
    "compare::check_against": "compare_groups raises ValidationError with the same issues",
    "compare::check_waves": "compare_waves raises ValidationError with the same issues",
    "compare::comparable": "the status of welch_test's and hedges_g's results",
    "compare::p_adjust_family": "p_adjust_holm and p_adjust_bh give the same two columns",
    "catalog::find_builtin_entry": "builtin_catalogs().get(scheme).find(id)",
    "catalog::builtin_title": "builtin_catalogs().get(scheme).find(id).title",
    "catalog::builtin_description": "builtin_catalogs().get(scheme).find(id).description",
    "responses::try_read_response_json": "ResponseMatrix.read_json raises the same issues",
    "scoring::instrument_codings": "codings_for (a copy in bindings/register_responses.cpp)",
    "catalog::builtin_role_ids": "builtin_catalogs().get('role').of_kind('role')",
    "catalog::is_builtin_role": "builtin_catalogs().get('role').find(id)",
    "embedded_data": "the built-in objects' to_json(); " + NOT_YET,
    "embedded_data_names": NOT_YET,
    # Split and merge: Python can merge tallies but not make them.
    "scoring::count_codes": TALLY, "scoring::add_rows": TALLY,
    "scoring::make_scoring_report": TALLY, "aggregate::add_rows": TALLY,
    "aggregate::make_aggregation": TALLY, "aggregate::make_group_table": TALLY,
    "stats::make_agreement_accumulator": TALLY,
    # Small, useful to a Python user.
    "to_string": NOT_YET + " (would be Issue.__str__; ValidationReport.to_string prints all)",
}


def declarations(header: Path) -> tuple[set[str], set[str]]:
    """(described types, free functions) of a header, outside detail namespaces."""
    types, functions, namespaces = set(), set(), []
    for line in header.read_text().splitlines():
        opened = NAMESPACE.match(line)
        if opened:
            namespaces.append(opened.group(1))
            continue
        if re.match(r"^}\s*//\s*namespace", line):
            if namespaces:
                namespaces.pop()
            continue
        if "detail" in namespaces:
            continue
        types.update(DESCRIBED.findall(line))
        if line and not line[0].isspace() and not line.startswith(("//", "#", "}")):
            declared = DECLARATION.match(line)
            if declared and not declared.group(1).startswith("operator") \
                    and declared.group(1) != "check":  # validation rules: .validate()
                functions.add("::".join([*namespaces, declared.group(1)]))
    return types, functions


def all_declarations() -> tuple[set[str], set[str]]:
    types, functions = set(), set()
    for header in sorted(HEADERS.rglob("*.hpp")):
        t, f = declarations(header)
        types |= t
        functions |= f
    return types, functions


def pascal_case(name: str) -> str:
    return "".join(part.capitalize() for part in name.split("_"))


def python_object(name: str):
    owner, _, member = name.rpartition(".")
    return getattr(getattr(_core, owner), member) if owner else getattr(_core, name)


def test_the_scan_finds_what_is_there():
    types, functions = all_declarations()
    assert {"response_scale", "severity", "kasab_chart", "survey_analysis"} <= types
    assert {"analysis::analyse", "stats::cronbach_alpha", "version"} <= functions
    assert not any("detail" in f for f in functions)


def test_every_described_type_is_a_class_of_core():
    types, _ = all_declarations()
    missing = sorted(t for t in types if not inspect.isclass(getattr(_core, pascal_case(t), None)))
    assert missing == [], "described but not bound (add them to their folder's public_types.hpp)"


def test_every_generically_bound_class_is_a_described_type():
    types, _ = all_declarations()
    names = {pascal_case(t) for t in types}
    generic = [n for n, c in inspect.getmembers(_core, inspect.isclass) if hasattr(c, "from_json")]
    assert sorted(set(generic) - names) == []


def test_every_public_function_is_bound_or_says_why_not():
    _, functions = all_declarations()
    undecided = sorted(functions - set(BOUND) - set(NOT_BOUND))
    assert undecided == [], "bind these (BOUND) or say why not (NOT_BOUND)"
    assert sorted((set(BOUND) | set(NOT_BOUND)) - functions) == [], "gone from the headers"
    assert not set(BOUND) & set(NOT_BOUND)


@pytest.mark.parametrize("cpp", sorted(BOUND))
def test_the_python_names_of_bound_functions_exist(cpp):
    for name in BOUND[cpp]:
        assert callable(python_object(name)), name
