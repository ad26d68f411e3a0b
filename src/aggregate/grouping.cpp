#include <ls/aggregate/grouping.hpp>

#include <ls/core/error.hpp>
#include <ls/core/text.hpp>

#include <algorithm>

LS_BEGIN_NAMESPACE
namespace aggregate {

std::vector<group_level> levels_from_metadata(const responses::respondent_metadata& metadata) {
  std::vector<group_level> out;
  auto add = [&](const char* name, const responses::category_column& column) {
    if (!column.empty()) out.push_back({name, column.categories, column.codes});
  };
  add("system", metadata.system);
  add("school", metadata.school);
  add("team", metadata.team);
  return out;
}

group_hierarchy::group_hierarchy(std::vector<group_level> levels, std::size_t rows)
    : levels_(std::move(levels)), rows_(rows) {
  offsets_.push_back(1);
  for (std::size_t l = 0; l < levels_.size(); ++l) {
    const auto& level = levels_[l];
    if (is_blank(level.name)) throw error("grouping level " + std::to_string(l) + " has no name");
    if (level.name == all_level_name)
      throw error("a grouping level may not be named \"all\": that name is the node of all "
                  "respondents");
    for (std::size_t m = 0; m < l; ++m)
      if (levels_[m].name == level.name)
        throw error("grouping level \"" + level.name + "\" is given twice");
    if (level.codes.size() != rows)
      throw error("grouping level \"" + level.name + "\" has " +
                  std::to_string(level.codes.size()) + " group indices for " +
                  std::to_string(rows) + " rows");
    offsets_.push_back(offsets_.back() + level.labels.size());
  }
}

std::ptrdiff_t group_hierarchy::level_of(std::size_t node) const noexcept {
  if (node == 0) return -1;
  const auto at = std::upper_bound(offsets_.begin(), offsets_.end(), node);
  return static_cast<std::ptrdiff_t>(at - offsets_.begin()) - 1;
}

std::string group_hierarchy::level_name(std::size_t node) const {
  const auto l = level_of(node);
  return l < 0 ? all_level_name : levels_[static_cast<std::size_t>(l)].name;
}

std::string group_hierarchy::label(std::size_t node) const {
  const auto l = level_of(node);
  if (l < 0) return all_group_label;
  const auto level = static_cast<std::size_t>(l);
  return levels_[level].labels[node - offsets_[level]];
}

namespace {

void resize_for(group_nesting& nesting, std::size_t nodes) {
  if (nesting.rows.size() >= nodes) return;
  nesting.rows.resize(nodes, 0);
  nesting.parents.resize(nodes, group_nesting::unseen);
  nesting.parent_rows.resize(nodes, 0);
  nesting.parents[0] = -1;
}

void note_parent(group_nesting& nesting, std::size_t node, std::int64_t parent, std::size_t row) {
  auto& known = nesting.parents[node];
  if (known == group_nesting::unseen) {
    known = parent;
    nesting.parent_rows[node] = row;
  } else if (known != parent && nesting.conflicts.size() < group_nesting::max_conflicts) {
    nesting.conflicts.push_back({node, known, nesting.parent_rows[node], parent, row});
  }
}

}  // namespace

void group_nesting::add_rows(const group_hierarchy& hierarchy, std::size_t first,
                             std::size_t count, std::span<std::int32_t> nodes) {
  resize_for(*this, hierarchy.node_count());
  rows[0] += count;
  std::fill_n(nodes.begin(), count, 0);
  // Level by level (each level's codes are read in order); nodes[0..] holds the levels
  // above, so a row's parent is its nearest group there.
  for (std::size_t l = 0; l < hierarchy.levels().size(); ++l) {
    const auto& level = hierarchy.levels()[l];
    const auto groups = static_cast<std::int64_t>(level.labels.size());
    const auto offset = static_cast<std::int32_t>(hierarchy.offset(l));
    std::int32_t* here = nodes.data() + (l + 1) * count;
    // A row with the node and parent of the row before adds nothing new to the tree (in
    // data sorted by group, nearly every row): its parent is only noted once per run.
    std::int32_t previous_node = -1, previous_parent = -1;
    for (std::size_t r = 0; r < count; ++r) {
      const std::int32_t code = level.codes[first + r];
      if (code == -1) {
        here[r] = -1;
        continue;
      }
      if (code < -1 || code >= groups)
        throw error("grouping level \"" + level.name + "\", row " + std::to_string(first + r) +
                    ": group index " + std::to_string(code) + " is not -1 or an index of its " +
                    std::to_string(groups) + " labels");
      const auto node = offset + code;
      here[r] = node;
      ++rows[static_cast<std::size_t>(node)];
      // the nearest group above (-1 where the row skips a level; level 0 is all)
      std::int32_t parent = 0;
      for (std::size_t m = l + 1; m-- > 0;) {
        const auto candidate = nodes[m * count + r];
        if (candidate >= 0) {
          parent = candidate;
          break;
        }
      }
      if (node != previous_node || parent != previous_parent)
        note_parent(*this, static_cast<std::size_t>(node), parent, first + r);
      previous_node = node;
      previous_parent = parent;
    }
  }
}

void group_nesting::merge(const group_nesting& other) {
  resize_for(*this, other.rows.size());
  for (std::size_t v = 0; v < other.rows.size(); ++v) {
    rows[v] += other.rows[v];
    if (other.parents[v] != unseen) note_parent(*this, v, other.parents[v], other.parent_rows[v]);
  }
  for (const auto& c : other.conflicts)
    if (conflicts.size() < max_conflicts) conflicts.push_back(c);
}

void group_nesting::require_nested(const group_hierarchy& hierarchy) const {
  if (conflicts.empty()) return;
  const auto& c = conflicts.front();
  auto where = [&](std::int64_t node) {
    const auto v = static_cast<std::size_t>(node);
    return hierarchy.level_name(v) + " \"" + hierarchy.label(v) + "\"";
  };
  throw error("levels do not nest: " + where(static_cast<std::int64_t>(c.node)) + " lies in " +
              where(c.parent) + " at row " + std::to_string(c.row) + " but in " +
              where(c.other_parent) + " at row " + std::to_string(c.other_row) +
              (conflicts.size() > 1 ? " (and " + std::to_string(conflicts.size() - 1) +
                                          " more conflict(s))"
                                    : std::string()));
}

}  // namespace aggregate
LS_END_NAMESPACE
