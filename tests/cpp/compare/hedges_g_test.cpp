// Hedges' g: the exact correction J in closed form, a small case checked with R, and
// every degenerate case.
#include <ls/compare/hedges_g.hpp>
#include <ls/core/error.hpp>

#include <catch2/catch.hpp>

#include <cmath>
#include <vector>

using Catch::Matchers::WithinAbs;
using Catch::Matchers::WithinRel;
using ls::compare::comparison_status;
using ls::compare::hedges_correction;
using ls::compare::hedges_g;
using ls::stats::summarise;

namespace {

ls::stats::summary of(std::vector<double> values) { return summarise(values); }
const double pi = std::acos(-1.0);

}  // namespace

TEST_CASE("hedges correction: closed forms, the approximation for large df, bad df") {
  // J(m) = Γ(m/2) / (sqrt(m/2) Γ((m-1)/2)); Γ(1/2) = sqrt(pi), Γ(3/2) = sqrt(pi) / 2.
  CHECK_THAT(hedges_correction(2), WithinRel(1 / std::sqrt(pi), 1e-14));
  CHECK_THAT(hedges_correction(3), WithinRel(std::sqrt(pi) / 2 / std::sqrt(1.5), 1e-14));
  CHECK_THAT(hedges_correction(4), WithinRel(std::sqrt(2 / pi), 1e-14));
  // Γ(7/2) = 15 sqrt(pi) / 8, Γ(3) = 2.
  CHECK_THAT(hedges_correction(7), WithinRel(15 * std::sqrt(pi) / 8 / (std::sqrt(3.5) * 2), 1e-14));
  // Not the approximation 1 - 3 / (4m - 1), which it approaches: J(4) = 0.7979 vs 0.8.
  CHECK(std::abs(hedges_correction(4) - 0.8) > 2e-3);
  CHECK_THAT(hedges_correction(1000), WithinAbs(1 - 3.0 / 3999, 1e-7));
  // Where Γ overflows the ratio is still right.
  CHECK_THAT(hedges_correction(1e6), WithinAbs(1 - 3.0 / (4e6 - 1), 1e-12));
  CHECK(std::isnan(hedges_correction(1)));
  CHECK(std::isnan(hedges_correction(0)));
  CHECK(std::isnan(hedges_correction(NAN)));
}

TEST_CASE("hedges g: 1..5 against 2, 4, 6, 8") {
  // Pooled variance (4 * 2.5 + 3 * 20/3) / 7 = 30 / 7; d = -2 / sqrt(30 / 7); J(7) as
  // above; v = 9 / 20 + g^2 / 18. Interval from R: J * d -/+ qnorm(0.975) * sqrt(v).
  const auto r = hedges_g(of({1, 2, 3, 4, 5}), of({2, 4, 6, 8}));
  CHECK(r.status == comparison_status::compared);
  CHECK_THAT(r.pooled_standard_deviation, WithinRel(std::sqrt(30.0 / 7.0), 1e-14));
  CHECK_THAT(r.cohens_d, WithinRel(-2 / std::sqrt(30.0 / 7.0), 1e-14));
  CHECK_THAT(r.correction, WithinRel(0.88820290767275123, 1e-13));
  CHECK_THAT(r.g, WithinRel(-0.85808553080978345, 1e-13));
  CHECK_THAT(r.ci_lower, WithinRel(-2.2313283267990141, 1e-12));
  CHECK_THAT(r.ci_upper, WithinRel(0.51515726517944693, 1e-12));
  CHECK(r.level == 0.95);
  // A wider interval at 0.99, about the same g.
  const auto wide = hedges_g(of({1, 2, 3, 4, 5}), of({2, 4, 6, 8}), 0.99);
  CHECK(wide.g == r.g);
  CHECK(wide.ci_lower < r.ci_lower);
  CHECK(wide.ci_upper > r.ci_upper);
}

TEST_CASE("hedges g: degenerate input gives NaN and says why") {
  auto nan_with = [](const ls::compare::hedges_g_result& r, comparison_status status) {
    CHECK(r.status == status);
    for (double v : {r.g, r.cohens_d, r.correction, r.pooled_standard_deviation, r.ci_lower,
                     r.ci_upper})
      CHECK(std::isnan(v));
  };
  nan_with(hedges_g(of({4}), of({1, 2, 3})), comparison_status::group_too_small);
  nan_with(hedges_g(of({1, 2, 3}), of({})), comparison_status::reference_too_small);
  nan_with(hedges_g(of({3, 3, 3}), of({4, 4})), comparison_status::no_variance);
  nan_with(hedges_g({3, 0, 1, NAN, 0, 0}, of({1, 2})), comparison_status::not_finite);
  // sd 0 on one side only: defined (the pooled sd is not 0).
  CHECK(hedges_g(of({3, 3, 3}), of({1, 2, 3, 4})).status == comparison_status::compared);
  CHECK_THROWS_AS(hedges_g(of({1, 2}), of({1, 3}), 1.5), ls::error);
}
