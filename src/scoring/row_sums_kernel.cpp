// The AVX-512 row-sum kernel: per step, 64 rows of every column of a subscale. Each code
// is looked up in two 256-byte tables with vpermi2b (the value + 128, and the scored and
// favorable bits), so the work per answer is a fraction of an instruction; the sums stay in
// registers until the 64 rows are done.
#include "row_sums_kernel.hpp"

#include "../simd/x86_targets.hpp"

#include <ls/stats/simd.hpp>

LS_BEGIN_NAMESPACE
namespace scoring::detail {

bool byte_kernel_available() noexcept {
#ifdef LS_X86_KERNELS
  return stats::active_simd_level() == stats::simd_level::avx512_vnni;
#else
  return false;
#endif
}

#ifdef LS_X86_KERNELS

// GCC 12 warns that the "undefined" source register of the extract intrinsics may be used
// uninitialised (a false positive, fixed in later GCC).
#if defined(__GNUC__) && !defined(__clang__)
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wmaybe-uninitialized"
#pragma GCC diagnostic ignored "-Wuninitialized"
#endif

namespace {

/// table[code + 128] for 64 codes: bit 7 of the index picks the upper half of the table.
LS_TARGET_AVX512 __m512i lookup(const std::uint8_t* table, __m512i index) {
  const __m512i low = _mm512_permutex2var_epi8(_mm512_loadu_si512(table), index,
                                               _mm512_loadu_si512(table + 64));
  const __m512i high = _mm512_permutex2var_epi8(_mm512_loadu_si512(table + 128), index,
                                                _mm512_loadu_si512(table + 192));
  return _mm512_mask_blend_epi8(_mm512_movepi8_mask(index), low, high);
}

/// Sums of 64 rows (or fewer: `valid` marks them) into the outputs.
LS_TARGET_AVX512 void rows_step(const std::int8_t* const* columns,
                                const column_tables* const* tables, std::size_t column_count,
                                std::size_t r, __mmask64 valid, double* sum,
                                std::uint32_t* answered, std::uint32_t* favorable) {
  const __m512i flip = _mm512_set1_epi8(static_cast<char>(0x80));
  const __m512i one = _mm512_set1_epi8(1);
  __m512i sum_low = _mm512_setzero_si512(), sum_high = _mm512_setzero_si512();
  __m512i flags_sum = _mm512_setzero_si512(), favorable_sum = _mm512_setzero_si512();
  for (std::size_t i = 0; i < column_count; ++i) {
    const __m512i index = _mm512_xor_si512(_mm512_maskz_loadu_epi8(valid, columns[i] + r), flip);
    const __m512i value = lookup(tables[i]->byte_value.data(), index);
    const __m512i flags = lookup(tables[i]->byte_flags.data(), index);
    sum_low = _mm512_add_epi16(sum_low, _mm512_cvtepu8_epi16(_mm512_castsi512_si256(value)));
    sum_high = _mm512_add_epi16(sum_high, _mm512_cvtepu8_epi16(_mm512_extracti64x4_epi64(value, 1)));
    flags_sum = _mm512_add_epi8(flags_sum, _mm512_and_si512(flags, one));
    favorable_sum = _mm512_add_epi8(favorable_sum,
                                    _mm512_and_si512(_mm512_srli_epi16(flags, 1), one));
  }
  // Widen 16 rows at a time: sums to int32 then double, counts to uint32.
  alignas(64) std::uint16_t sums[64];
  alignas(64) std::uint8_t counts[64], favorables[64];
  _mm512_store_si512(sums, sum_low);
  _mm512_store_si512(sums + 32, sum_high);
  _mm512_store_si512(counts, flags_sum);
  _mm512_store_si512(favorables, favorable_sum);
  const std::size_t n = valid == ~__mmask64{0} ? 64 : static_cast<std::size_t>(__builtin_popcountll(valid));
  const __m512i offset = _mm512_set1_epi32(column_tables::value_offset);
  for (std::size_t q = 0; q < n; q += 16) {
    const auto lanes = static_cast<__mmask16>(n - q >= 16 ? 0xFFFF : (1u << (n - q)) - 1);
    const __m512i s32 = _mm512_cvtepu16_epi32(_mm256_load_si256(reinterpret_cast<const __m256i*>(sums + q)));
    const __m512i c32 = _mm512_cvtepu8_epi32(_mm_load_si128(reinterpret_cast<const __m128i*>(counts + q)));
    const __m512i value = _mm512_sub_epi32(s32, _mm512_mullo_epi32(c32, offset));
    _mm512_mask_storeu_pd(sum + r + q, static_cast<__mmask8>(lanes),
                          _mm512_cvtepi32_pd(_mm512_castsi512_si256(value)));
    _mm512_mask_storeu_pd(sum + r + q + 8, static_cast<__mmask8>(lanes >> 8),
                          _mm512_cvtepi32_pd(_mm512_extracti64x4_epi64(value, 1)));
    _mm512_mask_storeu_epi32(answered + r + q, lanes, c32);
    if (favorable)
      _mm512_mask_storeu_epi32(
          favorable + r + q, lanes,
          _mm512_cvtepu8_epi32(_mm_load_si128(reinterpret_cast<const __m128i*>(favorables + q))));
  }
}

}  // namespace

LS_TARGET_AVX512 void byte_row_sums(const std::int8_t* const* columns,
                                    const column_tables* const* tables, std::size_t column_count,
                                    std::size_t rows, double* sum, std::uint32_t* answered,
                                    std::uint32_t* favorable) {
  for (std::size_t r = 0; r < rows; r += 64) {
    const std::size_t left = rows - r;
    const __mmask64 valid = left >= 64 ? ~__mmask64{0} : (__mmask64{1} << left) - 1;
    rows_step(columns, tables, column_count, r, valid, sum, answered, favorable);
  }
}

#if defined(__GNUC__) && !defined(__clang__)
#pragma GCC diagnostic pop
#endif

#else  // not x86: never called, since byte_kernel_available() is false

void byte_row_sums(const std::int8_t* const*, const column_tables* const*, std::size_t,
                   std::size_t, double*, std::uint32_t*, std::uint32_t*) {}

#endif

}  // namespace scoring::detail
LS_END_NAMESPACE
