#include <ls/compare/welch_test.hpp>

#include <ls/core/error.hpp>

#include <boost/math/distributions/students_t.hpp>

#include <cmath>
#include <limits>
#include <string>

LS_BEGIN_NAMESPACE
namespace compare {

namespace {

constexpr double nan = std::numeric_limits<double>::quiet_NaN();

bool finite(const stats::summary& s) {
  return std::isfinite(s.mean) && std::isfinite(s.standard_deviation);
}

}  // namespace

comparison_status comparable(const stats::summary& group, const stats::summary& reference) {
  if (group.count < 2) return comparison_status::group_too_small;
  if (reference.count < 2) return comparison_status::reference_too_small;
  if (!finite(group) || !finite(reference)) return comparison_status::not_finite;
  if (group.standard_deviation == 0 && reference.standard_deviation == 0)
    return comparison_status::no_variance;
  return comparison_status::compared;
}

welch_test_result welch_test(const stats::summary& group, const stats::summary& reference,
                             double level) {
  if (!(level > 0 && level < 1))
    throw error("a confidence level must lie in (0, 1), got " + std::to_string(level));
  welch_test_result out{nan, nan, nan, nan, nan, nan, nan, level, comparable(group, reference)};
  if (out.status != comparison_status::compared) return out;
  const double n1 = static_cast<double>(group.count), n2 = static_cast<double>(reference.count);
  const double v1 = group.standard_deviation * group.standard_deviation / n1;
  const double v2 = reference.standard_deviation * reference.standard_deviation / n2;
  const double se2 = v1 + v2;
  out.difference = group.mean - reference.mean;
  out.standard_error = std::sqrt(se2);
  out.t = out.difference / out.standard_error;
  out.df = se2 * se2 / (v1 * v1 / (n1 - 1) + v2 * v2 / (n2 - 1));
  const boost::math::students_t_distribution<double> t_dist(out.df);
  out.p_value = 2 * boost::math::cdf(boost::math::complement(t_dist, std::abs(out.t)));
  const double q = boost::math::quantile(t_dist, 1 - (1 - level) / 2);
  out.ci_lower = out.difference - q * out.standard_error;
  out.ci_upper = out.difference + q * out.standard_error;
  return out;
}

}  // namespace compare
LS_END_NAMESPACE
