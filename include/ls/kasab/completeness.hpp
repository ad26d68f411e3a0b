#pragma once
/// \file
/// How far a KASAB chart has come: the grid of rows × roles with the number of draft and
/// agreed descriptors in each cell, the empty cells, and whether the chart is final
/// (every cell holds descriptors and all of them are agreed).

#include <ls/kasab/chart.hpp>

#include <boost/describe.hpp>

#include <cstddef>
#include <string>
#include <vector>

LS_BEGIN_NAMESPACE
namespace kasab {

/// A position on the grid.
struct kasab_cell_key {
  kasab_dimension dimension = kasab_dimension::knowledge;
  std::string role;

  friend bool operator==(const kasab_cell_key&, const kasab_cell_key&) = default;
};
BOOST_DESCRIBE_STRUCT(kasab_cell_key, (), (dimension, role))

/// Where a cell of the grid stands: nothing in it; something, not all agreed; all agreed.
enum class kasab_cell_state { empty, draft, agreed };
BOOST_DESCRIBE_ENUM(kasab_cell_state, empty, draft, agreed)

struct kasab_grid_cell {
  kasab_dimension dimension = kasab_dimension::knowledge;
  std::string role;
  std::size_t draft_count = 0;
  std::size_t agreed_count = 0;
  kasab_cell_state state = kasab_cell_state::empty;
};
BOOST_DESCRIBE_STRUCT(kasab_grid_cell, (), (dimension, role, draft_count, agreed_count, state))

struct kasab_completeness {
  /// The columns: the chart's roles, in its order.
  std::vector<std::string> roles;
  /// One entry per dimension and role, row by row (all roles of knowledge first).
  std::vector<kasab_grid_cell> grid;
  /// The grid positions without any descriptor, in grid order.
  std::vector<kasab_cell_key> empty_cells;
  /// Descriptors on the grid, by status.
  std::size_t draft_count = 0;
  std::size_t agreed_count = 0;
  /// Grid cells: all, with at least one descriptor, with every descriptor agreed.
  std::size_t total_cells = 0;
  std::size_t filled_cells = 0;
  std::size_t agreed_cells = 0;
  /// filled_cells / total_cells; NaN when the chart has no roles (nothing to fill).
  double fraction_complete = 0;
  /// agreed_cells / total_cells; NaN when the chart has no roles.
  double fraction_agreed = 0;
  /// Descriptors in cells whose role is not one of the chart's roles (a chart with a
  /// kasab.unknown_role error). Counted here so that nothing disappears silently.
  std::size_t descriptors_off_grid = 0;
  /// Every grid cell agreed, at least one cell, nothing off the grid.
  bool is_final = false;

  /// The grid as a text table, a row per dimension, a column per role: "2+1" is two
  /// agreed and one draft descriptor, "-" an empty cell.
  std::string to_string() const;
};
BOOST_DESCRIBE_STRUCT(kasab_completeness, (),
                      (roles, grid, empty_cells, draft_count, agreed_count, total_cells,
                       filled_cells, agreed_cells, fraction_complete, fraction_agreed,
                       descriptors_off_grid, is_final, to_string))

/// The completeness of `chart`. Works on any chart, valid or not: cells that repeat a
/// grid position add up into it; cells off the grid are counted in descriptors_off_grid.
/// Does not modify its input.
kasab_completeness completeness(const kasab_chart& chart);

}  // namespace kasab
LS_END_NAMESPACE
