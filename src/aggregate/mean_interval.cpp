#include <ls/aggregate/mean_interval.hpp>

#include <ls/core/error.hpp>

#include <boost/math/distributions/students_t.hpp>

#include <cmath>
#include <limits>

LS_BEGIN_NAMESPACE
namespace aggregate {

mean_confidence_interval t_confidence_interval(const stats::summary& summary, double level) {
  if (!(level > 0 && level < 1))
    throw error("a confidence level must lie in (0, 1), got " + std::to_string(level));
  constexpr double nan = std::numeric_limits<double>::quiet_NaN();
  mean_confidence_interval out{nan, nan, level, {}};
  if (summary.count == 0) {
    out.note = "no values";
  } else if (summary.count == 1) {
    out.note = "n = 1: a confidence interval needs at least two values";
  } else if (std::isnan(summary.standard_deviation)) {
    out.note = "the standard deviation is undefined (infinite values)";
  } else if (summary.standard_deviation == 0) {
    out.note = "all values are equal: the t interval is undefined (standard deviation 0)";
  } else {
    const double n = static_cast<double>(summary.count);
    const boost::math::students_t t(n - 1);
    const double half = boost::math::quantile(t, 1 - (1 - level) / 2) *
                        summary.standard_deviation / std::sqrt(n);
    out.lower = summary.mean - half;
    out.upper = summary.mean + half;
  }
  return out;
}

}  // namespace aggregate
LS_END_NAMESPACE
