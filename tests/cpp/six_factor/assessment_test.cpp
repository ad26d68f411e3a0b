#include "support.hpp"

#include <ls/core/validate.hpp>
#include <ls/json/load.hpp>
#include <ls/json/write.hpp>

#include "support/issues.hpp"

#include <catch2/catch.hpp>

using namespace six_factor_test;

using ls_test::require_one;

TEST_CASE("a complete assessment has no issues") {
  INFO(ls::validate(spring()).to_string());
  CHECK(ls::validate(spring()).issues.empty());
}

TEST_CASE("a rating outside 1..4 is an error, wherever it is") {
  auto a = spring();
  a.participants[1].ratings[4].rating = 5;
  require_one(ls::validate(a), "six_factor.rating_out_of_range", "/participants/1/ratings/4/rating",
              ls::severity::error);
  CHECK_THAT(ls::validate(a).issues[0].message, Catch::Contains("rating 5"));
  a = spring();
  a.group_consensus[0].rating = 0;
  require_one(ls::validate(a), "six_factor.rating_out_of_range", "/group_consensus/0/rating",
              ls::severity::error);
  a = spring();
  a.team_consensus[1].rating = -1;
  require_one(ls::validate(a), "six_factor.rating_out_of_range", "/team_consensus/1/rating",
              ls::severity::error);
  for (int rating = 1; rating <= 4; ++rating) {
    a.team_consensus[1].rating = rating;
    CHECK(ls::validate(a).issues.empty());
  }
}

TEST_CASE("a rating without an example is a warning, even a low one") {
  auto a = spring();
  a.participants[0].ratings[2].examples.clear();  // rated 1
  require_one(ls::validate(a), "six_factor.no_example", "/participants/0/ratings/2/examples",
              ls::severity::warning);
  a = spring();
  a.team_consensus[0].examples = {"  "};
  auto report = ls::validate(a);
  REQUIRE(report.issues.size() == 2);
  CHECK(report.issues[0].code == "six_factor.blank_example");
  CHECK(report.issues[0].path == "/team_consensus/0/examples/0");
  CHECK(report.issues[0].severity == ls::severity::error);
  CHECK(report.issues[1].code == "six_factor.no_example");
  CHECK(report.issues[1].severity == ls::severity::warning);
  a = spring();
  a.group_consensus[0].examples.clear();
  require_one(ls::validate(a), "six_factor.no_example", "/group_consensus/0/examples",
              ls::severity::warning);
}

TEST_CASE("a participant rates a factor at most once") {
  auto a = spring();
  a.participants[2].ratings[5].factor = support_factor::evaluation;
  auto report = ls::validate(a);
  INFO(report.to_string());
  REQUIRE(report.issues.size() == 2);
  CHECK(report.issues[0].code == "six_factor.duplicate_rating");
  CHECK(report.issues[0].path == "/participants/2/ratings/5/factor");
  CHECK(report.issues[0].severity == ls::severity::error);
  // ... and resources is then not rated at all.
  CHECK(report.issues[1].code == "six_factor.missing_rating");
  CHECK(report.issues[1].path == "/participants/2/ratings");
  CHECK(report.issues[1].severity == ls::severity::warning);
  CHECK_THAT(report.issues[1].message, Catch::Contains("resources"));
}

TEST_CASE("each factor a participant did not rate is a warning") {
  auto a = spring();
  a.participants[0].ratings.resize(4);
  auto report = ls::validate(a);
  REQUIRE(report.issues.size() == 2);
  CHECK(report.ok());
  CHECK(report.issues[0].code == "six_factor.missing_rating");
  CHECK_THAT(report.issues[0].message, Catch::Contains("\"p1\" did not rate evaluation"));
  CHECK_THAT(report.issues[1].message, Catch::Contains("resources"));
}

TEST_CASE("participant ids are given and unique") {
  auto a = spring();
  a.participants[2].participant = "p1";
  require_one(ls::validate(a), "six_factor.duplicate_participant",
              "/participants/2/participant", ls::severity::error);
  a = spring();
  a.participants[2].participant = " ";
  a.group_consensus.clear();
  require_one(ls::validate(a), "six_factor.blank_participant", "/participants/2/participant",
              ls::severity::error);
}

TEST_CASE("group members must be participants, listed once") {
  auto a = spring();
  a.group_consensus[0].members = {"p1", "p9", "p1"};
  auto report = ls::validate(a);
  INFO(report.to_string());
  REQUIRE(report.issues.size() == 2);
  CHECK(report.issues[0].code == "six_factor.unknown_member");
  CHECK(report.issues[0].path == "/group_consensus/0/members/1");
  CHECK_THAT(report.issues[0].message, Catch::Contains("p9"));
  CHECK(report.issues[1].code == "six_factor.duplicate_member");
  CHECK(report.issues[1].path == "/group_consensus/0/members/2");
  CHECK(report.issues[1].severity == ls::severity::error);
}

TEST_CASE("a group needs a name and should list its members") {
  auto a = spring();
  a.group_consensus[0].group = "";
  require_one(ls::validate(a), "six_factor.blank_group", "/group_consensus/0/group",
              ls::severity::error);
  a = spring();
  a.group_consensus[0].members.clear();
  require_one(ls::validate(a), "six_factor.no_members", "/group_consensus/0/members",
              ls::severity::warning);
}

TEST_CASE("each factor has at most one group and one team consensus") {
  auto a = spring();
  a.group_consensus.push_back(a.group_consensus[0]);
  require_one(ls::validate(a), "six_factor.duplicate_group_consensus",
              "/group_consensus/1/factor", ls::severity::error);
  a = spring();
  a.team_consensus[1].factor = support_factor::compelling_vision;
  require_one(ls::validate(a), "six_factor.duplicate_team_consensus",
              "/team_consensus/1/factor", ls::severity::error);
}

TEST_CASE("team consensus needs one or two non-blank next steps") {
  auto a = spring();
  a.team_consensus[0].next_steps.clear();
  require_one(ls::validate(a), "six_factor.no_next_step", "/team_consensus/0/next_steps",
              ls::severity::warning);
  a = spring();
  a.team_consensus[1].next_steps.push_back("Hire a director");
  require_one(ls::validate(a), "six_factor.too_many_next_steps", "/team_consensus/1/next_steps",
              ls::severity::error);
  CHECK_THAT(ls::validate(a).issues[0].message, Catch::Contains("has 3 next steps"));
  a = spring();
  a.team_consensus[1].next_steps[1] = "\t";
  require_one(ls::validate(a), "six_factor.blank_next_step", "/team_consensus/1/next_steps/1",
              ls::severity::error);
}

TEST_CASE("the assessment needs a stable id, a system and a valid date") {
  auto a = spring();
  a.id = "Spring 2026";
  require_one(ls::validate(a), "six_factor.invalid_id", "/id", ls::severity::error);
  a = spring();
  a.system = "";
  require_one(ls::validate(a), "six_factor.blank_system", "/system", ls::severity::error);
  a = spring();
  a.date = "20/05/2026";
  require_one(ls::validate(a), "date.invalid", "/date", ls::severity::error);
}

TEST_CASE("an assessment loads from JSON and round-trips") {
  auto a = ls::json::load<six_factor_assessment>(R"({
    "id": "x_2026", "system": "x", "date": "2026-03-01",
    "participants": [{"participant": "p1", "ratings": [
      {"factor": "compelling_vision", "rating": 2, "examples": ["no written vision"]}]}],
    "team_consensus": [{"factor": "resources", "rating": 1,
                        "examples": ["no budget"], "next_steps": ["find funds"]}]})");
  CHECK(a.participants[0].ratings[0].factor == support_factor::compelling_vision);
  CHECK(a.group_consensus.empty());
  CHECK(a.team_consensus[0].next_steps.size() == 1);
  // Five factors not rated: warnings only, so load succeeds.
  auto result = ls::json::try_load<six_factor_assessment>(ls::json::to_string(a));
  CHECK(result.report.warning_count() == 5);
  CHECK(ls::json::load<six_factor_assessment>(ls::json::to_string(spring())) == spring());
}

TEST_CASE("a malformed assessment document reports each problem where it is") {
  auto result = ls::json::try_load<six_factor_assessment>(R"({
    "id": "x", "system": "x",
    "participants": [{"participant": "p1", "ratings": [
      {"factor": "vision", "rating": 2.5}]}]})");
  CHECK_FALSE(result.value);
  INFO(result.report.to_string());
  REQUIRE(result.report.issues.size() == 3);
  CHECK(result.report.issues[0].code == "json.missing_key");
  CHECK(result.report.issues[0].path == "/date");
  CHECK(result.report.issues[1].code == "json.unknown_enum");
  CHECK(result.report.issues[1].path == "/participants/0/ratings/0/factor");
  CHECK(result.report.issues[2].path == "/participants/0/ratings/0/rating");

  auto rules = ls::json::try_load<six_factor_assessment>(
      R"({"id": "x", "system": "x", "date": "2026-01-01", "participants": [
          {"participant": "p1", "ratings": [{"factor": "evaluation", "rating": 7}]}]})");
  CHECK_FALSE(rules.value);
  CHECK(rules.report.error_count() == 1);
  // After the five six_factor.missing_rating warnings come the rating's own issues.
  REQUIRE(rules.report.issues.size() == 7);
  CHECK(rules.report.issues[5].code == "six_factor.rating_out_of_range");
  CHECK(rules.report.issues[5].path == "/participants/0/ratings/0/rating");
  CHECK(rules.report.issues[6].code == "six_factor.no_example");
  CHECK_THROWS_AS(ls::json::load<six_factor_assessment>("[1, 2"), ls::validation_error);
}
