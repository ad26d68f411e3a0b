#include <ls/kasab/completeness.hpp>

#include <algorithm>
#include <cstdio>
#include <limits>
#include <optional>

LS_BEGIN_NAMESPACE
namespace kasab {

namespace {

kasab_cell_state state_of(const kasab_grid_cell& cell) noexcept {
  if (cell.draft_count + cell.agreed_count == 0) return kasab_cell_state::empty;
  return cell.draft_count == 0 ? kasab_cell_state::agreed : kasab_cell_state::draft;
}

/// Index of (dimension, role) in the row-major grid, or nothing when off the grid.
std::optional<std::size_t> grid_index(const std::vector<std::string>& roles,
                                      kasab_dimension dimension, const std::string& role) {
  auto column = std::find(roles.begin(), roles.end(), role);
  if (column == roles.end()) return std::nullopt;
  return static_cast<std::size_t>(dimension) * roles.size() +
         static_cast<std::size_t>(column - roles.begin());
}

double fraction(std::size_t part, std::size_t whole) noexcept {
  if (whole == 0) return std::numeric_limits<double>::quiet_NaN();
  return static_cast<double>(part) / static_cast<double>(whole);
}

}  // namespace

kasab_completeness completeness(const kasab_chart& chart) {
  kasab_completeness result;
  result.roles = chart.roles;
  for (auto dimension : all_kasab_dimensions)
    for (const auto& role : chart.roles) result.grid.push_back({dimension, role, 0, 0, {}});

  for (const auto& cell : chart.cells) {
    auto index = grid_index(chart.roles, cell.dimension, cell.role);
    if (!index) {
      result.descriptors_off_grid += cell.descriptors.size();
      continue;
    }
    // A repeated role makes the first column win; kasab.duplicate_role reports it.
    auto& target = result.grid[*index];
    for (const auto& descriptor : cell.descriptors)
      ++(descriptor.status == descriptor_status::agreed ? target.agreed_count
                                                        : target.draft_count);
  }

  for (auto& cell : result.grid) {
    cell.state = state_of(cell);
    result.draft_count += cell.draft_count;
    result.agreed_count += cell.agreed_count;
    if (cell.state == kasab_cell_state::empty)
      result.empty_cells.push_back({cell.dimension, cell.role});
    else
      ++result.filled_cells;
    if (cell.state == kasab_cell_state::agreed) ++result.agreed_cells;
  }
  result.total_cells = result.grid.size();
  result.fraction_complete = fraction(result.filled_cells, result.total_cells);
  result.fraction_agreed = fraction(result.agreed_cells, result.total_cells);
  result.is_final = result.total_cells > 0 && result.agreed_cells == result.total_cells &&
                    result.descriptors_off_grid == 0;
  return result;
}

namespace {
std::string padded(std::string text, std::size_t width) {
  if (text.size() < width) text.append(width - text.size(), ' ');
  return text;
}
}  // namespace

std::string kasab_completeness::to_string() const {
  std::size_t first_width = 11;  // "Aspirations"
  std::vector<std::size_t> widths;
  for (const auto& role : roles) widths.push_back(std::max<std::size_t>(role.size(), 3));
  std::string out = padded("", first_width);
  for (std::size_t c = 0; c < roles.size(); ++c) out += "  " + padded(roles[c], widths[c]);
  out += '\n';
  for (std::size_t r = 0; roles.size() > 0 && r < grid.size() / roles.size(); ++r) {
    out += padded(std::string(kasab_dimension_title(grid[r * roles.size()].dimension)),
                  first_width);
    for (std::size_t c = 0; c < roles.size(); ++c) {
      const auto& cell = grid[r * roles.size() + c];
      std::string count = cell.state == kasab_cell_state::empty
                              ? "-"
                              : std::to_string(cell.agreed_count) + "+" +
                                    std::to_string(cell.draft_count);
      out += "  " + padded(count, widths[c]);
    }
    out += '\n';
  }
  char percent[64];
  std::snprintf(percent, sizeof percent, "%zu of %zu cells filled, %zu agreed", filled_cells,
                total_cells, agreed_cells);
  out += percent;
  out += is_final ? " (final)" : "";
  if (descriptors_off_grid > 0)
    out += "; " + std::to_string(descriptors_off_grid) + " descriptor(s) off the grid";
  return out + '\n';
}

}  // namespace kasab
LS_END_NAMESPACE
