#pragma once
/// \file
/// A protocol's time budget set against its plan: for each session, the minutes it is
/// given and the minutes its steps add up to, and the same for the whole protocol. Books
/// do not always make these agree (the KASAB protocol's first session plans 95 minutes
/// in a 90-minute session), so the report shows both figures instead of trusting one.
/// Computed by protocol::time_budget() (protocol.hpp).

#include <ls/version.hpp>

#include <boost/describe.hpp>

#include <cstdint>
#include <string>
#include <vector>

LS_BEGIN_NAMESPACE
namespace protocol {

/// One session: its budget, its plan, and how far apart they are.
struct protocol_session_budget {
  /// The session's title.
  std::string session;
  /// The minutes the session is given.
  std::int64_t budget_minutes = 0;
  /// The minutes its steps add up to.
  std::int64_t planned_minutes = 0;
  /// planned - budget: positive when the steps need more time than the session has.
  std::int64_t difference_minutes = 0;

  friend bool operator==(const protocol_session_budget&, const protocol_session_budget&) = default;
};
BOOST_DESCRIBE_STRUCT(protocol_session_budget, (),
                      (session, budget_minutes, planned_minutes, difference_minutes))

/// The whole protocol.
struct protocol_time_budget {
  /// The protocol's id.
  std::string protocol;
  std::vector<protocol_session_budget> sessions;
  /// The protocol's stated total time (its total_minutes).
  std::int64_t budget_minutes = 0;
  /// The sessions' budgets added up (compare with budget_minutes).
  std::int64_t session_budget_minutes = 0;
  /// Every step's minutes added up.
  std::int64_t planned_minutes = 0;
  /// planned - budget (the stated total): positive when the steps need more time.
  std::int64_t difference_minutes = 0;

  friend bool operator==(const protocol_time_budget&, const protocol_time_budget&) = default;
};
BOOST_DESCRIBE_STRUCT(protocol_time_budget, (),
                      (protocol, sessions, budget_minutes, session_budget_minutes,
                       planned_minutes, difference_minutes))

}  // namespace protocol
LS_END_NAMESPACE
