#include <ls/aggregate/grouping.hpp>
#include <ls/core/error.hpp>
#include <ls/json/load.hpp>
#include <ls/json/write.hpp>

#include <catch2/catch.hpp>

#include <vector>

using ls::aggregate::group_hierarchy;
using ls::aggregate::group_level;
using ls::aggregate::group_nesting;

namespace {
// rows:        0   1   2   3   4   5
const std::vector<std::int32_t> district{0, 0, 0, 1, 1, -1};
const std::vector<std::int32_t> school{0, 0, 1, 2, -1, -1};
const std::vector<std::int32_t> team{0, -1, 1, 2, 3, -1};

std::vector<group_level> three_levels() {
  return {{"district", {"North", "South"}, district},
          {"school", {"N1", "N2", "S1"}, school},
          {"team", {"a", "b", "c", "d"}, team}};
}
}  // namespace

TEST_CASE("a hierarchy numbers its nodes: all respondents, then each level's groups") {
  const group_hierarchy h(three_levels(), 6);
  CHECK(h.node_count() == 1 + 2 + 3 + 4);
  CHECK(h.offset(0) == 1);
  CHECK(h.offset(1) == 3);
  CHECK(h.offset(2) == 6);
  CHECK(h.level_of(0) == -1);
  CHECK(h.level_of(2) == 0);
  CHECK(h.level_of(3) == 1);
  CHECK(h.level_of(9) == 2);
  CHECK(h.label(0) == "all respondents");
  CHECK(h.level_name(0) == "all");
  CHECK(h.label(4) == "N2");
  CHECK(h.level_name(9) == "team");
  CHECK(h.label(9) == "d");
}

TEST_CASE("a hierarchy refuses levels it cannot use, naming them") {
  auto levels = three_levels();
  CHECK_THROWS_WITH(group_hierarchy(levels, 5), Catch::Contains("\"district\" has 6 group indices for 5 rows"));
  levels[1].name = "district";
  CHECK_THROWS_WITH(group_hierarchy(levels, 6), Catch::Contains("\"district\" is given twice"));
  levels[1].name = "all";
  CHECK_THROWS_WITH(group_hierarchy(levels, 6), Catch::Contains("may not be named \"all\""));
  levels[1].name = " ";
  CHECK_THROWS_WITH(group_hierarchy(levels, 6), Catch::Contains("has no name"));
}

TEST_CASE("the nesting seen in the rows: parents, rows per group, skipped levels") {
  const group_hierarchy h(three_levels(), 6);
  group_nesting nesting;
  std::vector<std::int32_t> nodes(4 * 6);
  nesting.add_rows(h, 0, 6, nodes);
  CHECK(nesting.conflicts.empty());
  CHECK_NOTHROW(nesting.require_nested(h));
  CHECK(nesting.rows == std::vector<std::size_t>{6, 3, 2, 2, 1, 1, 1, 1, 1, 1});
  // node:              all  N   S  N1 N2 S1  a  b  c  d
  CHECK(nesting.parents == std::vector<std::int64_t>{-1, 0, 0, 1, 1, 2, 3, 4, 5, 2});
  // team d (row 4) has no school: its parent is district South
  CHECK(nodes[3 * 6 + 4] == 9);
  CHECK(nodes[2 * 6 + 4] == -1);
  CHECK(nodes[0 * 6 + 5] == 0);
  CHECK(nodes[1 * 6 + 5] == -1);
}

TEST_CASE("a group under two parents is an error naming both, in a chunk or across chunks") {
  std::vector<std::int32_t> school2{0, 0, 1, 1};   // N2 in North (row 2) and South (row 3)
  std::vector<std::int32_t> district2{0, 0, 0, 1};
  const group_hierarchy h({{"district", {"North", "South"}, district2}, {"school", {"N1", "N2"}, school2}}, 4);
  group_nesting whole;
  std::vector<std::int32_t> nodes(3 * 4);
  whole.add_rows(h, 0, 4, nodes);
  REQUIRE(whole.conflicts.size() == 1);
  CHECK_THROWS_WITH(whole.require_nested(h),
                    "levels do not nest: school \"N2\" lies in district \"North\" at row 2 but in "
                    "district \"South\" at row 3");
  group_nesting first, second;
  first.add_rows(h, 0, 3, nodes);
  second.add_rows(h, 3, 1, nodes);
  CHECK(first.conflicts.empty());
  // across a JSON boundary too
  first.merge(ls::json::load<group_nesting>(ls::json::to_string(second)));
  REQUIRE(first.conflicts.size() == 1);
  CHECK(first.conflicts[0].row == 2);
  CHECK(first.conflicts[0].other_row == 3);
}

TEST_CASE("group indices outside the labels are an error naming level and row") {
  std::vector<std::int32_t> bad{0, 2};
  const group_hierarchy h({{"team", {"a", "b"}, bad}}, 2);
  group_nesting nesting;
  std::vector<std::int32_t> nodes(4);
  CHECK_THROWS_WITH(nesting.add_rows(h, 0, 2, nodes),
                    Catch::Contains("level \"team\", row 1: group index 2 is not -1 or an index of its 2 labels"));
  std::vector<std::int32_t> negative{-3, 0};
  const group_hierarchy g({{"team", {"a", "b"}, negative}}, 2);
  CHECK_THROWS_AS(nesting.add_rows(g, 0, 2, nodes), ls::error);
}

TEST_CASE("levels from a response matrix's metadata: system, school, team when present") {
  ls::responses::respondent_metadata m;
  m.school.intern("S1");
  m.school.codes = {0, 0};
  m.team.codes = {};
  const auto levels = ls::aggregate::levels_from_metadata(m);
  REQUIRE(levels.size() == 1);
  CHECK(levels[0].name == "school");
  CHECK(levels[0].labels == std::vector<std::string>{"S1"});
  CHECK(levels[0].codes.size() == 2);
}
