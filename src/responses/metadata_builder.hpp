#pragma once
// Private to src/responses: respondent metadata gathered row by row (the matrix builder,
// JSON records, the CSV reader's merge step), with repeated ids found in constant time
// per row and categorical labels interned once.

#include "string_table.hpp"

#include <ls/core/text.hpp>
#include <ls/responses/respondent.hpp>
#include <ls/responses/response_matrix.hpp>

#include <array>
#include <cmath>
#include <cstdint>
#include <limits>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

LS_BEGIN_NAMESPACE
namespace responses::detail {

/// The five categorical columns in a fixed order, so loops can run over them.
inline constexpr std::size_t category_count = 5;
inline constexpr std::array<const char*, category_count> category_names = {
    "system", "school", "team", "role", "wave"};

inline category_column& category_at(respondent_metadata& m, std::size_t k) {
  switch (k) {
    case 0: return m.system;
    case 1: return m.school;
    case 2: return m.team;
    case 3: return m.role;
    default: return m.wave;
  }
}
inline const category_column& category_at(const respondent_metadata& m, std::size_t k) {
  return category_at(const_cast<respondent_metadata&>(m), k);
}
inline std::optional<std::string>& category_at(respondent& r, std::size_t k) {
  switch (k) {
    case 0: return r.system;
    case 1: return r.school;
    case 2: return r.team;
    case 3: return r.role;
    default: return r.wave;
  }
}

inline const std::optional<std::string>& category_at(const respondent& r, std::size_t k) {
  return category_at(const_cast<respondent&>(r), k);
}

class metadata_builder {
 public:
  static constexpr std::uint32_t none = string_table::none;

  std::size_t rows() const noexcept { return rows_; }

  /// The row that already has `id`, or none after recording `id` for the next row. Call
  /// once per row, as the last check before adding the row's id (add_row or add_id): a
  /// row found to repeat an id is not added.
  std::uint32_t claim_id(std::string_view id, std::uint64_t hash) {
    if (id.empty()) return none;
    const auto row = static_cast<std::uint32_t>(ids_.size());
    const auto found = id_table_.find_or_insert(
        id, hash, row, [this](std::uint32_t i) -> const std::string& { return ids_[i]; });
    return found == row ? none : found;
  }
  std::uint32_t claim_id(std::string_view id) { return claim_id(id, hash_text(id)); }

  /// A row's metadata: its id (claimed first), a label or nothing per category column,
  /// and its weight (NaN = none).
  void add_row(std::string id, const std::array<std::optional<std::string_view>, category_count>& labels,
               double weight) {
    if (!id.empty()) ++with_id_;
    ids_.push_back(std::move(id));
    for (std::size_t k = 0; k < category_count; ++k) {
      const auto& label = labels[k];
      codes_[k].push_back(label ? labels_[k].intern(*label) : category_column::no_category);
    }
    if (!std::isnan(weight)) ++with_weight_;
    weights_.push_back(weight);
    ++rows_;
  }
  void add_row(const respondent& who, double weight) {
    std::array<std::optional<std::string_view>, category_count> labels;
    for (std::size_t k = 0; k < category_count; ++k)
      if (const auto& value = category_at(who, k); value && !is_blank(*value)) labels[k] = *value;
    add_row(who.id, labels, weight);
  }

  /// Rows appended from a chunk parsed elsewhere: codes index `chunk_labels[k]`, which are
  /// interned here; ids are claimed by the caller beforehand.
  void add_category_codes(std::size_t k, const std::vector<std::string>& chunk_labels,
                          const std::int32_t* codes, std::size_t n, std::vector<std::int32_t>& remap) {
    remap.resize(chunk_labels.size());
    for (std::size_t i = 0; i < chunk_labels.size(); ++i) remap[i] = labels_[k].intern(chunk_labels[i]);
    auto& out = codes_[k];
    for (std::size_t r = 0; r < n; ++r)
      out.push_back(codes[r] < 0 ? category_column::no_category : remap[static_cast<std::size_t>(codes[r])]);
  }
  void add_id(std::string id) {
    if (!id.empty()) ++with_id_;
    ids_.push_back(std::move(id));
  }
  void add_weight(double w) {
    if (!std::isnan(w)) ++with_weight_;
    weights_.push_back(w);
  }
  void add_rows(std::size_t n) { rows_ += n; }

  std::size_t rows_with_id() const noexcept { return with_id_; }
  std::size_t rows_with_weight() const noexcept { return with_weight_; }
  /// The first row without an id (or weight), for messages; rows() when there is none.
  std::size_t first_row_without_id() const noexcept {
    for (std::size_t r = 0; r < ids_.size(); ++r)
      if (ids_[r].empty()) return r;
    return rows_;
  }
  std::size_t first_row_without_weight() const noexcept {
    for (std::size_t r = 0; r < weights_.size(); ++r)
      if (std::isnan(weights_[r])) return r;
    return rows_;
  }
  void reserve(std::size_t rows) { reserve(rows, true, true, {true, true, true, true, true}); }
  /// Room for the columns a data set has only.
  void reserve(std::size_t rows, bool ids, bool weights,
               const std::array<bool, category_count>& categories) {
    if (ids) ids_.reserve(rows);
    if (weights) weights_.reserve(rows);
    for (std::size_t k = 0; k < category_count; ++k)
      if (categories[k]) codes_[k].reserve(rows);
  }

  /// The metadata; columns without any value are left empty, as the matrix documents.
  respondent_metadata release() {
    respondent_metadata out;
    if (with_id_ > 0) out.ids = std::move(ids_);
    for (std::size_t k = 0; k < category_count; ++k) {
      auto& column = category_at(out, k);
      column.categories = labels_[k].release();
      if (!column.categories.empty()) column.codes = std::move(codes_[k]);
    }
    if (with_weight_ > 0) out.weights = std::move(weights_);
    *this = metadata_builder{};
    return out;
  }

 private:
  std::size_t rows_ = 0, with_id_ = 0, with_weight_ = 0;
  std::vector<std::string> ids_;
  string_table id_table_;
  std::array<label_index, category_count> labels_;
  std::array<std::vector<std::int32_t>, category_count> codes_;
  std::vector<double> weights_;
};

}  // namespace responses::detail
LS_END_NAMESPACE
