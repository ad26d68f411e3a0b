#pragma once
/// \file
/// The summary of the values of a whole that are not in one of its parts, from the two
/// summaries alone: how a group's "rest of the system" is had from the published row of
/// all respondents and the group's row, without the data.
///
/// With the whole W (n_W, mean m_W, sd s_W) and the part P (n_P, m_P, s_P), the rest R has
///
///     n_R = n_W - n_P
///     m_R = m_W + n_P (m_W - m_P) / n_R
///     SS_R = SS_W - SS_P - n_P n_W (m_P - m_W)^2 / n_R,     s_R = sqrt(SS_R / (n_R - 1))
///
/// with SS = (n - 1) s^2 the sums of squared deviations from each mean. This is the
/// combined-variance identity SS_W = SS_P + SS_R + n_P n_R (m_P - m_R)^2 / n_W (Chan,
/// Golub & LeVeque 1979) solved for SS_R, with m_P - m_R = n_W (m_P - m_W) / n_R. Working
/// in deviations keeps the digits the textbook route (sum of squares minus n times the
/// squared mean) throws away; what is left is the subtraction SS_W - SS_P itself, which
/// loses digits only when the rest is a sliver of the whole. A negative SS_R from rounding
/// is taken as 0.
///
/// Degenerate input: a part with n = 1 has SS_P = 0 (its NaN sd is not needed); a rest of
/// one value has sd NaN (as R's sd()); an empty rest has count 0 and NaN mean and sd. The
/// minimum and maximum of the rest are unknown: NaN. Does not modify its input.

#include <ls/stats/moments.hpp>

LS_BEGIN_NAMESPACE
namespace compare {

/// The summary of `whole` without `part` (count, mean, sample sd; missing 0; minimum and
/// maximum NaN). Throws ls::error when the part has more values than the whole.
stats::summary complement_summary(const stats::summary& whole, const stats::summary& part);

}  // namespace compare
LS_END_NAMESPACE
