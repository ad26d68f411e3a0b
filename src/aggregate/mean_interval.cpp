#include <ls/aggregate/mean_interval.hpp>

#include <ls/core/error.hpp>

#include <boost/math/distributions/students_t.hpp>

#include <cmath>
#include <limits>

LS_BEGIN_NAMESPACE
namespace aggregate {

namespace {

constexpr double nan = std::numeric_limits<double>::quiet_NaN();

void require_level(double level) {
  if (!(level > 0 && level < 1))
    throw error("a confidence level must lie in (0, 1), got " + std::to_string(level));
}

}  // namespace

std::string t_interval_note(const stats::summary& s) {
  if (s.count == 0) return "no values";
  if (s.count == 1) return "n = 1: a confidence interval needs at least two values";
  if (std::isnan(s.standard_deviation))
    return "the standard deviation is undefined (infinite values)";
  if (s.standard_deviation == 0)
    return "all values are equal: the t interval is undefined (standard deviation 0)";
  return {};
}

namespace {

mean_confidence_interval make(const stats::summary& s, double level, double t) {
  mean_confidence_interval out{nan, nan, level, t_interval_note(s)};
  if (!out.note.empty()) return out;
  const double half = t * s.standard_deviation / std::sqrt(static_cast<double>(s.count));
  out.lower = s.mean - half;
  out.upper = s.mean + half;
  return out;
}

}  // namespace

double student_t_quantile(double p, double df) {
  // Double precision throughout (Boost would otherwise promote to long double): accurate
  // to a few ulps, and several times faster.
  using policy = boost::math::policies::policy<boost::math::policies::promote_double<false>>;
  return boost::math::quantile(boost::math::students_t_distribution<double, policy>(df), p);
}

mean_confidence_interval t_confidence_interval(const stats::summary& summary, double level) {
  require_level(level);
  const double t = summary.count >= 2
                       ? student_t_quantile(1 - (1 - level) / 2, static_cast<double>(summary.count - 1))
                       : nan;
  return make(summary, level, t);
}

t_quantile_cache::t_quantile_cache(double level) : level_(level) { require_level(level); }

double t_quantile_cache::for_count(std::size_t n) {
  if (n < 2) return nan;
  constexpr std::size_t small = 4096;
  if (n < small) {
    if (small_.empty()) small_.assign(small, nan);
    double& t = small_[n];
    if (std::isnan(t)) t = student_t_quantile(1 - (1 - level_) / 2, static_cast<double>(n - 1));
    return t;
  }
  const auto [at, added] = by_count_.try_emplace(n, nan);
  if (added) at->second = student_t_quantile(1 - (1 - level_) / 2, static_cast<double>(n - 1));
  return at->second;
}

mean_confidence_interval t_quantile_cache::interval(const stats::summary& summary) {
  const bool defined = t_interval_note(summary).empty();
  return make(summary, level_, defined ? for_count(summary.count) : nan);
}

}  // namespace aggregate
LS_END_NAMESPACE
