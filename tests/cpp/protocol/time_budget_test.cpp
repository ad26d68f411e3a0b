#include <ls/protocol/protocol.hpp>
#include <ls/protocol/time_budget.hpp>

#include <catch2/catch.hpp>

using ls::protocol::protocol;
using ls::protocol::protocol_session_budget;

TEST_CASE("time budget: each session's budget against its steps, and the totals") {
  protocol p;
  p.id = "two_meetings";
  p.total_minutes = 100;
  p.sessions = {{"First", 45, {{1, "a", 20, std::nullopt}, {2, "b", 30, std::nullopt}}},
                {"Second", 45, {{3, "c", 40, std::nullopt}}}};
  auto budget = p.time_budget();
  CHECK(budget.protocol == "two_meetings");
  REQUIRE(budget.sessions.size() == 2);
  // First: 20 + 30 = 50 planned in 45, 5 over. Second: 40 in 45, 5 under.
  CHECK(budget.sessions[0] == protocol_session_budget{"First", 45, 50, 5});
  CHECK(budget.sessions[1] == protocol_session_budget{"Second", 45, 40, -5});
  // Totals: stated 100, sessions 45 + 45 = 90, steps 50 + 40 = 90, 10 under the total.
  CHECK(budget.budget_minutes == 100);
  CHECK(budget.session_budget_minutes == 90);
  CHECK(budget.planned_minutes == 90);
  CHECK(budget.difference_minutes == -10);
}

TEST_CASE("time budget: sums do not overflow, and an empty protocol gives zeros") {
  protocol p;
  p.total_minutes = 2'000'000'000;
  p.sessions = {{"Long", 2'000'000'000,
                 {{1, "a", 2'000'000'000, std::nullopt}, {2, "b", 2'000'000'000, std::nullopt}}}};
  auto budget = p.time_budget();
  CHECK(budget.planned_minutes == 4'000'000'000LL);
  CHECK(budget.sessions[0].difference_minutes == 2'000'000'000LL);

  auto empty = protocol{}.time_budget();
  CHECK(empty.sessions.empty());
  CHECK(empty.planned_minutes == 0);
  CHECK(empty.difference_minutes == 0);
}
