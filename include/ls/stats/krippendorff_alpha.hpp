#pragma once
/// \file
/// Krippendorff's alpha: the agreement of several coders who rate the same units, when
/// not every coder rates every unit, e.g. the individual ratings of the six factors by
/// the participants of a six-factor assessment (units = factors, coders = participants).
///
/// Computed exactly as Krippendorff (2011), "Computing Krippendorff's alpha-reliability":
/// a unit u with m_u >= 2 values contributes to the coincidence matrix
/// o_ck += (number of ordered pairs (c, k) of its values from different coders) / (m_u - 1);
/// units with fewer than two values are not pairable and are left out. With the margins
/// n_c = sum_k o_ck and n = sum_c n_c (the pairable values),
///
///   alpha = 1 - D_o / D_e,  D_o = sum_ck o_ck d2_ck / n,  D_e = sum_ck n_c n_k d2_ck / (n (n - 1)),
///
/// with the difference function d2 of the metric: nominal [c != k]; ordinal
/// (sum_{g=c..k} n_g - (n_c + n_k) / 2)^2 over the ranked values; interval (c - k)^2; ratio
/// ((c - k) / (c + k))^2 (values must be >= 0).
///
/// Degenerate input gives NaN with a status: no pairable values (no unit has two values);
/// no variation (every pairable value is the same, D_e = 0: agreement cannot be told from
/// chance; the PyPI `krippendorff` package raises an error here).
///
/// The accumulator is the coincidence matrix over the distinct values seen: units add up,
/// so partial results merge by adding matrices. Its size is the square of the number of
/// distinct values: meant for rating scales, not for continuous measurements.

#include <ls/core/issue_sink.hpp>

#include <boost/describe.hpp>

#include <cstddef>
#include <cstdint>
#include <span>
#include <vector>

LS_BEGIN_NAMESPACE
namespace stats {

/// The level of measurement, which chooses the difference function.
enum class krippendorff_metric { nominal, ordinal, interval, ratio };
BOOST_DESCRIBE_ENUM(krippendorff_metric, nominal, ordinal, interval, ratio)

enum class krippendorff_status {
  defined,
  /// No unit has two or more values.
  no_pairable_values,
  /// Every pairable value is the same: the expected disagreement is 0.
  no_variation
};
BOOST_DESCRIBE_ENUM(krippendorff_status, defined, no_pairable_values, no_variation)

struct krippendorff_result {
  krippendorff_metric metric = krippendorff_metric::nominal;
  double alpha = 0;
  /// D_o and D_e.
  double observed_disagreement = 0;
  double expected_disagreement = 0;
  /// Units added, and those with two or more values.
  std::uint64_t units = 0;
  std::uint64_t pairable_units = 0;
  /// n: the values in pairable units.
  std::uint64_t pairable_values = 0;
  krippendorff_status status = krippendorff_status::defined;
};
BOOST_DESCRIBE_STRUCT(krippendorff_result, (),
                      (metric, alpha, observed_disagreement, expected_disagreement, units,
                       pairable_units, pairable_values, status))

/// Mergeable state. Its data members are the whole state.
struct krippendorff_accumulator {
  /// The distinct values of pairable units, ascending.
  std::vector<double> values;
  /// o_ck, row-major, values.size() squared.
  std::vector<double> coincidences;
  std::uint64_t units = 0;
  std::uint64_t pairable_units = 0;
  std::uint64_t pairable_values = 0;

  /// Add one unit: the values its coders gave, NaN where a coder gave none. Throws
  /// ls::error for an infinite value. (Not described: spans have no Python form.)
  void add_unit(std::span<const double> ratings);
  void merge(const krippendorff_accumulator& other);
  /// Alpha for `metric`; throws ls::error for the ratio metric with a negative value.
  krippendorff_result result(krippendorff_metric metric) const;
};
BOOST_DESCRIBE_STRUCT(krippendorff_accumulator, (),
                      (values, coincidences, units, pairable_units, pairable_values, merge,
                       result))

/// Rules on a partial result read from JSON (or built by hand); errors:
/// `krippendorff.values` (the values not finite and strictly ascending, at the first
/// offending one) and `krippendorff.coincidences` (not values.size() squared entries).
/// add_unit(), merge() and result() throw ls::validation_error on such a state.
void check(const krippendorff_accumulator& accumulator, const issue_sink& sink);

/// Krippendorff's alpha of `ratings`: units x coders, row-major (unit u's ratings are
/// ratings[u * coders .. (u + 1) * coders)), NaN = not rated. Throws ls::error when the
/// length is not a multiple of `coders` (coders = 0 is an error) or a value is infinite.
krippendorff_result krippendorff_alpha(std::span<const double> ratings, std::size_t coders,
                                       krippendorff_metric metric);

}  // namespace stats
LS_END_NAMESPACE
