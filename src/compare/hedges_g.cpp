#include <ls/compare/hedges_g.hpp>

#include <ls/compare/welch_test.hpp>
#include <ls/core/error.hpp>

#include <boost/math/distributions/normal.hpp>
#include <boost/math/special_functions/gamma.hpp>

#include <cmath>
#include <limits>
#include <string>

LS_BEGIN_NAMESPACE
namespace compare {

namespace {

constexpr double nan = std::numeric_limits<double>::quiet_NaN();

}  // namespace

double hedges_correction(double df) {
  if (!(df > 1) || std::isinf(df)) return std::isinf(df) && df > 0 ? 1.0 : nan;
  // tgamma_delta_ratio(z, 1/2) = Γ(z) / Γ(z + 1/2), accurate where Γ itself overflows.
  return 1 / (std::sqrt(df / 2) * boost::math::tgamma_delta_ratio((df - 1) / 2, 0.5));
}

hedges_g_result hedges_g(const stats::summary& group, const stats::summary& reference,
                         double level) {
  if (!(level > 0 && level < 1))
    throw error("a confidence level must lie in (0, 1), got " + std::to_string(level));
  hedges_g_result out{nan, nan, nan, nan, nan, nan, level, comparable(group, reference)};
  if (out.status != comparison_status::compared) return out;
  const double n1 = static_cast<double>(group.count), n2 = static_cast<double>(reference.count);
  const double s1 = group.standard_deviation, s2 = reference.standard_deviation;
  const double df = n1 + n2 - 2;
  out.pooled_standard_deviation = std::sqrt(((n1 - 1) * s1 * s1 + (n2 - 1) * s2 * s2) / df);
  out.cohens_d = (group.mean - reference.mean) / out.pooled_standard_deviation;
  out.correction = hedges_correction(df);
  out.g = out.correction * out.cohens_d;
  const double variance = (n1 + n2) / (n1 * n2) + out.g * out.g / (2 * (n1 + n2));
  const double z = boost::math::quantile(boost::math::normal_distribution<double>(),
                                         1 - (1 - level) / 2);
  out.ci_lower = out.g - z * std::sqrt(variance);
  out.ci_upper = out.g + z * std::sqrt(variance);
  return out;
}

}  // namespace compare
LS_END_NAMESPACE
