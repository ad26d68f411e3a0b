#pragma once
// Private to src/responses: answer codes of a growing number of rows, already in the
// column-major layout of response_matrix (column j at j * capacity), so finishing needs no
// transpose and no second copy: the columns are moved together in place and the buffer
// is handed to the matrix. Growing re-lays the columns out, so callers reserve a good
// estimate first.

#include "huge_pages.hpp"

#include <ls/responses/answer_code.hpp>
#include <ls/responses/response_matrix.hpp>

#include <algorithm>
#include <cstdint>
#include <cstring>
#include <vector>

LS_BEGIN_NAMESPACE
namespace responses::detail {

class column_store {
 public:
  /// With `cleared`, room made by reserve starts with every code missing; without, it is
  /// not written until the caller writes it (every code of the rows it commits).
  explicit column_store(std::size_t items = 0, bool cleared = true)
      : items_(items), cleared_(cleared) {}

  std::size_t items() const noexcept { return items_; }
  std::size_t rows() const noexcept { return rows_; }
  std::size_t capacity() const noexcept { return capacity_; }

  /// Room for at least `rows` rows (a multiple of 64: the columns then start alike in a
  /// 64-byte line, and a writer can fill whole lines). Not cleared, the pages are first
  /// touched by the caller's writes (on whichever threads make them).
  void reserve(std::size_t rows) {
    if (rows <= capacity_) return;
    rows = (rows + 63) / 64 * 64;
    auto grown = code_storage::uninitialized(items_ * rows);
    if (cleared_) std::memset(grown.data(), static_cast<unsigned char>(missing_code), grown.size());
    for (std::size_t j = 0; j < items_; ++j)
      std::memcpy(grown.data() + j * rows, data_.data() + j * capacity_, rows_);
    data_ = std::move(grown);
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

  /// Moves the columns together (column j from j * capacity to j * rows) on two threads:
  /// columns 1 .. m - 1 in order on one, m .. on the other, after a copy of the end of
  /// column m - 1 that moving column m overwrites. Only when that is all column m
  /// overwrites of the others' (the room is at most rows / (m - 1) bigger than the rows);
  /// release() does the rest. `run_two(task)` runs task(0) and task(1) at once.
  template <class RunTwo>
  void close_up(const RunTwo& run_two) {
    const std::size_t m = items_ / 2, gap = capacity_ - rows_;
    if (capacity_ == rows_ || items_ < 4 || (m - 1) * gap >= rows_) return;
    const std::size_t tail = (m - 1) * gap;
    std::int8_t* const data = data_.data();
    const std::vector<std::int8_t> saved(data + (m - 1) * capacity_ + rows_ - tail,
                                         data + (m - 1) * capacity_ + rows_);
    run_two([&](std::size_t half) {
      const std::size_t from = half == 0 ? 1 : m, to = half == 0 ? m : items_;
      for (std::size_t j = from; j < to; ++j) {
        const bool last_of_first = half == 0 && j + 1 == m;
        std::memmove(data + j * rows_, data + j * capacity_, last_of_first ? rows_ - tail : rows_);
        if (last_of_first) std::memcpy(data + j * rows_ + rows_ - tail, saved.data(), tail);
      }
    });
    capacity_ = rows_;
  }

  /// The codes of rows() rows, column after column, for response_matrix. In place: column j
  /// moves from j * capacity to j * rows, never overwriting a column not yet moved.
  code_storage release() {
    if (capacity_ != rows_)
      for (std::size_t j = 1; j < items_; ++j)
        std::memmove(data_.data() + j * rows_, data_.data() + j * capacity_, rows_);
    data_.shrink(items_ * rows_);
    capacity_ = rows_ = 0;
    return std::move(data_);
  }

 private:
  std::size_t items_ = 0;
  std::size_t rows_ = 0;
  std::size_t capacity_ = 0;
  bool cleared_ = true;
  code_storage data_;
};

}  // namespace responses::detail
LS_END_NAMESPACE
