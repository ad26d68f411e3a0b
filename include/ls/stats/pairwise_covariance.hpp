#pragma once
/// \file
/// Covariances of items with pairwise deletion, as a mergeable accumulator: for each pair
/// of items, the rows in which both are scored, their count, the two means over those
/// rows and the co-moment. R: cov(x, use = "pairwise.complete.obs"), which is what
/// psych::alpha uses by default. Memory is O(items^2), whatever the number of rows.
///
/// Merging uses the pairwise update of Chan, Golub & LeVeque (1979), pair by pair, so
/// chunked and threaded runs agree with one pass up to rounding. Within a chunk, codes
/// whose scored values are whole numbers spanning at most 126 are summed exactly in
/// integers: one dense product of the item columns (vectorised, see simd.hpp) plus a
/// correction from the rows with missing answers, which is cheap because missing answers
/// are few. Other codings go through a slower floating-point path.

#include <ls/core/issue_sink.hpp>
#include <ls/responses/item_coding.hpp>
#include <ls/stats/item_covariance.hpp>

#include <boost/describe.hpp>

#include <cstddef>
#include <vector>

LS_BEGIN_NAMESPACE
namespace stats {

struct pairwise_covariance {
  /// 0 until the first add() or merge() with data fixes it.
  std::size_t items = 0;
  std::size_t rows = 0;
  /// Rows in which every item is scored (reported; the statistics use more).
  std::size_t complete_rows = 0;
  /// items x items: rows in which both items of the pair are scored.
  std::vector<std::size_t> counts;
  /// means[i * items + j]: mean of item i over the rows counted for the pair (i, j).
  std::vector<double> means;
  /// items x items (symmetric): sums of products of deviations from the pair's means.
  std::vector<double> comoments;

  /// Add the rows of `data`. Throws ls::error when the number of items differs from what
  /// was added before. (Not described: Python uses accumulate_pairwise_covariance.)
  void add(const responses::scored_view& data);
  /// Add another accumulator's rows (an empty accumulator merges with anything). Throws
  /// ls::error when both have data on different numbers of items.
  void merge(const pairwise_covariance& other);
  /// The covariance matrix of everything added so far.
  item_covariance result() const;
};
BOOST_DESCRIBE_STRUCT(pairwise_covariance, (),
                      (items, rows, complete_rows, counts, means, comoments, merge, result))

/// Sizes agree with `items` (covariance.size_mismatch); no count exceeds rows
/// (covariance.count_exceeds_rows).
void check(const pairwise_covariance& accumulator, const issue_sink& sink);

}  // namespace stats
LS_END_NAMESPACE
