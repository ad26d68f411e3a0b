#include <ls/kasab/diff.hpp>

#include <catch2/catch.hpp>

using namespace ls::kasab;

namespace {

constexpr auto draft = descriptor_status::draft;
constexpr auto agreed = descriptor_status::agreed;

/// Session I: the rough draft.
kasab_chart session_one() {
  kasab_chart c;
  c.id = "pl_roles";
  c.cells = {
      {kasab_dimension::knowledge,
       "school_leadership_team",
       {{"Knows the definition", "ana", draft}, {"Reads research", "ben", draft}}},
      {kasab_dimension::knowledge, "district_leader", {{"Knows each plan", "carla", draft}}},
  };
  return c;
}

/// Session II: one descriptor agreed (re-typed in another case), one dropped, one new,
/// one unchanged; a coach column with one descriptor; a theory of action.
kasab_chart session_two() {
  kasab_chart c;
  c.id = "pl_roles";
  c.roles.push_back("coach");
  c.cells = {
      {kasab_dimension::knowledge,
       "school_leadership_team",
       {{"knows the  definition", "ana", agreed}, {"Knows the data", "dee", draft}}},
      {kasab_dimension::knowledge, "district_leader", {{"Knows each plan", "carla", draft}}},
      {kasab_dimension::skills, "coach", {{"Models lessons", "eve", draft}}},
  };
  c.theory_of_action =
      theory_of_action{{"Share the chart"}, {{"Time", {"Early release"}}}, {}, {}};
  return c;
}

}  // namespace

TEST_CASE("diff from session I to session II") {
  auto changes = diff(session_one(), session_two());
  CHECK(changes.roles_added == std::vector<std::string>{"coach"});
  CHECK(changes.roles_removed.empty());
  REQUIRE(changes.cells.size() == 2);

  const auto& slt = changes.cells[0];
  CHECK(slt.dimension == kasab_dimension::knowledge);
  CHECK(slt.role == "school_leadership_team");
  REQUIRE(slt.added.size() == 1);
  CHECK(slt.added[0].text == "Knows the data");
  REQUIRE(slt.removed.size() == 1);
  CHECK(slt.removed[0].text == "Reads research");
  REQUIRE(slt.status_changed.size() == 1);
  CHECK(slt.status_changed[0].text == "knows the  definition");
  CHECK(slt.status_changed[0].before == draft);
  CHECK(slt.status_changed[0].after == agreed);

  const auto& coach = changes.cells[1];
  CHECK(coach.dimension == kasab_dimension::skills);
  CHECK(coach.role == "coach");
  CHECK(coach.added.size() == 1);

  const auto& plan = changes.theory_of_action;
  CHECK(plan.first_steps_added == std::vector<std::string>{"Share the chart"});
  REQUIRE(plan.barriers_added.size() == 1);
  CHECK(plan.barriers_added[0].barrier == "Time");
  CHECK_FALSE(plan.empty());
  CHECK_FALSE(changes.empty());

  CHECK(changes.summary() ==
        "roles added: coach\n"
        "Knowledge / school_leadership_team: 1 added, 1 removed, 1 draft -> agreed\n"
        "Skills / coach: 1 added\n"
        "theory of action, first steps: 1 added\n"
        "theory of action, barriers: 1 added\n");
}

TEST_CASE("the reverse diff mirrors it") {
  auto changes = diff(session_two(), session_one());
  CHECK(changes.roles_removed == std::vector<std::string>{"coach"});
  REQUIRE(changes.cells.size() == 2);
  CHECK(changes.cells[0].status_changed[0].after == draft);
  CHECK(changes.cells[1].removed.size() == 1);
  CHECK(changes.theory_of_action.first_steps_removed.size() == 1);
  CHECK_THAT(changes.summary(),
             Catch::Contains("Knowledge / school_leadership_team: 1 added, 1 removed, "
                             "1 agreed -> draft\n"));
}

TEST_CASE("a chart compared with itself has no changes") {
  auto changes = diff(session_two(), session_two());
  CHECK(changes.empty());
  CHECK(changes.cells.empty());
  CHECK(changes.summary() == "no changes\n");
  // A missing theory of action is the same as an empty one.
  auto with_empty_plan = session_one();
  with_empty_plan.theory_of_action = theory_of_action{};
  CHECK(diff(session_one(), with_empty_plan).empty());
}

TEST_CASE("repeated texts are matched one to one") {
  auto before = session_one();
  before.cells[1].descriptors.push_back({"knows each plan", "ben", draft});
  auto changes = diff(before, session_one());
  REQUIRE(changes.cells.size() == 1);
  REQUIRE(changes.cells[0].removed.size() == 1);
  CHECK(changes.cells[0].removed[0].author == "ben");
}

TEST_CASE("a change of author alone is not a change") {
  auto after = session_one();
  after.cells[0].descriptors[0].author = "zed";
  CHECK(diff(session_one(), after).empty());
}

TEST_CASE("theory-of-action items and countermeasures are compared by normalised text") {
  auto before = session_two();
  auto after = session_two();
  after.theory_of_action->first_steps = {"share the CHART", "Visit pilot schools"};
  after.theory_of_action->barriers[0].countermeasures = {"Early release", "Paid summer days"};
  after.theory_of_action->barriers.push_back({"Turnover", {"Induction"}});
  after.theory_of_action->supports = {"Coaching"};
  before.theory_of_action->evidence = {"Agendas"};
  auto plan = diff(before, after).theory_of_action;
  CHECK(plan.first_steps_added == std::vector<std::string>{"Visit pilot schools"});
  CHECK(plan.first_steps_removed.empty());
  REQUIRE(plan.barriers_changed.size() == 1);
  CHECK(plan.barriers_changed[0].barrier == "Time");
  CHECK(plan.barriers_changed[0].countermeasures_added ==
        std::vector<std::string>{"Paid summer days"});
  CHECK(plan.barriers_changed[0].countermeasures_removed.empty());
  CHECK(plan.barriers_added.size() == 1);
  CHECK(plan.supports_added == std::vector<std::string>{"Coaching"});
  CHECK(plan.evidence_removed == std::vector<std::string>{"Agendas"});
  CHECK_THAT(diff(before, after).summary(),
             Catch::Contains("theory of action, barriers: 1 added, 1 with changed "
                             "countermeasures\n"));
}

TEST_CASE("a removed role's cells show as removed descriptors, after the later roles") {
  auto before = session_two();
  auto after = session_two();
  after.roles = {"coach", "district_leader"};
  after.cells.erase(after.cells.begin());  // the school leadership team's cell
  auto changes = diff(before, after);
  CHECK(changes.roles_removed == std::vector<std::string>{"school_leadership_team"});
  REQUIRE(changes.cells.size() == 1);
  CHECK(changes.cells[0].role == "school_leadership_team");
  CHECK(changes.cells[0].removed.size() == 2);
}
