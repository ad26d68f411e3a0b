#pragma once
/// \file
/// Where every learning team of a system is in its cycle on a given day, and for how
/// long: the view a district leader monitors (DOMAIN.md section 3).
///
/// A log with errors does not stop the overview: its row says `invalid` and carries the
/// issues, with paths into the list of logs ("/2/entries/3/stage"), so the other teams
/// are still shown and nothing is silently dropped. A bad date or organization is a
/// misuse of the call instead, and throws.

#include <ls/core/issue.hpp>
#include <ls/cycle/log.hpp>
#include <ls/org/organization.hpp>

#include <boost/describe.hpp>

#include <optional>
#include <string>
#include <vector>

LS_BEGIN_NAMESPACE
namespace cycle {

enum class team_cycle_state {
  /// The organization has this team but no log was given for it.
  no_log,
  /// The log has no entry started on or before the date.
  not_started,
  /// The team is in a stage, or has finished one and not yet logged the next.
  in_progress,
  /// The log has errors (see issues); no position is given.
  invalid
};
BOOST_DESCRIBE_ENUM(team_cycle_state, no_log, not_started, in_progress, invalid)

/// One team in the overview.
struct team_cycle_status {
  std::string team;
  /// Index of the team's log in the list given; absent for a team without a log.
  std::optional<int> log;
  /// The school the team belongs to (organization::school_of), when an organization was
  /// given and the team is at a school.
  std::optional<std::string> school;
  team_cycle_state state = team_cycle_state::not_started;
  /// Present when the state is in_progress.
  std::optional<cycle_position> position;
  /// Days from the start of the current stage to the date (0 on the day it started),
  /// present with position.
  std::optional<int> days_in_stage;
  /// Every issue of the team's log (errors and warnings) and of its place in the
  /// organization, with paths into the list of logs.
  std::vector<issue> issues;

  friend bool operator==(const team_cycle_status&, const team_cycle_status&) = default;
};
BOOST_DESCRIBE_STRUCT(team_cycle_status, (),
                      (team, log, school, state, position, days_in_stage, issues))

struct cycle_overview_report {
  /// The date the overview describes.
  std::string as_of;
  /// One row per log, in the order given; then, when an organization was given, one row
  /// (state no_log) per team of it that has no log, in the organization's order.
  std::vector<team_cycle_status> teams;

  /// Rows whose state is `invalid`.
  int invalid_count() const;

  friend bool operator==(const cycle_overview_report&, const cycle_overview_report&) = default;
};
BOOST_DESCRIBE_STRUCT(cycle_overview_report, (), (as_of, teams, invalid_count))

/// The position of every team on `as_of` (an ISO date).
///
/// Each log is validated; one with errors gives an `invalid` row with its issues. Across
/// logs: cycle.duplicate_team (a second log for the same team, reported on the later one,
/// which is then invalid: two logs cannot both say where a team is). With an
/// organization, each log is also checked against it: cycle.unknown_team (its team is no
/// unit of the organization), cycle.not_a_team (the unit is a school or a network). These
/// are errors of the row, at "/<index>/team".
///
/// Throws ls::error when `as_of` is not a date, and ls::validation_error (the
/// organization's report) when the organization has errors: it is the frame every row is
/// placed in. The inputs are not modified.
cycle_overview_report cycle_overview(const std::vector<cycle_log>& logs, const std::string& as_of,
                                     const std::optional<org::organization>& organization =
                                         std::nullopt);

}  // namespace cycle
LS_END_NAMESPACE
