#pragma once
/// \file
/// Cronbach's alpha of a set of items, raw and standardised, with the Feldt confidence
/// interval, alpha if an item is dropped and item-rest correlations: what psych::alpha
/// (psych 2.2.9) reports, computed from an item_covariance (so from a mergeable
/// accumulator under either deletion policy).
///
/// Formulas (C: the k x k covariance matrix, R = cov2cor(C), 1: a vector of ones):
/// - raw alpha (Cronbach 1951):      alpha = k / (k - 1) * (1 - tr(C) / 1'C1)
/// - standardised alpha:             alpha_std = k / (k - 1) * (1 - k / 1'R1)
/// - average inter-item correlation: (1'R1 - k) / (k (k - 1))
/// - Feldt (1965) interval, as psych::alpha.ci, for confidence 1 - p:
///     lower = 1 - (1 - alpha) F^-1(1 - p/2; n - 1, (n - 1)(k - 1))
///     upper = 1 - (1 - alpha) F^-1(p/2;     n - 1, (n - 1)(k - 1))
///   with n as psych passes it: every row of the data under pairwise deletion, the
///   complete rows under listwise deletion (psych::alpha is then run on na.omit(x)).
/// - alpha if item i is dropped: the formulas on C and R without row and column i.
///   With only two items psych reports instead C12 / C22 (dropping item 1) and C12 / C11
///   (dropping item 2) as the raw value and R12 as the standardised one; libls does the same.
/// - item-rest correlation of i (psych's r.drop): the correlation of item i with the sum
///   of the other items, (1'C_i - C_ii) / sqrt(C_ii * 1'C_(-i)1).
///
/// As psych::alpha does, an item without variance (every answer the same, or fewer than
/// two answers) is left out before anything is computed, with a warning; k counts the
/// items kept. Reverse keys are the item codings' business (make_item_coding scores a
/// reversed item as max + min - x, which negates its covariances exactly as psych's keys).
///
/// Degenerate input (NaN plus an error issue in `issues`, never a silent number):
/// fewer than 2 usable rows (reliability.too_few_rows), fewer than 2 items with variance
/// (reliability.too_few_items), a pair of items with fewer than 2 rows in common under
/// pairwise deletion (reliability.no_common_rows: psych stops with an error), a total
/// variance 1'C1 of zero (reliability.zero_total_variance: psych gives -Inf) or below zero
/// (reliability.negative_total_variance: possible with pairwise deletion). A negative
/// alpha is reported with a warning (reliability.negative_alpha), and so is each item
/// whose item-rest correlation is negative (reliability.negative_item_rest: most often an
/// item whose reverse key was not applied).

#include <ls/core/issue.hpp>
#include <ls/responses/item_coding.hpp>
#include <ls/stats/item_covariance.hpp>

#include <boost/describe.hpp>

#include <cstddef>
#include <string>
#include <vector>

LS_BEGIN_NAMESPACE
namespace stats {

/// One item of a reliability analysis: its statistics and what dropping it would give.
struct alpha_item {
  /// The item's id (its column number when no ids were given).
  std::string item;
  std::size_t column = 0;
  /// False when the item has no variance and was left out, or when there were too few
  /// rows to tell. Its statistics below are still reported where they exist; the drop
  /// statistics are then NaN.
  bool kept = true;
  /// Rows in which the item is scored (listwise: the complete rows).
  std::size_t count = 0;
  double mean = 0;
  /// Sample standard deviation (divisor count - 1).
  double standard_deviation = 0;
  /// Raw and standardised alpha of the other kept items.
  double alpha_if_dropped = 0;
  double std_alpha_if_dropped = 0;
  /// Correlation of the item with the sum of the other kept items (psych: r.drop).
  double item_rest_correlation = 0;
  /// The item-rest correlation is below zero: the item may need its reverse key.
  bool negative_item_rest = false;
};
BOOST_DESCRIBE_STRUCT(alpha_item, (),
                      (item, column, kept, count, mean, standard_deviation, alpha_if_dropped,
                       std_alpha_if_dropped, item_rest_correlation, negative_item_rest))

/// Cronbach's alpha of a scale and everything psych::alpha reports alongside it that
/// libls computes. NaN values come with an error in `issues` saying why.
struct reliability {
  deletion_policy policy = deletion_policy::pairwise;
  /// Rows seen, and rows in which every item is scored.
  std::size_t rows = 0;
  std::size_t complete_rows = 0;
  /// The n of the Feldt interval (see the file comment: psych's choice).
  std::size_t n = 0;
  /// Items kept (those with variance): the k of every formula.
  std::size_t item_count = 0;
  double alpha = 0;
  double std_alpha = 0;
  double average_r = 0;
  /// Confidence level of the Feldt interval (0.95: psych's p.val = .05).
  double confidence = 0.95;
  double feldt_lower = 0;
  double feldt_upper = 0;
  /// One per column of the data, kept or not, in column order.
  std::vector<alpha_item> items;
  /// Ids of the kept items whose item-rest correlation is negative.
  std::vector<std::string> reverse_candidates;
  /// Why a value is NaN (errors) and what looks wrong (warnings); paths point into this
  /// result ("/items/2").
  std::vector<issue> issues;

  /// True when alpha is a number (no error issue).
  bool defined() const noexcept;
};
BOOST_DESCRIBE_STRUCT(reliability, (),
                      (policy, rows, complete_rows, n, item_count, alpha, std_alpha, average_r,
                       confidence, feldt_lower, feldt_upper, items, reverse_candidates, issues,
                       defined))

/// Alpha and its companions from a covariance matrix. `item_ids` names the columns (empty:
/// "0", "1", ...; otherwise one id per item). Throws ls::error when the number of ids
/// differs from covariance.items or confidence is not strictly between 0 and 1.
reliability cronbach_alpha(const item_covariance& covariance,
                           const std::vector<std::string>& item_ids = {},
                           double confidence = 0.95);

/// Alpha of the items of `data` (one column per item, codings applied) under `policy`:
/// the covariances are accumulated on `threads` threads (0: one per core; the result does
/// not depend on it), then as above.
reliability cronbach_alpha(const responses::scored_view& data,
                           deletion_policy policy = deletion_policy::pairwise,
                           const std::vector<std::string>& item_ids = {},
                           double confidence = 0.95, unsigned threads = 0);

}  // namespace stats
LS_END_NAMESPACE
