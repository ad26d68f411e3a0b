#include <ls/kasab/duplicates.hpp>

#include <map>
#include <set>

LS_BEGIN_NAMESPACE
namespace kasab {

std::vector<kasab_duplicate> find_duplicates(const kasab_chart& chart) {
  std::vector<kasab_duplicate> groups;
  std::map<std::string, std::size_t> group_of;  // normalised text -> index in groups
  for (std::size_t c = 0; c < chart.cells.size(); ++c) {
    const auto& cell = chart.cells[c];
    for (std::size_t d = 0; d < cell.descriptors.size(); ++d) {
      auto key = normalised_descriptor_text(cell.descriptors[d].text);
      if (key.empty()) continue;
      auto [where, inserted] = group_of.emplace(key, groups.size());
      if (inserted) groups.push_back({std::move(key), {}, 0});
      groups[where->second].occurrences.push_back(
          {cell.dimension, cell.role, c, d,
           "/cells/" + std::to_string(c) + "/descriptors/" + std::to_string(d),
           cell.descriptors[d].text});
    }
  }
  std::vector<kasab_duplicate> repeated;
  for (auto& group : groups) {
    if (group.occurrences.size() < 2) continue;
    std::set<std::size_t> cells;
    for (const auto& occurrence : group.occurrences) cells.insert(occurrence.cell);
    group.cell_count = cells.size();
    repeated.push_back(std::move(group));
  }
  return repeated;
}

}  // namespace kasab
LS_END_NAMESPACE
