// The integer block kernels at three levels. Every level computes the same integers.
#include "int8_block.hpp"

#include <cstring>

#include "../simd/x86_targets.hpp"

LS_BEGIN_NAMESPACE
namespace stats::detail {

namespace {

// ---------------------------------------------------------------------------------------
// Portable: plain loops over fixed-size blocks (the compiler vectorises what it can).

void translate_portable(const std::int8_t* codes, std::size_t rows, const std::uint8_t* table,
                        std::uint8_t* out) {
  for (std::size_t r = 0; r < rows; ++r)
    out[r] = table[static_cast<std::uint8_t>(codes[r]) ^ 0x80u];
  std::memset(out + rows, 0, block_rows - rows);
}

void gram_portable(const std::uint8_t* cols, std::size_t items, std::int32_t* gram) {
  for (std::size_t i = 0; i < items; ++i) {
    const std::uint8_t* a = cols + i * block_rows;
    for (std::size_t j = i / 4 * 4; j < items; ++j) {
      const std::uint8_t* b = cols + j * block_rows;
      std::int32_t sum = 0;
      for (std::size_t r = 0; r < block_rows; ++r) sum += a[r] * b[r];
      gram[i * items + j] += sum;
    }
  }
}

void column_sums_portable(const std::uint8_t* cols, std::size_t items, std::int64_t* sums) {
  for (std::size_t i = 0; i < items; ++i) {
    const std::uint8_t* col = cols + i * block_rows;
    std::uint32_t sum = 0;
    for (std::size_t r = 0; r < block_rows; ++r) sum += col[r];
    sums[i] += sum;
  }
}

void find_missing_portable(const std::uint8_t* cols, std::size_t items, std::uint8_t* flags) {
  std::memset(flags, 0, block_rows);
  for (std::size_t i = 0; i < items; ++i) {
    const std::uint8_t* col = cols + i * block_rows;
    for (std::size_t r = 0; r < block_rows; ++r) flags[r] |= col[r] == 0 ? 0xFF : 0;
  }
}

void clear_rows_portable(std::uint8_t* cols, std::size_t items, const std::uint8_t* flags) {
  for (std::size_t i = 0; i < items; ++i) {
    std::uint8_t* col = cols + i * block_rows;
    for (std::size_t r = 0; r < block_rows; ++r)
      col[r] = static_cast<std::uint8_t>(col[r] & ~flags[r]);
  }
}

// Row by row: gather the row's values, then add them to the line of each missing item.
std::size_t add_missing_rows_portable(const std::uint8_t* cols, std::size_t items,
                                      std::size_t count, std::int32_t* sums,
                                      std::int32_t* both, std::uint8_t* scratch) {
  const std::size_t width = correction_width(items);
  std::uint8_t* row = scratch;
  std::memset(row, 0, width);
  // The missing columns of the row, kept after the row in the scratch space.
  auto* missing = reinterpret_cast<std::uint32_t*>(scratch + width);
  std::size_t incomplete = 0;
  for (std::size_t r = 0; r < count; ++r) {
    std::size_t gaps = 0;
    for (std::size_t i = 0; i < items; ++i) {
      row[i] = cols[i * block_rows + r];
      if (row[i] == 0) missing[gaps++] = static_cast<std::uint32_t>(i);
    }
    if (gaps == 0) continue;
    ++incomplete;
    for (std::size_t a = 0; a < gaps; ++a) {
      std::int32_t* line = sums + missing[a] * width;
      for (std::size_t i = 0; i < width; ++i) line[i] += row[i];
      for (std::size_t b = 0; b < gaps; ++b) ++both[missing[a] * width + missing[b]];
    }
  }
  return incomplete;
}

constexpr int8_kernels portable{translate_portable,    gram_portable,
                                column_sums_portable,  find_missing_portable,
                                clear_rows_portable,   add_missing_rows_portable};

#ifdef LS_X86_KERNELS

// ---------------------------------------------------------------------------------------
// AVX2: 32 rows per step; a 2 x 4 tile of item pairs keeps 8 accumulators and 6 columns
// in the 16 registers. Products of bytes <= 127 summed in pairs fit int16 (maddubs),
// which madd then widens to int32.

LS_TARGET_AVX2 std::int32_t sum_lanes_avx2(__m256i v) {
  __m128i s = _mm_add_epi32(_mm256_castsi256_si128(v), _mm256_extracti128_si256(v, 1));
  s = _mm_add_epi32(s, _mm_shuffle_epi32(s, 0x4E));
  s = _mm_add_epi32(s, _mm_shuffle_epi32(s, 0xB1));
  return _mm_cvtsi128_si32(s);
}

LS_TARGET_AVX2 void gram_avx2(const std::uint8_t* cols, std::size_t items,
                              std::int32_t* gram) {
  const __m256i ones = _mm256_set1_epi16(1);
  for (std::size_t i0 = 0; i0 < items; i0 += 2) {
    for (std::size_t j0 = i0 / 4 * 4; j0 < items; j0 += 4) {
      __m256i acc[2][4];
      for (auto& row : acc)
        for (auto& a : row) a = _mm256_setzero_si256();
      const std::uint8_t* a0 = cols + i0 * block_rows;
      const std::uint8_t* b0 = cols + j0 * block_rows;
      for (std::size_t r = 0; r < block_rows; r += 32) {
        __m256i a[2], b[4];
        for (std::size_t t = 0; t < 2; ++t)
          a[t] = _mm256_load_si256(reinterpret_cast<const __m256i*>(a0 + t * block_rows + r));
        for (std::size_t u = 0; u < 4; ++u)
          b[u] = _mm256_load_si256(reinterpret_cast<const __m256i*>(b0 + u * block_rows + r));
        for (std::size_t t = 0; t < 2; ++t)
          for (std::size_t u = 0; u < 4; ++u)
            acc[t][u] = _mm256_add_epi32(
                acc[t][u], _mm256_madd_epi16(_mm256_maddubs_epi16(a[t], b[u]), ones));
      }
      for (std::size_t t = 0; t < 2; ++t)
        for (std::size_t u = 0; u < 4; ++u)
          gram[(i0 + t) * items + j0 + u] += sum_lanes_avx2(acc[t][u]);
    }
  }
}

LS_TARGET_AVX2 void column_sums_avx2(const std::uint8_t* cols, std::size_t items,
                                     std::int64_t* sums) {
  const __m256i zero = _mm256_setzero_si256();
  for (std::size_t i = 0; i < items; ++i) {
    __m256i acc = zero;
    for (std::size_t r = 0; r < block_rows; r += 32)
      acc = _mm256_add_epi64(acc, _mm256_sad_epu8(_mm256_load_si256(reinterpret_cast<const __m256i*>(
                                                      cols + i * block_rows + r)),
                                                  zero));
    alignas(32) std::int64_t lanes[4];
    _mm256_store_si256(reinterpret_cast<__m256i*>(lanes), acc);
    sums[i] += lanes[0] + lanes[1] + lanes[2] + lanes[3];
  }
}

LS_TARGET_AVX2 void find_missing_avx2(const std::uint8_t* cols, std::size_t items,
                                      std::uint8_t* flags) {
  const __m256i zero = _mm256_setzero_si256();
  for (std::size_t r = 0; r < block_rows; r += 32) {
    __m256i any = zero;
    for (std::size_t i = 0; i < items; ++i) {
      const auto x = _mm256_load_si256(reinterpret_cast<const __m256i*>(cols + i * block_rows + r));
      any = _mm256_or_si256(any, _mm256_cmpeq_epi8(x, zero));
    }
    _mm256_store_si256(reinterpret_cast<__m256i*>(flags + r), any);
  }
}

LS_TARGET_AVX2 void clear_rows_avx2(std::uint8_t* cols, std::size_t items,
                                    const std::uint8_t* flags) {
  for (std::size_t r = 0; r < block_rows; r += 32) {
    const auto f = _mm256_load_si256(reinterpret_cast<const __m256i*>(flags + r));
    for (std::size_t i = 0; i < items; ++i) {
      auto* p = reinterpret_cast<__m256i*>(cols + i * block_rows + r);
      _mm256_store_si256(p, _mm256_andnot_si256(f, _mm256_load_si256(p)));
    }
  }
}

constexpr int8_kernels avx2{translate_portable, gram_avx2,       column_sums_avx2,
                            find_missing_avx2,  clear_rows_avx2, add_missing_rows_portable};

// ---------------------------------------------------------------------------------------
// AVX-512: 64 rows per step. vpdpbusd multiplies 64 byte pairs and adds them in fours to
// 16 int32 lanes in one instruction; a 4 x 4 tile keeps 16 accumulators and 8 columns in
// the 32 registers. Lookups of 64 codes at a time use vpermi2b over the 256-byte table.

// GCC 12 warns that the "undefined" source register of the unpack, shuffle and extract
// intrinsics may be used uninitialised (a false positive, fixed in later GCC).
#if defined(__GNUC__) && !defined(__clang__)
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wmaybe-uninitialized"
#pragma GCC diagnostic ignored "-Wuninitialized"
#endif

// The 16 accumulators of a tile summed lane-wise in one tree: lane 4 t + u of the result
// is the total of acc[t][u].
LS_TARGET_AVX512 __m512i sum_tile_avx512(const __m512i (&acc)[4][4]) {
  __m512i c[4];
  for (int t = 0; t < 4; ++t) {
    const __m512i b0 = _mm512_add_epi32(_mm512_unpacklo_epi32(acc[t][0], acc[t][1]),
                                        _mm512_unpackhi_epi32(acc[t][0], acc[t][1]));
    const __m512i b1 = _mm512_add_epi32(_mm512_unpacklo_epi32(acc[t][2], acc[t][3]),
                                        _mm512_unpackhi_epi32(acc[t][2], acc[t][3]));
    c[t] = _mm512_add_epi32(_mm512_unpacklo_epi64(b0, b1), _mm512_unpackhi_epi64(b0, b1));
  }
  const __m512i d0 = _mm512_add_epi32(_mm512_shuffle_i32x4(c[0], c[1], 0x88),
                                      _mm512_shuffle_i32x4(c[0], c[1], 0xDD));
  const __m512i d1 = _mm512_add_epi32(_mm512_shuffle_i32x4(c[2], c[3], 0x88),
                                      _mm512_shuffle_i32x4(c[2], c[3], 0xDD));
  return _mm512_add_epi32(_mm512_shuffle_i32x4(d0, d1, 0x88), _mm512_shuffle_i32x4(d0, d1, 0xDD));
}

LS_TARGET_AVX512 void gram_avx512(const std::uint8_t* cols, std::size_t items,
                                  std::int32_t* gram) {
  for (std::size_t i0 = 0; i0 < items; i0 += 4) {
    for (std::size_t j0 = i0; j0 < items; j0 += 4) {
      __m512i acc[4][4];
      for (auto& row : acc)
        for (auto& a : row) a = _mm512_setzero_si512();
      const std::uint8_t* a0 = cols + i0 * block_rows;
      const std::uint8_t* b0 = cols + j0 * block_rows;
      for (std::size_t r = 0; r < block_rows; r += 64) {
        __m512i a[4];
        for (std::size_t t = 0; t < 4; ++t) a[t] = _mm512_load_si512(a0 + t * block_rows + r);
        for (std::size_t u = 0; u < 4; ++u) {
          const __m512i b = _mm512_load_si512(b0 + u * block_rows + r);
          for (std::size_t t = 0; t < 4; ++t) acc[t][u] = _mm512_dpbusd_epi32(acc[t][u], a[t], b);
        }
      }
      alignas(64) std::int32_t sums[16];
      _mm512_store_si512(sums, sum_tile_avx512(acc));
      for (std::size_t t = 0; t < 4; ++t)
        for (std::size_t u = 0; u < 4; ++u) gram[(i0 + t) * items + j0 + u] += sums[4 * t + u];
    }
  }
}

LS_TARGET_AVX512 void column_sums_avx512(const std::uint8_t* cols, std::size_t items,
                                         std::int64_t* sums) {
  const __m512i zero = _mm512_setzero_si512();
  for (std::size_t i = 0; i < items; ++i) {
    __m512i acc = zero;
    for (std::size_t r = 0; r < block_rows; r += 64)
      acc = _mm512_add_epi64(acc, _mm512_sad_epu8(_mm512_load_si512(cols + i * block_rows + r), zero));
    sums[i] += _mm512_reduce_add_epi64(acc);
  }
}

LS_TARGET_AVX512 void translate_avx512(const std::int8_t* codes, std::size_t rows,
                                       const std::uint8_t* table, std::uint8_t* out) {
  const __m512i t0 = _mm512_loadu_si512(table);
  const __m512i t1 = _mm512_loadu_si512(table + 64);
  const __m512i t2 = _mm512_loadu_si512(table + 128);
  const __m512i t3 = _mm512_loadu_si512(table + 192);
  const __m512i flip = _mm512_set1_epi8(static_cast<char>(0x80));
  for (std::size_t r = 0; r < block_rows; r += 64) {
    const std::size_t left = r < rows ? rows - r : 0;
    const __mmask64 valid = left >= 64 ? ~__mmask64{0} : (__mmask64{1} << left) - 1;
    // code + 128 as a byte: the table index. Bit 7 picks the upper half of the table.
    const __m512i index = _mm512_xor_si512(_mm512_maskz_loadu_epi8(valid, codes + r), flip);
    const __m512i low = _mm512_permutex2var_epi8(t0, index, t1);
    const __m512i high = _mm512_permutex2var_epi8(t2, index, t3);
    const __mmask64 upper = _mm512_movepi8_mask(index);
    _mm512_store_si512(out + r,
                       _mm512_maskz_mov_epi8(valid, _mm512_mask_blend_epi8(upper, low, high)));
  }
}

LS_TARGET_AVX512 void find_missing_avx512(const std::uint8_t* cols, std::size_t items,
                                          std::uint8_t* flags) {
  for (std::size_t r = 0; r < block_rows; r += 64) {
    __mmask64 any = 0;
    for (std::size_t i = 0; i < items; ++i) {
      const __m512i x = _mm512_load_si512(cols + i * block_rows + r);
      any |= _mm512_testn_epi8_mask(x, x);
    }
    _mm512_store_si512(flags + r, _mm512_movm_epi8(any));
  }
}

LS_TARGET_AVX512 void clear_rows_avx512(std::uint8_t* cols, std::size_t items,
                                        const std::uint8_t* flags) {
  for (std::size_t r = 0; r < block_rows; r += 64) {
    const __m512i f = _mm512_load_si512(flags + r);
    const __mmask64 keep = _mm512_testn_epi8_mask(f, f);
    for (std::size_t i = 0; i < items; ++i) {
      std::uint8_t* p = cols + i * block_rows + r;
      _mm512_store_si512(p, _mm512_maskz_mov_epi8(keep, _mm512_load_si512(p)));
    }
  }
}

// 16 columns of 64 rows (one register per column, bit-reversed column order) become 64
// rows of 16 columns: four rounds of unpacking transpose each 128-bit lane (16 x 16
// bytes), after which lane l of register q is row 16 l + q.
LS_TARGET_AVX512 void transpose_16_columns(const std::uint8_t* first_column,
                                           std::uint8_t* rows, std::size_t width) {
  static constexpr std::size_t bit_reversed[16] = {0, 8, 4, 12, 2, 10, 6, 14,
                                                   1, 9, 5, 13, 3, 11, 7, 15};
  __m512i a[16], t[16];
  for (std::size_t c = 0; c < 16; ++c)
    a[c] = _mm512_load_si512(first_column + bit_reversed[c] * block_rows);
  for (std::size_t i = 0; i < 8; ++i) {
    t[2 * i] = _mm512_unpacklo_epi8(a[i], a[i + 8]);
    t[2 * i + 1] = _mm512_unpackhi_epi8(a[i], a[i + 8]);
  }
  for (std::size_t i = 0; i < 8; ++i) {
    a[2 * i] = _mm512_unpacklo_epi16(t[i], t[i + 8]);
    a[2 * i + 1] = _mm512_unpackhi_epi16(t[i], t[i + 8]);
  }
  for (std::size_t i = 0; i < 8; ++i) {
    t[2 * i] = _mm512_unpacklo_epi32(a[i], a[i + 8]);
    t[2 * i + 1] = _mm512_unpackhi_epi32(a[i], a[i + 8]);
  }
  for (std::size_t i = 0; i < 8; ++i) {
    a[2 * i] = _mm512_unpacklo_epi64(t[i], t[i + 8]);
    a[2 * i + 1] = _mm512_unpackhi_epi64(t[i], t[i + 8]);
  }
  for (std::size_t q = 0; q < 16; ++q) {
    _mm_store_si128(reinterpret_cast<__m128i*>(rows + q * width), _mm512_castsi512_si128(a[q]));
    _mm_store_si128(reinterpret_cast<__m128i*>(rows + (16 + q) * width),
                    _mm512_extracti32x4_epi32(a[q], 1));
    _mm_store_si128(reinterpret_cast<__m128i*>(rows + (32 + q) * width),
                    _mm512_extracti32x4_epi32(a[q], 2));
    _mm_store_si128(reinterpret_cast<__m128i*>(rows + (48 + q) * width),
                    _mm512_extracti32x4_epi32(a[q], 3));
  }
}

// A row's values (16 columns at a time, up to `columns`) added to one item's line of sums.
LS_TARGET_AVX512 void add_row_to_line(const std::uint8_t* row, std::size_t columns,
                                      std::int32_t* line) {
  for (std::size_t c = 0; c < columns; c += 16) {
    const __m512i values =
        _mm512_cvtepu8_epi32(_mm_load_si128(reinterpret_cast<const __m128i*>(row + c)));
    _mm512_storeu_si512(line + c, _mm512_add_epi32(_mm512_loadu_si512(line + c), values));
  }
}

// Slabs of 64 rows: find the rows with a missing answer (one mask), transpose the slab
// into rows of bytes, then add each such row to the line of every item missing in it.
LS_TARGET_AVX512 std::size_t add_missing_rows_avx512(const std::uint8_t* cols, std::size_t items,
                                                     std::size_t count, std::int32_t* sums,
                                                     std::int32_t* both,
                                                     std::uint8_t* scratch) {
  const std::size_t width = correction_width(items);
  const std::size_t groups = (items + 15) / 16;
  std::memset(scratch, 0, 64 * width);
  std::size_t incomplete = 0;
  for (std::size_t r0 = 0; r0 < count; r0 += 64) {
    const std::size_t left = count - r0;
    const __mmask64 valid = left >= 64 ? ~__mmask64{0} : (__mmask64{1} << left) - 1;
    __mmask64 flagged = 0;
    for (std::size_t i = 0; i < items; ++i) {
      const __m512i x = _mm512_load_si512(cols + i * block_rows + r0);
      flagged |= _mm512_testn_epi8_mask(x, x);
    }
    flagged &= valid;
    if (!flagged) continue;
    incomplete += static_cast<std::size_t>(__builtin_popcountll(flagged));
    for (std::size_t g = 0; g < groups; ++g)
      transpose_16_columns(cols + 16 * g * block_rows + r0, scratch + 16 * g, width);
    for (; flagged; flagged &= flagged - 1) {
      const std::uint8_t* row =
          scratch + static_cast<std::size_t>(__builtin_ctzll(flagged)) * width;
      for (std::size_t h = 0; h < width; h += 64) {
        const __m512i x = _mm512_load_si512(row + h);
        __mmask64 missing = _mm512_testn_epi8_mask(x, x);
        if (items - h < 64) missing &= (__mmask64{1} << (items - h)) - 1;
        for (; missing; missing &= missing - 1) {
          const std::size_t j = h + static_cast<std::size_t>(__builtin_ctzll(missing));
          add_row_to_line(row, 16 * groups, sums + j * width);
          // Pairs of missing answers: a few per row at most.
          for (std::size_t g = 0; g < width; g += 64) {
            const __m512i y = _mm512_load_si512(row + g);
            __mmask64 also = _mm512_testn_epi8_mask(y, y);
            if (items - g < 64) also &= (__mmask64{1} << (items - g)) - 1;
            for (; also; also &= also - 1)
              ++both[j * width + g + static_cast<std::size_t>(__builtin_ctzll(also))];
          }
        }
      }
    }
  }
  return incomplete;
}

#if defined(__GNUC__) && !defined(__clang__)
#pragma GCC diagnostic pop
#endif

constexpr int8_kernels avx512{translate_avx512,    gram_avx512,       column_sums_avx512,
                              find_missing_avx512, clear_rows_avx512, add_missing_rows_avx512};

#endif  // LS_X86_KERNELS

}  // namespace

const int8_kernels& active_int8_kernels() noexcept {
#ifdef LS_X86_KERNELS
  switch (active_simd_level()) {
    case simd_level::avx512_vnni: return avx512;
    case simd_level::avx2: return avx2;
    case simd_level::portable: break;
  }
#endif
  return portable;
}

}  // namespace stats::detail
LS_END_NAMESPACE
