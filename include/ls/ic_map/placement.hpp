#pragma once
/// \file
/// Placements: a person or a team put at a level of one outcome of a map, on a date
/// (usually by a self-assessment). Whether a list of placements fits a map is checked by
/// check_placements; the rules of one placement alone by check().

#include <ls/core/issue_sink.hpp>
#include <ls/ic_map/ic_map.hpp>

#include <boost/describe.hpp>

#include <optional>
#include <string>
#include <vector>

LS_BEGIN_NAMESPACE
namespace ic_map {

/// Who is placed: one person, or a team (a school leadership team, a department).
enum class ic_subject_kind { person, team };
BOOST_DESCRIBE_ENUM(ic_subject_kind, person, team)

/// One subject at one level of one outcome on one date.
struct ic_placement {
  /// The id of the map.
  std::string map;
  /// The id of the outcome within the map.
  std::string outcome;
  /// The id of the person or team placed.
  std::string subject;
  ic_subject_kind subject_kind = ic_subject_kind::person;
  /// 1 = the ideal, up to the map's level_count.
  int level = 1;
  /// When the placement was made, "YYYY-MM-DD".
  std::string date;
  std::optional<std::string> note;

  friend bool operator==(const ic_placement&, const ic_placement&) = default;
};
BOOST_DESCRIBE_STRUCT(ic_placement, (), (map, outcome, subject, subject_kind, level, date, note))

/// Rules of one placement alone: map, outcome and subject are not blank
/// (ic_map.missing_map, ic_map.missing_outcome, ic_map.missing_subject); the date is a
/// date (date.invalid). What depends on the map is in check_placements.
void check(const ic_placement& placement, const issue_sink& sink);

/// Every issue of `placements` against `map`, with paths into the list ("/3/level"): the
/// rules of each placement (above), and: the map id is `map.id` (ic_map.wrong_map); the
/// outcome is one of the map's (ic_map.unknown_outcome); the level is within
/// 1..level_count (ic_map.level_out_of_range) and not a level the outcome leaves blank
/// (ic_map.blank_level_placement); the same subject (kind and id) is placed on an outcome
/// at most once per date (ic_map.duplicate_placement, at the repeat). The map's own rules
/// are not checked here (use ls::validate(map)). Never throws.
validation_report check_placements(const ic_map& map, const std::vector<ic_placement>& placements);

}  // namespace ic_map
LS_END_NAMESPACE
