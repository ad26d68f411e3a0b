#pragma once
/// \file
/// A facilitation protocol (DOMAIN.md sections 4, 5 and 8): a purpose, a total time,
/// materials, and one or more sessions of numbered, timed steps, producing something (a
/// chart, ratings, a plan). Built-in protocols are in builtin.hpp; a user's own are read
/// from JSON with ls::json::load<protocol>.
///
/// A plan whose minutes do not add up is reported (warnings protocol.session_time_mismatch
/// and protocol.total_time_mismatch), never corrected: the figures are the source's.

#include <ls/catalog/tag.hpp>
#include <ls/core/issue_sink.hpp>
#include <ls/protocol/time_budget.hpp>

#include <boost/describe.hpp>

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

LS_BEGIN_NAMESPACE
namespace protocol {

/// One timed step. Numbers run across the whole protocol (a second session continues
/// where the first stopped), as facilitators refer to "step 10".
struct protocol_step {
  int number = 1;
  /// A short title.
  std::string title;
  int minutes = 0;
  /// What the facilitator and the group do, when more than the title is needed.
  std::optional<std::string> description;

  friend bool operator==(const protocol_step&, const protocol_step&) = default;
};
BOOST_DESCRIBE_STRUCT(protocol_step, (), (number, title, minutes, description))

/// A meeting: its time budget and its steps, in order.
struct protocol_session {
  std::string title;
  /// The time the session is given (its budget), which its steps should fill.
  int minutes = 0;
  std::vector<protocol_step> steps;

  /// The minutes its steps add up to (in 64 bits, so no sum of minutes overflows).
  std::int64_t planned_minutes() const noexcept;

  friend bool operator==(const protocol_session&, const protocol_session&) = default;
};
BOOST_DESCRIBE_STRUCT(protocol_session, (), (title, minutes, steps, planned_minutes))

struct protocol {
  /// Stable id, e.g. "kasab_roles".
  std::string id;
  std::string title;
  /// Why a group runs it, in a sentence or two.
  std::string purpose;
  /// The stated total time, which the sessions' budgets should add up to.
  int total_minutes = 0;
  /// What the room needs: "chart paper", "markers", ...
  std::vector<std::string> materials;
  std::vector<protocol_session> sessions;
  /// What it yields: "KASAB chart", "theory of action", ...
  std::vector<std::string> produces;
  /// Where it comes from (a book and chapter), for attribution.
  std::optional<std::string> source;
  /// Catalog entries it relates to (roles, standards, factors, ...).
  std::vector<catalog::tag> tags;

  /// Each session's budget against its steps, and the totals (time_budget.hpp).
  protocol_time_budget time_budget() const;

  friend bool operator==(const protocol&, const protocol&) = default;
};
BOOST_DESCRIBE_STRUCT(protocol, (),
                      (id, title, purpose, total_minutes, materials, sessions, produces, source,
                       tags, time_budget))

/// Rules of a step: its number is at least 1 (protocol.invalid_step_number); a title
/// (protocol.blank_step_title); minutes > 0 (protocol.nonpositive_step_minutes).
void check(const protocol_step& step, const issue_sink& sink);

/// Rules of a session: a title (protocol.blank_session_title); minutes > 0
/// (protocol.nonpositive_session_minutes); at least one step (protocol.empty_session);
/// a warning when its steps add up to more or fewer minutes than it is given
/// (protocol.session_time_mismatch, at the session, naming both figures).
void check(const protocol_session& session, const issue_sink& sink);

/// Rules of a protocol: a stable id (protocol.missing_id, protocol.invalid_id); title and
/// purpose not blank (protocol.blank_title, protocol.blank_purpose); total_minutes > 0
/// (protocol.nonpositive_total_minutes); at least one session (protocol.no_sessions);
/// materials and products not blank (protocol.blank_material, protocol.blank_product);
/// step numbers unique and increasing across all sessions (protocol.duplicate_step_number,
/// protocol.step_out_of_order), with a warning when a number is skipped or the first is
/// not 1 (protocol.step_number_gap); a warning when the sessions' budgets do not add up
/// to total_minutes (protocol.total_time_mismatch, at /total_minutes).
void check(const protocol& value, const issue_sink& sink);

}  // namespace protocol
LS_END_NAMESPACE
