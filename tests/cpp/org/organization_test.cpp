#include <ls/core/validate.hpp>
#include <ls/json/load.hpp>
#include <ls/org/organization.hpp>

#include <catch2/catch.hpp>

#include <algorithm>
#include <random>
#include <set>
#include <string>
#include <vector>

using ls::org::custom_role;
using ls::org::org_unit;
using ls::org::org_unit_kind;
using ls::org::organization;
using ls::org::person;

namespace {

using enum org_unit_kind;

/// springfield (district)
///   north (network)
///     lincoln_elem (school)
///       lincoln_elem.grade4 (team)
///         lincoln_elem.grade4.math (team)
///     north.coaches (team, central office of the region)
///   central_pl (team, central office)
///   washington_high (school)
///     washington_high.ela (team)
organization springfield() {
  organization system;
  system.id = "springfield";
  system.name = "Springfield Public Schools";
  system.kind = ls::org::system_kind::district;
  system.units = {
      {"north", "North region", network, {}},
      {"lincoln_elem", "Lincoln Elementary", school, "north"},
      {"lincoln_elem.grade4", "Grade 4 team", team, "lincoln_elem"},
      {"lincoln_elem.grade4.math", "Grade 4 math", team, "lincoln_elem.grade4"},
      {"central_pl", "Professional learning office", team, {}},
      {"washington_high", "Washington High", school, {}},
      {"washington_high.ela", "English team", team, "washington_high"},
      {"north.coaches", "North coaches", team, "north"},
  };
  system.people = {
      {"ana", "Ana Ortiz", {"superintendent"}, {}},
      {"ben", "Ben Li", {"principal"}, {"lincoln_elem"}},
      {"cara", "Cara Diaz", {"teacher", "coach"},
       {"lincoln_elem.grade4", "lincoln_elem.grade4.math"}},
      {"dev", "Dev Rao", {"data_strategist"}, {"central_pl"}},
      {"eli", "Eli Stone", {"teacher"}, {"washington_high.ela"}},
  };
  system.custom_roles = {{"data_strategist", "Data strategist", {}}};
  return system;
}

std::vector<std::string> ids(const auto& things) {
  std::vector<std::string> out;
  for (const auto& thing : things) out.push_back(thing.id);
  return out;
}

using strings = std::vector<std::string>;

}  // namespace

TEST_CASE("a sound organization has no issue") {
  CHECK(ls::validate(springfield()).issues.empty());
}

TEST_CASE("queries: schools, teams, members, roles") {
  const auto system = springfield();
  CHECK(ids(system.schools()) == strings{"lincoln_elem", "washington_high"});
  CHECK(ids(system.teams_of("lincoln_elem")) ==
        strings{"lincoln_elem.grade4", "lincoln_elem.grade4.math"});
  CHECK(ids(system.teams_of("north")) ==
        strings{"lincoln_elem.grade4", "lincoln_elem.grade4.math", "north.coaches"});
  CHECK(ids(system.teams_of("lincoln_elem.grade4")) == strings{"lincoln_elem.grade4.math"});
  CHECK(system.teams_of("central_pl").empty());
  CHECK(ids(system.members_of("lincoln_elem")) == strings{"ben"});
  CHECK(ids(system.members_of("lincoln_elem.grade4.math")) == strings{"cara"});
  CHECK(ids(system.members_within("lincoln_elem")) == strings{"ben", "cara"});
  CHECK(ids(system.members_within("north")) == strings{"ben", "cara"});
  CHECK(ids(system.members_within("washington_high")) == strings{"eli"});
  CHECK(ids(system.people_with_role("teacher")) == strings{"cara", "eli"});
  CHECK(ids(system.people_with_role("data_strategist")) == strings{"dev"});
  CHECK(system.people_with_role("school_board_member").empty());
  CHECK(system.has_role("coach"));
  CHECK(system.has_role("data_strategist"));
  CHECK_FALSE(system.has_role("astronaut"));
  CHECK(system.find_unit("central_pl")->name == "Professional learning office");
  CHECK_FALSE(system.find_unit("nowhere"));
  CHECK(system.find_person("eli")->name == "Eli Stone");
  CHECK_FALSE(system.find_person("zoe"));
}

TEST_CASE("queries: the chain of ancestors and the school of a unit") {
  const auto system = springfield();
  CHECK(ids(system.ancestors_of("lincoln_elem.grade4.math")) ==
        strings{"lincoln_elem.grade4", "lincoln_elem", "north"});
  CHECK(ids(system.ancestors_of("washington_high.ela")) == strings{"washington_high"});
  CHECK(system.ancestors_of("north").empty());
  CHECK(system.school_of("lincoln_elem.grade4.math")->id == "lincoln_elem");
  CHECK(system.school_of("washington_high.ela")->id == "washington_high");
  CHECK(system.school_of("washington_high")->id == "washington_high");
  CHECK_FALSE(system.school_of("central_pl"));     // central-office team
  CHECK_FALSE(system.school_of("north.coaches"));  // a region's team
  CHECK_FALSE(system.school_of("north"));
}

TEST_CASE("queries throw ls::error for an id that names nothing") {
  const auto system = springfield();
  CHECK_THROWS_AS(system.teams_of("lincon_elem"), ls::error);
  CHECK_THROWS_WITH(system.teams_of("lincon_elem"),
                    Catch::Contains("'springfield' has no unit 'lincon_elem'"));
  CHECK_THROWS_AS(system.members_of("x"), ls::error);
  CHECK_THROWS_AS(system.members_within("x"), ls::error);
  CHECK_THROWS_AS(system.ancestors_of("x"), ls::error);
  CHECK_THROWS_AS(system.school_of("x"), ls::error);
  CHECK_THROWS_WITH(system.people_with_role("astronaut"), Catch::Contains("'astronaut'"));
}

TEST_CASE("the system needs a stable id and a name") {
  auto system = springfield();
  system.id = "Springfield";
  system.name = "";
  auto report = ls::validate(system);
  REQUIRE(report.issues.size() == 2);
  CHECK(report.issues[0].code == "org.invalid_id");
  CHECK(report.issues[0].path == "/id");
  CHECK(report.issues[1].code == "org.blank_name");
  CHECK(report.issues[1].path == "/name");
}

TEST_CASE("ids are unique among units, people and custom roles") {
  auto system = springfield();
  system.units[5].id = "lincoln_elem";
  system.units[6].parent = "lincoln_elem";  // still resolves (to the first)
  system.people[4].id = "ben";
  system.custom_roles.push_back({"data_strategist", "Data person", {}});
  auto report = ls::validate(system);
  REQUIRE(report.issues.size() == 3);
  CHECK(report.issues[0].code == "org.duplicate_unit");
  CHECK(report.issues[0].path == "/units/5/id");
  CHECK(report.issues[0].message == "id repeats the one of element 1");
  CHECK(report.issues[1].code == "org.duplicate_person");
  CHECK(report.issues[1].path == "/people/4/id");
  CHECK(report.issues[2].code == "org.duplicate_role");
  CHECK(report.issues[2].path == "/custom_roles/1/id");
  for (const auto& problem : report.issues) CHECK(problem.severity == ls::severity::error);
}

TEST_CASE("a unit may not use the system's id") {
  auto system = springfield();
  system.units[0].id = "springfield";
  system.units[1].parent = "springfield";
  system.units[7].parent = "springfield";
  auto report = ls::validate(system);
  // The unit named like the system, and the two parents that now name the system.
  REQUIRE(report.issues.size() == 3);
  CHECK(report.issues[0].code == "org.unit_is_system");
  CHECK(report.issues[0].path == "/units/0/id");
  CHECK(report.issues[0].severity == ls::severity::error);
  CHECK(report.issues[1].code == "org.parent_is_system");
  CHECK(report.issues[1].path == "/units/1/parent");
  CHECK(report.issues[2].path == "/units/7/parent");
}

TEST_CASE("a parent that is the system is a warning: leave parent out") {
  auto system = springfield();
  system.units[5].parent = "springfield";
  auto report = ls::validate(system);
  CHECK(report.ok());
  REQUIRE(report.issues.size() == 1);
  CHECK(report.issues[0].code == "org.parent_is_system");
  CHECK(report.issues[0].path == "/units/5/parent");
  CHECK(report.issues[0].severity == ls::severity::warning);
  // And it means what it says: directly under the system.
  CHECK(system.ancestors_of("washington_high.ela").size() == 1);
}

TEST_CASE("parents must resolve") {
  auto system = springfield();
  system.units[6].parent = "washington_hs";
  auto report = ls::validate(system);
  REQUIRE(report.issues.size() == 1);
  CHECK(report.issues[0].code == "org.unknown_parent");
  CHECK(report.issues[0].path == "/units/6/parent");
  CHECK(report.issues[0].severity == ls::severity::error);
  CHECK_THAT(report.issues[0].message, Catch::Contains("'washington_hs'"));
  // Queries still answer, the chain ending where the parent is missing.
  CHECK(system.ancestors_of("washington_high.ela").empty());
  CHECK_FALSE(system.school_of("washington_high.ela"));
}

TEST_CASE("a unit is placed only under a kind that may hold it") {
  auto system = springfield();
  system.units[5].parent = "lincoln_elem";         // school under school
  system.units[0].parent = "lincoln_elem.grade4";  // network under team (also a cycle)
  system.units.push_back({"west", "West", network, "washington_high"});  // network under school
  auto report = ls::validate(system);
  std::vector<std::string> kinds;
  for (const auto& problem : report.issues)
    if (problem.code == "org.parent_kind") kinds.push_back(problem.path);
  CHECK(kinds == strings{"/units/0/parent", "/units/5/parent", "/units/8/parent"});
  auto first = std::find_if(report.issues.begin(), report.issues.end(),
                            [](const auto& i) { return i.code == "org.parent_kind"; });
  CHECK(first->message == "a network cannot be placed under a team ('lincoln_elem.grade4')");
}

TEST_CASE("a unit that is its own parent is a cycle of one") {
  auto system = springfield();
  system.units[4].parent = "central_pl";
  auto report = ls::validate(system);
  REQUIRE(report.issues.size() == 1);
  CHECK(report.issues[0].code == "org.cycle");
  CHECK(report.issues[0].path == "/units/4/parent");
  CHECK(report.issues[0].severity == ls::severity::error);
  CHECK_THAT(report.issues[0].message, Catch::EndsWith(": central_pl -> central_pl"));
  CHECK(system.ancestors_of("central_pl").empty());
}

TEST_CASE("each cycle is reported once, at its first unit, naming every member") {
  auto system = springfield();
  // lincoln_elem.grade4 -> lincoln_elem -> north -> lincoln_elem.grade4.math -> grade4
  system.units[0].parent = "lincoln_elem.grade4.math";
  system.units[0].kind = team;  // keep kinds legal: only the cycle is wrong
  system.units[1].kind = team;
  // A second, separate cycle: washington_high.ela <-> washington_high.
  system.units[5].kind = team;
  system.units[5].parent = "washington_high.ela";
  auto report = ls::validate(system);
  REQUIRE(report.issues.size() == 2);
  CHECK(report.issues[0].code == "org.cycle");
  CHECK(report.issues[0].path == "/units/0/parent");
  CHECK_THAT(report.issues[0].message,
             Catch::EndsWith(": north -> lincoln_elem.grade4.math -> lincoln_elem.grade4 -> "
                             "lincoln_elem -> north"));
  CHECK(report.issues[1].code == "org.cycle");
  CHECK(report.issues[1].path == "/units/5/parent");
  CHECK_THAT(report.issues[1].message,
             Catch::EndsWith(": washington_high -> washington_high.ela -> washington_high"));
  // north.coaches leads into the first cycle without being part of it: not reported again.
  CHECK(ids(system.ancestors_of("north.coaches")) ==
        strings{"north", "lincoln_elem.grade4.math", "lincoln_elem.grade4", "lincoln_elem"});
  // Inside a circle every unit is above every other: the answer is odd but it ends.
  CHECK(ids(system.teams_of("north")) == strings{"lincoln_elem", "lincoln_elem.grade4",
                                                 "lincoln_elem.grade4.math", "north.coaches"});
}

TEST_CASE("a person's units and roles must resolve") {
  auto system = springfield();
  system.people[1].units.push_back("lincoln");
  system.people[0].units.push_back("springfield");
  system.people[4].roles.push_back("astronaut");
  auto report = ls::validate(system);
  REQUIRE(report.issues.size() == 3);
  CHECK(report.issues[0].code == "org.unknown_unit");
  CHECK(report.issues[0].path == "/people/0/units/0");
  CHECK_THAT(report.issues[0].message, Catch::Contains("the system is not a unit"));
  CHECK(report.issues[1].code == "org.unknown_unit");
  CHECK(report.issues[1].path == "/people/1/units/1");
  CHECK(report.issues[2].code == "org.unknown_role");
  CHECK(report.issues[2].path == "/people/4/roles/1");
  CHECK_THAT(report.issues[2].message, Catch::Contains("'astronaut'"));
  for (const auto& problem : report.issues) CHECK(problem.severity == ls::severity::error);
}

TEST_CASE("a custom role may not take the id of a built-in role") {
  auto system = springfield();
  system.custom_roles.push_back({"coach", "Instructional coach", {}});
  auto report = ls::validate(system);
  REQUIRE(report.issues.size() == 1);
  CHECK(report.issues[0].code == "org.shadows_builtin_role");
  CHECK(report.issues[0].path == "/custom_roles/1/id");
  CHECK(report.issues[0].severity == ls::severity::error);
}

TEST_CASE("nested checks report with their full path") {
  auto system = springfield();
  system.units[2].name = "";
  system.people[3].roles.clear();
  auto report = ls::validate(system);
  REQUIRE(report.issues.size() == 2);
  CHECK(report.issues[0].code == "org.blank_name");
  CHECK(report.issues[0].path == "/units/2/name");
  CHECK(report.issues[1].code == "org.no_role");
  CHECK(report.issues[1].path == "/people/3/roles");
  CHECK(report.issues[1].severity == ls::severity::warning);
}

TEST_CASE("any parent graph terminates, and cycles are counted right") {
  // Random graphs with self-parents, circles, unknown parents and repeated ids. The count
  // of org.cycle issues is compared with a brute-force count: a unit is on a circle when
  // following n parents from it comes back to it.
  std::mt19937_64 rng(3);
  for (int trial = 0; trial < 300; ++trial) {
    const std::size_t n = 1 + rng() % 12;
    organization system;
    system.id = "sys";
    system.name = "System";
    for (std::size_t i = 0; i < n; ++i) {
      org_unit unit{"u" + std::to_string(rng() % (n + 1)), "U", team, {}};
      if (rng() % 5 != 0) unit.parent = "u" + std::to_string(rng() % (n + 2));
      system.units.push_back(unit);
    }
    auto parent_of = [&](std::size_t i) -> std::optional<std::size_t> {
      if (!system.units[i].parent) return std::nullopt;
      for (std::size_t j = 0; j < n; ++j)
        if (system.units[j].id == *system.units[i].parent) return j;
      return std::nullopt;
    };
    std::set<std::size_t> circle_leaders;  // the lowest index of each circle
    for (std::size_t i = 0; i < n; ++i) {
      std::vector<std::size_t> walk{i};
      std::optional<std::size_t> at = parent_of(i);
      for (std::size_t step = 0; step < n && at && *at != i; ++step) {
        walk.push_back(*at);
        at = parent_of(*at);
      }
      if (at && *at == i) circle_leaders.insert(*std::min_element(walk.begin(), walk.end()));
    }
    auto report = ls::validate(system);
    std::set<std::string> cycle_paths;
    for (const auto& problem : report.issues)
      if (problem.code == "org.cycle") cycle_paths.insert(problem.path);
    std::set<std::string> expected;
    for (auto leader : circle_leaders)
      expected.insert("/units/" + std::to_string(leader) + "/parent");
    CHECK(cycle_paths == expected);
    for (const auto& unit : system.units) {
      CHECK(system.ancestors_of(unit.id).size() < n);
      (void)system.teams_of(unit.id);
      (void)system.members_within(unit.id);
      (void)system.school_of(unit.id);
    }
  }
}

TEST_CASE("a long chain of units is handled without recursion") {
  organization system;
  system.id = "sys";
  system.name = "System";
  const std::size_t n = 20000;
  for (std::size_t i = 0; i < n; ++i) {
    org_unit unit{"t" + std::to_string(i), "T", team, {}};
    if (i > 0) unit.parent = "t" + std::to_string(i - 1);
    system.units.push_back(unit);
  }
  CHECK(ls::validate(system).issues.empty());
  CHECK(system.ancestors_of("t19999").size() == n - 1);
  system.units[0].parent = "t19999";  // close the chain into one big circle
  auto report = ls::validate(system);
  REQUIRE(report.issues.size() == 1);
  CHECK(report.issues[0].code == "org.cycle");
  CHECK(report.issues[0].path == "/units/0/parent");
}

TEST_CASE("an organization loads from JSON, and a bad one reports every issue") {
  const auto good = ls::json::load<organization>(R"({
    "id": "harbor", "name": "Harbor Charter Network", "kind": "charter_network",
    "units": [
      {"id": "harbor_middle", "name": "Harbor Middle", "kind": "school"},
      {"id": "harbor_middle.science", "name": "Science team", "kind": "team",
       "parent": "harbor_middle"}],
    "people": [{"id": "mo", "name": "Mo", "roles": ["teacher"], "units": ["harbor_middle.science"]}]
  })");
  CHECK(good.kind == ls::org::system_kind::charter_network);
  CHECK(good.custom_roles.empty());
  CHECK(good.school_of("harbor_middle.science")->id == "harbor_middle");

  auto bad = ls::json::try_load<organization>(R"({
    "id": "harbor", "name": "Harbor", "kind": "charter_network",
    "units": [{"id": "harbor_middle", "name": "Harbor Middle", "kind": "school",
               "parent": "harbor_middle"}],
    "people": [{"id": "mo", "name": "Mo", "roles": ["wizard"]}]
  })");
  CHECK_FALSE(bad.value);
  REQUIRE(bad.report.issues.size() == 3);
  CHECK(bad.report.issues[0].code == "org.parent_kind");
  CHECK(bad.report.issues[1].code == "org.cycle");
  CHECK(bad.report.issues[1].path == "/units/0/parent");
  CHECK(bad.report.issues[2].code == "org.unknown_role");
  CHECK(bad.report.issues[2].path == "/people/0/roles/0");

  auto malformed = ls::json::try_load<organization>(
      R"({"id": "harbor", "name": "Harbor", "kind": "county", "units": [{"id": "x"}]})");
  CHECK_FALSE(malformed.value);
  REQUIRE(malformed.report.issues.size() == 3);
  CHECK(malformed.report.issues[0].code == "json.unknown_enum");
  CHECK(malformed.report.issues[0].path == "/kind");
  CHECK(malformed.report.issues[1].code == "json.missing_key");
  CHECK(malformed.report.issues[1].path == "/units/0/name");
  CHECK(malformed.report.issues[2].path == "/units/0/kind");

  auto syntax = ls::json::try_load<organization>(R"({"id": "harbor",)");
  REQUIRE(syntax.report.issues.size() == 1);
  CHECK(syntax.report.issues[0].code == "json.syntax");
}
