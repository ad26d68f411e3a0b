#pragma once
/// \file
/// Welch's two-sample t test of a difference of means, from two summaries (n, mean, sample
/// sd): the test R's t.test(x, y, var.equal = FALSE) makes (Welch 1947; degrees of freedom
/// by Satterthwaite 1946).
///
///     d  = m1 - m2
///     se = sqrt(s1^2 / n1 + s2^2 / n2)
///     t  = d / se
///     df = se^4 / ((s1^2 / n1)^2 / (n1 - 1) + (s2^2 / n2)^2 / (n2 - 1))
///     p  = 2 P(T_df > |t|)                               (two-sided)
///     d ± t(1 - (1 - level) / 2, df) se                  (the interval of the difference)
///
/// with P and t(p, df) the distribution function and quantile of Student's t (Boost.Math).
/// The samples are taken as independent: comparing a group with all respondents (it is
/// part of them) gives a descriptive contrast, not a valid test.
///
/// Degenerate input gives NaN and a status, never a silent number: fewer than two values
/// on a side (group_too_small, reference_too_small: no sd), sd 0 on both sides
/// (no_variance: se = 0; R's t.test stops with "data are essentially constant"), a NaN or
/// infinite mean or sd (not_finite). An sd of 0 on one side only is fine (df = n - 1 of
/// the other side).

#include <ls/compare/comparison_status.hpp>
#include <ls/stats/moments.hpp>

#include <boost/describe.hpp>

LS_BEGIN_NAMESPACE
namespace compare {

struct welch_test_result {
  /// Mean of the group minus mean of the reference.
  double difference = 0;
  double standard_error = 0;
  double t = 0;
  /// Welch–Satterthwaite degrees of freedom.
  double df = 0;
  /// Two-sided.
  double p_value = 0;
  /// The interval of the difference at `level`.
  double ci_lower = 0;
  double ci_upper = 0;
  double level = 0;
  /// compared, or why every number above (but level) is NaN.
  comparison_status status = comparison_status::compared;
};
BOOST_DESCRIBE_STRUCT(welch_test_result, (),
                      (difference, standard_error, t, df, p_value, ci_lower, ci_upper, level,
                       status))

/// Why the two summaries cannot be compared (the statuses of the header's degenerate
/// cases), or compared when they can. Shared by welch_test and hedges_g.
comparison_status comparable(const stats::summary& group, const stats::summary& reference);

/// Welch's test of group - reference. Throws ls::error when `level` is not in (0, 1).
welch_test_result welch_test(const stats::summary& group, const stats::summary& reference,
                             double level = 0.95);

}  // namespace compare
LS_END_NAMESPACE
