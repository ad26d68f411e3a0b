#pragma once
// Internal: what listwise_covariance and pairwise_covariance share. How the item codings
// become byte tables for the integer kernels (when they can), the aligned block of item
// columns, and the exact conversion of integer sums into means and co-moments.
#include "int8_block.hpp"

#include <ls/responses/item_coding.hpp>

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

/// The co-moment of n rows with sums si, sj and sum of products sij, exactly up to the
/// final rounding: (n * sij - si * sj) / n in 128-bit integers.
double comoment_from_sums(std::int64_t n, std::int64_t si, std::int64_t sj,
                          std::int64_t sij) noexcept;

}  // namespace stats::detail
LS_END_NAMESPACE
