#include <ls/catalog/catalog_set.hpp>
#include <ls/catalog/roles.hpp>
#include <ls/core/error.hpp>
#include <ls/core/validate.hpp>
#include <ls/json/load.hpp>

#include <catch2/catch.hpp>

#include <string>
#include <vector>

using ls::catalog::builtin_catalogs;
using ls::catalog::catalog_set;
using ls::catalog::crosswalk_relation;
using ls::catalog::tag;

namespace {
std::vector<std::string> titles(const std::vector<ls::catalog::catalog_entry>& entries) {
  std::vector<std::string> out;
  for (const auto& e : entries) out.push_back(e.title.value_or("?"));
  return out;
}
std::size_t count_kind(const char* scheme, const char* kind) {
  return builtin_catalogs().get(scheme)->of_kind(kind).size();
}
}  // namespace

TEST_CASE("the built-in catalogs are the ones DOMAIN.md names, with its counts") {
  const auto& set = builtin_catalogs();
  CHECK(ls::validate(set).issues.empty());
  CHECK(set.schemes() == std::vector<std::string>{"attribute", "component_system", "cycle_stage", "hord_dimension",
                                                  "hord_requirement", "kasab", "principle", "role",
                                                  "six_factor", "standards_2011", "standards_2022"});
  CHECK(count_kind("standards_2011", "standard") == 7);
  CHECK(count_kind("standards_2011", "element") == 21);
  CHECK(count_kind("standards_2022", "frame") == 3);
  CHECK(count_kind("standards_2022", "standard") == 11);
  CHECK(count_kind("standards_2022", "construct") == 33);
  CHECK(count_kind("attribute", "attribute") == 7);
  CHECK(count_kind("hord_dimension", "dimension") == 5);
  CHECK(count_kind("hord_requirement", "requirement") == 4);
  CHECK(count_kind("principle", "principle") == 4);
  CHECK(count_kind("component_system", "system") == 9);
  CHECK(count_kind("role", "role") == 12);
  CHECK(count_kind("kasab", "dimension") == 5);
  CHECK(count_kind("six_factor", "factor") == 6);
  CHECK(count_kind("cycle_stage", "stage") == 8);  // six steps, plus step 6 split in two
}

TEST_CASE("every standard of both editions has three parts, under the titles of DOMAIN.md") {
  const auto s2011 = *builtin_catalogs().get("standards_2011");
  for (const auto& standard : s2011.of_kind("standard")) CHECK(s2011.children(standard.id).size() == 3);
  CHECK(titles(s2011.of_kind("standard")) ==
        std::vector<std::string>{"Learning Communities", "Leadership", "Resources", "Data",
                                 "Learning Designs", "Implementation", "Outcomes"});
  CHECK(titles(s2011.children("data")) ==
        std::vector<std::string>{"Analyze student, educator and system data", "Assess progress",
                                 "Evaluate professional learning"});

  const auto s2022 = *builtin_catalogs().get("standards_2022");
  CHECK(titles(s2022.children("rigorous_content_for_each_learner")) ==
        std::vector<std::string>{"Equity Practices", "Curriculum, Assessment, and Instruction",
                                 "Professional Expertise"});
  CHECK(titles(s2022.children("transformational_processes")) ==
        std::vector<std::string>{"Equity Drivers", "Evidence", "Learning Designs", "Implementation"});
  CHECK(titles(s2022.children("conditions_for_success")) ==
        std::vector<std::string>{"Equity Foundations", "Culture of Collaborative Inquiry",
                                 "Leadership", "Resources"});
  for (const auto& standard : s2022.of_kind("standard")) {
    const auto constructs = s2022.children(standard.id);
    CHECK(constructs.size() == 3);
    // Not known to libls, so not made up.
    for (const auto& c : constructs) CHECK_FALSE(c.is_known());
  }
}

TEST_CASE("the renamed equity standards resolve under their later names") {
  const auto& set = builtin_catalogs();
  CHECK(set.resolve({"standards_2022", "learning_practices"})->id == "equity_practices");
  CHECK(set.resolve({"standards_2022", "learning_drivers"})->id == "equity_drivers");
  CHECK(set.resolve({"standards_2022", "learning_foundations"})->id == "equity_foundations");
  CHECK(set.resolve({"standards_2022", "learning_foundations"})->aliases[0].title == "Learning Foundations");
  CHECK_FALSE(set.resolve({"standards_2011", "learning_practices"}));
  CHECK_FALSE(set.resolve({"nothing", "evidence"}));
}

TEST_CASE("every built-in role id has an entry in the role catalog, and no other role") {
  const auto roles = builtin_catalogs().get("role")->of_kind("role");
  std::vector<std::string> catalog_ids, builtin_ids;
  for (const auto& r : roles) catalog_ids.push_back(r.id);
  for (auto id : ls::catalog::builtin_role_ids()) builtin_ids.emplace_back(id);
  CHECK(catalog_ids == builtin_ids);
}

TEST_CASE("the crosswalk translates in both directions and states what has no counterpart") {
  const auto& set = builtin_catalogs();
  auto forward = set.translate({"standards_2011", "data"}, "standards_2022");
  REQUIRE(forward.size() == 1);
  CHECK(forward[0].target == tag{"standards_2022", "evidence"});
  CHECK(forward[0].relation == crosswalk_relation::renamed);
  CHECK(forward[0].crosswalk == "standards_2011_to_2022");
  CHECK(set.translate({"standards_2011", "outcomes"}, "standards_2022").size() == 2);
  auto back = set.translate({"standards_2022", "culture_of_collaborative_inquiry"}, "standards_2011");
  REQUIRE(back.size() == 1);
  CHECK(back[0].target == tag{"standards_2011", "learning_communities"});
  CHECK(set.translate({"standards_2022", "learning_drivers"}, "standards_2011").empty());
  CHECK(set.crosswalks[0].to_without_counterpart ==
        std::vector<std::string>{"equity_practices", "equity_drivers", "equity_foundations"});
}

TEST_CASE("a broader link read backwards is narrower") {
  catalog_set set;
  set.put(ls::json::load<ls::catalog::catalog>(
      R"({"scheme": "a", "title": "A", "kinds": ["x"], "entries": [{"id": "one", "kind": "x"}]})"));
  set.put(ls::json::load<ls::catalog::catalog>(
      R"({"scheme": "b", "title": "B", "kinds": ["x"], "entries": [{"id": "two", "kind": "x"}]})"));
  set.put_crosswalk({"a_b", "a", "b", std::nullopt, {{"one", "two", crosswalk_relation::broader, std::nullopt}}, {}, {}});
  CHECK(set.translate({"a", "one"}, "b")[0].relation == crosswalk_relation::broader);
  CHECK(set.translate({"b", "two"}, "a")[0].relation == crosswalk_relation::narrower);
}

TEST_CASE("put adds or replaces a catalog, and refuses an invalid one") {
  catalog_set set = builtin_catalogs();
  auto mine = *set.get("standards_2022");
  mine.entries[2].title = "Our name for the first construct";
  set.put(mine);
  CHECK(set.catalogs.size() == builtin_catalogs().catalogs.size());
  CHECK(set.get("standards_2022")->entries[2].is_known());
  mine.scheme = "Not Stable";
  CHECK_THROWS_AS(set.put(mine), ls::validation_error);
}

TEST_CASE("put_crosswalk refuses links to entries or catalogs that are not there") {
  catalog_set set = builtin_catalogs();
  ls::catalog::crosswalk cw{"mine", "standards_2011", "standards_2022", std::nullopt,
                            {{"data", "evidense", crosswalk_relation::same, std::nullopt}}, {}, {}};
  try {
    set.put_crosswalk(cw);
    FAIL("no exception");
  } catch (const ls::validation_error& e) {
    REQUIRE(e.report().issues.size() == 1);
    CHECK(e.report().issues[0].code == "crosswalk.unknown_entry");
    CHECK(e.report().issues[0].path == "/links/0/to_id");
    CHECK_THAT(e.report().issues[0].message, Catch::Contains("did you mean \"evidence\""));
  }
}

TEST_CASE("catalog set rules: unique schemes and ids, crosswalks that resolve") {
  catalog_set set = builtin_catalogs();
  set.catalogs.push_back(set.catalogs[0]);
  set.crosswalks.push_back(set.crosswalks[0]);
  set.crosswalks[1].to_scheme = "standards_2033";
  auto report = ls::validate(set);
  std::vector<std::string> got;
  for (const auto& i : report.issues) got.push_back(i.code + " " + i.path);
  const auto n = std::to_string(set.catalogs.size() - 1);
  CHECK(got == std::vector<std::string>{"catalog.duplicate_scheme /catalogs/" + n + "/scheme",
                                        "crosswalk.duplicate_id /crosswalks/1/id",
                                        "crosswalk.unknown_scheme /crosswalks/1/to_scheme"});
}
