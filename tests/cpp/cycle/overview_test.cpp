#include <ls/core/validate.hpp>
#include <ls/cycle/overview.hpp>

#include <catch2/catch.hpp>

using namespace ls::cycle;
using enum cycle_stage;
using ls::org::org_unit_kind;

namespace {

cycle_entry open_entry(cycle_stage stage, int iteration, std::string started) {
  cycle_entry e;
  e.stage = stage;
  e.iteration = iteration;
  e.started = std::move(started);
  e.owner = "owner";
  return e;
}

cycle_entry done_entry(cycle_stage stage, int iteration, std::string started, std::string ended) {
  auto e = open_entry(stage, iteration, std::move(started));
  e.ended = std::move(ended);
  e.evidence = {{cycle_evidence_kind::other, "notes", std::nullopt, {}}};
  return e;
}

cycle_log log_of(std::string team, std::vector<cycle_entry> entries) {
  return {std::move(team), cycle_definition::six_steps, std::move(entries)};
}

/// springfield: north > lincoln_elem > {grade4, grade4.math}; central_pl at the central
/// office; washington_high > {ela, math}; north.coaches under the region.
ls::org::organization springfield() {
  using enum org_unit_kind;
  ls::org::organization system;
  system.id = "springfield";
  system.name = "Springfield";
  system.units = {
      {"north", "North", network, {}},
      {"lincoln_elem", "Lincoln", school, "north"},
      {"lincoln_elem.grade4", "Grade 4", team, "lincoln_elem"},
      {"lincoln_elem.grade4.math", "Grade 4 math", team, "lincoln_elem.grade4"},
      {"central_pl", "PL office", team, {}},
      {"washington_high", "Washington", school, {}},
      {"washington_high.ela", "ELA", team, "washington_high"},
      {"washington_high.math", "Math", team, "washington_high"},
      {"north.coaches", "Coaches", team, "north"},
  };
  return system;
}

int days_in_stage(const std::string& since, const std::string& as_of) {
  auto overview = cycle_overview({log_of("t", {open_entry(analyze_data, 1, since)})}, as_of);
  REQUIRE(overview.teams.size() == 1);
  REQUIRE(overview.teams[0].days_in_stage);
  return *overview.teams[0].days_in_stage;
}

}  // namespace

TEST_CASE("days in stage, counted by hand across month ends, years and leap days") {
  CHECK(days_in_stage("2024-03-01", "2024-03-01") == 0);
  CHECK(days_in_stage("2024-02-27", "2024-03-01") == 3);  // 28, 29 (leap), 1
  CHECK(days_in_stage("2023-02-27", "2023-03-01") == 2);  // 28, 1
  CHECK(days_in_stage("2026-01-31", "2026-03-01") == 29);  // 28 days of February, then 1
  CHECK(days_in_stage("2025-12-31", "2026-01-01") == 1);
  CHECK(days_in_stage("2023-12-31", "2024-03-01") == 61);  // 31 + 29 + 1
  CHECK(days_in_stage("2000-02-28", "2000-03-01") == 2);   // 2000 is a leap year
  CHECK(days_in_stage("2100-02-28", "2100-03-01") == 1);   // 2100 is not
  CHECK(days_in_stage("2024-01-01", "2025-01-01") == 366);
  CHECK(days_in_stage("2025-01-01", "2026-01-01") == 365);
  CHECK(days_in_stage("2026-04-30", "2026-05-31") == 31);
}

TEST_CASE("the overview of a system: stage, iteration, days, school, and teams without a log") {
  const std::vector<cycle_log> logs = {
      // 0: in its second stage since 2024-02-27.
      log_of("lincoln_elem.grade4", {done_entry(analyze_data, 1, "2024-02-05", "2024-02-26"),
                                     open_entry(set_goals, 1, "2024-02-27")}),
      // 1: finished selecting strategies, next stage not logged yet.
      log_of("washington_high.ela",
             {done_entry(analyze_data, 1, "2023-10-02", "2023-10-20"),
              done_entry(set_goals, 1, "2023-10-23", "2023-11-03"),
              done_entry(extend_learning, 1, "2023-11-06", "2023-12-15"),
              done_entry(select_strategies, 1, "2023-12-31", "2024-01-19")}),
      // 2: starts on the day itself.
      log_of("central_pl", {open_entry(analyze_data, 1, "2024-03-01")}),
      // 3: starts after the day: not started as of it.
      log_of("north.coaches", {open_entry(analyze_data, 1, "2024-03-04")}),
      // 4: out of order.
      log_of("lincoln_elem.grade4.math", {done_entry(analyze_data, 1, "2024-01-08", "2024-01-19"),
                                          open_entry(extend_learning, 1, "2024-01-22")}),
  };
  auto overview = cycle_overview(logs, "2024-03-01", springfield());
  CHECK(overview.as_of == "2024-03-01");
  REQUIRE(overview.teams.size() == 6);

  const auto& grade4 = overview.teams[0];
  CHECK(grade4.team == "lincoln_elem.grade4");
  CHECK(grade4.log == 0);
  CHECK(grade4.school == "lincoln_elem");
  CHECK(grade4.state == team_cycle_state::in_progress);
  REQUIRE(grade4.position);
  CHECK(grade4.position->stage == set_goals);
  CHECK(grade4.position->stage_number == 2);
  CHECK(grade4.position->iteration == 1);
  CHECK(grade4.position->open);
  CHECK(grade4.days_in_stage == 3);  // 2024-02-27 -> 03-01 in a leap year
  CHECK(grade4.issues.empty());

  const auto& ela = overview.teams[1];
  CHECK(ela.school == "washington_high");
  CHECK(ela.position->stage == select_strategies);
  CHECK_FALSE(ela.position->open);
  CHECK(ela.position->ended == "2024-01-19");
  CHECK(ela.days_in_stage == 61);  // since 2023-12-31: 31 + 29 + 1

  const auto& central = overview.teams[2];
  CHECK_FALSE(central.school);  // a central-office team
  CHECK(central.state == team_cycle_state::in_progress);
  CHECK(central.days_in_stage == 0);
  // An open stage without evidence is fine; the warning-free row has no issues.
  CHECK(central.issues.empty());

  const auto& coaches = overview.teams[3];
  CHECK(coaches.state == team_cycle_state::not_started);
  CHECK_FALSE(coaches.position);
  CHECK_FALSE(coaches.days_in_stage);
  CHECK_FALSE(coaches.school);

  const auto& math = overview.teams[4];
  CHECK(math.state == team_cycle_state::invalid);
  CHECK(math.school == "lincoln_elem");
  CHECK_FALSE(math.position);
  CHECK_FALSE(math.days_in_stage);
  REQUIRE(math.issues.size() == 1);
  CHECK(math.issues[0].code == "cycle.unexpected_stage");
  CHECK(math.issues[0].path == "/4/entries/1/stage");

  const auto& no_log = overview.teams[5];
  CHECK(no_log.team == "washington_high.math");
  CHECK(no_log.state == team_cycle_state::no_log);
  CHECK_FALSE(no_log.log);
  CHECK(no_log.school == "washington_high");

  CHECK(overview.invalid_count() == 1);
}

TEST_CASE("without an organization: no schools, and only the logs given") {
  auto overview = cycle_overview(
      {log_of("lincoln_elem.grade4", {open_entry(analyze_data, 1, "2024-02-27")})}, "2024-03-01");
  REQUIRE(overview.teams.size() == 1);
  CHECK_FALSE(overview.teams[0].school);
  CHECK(overview.teams[0].days_in_stage == 3);
  CHECK(cycle_overview({}, "2024-03-01").teams.empty());
  // An empty log is a team that has not started.
  auto empty = cycle_overview({log_of("t", {})}, "2024-03-01");
  CHECK(empty.teams[0].state == team_cycle_state::not_started);
}

TEST_CASE("warnings of a log are carried in its row, which stays usable") {
  auto log = log_of("t", {done_entry(analyze_data, 1, "2024-02-01", "2024-02-09"),
                          open_entry(set_goals, 1, "2024-02-12")});
  log.entries[0].evidence.clear();
  auto row = cycle_overview({log}, "2024-03-01").teams.at(0);
  CHECK(row.state == team_cycle_state::in_progress);
  REQUIRE(row.issues.size() == 1);
  CHECK(row.issues[0].code == "cycle.no_evidence");
  CHECK(row.issues[0].path == "/0/entries/0/evidence");
  CHECK(row.issues[0].severity == ls::severity::warning);
  CHECK(row.days_in_stage == 18);  // 2024-02-12 -> 03-01: 17 days of February (leap), 1
}

TEST_CASE("a second log for a team, or a team the organization lacks, makes a row invalid") {
  const std::vector<cycle_log> logs = {
      log_of("lincoln_elem.grade4", {open_entry(analyze_data, 1, "2024-02-27")}),
      log_of("ghost_team", {open_entry(analyze_data, 1, "2024-02-27")}),
      log_of("lincoln_elem", {open_entry(analyze_data, 1, "2024-02-27")}),
      log_of("lincoln_elem.grade4", {open_entry(analyze_data, 1, "2024-02-20")}),
  };
  auto overview = cycle_overview(logs, "2024-03-01", springfield());
  CHECK(overview.teams[0].state == team_cycle_state::in_progress);
  auto only_issue = [&](std::size_t row, const char* code, const char* path) {
    INFO("row " << row);
    CHECK(overview.teams[row].state == team_cycle_state::invalid);
    CHECK_FALSE(overview.teams[row].position);
    REQUIRE(overview.teams[row].issues.size() == 1);
    CHECK(overview.teams[row].issues[0].code == code);
    CHECK(overview.teams[row].issues[0].path == path);
    CHECK(overview.teams[row].issues[0].severity == ls::severity::error);
  };
  only_issue(1, "cycle.unknown_team", "/1/team");
  only_issue(2, "cycle.not_a_team", "/2/team");
  only_issue(3, "cycle.duplicate_team", "/3/team");
  CHECK_THAT(overview.teams[3].issues[0].message, Catch::Contains("(number 0)"));
  CHECK_THAT(overview.teams[2].issues[0].message, Catch::Contains("is a school"));
  CHECK(overview.invalid_count() == 3);
  // Duplicates are found without an organization too.
  auto plain = cycle_overview(logs, "2024-03-01");
  CHECK(plain.teams[1].state == team_cycle_state::in_progress);
  CHECK(plain.teams[3].issues.at(0).code == "cycle.duplicate_team");
}

TEST_CASE("a bad date or a broken organization is a misuse, and throws") {
  CHECK_THROWS_AS(cycle_overview({}, "2024-02-30"), ls::error);
  CHECK_THROWS_WITH(cycle_overview({}, "March 1"), Catch::Contains("'March 1'"));
  auto broken = springfield();
  broken.units[1].parent = "lincoln_elem";
  try {
    (void)cycle_overview({}, "2024-03-01", broken);
    FAIL("a broken organization was accepted");
  } catch (const ls::validation_error& e) {
    REQUIRE(e.issues().size() == 2);
    CHECK(e.issues()[0].code == "org.parent_kind");
    CHECK(e.issues()[1].code == "org.cycle");
    CHECK(e.issues()[1].path == "/units/1/parent");
  }
}
