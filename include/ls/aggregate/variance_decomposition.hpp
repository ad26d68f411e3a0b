#pragma once
/// \file
/// How much of the variation of a value (a subscale score) lies between the groups of each
/// nested level and how much within the lowest groups: the variance components of a
/// nested random-effects model, y = mu + a(district) + b(school in district) + e, by the
/// analysis-of-variance (method-of-moments) estimator for unbalanced nested data
/// (Searle, Casella & McCulloch 1992, ch. 4; Sokal & Rohlf 1995, ch. 10).
///
/// With levels 1..L top down, level 0 the node of all respondents, G_l the groups of level l
/// that have values (G_0 = 1), n_g the values in group g and anc_l(h) the group of level l
/// that h lies in:
///
///     SS_l  = sum over groups g of level l of n_g (mean_g - mean_parent(g))^2,  df_l = G_l - G_(l-1)
///     SS_w  = sum over values of (y - mean of its lowest group)^2,            df_w = N - G_L
///     E[SS_w] = df_w s2_w
///     E[SS_l] = df_l s2_w + sum over m >= l of c(l, m) s2_m,
///     c(l, m) = sum over groups h of level m of n_h^2 (1 / n_anc_l(h) - 1 / n_anc_(l-1)(h))
///
/// and the estimates solve these with the observed sums of squares, from the lowest level
/// up. With two levels and equal group sizes this is the textbook (MSB - MSW) / n; with
/// unequal ones c(1, 1) / df_1 is n0 = (N - sum n_g^2 / N) / (G - 1).
///
/// An estimate may be negative (less variation between groups than chance gives): it is
/// kept as `estimate`, and `variance` is max(0, estimate), with a note; shares and
/// intraclass correlations use `variance`. The intraclass correlation of level l is the
/// share of the total variance at level l and above: the correlation of two values in the
/// same group of level l. The design effect of a sample clustered in the groups of level
/// l is 1 + (N / G_l - 1) ICC_l (Kish 1965), with the plain mean group size.
///
/// Degenerate input gives NaN with a note, never an invented number: no values; a level
/// with one group (df 0: nothing to estimate between its groups); every lowest group with
/// one value (df_w = 0); and any component above a NaN one. Missing values (NaN) and rows
/// without a group at some level are left out and counted; an infinite value is an error
/// (ls::error), as the levels not nesting is (ls::error naming the group and rows).

#include <ls/aggregate/grouping.hpp>

#include <boost/describe.hpp>

#include <cstddef>
#include <cstdint>
#include <span>
#include <string>
#include <vector>

LS_BEGIN_NAMESPACE
namespace aggregate {

/// The variance at one level, or within the lowest groups (level "within").
struct variance_component {
  std::string level;
  /// Groups of the level with values; for "within", the values (N).
  std::uint64_t groups = 0;
  double degrees_of_freedom = 0;
  double sum_of_squares = 0;
  double mean_square = 0;
  /// The method-of-moments estimate; may be negative.
  double estimate = 0;
  /// max(0, estimate).
  double variance = 0;
  /// variance / total_variance.
  double share = 0;
  /// The share at this level and every level above it (NaN for "within").
  double intraclass_correlation = 0;
  /// N / groups (NaN for "within").
  double mean_group_size = 0;
  /// 1 + (mean_group_size - 1) intraclass_correlation (NaN for "within").
  double design_effect = 0;
};
BOOST_DESCRIBE_STRUCT(variance_component, (),
                      (level, groups, degrees_of_freedom, sum_of_squares, mean_square, estimate,
                       variance, share, intraclass_correlation, mean_group_size, design_effect))

struct variance_decomposition {
  /// Values used (N); missing values; rows left out for lacking a group at some level.
  std::uint64_t n = 0;
  std::uint64_t missing = 0;
  std::uint64_t ungrouped = 0;
  double mean = 0;
  /// The sum of the components' variances.
  double total_variance = 0;
  /// The levels top down, then "within".
  std::vector<variance_component> components;
  /// Why a number is NaN, or that a negative estimate was set to 0.
  std::vector<std::string> notes;
};
BOOST_DESCRIBE_STRUCT(variance_decomposition, (),
                      (n, missing, ungrouped, mean, total_variance, components, notes))

/// The variance components of `values` (one per row, NaN = missing) by the nested
/// `levels` (top down; each gives one group code per row, -1 = none). Throws ls::error
/// when there are no levels, a level's codes do not have one entry per value, the levels
/// do not nest, or a value is infinite. Does not modify its input.
variance_decomposition decompose_variance(std::span<const double> values,
                                          const std::vector<group_level>& levels);

}  // namespace aggregate
LS_END_NAMESPACE
