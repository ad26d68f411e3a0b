// validate() walks described members, vectors, maps and optionals and calls each type's
// check() hook with the path of the value. The types here exist only for this test.
#include <ls/core/validate.hpp>

#include <catch2/catch.hpp>

#include <map>
#include <optional>
#include <string>
#include <vector>

namespace walk_test {

struct leaf {
  int value = 0;
};
BOOST_DESCRIBE_STRUCT(leaf, (), (value))

void check(const leaf& l, const ls::issue_sink& sink) {
  if (l.value < 0) sink.at("value").error("leaf.negative", "negative");
}

struct tree {
  std::vector<leaf> list;
  std::map<std::string, leaf> named;
  std::optional<leaf> maybe;
  leaf single;
};
BOOST_DESCRIBE_STRUCT(tree, (), (list, named, maybe, single))

void check(const tree& t, const ls::issue_sink& sink) {
  if (t.list.empty()) sink.at("list").warning("tree.empty", "no leaves");
}

}  // namespace walk_test

TEST_CASE("validate reaches every nested value with its path") {
  walk_test::tree t;
  t.list = {{1}, {-1}};
  t.named = {{"k/1", {-2}}};
  t.maybe = walk_test::leaf{-3};
  t.single = {-4};
  auto report = ls::validate(t);
  REQUIRE(report.issues.size() == 4);
  CHECK(report.issues[0].path == "/list/1/value");
  CHECK(report.issues[1].path == "/named/k~11/value");
  CHECK(report.issues[2].path == "/maybe/value");
  CHECK(report.issues[3].path == "/single/value");
  CHECK_FALSE(report.ok());
}

TEST_CASE("validate runs the outer rule before the nested ones") {
  walk_test::tree t;
  t.single = {-1};
  auto report = ls::validate(t);
  REQUIRE(report.issues.size() == 2);
  CHECK(report.issues[0].code == "tree.empty");
  CHECK(report.issues[1].code == "leaf.negative");
}

TEST_CASE("require_valid throws on errors only") {
  walk_test::tree t;  // only a warning: empty list
  CHECK_NOTHROW(ls::require_valid(t));
  t.single = {-1};
  CHECK_THROWS_AS(ls::require_valid(t), ls::validation_error);
}
