#pragma once
/// \file
/// The published statistics of every group on every subscale, as columns: one array per
/// statistic, and each group's level, label and parent once.
///
/// A national survey has tens of thousands of schools and several subscales: hundreds of
/// thousands of (group, subscale) results. As one object each (group_statistics, with five
/// strings and a list of notes) they cost more to build, to hold and to hand to Python than
/// to compute. The table holds numbers in arrays that go to NumPy and pandas as they are;
/// row() builds the full group_statistics of one entry, notes included, on request, and
/// to_aggregation() all of them (what aggregate() returns).
///
/// Values follow aggregate.hpp: a suppressed entry has n = 0 and NaN statistics (its n is
/// not shown, as every other number of it); NaN elsewhere has a reason row() gives.

#include <ls/aggregate/aggregate.hpp>
#include <ls/stats/within_group_agreement.hpp>

#include <boost/describe.hpp>

#include <cstddef>
#include <cstdint>
#include <functional>
#include <span>
#include <string>
#include <vector>

LS_BEGIN_NAMESPACE
namespace aggregate {

struct group_table {
  aggregate_options options;
  /// "all", then the levels top down.
  std::vector<std::string> levels;
  std::vector<std::string> subscales;

  /// Per group: all respondents first, then each level's groups that have rows, in the
  /// order of their index. group_level indexes `levels`; group_index is the group's index
  /// in its level's codes (-1 for all respondents); parent is the position of the group it
  /// lies in (-1 for all respondents).
  std::vector<std::uint32_t> group_level;
  std::vector<std::int32_t> group_index;
  std::vector<std::string> group_label;
  std::vector<std::int64_t> parent;

  /// Per subscale k and group i, at [k * group_count() + i].
  std::vector<suppression_reason> suppression;
  /// Respondents with a score; 0 when suppressed.
  std::vector<std::uint64_t> n;
  std::vector<double> mean;
  std::vector<double> standard_deviation;
  std::vector<double> ci_lower;
  std::vector<double> ci_upper;
  std::vector<double> percent_favorable;
  /// rwg(j) of the groups of `agreement_level` (an index into `levels`; -1 when agreement
  /// was not computed); NaN elsewhere, when suppressed, or when undefined (see
  /// agreement_status).
  std::int64_t agreement_level = -1;
  std::vector<double> rwg_j;
  std::vector<stats::agreement_status> agreement_status;

  /// Per subscale: whether an option of its items' scales is favorable (else percent
  /// favorable is NaN throughout).
  std::vector<std::uint8_t> favorable_defined;
  std::size_t suppressed_below_minimum = 0;
  std::size_t suppressed_complementary = 0;

  std::size_t group_count() const noexcept { return group_label.size(); }
  /// The full result of group `group` on subscale `subscale`, notes included. Throws
  /// ls::error when either is out of range.
  group_statistics row(std::size_t subscale, std::size_t group) const;
  /// Every entry as group_statistics, subscale by subscale (aggregate()'s form).
  aggregation_result to_aggregation() const;
};
BOOST_DESCRIBE_STRUCT(group_table, (),
                      (options, levels, subscales, group_level, group_index, group_label, parent,
                       suppression, n, mean, standard_deviation, ci_lower, ci_upper,
                       percent_favorable, agreement_level, rwg_j, agreement_status,
                       favorable_defined, suppressed_below_minimum, suppressed_complementary,
                       row, to_aggregation))

/// Rules on a table read from JSON or built by hand: the per-group columns have one entry
/// per group and the per-entry columns one per subscale and group (table.size_mismatch);
/// group levels and parents point inside the table (table.reference).
void check(const group_table& table, const issue_sink& sink);

/// The merged tally of subscale k (first argument) at node v (second) of a hierarchy.
using tally_lookup = std::function<group_tally(std::size_t, std::size_t)>;

/// Called when a subscale's groups are done: the subscale, then each group's node (of
/// the hierarchy) and tally, in the table's group order.
using subscale_done = std::function<void(std::size_t, std::span<const std::size_t>,
                                         std::span<const group_tally>)>;

/// The table of the groups with rows, suppression applied, agreement not computed. The
/// subscales are done in waves of `threads` (0 = one per core), one per thread, so
/// `tally_of` must be safe to call from several at once. After each subscale,
/// `on_subscale`, when given, is called on the thread that did it (to use its tallies, or
/// free what they came from: they are not asked for again); it must be safe to call for
/// different subscales at once. Throws ls::error when the levels do not nest,
/// ls::validation_error for invalid options.
group_table make_group_table(const scoring::scoring_plan& plan, const group_hierarchy& hierarchy,
                             const group_nesting& nesting, const tally_lookup& tally_of,
                             const aggregate_options& options, unsigned threads = 1,
                             const subscale_done& on_subscale = {});

}  // namespace aggregate
LS_END_NAMESPACE
