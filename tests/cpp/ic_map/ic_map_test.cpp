#include <ls/core/validate.hpp>
#include <ls/ic_map/ic_map.hpp>
#include <ls/json/load.hpp>
#include <ls/json/write.hpp>

#include "support/issues.hpp"

#include <catch2/catch.hpp>

#include <string>

using ls::ic_map::ic_map;
using ls::ic_map::ic_outcome;

using ls_test::only_issue;

namespace {

// A made-up map for principals: four levels, the second outcome leaves level 3 blank.
ic_map principal_map() {
  ic_map map;
  map.id = "principal_evidence";
  map.title = "Principal: using evidence";
  map.role = "principal";
  map.level_count = 4;
  map.outcomes = {
      {"uses_data", {"standards_2022", "evidence"}, ls::catalog::tag{"standards_2022", "evidence"},
       "Bases decisions about adult learning on several kinds of evidence",
       {"Combines student, educator and system data every term",
        "Uses student and educator data once a year", "Uses student test scores only",
        "Does not use data"}},
      {"plans_learning", {"standards_2022", "learning_designs"}, std::nullopt,
       "Plans professional learning with teachers",
       {"Plans with every team", "Plans with some teams", std::nullopt, "Plans alone"}},
  };
  return map;
}

}  // namespace

TEST_CASE("ic_map: a well-formed map, blank level included, has no issues") {
  auto map = principal_map();
  CHECK(ls::validate(map).issues.empty());
  REQUIRE(map.find_outcome("plans_learning"));
  CHECK(map.find_outcome("plans_learning")->levels[1] == "Plans with some teams");
  CHECK_FALSE(map.find_outcome("nothing"));
}

TEST_CASE("ic_map: level_count must be between 2 and 6") {
  for (int count : {2, 3, 5, 6}) {
    auto map = principal_map();
    map.level_count = count;
    for (auto& outcome : map.outcomes) outcome.levels.resize(static_cast<std::size_t>(count), "x");
    INFO(count);
    CHECK(ls::validate(map).issues.empty());
  }
  for (int count : {0, 1, 7}) {
    auto map = principal_map();
    map.level_count = count;
    for (auto& outcome : map.outcomes) outcome.levels.resize(static_cast<std::size_t>(count), "x");
    INFO(count);
    const auto& problem = only_issue(ls::validate(map));
    CHECK(problem.code == "ic_map.level_count_out_of_range");
    CHECK(problem.path == "/level_count");
    CHECK(problem.severity == ls::severity::error);
    CHECK_THAT(problem.message, Catch::Contains(std::to_string(count)));
  }
}

TEST_CASE("ic_map: every outcome has exactly level_count levels") {
  auto map = principal_map();
  map.outcomes[1].levels.push_back("Never plans");
  const auto& problem = only_issue(ls::validate(map));
  CHECK(problem.code == "ic_map.level_count_mismatch");
  CHECK(problem.path == "/outcomes/1/levels");
  CHECK(problem.severity == ls::severity::error);
  CHECK_THAT(problem.message, Catch::Contains("has 5 levels") && Catch::Contains("has 4"));
}

TEST_CASE("ic_map: level 1, the ideal, is not blank") {
  auto map = principal_map();
  map.outcomes[0].levels[0] = std::nullopt;
  const auto& problem = only_issue(ls::validate(map));
  CHECK(problem.code == "ic_map.blank_ideal");
  CHECK(problem.path == "/outcomes/0/levels/0");
  CHECK(problem.severity == ls::severity::error);
}

TEST_CASE("ic_map: a blank level is null, not blank text") {
  auto map = principal_map();
  map.outcomes[1].levels[2] = "  ";
  const auto& problem = only_issue(ls::validate(map));
  CHECK(problem.code == "ic_map.blank_level_text");
  CHECK(problem.path == "/outcomes/1/levels/2");
  CHECK(problem.severity == ls::severity::error);
}

TEST_CASE("ic_map: an outcome with every level below 1 blank is a warning") {
  auto map = principal_map();
  map.outcomes[1].levels = {"Plans with every team", std::nullopt, std::nullopt, std::nullopt};
  auto report = ls::validate(map);
  CHECK(report.ok());
  const auto& problem = only_issue(report);
  CHECK(problem.code == "ic_map.no_variations");
  CHECK(problem.path == "/outcomes/1/levels");
  CHECK(problem.severity == ls::severity::warning);
}

TEST_CASE("ic_map: outcome ids are stable and unique") {
  auto map = principal_map();
  map.outcomes[1].id = "uses_data";
  auto duplicate = only_issue(ls::validate(map));
  CHECK(duplicate.code == "ic_map.duplicate_outcome_id");
  CHECK(duplicate.path == "/outcomes/1/id");
  CHECK(duplicate.severity == ls::severity::error);

  map.outcomes[1].id = "Plans Learning";
  auto invalid = only_issue(ls::validate(map));
  CHECK(invalid.code == "ic_map.invalid_outcome_id");
  CHECK(invalid.path == "/outcomes/1/id");
  CHECK(invalid.severity == ls::severity::error);
  CHECK_THAT(invalid.message, Catch::Contains("'Plans Learning'"));

  map.outcomes[1].id = "";
  auto missing = only_issue(ls::validate(map));
  CHECK(missing.code == "ic_map.missing_outcome_id");
  CHECK(missing.path == "/outcomes/1/id");
  CHECK(missing.severity == ls::severity::error);
}

TEST_CASE("ic_map: the desired outcome is written") {
  auto map = principal_map();
  map.outcomes[0].desired_outcome = "\t";
  const auto& problem = only_issue(ls::validate(map));
  CHECK(problem.code == "ic_map.blank_desired_outcome");
  CHECK(problem.path == "/outcomes/0/desired_outcome");
  CHECK(problem.severity == ls::severity::error);
}

TEST_CASE("ic_map: the role is a stable id, built-in or the district's own") {
  auto map = principal_map();
  map.role = "instructional_aide";  // not built in, still a legitimate role id
  CHECK(ls::validate(map).issues.empty());

  map.role = "Principal";
  auto invalid = only_issue(ls::validate(map));
  CHECK(invalid.code == "ic_map.invalid_role");
  CHECK(invalid.path == "/role");
  CHECK(invalid.severity == ls::severity::error);

  map.role = " ";
  auto missing = only_issue(ls::validate(map));
  CHECK(missing.code == "ic_map.missing_role");
  CHECK(missing.path == "/role");
  CHECK(missing.severity == ls::severity::error);
}

TEST_CASE("ic_map: the map has a stable id, a title and at least one outcome") {
  ic_map map = principal_map();
  map.id = "principal-evidence";
  map.title = "";
  map.outcomes.clear();
  auto report = ls::validate(map);
  REQUIRE(report.issues.size() == 3);
  CHECK(report.issues[0].code == "ic_map.invalid_id");
  CHECK(report.issues[0].path == "/id");
  CHECK(report.issues[1].code == "ic_map.blank_title");
  CHECK(report.issues[1].path == "/title");
  CHECK(report.issues[2].code == "ic_map.no_outcomes");
  CHECK(report.issues[2].path == "/outcomes");
  CHECK(report.error_count() == 3);

  map = principal_map();
  map.id = "";
  auto missing = only_issue(ls::validate(map));
  CHECK(missing.code == "ic_map.missing_id");
  CHECK(missing.path == "/id");
  CHECK(missing.severity == ls::severity::error);
}

TEST_CASE("ic_map: tags of the standard and construct are checked where they are") {
  auto map = principal_map();
  map.outcomes[0].construct->id = "";
  const auto& problem = only_issue(ls::validate(map));
  CHECK(problem.code == "tag.blank_id");
  CHECK(problem.path == "/outcomes/0/construct/id");
}

TEST_CASE("ic_map: loads from JSON, with null for a blank level") {
  const char* text = R"({
    "id": "coach_feedback", "title": "Coach: feedback", "role": "coach", "level_count": 3,
    "outcomes": [{"id": "gives_feedback", "standard": {"scheme": "standards_2011", "id": "implementation"},
                  "desired_outcome": "Gives teachers specific feedback after each visit",
                  "levels": ["After every visit, tied to goals", null, "Rarely"]}]})";
  auto map = ls::json::load<ic_map>(text);
  CHECK(map.level_count == 3);
  REQUIRE(map.outcomes.size() == 1);
  CHECK_FALSE(map.outcomes[0].construct);
  CHECK_FALSE(map.outcomes[0].levels[1]);
  CHECK(map.outcomes[0].levels[2] == "Rarely");
  CHECK(ls::json::load<ic_map>(ls::json::to_string(map)) == map);
}

TEST_CASE("ic_map: a bad document reports every problem with its path") {
  // level_count is missing (numbers are required), a level is a number, then a syntax error.
  auto result = ls::json::try_load<ic_map>(R"({
    "id": "m", "title": "t", "role": "coach",
    "outcomes": [{"id": "o", "standard": {"scheme": "s", "id": "i"}, "desired_outcome": "d",
                  "levels": ["a", 2]}]})");
  CHECK_FALSE(result.value);
  REQUIRE(result.report.issues.size() == 2);
  CHECK(result.report.issues[0].code == "json.missing_key");
  CHECK(result.report.issues[0].path == "/level_count");
  CHECK(result.report.issues[1].code == "json.type_mismatch");
  CHECK(result.report.issues[1].path == "/outcomes/0/levels/1");

  auto broken = ls::json::try_load<ic_map>(R"({"id": "m", "levels": [)");
  REQUIRE(broken.report.issues.size() == 1);
  CHECK(broken.report.issues[0].code == "json.syntax");

  // Structure sound, rules broken: the rules' issues come back, and load throws them all.
  const char* rules_broken = R"({"id": "m", "title": "t", "role": "coach", "level_count": 8,
    "outcomes": [{"id": "o", "standard": {"scheme": "s", "id": "i"}, "desired_outcome": "d",
                  "levels": [null, "b"]}]})";
  try {
    (void)ls::json::load<ic_map>(rules_broken);
    FAIL("load should throw");
  } catch (const ls::validation_error& e) {
    REQUIRE(e.issues().size() == 3);
    // The map's rules first, then those of what it contains.
    CHECK(e.issues()[0].code == "ic_map.level_count_out_of_range");
    CHECK(e.issues()[1].code == "ic_map.level_count_mismatch");
    CHECK(e.issues()[1].path == "/outcomes/0/levels");
    CHECK(e.issues()[2].code == "ic_map.blank_ideal");
    CHECK(e.issues()[2].path == "/outcomes/0/levels/0");
  }
}
