// Welch's test from summaries: a small case checked with R, and every degenerate case.
#include <ls/compare/welch_test.hpp>
#include <ls/core/error.hpp>

#include <catch2/catch.hpp>

#include <cmath>
#include <vector>

using Catch::Matchers::WithinRel;
using ls::compare::comparison_status;
using ls::compare::welch_test;
using ls::stats::summarise;

namespace {

ls::stats::summary of(std::vector<double> values) { return summarise(values); }

}  // namespace

TEST_CASE("welch test: 1..5 against 2, 4, 6, 8") {
  // By hand: s1^2 / n1 = 2.5 / 5 = 0.5, s2^2 / n2 = (20 / 3) / 4 = 5 / 3, se^2 = 13 / 6,
  // df = (13/6)^2 / (0.25 / 4 + (25/9) / 3). p and the interval from R 4.2's
  // t.test(1:5, c(2, 4, 6, 8)) (printed with %.17g).
  const auto r = welch_test(of({1, 2, 3, 4, 5}), of({2, 4, 6, 8}));
  CHECK(r.status == comparison_status::compared);
  CHECK_THAT(r.difference, WithinRel(-2.0, 1e-15));
  CHECK_THAT(r.standard_error, WithinRel(std::sqrt(13.0 / 6.0), 1e-14));
  CHECK_THAT(r.t, WithinRel(-2.0 / std::sqrt(13.0 / 6.0), 1e-14));
  CHECK_THAT(r.df, WithinRel((13.0 / 6.0) * (13.0 / 6.0) / (0.0625 + 25.0 / 27.0), 1e-14));
  CHECK_THAT(r.t, WithinRel(-1.3587324409735149, 1e-12));
  CHECK_THAT(r.df, WithinRel(4.7494145199063222, 1e-12));
  CHECK_THAT(r.p_value, WithinRel(0.23519411138940569, 1e-10));
  CHECK_THAT(r.ci_lower, WithinRel(-5.8446363839400908, 1e-10));
  CHECK_THAT(r.ci_upper, WithinRel(1.8446363839400908, 1e-10));
  CHECK(r.level == 0.95);
  // t.test(1:5, c(2, 4, 6, 8), conf.level = 0.9)$conf.int
  const auto ninety = welch_test(of({1, 2, 3, 4, 5}), of({2, 4, 6, 8}), 0.9);
  CHECK_THAT(ninety.ci_lower, WithinRel(-5.0009923674920449, 1e-10));
  CHECK_THAT(ninety.ci_upper, WithinRel(1.0009923674920449, 1e-10));
  // Swapping the sides negates the difference, keeps p.
  const auto swapped = welch_test(of({2, 4, 6, 8}), of({1, 2, 3, 4, 5}));
  CHECK_THAT(swapped.t, WithinRel(-r.t, 1e-15));
  CHECK_THAT(swapped.p_value, WithinRel(r.p_value, 1e-14));
}

TEST_CASE("welch test: sd 0 on one side is fine, df = n - 1 of the other") {
  // t.test(c(3, 3, 3), 1:4): t = 0.5 / sqrt(5/12), df 3, p 0.49502534605971099.
  const auto r = welch_test(of({3, 3, 3}), of({1, 2, 3, 4}));
  CHECK(r.status == comparison_status::compared);
  CHECK_THAT(r.t, WithinRel(0.5 / std::sqrt(5.0 / 12.0), 1e-14));
  CHECK_THAT(r.df, WithinRel(3.0, 1e-14));
  CHECK_THAT(r.p_value, WithinRel(0.49502534605971099, 1e-10));
}

TEST_CASE("welch test: degenerate input gives NaN and says why") {
  auto nan_with = [](const ls::compare::welch_test_result& r, comparison_status status) {
    CHECK(r.status == status);
    for (double v : {r.difference, r.standard_error, r.t, r.df, r.p_value, r.ci_lower, r.ci_upper})
      CHECK(std::isnan(v));
    CHECK(r.level == 0.95);
  };
  nan_with(welch_test(of({4}), of({1, 2, 3})), comparison_status::group_too_small);
  nan_with(welch_test(of({}), of({1, 2, 3})), comparison_status::group_too_small);
  nan_with(welch_test(of({1, 2, 3}), of({4})), comparison_status::reference_too_small);
  nan_with(welch_test(of({3, 3, 3}), of({4, 4})), comparison_status::no_variance);
  // Equal constant sides too: R's t.test stops ("data are essentially constant").
  nan_with(welch_test(of({3, 3}), of({3, 3, 3})), comparison_status::no_variance);
  nan_with(welch_test({3, 0, NAN, 1, 0, 0}, of({1, 2})), comparison_status::not_finite);
  nan_with(welch_test(of({1, 2}), {3, 0, 1, INFINITY, 0, 0}), comparison_status::not_finite);
}

TEST_CASE("welch test: a confidence level outside (0, 1) is an error") {
  CHECK_THROWS_AS(welch_test(of({1, 2}), of({1, 3}), 1.0), ls::error);
  CHECK_THROWS_AS(welch_test(of({1, 2}), of({1, 3}), 0.0), ls::error);
  CHECK_THROWS_AS(welch_test(of({1, 2}), of({1, 3}), NAN), ls::error);
}
