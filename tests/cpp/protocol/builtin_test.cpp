#include <ls/core/error.hpp>
#include <ls/core/validate.hpp>
#include <ls/data/embedded.hpp>
#include <ls/json/load.hpp>
#include <ls/protocol/builtin.hpp>

#include <catch2/catch.hpp>

#include <numeric>
#include <vector>

using ls::protocol::protocol;

namespace {
std::vector<int> step_minutes(const ls::protocol::protocol_session& session) {
  std::vector<int> out;
  for (const auto& step : session.steps) out.push_back(step.minutes);
  return out;
}
std::vector<int> step_numbers(const ls::protocol::protocol_session& session) {
  std::vector<int> out;
  for (const auto& step : session.steps) out.push_back(step.number);
  return out;
}
}  // namespace

TEST_CASE("built-in protocols: listed by id, found by id") {
  CHECK(ls::protocol::builtin_protocol_ids() ==
        std::vector<std::string>{"kasab_roles", "six_factor_support"});
  CHECK(ls::protocol::builtin_protocols().size() == 2);
  CHECK(ls::protocol::builtin_protocol("six_factor_support").total_minutes == 90);
  try {
    (void)ls::protocol::builtin_protocol("kasab");
    FAIL("should throw");
  } catch (const ls::error& e) {
    CHECK_THAT(std::string(e.what()),
               Catch::Contains("'kasab'") && Catch::Contains("kasab_roles, six_factor_support"));
  }
}

TEST_CASE("built-in KASAB protocol: the source's minutes, and its mismatches reported") {
  auto loaded = ls::json::try_load<protocol>(*ls::embedded_data("protocols/kasab_roles.json"));
  REQUIRE(loaded.value);  // warnings do not stop loading
  const auto& kasab = *loaded.value;
  CHECK(kasab == ls::protocol::builtin_protocol("kasab_roles"));
  CHECK(kasab.total_minutes == 180);
  REQUIRE(kasab.sessions.size() == 2);
  CHECK(kasab.sessions[0].minutes == 90);
  CHECK(kasab.sessions[1].minutes == 90);
  CHECK(step_numbers(kasab.sessions[0]) == std::vector<int>{1, 2, 3, 4, 5, 6, 7, 8, 9});
  CHECK(step_minutes(kasab.sessions[0]) == std::vector<int>{5, 5, 10, 10, 20, 5, 15, 20, 5});
  CHECK(step_numbers(kasab.sessions[1]) == std::vector<int>{10, 11, 12});
  CHECK(step_minutes(kasab.sessions[1]) == std::vector<int>{10, 50, 15});

  // Session I: 5+5+10+10+20+5+15+20+5 = 95 against 90; session II: 10+50+15 = 75 against
  // 90. The sessions' budgets, 90+90, do match the total of 180: no third warning.
  const auto& issues = loaded.report.issues;
  REQUIRE(issues.size() == 2);
  CHECK(issues[0].code == "protocol.session_time_mismatch");
  CHECK(issues[0].path == "/sessions/0");
  CHECK(issues[0].severity == ls::severity::warning);
  CHECK_THAT(issues[0].message, Catch::Contains("95 minutes") && Catch::Contains("budget of 90"));
  CHECK(issues[1].code == "protocol.session_time_mismatch");
  CHECK(issues[1].path == "/sessions/1");
  CHECK_THAT(issues[1].message, Catch::Contains("75 minutes") && Catch::Contains("budget of 90"));
  CHECK(ls::validate(kasab) == loaded.report);

  auto budget = kasab.time_budget();
  CHECK(budget.sessions[0].planned_minutes == 95);
  CHECK(budget.sessions[0].difference_minutes == 5);
  CHECK(budget.sessions[1].planned_minutes == 75);
  CHECK(budget.sessions[1].difference_minutes == -15);
  CHECK(budget.session_budget_minutes == 180);
  CHECK(budget.planned_minutes == 170);
  CHECK(budget.difference_minutes == -10);
}

TEST_CASE("built-in six-factor protocol: one 90-minute session that adds up") {
  auto loaded =
      ls::json::try_load<protocol>(*ls::embedded_data("protocols/six_factor_support.json"));
  REQUIRE(loaded.value);
  CHECK(loaded.report.issues.empty());
  const auto& six = *loaded.value;
  REQUIRE(six.sessions.size() == 1);
  CHECK(six.sessions[0].minutes == 90);
  CHECK(step_numbers(six.sessions[0]) == std::vector<int>{1, 2, 3, 4});
  CHECK(step_minutes(six.sessions[0]) == std::vector<int>{15, 30, 30, 15});
  CHECK(six.time_budget().difference_minutes == 0);
}

TEST_CASE("built-in protocols: every file under protocols/ loads in strict mode") {
  for (auto name : ls::embedded_data_names()) {
    if (!name.starts_with("protocols/")) continue;
    INFO(name);
    auto loaded = ls::json::try_load<protocol>(*ls::embedded_data(name), ls::json::read_options{true});
    CHECK(loaded.value);
    CHECK(loaded.report.ok());
  }
}
