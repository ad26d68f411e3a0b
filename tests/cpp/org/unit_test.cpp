#include <ls/core/validate.hpp>
#include <ls/org/unit.hpp>

#include <catch2/catch.hpp>

using ls::org::may_be_placed_under;
using ls::org::org_unit;
using ls::org::org_unit_kind;

TEST_CASE("a unit with a stable id and a name has no issue") {
  CHECK(ls::validate(org_unit{"lincoln_elem", "Lincoln Elementary", org_unit_kind::school,
                              std::string("north")})
            .issues.empty());
}

TEST_CASE("a unit id must be a stable id and its name not blank") {
  auto report = ls::validate(org_unit{"Lincoln Elem", " \t", org_unit_kind::school, {}});
  REQUIRE(report.issues.size() == 2);
  CHECK(report.issues[0].code == "org.invalid_id");
  CHECK(report.issues[0].path == "/id");
  CHECK(report.issues[0].severity == ls::severity::error);
  CHECK_THAT(report.issues[0].message, Catch::Contains("'Lincoln Elem'"));
  CHECK(report.issues[1].code == "org.blank_name");
  CHECK(report.issues[1].path == "/name");
  CHECK(report.issues[1].severity == ls::severity::error);
}

TEST_CASE("where each kind of unit may be placed") {
  using enum org_unit_kind;
  // Directly under the system: everything.
  CHECK(may_be_placed_under(network, std::nullopt));
  CHECK(may_be_placed_under(school, std::nullopt));
  CHECK(may_be_placed_under(team, std::nullopt));
  // A network groups networks and schools.
  CHECK(may_be_placed_under(network, network));
  CHECK(may_be_placed_under(school, network));
  CHECK(may_be_placed_under(team, network));
  // A school holds teams only.
  CHECK_FALSE(may_be_placed_under(network, school));
  CHECK_FALSE(may_be_placed_under(school, school));
  CHECK(may_be_placed_under(team, school));
  // A team holds sub-teams only.
  CHECK_FALSE(may_be_placed_under(network, team));
  CHECK_FALSE(may_be_placed_under(school, team));
  CHECK(may_be_placed_under(team, team));
}
