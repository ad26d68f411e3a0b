#include "ic_map/support.hpp"

#include <ls/core/validate.hpp>
#include <ls/ic_map/placement.hpp>
#include <ls/json/load.hpp>

#include "support/issues.hpp"

#include <catch2/catch.hpp>

#include <vector>

using ic_map_test::place;
using ic_map_test::principal_map;
using ls::ic_map::ic_placement;
using ls::ic_map::ic_subject_kind;

using ls_test::only_issue;

TEST_CASE("ic_placement: placements that fit the map have no issues") {
  std::vector<ic_placement> placements{
      place("ana", "uses_data", 1, "2026-01-15"),
      place("ana", "uses_data", 2, "2026-05-20"),  // same subject and outcome, later date
      place("ana", "plans_learning", 4, "2026-01-15"),
      place("ana", "uses_data", 3, "2026-01-15", ic_subject_kind::team),  // a team "ana"
  };
  CHECK(ls::ic_map::check_placements(principal_map(), placements).issues.empty());
}

TEST_CASE("ic_placement: one placement needs a map, an outcome, a subject and a date") {
  ic_placement blank{" ", "", "", ic_subject_kind::person, 1, "2026-13-01", std::nullopt};
  auto report = ls::validate(blank);
  REQUIRE(report.issues.size() == 4);
  CHECK(report.issues[0].code == "ic_map.missing_map");
  CHECK(report.issues[0].path == "/map");
  CHECK(report.issues[1].code == "ic_map.missing_outcome");
  CHECK(report.issues[1].path == "/outcome");
  CHECK(report.issues[2].code == "ic_map.missing_subject");
  CHECK(report.issues[2].path == "/subject");
  CHECK(report.issues[3].code == "date.invalid");
  CHECK(report.issues[3].path == "/date");
  CHECK(report.error_count() == 4);
}

TEST_CASE("ic_placement: the map id must match") {
  std::vector<ic_placement> placements{place("ana", "uses_data", 1, "2026-01-15")};
  placements[0].map = "coach_feedback";
  const auto& problem = only_issue(ls::ic_map::check_placements(principal_map(), placements));
  CHECK(problem.code == "ic_map.wrong_map");
  CHECK(problem.path == "/0/map");
  CHECK(problem.severity == ls::severity::error);
  CHECK_THAT(problem.message, Catch::Contains("'coach_feedback'"));
}

TEST_CASE("ic_placement: the outcome must exist in the map") {
  std::vector<ic_placement> placements{place("ana", "uses_data", 1, "2026-01-15"),
                                       place("ana", "coaches", 1, "2026-01-15")};
  const auto& problem = only_issue(ls::ic_map::check_placements(principal_map(), placements));
  CHECK(problem.code == "ic_map.unknown_outcome");
  CHECK(problem.path == "/1/outcome");
  CHECK(problem.severity == ls::severity::error);
  CHECK_THAT(problem.message, Catch::Contains("'coaches'"));
}

TEST_CASE("ic_placement: the level is within 1..level_count") {
  for (int level : {0, 5, -1}) {
    std::vector<ic_placement> placements{place("ana", "uses_data", level, "2026-01-15")};
    INFO(level);
    const auto& problem = only_issue(ls::ic_map::check_placements(principal_map(), placements));
    CHECK(problem.code == "ic_map.level_out_of_range");
    CHECK(problem.path == "/0/level");
    CHECK(problem.severity == ls::severity::error);
  }
  // Out of range on an unknown outcome: both are said.
  std::vector<ic_placement> both{place("ana", "coaches", 9, "2026-01-15")};
  CHECK(ls::ic_map::check_placements(principal_map(), both).issues.size() == 2);
}

TEST_CASE("ic_placement: nobody is placed at a level the outcome leaves blank") {
  std::vector<ic_placement> placements{place("ana", "uses_data", 3, "2026-01-15"),
                                       place("ana", "plans_learning", 3, "2026-01-15")};
  const auto& problem = only_issue(ls::ic_map::check_placements(principal_map(), placements));
  CHECK(problem.code == "ic_map.blank_level_placement");
  CHECK(problem.path == "/1/level");
  CHECK(problem.severity == ls::severity::error);
}

TEST_CASE("ic_placement: the date is a real date") {
  std::vector<ic_placement> placements{place("ana", "uses_data", 1, "2026-02-30")};
  const auto& problem = only_issue(ls::ic_map::check_placements(principal_map(), placements));
  CHECK(problem.code == "date.invalid");
  CHECK(problem.path == "/0/date");
  CHECK(problem.severity == ls::severity::error);
}

TEST_CASE("ic_placement: a subject is placed on an outcome once per date") {
  std::vector<ic_placement> placements{
      place("ana", "uses_data", 1, "2026-01-15"),
      place("ben", "uses_data", 2, "2026-01-15"),
      place("ana", "uses_data", 2, "2026-01-15"),                        // the repeat
      place("ana", "uses_data", 2, "2026-01-15", ic_subject_kind::team),  // another subject
  };
  const auto& problem = only_issue(ls::ic_map::check_placements(principal_map(), placements));
  CHECK(problem.code == "ic_map.duplicate_placement");
  CHECK(problem.path == "/2");
  CHECK(problem.severity == ls::severity::error);
  CHECK_THAT(problem.message, Catch::Contains("person 'ana'") && Catch::Contains("element 0"));
}

TEST_CASE("ic_placement: every problem of a list is reported, none stops the others") {
  std::vector<ic_placement> placements{place("ana", "uses_data", 7, "15/01/2026"),
                                       place("", "nope", 1, "2026-01-15")};
  placements[1].map = "other";
  auto report = ls::ic_map::check_placements(principal_map(), placements);
  CHECK(report.error_count() == 5);  // date, subject, level, map, outcome
}

TEST_CASE("ic_placement: loads from JSON, an unknown kind of subject is an error") {
  auto placement = ls::json::load<ic_placement>(
      R"({"map": "m", "outcome": "o", "subject": "north", "subject_kind": "team", "level": 2,
          "date": "2026-05-20", "note": "after the spring retreat"})");
  CHECK(placement.subject_kind == ic_subject_kind::team);
  CHECK(placement.note == "after the spring retreat");

  auto bad = ls::json::try_load<ic_placement>(
      R"({"map": "m", "outcome": "o", "subject": "north", "subject_kind": "school",
          "level": 2.5, "date": "2026-05-20"})");
  REQUIRE(bad.report.issues.size() == 2);
  CHECK(bad.report.issues[0].code == "json.unknown_enum");
  CHECK(bad.report.issues[0].path == "/subject_kind");
  CHECK(bad.report.issues[1].path == "/level");
}
