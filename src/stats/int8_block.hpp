#pragma once
// Internal: the integer kernels behind listwise_covariance and pairwise_covariance.
//
// A block holds up to block_rows rows of some items, one column of block_rows bytes per
// item. Each byte is an item's scored value moved to 1..127 (value - minimum + 1), or 0
// when the answer is not scored. Products of such bytes summed in int32 are exact, so
// every kernel level gives the same sums; the levels differ only in speed.
#include <ls/stats/simd.hpp>

#include <cstddef>
#include <cstdint>

LS_BEGIN_NAMESPACE
namespace stats::detail {

/// Rows per block: a multiple of 64 (one AVX-512 register of bytes). 60 items of 2048
/// rows are 120 KiB, which stays in the level-2 cache while every pair of items is read.
inline constexpr std::size_t block_rows = 2048;
/// Gram sums stay below 2^31 for this many rows (127 * 127 * 2^17 < 2^31).
inline constexpr std::size_t rows_before_flush = std::size_t{1} << 17;

/// Columns of a block and width of a row in the missing-answer corrections: the items
/// rounded up to 64 (one AVX-512 register of bytes). Columns past the items are zero.
inline constexpr std::size_t correction_width(std::size_t items) noexcept {
  return (items + 63) / 64 * 64;
}

struct int8_kernels {
  /// out[r] = table[code[r] + 128] for r < rows; out[r] = 0 for rows <= r < block_rows.
  void (*translate)(const std::int8_t* codes, std::size_t rows, const std::uint8_t* table,
                    std::uint8_t* out);
  /// gram[i * items + j] += sum over r of col_i[r] * col_j[r], for every i, j in tiles of
  /// 4 x 4 with i / 4 <= j / 4 (so at least every i <= j). `items` is a multiple of 4;
  /// column i starts at cols + i * block_rows.
  void (*gram)(const std::uint8_t* cols, std::size_t items, std::int32_t* gram);
  /// sums[i] += sum over r of col_i[r], for i < items.
  void (*column_sums)(const std::uint8_t* cols, std::size_t items, std::int64_t* sums);
  /// flags[r] = 0xFF when column i is 0 at row r for some i < items, else 0
  /// (r < block_rows).
  void (*find_missing)(const std::uint8_t* cols, std::size_t items, std::uint8_t* flags);
  /// col_i[r] = 0 wherever flags[r] is not 0, for i < items.
  void (*clear_rows)(std::uint8_t* cols, std::size_t items, const std::uint8_t* flags);
  /// For every row r < count with a 0 in one of the first `items` columns, and every such
  /// column j: sums[j * w + i] += col_i[r] for every i, and both[j * w + i] += 1 for every
  /// column i that is 0 in that row too (so both[j * w + j] counts the rows where j is 0);
  /// w = correction_width(items). `scratch` holds 64 * w bytes aligned to 64. Returns the
  /// number of such rows.
  std::size_t (*add_missing_rows)(const std::uint8_t* cols, std::size_t items,
                                  std::size_t count, std::int32_t* sums, std::int32_t* both,
                                  std::uint8_t* scratch);
};

/// The kernels of the active level (see simd.hpp).
const int8_kernels& active_int8_kernels() noexcept;

}  // namespace stats::detail
LS_END_NAMESPACE
