// Reference values: NIST Statistical Reference Datasets, univariate summary statistics,
// NumAcc1..NumAcc4 (certified mean and sample standard deviation, computed by NIST in
// 500-digit arithmetic). The data sets are tiny and defined by a rule, so they are built
// here rather than shipped.
#include <ls/stats/moments.hpp>

#include <catch2/catch.hpp>

#include <cmath>
#include <limits>
#include <random>
#include <vector>

using Catch::Matchers::WithinRel;
using ls::stats::moments;
using ls::stats::summarise;

namespace {

// NumAcc2..4: the centre value, then 500 pairs (centre - 0.1, centre + 0.1). 1001 values.
std::vector<double> nist_alternating(double first, double low, double high) {
  std::vector<double> values{first};
  for (int i = 0; i < 500; ++i) {
    values.push_back(low);
    values.push_back(high);
  }
  return values;
}

}  // namespace

TEST_CASE("NIST NumAcc1: mean 10000002, sd 1") {
  std::vector<double> values{10000001, 10000003, 10000002};
  auto s = summarise(values);
  CHECK(s.count == 3);
  CHECK(s.mean == 10000002.0);
  CHECK(s.standard_deviation == 1.0);
}

TEST_CASE("NIST NumAcc2..4: mean c, sd 0.1, even at magnitude 1e7") {
  // Certified values are exact decimals; the inputs are not exactly representable in
  // binary, which bounds the attainable accuracy at about 1e-9 of the magnitude.
  struct dataset { double first, low, high, mean, tolerance; };
  for (auto d : {dataset{1.2, 1.1, 1.3, 1.2, 1e-13},
                 dataset{1000000.2, 1000000.1, 1000000.3, 1000000.2, 1e-8},
                 dataset{10000000.2, 10000000.1, 10000000.3, 10000000.2, 1e-7}}) {
    auto s = summarise(nist_alternating(d.first, d.low, d.high));
    INFO("dataset around " << d.mean);
    CHECK(s.count == 1001);
    CHECK_THAT(s.mean, WithinRel(d.mean, 1e-15));
    CHECK_THAT(s.standard_deviation, WithinRel(0.1, d.tolerance));
  }
}

TEST_CASE("degenerate input: nothing, one value, constant values, all missing") {
  constexpr double nan = std::numeric_limits<double>::quiet_NaN();
  auto empty = summarise({});
  CHECK(empty.count == 0);
  CHECK(std::isnan(empty.mean));
  CHECK(std::isnan(empty.standard_deviation));
  CHECK(std::isnan(empty.minimum));

  std::vector<double> one{4.0};
  auto single = summarise(one);
  CHECK(single.mean == 4.0);
  CHECK(std::isnan(single.standard_deviation));  // as R: sd(4) is NA
  CHECK(single.minimum == 4.0);
  CHECK(single.maximum == 4.0);

  std::vector<double> constant(7, 3.0);
  CHECK(summarise(constant).standard_deviation == 0.0);

  std::vector<double> missing{nan, nan};
  auto none = summarise(missing);
  CHECK(none.count == 0);
  CHECK(none.missing == 2);
  CHECK(std::isnan(none.mean));
}

TEST_CASE("NaN is counted as missing and left out of the statistics") {
  std::vector<double> values{1.0, std::numeric_limits<double>::quiet_NaN(), 3.0};
  auto s = summarise(values);
  CHECK(s.count == 2);
  CHECK(s.missing == 1);
  CHECK(s.mean == 2.0);
  CHECK_THAT(s.standard_deviation, WithinRel(std::sqrt(2.0), 1e-15));
  CHECK(s.minimum == 1.0);
  CHECK(s.maximum == 3.0);
}

TEST_CASE("merging chunk accumulators equals one pass, in any chunking") {
  std::mt19937_64 rng(7);
  std::normal_distribution<double> normal(3.0, 1.5);
  std::vector<double> values(10007);
  for (auto& v : values) v = rng() % 50 == 0 ? std::numeric_limits<double>::quiet_NaN() : normal(rng);
  auto whole = summarise(values);

  for (std::size_t chunk : {1u, 2u, 3u, 64u, 1000u, 10007u}) {
    moments merged;
    for (std::size_t start = 0; start < values.size(); start += chunk) {
      moments part;
      for (std::size_t i = start; i < std::min(values.size(), start + chunk); ++i) part.add(values[i]);
      merged.merge(part);
    }
    auto s = merged.result();
    INFO("chunk size " << chunk);
    CHECK(s.count == whole.count);
    CHECK(s.missing == whole.missing);
    CHECK_THAT(s.mean, WithinRel(whole.mean, 1e-12));
    CHECK_THAT(s.standard_deviation, WithinRel(whole.standard_deviation, 1e-12));
    CHECK(s.minimum == whole.minimum);
    CHECK(s.maximum == whole.maximum);
  }
}

TEST_CASE("merging with an empty accumulator keeps missing counts from both sides") {
  moments a, b;
  a.add(std::numeric_limits<double>::quiet_NaN());
  b.add(2.0);
  b.add(std::numeric_limits<double>::quiet_NaN());
  a.merge(b);
  CHECK(a.count == 1);
  CHECK(a.missing == 2);
  CHECK(a.mean == 2.0);
  moments c;
  a.merge(c);
  CHECK(a.result().mean == 2.0);
}

TEST_CASE("add_all gives what adding one value at a time gives, across block edges") {
  std::mt19937_64 rng(11);
  std::uniform_real_distribution<double> uniform(1.0, 5.0);
  for (std::size_t n : {0u, 1u, 3u, 4u, 5u, 2047u, 2048u, 2049u, 10000u}) {
    std::vector<double> values(n);
    for (auto& v : values) v = rng() % 10 == 0 ? std::numeric_limits<double>::quiet_NaN() : uniform(rng);
    moments one_by_one, all_at_once;
    for (double v : values) one_by_one.add(v);
    all_at_once.add_all(values);
    auto a = one_by_one.result(), b = all_at_once.result();
    INFO("n = " << n);
    CHECK(a.count == b.count);
    CHECK(a.missing == b.missing);
    if (a.count > 0) {
      CHECK_THAT(b.mean, WithinRel(a.mean, 1e-13));
      CHECK(a.minimum == b.minimum);
      CHECK(a.maximum == b.maximum);
    }
    if (a.count > 1) CHECK_THAT(b.standard_deviation, WithinRel(a.standard_deviation, 1e-12));
  }
}

TEST_CASE("an infinite value makes the mean infinite and the spread undefined, as in R") {
  // R: mean(c(1, Inf)) is Inf, sd(c(1, Inf)) is NaN.
  constexpr double inf = std::numeric_limits<double>::infinity();
  std::vector<double> values{1.0, inf};
  auto s = summarise(values);
  CHECK(s.mean == inf);
  CHECK(std::isnan(s.standard_deviation));
  std::vector<double> infinity_first{inf, 1.0};
  CHECK(summarise(infinity_first).mean == inf);
  std::vector<double> both{inf, -inf};
  CHECK(std::isnan(summarise(both).mean));  // R: mean(c(Inf, -Inf)) is NaN
  moments streamed;
  for (double v : values) streamed.add(v);
  CHECK(std::isnan(streamed.result().standard_deviation));
}
