#include <ls/compare/complement.hpp>

#include <ls/core/error.hpp>

#include <algorithm>
#include <cmath>
#include <limits>
#include <string>

LS_BEGIN_NAMESPACE
namespace compare {

namespace {

constexpr double nan = std::numeric_limits<double>::quiet_NaN();

/// (n - 1) s^2, with 0 for a single value (whose sd is NaN but has no spread).
double squared_deviations(const stats::summary& s) {
  if (s.count < 2) return 0;
  const double sd = s.standard_deviation;
  return static_cast<double>(s.count - 1) * sd * sd;
}

}  // namespace

stats::summary complement_summary(const stats::summary& whole, const stats::summary& part) {
  if (part.count > whole.count)
    throw error("the part has " + std::to_string(part.count) + " values, more than the " +
                std::to_string(whole.count) + " of the whole");
  stats::summary rest{whole.count - part.count, 0, nan, nan, nan, nan};
  if (rest.count == 0) return rest;
  if (part.count == 0) {
    rest.mean = whole.mean;
    rest.standard_deviation = whole.standard_deviation;
    return rest;
  }
  const double n_whole = static_cast<double>(whole.count);
  const double n_part = static_cast<double>(part.count);
  const double n_rest = static_cast<double>(rest.count);
  const double shift = whole.mean - part.mean;
  rest.mean = whole.mean + n_part * shift / n_rest;
  if (rest.count < 2) return rest;
  const double between = n_part * n_whole * shift * shift / n_rest;
  const double ss = squared_deviations(whole) - squared_deviations(part) - between;
  rest.standard_deviation = std::sqrt(std::max(0.0, ss) / (n_rest - 1));
  if (std::isnan(ss)) rest.standard_deviation = nan;
  return rest;
}

}  // namespace compare
LS_END_NAMESPACE
