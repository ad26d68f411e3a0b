#include <ls/cycle/log.hpp>

#include <ls/core/date.hpp>
#include <ls/core/error.hpp>
#include <ls/core/text.hpp>
#include <ls/core/validate.hpp>
#include <ls/reflect/traits.hpp>

#include <cstddef>

LS_BEGIN_NAMESPACE
namespace cycle {

namespace {

std::string name_of(cycle_stage stage) { return std::string(reflect::enumerator_name(stage)); }

/// The stage and iteration the next entry must have. The iteration is wide so that the
/// step after the last stage of iteration INT_MAX (a nonsense value a file may hold) does
/// not overflow.
struct expectation {
  cycle_stage stage;
  long long iteration;
};

expectation after(cycle_definition definition, cycle_stage stage, long long iteration) {
  const auto stages = cycle_stages(definition);
  const auto number = static_cast<std::size_t>(cycle_stage_number(definition, stage).value_or(0));
  if (number < stages.size()) return {stages[number], iteration};
  return {stages.front(), iteration + 1};
}

std::string describe(const expectation& e) {
  return "'" + name_of(e.stage) + "' of iteration " + std::to_string(e.iteration);
}

void check_order(const cycle_log& log, const issue_sink& entries_sink) {
  expectation expected{cycle_stages(log.definition).front(), 1};
  for (std::size_t i = 0; i < log.entries.size(); ++i) {
    const auto& entry = log.entries[i];
    const auto sink = entries_sink.at(i);
    if (!cycle_stage_number(log.definition, entry.stage)) {
      sink.at("stage").error("cycle.stage_not_in_definition",
                             "stage '" + name_of(entry.stage) + "' is not part of a " +
                                 std::string(reflect::enumerator_name(log.definition)) +
                                 " cycle (expected " + describe(expected) + ")");
      expected = after(log.definition, expected.stage, expected.iteration);
      continue;
    }
    const std::string got = describe({entry.stage, entry.iteration});
    if (entry.stage != expected.stage)
      sink.at("stage").error("cycle.unexpected_stage",
                             "expected " + describe(expected) + ", got " + got +
                                 " (to skip a stage, log it with skipped = true)");
    else if (entry.iteration != expected.iteration)
      sink.at("iteration")
          .error("cycle.unexpected_iteration", "expected " + describe(expected) + ", got " + got);
    // Check what follows against this entry, so one slip is reported once.
    expected = after(log.definition, entry.stage, entry.iteration);
  }
}

void check_dates(const cycle_log& log, const issue_sink& entries_sink) {
  for (std::size_t i = 0; i + 1 < log.entries.size(); ++i)
    if (!log.entries[i].ended)
      entries_sink.at(i).at("ended").error(
          "cycle.open_entry", "entry " + std::to_string(i) +
                                  " has no end, but only the last entry may be under way");
  for (std::size_t i = 1; i < log.entries.size(); ++i) {
    const auto& previous = log.entries[i - 1];
    const auto started = parse_date(log.entries[i].started);
    const auto previous_started = parse_date(previous.started);
    const auto previous_ended = previous.ended ? parse_date(*previous.ended) : std::nullopt;
    if (!started) continue;
    const auto sink = entries_sink.at(i).at("started");
    if (previous_started && *started < *previous_started)
      sink.error("cycle.started_before_previous",
                 "started " + log.entries[i].started + ", before the previous entry started (" +
                     previous.started + ")");
    else if (previous_ended && *started < *previous_ended)
      sink.error("cycle.started_before_previous_ended",
                 "started " + log.entries[i].started + ", before the previous entry ended (" +
                     *previous.ended + ")");
  }
}

cycle_position make_position(cycle_definition definition, const cycle_entry& entry,
                             bool ended_yet) {
  cycle_position p;
  p.stage = entry.stage;
  p.stage_number = cycle_stage_number(definition, entry.stage).value_or(0);
  p.stage_count = static_cast<int>(cycle_stages(definition).size());
  p.iteration = entry.iteration;
  p.since = entry.started;
  if (ended_yet) p.ended = entry.ended;
  p.open = !ended_yet;
  p.skipped = entry.skipped;
  return p;
}

}  // namespace

std::optional<cycle_position> cycle_log::position() const {
  require_valid(*this);
  if (entries.empty()) return std::nullopt;
  return make_position(definition, entries.back(), entries.back().ended.has_value());
}

std::optional<cycle_position> cycle_log::position_as_of(const std::string& as_of) const {
  const auto day = parse_date(as_of);
  if (!day) throw error("as_of '" + as_of + "' is not a date written as YYYY-MM-DD");
  require_valid(*this);
  const cycle_entry* latest = nullptr;
  for (const auto& entry : entries)  // dates of a valid log never go back
    if (*parse_date(entry.started) <= *day) latest = &entry;
  if (!latest) return std::nullopt;
  const bool ended_yet = latest->ended && *parse_date(*latest->ended) <= *day;
  return make_position(definition, *latest, ended_yet);
}

int cycle_log::completed_iterations() const {
  require_valid(*this);
  const auto last = cycle_stages(definition).back();
  int count = 0;
  for (const auto& entry : entries)
    if (entry.stage == last && entry.ended) ++count;
  return count;
}

void check(const cycle_evidence& evidence, const issue_sink& sink) {
  if (is_blank(evidence.description))
    sink.at("description").error("cycle.blank_evidence", "evidence needs a description");
  if (evidence.source && is_blank(*evidence.source))
    sink.at("source").error("cycle.blank_source",
                            "a source, when given, says where the evidence is");
}

void check(const cycle_entry& entry, const issue_sink& sink) {
  check_date(entry.started, sink.at("started"));
  if (entry.ended) {
    check_date(*entry.ended, sink.at("ended"));
    const auto started = parse_date(entry.started);
    const auto ended = parse_date(*entry.ended);
    if (started && ended && *ended < *started)
      sink.at("ended").error("cycle.ended_before_started",
                             "ended " + *entry.ended + ", before it started (" + entry.started +
                                 ")");
  }
  if (is_blank(entry.owner))
    sink.at("owner").error("cycle.blank_owner", "a stage needs an owner");
  if (entry.skipped && (!entry.skip_reason || is_blank(*entry.skip_reason)))
    sink.at("skip_reason")
        .error("cycle.missing_skip_reason",
               "stage '" + name_of(entry.stage) + "' was skipped: say why in skip_reason");
  if (!entry.skipped && entry.skip_reason)
    sink.at("skip_reason")
        .warning("cycle.unused_skip_reason",
                 "stage '" + name_of(entry.stage) +
                     "' has a skip_reason but was not skipped (set skipped = true if it was)");
  if (!entry.skipped && entry.ended && entry.evidence.empty())
    sink.at("evidence").warning("cycle.no_evidence",
                                "stage '" + name_of(entry.stage) +
                                    "' was carried out and finished without any evidence");
}

void check(const cycle_log& log, const issue_sink& sink) {
  if (!is_stable_id(log.team))
    sink.at("team").error("cycle.invalid_team",
                          "team '" + log.team + "' is not a stable id (the id of a team unit)");
  check_order(log, sink.at("entries"));
  check_dates(log, sink.at("entries"));
}

}  // namespace cycle
LS_END_NAMESPACE
