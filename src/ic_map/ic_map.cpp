#include <ls/ic_map/ic_map.hpp>

#include <ls/core/text.hpp>
#include <ls/core/unique.hpp>

#include <algorithm>
#include <string>

LS_BEGIN_NAMESPACE
namespace ic_map {

namespace {

/// Blank text is its own error; anything else that is not a stable id is another.
void check_stable_id(const std::string& id, const issue_sink& sink, const char* what,
                     const std::string& missing_code, const std::string& invalid_code) {
  if (is_blank(id))
    sink.error(missing_code, std::string("a ") + what + " needs an id");
  else if (!is_stable_id(id))
    sink.error(invalid_code, "'" + id + "' is not a stable id (lower-case letters, digits "
                             "and '_', in dot-separated parts that start with a letter)");
}

bool is_blank_level(const std::optional<std::string>& level) { return !level.has_value(); }

}  // namespace

std::optional<ic_outcome> ic_map::find_outcome(const std::string& outcome_id) const {
  auto found = std::find_if(outcomes.begin(), outcomes.end(),
                            [&](const ic_outcome& o) { return o.id == outcome_id; });
  if (found == outcomes.end()) return std::nullopt;
  return *found;
}

void check(const ic_outcome& outcome, const issue_sink& sink) {
  check_stable_id(outcome.id, sink.at("id"), "desired outcome", "ic_map.missing_outcome_id",
                  "ic_map.invalid_outcome_id");
  if (is_blank(outcome.desired_outcome))
    sink.at("desired_outcome")
        .error("ic_map.blank_desired_outcome", "the desired outcome is not written");
  const auto& levels = outcome.levels;
  for (std::size_t i = 0; i < levels.size(); ++i)
    if (levels[i] && is_blank(*levels[i]))
      sink.at("levels").at(i).error(
          "ic_map.blank_level_text",
          "level " + std::to_string(i + 1) + " is blank text: write null to leave a level blank");
  if (!levels.empty() && is_blank_level(levels.front()))
    sink.at("levels").at(0).error("ic_map.blank_ideal",
                                  "level 1 (the ideal) must be described");
  if (levels.size() >= 2 && std::all_of(levels.begin() + 1, levels.end(), is_blank_level))
    sink.at("levels").warning("ic_map.no_variations",
                              "every level below 1 is blank: nobody can be placed below "
                              "the ideal on outcome '" + outcome.id + "'");
}

void check(const ic_map& map, const issue_sink& sink) {
  check_stable_id(map.id, sink.at("id"), "map", "ic_map.missing_id", "ic_map.invalid_id");
  if (is_blank(map.title)) sink.at("title").error("ic_map.blank_title", "a map needs a title");
  if (is_blank(map.role))
    sink.at("role").error("ic_map.missing_role", "a map needs the id of the role it describes");
  else if (!is_stable_id(map.role))
    sink.at("role").error("ic_map.invalid_role", "role '" + map.role + "' is not a stable id");
  if (map.level_count < min_level_count || map.level_count > max_level_count)
    sink.at("level_count")
        .error("ic_map.level_count_out_of_range",
               "level_count is " + std::to_string(map.level_count) + "; a map has between " +
                   std::to_string(min_level_count) + " and " + std::to_string(max_level_count) +
                   " levels");
  if (map.outcomes.empty())
    sink.at("outcomes").error("ic_map.no_outcomes", "a map needs at least one desired outcome");
  for (std::size_t i = 0; i < map.outcomes.size(); ++i) {
    const auto count = map.outcomes[i].levels.size();
    if (count != static_cast<std::size_t>(std::max(map.level_count, 0)))
      sink.at("outcomes").at(i).at("levels").error(
          "ic_map.level_count_mismatch",
          "outcome '" + map.outcomes[i].id + "' has " + std::to_string(count) +
              " levels, the map has " + std::to_string(map.level_count));
  }
  check_unique(map.outcomes, sink.at("outcomes"), "id", "ic_map.duplicate_outcome_id",
               [](const ic_outcome& o) { return o.id; });
}

}  // namespace ic_map
LS_END_NAMESPACE
