#pragma once
/// \file
/// The confidence interval of a mean from Student's t distribution, the interval R's
/// t.test(x, conf.level = level)$conf.int gives for one sample:
///
///     mean ± t(1 - (1 - level) / 2, n - 1) * sd / sqrt(n)
///
/// with sd the sample standard deviation (divisor n - 1) and t(p, df) the p-quantile of
/// Student's t with df degrees of freedom (Student 1908; computed with Boost.Math).
///
/// Degenerate input gives NaN bounds and a note, never a silent zero-width interval:
/// n = 0 (no values), n = 1 (no spread to estimate), and sd = 0 (all values equal; R's
/// t.test stops with "data are essentially constant").

#include <ls/stats/moments.hpp>

#include <boost/describe.hpp>

#include <cstddef>
#include <string>
#include <unordered_map>
#include <vector>

LS_BEGIN_NAMESPACE
namespace aggregate {

struct mean_confidence_interval {
  double lower = 0;
  double upper = 0;
  /// The confidence level, e.g. 0.95.
  double level = 0;
  /// Why the bounds are NaN; "" when they are not.
  std::string note;
};
BOOST_DESCRIBE_STRUCT(mean_confidence_interval, (), (lower, upper, level, note))

/// The t interval of the mean of the values `summary` describes. Throws ls::error when
/// `level` is not in (0, 1).
mean_confidence_interval t_confidence_interval(const stats::summary& summary, double level = 0.95);

/// Why the interval of the values `summary` describes is undefined (the note of
/// t_confidence_interval), or "" when it is defined.
std::string t_interval_note(const stats::summary& summary);

/// The p-quantile of Student's t with `df` degrees of freedom (df > 0, 0 < p < 1).
double student_t_quantile(double p, double df);

/// The t quantiles an interval at `level` needs, computed once per number of values: a
/// report of many groups asks for the same few sample sizes again and again.
class t_quantile_cache {
 public:
  /// Throws ls::error when `level` is not in (0, 1).
  explicit t_quantile_cache(double level);
  /// t(1 - (1 - level) / 2, n - 1), for n >= 2.
  double for_count(std::size_t n);
  /// As t_confidence_interval(summary, level), with the quantile from the cache.
  mean_confidence_interval interval(const stats::summary& summary);

 private:
  double level_;
  // Small counts (every school and team) in a vector, NaN until computed; the rest in a map.
  std::vector<double> small_;
  std::unordered_map<std::size_t, double> by_count_;
};

}  // namespace aggregate
LS_END_NAMESPACE
