// The run kernel of within-group agreement (see agreement_kernel.hpp). Per block: every
// item's answers become slot bytes (vpermi2b over the item's 256-byte table) and a row is
// complete when no item gave no_slot; then each run of one group is counted window by
// window (64 rows): for every item and slot, popcount(answers equal to the slot, in the
// run, complete).
#include "agreement_kernel.hpp"

#include "../simd/x86_targets.hpp"

#include <ls/stats/simd.hpp>

#include <algorithm>
#include <vector>

LS_BEGIN_NAMESPACE
namespace stats::detail {

bool run_kernel_available() noexcept {
#ifdef LS_X86_KERNELS
  return active_simd_level() == simd_level::avx512_vnni;
#else
  return false;
#endif
}

#ifdef LS_X86_KERNELS

namespace {

constexpr std::size_t windows = agreement_block_rows / 64;

inline __mmask64 rows_mask(std::size_t from, std::size_t to) noexcept {  // bits [from, to) of 64
  const __mmask64 upto = to >= 64 ? ~__mmask64{0} : (__mmask64{1} << to) - 1;
  return upto & ~((__mmask64{1} << from) - 1);
}

/// The block's answers as slot bytes, item after item (64-byte aligned rows), and the
/// complete rows as one bit per row.
LS_TARGET_AVX512 void translate(const std::int8_t* const* columns,
                                const std::uint8_t* const* tables, std::size_t items,
                                std::size_t length, std::uint8_t* slots_out,
                                __mmask64* complete) {
  const __m512i flip = _mm512_set1_epi8(static_cast<char>(0x80));
  const __m512i none = _mm512_set1_epi8(static_cast<char>(no_slot));
  for (std::size_t w = 0; w * 64 < length; ++w) complete[w] = rows_mask(0, length - w * 64);
  for (std::size_t j = 0; j < items; ++j) {
    const std::uint8_t* t = tables[j];
    const __m512i t0 = _mm512_loadu_si512(t), t1 = _mm512_loadu_si512(t + 64);
    const __m512i t2 = _mm512_loadu_si512(t + 128), t3 = _mm512_loadu_si512(t + 192);
    for (std::size_t w = 0; w * 64 < length; ++w) {
      const __mmask64 valid = rows_mask(0, length - w * 64);
      const __m512i index =
          _mm512_xor_si512(_mm512_maskz_loadu_epi8(valid, columns[j] + w * 64), flip);
      const __m512i slot = _mm512_mask_blend_epi8(_mm512_movepi8_mask(index),
                                                  _mm512_permutex2var_epi8(t0, index, t1),
                                                  _mm512_permutex2var_epi8(t2, index, t3));
      _mm512_store_si512(slots_out + (j * windows + w) * 64, slot);
      complete[w] &= _mm512_cmpneq_epi8_mask(slot, none);
    }
  }
}

/// Per window, item and slot, the complete rows whose answer is that slot: one comparison
/// per window instead of one per run that meets it. masks[(w * items + j) * stride + s].
LS_TARGET_AVX512 void slot_masks(const std::uint8_t* slot_bytes, const __mmask64* complete,
                                 const std::size_t* slot_counts, std::size_t items,
                                 std::size_t stride, std::size_t length, std::uint64_t* masks) {
  for (std::size_t w = 0; w * 64 < length; ++w)
    for (std::size_t j = 0; j < items; ++j) {
      const __m512i v = _mm512_load_si512(slot_bytes + (j * windows + w) * 64);
      std::uint64_t* m = masks + (w * items + j) * stride;
      for (std::size_t s = 0; s < slot_counts[j]; ++s)
        m[s] = _mm512_mask_cmpeq_epi8_mask(complete[w], v, _mm512_set1_epi8(static_cast<char>(s)));
    }
}

/// Count the complete rows [first, last) of one group (within the block) into its
/// histogram.
LS_TARGET_AVX512 void count_run(const std::uint64_t* masks, const std::size_t* slot_offsets,
               const std::size_t* slot_counts, std::size_t items, std::size_t stride,
               std::size_t first, std::size_t last, std::uint64_t* histogram) {
  for (std::size_t w = first / 64; w * 64 < last; ++w) {
    const std::size_t from = first > w * 64 ? first - w * 64 : 0;
    const std::uint64_t rows = rows_mask(from, last - w * 64);
    for (std::size_t j = 0; j < items; ++j) {
      const std::uint64_t* m = masks + (w * items + j) * stride;
      std::uint64_t* h = histogram + slot_offsets[j];
      for (std::size_t s = 0; s < slot_counts[j]; ++s)
        h[s] += static_cast<std::uint64_t>(__builtin_popcountll(m[s] & rows));
    }
  }
}

LS_TARGET_AVX512 std::size_t complete_in(const __mmask64* complete, std::size_t first,
                                         std::size_t last) {
  std::size_t n = 0;
  for (std::size_t w = first / 64; w * 64 < last; ++w) {
    const std::size_t from = first > w * 64 ? first - w * 64 : 0;
    n += static_cast<std::size_t>(__builtin_popcountll(rows_mask(from, last - w * 64) & complete[w]));
  }
  return n;
}

}  // namespace

LS_TARGET_AVX512 std::uint64_t add_runs(const std::int8_t* const* columns,
                                        const std::uint8_t* const* tables,
                                        const std::size_t* slot_offsets,
                                        const std::size_t* slot_counts, std::size_t items,
                                        const std::int32_t* groups, std::size_t length,
                                        std::size_t slots, std::uint64_t* counts,
                                        std::uint64_t* complete, std::uint64_t* dropped) {
  thread_local std::vector<std::uint8_t> slot_bytes;
  slot_bytes.resize(items * agreement_block_rows + 64);
  auto* aligned = reinterpret_cast<std::uint8_t*>(
      (reinterpret_cast<std::uintptr_t>(slot_bytes.data()) + 63) & ~std::uintptr_t{63});
  __mmask64 complete_rows[windows] = {};
  translate(columns, tables, items, length, aligned, complete_rows);
  std::size_t stride = 0;
  for (std::size_t j = 0; j < items; ++j) stride = std::max(stride, slot_counts[j]);
  thread_local std::vector<std::uint64_t> masks;
  masks.resize(windows * items * stride);
  slot_masks(aligned, complete_rows, slot_counts, items, stride, length, masks.data());
  std::uint64_t ungrouped = 0;
  for (std::size_t first = 0; first < length;) {
    const std::int32_t g = groups[first];
    std::size_t last = first + 1;
    while (last < length && groups[last] == g) ++last;
    if (g < 0) {
      ungrouped += last - first;
    } else {
      const auto group = static_cast<std::size_t>(g);
      const std::size_t n = complete_in(complete_rows, first, last);
      complete[group] += n;
      dropped[group] += (last - first) - n;
      if (n > 0)
        count_run(masks.data(), slot_offsets, slot_counts, items, stride, first, last,
                  counts + group * slots);
    }
    first = last;
  }
  return ungrouped;
}

#else  // not x86: never called, since run_kernel_available() is false

std::uint64_t add_runs(const std::int8_t* const*, const std::uint8_t* const*, const std::size_t*,
                       const std::size_t*, std::size_t, const std::int32_t*, std::size_t,
                       std::size_t, std::uint64_t*, std::uint64_t*, std::uint64_t*) {
  return 0;
}

#endif

}  // namespace stats::detail
LS_END_NAMESPACE
