#pragma once
/// \file
/// Covariances of items over the rows in which every item is scored (listwise deletion),
/// as a mergeable accumulator: add chunks of rows, merge partial results, read the
/// covariance matrix. R: cov(na.omit(x)).
///
/// Counts, means and co-moments (sums of products of deviations from the means) are the
/// state; partial results merge with the pairwise formula of Chan, Golub & LeVeque (1979),
/// so chunked and threaded runs agree with one pass up to rounding. Within a chunk, codes
/// whose scored values are whole numbers spanning at most 126 (every rating scale in
/// practice) are summed exactly in integers and the co-moments formed once per
/// chunk; other codings go through a slower floating-point path.

#include <ls/core/issue_sink.hpp>
#include <ls/responses/item_coding.hpp>
#include <ls/stats/item_covariance.hpp>

#include <boost/describe.hpp>

#include <cstddef>
#include <vector>

LS_BEGIN_NAMESPACE
namespace stats {

struct listwise_covariance {
  /// 0 until the first add() or merge() with data fixes it.
  std::size_t items = 0;
  std::size_t rows = 0;
  /// Rows in which every item is scored: the rows the statistics use.
  std::size_t complete_rows = 0;
  /// Mean of each item over the complete rows.
  std::vector<double> means;
  /// items x items sums of products of deviations from the means.
  std::vector<double> comoments;

  /// Add the rows of `data`. Throws ls::error when the number of items differs from what
  /// was added before. (Not described: a scored_view has no Python form; Python uses
  /// accumulate_listwise_covariance.)
  void add(const responses::scored_view& data);
  /// Add another accumulator's rows (an empty accumulator merges with anything). Throws
  /// ls::error when both have data on different numbers of items.
  void merge(const listwise_covariance& other);
  /// The covariance matrix of everything added so far.
  item_covariance result() const;
};
BOOST_DESCRIBE_STRUCT(listwise_covariance, (),
                      (items, rows, complete_rows, means, comoments, merge, result))

/// Sizes agree with `items` (covariance.size_mismatch) and complete_rows <= rows
/// (covariance.count_exceeds_rows).
void check(const listwise_covariance& accumulator, const issue_sink& sink);

}  // namespace stats
LS_END_NAMESPACE
