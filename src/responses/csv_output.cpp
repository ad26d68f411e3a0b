#include "csv_output.hpp"

#include <algorithm>
#include <atomic>
#include <cstring>
#include <iterator>
#include <memory>

#if defined(__x86_64__) && (defined(__GNUC__) || defined(__clang__))
#define LS_CSV_AVX512 1
#include <immintrin.h>
#define LS_TARGET_AVX512 __attribute__((target("avx512f,avx512bw,avx512vl,avx512vbmi")))
#endif

LS_BEGIN_NAMESPACE
namespace responses::detail {

namespace {

/// Rows [r, r + 8) of `rows` (row after row, `items` codes each) into the columns of `out`
/// (column j at out + j * stride, the rows from `first_row` on), 8 items at a time: the 8 x
/// 8 codes as 8 words of 8 bytes, turned around in three steps of swaps.
void turn_eight_rows(const std::int8_t* rows, std::size_t r, std::size_t items, std::int8_t* out,
                     std::size_t stride, std::size_t first_row) {
  std::size_t j = 0;
  for (; j + 8 <= items; j += 8) {
    std::uint64_t x[8];
    for (std::size_t i = 0; i < 8; ++i) std::memcpy(&x[i], rows + (r + i) * items + j, 8);
    const auto swap = [&x](std::size_t a, std::size_t b, unsigned shift, std::uint64_t mask) {
      const std::uint64_t t = ((x[a] >> shift) ^ x[b]) & mask;
      x[b] ^= t;
      x[a] ^= t << shift;
    };
    for (std::size_t i = 0; i < 8; i += 2) swap(i, i + 1, 8, 0x00ff00ff00ff00ffULL);
    for (const std::size_t i : {0, 1, 4, 5}) swap(i, i + 2, 16, 0x0000ffff0000ffffULL);
    for (std::size_t i = 0; i < 4; ++i) swap(i, i + 4, 32, 0x00000000ffffffffULL);
    for (std::size_t i = 0; i < 8; ++i) std::memcpy(out + (j + i) * stride + first_row + r, &x[i], 8);
  }
  for (; j < items; ++j)
    for (std::size_t i = 0; i < 8; ++i) out[j * stride + first_row + r + i] = rows[(r + i) * items + j];
}

#ifdef LS_CSV_AVX512
// GCC 12 warns that the "undefined" source register of the unpack, shuffle and permute
// intrinsics may be used uninitialised (a false positive, fixed in later GCC).
#if defined(__GNUC__) && !defined(__clang__)
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wmaybe-uninitialized"
#pragma GCC diagnostic ignored "-Wuninitialized"
#endif
/// The two 8-byte words of `x` at `to` and `to + stride`.
LS_TARGET_AVX512 inline void store_words(std::int8_t* to, std::size_t stride, __m128i x) {
  _mm_storel_epi64(reinterpret_cast<__m128i*>(to), x);
  _mm_storeh_pd(reinterpret_cast<double*>(to + stride), _mm_castsi128_pd(x));
}

/// 8 x 8 words of 8 bytes turned around: word k of out[i] = word i of in[k] (unpack, two-
/// source permutes, lane shuffles).
LS_TARGET_AVX512 inline void turn_words(const __m512i* in, __m512i* out) {
  const __m512i pairs_low = _mm512_set_epi64(13, 12, 5, 4, 9, 8, 1, 0);
  const __m512i pairs_high = _mm512_set_epi64(15, 14, 7, 6, 11, 10, 3, 2);
  __m512i a[8], b[8];
  for (std::size_t i = 0; i < 8; i += 2) {
    a[i] = _mm512_unpacklo_epi64(in[i], in[i + 1]);
    a[i + 1] = _mm512_unpackhi_epi64(in[i], in[i + 1]);
  }
  for (const std::size_t i : {0, 1, 4, 5}) {
    b[i] = _mm512_permutex2var_epi64(a[i], pairs_low, a[i + 2]);
    b[i + 2] = _mm512_permutex2var_epi64(a[i], pairs_high, a[i + 2]);
  }
  // b[0]: words 0 | 4 of in[0..3]; b[1]: 1 | 5; b[2]: 2 | 6; b[3]: 3 | 7; b[4..7]: in[4..7]
  for (std::size_t k = 0; k < 4; ++k) {
    out[k] = _mm512_shuffle_i64x2(b[k], b[k + 4], 0x44);
    out[k + 4] = _mm512_shuffle_i64x2(b[k], b[k + 4], 0xee);
  }
}

/// Per word of 8 bytes, byte i of word m to byte m of word i: with turn_words, 8 rows x
/// 64 items become 64 items x 8 rows.
LS_TARGET_AVX512 inline __m512i byte_order() {
  alignas(64) std::int8_t order[64];
  for (int m = 0; m < 8; ++m)
    for (int i = 0; i < 8; ++i) order[8 * m + i] = static_cast<std::int8_t>(8 * i + m);
  return _mm512_load_si512(order);
}

/// Rows r .. r + 7: for items s + 8k .. s + 8k + 7 (k < 8), t[k] holds in word m item
/// s + 8k + m of the 8 rows.
LS_TARGET_AVX512 inline void turn_eight(const std::int8_t* rows, std::size_t r, std::size_t items,
                                        std::size_t s, __mmask64 mask, __m512i bytes,
                                        __m512i* t) {
  __m512i v[8], c[8];
  for (std::size_t i = 0; i < 8; ++i) v[i] = _mm512_maskz_loadu_epi8(mask, rows + (r + i) * items + s);
  turn_words(v, c);
  for (std::size_t k = 0; k < 8; ++k) t[k] = _mm512_permutexvar_epi8(bytes, c[k]);
}

/// Rows r .. r + 63 into the columns, whose row first_row + r starts a 64-byte line:
/// each column's 64 codes are one full line, written past the caches (no read of the
/// line first, no eviction of the rows still to come).
LS_TARGET_AVX512 void turn_sixty_four(const std::int8_t* rows, std::size_t r, std::size_t items,
                                      std::int8_t* out, std::size_t stride, __m512i bytes) {
  alignas(64) __m512i t[8][8];  // [group of 8 rows][group of 8 items]
  for (std::size_t s = 0; s < items; s += 64) {
    const std::size_t width = std::min<std::size_t>(64, items - s);
    const __mmask64 mask = width == 64 ? ~__mmask64{0} : (__mmask64{1} << width) - 1;
    for (std::size_t g = 0; g < 8; ++g) turn_eight(rows, r + 8 * g, items, s, mask, bytes, t[g]);
    for (std::size_t k = 0; k < 8 && 8 * k < width; ++k) {
      __m512i in[8], column[8];
      for (std::size_t g = 0; g < 8; ++g) in[g] = t[g][k];
      turn_words(in, column);  // column[m]: item s + 8k + m, rows r .. r + 63
      for (std::size_t m = 0; m < 8 && 8 * k + m < width; ++m)
        _mm512_stream_si512(reinterpret_cast<__m512i*>(out + (s + 8 * k + m) * stride + r), column[m]);
    }
  }
}

/// Rows r .. r + 7 into the columns, as 8-byte words.
LS_TARGET_AVX512 void turn_eight_avx512(const std::int8_t* rows, std::size_t r, std::size_t items,
                                        std::int8_t* out, std::size_t stride, __m512i bytes) {
  alignas(64) std::int8_t words[64];
  for (std::size_t s = 0; s < items; s += 64) {
    const std::size_t width = std::min<std::size_t>(64, items - s);
    const __mmask64 mask = width == 64 ? ~__mmask64{0} : (__mmask64{1} << width) - 1;
    __m512i t[8];
    turn_eight(rows, r, items, s, mask, bytes, t);
    for (std::size_t k = 0; k < 8 && 8 * k < width; ++k) {
      std::int8_t* to = out + (s + 8 * k) * stride + r;
      if (8 * k + 8 <= width) {
        store_words(to, stride, _mm512_castsi512_si128(t[k]));
        store_words(to + 2 * stride, stride, _mm512_extracti32x4_epi32(t[k], 1));
        store_words(to + 4 * stride, stride, _mm512_extracti32x4_epi32(t[k], 2));
        store_words(to + 6 * stride, stride, _mm512_extracti32x4_epi32(t[k], 3));
        continue;
      }
      _mm512_store_si512(words, t[k]);
      for (std::size_t m = 0; m < width - 8 * k; ++m) std::memcpy(to + m * stride, words + 8 * m, 8);
    }
  }
}

/// out[r] = to_file[locals[r]], or no_category (-1) for a negative local index, 16 at a
/// time (a masked gather). Returns the rows done.
LS_TARGET_AVX512 std::size_t remap_avx512(const std::int32_t* locals, std::size_t n,
                                          const std::int32_t* to_file, std::int32_t* out) {
  const __m512i none = _mm512_set1_epi32(-1);
  std::size_t r = 0;
  for (; r + 16 <= n; r += 16) {
    const __m512i local = _mm512_loadu_si512(locals + r);
    const __mmask16 known = _mm512_cmpge_epi32_mask(local, _mm512_setzero_si512());
    _mm512_storeu_si512(out + r, _mm512_mask_i32gather_epi32(none, known, local, to_file, 4));
  }
  return r;
}

/// The rows of a chunk into the columns (column j at out + j * stride, a multiple of 64,
/// the chunk's rows from `out`'s row 0 on): 8 at a time up to the first row whose codes
/// start a 64-byte line, then 64 at a time, then 8 at a time again. Returns the rows done
/// (a multiple of 8 past the last whole group; the rest is the caller's).
LS_TARGET_AVX512 std::size_t turn_rows_avx512(const std::int8_t* rows, std::size_t n,
                                              std::size_t items, std::int8_t* out,
                                              std::size_t stride) {
  const __m512i bytes = byte_order();
  std::size_t r = 0;
  if (stride % 64 == 0 && n >= 128) {
    const auto misaligned = static_cast<std::size_t>(reinterpret_cast<std::uintptr_t>(out) % 64);
    const std::size_t head = misaligned == 0 ? 0 : 64 - misaligned;
    for (; r + 8 <= head; r += 8) turn_eight_avx512(rows, r, items, out, stride, bytes);
    for (; r < head; ++r)
      for (std::size_t j = 0; j < items; ++j) out[j * stride + r] = rows[r * items + j];
    for (; r + 64 <= n; r += 64) turn_sixty_four(rows, r, items, out, stride, bytes);
    _mm_sfence();  // the lines written past the caches are in memory before the merge ends
  }
  for (; r + 8 <= n; r += 8) turn_eight_avx512(rows, r, items, out, stride, bytes);
  return r;
}
#if defined(__GNUC__) && !defined(__clang__)
#pragma GCC diagnostic pop
#endif
#endif

}  // namespace

void csv_output::reserve(std::size_t rows) { planned_ = std::max(planned_, rows); }

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
  // Room for every column: memory only (not cleared).
  store_.reserve(planned_);
  store_.reserve_more(added);
  if (plan_.has_id) {
    reserve_huge(ids_, planned_);
    reserve_huge(id_hashes_, planned_);
  }
  if (plan_.has_weight) reserve_huge(weights_, planned_);
  for (std::size_t k = 0; k < category_count; ++k)
    if (plan_.has_category[k]) reserve_huge(categories_[k], planned_);
  // Parallel, one job to a thread at a time, the next job to the first thread free, the
  // longest first: each chunk's codes into the columns, then each metadata column takes
  // every chunk's rows, in order, so nothing is written twice (no zero-filled resize
  // first). The first time, the room made for the whole file is first brought in, in
  // pieces of a few MB: the operating system clears every fresh page, and these pieces
  // share that work out evenly between the threads.
  std::vector<std::pair<std::int8_t*, std::size_t>> pieces;
  if (!populated_) {
    populated_ = true;
    const auto add = [&pieces](void* data, std::size_t bytes) {
      constexpr std::size_t piece = std::size_t{4} << 20;
      for (std::size_t at = 0; at < bytes; at += piece)
        pieces.emplace_back(static_cast<std::int8_t*>(data) + at, std::min(piece, bytes - at));
    };
    add(store_.column(0), store_.items() * store_.capacity());
    if (plan_.has_id) {
      add(ids_.data(), ids_.capacity() * sizeof(std::string));
      add(id_hashes_.data(), id_hashes_.capacity() * sizeof(std::uint64_t));
    }
    if (plan_.has_weight) add(weights_.data(), weights_.capacity() * sizeof(double));
    for (std::size_t k = 0; k < category_count; ++k)
      if (plan_.has_category[k]) add(categories_[k].data(), categories_[k].capacity() * sizeof(std::int32_t));
  }
  std::vector<std::size_t> jobs;  // chunk c: c; metadata: chunks.size() + ids 0, weights 1, categories 2..
  const std::size_t meta = chunks.size();
  if (plan_.has_id) jobs.push_back(meta);
  for (std::size_t c = 0; c < chunks.size(); ++c) jobs.push_back(c);
  if (plan_.has_weight) jobs.push_back(meta + 1);
  for (std::size_t k = 0; k < category_count; ++k)
    if (plan_.has_category[k]) jobs.push_back(meta + 2 + k);
  std::atomic<std::size_t> next{0};
  pool.run([&](std::size_t) {
    for (std::size_t i; (i = next.fetch_add(1, std::memory_order_relaxed)) < pieces.size() + jobs.size();) {
      if (i < pieces.size()) {
        populate_for_writing(pieces[i].first, pieces[i].second);
        continue;
      }
      const std::size_t job = jobs[i - pieces.size()];
      if (job < meta) {
        copy_rows(chunks[job].codes.get(), chunks[job].rows, first_row[job]);
      } else if (job == meta) {
        for (std::size_t c = 0; c < chunks.size(); ++c) append_ids(chunks[c], line_base[c]);
      } else if (job == meta + 1) {
        for (const auto& chunk : chunks) append_weights(chunk);
      } else {
        for (const auto& chunk : chunks) append_categories(chunk, job - meta - 2);
      }
    }
  });
  store_.commit(added);
}

/// A chunk's codes (row after row, see csv_chunk::codes) into the columns from `first_row`
/// on, 8 rows at a time.
void csv_output::copy_rows(const std::int8_t* rows, std::size_t n, std::size_t first_row) {
  const std::size_t items = plan_.item_ids.size();
  if (items == 0) return;
  std::int8_t* const out = store_.column(0);
  const std::size_t stride = store_.capacity();
  std::size_t r = 0;
#ifdef LS_CSV_AVX512
  if (plan_.whole_rows) r = turn_rows_avx512(rows, n, items, out + first_row, stride);
#endif
  for (; r + 8 <= n; r += 8) turn_eight_rows(rows, r, items, out, stride, first_row);
  for (; r < n; ++r)
    for (std::size_t j = 0; j < items; ++j) out[j * stride + first_row + r] = rows[r * items + j];
}

void csv_output::append_ids(const csv_chunk& chunk, std::size_t line_base) {
  if (!plan_.has_id) return;
  constexpr std::size_t local = 15;  // characters a std::string holds without an allocation
  for (std::size_t r = 0; r < chunk.rows; ++r) {
    const auto row = ids_.size();
    const auto id = chunk.ids[r];
    if (id.size() <= local && id.data() >= chunk.begin && id.data() + local <= chunk.end) {
      // A short id read from the chunk: 15 characters copied at once (a copy of a fixed
      // size needs no call), then cut to length.
      ids_.emplace_back(id.data(), local).resize(id.size());
    } else {
      ids_.emplace_back(id);
    }
    const std::size_t line = line_base + chunk.id_lines[r] + 1;
    if (line_marks_.empty() || line_marks_.back().line + (row - line_marks_.back().row) != line)
      line_marks_.push_back({row, line});
  }
  id_hashes_.insert(id_hashes_.end(), chunk.id_hashes.begin(), chunk.id_hashes.end());
}

void csv_output::append_weights(const csv_chunk& chunk) {
  if (plan_.has_weight) weights_.insert(weights_.end(), chunk.weights.begin(), chunk.weights.end());
}

void csv_output::append_categories(const csv_chunk& chunk, std::size_t k) {
  if (!plan_.has_category[k]) return;
  const auto& to_file = chunk.to_file_label[k];
  const auto& locals = chunk.categories[k];
  auto& out = categories_[k];
  const std::size_t first = out.size();
  out.resize(first + locals.size());  // room only: reserved before
  std::size_t r = 0;
#ifdef LS_CSV_AVX512
  if (plan_.whole_rows) r = remap_avx512(locals.data(), locals.size(), to_file.data(), out.data() + first);
#endif
  for (; r < locals.size(); ++r)
    out[first + r] = locals[r] < 0 ? category_column::no_category : to_file[static_cast<std::size_t>(locals[r])];
}

std::size_t csv_output::id_line(std::size_t row) const {
  const auto mark = std::upper_bound(line_marks_.begin(), line_marks_.end(), row,
                                     [](std::size_t r, const line_mark& m) { return r < m.row; });
  return std::prev(mark)->line + (row - std::prev(mark)->row);
}

std::vector<csv_issue> csv_output::drop_repeated_ids(fork_join& pool) {
  std::vector<csv_issue> issues;
  if (!plan_.has_id) return issues;
  const auto repeats = find_repeats(pool);
  if (repeats.empty()) return issues;
  std::vector<bool> gone(ids_.size(), false);
  for (const auto& [row, first] : repeats) {
    gone[row] = true;
    issues.push_back({"csv.duplicate_id", id_line(row), plan_.id_column + 1,
                      plan_.names[plan_.id_column],
                      "respondent id \"" + ids_[row] + "\" was already given on line " +
                          std::to_string(id_line(first)),
                      severity::error});
  }
  keep_rows(gone, repeats.size());
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
  line_marks_.clear();  // no longer needed: they were for the messages about repeats
  const auto rows = gone.size() - dropped;
  ids_.resize(rows);
  id_hashes_.resize(rows);
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
  std::uint32_t row;
  std::uint32_t tag;
};

}  // namespace

/// Every row whose id an earlier row has, with the first such row, in row order. The ids
/// are first split by the top bits of their hash into buckets of a few hundred (one pass,
/// in row order), and each bucket is then searched with a table that stays in cache: a
/// single table of a million ids would cost a cache miss per id.
std::vector<std::pair<std::uint32_t, std::uint32_t>> csv_output::find_repeats(fork_join& pool) const {
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
  // Not initialised: every entry is written below, on the threads (so are its pages).
  std::unique_ptr<id_entry[]> entries(new id_entry[rows]);
  advise_huge_pages(entries.get(), rows * sizeof(id_entry));
  pool.run([&](std::size_t t) {
    const auto [first, last] = range(t);
    auto& next = counts[t];
    for (std::size_t r = first; r < last; ++r) {
      const auto& id = ids_[r];
      const auto length = static_cast<std::uint32_t>(id.size() < 255 ? id.size() : 255);
      entries[next[bucket_of(id_hashes_[r])]++] = {
          static_cast<std::uint32_t>(r), (static_cast<std::uint32_t>(id_hashes_[r]) & 0xffffff00u) | length};
    }
  });
  // Each thread its buckets; the repeats it finds, in row order per bucket.
  std::vector<std::vector<std::pair<std::uint32_t, std::uint32_t>>> found(pool.size());
  pool.run([&](std::size_t thread) {
    constexpr id_entry empty{string_table::none, 0};
    std::vector<id_entry> table;
    for (std::size_t b = thread; b < buckets; b += pool.size()) {
      std::size_t size = 8;
      while (size < 2 * (start[b + 1] - start[b])) size *= 2;
      table.assign(size, empty);
      const std::size_t mask = size - 1;
      for (std::size_t i = start[b]; i < start[b + 1]; ++i) {
        const auto& e = entries[i];
        std::size_t at = (e.tag >> 8) & mask;
        for (; table[at].row != string_table::none; at = (at + 1) & mask) {
          const auto& seen = table[at];
          if (seen.tag == e.tag && ids_[seen.row] == ids_[e.row]) {  // the same hash bits and length first
            found[thread].emplace_back(e.row, seen.row);
            break;
          }
        }
        if (table[at].row == string_table::none) table[at] = e;
      }
    }
  });
  std::vector<std::pair<std::uint32_t, std::uint32_t>> repeats;
  for (const auto& part : found) repeats.insert(repeats.end(), part.begin(), part.end());
  std::sort(repeats.begin(), repeats.end());
  return repeats;
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

response_matrix csv_output::release(fork_join& pool) {
  if (pool.size() >= 2)
    store_.close_up([&pool](const auto& task) {
      pool.run([&task](std::size_t k) {
        if (k < 2) task(k);
      });
    });
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
