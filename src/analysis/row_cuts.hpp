#pragma once
// Private to src/analysis: where the rows of a pass may be cut between threads and
// blocks. A cut never falls inside a run of rows of one group of the agreement level, so
// when every group's rows are together, each group lies whole in one block.

#include <ls/core/error.hpp>

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <span>
#include <string>
#include <vector>

LS_BEGIN_NAMESPACE
namespace analysis::detail {

/// Whether every group of `codes` has all its rows together: one run per group (rows in
/// no group, -1, may come between groups but not inside one). Throws ls::error, as
/// grouping does, for a code that is not -1 or below `groups`.
inline bool rows_grouped(std::span<const std::int32_t> codes, std::size_t groups,
                         const std::string& level) {
  std::vector<std::uint8_t> seen(groups, 0);
  bool grouped = true;
  std::int32_t previous = -1;
  for (std::size_t r = 0; r < codes.size(); ++r) {
    const std::int32_t code = codes[r];
    if (code == previous) continue;
    if (code < -1 || code >= static_cast<std::int64_t>(groups))
      throw error("grouping level \"" + level + "\", row " + std::to_string(r) +
                  ": group index " + std::to_string(code) + " is not -1 or an index of its " +
                  std::to_string(groups) + " labels");
    if (code >= 0) {
      grouped &= !seen[static_cast<std::size_t>(code)];
      seen[static_cast<std::size_t>(code)] = 1;
    }
    previous = code;
  }
  return grouped;
}

/// The first row at or after `row` where a new run of `codes` starts (codes.size() at
/// the end). With no codes (no agreement level), `row` itself.
inline std::size_t run_start_from(std::span<const std::int32_t> codes, std::size_t row) {
  if (codes.empty() || row == 0) return row;
  while (row < codes.size() && codes[row] == codes[row - 1]) ++row;
  return row;
}

/// `parts` + 1 cuts from 0 to `rows`, each moved forward to the start of a run.
inline std::vector<std::size_t> cut_rows(std::span<const std::int32_t> codes, std::size_t rows,
                                         std::size_t parts) {
  std::vector<std::size_t> cuts{0};
  for (std::size_t p = 1; p < parts; ++p)
    cuts.push_back(std::max(cuts.back(), run_start_from(codes, rows * p / parts)));
  cuts.push_back(rows);
  return cuts;
}

}  // namespace analysis::detail
LS_END_NAMESPACE
