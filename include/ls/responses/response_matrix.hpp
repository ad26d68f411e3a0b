#pragma once
/// \file
/// Survey responses in memory: a column-major matrix of answer codes (one signed byte per
/// answer, see answer_code.hpp), one column per item, and per-respondent metadata (who they
/// are and where they sit: system, school, team, role, wave, weight).
///
/// Column-major because every analysis reads an item (or a few) over all respondents, and
/// because a NumPy array in Fortran order of shape (rows, items) and dtype int8 has exactly
/// this layout, so it can be used without copying (response_view).

#include <ls/responses/answer_code.hpp>

#include <cstddef>
#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <vector>

LS_BEGIN_NAMESPACE
namespace responses {

/// A categorical column: each row holds an index into `categories`, or no_category.
/// Grouping reads the indices; the labels are only for display.
struct category_column {
  static constexpr std::int32_t no_category = -1;

  std::vector<std::string> categories;
  std::vector<std::int32_t> codes;

  /// The index of `label`, adding it when new. Linear in the number of categories for a
  /// new label; callers that add many rows keep their own label -> index map.
  std::int32_t intern(std::string_view label);
  /// The label of a row ("" for no_category).
  std::string_view label(std::size_t row) const;
  bool empty() const noexcept { return codes.empty(); }
};

/// Who answered: one entry per row in each non-empty column.
struct respondent_metadata {
  /// Respondent ids; empty when the data has none.
  std::vector<std::string> ids;
  /// The organisational levels (DOMAIN.md: system -> school -> team), the role, the wave
  /// (survey administration). Each is empty when the data does not have it.
  category_column system;
  category_column school;
  category_column team;
  category_column role;
  category_column wave;
  /// Survey weights; empty when unweighted.
  std::vector<double> weights;
};

/// A non-owning, read-only view of answer codes: `items` columns of `rows` codes, column j
/// starting at data + j * column_stride. This is what the statistics read, whether the
/// codes live in a response_matrix or in a NumPy array.
struct response_view {
  const std::int8_t* data = nullptr;
  std::size_t rows = 0;
  std::size_t items = 0;
  std::size_t column_stride = 0;

  std::span<const std::int8_t> column(std::size_t item) const noexcept {
    return {data + item * column_stride, rows};
  }
  std::int8_t at(std::size_t row, std::size_t item) const noexcept {
    return data[item * column_stride + row];
  }
  /// The rows [first, first + count) of every column: a chunk, for threads and merges.
  response_view slice(std::size_t first, std::size_t count) const noexcept {
    return {data + first, count, items, column_stride};
  }
};

/// The memory of a matrix's codes: the elements of a vector, or a block made for a
/// reader that writes every code itself. Such a block is not cleared first: a reader of
/// a million rows fills it in one pass (on several threads), where a vector would first
/// be filled with a value on one. Copies are deep.
class code_storage {
 public:
  code_storage() = default;
  /// Takes the vector's elements, without copying.
  code_storage(std::vector<std::int8_t> codes) noexcept;  // NOLINT: implicit on purpose
  /// A block of `n` codes whose values are unspecified until written.
  static code_storage uninitialized(std::size_t n);

  code_storage(const code_storage& other);
  code_storage& operator=(const code_storage& other);
  code_storage(code_storage&& other) noexcept;
  code_storage& operator=(code_storage&& other) noexcept;
  ~code_storage();

  std::int8_t* data() noexcept { return data_; }
  const std::int8_t* data() const noexcept { return data_; }
  std::size_t size() const noexcept { return size_; }
  /// Bytes held (at least size()).
  std::size_t capacity() const noexcept;
  /// Keeps the first `n` codes only (n <= size()); the memory stays.
  void shrink(std::size_t n) noexcept { size_ = n < size_ ? n : size_; }

 private:
  std::vector<std::int8_t> vector_;
  std::int8_t* block_ = nullptr;  // owned when not null
  std::size_t block_size_ = 0;
  std::int8_t* data_ = nullptr;
  std::size_t size_ = 0;
};

/// Owns the codes of `rows` respondents to the items named `item_ids`, and their metadata.
class response_matrix {
 public:
  response_matrix() = default;
  /// Every answer starts missing.
  response_matrix(std::vector<std::string> item_ids, std::size_t rows);
  /// Takes `codes` (column after column: item_ids.size() * rows of them) without copying,
  /// as readers that built the columns in place hand them over. Throws ls::error when the
  /// number of codes differs.
  response_matrix(std::vector<std::string> item_ids, std::size_t rows,
                  std::vector<std::int8_t> codes);
  /// The same with codes in a code_storage (as the CSV reader makes them).
  response_matrix(std::vector<std::string> item_ids, std::size_t rows, code_storage codes);

  std::size_t rows() const noexcept { return rows_; }
  std::size_t item_count() const noexcept { return item_ids_.size(); }
  const std::vector<std::string>& item_ids() const noexcept { return item_ids_; }
  /// The column of an item id; throws ls::error naming the id when there is none.
  std::size_t item_index(std::string_view item_id) const;

  std::int8_t at(std::size_t row, std::size_t item) const noexcept {
    return codes_.data()[item * rows_ + row];
  }
  void set(std::size_t row, std::size_t item, std::int8_t code) noexcept {
    codes_.data()[item * rows_ + row] = code;
  }
  std::span<std::int8_t> column(std::size_t item) noexcept {
    return {codes_.data() + item * rows_, rows_};
  }
  std::span<const std::int8_t> column(std::size_t item) const noexcept {
    return {codes_.data() + item * rows_, rows_};
  }
  /// All codes, column after column.
  std::span<const std::int8_t> codes() const noexcept { return {codes_.data(), codes_.size()}; }
  response_view view() const noexcept { return {codes_.data(), rows_, item_count(), rows_}; }

  /// Bytes held by the codes and the metadata (for memory reports).
  std::size_t memory_bytes() const noexcept;

  respondent_metadata metadata;

 private:
  std::vector<std::string> item_ids_;
  std::size_t rows_ = 0;
  code_storage codes_;
};

}  // namespace responses
LS_END_NAMESPACE
