#pragma once
// Private to src/responses: answer codes of a growing number of rows, already in the
// column-major layout of response_matrix (column j at j * capacity), so finishing needs no
// transpose and no second copy: the columns are moved together in place and the buffer
// is handed to the matrix. Growing re-lays the columns out, so callers reserve a good
// estimate first.

#include "huge_pages.hpp"

#include <ls/responses/answer_code.hpp>

#include <algorithm>
#include <cstdint>
#include <cstring>
#include <vector>

LS_BEGIN_NAMESPACE
namespace responses::detail {

class column_store {
 public:
  explicit column_store(std::size_t items = 0) : items_(items) {}

  std::size_t items() const noexcept { return items_; }
  std::size_t rows() const noexcept { return rows_; }
  std::size_t capacity() const noexcept { return capacity_; }

  /// Room for at least `rows` rows (a multiple of 64: the columns then start alike in a
  /// 64-byte line, and a writer can fill whole lines).
  void reserve(std::size_t rows) {
    if (rows <= capacity_) return;
    rows = (rows + 63) / 64 * 64;
    std::vector<std::int8_t> grown;
    assign_huge(grown, items_ * rows, missing_code);
    for (std::size_t j = 0; j < items_; ++j)
      std::memcpy(grown.data() + j * rows, data_.data() + j * capacity_, rows_);
    data_.swap(grown);
    capacity_ = rows;
  }
  /// Room for `extra` more rows, growing by half again when it runs out.
  void reserve_more(std::size_t extra) {
    if (rows_ + extra > capacity_) reserve(std::max(rows_ + extra, capacity_ + capacity_ / 2));
  }

  std::int8_t* column(std::size_t j) noexcept { return data_.data() + j * capacity_; }
  /// Rows [rows(), rows() + n) become part of the data (their codes written by the caller).
  void commit(std::size_t n) noexcept { rows_ += n; }
  /// The last `n` rows are no longer part of the data.
  void drop_last(std::size_t n) noexcept { rows_ -= n; }

  /// The codes of rows() rows, column after column, for response_matrix. In place: column j
  /// moves from j * capacity to j * rows, never overwriting a column not yet moved.
  std::vector<std::int8_t> release() {
    if (capacity_ != rows_)
      for (std::size_t j = 1; j < items_; ++j)
        std::memmove(data_.data() + j * rows_, data_.data() + j * capacity_, rows_);
    data_.resize(items_ * rows_);
    std::vector<std::int8_t> out;
    out.swap(data_);
    capacity_ = rows_ = 0;
    return out;
  }

 private:
  std::size_t items_ = 0;
  std::size_t rows_ = 0;
  std::size_t capacity_ = 0;
  std::vector<std::int8_t> data_;
};

}  // namespace responses::detail
LS_END_NAMESPACE
