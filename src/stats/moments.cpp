#include <ls/stats/moments.hpp>

#include <algorithm>
#include <cmath>
#include <limits>

LS_BEGIN_NAMESPACE
namespace stats {

void moments::add(double value) noexcept {
  if (std::isnan(value)) {
    ++missing;
    return;
  }
  if (count == 0) {
    minimum = maximum = value;
  } else {
    minimum = std::min(minimum, value);
    maximum = std::max(maximum, value);
  }
  ++count;
  const double delta = value - mean;
  mean += delta / static_cast<double>(count);
  squared_deviations += delta * (value - mean);
}

void moments::merge(const moments& other) noexcept {
  missing += other.missing;
  if (other.count == 0) return;
  if (count == 0) {
    auto kept_missing = missing;
    *this = other;
    missing = kept_missing;
    return;
  }
  const double n_a = static_cast<double>(count);
  const double n_b = static_cast<double>(other.count);
  const double n = n_a + n_b;
  const double delta = other.mean - mean;
  mean += delta * n_b / n;
  squared_deviations += other.squared_deviations + delta * delta * n_a * n_b / n;
  minimum = std::min(minimum, other.minimum);
  maximum = std::max(maximum, other.maximum);
  count += other.count;
}

namespace {

// Moments of one cache-sized block, in two passes: the block mean, then the squared
// deviations from it (exact and stable). The first pass sums deviations from a shift
// (the block's first present value), so large values with a small spread (NIST NumAcc4:
// 1e7 +- 0.1) keep their digits. Four independent accumulators let the CPU overlap the
// additions. Comparisons with NaN are false, so NaN is skipped and never a minimum.
template <class Visit>
void for_each_lane(std::span<const double> block, Visit visit) noexcept {
  constexpr std::size_t lanes = 4;
  std::size_t i = 0;
  for (; i + lanes <= block.size(); i += lanes)
    for (std::size_t j = 0; j < lanes; ++j) visit(j, block[i + j]);
  for (; i < block.size(); ++i) visit(0, block[i]);
}

moments block_moments(std::span<const double> block) noexcept {
  moments out;
  auto first = std::find_if(block.begin(), block.end(), [](double x) { return x == x; });
  out.missing = static_cast<std::size_t>(first - block.begin());
  if (first == block.end()) return out;
  const double shift = std::isfinite(*first) ? *first : 0.0;

  double sum[4] = {}, count[4] = {};
  double low = shift, high = shift;
  for_each_lane(block, [&](std::size_t lane, double x) {
    const bool present = x == x;
    sum[lane] += present ? x - shift : 0.0;
    count[lane] += present ? 1.0 : 0.0;
    low = x < low ? x : low;
    high = x > high ? x : high;
  });
  const double n = (count[0] + count[1]) + (count[2] + count[3]);
  out.count = static_cast<std::size_t>(n);
  out.missing = block.size() - out.count;
  out.mean = shift + ((sum[0] + sum[1]) + (sum[2] + sum[3])) / n;
  out.minimum = low;
  out.maximum = high;

  double squares[4] = {};
  for_each_lane(block, [&](std::size_t lane, double x) {
    const double d = x - out.mean;
    squares[lane] += d == d ? d * d : 0.0;
  });
  out.squared_deviations = (squares[0] + squares[1]) + (squares[2] + squares[3]);
  // An infinite value leaves the spread undefined (as R: sd(c(1, Inf)) is NaN).
  if (!std::isfinite(out.mean)) out.squared_deviations = std::numeric_limits<double>::quiet_NaN();
  return out;
}

}  // namespace

void moments::add_all(std::span<const double> values) noexcept {
  constexpr std::size_t block = 2048;  // 16 KiB: stays in L1 between the two passes
  for (std::size_t start = 0; start < values.size(); start += block)
    merge(block_moments(values.subspan(start, std::min(block, values.size() - start))));
}

summary moments::result() const noexcept {
  constexpr double nan = std::numeric_limits<double>::quiet_NaN();
  summary out;
  out.count = count;
  out.missing = missing;
  out.mean = count > 0 ? mean : nan;
  out.minimum = count > 0 ? minimum : nan;
  out.maximum = count > 0 ? maximum : nan;
  out.standard_deviation =
      count > 1 ? std::sqrt(squared_deviations / static_cast<double>(count - 1)) : nan;
  return out;
}

summary summarise(std::span<const double> values) noexcept {
  moments accumulator;
  accumulator.add_all(values);
  return accumulator.result();
}

}  // namespace stats
LS_END_NAMESPACE
