#pragma once
/// \file
/// A learning team's record of its cycles of continuous improvement: one entry per stage
/// it went through, in order, with dates, an owner and the evidence the stage produced.
/// A team that runs the cycle again starts a new iteration. From the log, position()
/// tells where the team is.

#include <ls/catalog/tag.hpp>
#include <ls/core/issue_sink.hpp>
#include <ls/cycle/stage.hpp>

#include <boost/describe.hpp>

#include <optional>
#include <string>
#include <vector>

LS_BEGIN_NAMESPACE
namespace cycle {

/// What a piece of evidence is (DOMAIN.md section 3 names the first five).
enum class cycle_evidence_kind { data_source, goal, strategy, implementation_note, result, other };
BOOST_DESCRIBE_ENUM(cycle_evidence_kind, data_source, goal, strategy, implementation_note, result,
                    other)

struct cycle_evidence {
  cycle_evidence_kind kind = cycle_evidence_kind::other;
  /// What it says or shows, e.g. "grade 4 fractions: 38% proficient on the fall benchmark".
  std::string description;
  /// Where it can be found: a file, a link, a report name.
  std::optional<std::string> source;
  /// Standards, attributes, ... this evidence relates to (catalog tags).
  std::vector<catalog::tag> tags;

  friend bool operator==(const cycle_evidence&, const cycle_evidence&) = default;
};
BOOST_DESCRIBE_STRUCT(cycle_evidence, (), (kind, description, source, tags))

/// One stage of one iteration, as the team lived it.
struct cycle_entry {
  cycle_stage stage = cycle_stage::analyze_data;
  /// Which run of the cycle, from 1.
  int iteration = 1;
  /// The day the stage began, "2026-09-14".
  std::string started;
  /// The day it was finished; absent while the stage is under way (last entry only).
  std::optional<std::string> ended;
  /// Who is responsible for the stage: a person's id or a name.
  std::string owner;
  std::vector<cycle_evidence> evidence;
  /// The team decided not to do this stage in this iteration. A stage is skipped by
  /// logging it so, never by leaving it out: the log then shows the decision and why.
  bool skipped = false;
  /// Why the stage was skipped (required when skipped).
  std::optional<std::string> skip_reason;

  friend bool operator==(const cycle_entry&, const cycle_entry&) = default;
};
BOOST_DESCRIBE_STRUCT(cycle_entry, (),
                      (stage, iteration, started, ended, owner, evidence, skipped, skip_reason))

/// Where a team is in its cycle.
struct cycle_position {
  /// The stage of the latest entry: the one under way, or the last one finished.
  cycle_stage stage = cycle_stage::analyze_data;
  /// Its 1-based place in the definition and the definition's number of stages, so
  /// "stage 3 of 7" needs no lookup.
  int stage_number = 1;
  int stage_count = 6;
  int iteration = 1;
  /// The day the stage began.
  std::string since;
  /// The day it ended, when it has (as of the date asked about).
  std::optional<std::string> ended;
  /// True while the stage is under way (no end yet, as of the date asked about).
  bool open = false;
  /// The stage was logged as skipped.
  bool skipped = false;

  friend bool operator==(const cycle_position&, const cycle_position&) = default;
};
BOOST_DESCRIBE_STRUCT(cycle_position, (),
                      (stage, stage_number, stage_count, iteration, since, ended, open, skipped))

struct cycle_log {
  /// The id of the learning team (an org_unit of kind team).
  std::string team;
  cycle_definition definition = cycle_definition::six_steps;
  /// In the order the stages happened.
  std::vector<cycle_entry> entries;

  /// Where the team is after its latest entry; nothing for an empty log (the team has
  /// not started). Throws ls::validation_error, with every issue, when the log has
  /// errors: the position of a log out of order would be a guess.
  std::optional<cycle_position> position() const;
  /// Where the team was on a day (ISO date): the latest entry started on or before it;
  /// nothing when no entry had started yet. An entry that ended after `as_of` counts as
  /// open. Throws ls::error for a malformed date, ls::validation_error for a log with
  /// errors.
  std::optional<cycle_position> position_as_of(const std::string& as_of) const;
  /// Iterations whose last stage (monitor_and_evaluate, or evaluate) has ended, skipped
  /// or not. Throws ls::validation_error for a log with errors.
  int completed_iterations() const;

  friend bool operator==(const cycle_log&, const cycle_log&) = default;
};
BOOST_DESCRIBE_STRUCT(cycle_log, (),
                      (team, definition, entries, position, position_as_of,
                       completed_iterations))

/// Rules: a description (cycle.blank_evidence); a source, when given, is not blank
/// (cycle.blank_source).
void check(const cycle_evidence& evidence, const issue_sink& sink);

/// Rules at the entry's own level:
/// - date.invalid: started, ended;
/// - cycle.ended_before_started;
/// - cycle.blank_owner;
/// - cycle.missing_skip_reason: a skipped entry without a reason;
/// - cycle.unused_skip_reason (warning): a reason on an entry that was not skipped;
/// - cycle.no_evidence (warning): a stage carried out and finished with no evidence.
void check(const cycle_entry& entry, const issue_sink& sink);

/// Rules that relate the entries:
/// - cycle.invalid_team: the team is not a stable id;
/// - cycle.stage_not_in_definition: e.g. evaluate in a six-step log;
/// - cycle.unexpected_stage, cycle.unexpected_iteration: the first entry is stage 1 of
///   iteration 1; each next one is the next stage of the same iteration, or after the
///   last stage, stage 1 of the next iteration. The message names what was expected.
///   A wrong stage is reported at `stage` (naming the expected iteration too), a right
///   stage in the wrong iteration at `iteration`. After a wrong entry the order is checked
///   on from that entry, so a skipped-over stage or a jump in numbering is reported once,
///   not on every later entry (a typo in one entry's iteration shows on it and the next);
/// - cycle.started_before_previous, cycle.started_before_previous_ended: dates never go
///   back (the same day is fine);
/// - cycle.open_entry: an entry without an end that is not the last.
void check(const cycle_log& log, const issue_sink& sink);

}  // namespace cycle
LS_END_NAMESPACE
