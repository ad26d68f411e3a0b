#include "support.hpp"

#include <ls/core/error.hpp>
#include <ls/six_factor/summary.hpp>

#include <catch2/catch.hpp>

#include <cmath>

using namespace six_factor_test;
using Catch::Matchers::WithinAbs;

namespace {
using counts = std::vector<std::size_t>;
}

TEST_CASE("the summary of each factor, worked out by hand") {
  auto summary = summarise(spring());
  CHECK(summary.assessment == "springfield_2026_spring");
  CHECK(summary.system == "springfield");
  CHECK(summary.date == "2026-05-20");
  CHECK(summary.participant_count == 3);
  REQUIRE(summary.factors.size() == 6);

  // Vision: 2, 3, 4. Mean 3; squared deviations 1 + 0 + 1 = 2, / (3 - 1) = 1, SD 1.
  const auto& vision = summary.factors[0];
  CHECK(vision.factor == support_factor::compelling_vision);
  CHECK(vision.rating_count == 3);
  CHECK_THAT(vision.mean, WithinAbs(3.0, 1e-12));
  CHECK_THAT(vision.standard_deviation, WithinAbs(1.0, 1e-12));
  CHECK(vision.minimum == 2.0);
  CHECK(vision.maximum == 4.0);
  CHECK(vision.rating_counts == counts{0, 1, 1, 1});
  CHECK(vision.group_rating == 3);
  CHECK(vision.team_rating == 2);
  CHECK_THAT(vision.team_minus_mean, WithinAbs(-1.0, 1e-12));  // 2 - 3

  // Standards: 3, 3, 3. No spread; no consensus recorded.
  const auto& standards = summary.factors[1];
  CHECK_THAT(standards.standard_deviation, WithinAbs(0.0, 1e-12));
  CHECK(standards.rating_counts == counts{0, 0, 3, 0});
  CHECK_FALSE(standards.group_rating);
  CHECK_FALSE(standards.team_rating);
  CHECK(std::isnan(standards.team_minus_mean));

  // Definition: 1, 1, 4. Mean 2; squared deviations 1 + 1 + 4 = 6, / 2 = 3, SD sqrt(3).
  const auto& definition = summary.factors[2];
  CHECK_THAT(definition.mean, WithinAbs(2.0, 1e-12));
  CHECK_THAT(definition.standard_deviation, WithinAbs(1.7320508075688772, 1e-12));
  CHECK(definition.rating_counts == counts{2, 0, 0, 1});

  // New roles: 2, 2, 3. Mean 7/3; squared deviations 1/9 + 1/9 + 4/9 = 2/3, / 2 = 1/3.
  CHECK_THAT(summary.factors[3].mean, WithinAbs(7.0 / 3.0, 1e-12));
  CHECK_THAT(summary.factors[3].standard_deviation, WithinAbs(0.5773502691896258, 1e-12));

  // Resources: 1, 1, 2. Mean 4/3; team 1, so 1 - 4/3 = -1/3.
  const auto& resources = summary.factors[5];
  CHECK_THAT(resources.mean, WithinAbs(4.0 / 3.0, 1e-12));
  CHECK(resources.team_rating == 1);
  CHECK_THAT(resources.team_minus_mean, WithinAbs(-1.0 / 3.0, 1e-12));
}

TEST_CASE("a factor nobody rated has NaN statistics, one rating has no SD") {
  auto a = spring();
  for (auto& p : a.participants) p.ratings.pop_back();  // nobody rates resources
  a.participants[0].ratings.pop_back();                 // only p2 and p3 rate evaluation
  a.participants[1].ratings.pop_back();                 // only p3 rates evaluation
  auto summary = summarise(a);  // warnings only
  const auto& evaluation = summary.factors[4];
  CHECK(evaluation.rating_count == 1);
  CHECK(evaluation.mean == 2.0);
  CHECK(std::isnan(evaluation.standard_deviation));
  CHECK(evaluation.minimum == 2.0);
  const auto& resources = summary.factors[5];
  CHECK(resources.rating_count == 0);
  CHECK(std::isnan(resources.mean));
  CHECK(std::isnan(resources.minimum));
  CHECK(resources.rating_counts == counts{0, 0, 0, 0});
  CHECK(resources.team_rating == 1);
  CHECK(std::isnan(resources.team_minus_mean));  // no individual mean to compare with
}

TEST_CASE("an assessment with errors is not summarised") {
  auto a = spring();
  a.participants[0].ratings[0].rating = 9;
  try {
    summarise(a);
    FAIL("expected a validation_error");
  } catch (const ls::validation_error& e) {
    REQUIRE(e.issues().size() == 1);
    CHECK(e.issues()[0].code == "six_factor.rating_out_of_range");
  }
}

TEST_CASE("the summary table has a line per factor") {
  auto text = summarise(spring()).to_string();
  CHECK_THAT(text, Catch::StartsWith("six-factor assessment springfield_2026_spring of "
                                     "springfield, 2026-05-20, 3 participant(s)\n"));
  CHECK_THAT(text, Catch::Contains("1. A compelling vision of professional learning   3"));
  CHECK_THAT(text, Catch::Contains("  3  3.00  1.00   2   4  0/1/1/1         3    2  -1.00\n"));
  CHECK_THAT(text, Catch::Contains("  3  3.00  0.00   3   3  0/0/3/0         -    -      -\n"));
  CHECK_THAT(text, Catch::Contains("6. Resources"));
}
