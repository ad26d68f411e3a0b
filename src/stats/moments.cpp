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
  for (double value : values) accumulator.add(value);
  return accumulator.result();
}

}  // namespace stats
LS_END_NAMESPACE
