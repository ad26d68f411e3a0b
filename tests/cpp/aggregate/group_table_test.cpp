// The columnar table of group results: the same results as the objects of aggregate(),
// built on request, and rules that catch a table whose columns do not line up.

#include <ls/aggregate/group_table.hpp>
#include <ls/core/error.hpp>
#include <ls/core/validate.hpp>

#include "support/issues.hpp"

#include <catch2/catch.hpp>

#include <cmath>

using ls::aggregate::suppression_reason;

namespace {

/// Two schools in one district: 6 and 2 teachers, answering 2 items on a 1-5 scale.
struct small_survey {
  std::vector<std::int8_t> codes{1, 2, 3, 4, 5, 5, 2, 4,  // item a
                                 2, 2, 3, 4, 4, 5, 3, 3};  // item b
  std::vector<std::int32_t> district{0, 0, 0, 0, 0, 0, 0, 0};
  std::vector<std::int32_t> school{0, 0, 0, 0, 0, 0, 1, 1};
  ls::scoring::scoring_plan plan;

  small_survey() {
    ls::survey::response_scale scale{"five", {}};
    for (int c = 1; c <= 5; ++c) scale.options.push_back({c, std::to_string(c), false, c >= 4});
    const auto coding = ls::responses::make_item_coding(scale);
    plan = ls::scoring::make_scoring_plan({"a", "b"}, {coding, coding},
                                          {{"s", "both", {"a", "b"}, std::nullopt, {}}});
  }
  ls::aggregate::aggregation_result aggregate(std::size_t min_size) const {
    return ls::aggregate::aggregate({codes.data(), 8, 2, 8}, plan,
                                    {{"district", {"D"}, district}, {"school", {"S0", "S1"}, school}},
                                    {min_size, 0.95}, 1);
  }
};

ls::aggregate::group_table table_of(const small_survey& s, std::size_t min_size) {
  const ls::aggregate::group_hierarchy h(
      {{"district", {"D"}, s.district}, {"school", {"S0", "S1"}, s.school}}, 8);
  ls::aggregate::aggregate_tally tally;
  ls::aggregate::add_rows(tally, s.plan, h, {s.codes.data(), 8, 2, 8}, 0);
  const std::size_t nodes = h.node_count();
  return ls::aggregate::make_group_table(
      s.plan, h, tally.nesting, [&](std::size_t k, std::size_t v) { return tally.groups[k * nodes + v]; },
      {min_size, 0.95});
}

}  // namespace

TEST_CASE("group table: columns in node order, hand-computed values, the rows of aggregate()") {
  const small_survey s;
  const auto t = table_of(s, 1);
  REQUIRE(t.group_count() == 4);  // all, D, S0, S1
  CHECK(t.group_label == std::vector<std::string>{"all respondents", "D", "S0", "S1"});
  CHECK(t.group_level == std::vector<std::uint32_t>{0, 1, 2, 2});
  CHECK(t.group_index == std::vector<std::int32_t>{-1, 0, 0, 1});
  CHECK(t.parent == std::vector<std::int64_t>{-1, 0, 1, 1});
  // S1: scores (2+3)/2 = 2.5 and (4+3)/2 = 3.5: mean 3, sd sqrt(0.5); favorable 1 of 4 (a 4).
  CHECK(t.n[3] == 2);
  CHECK(t.mean[3] == 3.0);
  CHECK(std::abs(t.standard_deviation[3] - std::sqrt(0.5)) < 1e-15);
  CHECK(t.percent_favorable[3] == 25.0);
  CHECK(t.agreement_level == -1);
  const auto expected = s.aggregate(1);
  const auto rows = t.to_aggregation();
  REQUIRE(rows.groups.size() == expected.groups.size());
  for (std::size_t i = 0; i < rows.groups.size(); ++i) {
    CHECK(rows.groups[i].group == expected.groups[i].group);
    CHECK(rows.groups[i].parent_level == expected.groups[i].parent_level);
    CHECK(rows.groups[i].n == expected.groups[i].n);
    CHECK(rows.groups[i].notes == expected.groups[i].notes);
  }
  CHECK(t.row(0, 2).group == "S0");
  CHECK_THROWS_AS(t.row(1, 0), ls::error);
  CHECK_THROWS_AS(t.row(0, 4), ls::error);
}

TEST_CASE("group table: suppressed entries show n 0 and NaN, and row() shows no n") {
  const small_survey s;
  const auto t = table_of(s, 5);
  // S1 has 2 teachers: below the minimum; S0 (6) would give it back: complementary.
  CHECK(t.suppression[3] == suppression_reason::below_minimum);
  CHECK(t.suppression[2] == suppression_reason::complementary);
  CHECK(t.n[3] == 0);
  CHECK(std::isnan(t.mean[2]));
  CHECK_FALSE(t.row(0, 3).n.has_value());
  CHECK(t.suppressed_below_minimum == 1);
  CHECK(t.suppressed_complementary == 1);
}

TEST_CASE("group table rules: columns of the wrong length, levels and parents out of range") {
  const small_survey s;
  auto t = table_of(s, 1);
  CHECK(ls::validate(t).ok());
  t.mean.pop_back();
  t.group_level[1] = 7;
  t.parent[2] = 9;
  t.agreement_level = 5;
  CHECK(ls_test::codes_and_paths(ls::validate(t)) ==
        std::vector<std::string>{"table.size_mismatch /mean", "table.reference /group_level/1",
                                 "table.reference /parent/2", "table.reference /agreement_level"});
  CHECK_THROWS_AS(t.row(0, 0), ls::validation_error);
}
