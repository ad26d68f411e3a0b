#include <ls/ic_map/placement.hpp>

#include <ls/core/date.hpp>
#include <ls/core/text.hpp>
#include <ls/core/validate.hpp>

#include <map>
#include <string>
#include <tuple>

LS_BEGIN_NAMESPACE
namespace ic_map {

namespace {

std::string subject_name(const ic_placement& p) {
  return (p.subject_kind == ic_subject_kind::team ? "team '" : "person '") + p.subject + "'";
}

void check_level(const ic_map& map, const ic_placement& p, const issue_sink& sink) {
  if (p.level < 1 || p.level > map.level_count) {
    sink.error("ic_map.level_out_of_range",
               "level " + std::to_string(p.level) + " is not between 1 and " +
                   std::to_string(map.level_count) + " (the levels of map '" + map.id + "')");
    return;
  }
  auto outcome = map.find_outcome(p.outcome);
  if (!outcome) return;  // reported as ic_map.unknown_outcome
  const auto index = static_cast<std::size_t>(p.level - 1);
  if (index < outcome->levels.size() && !outcome->levels[index])
    sink.error("ic_map.blank_level_placement",
               "outcome '" + p.outcome + "' leaves level " + std::to_string(p.level) +
                   " blank, so nobody can be placed there");
}

/// Against the map: which map, which outcome, which level.
void check_against_map(const ic_map& map, const ic_placement& p, const issue_sink& sink) {
  if (!is_blank(p.map) && p.map != map.id)
    sink.at("map").error("ic_map.wrong_map",
                         "placement is on map '" + p.map + "', not on '" + map.id + "'");
  if (!is_blank(p.outcome) && !map.find_outcome(p.outcome))
    sink.at("outcome").error("ic_map.unknown_outcome",
                             "map '" + map.id + "' has no outcome '" + p.outcome + "'");
  check_level(map, p, sink.at("level"));
}

}  // namespace

void check(const ic_placement& placement, const issue_sink& sink) {
  if (is_blank(placement.map))
    sink.at("map").error("ic_map.missing_map", "a placement needs the id of its map");
  if (is_blank(placement.outcome))
    sink.at("outcome").error("ic_map.missing_outcome", "a placement needs the id of an outcome");
  if (is_blank(placement.subject))
    sink.at("subject").error("ic_map.missing_subject",
                             "a placement needs the id of the person or team placed");
  check_date(placement.date, sink.at("date"));
}

validation_report check_placements(const ic_map& map,
                                   const std::vector<ic_placement>& placements) {
  auto report = validate(placements);
  issue_sink sink(report);
  using key = std::tuple<ic_subject_kind, std::string, std::string, std::string>;
  std::map<key, std::size_t> first_seen;
  for (std::size_t i = 0; i < placements.size(); ++i) {
    const auto& p = placements[i];
    check_against_map(map, p, sink.at(i));
    if (is_blank(p.subject) || is_blank(p.outcome)) continue;  // reported above
    auto [where, inserted] = first_seen.emplace(key{p.subject_kind, p.subject, p.outcome, p.date}, i);
    if (!inserted)
      sink.at(i).error("ic_map.duplicate_placement",
                       subject_name(p) + " is placed on outcome '" + p.outcome + "' on " +
                           p.date + " already by element " + std::to_string(where->second));
  }
  return report;
}

}  // namespace ic_map
LS_END_NAMESPACE
