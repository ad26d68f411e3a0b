#include <ls/protocol/protocol.hpp>

#include <ls/core/text.hpp>

#include <cstdint>
#include <numeric>
#include <set>
#include <string>

LS_BEGIN_NAMESPACE
namespace protocol {

namespace {

/// "5 over", "15 under".
std::string over_or_under(std::int64_t planned, std::int64_t budget) {
  const auto difference = planned - budget;
  return difference > 0 ? std::to_string(difference) + " over"
                        : std::to_string(-difference) + " under";
}

void check_texts(const std::vector<std::string>& texts, const issue_sink& sink,
                 const char* code, const char* what) {
  for (std::size_t i = 0; i < texts.size(); ++i)
    if (is_blank(texts[i])) sink.at(i).error(code, std::string("a blank ") + what);
}

/// Numbers run across sessions: each is new, larger than the one before, and (a warning
/// otherwise) exactly one more; the first is 1.
void check_step_numbers(const protocol& value, const issue_sink& sink) {
  std::set<int> seen;
  std::optional<int> previous;
  for (std::size_t s = 0; s < value.sessions.size(); ++s) {
    const auto& steps = value.sessions[s].steps;
    for (std::size_t k = 0; k < steps.size(); ++k) {
      const int number = steps[k].number;
      const auto at = sink.at("sessions").at(s).at("steps").at(k).at("number");
      if (!seen.insert(number).second)
        at.error("protocol.duplicate_step_number",
                 "step number " + std::to_string(number) + " is used twice");
      else if (previous && number < *previous)
        at.error("protocol.step_out_of_order", "step " + std::to_string(number) +
                                                   " comes after step " +
                                                   std::to_string(*previous));
      else if (number >= 1 && !previous && number != 1)
        at.warning("protocol.step_number_gap",
                   "the first step is numbered " + std::to_string(number) + ", not 1");
      else if (number >= 1 && previous && number != *previous + 1)
        at.warning("protocol.step_number_gap", "step " + std::to_string(number) +
                                                   " follows step " +
                                                   std::to_string(*previous) +
                                                   ": numbers are skipped");
      previous = number;
    }
  }
}

void check_total_time(const protocol& value, const issue_sink& sink) {
  if (value.sessions.empty() || value.total_minutes <= 0) return;  // reported otherwise
  const auto budgets = std::accumulate(
      value.sessions.begin(), value.sessions.end(), std::int64_t{0},
      [](std::int64_t sum, const protocol_session& s) { return sum + s.minutes; });
  if (budgets != value.total_minutes)
    sink.at("total_minutes")
        .warning("protocol.total_time_mismatch",
                 "the sessions' budgets add up to " + std::to_string(budgets) +
                     " minutes against a total of " + std::to_string(value.total_minutes) +
                     " (" + over_or_under(budgets, value.total_minutes) + ")");
}

}  // namespace

void check(const protocol_step& step, const issue_sink& sink) {
  if (step.number < 1)
    sink.at("number").error("protocol.invalid_step_number",
                            "step number " + std::to_string(step.number) + " is below 1");
  if (is_blank(step.title))
    sink.at("title").error("protocol.blank_step_title", "a step needs a title");
  if (step.minutes <= 0)
    sink.at("minutes").error("protocol.nonpositive_step_minutes",
                             "step " + std::to_string(step.number) + " takes " +
                                 std::to_string(step.minutes) + " minutes; it needs at least 1");
}

void check(const protocol_session& session, const issue_sink& sink) {
  if (is_blank(session.title))
    sink.at("title").error("protocol.blank_session_title", "a session needs a title");
  if (session.minutes <= 0)
    sink.at("minutes").error("protocol.nonpositive_session_minutes",
                             "session '" + session.title + "' is given " +
                                 std::to_string(session.minutes) + " minutes");
  if (session.steps.empty()) {
    sink.at("steps").error("protocol.empty_session",
                           "session '" + session.title + "' has no steps");
    return;
  }
  const auto planned = session.planned_minutes();
  if (session.minutes > 0 && planned != session.minutes)
    sink.warning("protocol.session_time_mismatch",
                 "the steps of session '" + session.title + "' add up to " +
                     std::to_string(planned) + " minutes against its budget of " +
                     std::to_string(session.minutes) + " (" +
                     over_or_under(planned, session.minutes) + ")");
}

void check(const protocol& value, const issue_sink& sink) {
  if (is_blank(value.id))
    sink.at("id").error("protocol.missing_id", "a protocol needs an id");
  else if (!is_stable_id(value.id))
    sink.at("id").error("protocol.invalid_id",
                        "'" + value.id + "' is not a stable id (lower-case letters, digits "
                        "and '_', in dot-separated parts that start with a letter)");
  if (is_blank(value.title))
    sink.at("title").error("protocol.blank_title", "a protocol needs a title");
  if (is_blank(value.purpose))
    sink.at("purpose").error("protocol.blank_purpose", "a protocol needs a purpose");
  if (value.total_minutes <= 0)
    sink.at("total_minutes")
        .error("protocol.nonpositive_total_minutes",
               "total_minutes is " + std::to_string(value.total_minutes));
  if (value.sessions.empty())
    sink.at("sessions").error("protocol.no_sessions", "a protocol needs at least one session");
  check_texts(value.materials, sink.at("materials"), "protocol.blank_material", "material");
  check_texts(value.produces, sink.at("produces"), "protocol.blank_product", "product");
  check_step_numbers(value, sink);
  check_total_time(value, sink);
}

}  // namespace protocol
LS_END_NAMESPACE
