#include <ls/core/validate.hpp>
#include <ls/json/load.hpp>
#include <ls/json/write.hpp>
#include <ls/kasab/chart.hpp>

#include "support/issues.hpp"

#include <catch2/catch.hpp>

using namespace ls::kasab;

using ls_test::require_one;

namespace {

constexpr auto draft = descriptor_status::draft;
constexpr auto agreed = descriptor_status::agreed;

kasab_chart chart() {
  kasab_chart c;
  c.id = "pl_roles_2026";
  c.title = "Who does what for professional learning";
  c.cells = {
      {kasab_dimension::knowledge,
       "school_leadership_team",
       {{"Knows the district's definition of professional learning", "ana", draft},
        {"Knows the school's student data", "ben", agreed}}},
      {kasab_dimension::knowledge,
       "district_leader",
       {{"Knows what each school team is working on", "carla", agreed}}},
      {kasab_dimension::behaviors,
       "district_leader",
       {{"Visits learning team meetings every month", "carla", draft}}},
  };
  c.tags = {{"standards_2011", "leadership"}};
  c.date = "2026-09-14";
  return c;
}

}  // namespace

TEST_CASE("a chart's default columns are the book's two roles") {
  CHECK(kasab_chart{}.roles ==
        std::vector<std::string>{"school_leadership_team", "district_leader"});
  CHECK(default_kasab_roles() == kasab_chart{}.roles);
}

TEST_CASE("a good chart has no issues, custom stable roles included") {
  CHECK(ls::validate(chart()).issues.empty());
  auto c = chart();
  c.roles.push_back("instructional_coach_team");  // not built in, but a stable id
  c.cells.push_back({kasab_dimension::skills, "instructional_coach_team", {}});
  CHECK(ls::validate(c).issues.empty());
}

TEST_CASE("a chart's id must be a stable id") {
  auto c = chart();
  c.id = "PL Roles";
  require_one(ls::validate(c), "kasab.invalid_id", "/id", ls::severity::error);
  CHECK_THAT(ls::validate(c).issues[0].message, Catch::Contains("PL Roles"));
  c.id = "";
  require_one(ls::validate(c), "kasab.invalid_id", "/id", ls::severity::error);
}

TEST_CASE("a chart needs at least one role") {
  auto c = chart();
  c.roles.clear();
  c.cells.clear();
  require_one(ls::validate(c), "kasab.no_roles", "/roles", ls::severity::error);
}

TEST_CASE("roles are stable ids, each listed once") {
  auto c = chart();
  c.roles = {"school_leadership_team", "Coach Team", "district_leader", "school_leadership_team"};
  auto report = ls::validate(c);
  REQUIRE(report.issues.size() == 2);
  CHECK(report.issues[0].code == "kasab.invalid_role");
  CHECK(report.issues[0].path == "/roles/1");
  CHECK_THAT(report.issues[0].message, Catch::Contains("Coach Team"));
  CHECK(report.issues[1].code == "kasab.duplicate_role");
  CHECK(report.issues[1].path == "/roles/3");
  CHECK(report.issues[1].severity == ls::severity::error);
}

TEST_CASE("each cell's role is one of the chart's roles") {
  auto c = chart();
  c.cells[1].role = "principal";  // built in, but not a column of this chart
  require_one(ls::validate(c), "kasab.unknown_role", "/cells/1/role", ls::severity::error);
  CHECK_THAT(ls::validate(c).issues[0].message, Catch::Contains("principal"));
}

TEST_CASE("one cell per dimension and role, the repeat is reported") {
  auto c = chart();
  c.cells.push_back({kasab_dimension::knowledge, "district_leader", {}});
  require_one(ls::validate(c), "kasab.duplicate_cell", "/cells/3", ls::severity::error);
  CHECK_THAT(ls::validate(c).issues[0].message, Catch::Contains("already cell 1"));
}

TEST_CASE("a descriptor's text and author are checked where they are") {
  auto c = chart();
  c.cells[2].descriptors[0].text = "  ";
  auto report = ls::validate(c);
  require_one(report, "kasab.blank_descriptor", "/cells/2/descriptors/0/text",
              ls::severity::error);
  c = chart();
  c.cells[0].descriptors[1].author = "";
  require_one(ls::validate(c), "kasab.blank_author", "/cells/0/descriptors/1/author",
              ls::severity::error);
}

TEST_CASE("the same descriptor twice in a cell is a warning at the repeat") {
  auto c = chart();
  c.cells[0].descriptors.push_back(
      {"  knows the DISTRICT'S definition of\nprofessional learning ", "ben", agreed});
  auto report = ls::validate(c);
  require_one(report, "kasab.duplicate_descriptor", "/cells/0/descriptors/2/text",
              ls::severity::warning);
  CHECK_THAT(report.issues[0].message, Catch::Contains("repeats descriptor 0"));
  CHECK(report.ok());
}

TEST_CASE("the same descriptor in two cells is not an issue") {
  auto c = chart();
  c.cells[1].descriptors.push_back(c.cells[0].descriptors[1]);
  CHECK(ls::validate(c).issues.empty());
}

TEST_CASE("the theory of action, tags and date are checked inside a chart") {
  auto c = chart();
  c.theory_of_action = theory_of_action{{"Share the chart"}, {{"Time", {}}}, {}, {}};
  require_one(ls::validate(c), "kasab.barrier_without_countermeasure",
              "/theory_of_action/barriers/0/countermeasures", ls::severity::warning);
  c = chart();
  c.tags[0].id = "";
  require_one(ls::validate(c), "tag.blank_id", "/tags/0/id", ls::severity::error);
  c = chart();
  c.date = "2026-09-31";
  require_one(ls::validate(c), "date.invalid", "/date", ls::severity::error);
  c.date.reset();
  CHECK(ls::validate(c).issues.empty());
}

TEST_CASE("every problem is reported, not only the first") {
  auto c = chart();
  c.id = "";
  c.cells[0].role = "teacher";
  c.cells[2].descriptors[0].author = " ";
  auto report = ls::validate(c);
  CHECK(report.error_count() == 3);
}

TEST_CASE("a chart loads from JSON, the theory of action and date may be omitted") {
  auto c = ls::json::load<kasab_chart>(R"({
    "id": "pl_roles_2026", "title": "Roles",
    "roles": ["school_leadership_team", "district_leader", "coach"],
    "cells": [{"dimension": "aspirations", "role": "coach",
               "descriptors": [{"text": "Wants to learn alongside teachers",
                                "author": "dee", "status": "draft"}]}]})");
  CHECK(c.roles.size() == 3);
  REQUIRE(c.cells.size() == 1);
  CHECK(c.cells[0].dimension == kasab_dimension::aspirations);
  CHECK(c.cells[0].descriptors[0].status == descriptor_status::draft);
  CHECK_FALSE(c.theory_of_action);
  CHECK_FALSE(c.date);
  CHECK(ls::json::load<kasab_chart>(ls::json::to_string(chart())) == chart());
}

TEST_CASE("roles may be omitted in JSON and default to the book's two") {
  auto c = ls::json::load<kasab_chart>(R"({"id": "x", "title": "t"})");
  CHECK(c.roles == default_kasab_roles());
}

TEST_CASE("a malformed chart document reports every structural problem") {
  auto result = ls::json::try_load<kasab_chart>(R"({
    "id": "x", "title": "t",
    "cells": [{"dimension": "knowlege", "role": "district_leader",
               "descriptors": [{"text": "Knows", "status": "final"}]}]})");
  CHECK_FALSE(result.value);
  INFO(result.report.to_string());
  REQUIRE(result.report.issues.size() == 3);
  CHECK(result.report.issues[0].code == "json.unknown_enum");
  CHECK(result.report.issues[0].path == "/cells/0/dimension");
  CHECK(result.report.issues[1].code == "json.missing_key");
  CHECK(result.report.issues[1].path == "/cells/0/descriptors/0/author");
  CHECK(result.report.issues[2].code == "json.unknown_enum");
  CHECK(result.report.issues[2].path == "/cells/0/descriptors/0/status");

  auto syntax = ls::json::try_load<kasab_chart>(R"({"id": "x", "cells": [})");
  REQUIRE(syntax.report.issues.size() == 1);
  CHECK(syntax.report.issues[0].code == "json.syntax");
}

TEST_CASE("a well-formed chart document that breaks the rules is rejected with the rules") {
  auto result = ls::json::try_load<kasab_chart>(R"({
    "id": "Roles!", "title": "t", "roles": [],
    "cells": [{"dimension": "skills", "role": "coach", "descriptors": []}]})");
  CHECK_FALSE(result.value);
  REQUIRE(result.report.issues.size() == 3);
  CHECK(result.report.issues[0].code == "kasab.invalid_id");
  CHECK(result.report.issues[1].code == "kasab.no_roles");
  CHECK(result.report.issues[2].code == "kasab.unknown_role");
  CHECK(result.report.issues[2].path == "/cells/0/role");
  CHECK_THROWS_AS(ls::json::load<kasab_chart>(R"({"id": "Roles!", "title": "t"})"),
                  ls::validation_error);
}
