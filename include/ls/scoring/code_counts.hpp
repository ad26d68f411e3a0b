#pragma once
/// \file
/// How often each stored code occurs in each column: the one pass over the data from which
/// item distributions, percent favorable per item and subscale, and the per-item counts of
/// missing, non-substantive and invalid answers are all derived. Counting raw code bytes
/// (not kinds) keeps every code, so a code that is not on the scale is always seen.
///
/// Mergeable: counts of chunks add up to the counts of the whole, exactly.

#include <ls/core/issue_sink.hpp>
#include <ls/responses/response_matrix.hpp>
#include <ls/stats/parallel.hpp>

#include <boost/describe.hpp>

#include <cstddef>
#include <cstdint>
#include <span>
#include <vector>

LS_BEGIN_NAMESPACE
namespace scoring {

/// The number of code bytes: one count per possible stored code -128..127.
inline constexpr std::size_t code_byte_count = 256;

/// Counts of the codes of one column.
struct code_counts {
  /// counts[code + 128]: 256 entries, or none before anything is counted.
  std::vector<std::size_t> counts;

  /// Count every code of `column` (not described: a span has no Python form).
  void add_column(std::span<const std::int8_t> column);
  /// Add another column's counts (of another chunk of the same item).
  void merge(const code_counts& other);
  /// How often `code` occurs (0 for a code outside -128..127).
  std::size_t count_of(int code) const noexcept;
  /// Number of answers counted (missing ones included).
  std::size_t total() const noexcept;
};
BOOST_DESCRIBE_STRUCT(code_counts, (), (counts, merge, count_of, total))

/// Rule scoring.code_counts_size: counts has 0 or 256 entries.
void check(const code_counts& value, const issue_sink& sink);

/// Counts of every column of a data set: the mergeable accumulator of a counting pass.
struct code_tally {
  std::vector<code_counts> columns;

  void merge(const code_tally& other);
};
BOOST_DESCRIBE_STRUCT(code_tally, (), (columns, merge))

/// Count the codes of every column of `codes`, in chunks of `chunk_rows` rows on `threads`
/// threads (0: one per core). The counts do not depend on either. Reads each column once.
code_tally count_codes(const responses::response_view& codes, unsigned threads = 0,
                       std::size_t chunk_rows = stats::default_chunk_rows);

}  // namespace scoring
LS_END_NAMESPACE
