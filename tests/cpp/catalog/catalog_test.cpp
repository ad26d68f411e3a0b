#include <ls/catalog/catalog.hpp>
#include <ls/core/validate.hpp>
#include <ls/json/load.hpp>

#include "support/issues.hpp"

#include <catch2/catch.hpp>

#include <string>
#include <vector>

using ls::catalog::catalog;
using ls::catalog::catalog_entry;

using ls_test::codes_and_paths;

namespace {

// A small two-level catalog in the shape of the 2011 standards.
catalog two_level() {
  catalog c;
  c.scheme = "mini";
  c.title = "A small catalog";
  c.kinds = {"standard", "element"};
  c.entries = {
      {"data", "standard", std::nullopt, "Data", std::nullopt, {{"evidence_2011", "Evidence", std::nullopt}}},
      {"data.analyze", "element", "data", "Analyze data", std::nullopt, {}},
      {"data.assess", "element", "data", std::nullopt, std::nullopt, {}},
      {"leadership", "standard", std::nullopt, "Leadership", "Leaders grow others.", {}},
      {"leadership.advocate", "element", "leadership", "Advocate", std::nullopt, {}},
  };
  return c;
}

std::vector<std::string> ids(const std::vector<catalog_entry>& entries) {
  std::vector<std::string> out;
  for (const auto& e : entries) out.push_back(e.id);
  return out;
}

}  // namespace

TEST_CASE("a well-formed catalog has no issues, and an unknown title is allowed") {
  CHECK(ls::validate(two_level()).issues.empty());
  CHECK_FALSE(two_level().entries[2].is_known());
}

TEST_CASE("lookups by id and alias, children, kinds, ancestors and unknown entries") {
  const auto c = two_level();
  REQUIRE(c.find("data"));
  CHECK(c.find("evidence_2011")->id == "data");
  CHECK_FALSE(c.find("nothing"));
  CHECK(ids(c.children("data")) == std::vector<std::string>{"data.analyze", "data.assess"});
  CHECK(ids(c.children("evidence_2011")) == std::vector<std::string>{"data.analyze", "data.assess"});
  CHECK(c.children("nothing").empty());
  CHECK(ids(c.of_kind("standard")) == std::vector<std::string>{"data", "leadership"});
  CHECK(ids(c.ancestors("leadership.advocate")) == std::vector<std::string>{"leadership"});
  CHECK(c.ancestors("leadership").empty());
  CHECK(ids(c.unknown_entries()) == std::vector<std::string>{"data.assess"});
}

TEST_CASE("ancestors stop on a cycle instead of looping") {
  auto c = two_level();
  c.kinds = {"x"};
  for (auto& e : c.entries) e.kind = "x";
  c.entries[0].parent = "data.analyze";  // data -> data.analyze -> data
  CHECK(c.ancestors("data").size() <= c.entries.size());
  // Levels make the cycle an error: an entry of the first kind has no parent.
  auto report = ls::validate(c);
  CHECK(report.error_count() >= 1);
}

TEST_CASE("entry rules: stable ids, a kind, no blank text where text is given") {
  auto c = two_level();
  c.entries[1].id = "Data Analyze";
  c.entries[1].kind = " ";
  c.entries[3].title = "";
  c.entries[3].description = " ";
  c.entries[0].aliases[0].id = "evidence 2011";
  auto report = ls::validate(c);
  CHECK(codes_and_paths(report) == std::vector<std::string>{
                                "catalog.invalid_id /entries/0/aliases/0/id",
                                "catalog.invalid_id /entries/1/id",
                                "catalog.blank_kind /entries/1/kind",
                                "catalog.blank_text /entries/3/title",
                                "catalog.blank_text /entries/3/description",
                            });
}

TEST_CASE("catalog rules: scheme, title, kinds") {
  auto c = two_level();
  c.scheme = "Mini";
  c.title = "";
  c.kinds = {"standard", "element", "standard"};
  auto report = ls::validate(c);
  CHECK(codes_and_paths(report) == std::vector<std::string>{"catalog.invalid_scheme /scheme",
                                                     "catalog.blank_title /title",
                                                     "catalog.duplicate_kind /kinds/2"});
  c = two_level();
  c.kinds.clear();
  report = ls::validate(c);
  CHECK(codes_and_paths(report)[0] == "catalog.no_kinds /kinds");
}

TEST_CASE("ids and aliases are unique across the whole catalog") {
  auto c = two_level();
  c.entries[4].id = "data.analyze";
  c.entries[3].aliases = {{"data", std::nullopt, std::nullopt}};
  auto report = ls::validate(c);
  CHECK(codes_and_paths(report) == std::vector<std::string>{"catalog.duplicate_id /entries/3/aliases/0/id",
                                                     "catalog.duplicate_id /entries/4/id"});
  CHECK_THAT(report.issues[0].message, Catch::Contains("entry 0"));
}

TEST_CASE("levels: kinds are listed, parents resolve and sit one level further out") {
  auto c = two_level();
  c.entries[1].kind = "construct";          // not a kind of this catalog
  c.entries[2].parent.reset();              // an element needs a parent
  c.entries[3].parent = "data";             // a standard has no parent
  c.entries[4].parent = "leadership.nope";  // does not resolve
  c.entries.push_back({"data.x.y", "element", "data.analyze", std::nullopt, std::nullopt, {}});
  auto report = ls::validate(c);
  CHECK(codes_and_paths(report) == std::vector<std::string>{
                                "catalog.unknown_kind /entries/1/kind",
                                "catalog.missing_parent /entries/2/parent",
                                "catalog.parent_kind /entries/3/parent",
                                "catalog.unknown_parent /entries/4/parent",
                                "catalog.parent_kind /entries/5/parent",
                            });
  for (const auto& issue : report.issues) CHECK(issue.severity == ls::severity::error);
}

TEST_CASE("a catalog loads from JSON, and a malformed one reports every problem") {
  auto c = ls::json::load<catalog>(R"({"scheme": "goals", "title": "Our goals", "kinds": ["goal"],
    "entries": [{"id": "literacy", "kind": "goal", "title": "Literacy"},
                {"id": "numeracy", "kind": "goal"}]})");
  CHECK(c.entries.size() == 2);
  CHECK_FALSE(c.entries[1].is_known());
  auto bad = ls::json::try_load<catalog>(R"({"scheme": "goals", "kinds": ["goal"],
    "entries": [{"id": 3, "kind": "goal", "title": null}]})");
  CHECK_FALSE(bad.value);
  CHECK(codes_and_paths(bad.report) == std::vector<std::string>{"json.missing_key /title",
                                                         "json.type_mismatch /entries/0/id"});
}
