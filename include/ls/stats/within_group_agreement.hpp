#pragma once
/// \file
/// Within-group agreement: how much the members of each group (the teachers of a school,
/// the members of a team) answer alike, computed for every group in one pass over the
/// answer codes. Four indices, each matching R's multilevel package (version 2.7) exactly:
///
/// - **rwg** and **rwg(j)** (James, Demaree & Wolf, 1984): the observed variance of a
///   group's answers against the variance expected if everyone answered at random.
///   With J items, S = the mean of the items' sample variances (divisor n - 1) and
///   s2 = the expected (null) variance, by default the uniform (A^2 - 1) / 12 for A options:
///   `rwg(j) = J (1 - S/s2) / (J (1 - S/s2) + S/s2)`; for one item this is `1 - S/s2`.
///   S is capped at s2 first, so the index lies in [0, 1] (multilevel::rwg, rwg.j).
/// - **AD** (Burke, Finkelstein & Dusig, 1999): the average absolute deviation of the
///   answers from the group's mean, or from its median, averaged over the items
///   (multilevel::ad.m, type "mean" and "median"). 0 is perfect agreement.
/// - **awg** (Brown & Hauenstein, 2005): per item
///   `1 - 2 var / (((H + L) M - M^2 - H L) k / (k - 1))`, the observed variance against
///   the largest variance possible at the group's mean M with k raters on the range [L, H];
///   undefined when M is so close to L or H that this maximum is too small to judge
///   (M < (L (k - 1) + H) / k or M > (H (k - 1) + L) / k), and 1 when M is L or H. Several
///   items: the mean of the items where it is defined (multilevel::awg).
///
/// Missing data, as multilevel: a row with a missing answer on any of the items used (or
/// no group) is left out of everything (listwise), and a group with fewer than two
/// complete rows has NaN for every index. The rows left out are counted per group.
///
/// Computed from a mergeable accumulator: per group and item, the count of each distinct
/// scored value among the complete rows. Answers lie on a few options, so this histogram
/// determines every index exactly (the median included), and merging adds integer counts:
/// chunked, threaded and distributed runs give the same counts bit for bit.

#include <ls/core/issue_sink.hpp>
#include <ls/responses/item_coding.hpp>
#include <ls/stats/parallel.hpp>

#include <boost/describe.hpp>

#include <cstddef>
#include <cstdint>
#include <optional>
#include <span>
#include <vector>

LS_BEGIN_NAMESPACE
namespace stats {

/// Whether an agreement index of a group is defined, and if not, why.
enum class agreement_status : std::uint8_t {
  defined,
  /// Every row of the group was left out (a missing answer), or the group has no rows.
  no_respondents,
  /// One complete row: there is no spread to measure (multilevel gives NA).
  one_respondent,
  /// awg only: on every item the group mean is too close to an end of the scale for awg
  /// to be judged (Brown & Hauenstein, 2005; multilevel gives NA).
  mean_too_extreme
};
BOOST_DESCRIBE_ENUM(agreement_status, defined, no_respondents, one_respondent, mean_too_extreme)

/// The agreement indices of one group.
struct group_agreement {
  /// The group's index (as in the group codes: respondent_metadata::school.codes, ...).
  std::int32_t group = 0;
  /// Complete rows: rows of the group with a scored answer on every item used.
  std::uint64_t n = 0;
  /// Rows of the group left out because an answer was missing (or not scored).
  std::uint64_t dropped = 0;
  /// The mean over the items of the sample variance (divisor n - 1): S of rwg(j).
  double mean_item_variance = 0;
  /// rwg for one item, rwg(j) for several (the same formula; J = 1 gives rwg).
  double rwg = 0;
  /// AD about the mean: mean over items of sum |x - mean| / n.
  double average_deviation_mean = 0;
  /// AD about the median: mean over items of sum |x - median| / n.
  double average_deviation_median = 0;
  /// Why rwg, mean_item_variance and both AD are NaN (or `defined`).
  agreement_status status = agreement_status::defined;
  /// awg: mean over the items where it is defined.
  double awg = 0;
  /// The number of items whose awg is defined.
  std::uint64_t awg_items = 0;
  /// Why awg is NaN (or `defined`).
  agreement_status awg_status = agreement_status::defined;
};
BOOST_DESCRIBE_STRUCT(group_agreement, (),
                      (group, n, dropped, mean_item_variance, rwg, average_deviation_mean,
                       average_deviation_median, status, awg, awg_items, awg_status))

/// Agreement in every group, and what it was computed with.
struct agreement_result {
  /// J, the number of items.
  std::uint64_t items = 0;
  /// The null variance s2 of rwg.
  double expected_variance = 0;
  /// The range [L, H] of awg.
  double scale_minimum = 0;
  double scale_maximum = 0;
  /// Rows in no group (group code -1), left out.
  std::uint64_t ungrouped_rows = 0;
  /// One entry per group index 0, 1, ...: groups without rows are listed (n = 0), so
  /// entry g is group g.
  std::vector<group_agreement> groups;
};
BOOST_DESCRIBE_STRUCT(agreement_result, (),
                      (items, expected_variance, scale_minimum, scale_maximum, ungrouped_rows,
                       groups))

/// What within_group_agreement computes with; every field has a default.
struct agreement_options {
  /// The columns of the scored view to use; empty = all of them.
  std::vector<std::size_t> items;
  /// The null variance of rwg. Default: (A^2 - 1) / 12 with A the option count of the
  /// items' codings (item_coding::option_count), which must then be the same for every
  /// item (ls::error otherwise). Must be positive and finite.
  std::optional<double> expected_variance;
  /// The range [L, H] of awg. Default: the smallest and largest scored value of the
  /// items' codings, which must then agree across items. Every scored value of every
  /// item must lie in it (ls::error otherwise: awg outside its range is meaningless).
  std::optional<double> scale_minimum;
  std::optional<double> scale_maximum;
  /// List at least the groups 0 .. group_count - 1 (e.g. the number of categories), so
  /// groups without any row still appear, with n = 0. Default: up to the largest code.
  std::size_t group_count = 0;
  /// Threads (0 = one per core) for within_group_agreement.
  unsigned threads = 0;
};

/// The mergeable state of within_group_agreement. Its data members are the whole state
/// (configuration and counts), so a partial result goes to JSON and across processes.
/// Make one with make_agreement_accumulator; add rows with add(); merge partials made
/// from the same codings and options; result() gives the indices.
struct agreement_accumulator {
  /// The columns of the scored view that are used.
  std::vector<std::size_t> items;
  /// The distinct scored values of each item, ascending, item after item ("slots").
  std::vector<double> slot_values;
  /// Item j's slots are slot_values[slot_offsets[j] .. slot_offsets[j + 1]).
  std::vector<std::size_t> slot_offsets;
  double expected_variance = 0;
  double scale_minimum = 0;
  double scale_maximum = 0;
  /// Per group, per slot: how many complete rows gave that value (group-major).
  std::vector<std::uint64_t> counts;
  /// Per group: rows used and rows left out for a missing answer.
  std::vector<std::uint64_t> complete_rows;
  std::vector<std::uint64_t> dropped_rows;
  std::uint64_t ungrouped_rows = 0;

  /// Add the rows of `view` with their group codes (one per row; -1 = no group). Throws
  /// ls::error when the lengths differ, a code is below -1, the accumulator has no items
  /// (use make_agreement_accumulator), or a coding of a used column scores a value the
  /// accumulator was not made for. (Not described: spans have no
  /// Python form.)
  void add(const responses::scored_view& view, std::span<const std::int32_t> groups);
  /// Add another partial result (made from the same codings and options) to this one;
  /// throws ls::error when their configuration differs.
  void merge(const agreement_accumulator& other);
  /// The indices of every group so far.
  agreement_result result() const;
};
BOOST_DESCRIBE_STRUCT(agreement_accumulator, (),
                      (items, slot_values, slot_offsets, expected_variance, scale_minimum,
                       scale_maximum, counts, complete_rows, dropped_rows, ungrouped_rows,
                       merge, result))

/// Rules on a partial result read from JSON (or built by hand), so that add, merge and
/// result never read outside their arrays; all errors: `agreement.slot_offsets` (not
/// items + 1 offsets rising from 0 to the number of slot values; all three lists empty is
/// the empty accumulator), `agreement.slot_values` (an item's values not finite and
/// strictly ascending, or more than 255 of them), `agreement.counts` (not one count per
/// group and slot), `agreement.dropped_rows` (not one per group), and for an accumulator
/// with items `agreement.expected_variance` (not positive and finite) and
/// `agreement.scale_range` (not finite with scale_minimum < scale_maximum).
/// add(), merge() and result() throw ls::validation_error on such a state.
void check(const agreement_accumulator& accumulator, const issue_sink& sink);

/// An empty accumulator for the columns `options.items` of data coded by `codings` (one
/// per column). Throws ls::error for a column out of range, items with different option
/// counts or ranges where no expected variance or range is given, an expected variance
/// that is not positive, or a range that does not hold every scored value.
agreement_accumulator make_agreement_accumulator(
    const std::vector<responses::item_coding>& codings, const agreement_options& options = {});

/// rwg / rwg(j), AD (mean, median) and awg of every group: `groups` holds one group code
/// per row of `view` (-1 = no group), e.g. respondent_metadata::school.codes. Runs on
/// `options.threads` threads; the result does not depend on their number. Does not
/// modify its input.
agreement_result within_group_agreement(const responses::scored_view& view,
                                        std::span<const std::int32_t> groups,
                                        const agreement_options& options = {});

}  // namespace stats
LS_END_NAMESPACE
