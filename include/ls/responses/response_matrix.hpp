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

  std::size_t rows() const noexcept { return rows_; }
  std::size_t item_count() const noexcept { return item_ids_.size(); }
  const std::vector<std::string>& item_ids() const noexcept { return item_ids_; }
  /// The column of an item id; throws ls::error naming the id when there is none.
  std::size_t item_index(std::string_view item_id) const;

  std::int8_t at(std::size_t row, std::size_t item) const noexcept {
    return codes_[item * rows_ + row];
  }
  void set(std::size_t row, std::size_t item, std::int8_t code) noexcept {
    codes_[item * rows_ + row] = code;
  }
  std::span<std::int8_t> column(std::size_t item) noexcept {
    return {codes_.data() + item * rows_, rows_};
  }
  std::span<const std::int8_t> column(std::size_t item) const noexcept {
    return {codes_.data() + item * rows_, rows_};
  }
  /// All codes, column after column.
  std::span<const std::int8_t> codes() const noexcept { return codes_; }
  response_view view() const noexcept { return {codes_.data(), rows_, item_count(), rows_}; }

  /// Bytes held by the codes and the metadata (for memory reports).
  std::size_t memory_bytes() const noexcept;

  respondent_metadata metadata;

 private:
  std::vector<std::string> item_ids_;
  std::size_t rows_ = 0;
  std::vector<std::int8_t> codes_;
};

}  // namespace responses
LS_END_NAMESPACE
