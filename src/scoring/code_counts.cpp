#include <ls/scoring/code_counts.hpp>

#include "../simd/x86_targets.hpp"

#include <ls/stats/simd.hpp>

#include <algorithm>
#include <array>
#include <string>

LS_BEGIN_NAMESPACE
namespace scoring {

namespace {

#ifdef LS_X86_KERNELS
/// A column usually holds a handful of distinct codes (the options, "no answer"). Take
/// those seen among its first rows and count each with 64 comparisons per instruction;
/// false (nothing added) when they are more than eight or other codes appear later.
LS_TARGET_AVX512 bool count_few_codes(std::span<const std::int8_t> column,
                                      std::vector<std::size_t>& counts) {
  constexpr std::size_t max_codes = 8, sample = 256;
  std::int8_t codes[max_codes];
  std::size_t k = 0;
  for (std::size_t r = 0; r < std::min(sample, column.size()); ++r) {
    if (std::find(codes, codes + k, column[r]) != codes + k) continue;
    if (k == max_codes) return false;
    codes[k++] = column[r];
  }
  __m512i wanted[max_codes];
  for (std::size_t t = 0; t < k; ++t) wanted[t] = _mm512_set1_epi8(codes[t]);
  std::size_t seen[max_codes] = {};
  const std::size_t n = column.size();
  for (std::size_t r = 0; r < n; r += 64) {
    const std::size_t left = n - r;
    const __mmask64 valid = left >= 64 ? ~__mmask64{0} : (__mmask64{1} << left) - 1;
    const __m512i v = _mm512_maskz_loadu_epi8(valid, column.data() + r);
    for (std::size_t t = 0; t < k; ++t)
      seen[t] += static_cast<std::size_t>(
          __builtin_popcountll(_mm512_mask_cmpeq_epi8_mask(valid, v, wanted[t])));
  }
  std::size_t total = 0;
  for (std::size_t t = 0; t < k; ++t) total += seen[t];
  if (total != n) return false;
  for (std::size_t t = 0; t < k; ++t) counts[static_cast<std::uint8_t>(codes[t] ^ 0x80)] += seen[t];
  return true;
}
#endif

}  // namespace

void code_counts::add_column(std::span<const std::int8_t> column) {
  counts.resize(code_byte_count, 0);
#ifdef LS_X86_KERNELS
  if (stats::active_simd_level() == stats::simd_level::avx512_vnni &&
      count_few_codes(column, counts))
    return;
#endif
  // Four interleaved histograms: consecutive equal codes (the common case in survey data)
  // then update different counters, so increments do not wait on each other.
  std::array<std::array<std::size_t, code_byte_count>, 4> h{};
  const std::size_t n = column.size(), blocks = n / 4 * 4;
  const auto* c = column.data();
  for (std::size_t r = 0; r < blocks; r += 4) {
    ++h[0][static_cast<std::uint8_t>(c[r] ^ 0x80)];
    ++h[1][static_cast<std::uint8_t>(c[r + 1] ^ 0x80)];
    ++h[2][static_cast<std::uint8_t>(c[r + 2] ^ 0x80)];
    ++h[3][static_cast<std::uint8_t>(c[r + 3] ^ 0x80)];
  }
  for (std::size_t r = blocks; r < n; ++r) ++h[0][static_cast<std::uint8_t>(c[r] ^ 0x80)];
  for (std::size_t b = 0; b < code_byte_count; ++b) counts[b] += h[0][b] + h[1][b] + h[2][b] + h[3][b];
}

void code_counts::merge(const code_counts& other) {
  if (other.counts.size() > counts.size()) counts.resize(other.counts.size(), 0);
  for (std::size_t b = 0; b < other.counts.size(); ++b) counts[b] += other.counts[b];
}

std::size_t code_counts::count_of(int code) const noexcept {
  const int at = code + 128;
  if (at < 0 || static_cast<std::size_t>(at) >= counts.size()) return 0;
  return counts[static_cast<std::size_t>(at)];
}

std::size_t code_counts::total() const noexcept {
  std::size_t sum = 0;
  for (auto c : counts) sum += c;
  return sum;
}

void check(const code_counts& value, const issue_sink& sink) {
  if (!value.counts.empty() && value.counts.size() != code_byte_count)
    sink.at("counts").error("scoring.code_counts_size",
                            "counts has " + std::to_string(value.counts.size()) +
                                " entries; it needs one per code byte (256), or none");
}

void code_tally::merge(const code_tally& other) {
  if (other.columns.size() > columns.size()) columns.resize(other.columns.size());
  for (std::size_t j = 0; j < other.columns.size(); ++j) columns[j].merge(other.columns[j]);
}

code_tally count_codes(const responses::response_view& codes, unsigned threads,
                       std::size_t chunk_rows) {
  return stats::accumulate_rows(
      codes.rows,
      [&] {
        code_tally t;
        t.columns.resize(codes.items);
        return t;
      },
      [&](code_tally& t, std::size_t first, std::size_t count) {
        const auto chunk = codes.slice(first, count);
        for (std::size_t j = 0; j < chunk.items; ++j) t.columns[j].add_column(chunk.column(j));
      },
      threads, chunk_rows);
}

}  // namespace scoring
LS_END_NAMESPACE
