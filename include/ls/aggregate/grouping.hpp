#pragma once
/// \file
/// Groups of respondents at several nested levels (district, school, team...), given as a
/// per-row group index per level, and the tree they form: one node for all respondents,
/// then one per group of each level, each under the nearest group above it.
///
/// Levels must nest: every row of a group lies in the same group of each level above it (or
/// in none, -1, for all its rows). A group found under two different parents is an error,
/// never silently split or merged; a row may skip a level (a teacher in a school but in no
/// team), and its respondents then count toward the school but toward no team.

#include <ls/responses/response_matrix.hpp>

#include <boost/describe.hpp>

#include <cstddef>
#include <cstdint>
#include <span>
#include <string>
#include <vector>

LS_BEGIN_NAMESPACE
namespace aggregate {

/// One level of grouping (input): for each row, the index of its group in `labels`, or -1
/// for none. Not a described type: it refers to the caller's per-row array.
struct group_level {
  /// "district", "school", "team". Unique among the levels; "all" is reserved for the
  /// node of all respondents.
  std::string name;
  /// The label of each group index.
  std::vector<std::string> labels;
  /// One index per row.
  std::span<const std::int32_t> codes;
};

/// The name and label of the node of all respondents.
inline constexpr const char* all_level_name = "all";
inline constexpr const char* all_group_label = "all respondents";

/// The levels of a response matrix's metadata that it has, top down: system, school, team.
std::vector<group_level> levels_from_metadata(const responses::respondent_metadata& metadata);

/// The node layout of the levels: node 0 is all respondents; group g of level l (0-based
/// among the given levels) is node offset(l) + g.
class group_hierarchy {
 public:
  /// Throws ls::error when a level's codes do not have `rows` entries, names repeat, a name
  /// is blank or "all".
  group_hierarchy(std::vector<group_level> levels, std::size_t rows);

  std::size_t rows() const noexcept { return rows_; }
  const std::vector<group_level>& levels() const noexcept { return levels_; }
  std::size_t node_count() const noexcept { return offsets_.back(); }
  std::size_t offset(std::size_t level) const noexcept { return offsets_[level]; }
  /// -1 for the node of all respondents, else the level's index.
  std::ptrdiff_t level_of(std::size_t node) const noexcept;
  std::string level_name(std::size_t node) const;
  std::string label(std::size_t node) const;

 private:
  std::vector<group_level> levels_;
  std::vector<std::size_t> offsets_;  // offsets_[l] for l = 0..levels, offsets_[0] = 1
  std::size_t rows_ = 0;
};

/// A group found under two parents (nodes of a group_hierarchy).
struct nesting_conflict {
  std::size_t node = 0;
  std::int64_t parent = 0;
  std::size_t row = 0;
  std::int64_t other_parent = 0;
  std::size_t other_row = 0;
};
BOOST_DESCRIBE_STRUCT(nesting_conflict, (), (node, parent, row, other_parent, other_row))

/// The tree as seen in the rows: mergeable (chunks of rows give parts of it).
struct group_nesting {
  /// Per node: rows in it.
  std::vector<std::size_t> rows;
  /// Per node: the parent node, -1 for the node of all respondents, -2 while not seen.
  std::vector<std::int64_t> parents;
  /// Per node: the first row where the parent was seen.
  std::vector<std::size_t> parent_rows;
  /// Groups seen under two parents (at most max_conflicts kept).
  std::vector<nesting_conflict> conflicts;

  static constexpr std::size_t max_conflicts = 16;
  static constexpr std::int64_t unseen = -2;

  /// Add rows [first, first + count) of the hierarchy; writes the node of every row at
  /// every level to nodes[(level + 1) * count + r] (level -1: the node of all, 0), -1
  /// where a row has no group. Throws ls::error for a group index outside its labels.
  void add_rows(const group_hierarchy& hierarchy, std::size_t first, std::size_t count,
                std::span<std::int32_t> nodes);
  void merge(const group_nesting& other);
  /// Throws ls::error naming the groups, levels and rows of the first conflict, if any.
  void require_nested(const group_hierarchy& hierarchy) const;
};
BOOST_DESCRIBE_STRUCT(group_nesting, (), (rows, parents, parent_rows, conflicts, merge))

}  // namespace aggregate
LS_END_NAMESPACE
