#include "scoring/reference.hpp"

#include <ls/aggregate/mean_interval.hpp>
#include <ls/core/error.hpp>

#include <catch2/catch.hpp>

#include <cmath>
#include <numbers>

using Catch::Matchers::WithinRel;
using ls::aggregate::t_confidence_interval;

TEST_CASE("t interval worked by hand: two values, one degree of freedom") {
  // {1, 3}: mean 2, sd sqrt(2), se 1; with one degree of freedom Student's t is Cauchy, so
  // its 0.975 quantile is tan(pi * (0.975 - 0.5)).
  const auto s = ls::stats::summarise(std::vector<double>{1, 3});
  const auto ci = t_confidence_interval(s, 0.95);
  const double t = std::tan(std::numbers::pi * 0.475);
  CHECK_THAT(ci.lower, WithinRel(2 - t, 1e-12));
  CHECK_THAT(ci.upper, WithinRel(2 + t, 1e-12));
  CHECK(ci.level == 0.95);
  CHECK(ci.note.empty());
  // a 50 % interval with one degree of freedom: tan(pi / 4) = 1
  const auto half = t_confidence_interval(s, 0.5);
  CHECK_THAT(half.upper, WithinRel(3.0, 1e-12));
}

TEST_CASE("t interval agrees with R's t.test on the reference groups") {
  const auto expected = ls_test::scoring_reference::read_csv("aggregate_groups.csv");
  std::size_t checked = 0;
  for (std::size_t r = 1; r < expected.size(); ++r) {
    const auto& row = expected[r];
    if (row[8] == "NA") continue;
    ls::stats::summary s;
    s.count = std::stoul(row[4]);
    s.mean = ls_test::parse_r_number(row[5]);
    s.standard_deviation = ls_test::parse_r_number(row[6]);
    const auto ci = t_confidence_interval(s);
    INFO(row[0] << " " << row[2] << " " << row[3]);
    CHECK_THAT(ci.lower, WithinRel(ls_test::parse_r_number(row[7]), 1e-12));
    CHECK_THAT(ci.upper, WithinRel(ls_test::parse_r_number(row[8]), 1e-12));
    ++checked;
  }
  CHECK(checked > 100);
}

TEST_CASE("degenerate input: NaN bounds with the reason, never a zero-width interval") {
  const auto none = t_confidence_interval(ls::stats::summarise(std::vector<double>{}));
  CHECK(std::isnan(none.lower));
  CHECK(none.note == "no values");
  const auto one = t_confidence_interval(ls::stats::summarise(std::vector<double>{4}));
  CHECK(std::isnan(one.upper));
  CHECK_THAT(one.note, Catch::Contains("n = 1"));
  const auto constant = t_confidence_interval(ls::stats::summarise(std::vector<double>{4, 4, 4}));
  CHECK(std::isnan(constant.lower));
  CHECK_THAT(constant.note, Catch::Contains("all values are equal"));
  const auto infinite = t_confidence_interval(
      ls::stats::summarise(std::vector<double>{1, std::numeric_limits<double>::infinity()}));
  CHECK(std::isnan(infinite.lower));
  CHECK_THAT(infinite.note, Catch::Contains("undefined"));
  for (double bad : {0.0, 1.0, -1.0, std::nan("")})
    CHECK_THROWS_AS(t_confidence_interval(ls::stats::summarise(std::vector<double>{1, 2}), bad),
                    ls::error);
}
