#pragma once
/// \file
/// Count, mean, variance, minimum and maximum of a stream of values, as an accumulator
/// that merges: summarising chunks separately and merging the partial results gives the
/// same answer as one pass (up to rounding), which is what threads and Dask rely on.
///
/// Updates use Welford's (1962) algorithm and merges the pairwise formula of Chan, Golub
/// & LeVeque (1979), both stable where the textbook sum-of-squares formula loses digits.
/// NaN is treated as a missing value: counted in `missing`, not in the statistics.

#include <ls/version.hpp>

#include <boost/describe.hpp>

#include <cstddef>
#include <span>

LS_BEGIN_NAMESPACE
namespace stats {

/// The result of summarising a set of values.
///
/// Degenerate input: with count 0 every statistic is NaN; with count 1 the mean,
/// minimum and maximum are the value and the standard deviation is NaN (as R's sd()).
struct summary {
  std::size_t count = 0;
  std::size_t missing = 0;
  double mean = 0;
  /// Sample standard deviation, divisor n - 1.
  double standard_deviation = 0;
  double minimum = 0;
  double maximum = 0;
};
BOOST_DESCRIBE_STRUCT(summary, (), (count, missing, mean, standard_deviation, minimum, maximum))

/// Mergeable accumulator. Its fields are the complete state, so it serialises to JSON
/// and crosses process boundaries as a partial result.
struct moments {
  std::size_t count = 0;
  std::size_t missing = 0;
  double mean = 0;
  /// Sum of squared deviations from the mean.
  double squared_deviations = 0;
  double minimum = 0;
  double maximum = 0;

  /// Add one value (NaN counts as missing).
  void add(double value) noexcept;
  /// Add many values; faster than add() one by one, same result up to rounding.
  /// (Not described: std::span has no Python form; Python uses summarise.)
  void add_all(std::span<const double> values) noexcept;
  /// Add another accumulator's values to this one.
  void merge(const moments& other) noexcept;
  /// The statistics of everything added so far.
  summary result() const noexcept;
};
BOOST_DESCRIBE_STRUCT(moments, (),
                      (count, missing, mean, squared_deviations, minimum, maximum, add, merge,
                       result))

/// Summary of `values` (NaN = missing). Does not modify its input.
summary summarise(std::span<const double> values) noexcept;

}  // namespace stats
LS_END_NAMESPACE
