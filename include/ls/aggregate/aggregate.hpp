#pragma once
/// \file
/// Subscale results per group at every level of a hierarchy (all respondents, then e.g.
/// district, school, team), in one pass over the data: n, mean, standard deviation, t
/// confidence interval of the mean, percent favorable, with small groups suppressed.
///
/// Per group and subscale, over the respondents of the group who have a subscale score
/// (scoring/subscale_scores.hpp):
/// - n: their number; mean and sd (divisor n - 1) of their scores; the t interval of the
///   mean (mean_interval.hpp);
/// - percent favorable: 100 * favorable / scored over those respondents' answers to the
///   subscale's items (scored answers only, as in percent_favorable.hpp). Unlike the
///   whole-sample subscale figure of percent_favorable(), respondents without a score are
///   left out here, so every number of a group describes the same people and suppression
///   protects them all;
/// - suppression (suppression.hpp): a group with n below the minimum, and the groups
///   hidden with it, show "suppressed" and no statistic at all (not even n).
///
/// The accumulator is mergeable: chunks of rows give partial tallies that add up.

#include <ls/aggregate/grouping.hpp>
#include <ls/aggregate/suppression.hpp>
#include <ls/core/issue_sink.hpp>
#include <ls/scoring/scoring_plan.hpp>
#include <ls/stats/moments.hpp>
#include <ls/stats/parallel.hpp>

#include <boost/describe.hpp>

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

LS_BEGIN_NAMESPACE
namespace aggregate {

/// The minimum group size by default: groups of fewer than 5 respondents are not shown,
/// the common rule of school-survey reports (DOMAIN.md: Panorama hides groups under 5).
inline constexpr std::size_t default_min_group_size = 5;

struct aggregate_options {
  /// Groups with fewer respondents (with a score) are suppressed. At least 1.
  std::size_t min_group_size = default_min_group_size;
  /// Of the t interval of the mean, in (0, 1).
  double confidence_level = 0.95;
};
BOOST_DESCRIBE_STRUCT(aggregate_options, (), (min_group_size, confidence_level))

/// Rules aggregate.min_group_size (at least 1) and aggregate.confidence_level (in (0, 1)).
void check(const aggregate_options& options, const issue_sink& sink);

/// Slot for within-group agreement. Not computed by aggregation: rwg(j) belongs to the
/// agreement statistics (ls::stats), which fill it in when they are run on the same
/// groups. Absent until then.
struct aggregate_agreement {
  /// rwg(j) of the group on the subscale's items; NaN when undefined (see `note`).
  double rwg_j = 0;
  std::string note;
};
BOOST_DESCRIBE_STRUCT(aggregate_agreement, (), (rwg_j, note))

/// The published result of one group on one subscale.
struct group_statistics {
  std::string subscale;
  /// "all" for all respondents, else a level's name.
  std::string level;
  /// The group's label ("all respondents" for level "all").
  std::string group;
  /// The level and label of the group it lies in ("" for all respondents).
  std::string parent_level;
  std::string parent_group;
  /// none: published. Otherwise every statistic below is absent or NaN.
  suppression_reason suppression = suppression_reason::none;
  /// Respondents with a score; absent when suppressed.
  std::optional<std::size_t> n;
  double mean = 0;
  /// Sample standard deviation (divisor n - 1); NaN for n = 1.
  double standard_deviation = 0;
  /// t interval of the mean at the options' confidence level; NaN for n = 1 or sd = 0.
  double ci_lower = 0;
  double ci_upper = 0;
  double percent_favorable = 0;
  /// Within-group agreement, when computed (see aggregate_agreement).
  std::optional<aggregate_agreement> agreement;
  /// Why a statistic is NaN.
  std::vector<std::string> notes;
};
BOOST_DESCRIBE_STRUCT(group_statistics, (),
                      (subscale, level, group, parent_level, parent_group, suppression, n, mean,
                       standard_deviation, ci_lower, ci_upper, percent_favorable, agreement,
                       notes))

struct aggregation_result {
  aggregate_options options;
  /// "all", then the levels top down.
  std::vector<std::string> levels;
  std::vector<std::string> subscales;
  /// Subscale by subscale; within one, all respondents first, then each level's groups in
  /// index order (groups without rows are left out).
  std::vector<group_statistics> groups;
  std::size_t suppressed_below_minimum = 0;
  std::size_t suppressed_complementary = 0;

  /// The result of one group; nothing when there is no such group.
  std::optional<group_statistics> find(const std::string& subscale, const std::string& level,
                                       const std::string& group) const;
  /// The results of one level of one subscale, in order.
  std::vector<group_statistics> level(const std::string& subscale,
                                      const std::string& level_name) const;
  /// A text table, a line per group.
  std::string to_string() const;
};
BOOST_DESCRIBE_STRUCT(aggregation_result, (),
                      (options, levels, subscales, groups, suppressed_below_minimum,
                       suppressed_complementary, find, level, to_string))

/// Mergeable sums of one group on one subscale: the scores of its respondents with a
/// score, and their favorable and scored answers.
struct group_tally {
  stats::moments scores;
  std::size_t favorable = 0;
  std::size_t answers = 0;

  void merge(const group_tally& other);
};
BOOST_DESCRIBE_STRUCT(group_tally, (), (scores, favorable, answers, merge))

/// The mergeable state of an aggregation pass.
struct aggregate_tally {
  group_nesting nesting;
  /// groups[k * nodes + v]: subscale k, node v of the hierarchy.
  std::vector<group_tally> groups;

  void merge(const aggregate_tally& other);
};
BOOST_DESCRIBE_STRUCT(aggregate_tally, (), (nesting, groups, merge))

/// Add rows [first, first + chunk.rows) (chunk = those rows of the codes) to `tally`.
void add_rows(aggregate_tally& tally, const scoring::scoring_plan& plan,
              const group_hierarchy& hierarchy, const responses::response_view& chunk,
              std::size_t first);

/// The published results of a (merged) tally: suppression applied. Throws ls::error when
/// the levels do not nest, ls::validation_error for invalid options.
aggregation_result make_aggregation(const scoring::scoring_plan& plan,
                                    const group_hierarchy& hierarchy, const aggregate_tally& tally,
                                    const aggregate_options& options = {});

/// Score the plan's subscales and aggregate them at every level in one pass over `codes`,
/// on `threads` threads (0 = one per core), in chunks of `chunk_rows` rows (at least 4 per
/// group of the hierarchy). chunk_rows = 0, the default, cuts the rows into one chunk per
/// thread: a chunk's partial result holds every group, so more chunks than threads only
/// cost memory and merging. Counts, suppression and labels do not depend on threads or
/// chunks; means and sds agree to rounding, and are the same bit for bit for the same
/// chunk_rows whatever the threads. Throws ls::error when the columns do not fit the plan,
/// a group index is out of range, or the levels do not nest.
aggregation_result aggregate(const responses::response_view& codes,
                             const scoring::scoring_plan& plan,
                             const std::vector<group_level>& levels,
                             const aggregate_options& options = {}, unsigned threads = 0,
                             std::size_t chunk_rows = 0);

}  // namespace aggregate
LS_END_NAMESPACE
