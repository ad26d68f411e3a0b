#include <ls/core/validate.hpp>
#include <ls/json/load.hpp>
#include <ls/protocol/protocol.hpp>

#include "support/issues.hpp"

#include <catch2/catch.hpp>

#include <string>

using ls::protocol::protocol;
using ls::protocol::protocol_session;
using ls::protocol::protocol_step;

using ls_test::only_issue;

namespace {

// A made-up protocol whose minutes add up: two sessions of 30 and 20, total 50.
protocol team_huddle() {
  protocol p;
  p.id = "team_huddle";
  p.title = "Team huddle";
  p.purpose = "Agree on one change to try before the next meeting";
  p.total_minutes = 50;
  p.materials = {"sticky notes"};
  p.produces = {"one agreed change"};
  p.sessions = {
      {"Look at the data", 30, {{1, "Read the results", 10, std::nullopt},
                                {2, "Name a pattern", 20, "Each person names one"}}},
      {"Decide", 20, {{3, "Choose a change", 15, std::nullopt}, {4, "Who does what", 5, std::nullopt}}},
  };
  return p;
}

}  // namespace

TEST_CASE("protocol: a protocol whose minutes add up has no issues") {
  auto p = team_huddle();
  CHECK(ls::validate(p).issues.empty());
  CHECK(p.sessions[0].planned_minutes() == 30);
}

TEST_CASE("protocol: the id is stable") {
  auto p = team_huddle();
  p.id = "Team Huddle";
  const auto& invalid = only_issue(ls::validate(p));
  CHECK(invalid.code == "protocol.invalid_id");
  CHECK(invalid.path == "/id");
  CHECK(invalid.severity == ls::severity::error);
  p.id = "";
  const auto& missing = only_issue(ls::validate(p));
  CHECK(missing.code == "protocol.missing_id");
  CHECK(missing.path == "/id");
  CHECK(missing.severity == ls::severity::error);
}

TEST_CASE("protocol: title and purpose are written, total time is positive") {
  auto p = team_huddle();
  p.title = " ";
  p.purpose = "";
  auto report = ls::validate(p);
  REQUIRE(report.issues.size() == 2);
  CHECK(report.issues[0].code == "protocol.blank_title");
  CHECK(report.issues[0].path == "/title");
  CHECK(report.issues[1].code == "protocol.blank_purpose");
  CHECK(report.issues[1].path == "/purpose");
  CHECK(report.error_count() == 2);

  p = team_huddle();
  p.total_minutes = 0;  // no total-time warning on top: the figure is already wrong
  const auto& problem = only_issue(ls::validate(p));
  CHECK(problem.code == "protocol.nonpositive_total_minutes");
  CHECK(problem.path == "/total_minutes");
  CHECK(problem.severity == ls::severity::error);
}

TEST_CASE("protocol: at least one session, and each session at least one step") {
  auto p = team_huddle();
  p.sessions[1].steps.clear();
  const auto& empty = only_issue(ls::validate(p));
  CHECK(empty.code == "protocol.empty_session");
  CHECK(empty.path == "/sessions/1/steps");
  CHECK(empty.severity == ls::severity::error);

  p.sessions.clear();
  const auto& none = only_issue(ls::validate(p));
  CHECK(none.code == "protocol.no_sessions");
  CHECK(none.path == "/sessions");
  CHECK(none.severity == ls::severity::error);
}

TEST_CASE("protocol: a session has a title and a positive budget") {
  auto p = team_huddle();
  p.sessions[0].title = "";
  p.sessions[1].minutes = -20;
  p.total_minutes = 10;  // keeps the sessions' sum (30 - 20) equal to the total
  auto report = ls::validate(p);
  REQUIRE(report.issues.size() == 2);
  CHECK(report.issues[0].code == "protocol.blank_session_title");
  CHECK(report.issues[0].path == "/sessions/0/title");
  CHECK(report.issues[1].code == "protocol.nonpositive_session_minutes");
  CHECK(report.issues[1].path == "/sessions/1/minutes");
  CHECK(report.error_count() == 2);
}

TEST_CASE("protocol: a step has a number from 1, a title and positive minutes") {
  auto p = team_huddle();
  p.sessions[1].steps[1].title = "";
  p.sessions[1].steps[1].minutes = 0;
  p.sessions[1].steps[0].minutes = 20;  // the session still adds up to 20
  auto report = ls::validate(p);
  REQUIRE(report.issues.size() == 2);
  CHECK(report.issues[0].code == "protocol.blank_step_title");
  CHECK(report.issues[0].path == "/sessions/1/steps/1/title");
  CHECK(report.issues[0].severity == ls::severity::error);
  CHECK(report.issues[1].code == "protocol.nonpositive_step_minutes");
  CHECK(report.issues[1].path == "/sessions/1/steps/1/minutes");
  CHECK(report.issues[1].severity == ls::severity::error);

  protocol_step zero{0, "Warm up", 5, std::nullopt};
  const auto& problem = only_issue(ls::validate(zero));
  CHECK(problem.code == "protocol.invalid_step_number");
  CHECK(problem.path == "/number");
  CHECK(problem.severity == ls::severity::error);
}

TEST_CASE("protocol: step numbers are unique and increasing across sessions") {
  auto p = team_huddle();
  p.sessions[1].steps[0].number = 2;  // 1, 2, 2, 3: repeats step 2 of session 0
  p.sessions[1].steps[1].number = 3;
  const auto& duplicate = only_issue(ls::validate(p));
  CHECK(duplicate.code == "protocol.duplicate_step_number");
  CHECK(duplicate.path == "/sessions/1/steps/0/number");
  CHECK(duplicate.severity == ls::severity::error);

  p = team_huddle();
  p.sessions[0].steps[1].number = 4;  // 1, 4, 3: 3 comes after 4
  p.sessions[1].steps[1].number = 5;
  auto report = ls::validate(p);
  REQUIRE(report.issues.size() == 3);
  CHECK(report.issues[0].code == "protocol.step_number_gap");  // 1 -> 4 skips 2 and 3
  CHECK(report.issues[0].path == "/sessions/0/steps/1/number");
  CHECK(report.issues[1].code == "protocol.step_out_of_order");
  CHECK(report.issues[1].path == "/sessions/1/steps/0/number");
  CHECK(report.issues[1].severity == ls::severity::error);
  CHECK_THAT(report.issues[1].message, Catch::Contains("step 3 comes after step 4"));
  CHECK(report.issues[2].code == "protocol.step_number_gap");  // 3 -> 5
  CHECK(report.issues[2].severity == ls::severity::warning);
  CHECK(report.error_count() == 1);
}

TEST_CASE("protocol: a skipped number or a first step other than 1 is a warning") {
  auto p = team_huddle();
  for (auto& session : p.sessions)
    for (auto& step : session.steps) step.number += 9;  // 10, 11, 12, 13
  auto report = ls::validate(p);
  CHECK(report.ok());
  const auto& problem = only_issue(report);
  CHECK(problem.code == "protocol.step_number_gap");
  CHECK(problem.path == "/sessions/0/steps/0/number");
  CHECK(problem.severity == ls::severity::warning);
  CHECK_THAT(problem.message, Catch::Contains("numbered 10, not 1"));
}

TEST_CASE("protocol: steps that do not fill a session's time are a warning at the session") {
  auto p = team_huddle();
  p.sessions[0].steps[1].minutes = 25;  // 10 + 25 = 35 against 30
  p.sessions[1].steps[1].minutes = 1;   // 15 + 1 = 16 against 20
  auto report = ls::validate(p);
  CHECK(report.ok());
  REQUIRE(report.issues.size() == 2);
  CHECK(report.issues[0].code == "protocol.session_time_mismatch");
  CHECK(report.issues[0].path == "/sessions/0");
  CHECK(report.issues[0].severity == ls::severity::warning);
  CHECK_THAT(report.issues[0].message,
             Catch::Contains("35 minutes") && Catch::Contains("budget of 30") &&
                 Catch::Contains("5 over"));
  CHECK(report.issues[1].path == "/sessions/1");
  CHECK_THAT(report.issues[1].message,
             Catch::Contains("16 minutes") && Catch::Contains("budget of 20") &&
                 Catch::Contains("4 under"));
}

TEST_CASE("protocol: sessions' budgets that do not add up to the total are a warning") {
  auto p = team_huddle();
  p.total_minutes = 60;
  const auto& problem = only_issue(ls::validate(p));
  CHECK(problem.code == "protocol.total_time_mismatch");
  CHECK(problem.path == "/total_minutes");
  CHECK(problem.severity == ls::severity::warning);
  CHECK_THAT(problem.message, Catch::Contains("add up to 50") && Catch::Contains("total of 60"));
}

TEST_CASE("protocol: materials and products are not blank") {
  auto p = team_huddle();
  p.materials.push_back(" ");
  p.produces.insert(p.produces.begin(), "");
  auto report = ls::validate(p);
  REQUIRE(report.issues.size() == 2);
  CHECK(report.issues[0].code == "protocol.blank_material");
  CHECK(report.issues[0].path == "/materials/1");
  CHECK(report.issues[1].code == "protocol.blank_product");
  CHECK(report.issues[1].path == "/produces/0");
  CHECK(report.error_count() == 2);
}

TEST_CASE("protocol: a user's protocol file loads, and its problems come back together") {
  const char* good = R"({
    "id": "learning_walk", "title": "Learning walk", "purpose": "See one practice in several rooms",
    "total_minutes": 60, "materials": ["note sheets"], "produces": ["list of patterns"],
    "sessions": [{"title": "Walk and debrief", "minutes": 60, "steps": [
      {"number": 1, "title": "Focus", "minutes": 10},
      {"number": 2, "title": "Visit", "minutes": 35, "description": "Five minutes per room"},
      {"number": 3, "title": "Debrief", "minutes": 15}]}]})";
  auto walk = ls::json::try_load<protocol>(good);
  REQUIRE(walk.value);
  CHECK(walk.report.issues.empty());
  CHECK(walk.value->sessions[0].steps[1].description == "Five minutes per room");
  CHECK_FALSE(walk.value->source);

  // Structure: minutes missing, a number as text, an unknown key (a warning).
  const char* bad_structure = R"({
    "id": "learning_walk", "title": "Learning walk", "purpose": "p", "total_minutes": 60,
    "sessions": [{"title": "Walk", "minutes": 60, "colour": "red", "steps": [
      {"number": "1", "title": "Focus"}]}]})";
  auto structure = ls::json::try_load<protocol>(bad_structure);
  CHECK_FALSE(structure.value);
  REQUIRE(structure.report.issues.size() == 3);
  CHECK(structure.report.issues[0].code == "json.type_mismatch");
  CHECK(structure.report.issues[0].path == "/sessions/0/steps/0/number");
  CHECK(structure.report.issues[1].code == "json.missing_key");
  CHECK(structure.report.issues[1].path == "/sessions/0/steps/0/minutes");
  CHECK(structure.report.issues[2].code == "json.unknown_key");
  CHECK(structure.report.issues[2].path == "/sessions/0/colour");

  // Rules: load throws the whole report.
  const char* bad_rules = R"({
    "id": "Learning Walk", "title": "", "purpose": "p", "total_minutes": 60,
    "sessions": [{"title": "Walk", "minutes": 60, "steps": [
      {"number": 1, "title": "Focus", "minutes": 0}]}]})";
  try {
    (void)ls::json::load<protocol>(bad_rules);
    FAIL("load should throw");
  } catch (const ls::validation_error& e) {
    REQUIRE(e.issues().size() == 4);
    CHECK(e.issues()[0].code == "protocol.invalid_id");
    CHECK(e.issues()[1].code == "protocol.blank_title");
    CHECK(e.issues()[2].code == "protocol.session_time_mismatch");  // 0 against 60
    CHECK(e.issues()[3].code == "protocol.nonpositive_step_minutes");
  }

  CHECK(ls::json::try_load<protocol>("{\"id\": ").report.issues.at(0).code == "json.syntax");
}
