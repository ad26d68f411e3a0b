#pragma once
// Internal: the AVX-512 kernel of agreement_accumulator::add for data whose rows come in
// runs of the same group (survey exports are usually sorted by school or team). The
// portable kernel, one increment per answer, lives in within_group_agreement.cpp; in
// sorted data its increments of the same counter wait on each other. This one counts a
// whole run at once: per item and slot, one comparison of 64 answers and a popcount.
#include <ls/stats/within_group_agreement.hpp>

#include <array>
#include <cstddef>
#include <cstdint>
#include <span>
#include <vector>

LS_BEGIN_NAMESPACE
namespace stats::detail {

/// Rows per block of the agreement kernels (a multiple of 64).
inline constexpr std::size_t agreement_block_rows = 1024;
/// The slot table entry of an answer that is not scored.
inline constexpr std::uint8_t no_slot = 255;

/// Whether the run kernel can run here (AVX-512 with VBMI, not switched off).
bool run_kernel_available() noexcept;

/// One block of at most agreement_block_rows rows. columns[j]: the block's codes of item j;
/// tables[j]: 256 entries, code + 128 -> slot of the item or no_slot; slot_offsets[j]:
/// where item j's slots start; slot_counts[j]: how many it has. groups: the block's group
/// codes (>= -1, each below the size of complete/dropped). For each row of a group:
/// complete (every item scored) -> complete[g] += 1 and counts[g * slots + slot_offsets[j]
/// + slot] += 1 for every item j; otherwise dropped[g] += 1. Returns the rows without a
/// group. The caller has checked the group codes.
std::uint64_t add_runs(const std::int8_t* const* columns, const std::uint8_t* const* tables,
                       const std::size_t* slot_offsets, const std::size_t* slot_counts,
                       std::size_t items, const std::int32_t* groups, std::size_t length,
                       std::size_t slots, std::uint64_t* counts, std::uint64_t* complete,
                       std::uint64_t* dropped);

/// Per used column of `acc`, code byte -> slot of its value within the item, or no_slot.
/// Throws ls::error for a column outside `view` or a coding that scores a value the
/// accumulator was not made for.
std::vector<std::array<std::uint8_t, 256>> slot_tables(const agreement_accumulator& acc,
                                                       const responses::scored_view& view);

/// What a look at group codes tells: the smallest and largest code, and the number of
/// runs of one code.
struct code_range {
  std::int32_t smallest = -1;
  std::int32_t largest = -1;
  std::size_t runs = 0;

  /// Whether rows come in runs long enough for the run kernel: on average 8 rows or more
  /// (below that, a comparison per slot costs more than an increment per answer).
  bool long_runs(std::size_t length) const noexcept { return runs * 8 <= length; }
};

/// agreement_accumulator::add after its checks, with the slot tables given (made once by
/// a caller that adds many blocks with the same codings): counts the rows of `view` with
/// their group codes, growing the accumulator to the largest group. Throws ls::error for
/// a group code below -1. `known`, when given, is the range of all of `groups` (the
/// caller made the codes and knows it; several accumulators count the same rows): the
/// codes are then not looked at again, block by block.
void add_counts(agreement_accumulator& acc, const responses::scored_view& view,
                std::span<const std::int32_t> groups,
                const std::vector<std::array<std::uint8_t, 256>>& tables,
                const code_range* known = nullptr);

/// Whether every slot value of `acc` is a whole number of at most 256 in size and it has
/// at most 127 items: then rwg_from_counts works in exact integers.
bool whole_slot_values(const agreement_accumulator& acc) noexcept;

/// S, the mean item variance, and rwg / rwg(j) of a group from its slot counts (laid out
/// as acc's slots) and its number of complete rows, and why they are NaN (status
/// `defined` when they are not). agreement_accumulator::result() uses it too.
/// `whole`: whole_slot_values(acc), worked out once by the caller.
struct rwg_value {
  double mean_variance = 0;
  double rwg = 0;
  agreement_status status = agreement_status::defined;
};
rwg_value rwg_from_counts(const agreement_accumulator& acc, bool whole,
                          const std::uint64_t* counts, std::uint64_t n);

}  // namespace stats::detail
LS_END_NAMESPACE
