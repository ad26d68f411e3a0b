#include <ls/kasab/chart.hpp>

#include <ls/core/date.hpp>
#include <ls/core/text.hpp>

#include <algorithm>
#include <map>
#include <utility>

LS_BEGIN_NAMESPACE
namespace kasab {

std::vector<std::string> default_kasab_roles() {
  return {"school_leadership_team", "district_leader"};
}

void check(const kasab_cell& cell, const issue_sink& sink) {
  std::map<std::string, std::size_t> first_seen;
  for (std::size_t i = 0; i < cell.descriptors.size(); ++i) {
    auto key = normalised_descriptor_text(cell.descriptors[i].text);
    if (key.empty()) continue;  // a blank text is kasab.blank_descriptor
    auto [where, inserted] = first_seen.emplace(std::move(key), i);
    if (!inserted)
      sink.at("descriptors").at(i).at("text").warning(
          "kasab.duplicate_descriptor", "\"" + cell.descriptors[i].text +
                                            "\" repeats descriptor " +
                                            std::to_string(where->second) + " of this cell");
  }
}

namespace {

void check_roles(const std::vector<std::string>& roles, const issue_sink& sink) {
  if (roles.empty()) sink.error("kasab.no_roles", "a chart needs at least one role");
  std::map<std::string, std::size_t> first_seen;
  for (std::size_t i = 0; i < roles.size(); ++i) {
    if (!is_stable_id(roles[i]))
      sink.at(i).error("kasab.invalid_role",
                       "\"" + roles[i] +
                           "\" is not a role id (lower-case letters, digits and '_')");
    auto [where, inserted] = first_seen.emplace(roles[i], i);
    if (!inserted)
      sink.at(i).error("kasab.duplicate_role", "the role \"" + roles[i] +
                                                   "\" is already column " +
                                                   std::to_string(where->second));
  }
}

void check_cells(const kasab_chart& chart, const issue_sink& sink) {
  std::map<std::pair<kasab_dimension, std::string>, std::size_t> first_seen;
  for (std::size_t i = 0; i < chart.cells.size(); ++i) {
    const auto& cell = chart.cells[i];
    if (std::find(chart.roles.begin(), chart.roles.end(), cell.role) == chart.roles.end())
      sink.at(i).at("role").error("kasab.unknown_role",
                                  "\"" + cell.role + "\" is not one of the chart's roles");
    auto [where, inserted] = first_seen.emplace(std::pair{cell.dimension, cell.role}, i);
    if (!inserted)
      sink.at(i).error("kasab.duplicate_cell",
                       std::string(kasab_dimension_title(cell.dimension)) + " for \"" +
                           cell.role + "\" is already cell " + std::to_string(where->second));
  }
}

}  // namespace

void check(const kasab_chart& chart, const issue_sink& sink) {
  if (!is_stable_id(chart.id))
    sink.at("id").error("kasab.invalid_id",
                        chart.id.empty() ? std::string("a chart needs an id")
                                         : "\"" + chart.id +
                                               "\" is not a stable id (lower-case letters, "
                                               "digits and '_')");
  check_roles(chart.roles, sink.at("roles"));
  check_cells(chart, sink.at("cells"));
  if (chart.date) check_date(*chart.date, sink.at("date"));
}

}  // namespace kasab
LS_END_NAMESPACE
