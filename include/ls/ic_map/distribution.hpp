#pragma once
/// \file
/// Where a system stands on a map: for each outcome, how many subjects are at each level.
///
/// Which placements count is explicit (ic_count). The current picture counts each
/// subject once per outcome, at its latest placement (on or before an optional `as_of`
/// date): a team that moved from level 3 to level 2 is at level 2 now, not at both. To see
/// how a system moves over time, placement_distribution_by_date gives one distribution per
/// date on which placements were made.
///
/// Every function here first checks its input and throws ls::validation_error with every
/// issue when there is an error: the map's rules (paths "/map/..."), check_placements
/// (paths "/placements/<i>/..."), and the as_of date ("/as_of"). Nothing is dropped or
/// guessed: a placement on another map, an unknown outcome or a level out of range is an
/// error, not skipped.

#include <ls/ic_map/ic_map.hpp>
#include <ls/ic_map/placement.hpp>

#include <boost/describe.hpp>

#include <cstddef>
#include <limits>
#include <optional>
#include <string>
#include <vector>

LS_BEGIN_NAMESPACE
namespace ic_map {

/// Which placements a distribution counts.
enum class ic_count {
  /// Each subject once per outcome: its latest placement (the current picture).
  latest_per_subject,
  /// Every placement, so a subject placed on three dates counts three times.
  every_placement
};
BOOST_DESCRIBE_ENUM(ic_count, latest_per_subject, every_placement)

/// How the counted placements on one outcome spread over its levels.
///
/// With n = 0 the share, mean and median are NaN (there is nothing to describe).
struct ic_outcome_distribution {
  /// The outcome's id.
  std::string outcome;
  /// Placements counted.
  std::size_t n = 0;
  /// level_counts[k] is the number at level k + 1; one entry per level of the map, so a
  /// level nobody is at (or that the outcome leaves blank) shows 0.
  std::vector<std::size_t> level_counts;
  /// Share of n at level 1 or 2, "at or near the ideal". On a two-level map that is
  /// everyone.
  double share_at_or_near_ideal = std::numeric_limits<double>::quiet_NaN();
  /// Mean of the level numbers (lower is closer to the ideal).
  double mean_level = std::numeric_limits<double>::quiet_NaN();
  /// Median of the level numbers; with an even n, the mean of the two middle ones (so it
  /// may be a half level, e.g. 2.5).
  double median_level = std::numeric_limits<double>::quiet_NaN();

  friend bool operator==(const ic_outcome_distribution&, const ic_outcome_distribution&) = default;
};
BOOST_DESCRIBE_STRUCT(ic_outcome_distribution, (),
                      (outcome, n, level_counts, share_at_or_near_ideal, mean_level,
                       median_level))

/// The distribution of a set of placements over every outcome of a map.
struct ic_distribution {
  /// The map's id.
  std::string map;
  /// Which placements were counted.
  ic_count count = ic_count::latest_per_subject;
  /// Only placements on or before this date were considered, when given.
  std::optional<std::string> as_of;
  /// Set by placement_distribution_by_date: only placements made on this date.
  std::optional<std::string> date;
  /// Distinct subjects (kind and id) among the counted placements.
  std::size_t subjects = 0;
  /// One entry per outcome of the map, in the map's order, including outcomes nobody
  /// was placed on (n = 0).
  std::vector<ic_outcome_distribution> outcomes;

  friend bool operator==(const ic_distribution&, const ic_distribution&) = default;
};
BOOST_DESCRIBE_STRUCT(ic_distribution, (), (map, count, as_of, date, subjects, outcomes))

/// The latest placement of each subject (kind and id) on each outcome, on or before
/// `as_of` when given; in the order of `placements`. Throws validation_error on bad input
/// (see the file comment). Does not modify its input.
std::vector<ic_placement> latest_placements(const ic_map& map,
                                            const std::vector<ic_placement>& placements,
                                            const std::optional<std::string>& as_of = {});

/// The distribution of `placements` over every outcome of `map`, counting as `count`
/// says, among placements on or before `as_of` when given. Throws validation_error on bad
/// input (see the file comment).
ic_distribution placement_distribution(const ic_map& map,
                                       const std::vector<ic_placement>& placements,
                                       ic_count count = ic_count::latest_per_subject,
                                       const std::optional<std::string>& as_of = {});

/// One distribution per date on which placements were made, earliest first, each
/// counting exactly that date's placements (count = every_placement; a subject has at
/// most one placement per outcome and date). Assessments spread over several days give
/// several small groups; for a running picture use placement_distribution with as_of.
/// Throws validation_error on bad input.
std::vector<ic_distribution> placement_distribution_by_date(
    const ic_map& map, const std::vector<ic_placement>& placements);

}  // namespace ic_map
LS_END_NAMESPACE
