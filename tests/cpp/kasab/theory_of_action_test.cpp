#include <ls/core/validate.hpp>
#include <ls/kasab/theory_of_action.hpp>

#include <catch2/catch.hpp>

using ls::kasab::theory_of_action;
using ls::kasab::theory_of_action_barrier;

namespace {
theory_of_action plan() {
  return {{"Share the agreed chart with every principal", "Pilot it in two schools"},
          {{"No common planning time", {"Use early-release days", "Free one meeting a month"}}},
          {"A coach for each pilot school"},
          {"Team agendas show the chart's behaviors by December"}};
}
}  // namespace

TEST_CASE("a complete theory of action has no issue") {
  CHECK(ls::validate(plan()).issues.empty());
}

TEST_CASE("a barrier without countermeasure is a warning at its countermeasures") {
  auto p = plan();
  p.barriers.push_back({"Principals doubt the value", {}});
  auto report = ls::validate(p);
  REQUIRE(report.issues.size() == 1);
  CHECK(report.issues[0].code == "kasab.barrier_without_countermeasure");
  CHECK(report.issues[0].path == "/barriers/1/countermeasures");
  CHECK(report.issues[0].severity == ls::severity::warning);
  CHECK_THAT(report.issues[0].message, Catch::Contains("Principals doubt the value"));
  CHECK(report.ok());
}

TEST_CASE("only blank countermeasures are both blank items and no countermeasure") {
  theory_of_action p;
  p.barriers.push_back({" ", {""}});
  auto report = ls::validate(p);
  REQUIRE(report.issues.size() == 3);
  CHECK(report.issues[0].code == "kasab.blank_item");
  CHECK(report.issues[0].path == "/barriers/0/barrier");
  CHECK(report.issues[1].code == "kasab.blank_item");
  CHECK(report.issues[1].path == "/barriers/0/countermeasures/0");
  CHECK(report.issues[2].code == "kasab.barrier_without_countermeasure");
  CHECK(report.issues[2].severity == ls::severity::warning);
}

TEST_CASE("blank first steps, supports and evidence are errors where they are") {
  auto p = plan();
  p.first_steps[1] = "";
  p.supports.push_back("  ");
  p.evidence.insert(p.evidence.begin(), "\n");
  auto report = ls::validate(p);
  REQUIRE(report.issues.size() == 3);
  for (const auto& issue : report.issues) {
    CHECK(issue.code == "kasab.blank_item");
    CHECK(issue.severity == ls::severity::error);
  }
  CHECK(report.issues[0].path == "/first_steps/1");
  CHECK(report.issues[1].path == "/supports/1");
  CHECK(report.issues[2].path == "/evidence/0");
}
