#pragma once
/// \file
/// Per-factor summary of a six-factor assessment: the spread of the individual ratings
/// next to the group and team consensus, so an analyst sees whether the consensus sits
/// where the individual ratings were or moved away from them.
///
/// Statistics are the plain ones: mean, sample standard deviation (divisor n - 1),
/// minimum, maximum and counts. Agreement indices (rwg and the like) are not computed
/// here.

#include <ls/six_factor/assessment.hpp>

#include <boost/describe.hpp>

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

LS_BEGIN_NAMESPACE
namespace six_factor {

struct support_factor_summary {
  support_factor factor = support_factor::compelling_vision;
  /// Individual ratings of the factor (step 1).
  std::size_t rating_count = 0;
  /// Mean of the individual ratings; NaN when there is none.
  double mean = 0;
  /// Sample standard deviation (divisor n - 1); NaN when there are fewer than two.
  double standard_deviation = 0;
  /// Lowest and highest individual rating; NaN when there is none.
  double minimum = 0;
  double maximum = 0;
  /// rating_counts[k] is the number of individual ratings equal to k + 1 (four entries).
  std::vector<std::size_t> rating_counts;
  /// The group consensus rating (step 2), when recorded.
  std::optional<int> group_rating;
  /// The team consensus rating (step 3), when recorded.
  std::optional<int> team_rating;
  /// team_rating - mean: positive when the team settled above the average individual
  /// rating. NaN when either is missing (a double, not an optional: JSON writes NaN as
  /// null, which an optional would read back as absent).
  double team_minus_mean = 0;
};
BOOST_DESCRIBE_STRUCT(support_factor_summary, (),
                      (factor, rating_count, mean, standard_deviation, minimum, maximum,
                       rating_counts, group_rating, team_rating, team_minus_mean))

struct six_factor_summary {
  std::string assessment;
  std::string system;
  std::string date;
  std::size_t participant_count = 0;
  /// All six factors, in the book's order.
  std::vector<support_factor_summary> factors;

  /// A text table, a line per factor.
  std::string to_string() const;
};
BOOST_DESCRIBE_STRUCT(six_factor_summary, (),
                      (assessment, system, date, participant_count, factors, to_string))

/// The summary of `assessment`. Throws ls::validation_error when validate(assessment)
/// finds an error (warnings are fine): statistics over ratings outside 1..4, or over a
/// factor rated twice by one person, would mislead. Does not modify its input.
six_factor_summary summarise(const six_factor_assessment& assessment);

}  // namespace six_factor
LS_END_NAMESPACE
