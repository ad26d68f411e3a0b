#include <ls/catalog/check_tags.hpp>
#include <ls/json/load.hpp>
#include <ls/survey/response_scale.hpp>

#include <catch2/catch.hpp>

#include <map>
#include <optional>
#include <string>
#include <vector>

namespace {
// Tags at several depths: a member, a vector, an optional, a map.
struct tagged {
  ls::catalog::tag main;
  std::vector<ls::catalog::tag> more;
  std::optional<ls::catalog::tag> maybe;
  std::map<std::string, ls::catalog::tag> by_name;
};
BOOST_DESCRIBE_STRUCT(tagged, (), (main, more, maybe, by_name))
}  // namespace

TEST_CASE("check_tags finds every tag at every depth and reports those that do not resolve") {
  tagged value{{"standards_2022", "evidence"},
               {{"attribute", "precise_feedback"}, {"attribute", "precise_feedbak"}},
               ls::catalog::tag{"goals", "literacy"},
               {{"x", {"standards_2011", "learning_practices"}}}};
  auto report = ls::catalog::check_tags(value);
  std::vector<std::string> got;
  for (const auto& i : report.issues) got.push_back(i.code + " " + i.path);
  CHECK(got == std::vector<std::string>{"tag.unknown_id /more/1/id", "tag.unknown_scheme /maybe/scheme",
                                        "tag.unknown_id /by_name/x/id"});
  CHECK_THAT(report.issues[0].message, Catch::Contains("did you mean \"precise_feedback\""));
  CHECK_THAT(report.issues[1].message, Catch::Contains("loaded: attribute, "));
}

TEST_CASE("check_tags against a user's own catalog set") {
  ls::catalog::catalog_set mine;
  mine.put(ls::json::load<ls::catalog::catalog>(
      R"({"scheme": "goals", "title": "Goals", "kinds": ["goal"], "entries": [{"id": "literacy", "kind": "goal"}]})"));
  tagged value{{"goals", "literacy"}, {}, std::nullopt, {}};
  CHECK(ls::catalog::check_tags(value, mine).issues.empty());
  value.main.scheme = "standards_2022";
  CHECK(ls::catalog::check_tags(value, mine).issues.at(0).code == "tag.unknown_scheme");
}

TEST_CASE("a value without tags has nothing to check") {
  ls::survey::response_scale scale{"x", {}};
  CHECK(ls::catalog::check_tags(scale).issues.empty());
}
