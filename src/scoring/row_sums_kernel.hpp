#pragma once
// Internal: the AVX-512 kernel of subscale_row_sums::compute. The portable kernel (one
// 64-bit lookup per answer) lives in subscale_scores.cpp; this one does 64 answers per
// step with byte lookups, for subscales whose values fit its byte tables.
#include <ls/scoring/scoring_plan.hpp>

#include <cstddef>
#include <cstdint>

LS_BEGIN_NAMESPACE
namespace scoring::detail {

/// Columns the kernel takes at most: byte sums of that many columns fit 16 bits
/// (255 * 257 = 65535) and answer counts fit 8 bits.
inline constexpr std::size_t max_byte_kernel_columns = 255;

/// Whether the byte kernel can run here (AVX-512 with VBMI, and not switched off with
/// stats::set_simd_level).
bool byte_kernel_available() noexcept;

/// For rows r < rows: sum[r] = sum over the columns of value (0 when not scored),
/// answered[r] = scored answers, favorable[r] (when not null) = favorable answers.
/// columns[i] points at row 0 of the i-th column; tables[i] are its tables, every one
/// packable; column_count <= max_byte_kernel_columns.
void byte_row_sums(const std::int8_t* const* columns, const column_tables* const* tables,
                   std::size_t column_count, std::size_t rows, double* sum,
                   std::uint32_t* answered, std::uint32_t* favorable);

}  // namespace scoring::detail
LS_END_NAMESPACE
