#pragma once
// Internal: what listwise_covariance and pairwise_covariance share. How the item codings
// become byte tables for the integer kernels (when they can), the aligned block of item
// columns, and the exact conversion of integer sums into means and co-moments.
#include "int8_block.hpp"

#include <ls/responses/item_coding.hpp>
#include <ls/stats/listwise_covariance.hpp>
#include <ls/stats/pairwise_covariance.hpp>

#include <array>
#include <cstddef>
#include <cstdint>
#include <memory>
#include <new>
#include <vector>

LS_BEGIN_NAMESPACE
namespace stats::detail {

/// The codings as byte tables: byte = value - offset, in 1..127, 0 when not scored.
/// `exact` is false when some coding has a scored value that is not a whole number or
/// the values of an item span more than 126; then the floating-point path is used.
struct byte_coding {
  bool exact = true;
  std::vector<std::array<std::uint8_t, 256>> tables;
  /// value = byte + offset, per item.
  std::vector<double> offsets;
};
byte_coding make_byte_coding(const std::vector<responses::item_coding>& codings);

/// Bytes aligned for AVX-512 loads.
class aligned_bytes {
 public:
  explicit aligned_bytes(std::size_t size)
      : data_(static_cast<std::uint8_t*>(::operator new(size, std::align_val_t{64}))) {}
  std::uint8_t* get() const noexcept { return data_.get(); }

 private:
  struct release {
    void operator()(std::uint8_t* p) const noexcept { ::operator delete(p, std::align_val_t{64}); }
  };
  std::unique_ptr<std::uint8_t, release> data_;
};

/// A block of item columns for the kernels: `items` translated columns, then zero
/// columns (up to a multiple of 4 for the Gram, up to correction_width for the
/// corrections).
class column_block {
 public:
  explicit column_block(std::size_t items);
  /// Translate rows [first, first + count) of `codes` (count <= block_rows).
  void fill(const responses::response_view& codes, const byte_coding& coding,
            std::size_t first, std::size_t count, const int8_kernels& kernels);
  std::uint8_t* columns() const noexcept { return bytes_.get(); }
  std::uint8_t* column(std::size_t item) const noexcept {
    return bytes_.get() + item * block_rows;
  }
  std::size_t items() const noexcept { return items_; }
  /// Columns for the Gram: the items rounded up to a multiple of 4.
  std::size_t padded() const noexcept { return padded_; }
  static std::size_t padded_for(std::size_t items) noexcept { return (items + 3) / 4 * 4; }

 private:
  std::size_t items_;
  std::size_t padded_;
  aligned_bytes bytes_;
};

/// The Gram matrix of the padded columns and the column sums, over many blocks: int32
/// sums per block flushed into int64 before they could overflow.
class gram_sums {
 public:
  explicit gram_sums(std::size_t padded);
  void add_block(const column_block& block, std::size_t rows, const int8_kernels& kernels);
  /// Sum of products of columns i and j (i <= j, or any pair within one 4 x 4 tile).
  std::int64_t at(std::size_t i, std::size_t j) const noexcept {
    return total_[i * padded_ + j];
  }
  /// Sum of column i.
  std::int64_t sum(std::size_t i) const noexcept { return sums_[i]; }
  void flush();

 private:
  std::size_t padded_;
  std::size_t pending_rows_ = 0;
  std::vector<std::int32_t> block_;
  std::vector<std::int64_t> total_;
  std::vector<std::int64_t> sums_;
};

/// What the rows with missing answers take away from the dense sums. With x = 0 where an
/// answer is not scored, the Gram of the columns already holds every pair's sum of
/// products; what it lacks is, for each pair (i, j), the sum of x_i over the rows where j
/// is missing and the number of rows where both are missing. Missing answers are few, so
/// these are gathered from those rows only (int8_kernels::add_missing_rows), in int32
/// flushed to int64 before they could overflow.
class missing_corrections {
 public:
  explicit missing_corrections(std::size_t items)
      : items_(items),
        width_(correction_width(items)),
        block_sums_(items * width_, 0),
        block_both_(items * width_, 0),
        sums_(items * width_, 0),
        both_(items * width_, 0),
        scratch_(64 * width_) {}

  void add_block(const column_block& block, std::size_t count,
                 const int8_kernels& kernels) {
    if (pending_rows_ + count > rows_before_flush) flush();
    incomplete_rows_ += kernels.add_missing_rows(block.columns(), items_, count,
                                                 block_sums_.data(), block_both_.data(),
                                                 scratch_.get());
    pending_rows_ += count;
  }
  void flush() {
    for (std::size_t k = 0; k < sums_.size(); ++k) {
      sums_[k] += block_sums_[k];
      both_[k] += block_both_[k];
    }
    std::fill(block_sums_.begin(), block_sums_.end(), 0);
    std::fill(block_both_.begin(), block_both_.end(), 0);
    pending_rows_ = 0;
  }
  /// Sum of x_i over the rows where j is missing.
  std::int64_t sum(std::size_t j, std::size_t i) const noexcept { return sums_[j * width_ + i]; }
  /// Rows where both i and j are missing.
  std::int64_t both(std::size_t j, std::size_t i) const noexcept { return both_[j * width_ + i]; }
  /// Rows where j is missing.
  std::int64_t missing(std::size_t j) const noexcept { return both(j, j); }
  std::size_t incomplete_rows() const noexcept { return incomplete_rows_; }

 private:
  std::size_t items_, width_;
  std::vector<std::int32_t> block_sums_, block_both_;
  std::vector<std::int64_t> sums_, both_;
  aligned_bytes scratch_;
  std::size_t pending_rows_ = 0;
  std::size_t incomplete_rows_ = 0;
};

/// The exact integer sums of listwise covariances over blocks of rows: add_block takes a
/// filled block (and clears its incomplete rows, in place); finish gives the result.
class listwise_sums {
 public:
  explicit listwise_sums(std::size_t items);
  void add_block(column_block& block, std::size_t count, const int8_kernels& kernels);
  listwise_covariance finish(std::size_t rows_seen, const byte_coding& coding);

 private:
  std::size_t items_;
  gram_sums gram_;
  aligned_bytes flags_;
  std::int64_t complete_ = 0;
};

/// The same for pairwise covariances; add_block only reads the block.
class pairwise_sums {
 public:
  explicit pairwise_sums(std::size_t items);
  void add_block(const column_block& block, std::size_t count, const int8_kernels& kernels);
  pairwise_covariance finish(std::size_t rows_seen, const byte_coding& coding);

 private:
  std::size_t items_;
  gram_sums gram_;
  missing_corrections missing_;
};

/// The co-moment of n rows with sums si, sj and sum of products sij, exactly up to the
/// final rounding: (n * sij - si * sj) / n in 128-bit integers.
double comoment_from_sums(std::int64_t n, std::int64_t si, std::int64_t sj,
                          std::int64_t sij) noexcept;

}  // namespace stats::detail
LS_END_NAMESPACE
