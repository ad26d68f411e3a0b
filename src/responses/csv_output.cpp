#include "csv_output.hpp"

#include <algorithm>
#include <cstring>

LS_BEGIN_NAMESPACE
namespace responses::detail {

void csv_output::reserve(std::size_t rows) {
  store_.reserve(rows);
  if (plan_.has_id) {
    reserve_huge(ids_, rows);
    reserve_huge(id_hashes_, rows);
    reserve_huge(id_lines_, rows);
  }
  for (std::size_t k = 0; k < category_count; ++k)
    if (plan_.has_category[k]) reserve_huge(categories_[k], rows);
  if (plan_.has_weight) reserve_huge(weights_, rows);
}

void csv_output::append(std::vector<csv_chunk>& chunks, const std::vector<std::size_t>& line_base,
                        fork_join& pool) {
  // Serial: labels new to each slot, in file order; where each chunk's rows go.
  std::vector<std::size_t> first_row(chunks.size());
  std::size_t total = store_.rows();
  for (std::size_t c = 0; c < chunks.size(); ++c) {
    auto& chunk = chunks[c];
    for (std::size_t k = 0; k < category_count; ++k) {
      auto& to_file = chunk.to_file_label[k];
      const auto& seen = chunk.labels[k].labels();
      for (std::size_t i = to_file.size(); i < seen.size(); ++i)
        to_file.push_back(labels_[k].intern(seen[i]));
    }
    first_row[c] = total;
    total += chunk.rows;
  }
  const auto added = total - store_.rows();
  store_.reserve_more(added);
  if (plan_.has_id) {
    ids_.resize(total);
    id_hashes_.resize(total);
    id_lines_.resize(total);
  }
  for (std::size_t k = 0; k < category_count; ++k)
    if (plan_.has_category[k]) categories_[k].resize(total);
  if (plan_.has_weight) weights_.resize(total);
  // Parallel: each chunk into place.
  pool.run([&](std::size_t c) {
    for (std::size_t i = c; i < chunks.size(); i += pool.size())
      copy_chunk(chunks[i], first_row[i], line_base[i]);
  });
  store_.commit(added);
}

/// A chunk's tiles of codes (see csv_chunk::codes) into the columns from `first_row` on:
/// a run of up to 64 codes per item and tile.
void csv_output::copy_tiles(const std::int8_t* tiles, std::size_t n, std::size_t first_row) {
  const std::size_t items = plan_.item_ids.size();
  constexpr std::size_t tile = csv_chunk::tile;
  for (std::size_t r0 = 0; r0 < n; r0 += tile) {
    const std::size_t m = std::min(tile, n - r0);
    const std::int8_t* from = tiles + r0 * items;
    for (std::size_t j = 0; j < items; ++j)
      std::memcpy(store_.column(j) + first_row + r0, from + j * tile, m);
  }
}

void csv_output::copy_chunk(csv_chunk& chunk, std::size_t first_row, std::size_t line_base) {
  const auto n = chunk.rows;
  copy_tiles(chunk.codes.get(), n, first_row);
  if (plan_.has_id)
    for (std::size_t r = 0; r < n; ++r) {
      ids_[first_row + r].assign(chunk.ids[r]);
      id_hashes_[first_row + r] = chunk.id_hashes[r];
      id_lines_[first_row + r] = line_base + chunk.id_lines[r] + 1;
    }
  for (std::size_t k = 0; k < category_count; ++k) {
    if (!plan_.has_category[k]) continue;
    const auto& local = chunk.categories[k];
    const auto& to_file = chunk.to_file_label[k];
    auto* out = categories_[k].data() + first_row;
    for (std::size_t r = 0; r < n; ++r)
      out[r] = local[r] < 0 ? category_column::no_category
                            : to_file[static_cast<std::size_t>(local[r])];
  }
  if (plan_.has_weight) std::memcpy(weights_.data() + first_row, chunk.weights.data(), n * sizeof(double));
}

std::vector<csv_issue> csv_output::drop_repeated_ids(fork_join& pool) {
  std::vector<csv_issue> issues;
  if (!plan_.has_id) return issues;
  const auto rows = ids_.size();
  constexpr auto none = string_table::none;
  std::vector<std::uint32_t> first_of(rows, none);
  const auto shares = pool.size();
  pool.run([&](std::size_t share) {
    // The rows of this share, then their lookups with the slots fetched a few rows ahead:
    // a table of a million ids does not fit in cache.
    std::vector<std::uint32_t> mine;
    mine.reserve(rows / shares + rows / 64 + 16);
    for (std::size_t r = 0; r < rows; ++r)
      if (id_hashes_[r] % shares == share) mine.push_back(static_cast<std::uint32_t>(r));
    string_table table;
    table.reserve(mine.size());
    const auto key_at = [this](std::uint32_t i) -> const std::string& { return ids_[i]; };
    constexpr std::size_t ahead = 16;
    for (std::size_t i = 0; i < mine.size(); ++i) {
      if (i + ahead < mine.size()) table.prefetch(id_hashes_[mine[i + ahead]]);
      const auto row = mine[i];
      const auto found = table.find_or_insert(ids_[row], id_hashes_[row], row, key_at);
      if (found != row) first_of[row] = found;
    }
  });
  std::vector<bool> gone(rows, false);
  std::size_t dropped = 0;
  for (std::size_t r = 0; r < rows; ++r) {
    if (first_of[r] == none) continue;
    gone[r] = true;
    ++dropped;
    issues.push_back({"csv.duplicate_id", id_lines_[r], plan_.id_column + 1,
                      plan_.names[plan_.id_column],
                      "respondent id \"" + ids_[r] + "\" was already given on line " +
                          std::to_string(id_lines_[first_of[r]]),
                      severity::error});
  }
  if (dropped > 0) keep_rows(gone, dropped);
  return issues;
}

void csv_output::keep_rows(const std::vector<bool>& gone, std::size_t dropped) {
  auto keep = [&](auto& column_start) {
    std::size_t to = 0;
    for (std::size_t r = 0; r < gone.size(); ++r) {
      if (gone[r]) continue;
      if (to != r) column_start[to] = std::move(column_start[r]);  // never onto itself
      ++to;
    }
  };
  for (std::size_t j = 0; j < plan_.item_ids.size(); ++j) {
    auto* column = store_.column(j);
    keep(column);
  }
  keep(ids_);
  keep(id_hashes_);
  keep(id_lines_);
  const auto rows = gone.size() - dropped;
  ids_.resize(rows);
  id_hashes_.resize(rows);
  id_lines_.resize(rows);
  for (std::size_t k = 0; k < category_count; ++k)
    if (plan_.has_category[k]) {
      keep(categories_[k]);
      categories_[k].resize(rows);
    }
  if (plan_.has_weight) {
    keep(weights_);
    weights_.resize(rows);
  }
  store_.drop_last(dropped);
  drop_unused_labels();
}

/// Labels only rejected rows had are taken out, so the categories are exactly those the
/// matrix uses (and the same whatever the threads and blocks were).
void csv_output::drop_unused_labels() {
  for (std::size_t k = 0; k < category_count; ++k) {
    if (!plan_.has_category[k]) continue;
    const auto& labels = labels_[k].labels();
    std::vector<std::int32_t> renumber(labels.size(), -1);
    for (const auto code : categories_[k])
      if (code >= 0) renumber[static_cast<std::size_t>(code)] = 0;
    label_index kept;
    for (std::size_t i = 0; i < labels.size(); ++i)
      if (renumber[i] == 0) renumber[i] = kept.intern(labels[i]);
    for (auto& code : categories_[k])
      if (code >= 0) code = renumber[static_cast<std::size_t>(code)];
    labels_[k] = std::move(kept);
  }
}

response_matrix csv_output::release() {
  const auto rows = store_.rows();
  response_matrix out(plan_.item_ids, rows, store_.release());
  auto& meta = out.metadata;
  if (plan_.has_id && rows > 0) meta.ids = std::move(ids_);
  for (std::size_t k = 0; k < category_count; ++k) {
    auto& column = category_at(meta, k);
    column.categories = labels_[k].release();
    if (!column.categories.empty()) column.codes = std::move(categories_[k]);
  }
  if (plan_.has_weight && rows > 0) meta.weights = std::move(weights_);
  return out;
}

}  // namespace responses::detail
LS_END_NAMESPACE
