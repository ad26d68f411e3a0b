#pragma once
/// \file
/// The sample covariance matrix of a set of items, and the two ways of handling missing
/// answers that R's cov() offers. This is the result the accumulators
/// listwise_covariance and pairwise_covariance produce and what cronbach_alpha reads.

#include <ls/core/issue_sink.hpp>
#include <ls/responses/item_coding.hpp>

#include <boost/describe.hpp>

#include <cstddef>
#include <vector>

LS_BEGIN_NAMESPACE
namespace stats {

/// Which rows a covariance uses when answers are missing (or not scored).
enum class deletion_policy {
  /// Only rows in which every item is scored (R: cov(na.omit(x))).
  listwise,
  /// For each pair of items, the rows in which both are scored, with the means taken over
  /// those rows (R: cov(x, use = "pairwise.complete.obs"); psych::alpha's default).
  pairwise
};
BOOST_DESCRIBE_ENUM(deletion_policy, listwise, pairwise)

/// Covariances of `items` items, as R's cov() computes them under `policy`. Matrices are
/// items x items, row-major: entry (i, j) is at [i * items + j].
///
/// A pair with fewer than 2 rows has a NaN covariance (R: NA); a pair with no rows has
/// NaN means.
struct item_covariance {
  deletion_policy policy = deletion_policy::pairwise;
  std::size_t items = 0;
  /// Every row seen, whatever it held.
  std::size_t rows = 0;
  /// Rows in which every item is scored.
  std::size_t complete_rows = 0;
  /// Rows used for each pair; on the diagonal, the rows in which the item is scored
  /// (listwise: complete_rows everywhere).
  std::vector<std::size_t> counts;
  /// means[i * items + j]: the mean of item i over the rows used for the pair (i, j); the
  /// diagonal holds the item means.
  std::vector<double> means;
  /// Sample covariances (divisor: count - 1); the diagonal holds the variances.
  std::vector<double> covariances;

  /// The covariance of items i and j (NaN when out of range).
  double covariance_of(std::size_t i, std::size_t j) const noexcept;
};
BOOST_DESCRIBE_STRUCT(item_covariance, (),
                      (policy, items, rows, complete_rows, counts, means, covariances,
                       covariance_of))

/// Rules (this matters when a result is read back from JSON): every matrix has
/// items x items entries (covariance.size_mismatch), no count exceeds `rows` and
/// complete_rows does not either (covariance.count_exceeds_rows).
void check(const item_covariance& covariance, const issue_sink& sink);

/// The covariances of `data` under `policy`: a listwise_covariance or pairwise_covariance
/// run over chunks of rows by accumulate_rows on `threads` threads (0: one per core). The
/// result does not depend on `threads`.
item_covariance item_covariances(const responses::scored_view& data, deletion_policy policy,
                                 unsigned threads = 0);

namespace detail {
/// Shared by the checks of the accumulators: a vector has `expected` entries.
void check_size(std::size_t actual, std::size_t expected, const char* what,
                const issue_sink& sink);
}  // namespace detail

}  // namespace stats
LS_END_NAMESPACE
