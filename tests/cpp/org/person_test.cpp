#include <ls/core/validate.hpp>
#include <ls/org/person.hpp>

#include <catch2/catch.hpp>

using ls::org::custom_role;
using ls::org::person;

TEST_CASE("a person with an id, a name and a role has no issue") {
  CHECK(ls::validate(person{"emp_20417", "Ana Ortiz", {"principal"}, {"lincoln_elem"}})
            .issues.empty());
  CHECK(ls::validate(person{"ana", "Ana", {"superintendent"}, {}}).issues.empty());
}

TEST_CASE("a person needs a stable id and a name") {
  auto report = ls::validate(person{"20417", "", {"teacher"}, {}});
  REQUIRE(report.issues.size() == 2);
  CHECK(report.issues[0].code == "org.invalid_id");
  CHECK(report.issues[0].path == "/id");
  CHECK(report.issues[0].severity == ls::severity::error);
  CHECK(report.issues[1].code == "org.blank_name");
  CHECK(report.issues[1].path == "/name");
}

TEST_CASE("a person without a role is a warning") {
  auto report = ls::validate(person{"ana", "Ana", {}, {}});
  CHECK(report.ok());
  REQUIRE(report.issues.size() == 1);
  CHECK(report.issues[0].code == "org.no_role");
  CHECK(report.issues[0].path == "/roles");
  CHECK(report.issues[0].severity == ls::severity::warning);
}

TEST_CASE("a role or unit listed twice is a warning where it repeats") {
  auto report = ls::validate(
      person{"cara", "Cara", {"teacher", "coach", "teacher"}, {"a", "b", "b"}});
  CHECK(report.ok());
  REQUIRE(report.issues.size() == 2);
  CHECK(report.issues[0].code == "org.repeated_role");
  CHECK(report.issues[0].path == "/roles/2");
  CHECK(report.issues[0].severity == ls::severity::warning);
  CHECK(report.issues[1].code == "org.repeated_unit");
  CHECK(report.issues[1].path == "/units/2");
  CHECK(report.issues[1].severity == ls::severity::warning);
}

TEST_CASE("a custom role needs a stable id and a title, a description is optional") {
  CHECK(ls::validate(custom_role{"data_strategist", "Data strategist", {}}).issues.empty());
  CHECK(ls::validate(custom_role{"equity_lead", "Equity lead",
                                 std::string("Leads the equity work of a school")})
            .issues.empty());
  auto report = ls::validate(custom_role{"Data Strategist", "  ", {}});
  REQUIRE(report.issues.size() == 2);
  CHECK(report.issues[0].code == "org.invalid_id");
  CHECK(report.issues[0].path == "/id");
  CHECK(report.issues[1].code == "org.blank_title");
  CHECK(report.issues[1].path == "/title");
  CHECK(report.issues[1].severity == ls::severity::error);
}
