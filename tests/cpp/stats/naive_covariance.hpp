#pragma once
// A deliberately plain covariance for the tests to compare with: doubles, one pair at a
// time, two passes over the rows (means, then products of deviations), exactly as R's
// cov() defines it. Slow and obviously right; shares no code with the library's kernels.

#include <ls/responses/item_coding.hpp>
#include <ls/responses/response_matrix.hpp>

#include <cmath>
#include <cstdint>
#include <random>
#include <vector>

namespace ls_test {

struct naive_pair {
  std::size_t n = 0;
  double mean_i = NAN, mean_j = NAN, covariance = NAN;
};

/// Pairwise: the rows where both are scored. Listwise: the rows where all are scored.
inline naive_pair naive_covariance(const ls::responses::scored_view& data, std::size_t i,
                                   std::size_t j, bool listwise) {
  auto used = [&](std::size_t r) {
    if (!listwise) return !std::isnan(data.value(r, i)) && !std::isnan(data.value(r, j));
    for (std::size_t c = 0; c < data.codes.items; ++c)
      if (std::isnan(data.value(r, c))) return false;
    return true;
  };
  naive_pair out;
  double si = 0, sj = 0;
  for (std::size_t r = 0; r < data.codes.rows; ++r)
    if (used(r)) ++out.n, si += data.value(r, i), sj += data.value(r, j);
  if (out.n == 0) return out;
  out.mean_i = si / static_cast<double>(out.n);
  out.mean_j = sj / static_cast<double>(out.n);
  if (out.n < 2) return out;
  double m = 0;
  for (std::size_t r = 0; r < data.codes.rows; ++r)
    if (used(r)) m += (data.value(r, i) - out.mean_i) * (data.value(r, j) - out.mean_j);
  out.covariance = m / static_cast<double>(out.n - 1);
  return out;
}

/// Agreement with the plain computation: its rounding errors are about 1e-16 of the
/// values summed, so an exact zero may come out as 5e-17 there.
inline bool close_to_naive(double actual, double naive) {
  if (std::isnan(naive)) return std::isnan(actual);
  return std::abs(actual - naive) <= 1e-12 * std::abs(naive) + 1e-14;
}

/// Random codes 1..5 (some 9 = "no opinion", some missing, some invalid 7), column-major.
inline std::vector<std::int8_t> random_codes(std::size_t rows, std::size_t items,
                                             double missing, std::uint64_t seed) {
  std::mt19937_64 rng(seed);
  std::uniform_real_distribution<double> u(0, 1);
  std::vector<std::int8_t> codes(rows * items);
  for (std::size_t c = 0; c < items; ++c) {
    // A common factor makes the items correlate, as survey items do.
    std::mt19937_64 person(seed);
    for (std::size_t r = 0; r < rows; ++r) {
      const auto shared = person();
      const double p = u(rng);
      auto& code = codes[c * rows + r];
      if (p < missing) code = ls::responses::missing_code;
      else if (p < missing + 0.01) code = 9;
      else if (p < missing + 0.012) code = 7;
      else code = static_cast<std::int8_t>(1 + (shared % 3 + rng() % 3) % 5);
    }
  }
  return codes;
}

/// A five-point scale with "no opinion" (code 9), as codings for `items` items, every
/// third one reverse-keyed.
inline std::vector<ls::responses::item_coding> five_point_codings(std::size_t items) {
  auto scale = ls::responses::integer_scale(1, 5);
  scale.options.push_back({9, "no opinion", true, false});
  std::vector<ls::responses::item_coding> out;
  for (std::size_t i = 0; i < items; ++i)
    out.push_back(ls::responses::make_item_coding(scale, i % 3 == 2));
  return out;
}

}  // namespace ls_test
