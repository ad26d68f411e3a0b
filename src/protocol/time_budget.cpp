#include <ls/protocol/protocol.hpp>
#include <ls/protocol/time_budget.hpp>

#include <numeric>

LS_BEGIN_NAMESPACE
namespace protocol {

std::int64_t protocol_session::planned_minutes() const noexcept {
  return std::accumulate(steps.begin(), steps.end(), std::int64_t{0},
                         [](std::int64_t sum, const protocol_step& s) { return sum + s.minutes; });
}

protocol_time_budget protocol::time_budget() const {
  protocol_time_budget out;
  out.protocol = id;
  out.budget_minutes = total_minutes;
  for (const auto& session : sessions) {
    protocol_session_budget one;
    one.session = session.title;
    one.budget_minutes = session.minutes;
    one.planned_minutes = session.planned_minutes();
    one.difference_minutes = one.planned_minutes - one.budget_minutes;
    out.session_budget_minutes += one.budget_minutes;
    out.planned_minutes += one.planned_minutes;
    out.sessions.push_back(std::move(one));
  }
  out.difference_minutes = out.planned_minutes - out.budget_minutes;
  return out;
}

}  // namespace protocol
LS_END_NAMESPACE
