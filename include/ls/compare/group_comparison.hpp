#pragma once
/// \file
/// The groups of one level (e.g. districts) side by side on every subscale, each against
/// a reference, from a group table (aggregate/group_table.hpp) alone: no answers needed.
///
/// For every subscale k and group j of the level, at [k * group_count() + j]:
/// - the group's own published n, mean, sd, t interval, percent favorable and rwg(j)
///   (NaN where the table has none), and its suppression;
/// - the reference's n, mean and sd: by default the rest of the system (all respondents
///   with a score who are not in the group, rows in no group of the level included),
///   derived from the row of all respondents and the group's row (complement.hpp); or
///   all respondents; or a named group of the same level;
/// - the difference group - reference with Welch's t, df, two-sided p and interval
///   (welch_test.hpp), and Hedges' g with its interval (hedges_g.hpp);
/// - p adjusted by Holm (1979) and Benjamini & Hochberg (1995) across the groups of the
///   subscale whose p is defined (p_adjust.hpp).
///
/// Privacy: a suppressed group shows nothing, not even its reference (all respondents
/// minus the rest would give it back): n 0, every number NaN, status group_suppressed,
/// and it is not in the p-adjust family. A published group's rest is derivable from
/// published numbers anyway, so showing it reveals nothing. A suppressed reference (the
/// named group, or the row of all respondents) gives the group's own numbers and NaN for
/// everything else, status reference_suppressed.
///
/// Degenerate comparisons (status, NaN statistics, reference numbers still shown): fewer
/// than two respondents on a side, sd 0 on both sides, a group compared with itself
/// (reference_is_group), non-finite input. comparison_note(status) says why in words.

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

/// What each group is compared with.
enum class comparison_reference : std::uint8_t {
  rest,  ///< all respondents not in the group (derived from published rows)
  all,   ///< all respondents, the group included (a descriptive contrast: not independent)
  group  ///< the group of the same level named by comparison_options::reference_group
};
BOOST_DESCRIBE_ENUM(comparison_reference, rest, all, group)

struct comparison_options {
  /// The level whose groups are compared: one of the table's levels other than "all".
  std::string level;
  comparison_reference reference = comparison_reference::rest;
  /// The label of the reference group when reference is group; empty otherwise.
  std::string reference_group;
  /// Of the intervals of the difference and of g, in (0, 1).
  double confidence_level = 0.95;
};
BOOST_DESCRIBE_STRUCT(comparison_options, (), (level, reference, reference_group, confidence_level))

/// Rules that need no table: compare.level (not empty), compare.reference_group (given
/// exactly when reference is group), compare.confidence_level (in (0, 1)).
void check(const comparison_options& options, const issue_sink& sink);

/// Every issue of `options` against `table`: those of check(), and compare.level (not a
/// level of the table, or "all"; the message names the levels) and
/// compare.reference_group (not a group of the level; the message names some).
validation_report check_against(const comparison_options& options,
                                const aggregate::group_table& table);

struct group_comparison {
  comparison_options options;
  std::vector<std::string> subscales;
  /// "rest of the system", "all respondents" or the reference group's label.
  std::string reference_label;

  /// Per group of the level, in the table's order: its position in the table, its
  /// label, and the label of the group it lies in.
  std::vector<std::uint64_t> group;
  std::vector<std::string> group_label;
  std::vector<std::string> parent_group;

  /// Per subscale k and group j, at [k * group_count() + j].
  std::vector<comparison_status> status;
  std::vector<aggregate::suppression_reason> suppression;
  /// The group's published numbers (n 0 and NaN when suppressed).
  std::vector<std::uint64_t> n;
  std::vector<double> mean;
  std::vector<double> standard_deviation;
  std::vector<double> ci_lower;
  std::vector<double> ci_upper;
  std::vector<double> percent_favorable;
  std::vector<double> rwg_j;
  /// The reference's n, mean and sd (0 and NaN when it is suppressed, or the group is).
  std::vector<std::uint64_t> reference_n;
  std::vector<double> reference_mean;
  std::vector<double> reference_standard_deviation;
  /// Welch's test of mean - reference_mean (welch_test.hpp).
  std::vector<double> difference;
  std::vector<double> difference_ci_lower;
  std::vector<double> difference_ci_upper;
  std::vector<double> standard_error;
  std::vector<double> t;
  std::vector<double> df;
  std::vector<double> p_value;
  /// Hedges' g with the exact correction J, and its normal interval (hedges_g.hpp).
  std::vector<double> hedges_g;
  std::vector<double> hedges_g_ci_lower;
  std::vector<double> hedges_g_ci_upper;
  /// p_value adjusted across the groups of the subscale with a defined p.
  std::vector<double> p_holm;
  std::vector<double> p_bh;

  std::size_t group_count() const noexcept { return group_label.size(); }
};
BOOST_DESCRIBE_STRUCT(group_comparison, (),
                      (options, subscales, reference_label, group, group_label, parent_group,
                       status, suppression, n, mean, standard_deviation, ci_lower, ci_upper,
                       percent_favorable, rwg_j, reference_n, reference_mean,
                       reference_standard_deviation, difference, difference_ci_lower,
                       difference_ci_upper, standard_error, t, df, p_value, hedges_g,
                       hedges_g_ci_lower, hedges_g_ci_upper, p_holm, p_bh))

/// Rules on a comparison read from JSON: the per-group columns have one entry per group,
/// the per-entry columns one per subscale and group (compare.size_mismatch).
void check(const group_comparison& comparison, const issue_sink& sink);

/// Compare every group of `options.level` with its reference on every subscale of the
/// table. Throws ls::validation_error for an invalid table, or for options that do not
/// fit it (every issue at once, see check_against).
group_comparison compare_groups(const aggregate::group_table& table,
                                const comparison_options& options);

}  // namespace compare
LS_END_NAMESPACE
