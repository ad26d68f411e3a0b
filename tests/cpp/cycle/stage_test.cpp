#include <ls/core/text.hpp>
#include <ls/cycle/stage.hpp>

#include <catch2/catch.hpp>

#include <set>

using namespace ls::cycle;
using enum cycle_stage;

TEST_CASE("six steps: five shared stages, then monitor and evaluate in one") {
  CHECK(cycle_stages(cycle_definition::six_steps) ==
        std::vector<cycle_stage>{analyze_data, set_goals, extend_learning, select_strategies,
                                 apply_with_support, monitor_and_evaluate});
}

TEST_CASE("seven steps: the last step split into monitor and refine, then evaluate") {
  CHECK(cycle_stages(cycle_definition::seven_steps) ==
        std::vector<cycle_stage>{analyze_data, set_goals, extend_learning, select_strategies,
                                 apply_with_support, monitor_and_refine, evaluate});
}

TEST_CASE("the number of a stage in a definition, or nothing") {
  CHECK(cycle_stage_number(cycle_definition::six_steps, analyze_data) == 1);
  CHECK(cycle_stage_number(cycle_definition::six_steps, monitor_and_evaluate) == 6);
  CHECK_FALSE(cycle_stage_number(cycle_definition::six_steps, evaluate));
  CHECK_FALSE(cycle_stage_number(cycle_definition::six_steps, monitor_and_refine));
  CHECK(cycle_stage_number(cycle_definition::seven_steps, apply_with_support) == 5);
  CHECK(cycle_stage_number(cycle_definition::seven_steps, monitor_and_refine) == 6);
  CHECK(cycle_stage_number(cycle_definition::seven_steps, evaluate) == 7);
  CHECK_FALSE(cycle_stage_number(cycle_definition::seven_steps, monitor_and_evaluate));
}

TEST_CASE("every stage has its own title and a description") {
  std::set<std::string> titles;
  for (auto stage : {analyze_data, set_goals, extend_learning, select_strategies,
                     apply_with_support, monitor_and_evaluate, monitor_and_refine, evaluate}) {
    auto described = describe_cycle_stage(stage);
    CHECK(described.stage == stage);
    CHECK_FALSE(ls::is_blank(described.title));
    CHECK(described.description.size() > 40);
    titles.insert(described.title);
  }
  CHECK(titles.size() == 8);
  CHECK(describe_cycle_stage(set_goals).title == "Set shared goals");
}

#include "support/enum_catalog.hpp"

TEST_CASE("the stages are exactly the entries of the cycle_stage catalog, which holds their text") {
  CHECK(ls_test::enumerator_names<cycle_stage>() == ls_test::builtin_ids("cycle_stage"));
  CHECK(describe_cycle_stage(evaluate).description ==
        *ls::catalog::builtin_catalogs().get("cycle_stage")->find("evaluate")->description);
}
