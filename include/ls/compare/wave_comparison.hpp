#pragma once
/// \file
/// Change over time: the groups of one level in two waves of a survey (two group tables,
/// aggregate/group_table.hpp), matched by label, each group's change with its interval.
///
/// For every subscale k (matched by id between the waves) and group j of the union of the
/// level's labels (the earlier wave's groups in its order, then those only in the later
/// wave in theirs), at [k * group_count() + j]:
/// - each wave's published n, mean, sd and t interval (n 0 and NaN where the group is
///   absent from the wave or suppressed in it);
/// - the change = mean_after - mean_before with Welch's test (welch_test.hpp, the later
///   wave as "the group" and the earlier as "the reference"):
///     se = sqrt(s_a^2 / n_a + s_b^2 / n_b), t = change / se,
///     df = se^4 / ((s_a^2/n_a)^2 / (n_a - 1) + (s_b^2/n_b)^2 / (n_b - 1)),
///     two-sided p, interval change -/+ t(1 - (1 - level) / 2, df) se;
///   and Hedges' g of the change with its normal interval (hedges_g.hpp);
/// - p adjusted by Holm and Benjamini-Hochberg across the compared groups of the subscale.
///
/// The two waves' respondents are taken as independent samples. For a school survey
/// answered anonymously each year that is the only test the published numbers allow (who
/// answered both waves is unknown); when many respondents answered both, their answers
/// are positively correlated and the test is conservative (the interval too wide).
///
/// The cohort of a subscale is its groups published in both waves. Its summary counts the
/// groups whose change has Holm-adjusted p < options.alpha and is positive (increased) or
/// negative (decreased), and the rest of the cohort (no_clear_change, degenerate changes
/// included); and pools the cohort's respondents of each wave: n = sum n_j and mean =
/// sum n_j m_j / sum n_j, all from published numbers.
///
/// Privacy: a group suppressed in either wave shows no change and nothing of the wave it
/// is suppressed in (the table has nothing of it either); its other wave's own numbers
/// are shown, as that wave published them anyway. It is not in the p-adjust family nor in
/// the cohort, so no total of the output gives a hidden number back.
///
/// Degenerate changes (status degenerate, the reason in test_status, NaN statistics, both
/// waves' numbers shown): fewer than two respondents in a wave (group_too_small: the
/// later wave; reference_too_small: the earlier), sd 0 in both, non-finite input.
///
/// Benchmarks (a reference such as the state's change between the waves) are not part of
/// this comparison yet.

#include <ls/aggregate/group_table.hpp>
#include <ls/aggregate/suppression.hpp>
#include <ls/compare/comparison_status.hpp>
#include <ls/core/issue_sink.hpp>

#include <boost/describe.hpp>

#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

LS_BEGIN_NAMESPACE
namespace compare {

/// Why a group's change is or is not shown.
enum class wave_status : std::uint8_t {
  compared,            ///< published in both waves: the change and its test are shown
  only_before,         ///< the group is only in the earlier wave's table
  only_after,          ///< the group is only in the later wave's table
  suppressed_before,   ///< suppressed in the earlier wave (published in the later)
  suppressed_after,    ///< suppressed in the later wave (published in the earlier)
  suppressed_both,     ///< suppressed in both waves: nothing is shown
  degenerate           ///< published in both, but the test is undefined (see test_status)
};
BOOST_DESCRIBE_ENUM(wave_status, compared, only_before, only_after, suppressed_before,
                    suppressed_after, suppressed_both, degenerate)

/// A sentence saying why the change of an entry with `status` (and, when degenerate,
/// `test`, the status of its Welch test) is not shown; "" for compared.
std::string wave_note(wave_status status, comparison_status test = comparison_status::compared);

struct wave_options {
  /// The level whose groups are followed: a level (not "all") of both tables.
  std::string level;
  /// Of the intervals of the change and of g, in (0, 1).
  double confidence_level = 0.95;
  /// The cohort summary counts a change as clear when its Holm-adjusted p is below this,
  /// in (0, 1).
  double alpha = 0.05;
};
BOOST_DESCRIBE_STRUCT(wave_options, (), (level, confidence_level, alpha))

/// Rules that need no table: waves.level (not empty), waves.confidence_level and
/// waves.alpha (in (0, 1)).
void check(const wave_options& options, const issue_sink& sink);

/// Every issue of `options` against the two waves' tables: those of check(), waves.level
/// (not a level of one of the tables, or "all"; the message says which wave and names its
/// levels) and waves.subscales (the subscale ids differ; the message lists those only in
/// one wave).
validation_report check_waves(const wave_options& options, const aggregate::group_table& before,
                              const aggregate::group_table& after);

struct wave_comparison {
  wave_options options;
  /// In the earlier wave's order.
  std::vector<std::string> subscales;

  /// Per group of the union: its label, the label of the group it lies in (from the later
  /// wave when it is there), and its position in each wave's table (-1 when absent).
  std::vector<std::string> group_label;
  std::vector<std::string> parent_group;
  std::vector<std::int64_t> before_group;
  std::vector<std::int64_t> after_group;

  /// Per subscale k and group j, at [k * group_count() + j].
  std::vector<wave_status> status;
  /// The Welch test's status: compared, or why a degenerate change is NaN (compared for
  /// entries that were not tested).
  std::vector<comparison_status> test_status;
  /// Published in both waves (the cohort), 1 or 0.
  std::vector<std::uint8_t> in_cohort;
  /// Each wave's suppression (none when the group is absent from the wave).
  std::vector<aggregate::suppression_reason> before_suppression;
  std::vector<aggregate::suppression_reason> after_suppression;
  /// Each wave's published numbers (0 and NaN when absent or suppressed).
  std::vector<std::uint64_t> before_n;
  std::vector<double> before_mean;
  std::vector<double> before_standard_deviation;
  std::vector<double> before_ci_lower;
  std::vector<double> before_ci_upper;
  std::vector<std::uint64_t> after_n;
  std::vector<double> after_mean;
  std::vector<double> after_standard_deviation;
  std::vector<double> after_ci_lower;
  std::vector<double> after_ci_upper;
  /// after_mean - before_mean with Welch's test (NaN unless status is compared).
  std::vector<double> change;
  std::vector<double> change_ci_lower;
  std::vector<double> change_ci_upper;
  std::vector<double> standard_error;
  std::vector<double> t;
  std::vector<double> df;
  std::vector<double> p_value;
  /// Hedges' g of the change (the earlier wave as the reference), and its interval.
  std::vector<double> hedges_g;
  std::vector<double> hedges_g_ci_lower;
  std::vector<double> hedges_g_ci_upper;
  /// p_value adjusted across the compared groups of the subscale.
  std::vector<double> p_holm;
  std::vector<double> p_bh;

  /// Per subscale: the cohort's size, its groups that increased or decreased with Holm p
  /// below options.alpha and the rest (no_clear_change), and its pooled n and mean in
  /// each wave (0 and NaN for an empty cohort) with cohort_change = after - before.
  std::vector<std::uint64_t> cohort_size;
  std::vector<std::uint64_t> increased;
  std::vector<std::uint64_t> decreased;
  std::vector<std::uint64_t> no_clear_change;
  std::vector<std::uint64_t> cohort_before_n;
  std::vector<double> cohort_before_mean;
  std::vector<std::uint64_t> cohort_after_n;
  std::vector<double> cohort_after_mean;
  std::vector<double> cohort_change;

  std::size_t group_count() const noexcept { return group_label.size(); }
};
BOOST_DESCRIBE_STRUCT(wave_comparison, (),
                      (options, subscales, group_label, parent_group, before_group, after_group,
                       status, test_status, in_cohort, before_suppression, after_suppression,
                       before_n, before_mean, before_standard_deviation, before_ci_lower,
                       before_ci_upper, after_n, after_mean, after_standard_deviation,
                       after_ci_lower, after_ci_upper, change, change_ci_lower, change_ci_upper,
                       standard_error, t, df, p_value, hedges_g, hedges_g_ci_lower,
                       hedges_g_ci_upper, p_holm, p_bh, cohort_size, increased, decreased,
                       no_clear_change, cohort_before_n, cohort_before_mean, cohort_after_n,
                       cohort_after_mean, cohort_change))

/// Rules on a comparison read from JSON: the per-group columns have one entry per group,
/// the per-entry columns one per subscale and group, the cohort columns one per subscale
/// (waves.size_mismatch).
void check(const wave_comparison& comparison, const issue_sink& sink);

/// The change of every group of `options.level` between the waves `before` and `after`,
/// on every subscale. Throws ls::validation_error for an invalid table, or for options
/// or subscales that do not fit the tables (every issue at once, see check_waves).
wave_comparison compare_waves(const aggregate::group_table& before,
                              const aggregate::group_table& after, const wave_options& options);

}  // namespace compare
LS_END_NAMESPACE
