#include <ls/aggregate/variance_decomposition.hpp>
#include <ls/core/error.hpp>

#include <catch2/catch.hpp>

#include <cmath>
#include <limits>
#include <vector>

using Catch::Matchers::WithinRel;
using ls::aggregate::decompose_variance;
using ls::aggregate::group_level;

namespace {

// Two districts of two schools of two values each: D0 = {1, 3 | 5, 7}, D1 = {2, 2 | 4, 6}.
// By hand: grand mean 3.75; school means 2, 6, 2, 5; district means 4, 3.5.
// SS_district = 4 (0.25^2) + 4 (0.25^2) = 0.5 (df 1); SS_school = 8 + 8 + 4.5 + 4.5 = 25
// (df 2); SS_within = 6 (df 4). s2_w = 1.5; c(school, school) = 4, so s2_school =
// (25 - 2 * 1.5) / 4 = 5.5; c(district, district) = 4, c(district, school) = 2, so
// s2_district = (0.5 - 1.5 - 2 * 5.5) / 4 = -3: negative, its variance taken as 0.
const std::vector<double> values{1, 3, 5, 7, 2, 2, 4, 6};
const std::vector<std::int32_t> districts{0, 0, 0, 0, 1, 1, 1, 1};
const std::vector<std::int32_t> schools{0, 0, 1, 1, 2, 2, 3, 3};

std::vector<group_level> two_levels() {
  return {{"district", {"d0", "d1"}, districts}, {"school", {"s0", "s1", "s2", "s3"}, schools}};
}

}  // namespace

TEST_CASE("decompose_variance: two nested levels worked by hand") {
  const auto r = decompose_variance(values, two_levels());
  REQUIRE(r.n == 8);
  REQUIRE(r.components.size() == 3);
  const auto& d = r.components[0];
  const auto& s = r.components[1];
  const auto& w = r.components[2];
  CHECK(d.level == "district");
  CHECK(s.level == "school");
  CHECK(w.level == "within");
  CHECK_THAT(d.sum_of_squares, WithinRel(0.5, 1e-14));
  CHECK_THAT(s.sum_of_squares, WithinRel(25.0, 1e-14));
  CHECK_THAT(w.sum_of_squares, WithinRel(6.0, 1e-14));
  CHECK(d.degrees_of_freedom == 1);
  CHECK(s.degrees_of_freedom == 2);
  CHECK(w.degrees_of_freedom == 4);
  CHECK_THAT(w.estimate, WithinRel(1.5, 1e-14));
  CHECK_THAT(s.estimate, WithinRel(5.5, 1e-14));
  CHECK_THAT(d.estimate, WithinRel(-3.0, 1e-14));
  CHECK(d.variance == 0);
  CHECK_THAT(r.total_variance, WithinRel(7.0, 1e-14));
  CHECK(d.share == 0);
  CHECK_THAT(s.share, WithinRel(5.5 / 7, 1e-14));
  CHECK_THAT(s.intraclass_correlation, WithinRel(5.5 / 7, 1e-14));
  CHECK_THAT(s.design_effect, WithinRel(1 + 5.5 / 7, 1e-14));  // mean school size 2
  CHECK(d.design_effect == 1);
  CHECK(std::isnan(w.intraclass_correlation));
  REQUIRE(r.notes.size() == 1);
  CHECK(r.notes[0].rfind("district: the estimate is negative", 0) == 0);
}

TEST_CASE("decompose_variance: missing values and rows without a group are counted") {
  auto with_gaps = values;
  with_gaps.push_back(std::numeric_limits<double>::quiet_NaN());
  with_gaps.push_back(10);
  auto d = districts, s = schools;
  d.insert(d.end(), {0, 1});
  s.insert(s.end(), {0, -1});  // the last row lies in a district but in no school
  const std::vector<group_level> levels{{"district", {"d0", "d1"}, d},
                                        {"school", {"s0", "s1", "s2", "s3"}, s}};
  const auto r = decompose_variance(with_gaps, levels);
  CHECK(r.n == 8);
  CHECK(r.missing == 1);
  CHECK(r.ungrouped == 1);
  CHECK_THAT(r.components[1].estimate, WithinRel(5.5, 1e-14));  // as without them
}

TEST_CASE("decompose_variance: degenerate input is NaN with a note") {
  const std::vector<double> none(8, std::numeric_limits<double>::quiet_NaN());
  const auto empty = decompose_variance(none, two_levels());
  CHECK(empty.n == 0);
  CHECK(std::isnan(empty.total_variance));
  CHECK(std::isnan(empty.components[0].estimate));
  CHECK(empty.notes == std::vector<std::string>{"no values: nothing to decompose"});

  const std::vector<double> same(8, 2.5);
  const auto flat = decompose_variance(same, two_levels());
  CHECK(flat.total_variance == 0);
  CHECK(std::isnan(flat.components[2].share));
}

TEST_CASE("decompose_variance: errors") {
  CHECK_THROWS_AS(decompose_variance(values, {}), ls::error);
  auto bad = values;
  bad[3] = std::numeric_limits<double>::infinity();
  CHECK_THROWS_WITH(decompose_variance(bad, two_levels()), Catch::Contains("row 3 is infinite"));
  const std::vector<std::int32_t> crossed{0, 0, 1, 1, 0, 0, 1, 1};  // schools in both districts
  const std::vector<group_level> levels{{"district", {"d0", "d1"}, districts},
                                        {"school", {"s0", "s1"}, crossed}};
  CHECK_THROWS_WITH(decompose_variance(values, levels), Catch::Contains("do not nest"));
}
