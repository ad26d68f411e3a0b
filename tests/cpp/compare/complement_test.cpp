// The rest of a whole from two summaries: hand-computed cases, the degenerate ones, and
// a case where the textbook sum-of-squares route would lose every digit.
#include <ls/compare/complement.hpp>
#include <ls/core/error.hpp>

#include <catch2/catch.hpp>

#include <cmath>
#include <vector>

using Catch::Matchers::WithinAbs;
using Catch::Matchers::WithinRel;
using ls::compare::complement_summary;
using ls::stats::summarise;

namespace {

ls::stats::summary of(std::vector<double> values) { return summarise(values); }

}  // namespace

TEST_CASE("complement: the rest of 1..6 without 1 and 2 is 3..6") {
  const auto rest = complement_summary(of({1, 2, 3, 4, 5, 6}), of({1, 2}));
  CHECK(rest.count == 4);
  CHECK(rest.missing == 0);
  CHECK_THAT(rest.mean, WithinRel(4.5, 1e-15));
  // 3..6: squared deviations 2.25 + 0.25 + 0.25 + 2.25 = 5, variance 5 / 3.
  CHECK_THAT(rest.standard_deviation, WithinRel(std::sqrt(5.0 / 3.0), 1e-14));
  CHECK(std::isnan(rest.minimum));
  CHECK(std::isnan(rest.maximum));
}

TEST_CASE("complement: agrees with summarising the rest directly, parts of any size") {
  const std::vector<double> values{4.2, 1.0, 3.6, 5.0, 2.8, 2.8, 4.4, 1.2, 3.0, 6.0, 5.4};
  for (std::size_t cut = 1; cut < values.size(); ++cut) {
    const std::vector<double> part(values.begin(), values.begin() + static_cast<long>(cut));
    const std::vector<double> rest(values.begin() + static_cast<long>(cut), values.end());
    const auto derived = complement_summary(summarise(values), summarise(part));
    const auto direct = summarise(rest);
    INFO("part of " << cut);
    CHECK(derived.count == direct.count);
    CHECK_THAT(derived.mean, WithinRel(direct.mean, 1e-13));
    if (direct.count >= 2)
      CHECK_THAT(derived.standard_deviation, WithinRel(direct.standard_deviation, 1e-12));
    else
      CHECK(std::isnan(derived.standard_deviation));
  }
}

TEST_CASE("complement: a part of one value, a rest of one value, an empty rest or part") {
  // Part {6} (its sd is NaN, but it has no spread): rest {2, 4}.
  auto rest = complement_summary(of({2, 4, 6}), of({6}));
  CHECK(rest.count == 2);
  CHECK_THAT(rest.mean, WithinRel(3.0, 1e-15));
  CHECK_THAT(rest.standard_deviation, WithinRel(std::sqrt(2.0), 1e-14));
  // Rest {2}: mean 2, no sd.
  rest = complement_summary(of({2, 4, 6}), of({4, 6}));
  CHECK(rest.count == 1);
  CHECK_THAT(rest.mean, WithinRel(2.0, 1e-15));
  CHECK(std::isnan(rest.standard_deviation));
  // The part is the whole: nothing left.
  rest = complement_summary(of({2, 4, 6}), of({2, 4, 6}));
  CHECK(rest.count == 0);
  CHECK(std::isnan(rest.mean));
  CHECK(std::isnan(rest.standard_deviation));
  // An empty part leaves the whole.
  rest = complement_summary(of({2, 4, 6}), of({}));
  CHECK(rest.count == 3);
  CHECK(rest.mean == 4.0);
  CHECK(rest.standard_deviation == 2.0);
  // Equal values: sd exactly 0, not a rounding residue below it.
  rest = complement_summary(of({3, 3, 3, 3, 3}), of({3, 3}));
  CHECK(rest.standard_deviation == 0.0);
}

TEST_CASE("complement: a part larger than the whole is an error") {
  CHECK_THROWS_AS(complement_summary(of({1, 2}), of({1, 2, 3})), ls::error);
}

TEST_CASE("complement: far from zero, the deviations keep the digits raw sums lose") {
  // Around 1e8 with spread 0.1: sum of squares minus n mean^2 cancels 16 of 16 digits.
  const double base = 1e8;
  const std::vector<double> whole{base + 0.1, base + 0.2, base + 0.3, base + 0.4, base + 0.5};
  const auto rest = complement_summary(summarise(whole), of({base + 0.1, base + 0.2}));
  CHECK(rest.count == 3);
  CHECK_THAT(rest.mean, WithinAbs(base + 0.4, 1e-7));
  CHECK_THAT(rest.standard_deviation, WithinRel(0.1, 1e-6));
}
