#include "support/issues.hpp"

#include <ls/core/validate.hpp>
#include <ls/json/load.hpp>
#include <ls/responses/respondent.hpp>

#include <catch2/catch.hpp>


using ls::responses::respondent;

TEST_CASE("a respondent with an id and places has no issue") {
  const respondent who{"r1", "d1", "s1", "t1", "teacher", "2026"};
  CHECK(ls::validate(who).issues.empty());
  CHECK(ls::validate(respondent{}).issues.empty());  // metadata are all optional
}

TEST_CASE("blank metadata text is a warning: it is read as unknown") {
  respondent who;
  who.id = "r1";
  who.school = "  ";
  ls_test::require_one(ls::validate(who), "responses.blank_metadata", "/school",
                       ls::severity::warning);
}

TEST_CASE("a respondent loads from JSON and needs its id key") {
  const auto who = ls::json::load<respondent>(R"({"id": "r7", "role": "coach"})");
  CHECK(who.id == "r7");
  CHECK(who.role == "coach");
  CHECK_FALSE(who.school);
  const auto bad = ls::json::try_load<respondent>(R"({"role": "coach"})");
  CHECK_FALSE(bad.value);
  ls_test::require_one(bad.report, "json.missing_key", "/id");
}
