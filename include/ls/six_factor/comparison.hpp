#pragma once
/// \file
/// Two assessments of the same school system at two dates, factor by factor: the team
/// consensus then and now, and the mean individual rating then and now.

#include <ls/six_factor/assessment.hpp>

#include <boost/describe.hpp>

#include <optional>
#include <string>
#include <vector>

LS_BEGIN_NAMESPACE
namespace six_factor {

struct support_factor_comparison {
  support_factor factor = support_factor::compelling_vision;
  /// Team consensus ratings, when recorded, and now minus then when both are.
  std::optional<int> team_before;
  std::optional<int> team_after;
  std::optional<int> team_change;
  /// Mean individual ratings (NaN when nobody rated the factor), and now minus then
  /// (NaN unless both exist).
  double mean_before = 0;
  double mean_after = 0;
  double mean_change = 0;
};
BOOST_DESCRIBE_STRUCT(support_factor_comparison, (),
                      (factor, team_before, team_after, team_change, mean_before, mean_after,
                       mean_change))

struct six_factor_comparison {
  std::string system;
  std::string before;
  std::string before_date;
  std::string after;
  std::string after_date;
  /// Days from the first assessment to the second.
  long days_apart = 0;
  /// All six factors, in the book's order.
  std::vector<support_factor_comparison> factors;

  /// A text table, a line per factor.
  std::string to_string() const;
};
BOOST_DESCRIBE_STRUCT(six_factor_comparison, (),
                      (system, before, before_date, after, after_date, days_apart, factors,
                       to_string))

/// Compare `before` with the later `after`. Throws ls::validation_error when either has
/// an error, and ls::error when they assess different systems or `after` is dated
/// before `before` (the sign of every change would be reversed). Does not modify input.
six_factor_comparison compare(const six_factor_assessment& before,
                              const six_factor_assessment& after);

}  // namespace six_factor
LS_END_NAMESPACE
