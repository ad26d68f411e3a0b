// Adjusted p-values: cases worked by hand through R's p.adjust code, checked to the bit
// (the same operations in the same order), with NaN, ties and the cap at 1.
#include <ls/compare/p_adjust.hpp>
#include <ls/core/error.hpp>

#include <catch2/catch.hpp>

#include <cmath>
#include <vector>

using ls::compare::p_adjust_bh;
using ls::compare::p_adjust_holm;

TEST_CASE("p adjust holm: sorted 0.005, 0.01, 0.03, 0.04 times 4, 3, 2, 1, running maximum") {
  const std::vector<double> p{0.01, 0.04, 0.03, 0.005};
  const auto h = p_adjust_holm(p);
  // 4 * 0.005, 3 * 0.01, max(3 * 0.01, 2 * 0.03), max(that, 1 * 0.04).
  CHECK(h == std::vector<double>{3 * 0.01, 2 * 0.03, 2 * 0.03, 4 * 0.005});
}

TEST_CASE("p adjust bh: from the largest, m / i times p, running minimum") {
  const std::vector<double> p{0.01, 0.04, 0.03, 0.005};
  const auto b = p_adjust_bh(p);
  // i = 4: 4/4 * 0.04; i = 3: min(that, 4/3 * 0.03); i = 2: 4/2 * 0.01; i = 1: min(that,
  // 4/1 * 0.005).
  const double at4 = 4.0 / 4.0 * 0.04, at3 = std::min(at4, 4.0 / 3.0 * 0.03);
  const double at2 = std::min(at3, 4.0 / 2.0 * 0.01), at1 = std::min(at2, 4.0 / 1.0 * 0.005);
  CHECK(b == std::vector<double>{at2, at4, at3, at1});
}

TEST_CASE("p adjust: NaN stays NaN and is not counted") {
  const std::vector<double> p{0.01, NAN, 0.04, 0.03, 0.005};
  const auto h = p_adjust_holm(p);
  const auto b = p_adjust_bh(p);
  CHECK(std::isnan(h[1]));
  CHECK(std::isnan(b[1]));
  const std::vector<double> without{0.01, 0.04, 0.03, 0.005};
  const auto h4 = p_adjust_holm(without), b4 = p_adjust_bh(without);
  CHECK(h[0] == h4[0]);
  CHECK(h[2] == h4[1]);
  CHECK(h[4] == h4[3]);
  CHECK(b[3] == b4[2]);
  CHECK(b[4] == b4[3]);
  const std::vector<double> none{NAN, NAN};
  CHECK(std::isnan(p_adjust_holm(none)[0]));
  CHECK(p_adjust_bh(std::vector<double>{}).empty());
}

TEST_CASE("p adjust: ties get equal values, results are capped at 1") {
  const std::vector<double> tied{0.02, 0.02};
  CHECK(p_adjust_holm(tied) == std::vector<double>{2 * 0.02, 2 * 0.02});
  CHECK(p_adjust_bh(tied) == std::vector<double>{0.02, 0.02});
  const std::vector<double> large{0.6, 0.7};
  CHECK(p_adjust_holm(large) == std::vector<double>{1.0, 1.0});
  CHECK(p_adjust_bh(large) == std::vector<double>{0.7, 0.7});
  const std::vector<double> one{0.3};
  CHECK(p_adjust_holm(one) == one);
  CHECK(p_adjust_bh(one) == one);
}

TEST_CASE("p adjust: a value outside 0..1 is an error") {
  CHECK_THROWS_AS(p_adjust_holm(std::vector<double>{0.5, 1.5}), ls::error);
  CHECK_THROWS_AS(p_adjust_bh(std::vector<double>{-0.1}), ls::error);
  CHECK_THROWS_AS(p_adjust_bh(std::vector<double>{INFINITY}), ls::error);
}

TEST_CASE("p_adjust_family writes both adjustments in place and checks the lengths") {
  const std::vector<double> p{0.01, 0.04, std::nan(""), 0.03};
  std::vector<double> holm(4, -1), bh(4, -1);
  ls::compare::p_adjust_family(p, holm, bh);
  const auto h = ls::compare::p_adjust_holm(p), b = ls::compare::p_adjust_bh(p);
  for (std::size_t i = 0; i < p.size(); ++i) {
    CHECK((holm[i] == h[i] || (std::isnan(holm[i]) && std::isnan(h[i]))));
    CHECK((bh[i] == b[i] || (std::isnan(bh[i]) && std::isnan(b[i]))));
  }
  CHECK_THAT(holm[0], Catch::Matchers::WithinRel(0.03, 1e-15));  // 3 x 0.01, 3 p-values
  std::vector<double> short_column(3);
  CHECK_THROWS_AS(ls::compare::p_adjust_family(p, short_column, bh), ls::error);
}
