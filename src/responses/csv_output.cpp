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
  // Serial and short: labels new to each slot, in file order; where each chunk's rows go.
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
  // Parallel, one output column to a thread at a time: each column takes every chunk's
  // rows, in order, so nothing is written twice (no zero-filled resize first).
  constexpr std::size_t jobs = 3 + category_count;  // codes, ids, weights, categories
  pool.run([&](std::size_t thread) {
    for (std::size_t job = thread; job < jobs; job += pool.size()) {
      for (std::size_t c = 0; c < chunks.size(); ++c) {
        auto& chunk = chunks[c];
        if (job == 0) copy_tiles(chunk.codes.get(), chunk.rows, first_row[c]);
        else if (job == 1) append_ids(chunk, line_base[c]);
        else if (job == 2) append_weights(chunk);
        else append_categories(chunk, job - 3);
      }
    }
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

void csv_output::append_ids(const csv_chunk& chunk, std::size_t line_base) {
  if (!plan_.has_id) return;
  for (std::size_t r = 0; r < chunk.rows; ++r) {
    ids_.emplace_back(chunk.ids[r]);
    id_lines_.push_back(line_base + chunk.id_lines[r] + 1);
  }
  id_hashes_.insert(id_hashes_.end(), chunk.id_hashes.begin(), chunk.id_hashes.end());
}

void csv_output::append_weights(const csv_chunk& chunk) {
  if (plan_.has_weight) weights_.insert(weights_.end(), chunk.weights.begin(), chunk.weights.end());
}

void csv_output::append_categories(const csv_chunk& chunk, std::size_t k) {
  if (!plan_.has_category[k]) return;
  const auto& to_file = chunk.to_file_label[k];
  auto& out = categories_[k];
  for (const auto local : chunk.categories[k])
    out.push_back(local < 0 ? category_column::no_category : to_file[static_cast<std::size_t>(local)]);
}

std::vector<csv_issue> csv_output::drop_repeated_ids(fork_join& pool) {
  std::vector<csv_issue> issues;
  if (!plan_.has_id) return issues;
  const auto rows = ids_.size();
  constexpr auto none = string_table::none;
  std::vector<std::uint32_t> first_of(rows, none);
  find_repeats(first_of, pool);
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

namespace {

/// An id as the repeat search compares it: its row, bits of its hash with its length, and
/// its first 8 bytes (ids of up to 8 bytes are known exactly from these two).
struct id_entry {
  std::uint32_t row = string_table::none;
  std::uint32_t tag = 0;
  std::uint64_t prefix = 0;
};

}  // namespace

/// Sets first_of[r] to the earlier row with the id of row r. The ids are first split by
/// the top bits of their hash into buckets of a few hundred (one pass, in row order), and
/// each bucket is then searched with a table that stays in cache: a single table of a
/// million ids would cost a cache miss per id.
void csv_output::find_repeats(std::vector<std::uint32_t>& first_of, fork_join& pool) const {
  const auto rows = ids_.size();
  unsigned bits = 0;
  while ((rows >> bits) > 256) ++bits;
  const std::size_t buckets = std::size_t{1} << bits;
  const auto bucket_of = [bits](std::uint64_t hash) {
    return bits == 0 ? std::size_t{0} : static_cast<std::size_t>(hash >> (64 - bits));
  };
  // Split in row order, each thread taking a range of rows: counts per thread and bucket,
  // then each thread writes its rows after those of the threads before it.
  const std::size_t threads = pool.size();
  std::vector<std::vector<std::size_t>> counts(threads, std::vector<std::size_t>(buckets, 0));
  const auto range = [&](std::size_t t) { return std::pair{rows * t / threads, rows * (t + 1) / threads}; };
  pool.run([&](std::size_t t) {
    const auto [first, last] = range(t);
    for (std::size_t r = first; r < last; ++r) ++counts[t][bucket_of(id_hashes_[r])];
  });
  std::vector<std::size_t> start(buckets + 1, 0);
  std::size_t offset = 0;
  for (std::size_t b = 0; b < buckets; ++b) {
    start[b] = offset;
    for (std::size_t t = 0; t < threads; ++t) {
      const auto n = counts[t][b];
      counts[t][b] = offset;  // where thread t writes its first row of bucket b
      offset += n;
    }
  }
  start[buckets] = offset;
  std::vector<id_entry> entries(rows);
  pool.run([&](std::size_t t) {
    const auto [first, last] = range(t);
    auto& next = counts[t];
    for (std::size_t r = first; r < last; ++r) {
      const auto& id = ids_[r];
      const auto length = static_cast<std::uint32_t>(id.size() < 255 ? id.size() : 255);
      entries[next[bucket_of(id_hashes_[r])]++] = {
          static_cast<std::uint32_t>(r),
          (static_cast<std::uint32_t>(id_hashes_[r]) & 0xffffff00u) | length,
          pack_short(id.data(), id.size() < 8 ? id.size() : 8)};
    }
  });
  pool.run([&](std::size_t thread) {
    std::vector<id_entry> table;
    for (std::size_t b = thread; b < buckets; b += pool.size()) {
      std::size_t size = 8;
      while (size < 2 * (start[b + 1] - start[b])) size *= 2;
      table.assign(size, id_entry{});
      const std::size_t mask = size - 1;
      for (std::size_t i = start[b]; i < start[b + 1]; ++i) {
        const auto& e = entries[i];
        std::size_t at = (e.tag >> 8) & mask;
        for (; table[at].row != string_table::none; at = (at + 1) & mask) {
          const auto& seen = table[at];
          if (seen.tag == e.tag && seen.prefix == e.prefix &&
              ((e.tag & 0xff) <= 8 || ids_[seen.row] == ids_[e.row])) {
            first_of[e.row] = seen.row;
            break;
          }
        }
        if (table[at].row == string_table::none) table[at] = e;
      }
    }
  });
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
