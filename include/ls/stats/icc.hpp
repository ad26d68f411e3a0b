#pragma once
/// \file
/// ICC(1) and ICC(2) from a one-way analysis of variance of a value (an item, a subscale
/// score) by group: how much of the variance lies between groups, and how reliable the
/// group means are. As multilevel::ICC1 and ICC2 on aov(y ~ as.factor(group)) (Bliese,
/// 2000; Bartko, 1976):
///
///   ICC(1) = (MSB - MSW) / (MSB + (k - 1) MSW),   ICC(2) = (MSB - MSW) / MSB,
///
/// with MSB and MSW the between- and within-group mean squares and k the mean group size
/// N / G. With unequal group sizes multilevel (and so libls) uses this plain mean, not the
/// adjusted n0 of some textbooks. ICC(1) may be negative (less agreement within groups
/// than between); it is not truncated.
///
/// Degenerate input gives NaN with a status saying why (`icc_status`): no values; a
/// single group (there is no between-group variance to estimate: df_between = 0; R's aov
/// stops with an error); one value per group (df_within = 0; R gives NA); all values
/// equal (both mean squares 0, ICC(1) and ICC(2) are 0/0; R prints rounding noise); equal
/// group means (MSB = 0: ICC(2) is undefined, ICC(1) = -1 / (k - 1); R prints a huge
/// negative number for ICC(2) from rounding noise).
///
/// Missing values (NaN) and rows in no group (-1) are left out, counted; an infinite value
/// is an error (ls::error), since no variance can be computed with it. The accumulator
/// keeps per group the count, mean and sum of squared deviations (stats::moments), which
/// merge exactly as the between- and within-group sums of squares need.

#include <ls/responses/item_coding.hpp>
#include <ls/stats/moments.hpp>
#include <ls/stats/parallel.hpp>

#include <boost/describe.hpp>

#include <cstddef>
#include <cstdint>
#include <span>
#include <vector>

LS_BEGIN_NAMESPACE
namespace stats {

/// Whether an ICC is defined, and if not, why.
enum class icc_status {
  defined,
  /// No value in any group.
  no_values,
  /// All values lie in one group: df_between = 0.
  single_group,
  /// Every group has one value: df_within = 0.
  one_value_per_group,
  /// All values are equal: MSB = MSW = 0.
  no_variance,
  /// ICC(2) only: all group means are equal, MSB = 0.
  no_between_group_variance
};
BOOST_DESCRIBE_ENUM(icc_status, defined, no_values, single_group, one_value_per_group,
                    no_variance, no_between_group_variance)

/// The one-way ANOVA table and the two ICCs.
struct icc_result {
  /// Values used (N), missing values of rows in a group, rows in no group.
  std::uint64_t n = 0;
  std::uint64_t missing = 0;
  std::uint64_t ungrouped = 0;
  /// Groups with at least one value (G).
  std::uint64_t groups = 0;
  /// G - 1 and N - G.
  double df_between = 0;
  double df_within = 0;
  double sum_squares_between = 0;
  double sum_squares_within = 0;
  double mean_square_between = 0;
  double mean_square_within = 0;
  /// MSB / MSW.
  double f_ratio = 0;
  /// k = N / G.
  double mean_group_size = 0;
  double icc1 = 0;
  double icc2 = 0;
  icc_status icc1_status = icc_status::defined;
  icc_status icc2_status = icc_status::defined;
};
BOOST_DESCRIBE_STRUCT(icc_result, (),
                      (n, missing, ungrouped, groups, df_between, df_within, sum_squares_between,
                       sum_squares_within, mean_square_between, mean_square_within, f_ratio,
                       mean_group_size, icc1, icc2, icc1_status, icc2_status))

/// Mergeable state: per-group moments. Its data members are the whole state.
struct icc_accumulator {
  /// Entry g: the values of group g (missing ones counted in moments::missing).
  std::vector<moments> groups;
  /// Rows in no group.
  std::uint64_t ungrouped = 0;

  /// Add one value (NaN = missing) of a row in `group` (-1 = none). Throws ls::error for
  /// a group below -1 or an infinite value.
  void add(double value, std::int32_t group);
  /// Add values with their group codes (equal lengths, else ls::error). Not described:
  /// spans have no Python form.
  void add_all(std::span<const double> values, std::span<const std::int32_t> group_codes);
  void merge(const icc_accumulator& other);
  icc_result result() const;
};
BOOST_DESCRIBE_STRUCT(icc_accumulator, (), (groups, ungrouped, add, merge, result))

/// ICC(1), ICC(2) and the ANOVA table of `values` (NaN = missing) by `group_codes` (one
/// per value, -1 = none), e.g. subscale scores by district. Does not modify its input.
icc_result icc(std::span<const double> values, std::span<const std::int32_t> group_codes,
               unsigned threads = 0);

/// One icc_result per column of `view` (each item on its own, its missing answers left
/// out), by `group_codes` (one per row).
std::vector<icc_result> icc_items(const responses::scored_view& view,
                                  std::span<const std::int32_t> group_codes,
                                  unsigned threads = 0);

}  // namespace stats
LS_END_NAMESPACE
