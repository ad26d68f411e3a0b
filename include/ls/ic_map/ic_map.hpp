#pragma once
/// \file
/// An Innovation Configuration map (DOMAIN.md section 7): a rubric for one role. Each row
/// is a desired outcome under a standard (and optionally one of its constructs), with a
/// description of what practice looks like at each level, from level 1 (the ideal) down
/// to the entry level. Placements of people and teams on a map are in placement.hpp.

#include <ls/catalog/tag.hpp>
#include <ls/core/issue_sink.hpp>

#include <boost/describe.hpp>

#include <optional>
#include <string>
#include <vector>

LS_BEGIN_NAMESPACE
namespace ic_map {

/// The fewest and most levels a map may have. Current maps use four, older ones six
/// (DOMAIN.md section 7). Two is the least that still describes a variation: with a
/// single level every placement would be "at the ideal", so a placement would carry no
/// information and the map would be a checklist, not a rubric.
inline constexpr int min_level_count = 2;
inline constexpr int max_level_count = 6;

/// One row of a map: a desired outcome and how practice varies from the ideal down.
struct ic_outcome {
  /// Stable id, unique within the map; placements refer to it.
  std::string id;
  /// The standard the outcome belongs to, e.g. {"standards_2022", "evidence"}.
  catalog::tag standard;
  /// The construct (2022 edition) or element (2011 edition), when the map names one.
  std::optional<catalog::tag> construct;
  /// What the role does when the outcome is fully met, in the map's words.
  std::string desired_outcome;
  /// The variations, index 0 = level 1 (the ideal), the last = the entry level. A level
  /// the map leaves blank is null (not an empty text), so "blank" has one spelling.
  std::vector<std::optional<std::string>> levels;

  friend bool operator==(const ic_outcome&, const ic_outcome&) = default;
};
BOOST_DESCRIBE_STRUCT(ic_outcome, (), (id, standard, construct, desired_outcome, levels))

/// A map for one role: its outcomes, all with the same number of levels.
struct ic_map {
  /// Stable id; placements name the map by it.
  std::string id;
  std::string title;
  /// The role the map describes, a stable id such as "principal" (see catalog/roles.hpp;
  /// a district's own roles are allowed, so the id is not restricted to the built-ins).
  std::string role;
  /// How many levels every outcome has, between min_level_count and max_level_count.
  /// Required in JSON like every number: a map says how many levels it has.
  int level_count = 4;
  std::vector<ic_outcome> outcomes;
  /// Catalog entries the map as a whole relates to (standards, attributes, ...).
  std::vector<catalog::tag> tags;

  /// The outcome with this id, or nothing.
  std::optional<ic_outcome> find_outcome(const std::string& outcome_id) const;

  friend bool operator==(const ic_map&, const ic_map&) = default;
};
BOOST_DESCRIBE_STRUCT(ic_map, (), (id, title, role, level_count, outcomes, tags, find_outcome))

/// Rules of one row: the id is stable (ic_map.missing_outcome_id, ic_map.invalid_outcome_id);
/// the desired outcome is not blank (ic_map.blank_desired_outcome); level 1 is not blank
/// (ic_map.blank_ideal); a level is null or real text, never blank text
/// (ic_map.blank_level_text); a warning when every level below 1 is blank
/// (ic_map.no_variations), since nobody could then be placed anywhere but the ideal.
void check(const ic_outcome& outcome, const issue_sink& sink);

/// Rules of a map: id and role are stable ids (ic_map.missing_id, ic_map.invalid_id,
/// ic_map.missing_role, ic_map.invalid_role); the title is not blank (ic_map.blank_title);
/// level_count is within [min_level_count, max_level_count] (ic_map.level_count_out_of_range);
/// there is at least one outcome (ic_map.no_outcomes); every outcome has exactly
/// level_count levels (ic_map.level_count_mismatch); outcome ids are unique
/// (ic_map.duplicate_outcome_id).
void check(const ic_map& map, const issue_sink& sink);

}  // namespace ic_map
LS_END_NAMESPACE
