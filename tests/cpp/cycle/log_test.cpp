#include <ls/core/validate.hpp>
#include <ls/cycle/log.hpp>
#include <ls/json/load.hpp>

#include "support/issues.hpp"

#include <catch2/catch.hpp>

#include <climits>

using namespace ls::cycle;
using enum cycle_stage;
using enum cycle_evidence_kind;

using ls_test::require_one;

namespace {

cycle_entry entry(cycle_stage stage, int iteration, std::string started,
                  std::optional<std::string> ended, cycle_evidence_kind kind) {
  cycle_entry e;
  e.stage = stage;
  e.iteration = iteration;
  e.started = std::move(started);
  e.ended = std::move(ended);
  e.owner = "ben";
  e.evidence = {{kind, "what the team found", std::nullopt, {}}};
  return e;
}

/// A six-step log: iteration 1 done, iteration 2 under way since 2027-02-01.
cycle_log grade4_log() {
  cycle_log log;
  log.team = "lincoln_elem.grade4";
  log.definition = cycle_definition::six_steps;
  log.entries = {
      entry(analyze_data, 1, "2026-08-24", "2026-09-04", data_source),
      entry(set_goals, 1, "2026-09-04", "2026-09-11", goal),  // same day as the end: fine
      entry(extend_learning, 1, "2026-09-14", "2026-10-02", other),
      entry(select_strategies, 1, "2026-10-05", "2026-10-09", strategy),
      entry(apply_with_support, 1, "2026-10-12", "2026-12-18", implementation_note),
      entry(monitor_and_evaluate, 1, "2026-12-18", "2027-01-29", result),
      entry(analyze_data, 2, "2027-02-01", std::nullopt, data_source),
  };
  log.entries.back().evidence.clear();  // under way: no evidence yet, and no warning
  return log;
}

}  // namespace

TEST_CASE("a log in order has no issue") {
  CHECK(ls::validate(grade4_log()).issues.empty());
  CHECK(ls::validate(cycle_log{"t", cycle_definition::seven_steps, {}}).issues.empty());
}

TEST_CASE("position: the latest entry, as stage n of m in an iteration") {
  auto position = grade4_log().position();
  REQUIRE(position);
  CHECK(position->stage == analyze_data);
  CHECK(position->stage_number == 1);
  CHECK(position->stage_count == 6);
  CHECK(position->iteration == 2);
  CHECK(position->since == "2027-02-01");
  CHECK_FALSE(position->ended);
  CHECK(position->open);
  CHECK_FALSE(position->skipped);
}

TEST_CASE("an empty log has no position and no completed iteration") {
  cycle_log empty{"lincoln_elem.grade4", cycle_definition::six_steps, {}};
  CHECK_FALSE(empty.position());
  CHECK(empty.completed_iterations() == 0);
}

TEST_CASE("position as of a day: the latest entry started by then") {
  const auto log = grade4_log();
  CHECK_FALSE(log.position_as_of("2026-08-23"));
  auto first_day = log.position_as_of("2026-08-24");
  REQUIRE(first_day);
  CHECK(first_day->stage == analyze_data);
  CHECK(first_day->open);
  auto during = log.position_as_of("2026-10-07");  // select_strategies, 10-05 to 10-09
  REQUIRE(during);
  CHECK(during->stage == select_strategies);
  CHECK(during->stage_number == 4);
  CHECK(during->iteration == 1);
  CHECK(during->since == "2026-10-05");
  CHECK(during->open);
  CHECK_FALSE(during->ended);
  auto between = log.position_as_of("2026-10-10");  // ended 10-09, next starts 10-12
  REQUIRE(between);
  CHECK(between->stage == select_strategies);
  CHECK_FALSE(between->open);
  CHECK(between->ended == "2026-10-09");
  CHECK(log.position_as_of("2030-01-01") == log.position());
  CHECK_THROWS_AS(log.position_as_of("2026-13-01"), ls::error);
  CHECK_THROWS_WITH(log.position_as_of("10/07/2026"), Catch::Contains("'10/07/2026'"));
}

TEST_CASE("completed iterations count finished last stages, in either definition") {
  auto log = grade4_log();
  CHECK(log.completed_iterations() == 1);
  log.entries.pop_back();
  log.entries.back().ended.reset();  // monitor_and_evaluate still under way
  CHECK(log.completed_iterations() == 0);

  cycle_log seven{"t", cycle_definition::seven_steps, {}};
  const cycle_stage order[] = {analyze_data,       set_goals,          extend_learning,
                               select_strategies,  apply_with_support, monitor_and_refine,
                               evaluate};
  for (int iteration = 1; iteration <= 2; ++iteration)
    for (auto stage : order)
      seven.entries.push_back(entry(stage, iteration, "2026-09-01", "2026-09-01", other));
  CHECK(ls::validate(seven).issues.empty());
  CHECK(seven.completed_iterations() == 2);
  auto position = seven.position();
  CHECK(position->stage == evaluate);
  CHECK(position->stage_number == 7);
  CHECK(position->stage_count == 7);
  CHECK_FALSE(position->open);
}

TEST_CASE("queries refuse a log with errors, with the whole report") {
  auto log = grade4_log();
  log.entries.erase(log.entries.begin() + 2);
  log.entries[0].owner = "";
  try {
    (void)log.position();
    FAIL("position() accepted a log out of order");
  } catch (const ls::validation_error& e) {
    REQUIRE(e.issues().size() == 2);
    CHECK(e.issues()[0].path == "/entries/2/stage");
    CHECK(e.issues()[1].path == "/entries/0/owner");
  }
  CHECK_THROWS_AS(log.position_as_of("2026-10-01"), ls::validation_error);
  CHECK_THROWS_AS(log.completed_iterations(), ls::validation_error);
}

TEST_CASE("the team is a stable id") {
  auto log = grade4_log();
  log.team = "Grade 4";
  require_one(ls::validate(log), "cycle.invalid_team", "/team");
}

TEST_CASE("a stage outside the log's definition is an error") {
  auto log = grade4_log();
  log.entries[5].stage = evaluate;  // a seven-step stage in a six-step log
  auto report = ls::validate(log);
  require_one(report, "cycle.stage_not_in_definition", "/entries/5/stage");
  CHECK_THAT(report.issues[0].message,
             Catch::Contains("'evaluate' is not part of a six_steps cycle") &&
                 Catch::Contains("expected 'monitor_and_evaluate' of iteration 1"));
}

TEST_CASE("the first entry is stage 1 of iteration 1") {
  auto log = grade4_log();
  log.entries.erase(log.entries.begin());
  auto report = ls::validate(log);
  require_one(report, "cycle.unexpected_stage", "/entries/0/stage");
  CHECK_THAT(report.issues[0].message,
             Catch::StartsWith("expected 'analyze_data' of iteration 1, got 'set_goals' of "
                               "iteration 1"));
  log = grade4_log();
  log.entries.resize(1);
  log.entries[0].iteration = 0;
  require_one(ls::validate(log), "cycle.unexpected_iteration", "/entries/0/iteration");
}

TEST_CASE("a stage left out is reported once, saying which was expected") {
  auto log = grade4_log();
  log.entries.erase(log.entries.begin() + 2);  // extend_learning never logged
  auto report = ls::validate(log);
  require_one(report, "cycle.unexpected_stage", "/entries/2/stage");
  CHECK_THAT(report.issues[0].message,
             Catch::Contains("expected 'extend_learning' of iteration 1, got "
                             "'select_strategies' of iteration 1") &&
                 Catch::Contains("skipped = true"));
}

TEST_CASE("a skipped stage is logged, with a reason") {
  auto log = grade4_log();
  log.entries[2].skipped = true;
  log.entries[2].evidence.clear();  // nothing to show for a stage not done: no warning
  log.entries[2].skip_reason = "the team studied this content last spring";
  CHECK(ls::validate(log).issues.empty());
  log.entries[2].skip_reason.reset();
  auto report = ls::validate(log);
  require_one(report, "cycle.missing_skip_reason", "/entries/2/skip_reason");
  CHECK_THAT(report.issues[0].message, Catch::Contains("'extend_learning'"));
  log.entries[2].skip_reason = "  ";
  require_one(ls::validate(log), "cycle.missing_skip_reason", "/entries/2/skip_reason");
}

TEST_CASE("a skip reason on a stage that was not skipped is a warning") {
  auto log = grade4_log();
  log.entries[3].skip_reason = "no time";
  require_one(ls::validate(log), "cycle.unused_skip_reason", "/entries/3/skip_reason",
              ls::severity::warning);
}

TEST_CASE("after the last stage comes stage 1 of the next iteration") {
  auto log = grade4_log();
  log.entries[6].iteration = 1;
  auto report = ls::validate(log);
  require_one(report, "cycle.unexpected_iteration", "/entries/6/iteration");
  CHECK(report.issues[0].message ==
        "expected 'analyze_data' of iteration 2, got 'analyze_data' of iteration 1");
  log.entries[6].iteration = 3;
  require_one(ls::validate(log), "cycle.unexpected_iteration", "/entries/6/iteration");
  log.entries[6].iteration = 2;
  log.entries[6].stage = set_goals;
  require_one(ls::validate(log), "cycle.unexpected_stage", "/entries/6/stage");
}

TEST_CASE("a wrong stage in a wrong iteration is one issue, at the stage") {
  auto log = grade4_log();
  log.entries[3].stage = analyze_data;  // restarting early, numbered as a new iteration
  log.entries[3].iteration = 2;
  log.entries.resize(4);
  log.entries[3].ended.reset();
  auto report = ls::validate(log);
  require_one(report, "cycle.unexpected_stage", "/entries/3/stage");
  CHECK_THAT(report.issues[0].message,
             Catch::StartsWith("expected 'select_strategies' of iteration 1, got "
                               "'analyze_data' of iteration 2"));
}

TEST_CASE("a typo in one iteration number shows on that entry and the next") {
  auto log = grade4_log();
  log.entries[3].iteration = 2;
  auto report = ls::validate(log);
  REQUIRE(report.issues.size() == 2);
  CHECK(report.issues[0].path == "/entries/3/iteration");
  CHECK(report.issues[1].path == "/entries/4/iteration");
}

TEST_CASE("an absurd iteration number does not overflow") {
  cycle_log log{"t", cycle_definition::six_steps,
                {entry(monitor_and_evaluate, INT_MAX, "2026-01-01", "2026-01-02", result),
                 entry(analyze_data, INT_MAX, "2026-01-03", std::nullopt, data_source)}};
  auto report = ls::validate(log);
  REQUIRE(report.issues.size() == 2);
  CHECK(report.issues[0].code == "cycle.unexpected_stage");
  CHECK(report.issues[1].code == "cycle.unexpected_iteration");
  CHECK_THAT(report.issues[1].message, Catch::Contains("of iteration 2147483648, got"));
}

TEST_CASE("dates are ISO dates, and an entry ends on or after it starts") {
  auto log = grade4_log();
  log.entries[1].started = "2026-09-31";
  log.entries[2].ended = "soon";
  auto report = ls::validate(log);
  REQUIRE(report.issues.size() == 2);
  CHECK(report.issues[0].code == "date.invalid");
  CHECK(report.issues[0].path == "/entries/1/started");
  CHECK(report.issues[1].code == "date.invalid");
  CHECK(report.issues[1].path == "/entries/2/ended");

  log = grade4_log();
  log.entries[3].ended = "2026-10-04";  // started 2026-10-05
  auto backwards = ls::validate(log);
  require_one(backwards, "cycle.ended_before_started", "/entries/3/ended");
  CHECK(backwards.issues[0].message == "ended 2026-10-04, before it started (2026-10-05)");
  log.entries[3].ended = "2026-10-05";  // a one-day stage
  CHECK(ls::validate(log).issues.empty());
}

TEST_CASE("an entry starts neither before the previous one started nor before it ended") {
  auto log = grade4_log();
  log.entries[3].started = "2026-09-10";  // previous: 2026-09-14 to 2026-10-02
  require_one(ls::validate(log), "cycle.started_before_previous", "/entries/3/started");
  log.entries[3].started = "2026-09-30";
  auto report = ls::validate(log);
  require_one(report, "cycle.started_before_previous_ended", "/entries/3/started");
  CHECK(report.issues[0].message ==
        "started 2026-09-30, before the previous entry ended (2026-10-02)");
}

TEST_CASE("only the last entry may be under way") {
  auto log = grade4_log();
  log.entries[3].ended.reset();
  auto report = ls::validate(log);
  require_one(report, "cycle.open_entry", "/entries/3/ended");
}

TEST_CASE("every stage has an owner") {
  auto log = grade4_log();
  log.entries[4].owner = " ";
  require_one(ls::validate(log), "cycle.blank_owner", "/entries/4/owner");
}

TEST_CASE("a stage carried out and finished without evidence is a warning") {
  auto log = grade4_log();
  log.entries[1].evidence.clear();
  auto report = ls::validate(log);
  require_one(report, "cycle.no_evidence", "/entries/1/evidence", ls::severity::warning);
  CHECK(report.ok());
  CHECK(log.position());  // warnings do not stop the queries
}

TEST_CASE("evidence has a description, and a source when given is not blank") {
  auto log = grade4_log();
  log.entries[0].evidence.push_back({result, "", std::string(""), {{"", "evidence"}}});
  auto report = ls::validate(log);
  REQUIRE(report.issues.size() == 3);
  CHECK(report.issues[0].code == "cycle.blank_evidence");
  CHECK(report.issues[0].path == "/entries/0/evidence/1/description");
  CHECK(report.issues[1].code == "cycle.blank_source");
  CHECK(report.issues[1].path == "/entries/0/evidence/1/source");
  CHECK(report.issues[2].code == "tag.blank_scheme");
  CHECK(report.issues[2].path == "/entries/0/evidence/1/tags/0/scheme");
}

TEST_CASE("a log loads from JSON, and a bad one reports every issue") {
  auto log = ls::json::load<cycle_log>(R"({
    "team": "washington_high.ela", "definition": "seven_steps",
    "entries": [
      {"stage": "analyze_data", "iteration": 1, "started": "2026-09-01",
       "ended": "2026-09-12", "owner": "eli",
       "evidence": [{"kind": "data_source", "description": "state test, grade 9 reading",
                     "source": "reports/2026/state.pdf",
                     "tags": [{"scheme": "standards_2011", "id": "data"}]}]},
      {"stage": "set_goals", "iteration": 1, "started": "2026-09-14", "owner": "eli"}]
  })");
  CHECK(log.definition == cycle_definition::seven_steps);
  CHECK(log.entries[0].evidence[0].tags[0].id == "data");
  CHECK(log.position()->stage == set_goals);
  CHECK(log.position()->stage_count == 7);

  auto bad = ls::json::try_load<cycle_log>(R"({
    "team": "washington_high.ela", "definition": "six_steps",
    "entries": [
      {"stage": "analyze_data", "iteration": 1, "started": "2026-09-01", "owner": "eli"},
      {"stage": "evaluate", "iteration": 1, "started": "2026-08-30", "owner": "eli",
       "skipped": true}]
  })");
  CHECK_FALSE(bad.value);
  REQUIRE(bad.report.issues.size() == 4);
  CHECK(bad.report.issues[0].code == "cycle.stage_not_in_definition");
  CHECK(bad.report.issues[0].path == "/entries/1/stage");
  CHECK(bad.report.issues[1].code == "cycle.open_entry");
  CHECK(bad.report.issues[1].path == "/entries/0/ended");
  CHECK(bad.report.issues[2].code == "cycle.started_before_previous");
  CHECK(bad.report.issues[2].path == "/entries/1/started");
  CHECK(bad.report.issues[3].code == "cycle.missing_skip_reason");
  CHECK(bad.report.issues[3].path == "/entries/1/skip_reason");

  auto malformed = ls::json::try_load<cycle_log>(R"({
    "team": "t", "definition": "five_steps",
    "entries": [{"stage": "analyse_data", "iteration": 1.5, "owner": "eli"}]})");
  CHECK_FALSE(malformed.value);
  REQUIRE(malformed.report.issues.size() == 4);
  CHECK(malformed.report.issues[0].code == "json.unknown_enum");
  CHECK(malformed.report.issues[0].path == "/definition");
  CHECK(malformed.report.issues[1].code == "json.unknown_enum");
  CHECK(malformed.report.issues[1].path == "/entries/0/stage");
  CHECK(malformed.report.issues[2].path == "/entries/0/iteration");
  CHECK(malformed.report.issues[3].code == "json.missing_key");
  CHECK(malformed.report.issues[3].path == "/entries/0/started");

  auto syntax = ls::json::try_load<cycle_log>("{\"team\": ");
  REQUIRE(syntax.report.issues.size() == 1);
  CHECK(syntax.report.issues[0].code == "json.syntax");
}
