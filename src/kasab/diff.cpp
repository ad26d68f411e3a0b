#include <ls/kasab/diff.hpp>

#include <algorithm>
#include <map>
#include <optional>
#include <utility>

LS_BEGIN_NAMESPACE
namespace kasab {

namespace {

using cell_key = std::pair<kasab_dimension, std::string>;
using cell_map = std::map<cell_key, std::vector<kasab_descriptor>>;

/// Descriptors per grid position; repeated positions (kasab.duplicate_cell) are joined.
cell_map by_position(const kasab_chart& chart) {
  cell_map out;
  for (const auto& cell : chart.cells) {
    auto& list = out[{cell.dimension, cell.role}];
    list.insert(list.end(), cell.descriptors.begin(), cell.descriptors.end());
  }
  return out;
}

bool contains(const std::vector<std::string>& list, const std::string& value) {
  return std::find(list.begin(), list.end(), value) != list.end();
}

/// Column order of the diff: the later chart's roles, then the earlier chart's, then any
/// role that only appears in a cell.
std::vector<std::string> role_order(const kasab_chart& before, const kasab_chart& after) {
  std::vector<std::string> order;
  auto add = [&](const std::string& role) {
    if (!contains(order, role)) order.push_back(role);
  };
  for (const auto& role : after.roles) add(role);
  for (const auto& role : before.roles) add(role);
  for (const auto& cell : after.cells) add(cell.role);
  for (const auto& cell : before.cells) add(cell.role);
  return order;
}

/// Index of the first unused element of `candidates` whose normalised text is `key`.
template <class T, class Text>
std::optional<std::size_t> match(const std::vector<T>& candidates, std::vector<bool>& used,
                                 const std::string& key, Text text) {
  for (std::size_t i = 0; i < candidates.size(); ++i)
    if (!used[i] && normalised_descriptor_text(text(candidates[i])) == key) {
      used[i] = true;
      return i;
    }
  return std::nullopt;
}

kasab_cell_diff diff_cell(const std::vector<kasab_descriptor>& before,
                          const std::vector<kasab_descriptor>& after) {
  kasab_cell_diff out;
  std::vector<bool> used(before.size(), false);
  auto text = [](const kasab_descriptor& d) -> const std::string& { return d.text; };
  for (const auto& descriptor : after) {
    auto found = match(before, used, normalised_descriptor_text(descriptor.text), text);
    if (!found)
      out.added.push_back(descriptor);
    else if (before[*found].status != descriptor.status)
      out.status_changed.push_back({descriptor.text, before[*found].status, descriptor.status});
  }
  for (std::size_t i = 0; i < before.size(); ++i)
    if (!used[i]) out.removed.push_back(before[i]);
  return out;
}

void diff_texts(const std::vector<std::string>& before, const std::vector<std::string>& after,
                std::vector<std::string>& added, std::vector<std::string>& removed) {
  std::vector<bool> used(before.size(), false);
  auto text = [](const std::string& s) -> const std::string& { return s; };
  for (const auto& item : after)
    if (!match(before, used, normalised_descriptor_text(item), text)) added.push_back(item);
  for (std::size_t i = 0; i < before.size(); ++i)
    if (!used[i]) removed.push_back(before[i]);
}

void diff_barriers(const std::vector<theory_of_action_barrier>& before,
                   const std::vector<theory_of_action_barrier>& after,
                   theory_of_action_diff& out) {
  std::vector<bool> used(before.size(), false);
  auto text = [](const theory_of_action_barrier& b) -> const std::string& { return b.barrier; };
  for (const auto& barrier : after) {
    auto found = match(before, used, normalised_descriptor_text(barrier.barrier), text);
    if (!found) {
      out.barriers_added.push_back(barrier);
      continue;
    }
    kasab_barrier_change change{barrier.barrier, {}, {}};
    diff_texts(before[*found].countermeasures, barrier.countermeasures,
               change.countermeasures_added, change.countermeasures_removed);
    if (!change.countermeasures_added.empty() || !change.countermeasures_removed.empty())
      out.barriers_changed.push_back(std::move(change));
  }
  for (std::size_t i = 0; i < before.size(); ++i)
    if (!used[i]) out.barriers_removed.push_back(before[i]);
}

theory_of_action_diff diff_plans(const theory_of_action& before, const theory_of_action& after) {
  theory_of_action_diff out;
  diff_texts(before.first_steps, after.first_steps, out.first_steps_added,
             out.first_steps_removed);
  diff_barriers(before.barriers, after.barriers, out);
  diff_texts(before.supports, after.supports, out.supports_added, out.supports_removed);
  diff_texts(before.evidence, after.evidence, out.evidence_added, out.evidence_removed);
  return out;
}

}  // namespace

kasab_diff diff(const kasab_chart& before, const kasab_chart& after) {
  kasab_diff out;
  for (const auto& role : after.roles)
    if (!contains(before.roles, role) && !contains(out.roles_added, role))
      out.roles_added.push_back(role);
  for (const auto& role : before.roles)
    if (!contains(after.roles, role) && !contains(out.roles_removed, role))
      out.roles_removed.push_back(role);

  const auto old_cells = by_position(before);
  const auto new_cells = by_position(after);
  const std::vector<kasab_descriptor> none;
  auto descriptors = [&](const cell_map& cells, const cell_key& key) -> const auto& {
    auto found = cells.find(key);
    return found == cells.end() ? none : found->second;
  };
  const auto roles = role_order(before, after);
  for (auto dimension : all_kasab_dimensions)
    for (const auto& role : roles) {
      cell_key key{dimension, role};
      auto cell = diff_cell(descriptors(old_cells, key), descriptors(new_cells, key));
      if (cell.added.empty() && cell.removed.empty() && cell.status_changed.empty()) continue;
      cell.dimension = dimension;
      cell.role = role;
      out.cells.push_back(std::move(cell));
    }

  out.theory_of_action = diff_plans(before.theory_of_action.value_or(theory_of_action{}),
                                    after.theory_of_action.value_or(theory_of_action{}));
  return out;
}

bool theory_of_action_diff::empty() const noexcept {
  return first_steps_added.empty() && first_steps_removed.empty() && barriers_added.empty() &&
         barriers_removed.empty() && barriers_changed.empty() && supports_added.empty() &&
         supports_removed.empty() && evidence_added.empty() && evidence_removed.empty();
}

bool kasab_diff::empty() const noexcept {
  return roles_added.empty() && roles_removed.empty() && cells.empty() &&
         theory_of_action.empty();
}

namespace {

std::string joined(const std::vector<std::string>& items) {
  std::string out;
  for (const auto& item : items) out += (out.empty() ? "" : ", ") + item;
  return out;
}

/// "2 added, 1 removed" leaving out zero counts; "" when all are zero.
std::string counted(std::initializer_list<std::pair<std::size_t, const char*>> parts) {
  std::string out;
  for (const auto& [count, label] : parts)
    if (count > 0) out += (out.empty() ? "" : ", ") + std::to_string(count) + " " + label;
  return out;
}

std::size_t count_status(const kasab_cell_diff& cell, descriptor_status after) {
  return static_cast<std::size_t>(
      std::count_if(cell.status_changed.begin(), cell.status_changed.end(),
                    [&](const kasab_status_change& c) { return c.after == after; }));
}

}  // namespace

std::string kasab_diff::summary() const {
  if (empty()) return "no changes\n";
  std::string out;
  if (!roles_added.empty()) out += "roles added: " + joined(roles_added) + "\n";
  if (!roles_removed.empty()) out += "roles removed: " + joined(roles_removed) + "\n";
  for (const auto& cell : cells)
    out += std::string(kasab_dimension_title(cell.dimension)) + " / " + cell.role + ": " +
           counted({{cell.added.size(), "added"},
                    {cell.removed.size(), "removed"},
                    {count_status(cell, descriptor_status::agreed), "draft -> agreed"},
                    {count_status(cell, descriptor_status::draft), "agreed -> draft"}}) +
           "\n";
  const auto& plan = theory_of_action;
  const std::pair<const char*, std::string> parts[] = {
      {"first steps", counted({{plan.first_steps_added.size(), "added"},
                               {plan.first_steps_removed.size(), "removed"}})},
      {"barriers", counted({{plan.barriers_added.size(), "added"},
                            {plan.barriers_removed.size(), "removed"},
                            {plan.barriers_changed.size(), "with changed countermeasures"}})},
      {"supports", counted({{plan.supports_added.size(), "added"},
                            {plan.supports_removed.size(), "removed"}})},
      {"evidence", counted({{plan.evidence_added.size(), "added"},
                            {plan.evidence_removed.size(), "removed"}})}};
  for (const auto& [name, text] : parts)
    if (!text.empty()) out += std::string("theory of action, ") + name + ": " + text + "\n";
  return out;
}

}  // namespace kasab
LS_END_NAMESPACE
