#include "support.hpp"

#include <ls/core/error.hpp>
#include <ls/six_factor/comparison.hpp>

#include <catch2/catch.hpp>

#include <cmath>

using namespace six_factor_test;
using Catch::Matchers::WithinAbs;

namespace {
/// The same system four months earlier: vision rated 1, 1, 2 and agreed at 1; no team
/// consensus on resources yet.
six_factor_assessment winter() {
  auto a = spring();
  a.id = "springfield_2026_winter";
  a.date = "2026-01-15";
  a.participants[0].ratings[0].rating = 1;
  a.participants[1].ratings[0].rating = 1;
  a.participants[2].ratings[0].rating = 2;
  a.team_consensus = {{support_factor::compelling_vision, 1, {"No vision yet"}, {"Draft one"}}};
  return a;
}
}  // namespace

TEST_CASE("two assessments of a system compared factor by factor") {
  auto result = compare(winter(), spring());
  CHECK(result.system == "springfield");
  CHECK(result.before == "springfield_2026_winter");
  CHECK(result.after == "springfield_2026_spring");
  CHECK(result.before_date == "2026-01-15");
  CHECK(result.after_date == "2026-05-20");
  CHECK(result.days_apart == 16 + 28 + 31 + 30 + 20);  // rest of Jan, Feb..Apr, May 20
  REQUIRE(result.factors.size() == 6);

  const auto& vision = result.factors[0];
  CHECK(vision.factor == support_factor::compelling_vision);
  CHECK(vision.team_before == 1);
  CHECK(vision.team_after == 2);
  CHECK(vision.team_change == 1);
  CHECK_THAT(vision.mean_before, WithinAbs(4.0 / 3.0, 1e-12));
  CHECK_THAT(vision.mean_after, WithinAbs(3.0, 1e-12));
  CHECK_THAT(vision.mean_change, WithinAbs(5.0 / 3.0, 1e-12));

  const auto& resources = result.factors[5];
  CHECK_FALSE(resources.team_before);
  CHECK(resources.team_after == 1);
  CHECK_FALSE(resources.team_change);
  CHECK_THAT(resources.mean_change, WithinAbs(0.0, 1e-12));

  auto text = result.to_string();
  CHECK_THAT(text, Catch::StartsWith("springfield: springfield_2026_winter (2026-01-15) -> "
                                     "springfield_2026_spring (2026-05-20), 125 days\n"));
  CHECK_THAT(text, Catch::Contains("   1    2     +1   1.33  3.00  +1.67\n"));
}

TEST_CASE("a factor nobody rated has a NaN mean change") {
  auto before = winter();
  for (auto& p : before.participants) p.ratings.pop_back();
  auto result = compare(before, spring());
  CHECK(std::isnan(result.factors[5].mean_before));
  CHECK(std::isnan(result.factors[5].mean_change));
}

TEST_CASE("only assessments of one system, in time order, are compared") {
  auto other = spring();
  other.system = "shelbyville";
  CHECK_THROWS_WITH(compare(winter(), other),
                    Catch::Contains("different systems") && Catch::Contains("shelbyville"));
  CHECK_THROWS_AS(compare(spring(), winter()), ls::error);
  CHECK_THROWS_WITH(compare(spring(), winter()), Catch::Contains("pass the earlier one first"));
  CHECK(compare(spring(), spring()).days_apart == 0);
  auto broken = spring();
  broken.date = "spring";
  CHECK_THROWS_AS(compare(winter(), broken), ls::validation_error);
}
