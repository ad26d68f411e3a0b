#include "scoring/reference.hpp"
#include "support/issues.hpp"

#include <ls/core/error.hpp>
#include <ls/core/validate.hpp>
#include <ls/json/load.hpp>
#include <ls/scoring/scoring_plan.hpp>
#include <ls/survey/builtin_instruments.hpp>

#include <catch2/catch.hpp>

#include <cmath>

using ls::scoring::make_scoring_plan;
using ls::scoring::min_answered_for;
using ls::scoring::scoring_options;

TEST_CASE("scoring options: the pro-rating fraction is above 0 and at most 1") {
  CHECK(ls::validate(scoring_options{}).issues.empty());
  CHECK(ls::validate(scoring_options{{}, 1.0}).issues.empty());
  for (double bad : {0.0, -0.5, 1.5, std::nan("")})
    ls_test::require_one(ls::validate(scoring_options{{}, bad}), "scoring.min_answered_fraction",
                         "/min_answered_fraction");
}

TEST_CASE("scoring options load from JSON, with every issue of a bad document") {
  const auto good = ls::json::load<scoring_options>(
      R"({"non_substantive": "score_as_code", "min_answered_fraction": 0.75})");
  CHECK(good.non_substantive == ls::responses::non_substantive_policy::score_as_code);
  CHECK(good.min_answered_fraction == 0.75);
  auto bad = ls::json::try_load<scoring_options>(R"({"non_substantive": "drop", "min_answered_fraction": 0})");
  CHECK(ls_test::codes_and_paths(bad.report) ==
        std::vector<std::string>{"json.unknown_enum /non_substantive"});
  auto range = ls::json::try_load<scoring_options>(
      R"({"non_substantive": "exclude", "min_answered_fraction": 2})");
  ls_test::require_one(range.report, "scoring.min_answered_fraction", "/min_answered_fraction");
  CHECK_FALSE(ls::json::try_load<scoring_options>("{").value);
}

TEST_CASE("the pro-rating minimum: the subscale's own, else half the items rounded up") {
  CHECK(min_answered_for(5, std::nullopt, 0.5) == 3);
  CHECK(min_answered_for(4, std::nullopt, 0.5) == 2);
  CHECK(min_answered_for(1, std::nullopt, 0.5) == 1);
  CHECK(min_answered_for(3, std::nullopt, 1.0) == 3);
  CHECK(min_answered_for(3, std::nullopt, 0.01) == 1);
  CHECK(min_answered_for(5, 2, 0.5) == 2);
  CHECK(min_answered_for(5, 5, 0.1) == 5);
}

TEST_CASE("a plan from an instrument: columns in the data's order, reverse keys, subscales") {
  const auto instrument = ls_test::scoring_reference::reference_instrument();
  const auto plan = make_scoring_plan(instrument, {"q5", "q1", "q2", "q3", "q4"});
  REQUIRE(plan.column_count() == 5);
  CHECK(plan.items[0] == "q5");
  // q5 is reverse-keyed: code 5 scores 1, code 1 scores 5 and is favorable
  CHECK(plan.codings[0].value_of(5) == 1);
  CHECK(plan.codings[0].is_favorable(1));
  CHECK(plan.codings[1].value_of(5) == 5);
  CHECK(std::isnan(plan.codings[1].value_of(3)));  // no opinion: not scored
  REQUIRE(plan.subscales.size() == 2);
  CHECK(plan.subscales[0].id == "all5");
  CHECK(plan.subscales[0].columns == std::vector<std::size_t>{1, 2, 3, 4, 0});
  CHECK(plan.subscales[0].min_answered == 3);
  CHECK(plan.subscales[0].min_answered_from_subscale);
  CHECK(plan.subscales[1].columns == std::vector<std::size_t>{1, 2});
  CHECK(plan.subscales[1].min_answered == 1);  // half of two
  CHECK_FALSE(plan.subscales[1].min_answered_from_subscale);
  CHECK(plan.options[1].size() == 5);
  // the kernels' tables agree with the codings
  CHECK(plan.tables[0].value[5 + 128] == 1);
  CHECK(plan.tables[1].scored[3 + 128] == 0);
  CHECK(plan.tables[1].value[3 + 128] == 0);
  CHECK(plan.tables[1].favorable[4 + 128] == 1);
  CHECK(plan.tables[1].scored[static_cast<std::size_t>(0)] == 0);  // missing
}

TEST_CASE("the policy of the options reaches the codings") {
  scoring_options options;
  options.non_substantive = ls::responses::non_substantive_policy::score_as_code;
  options.min_answered_fraction = 1.0;
  const auto plan = make_scoring_plan(ls_test::scoring_reference::reference_instrument(), {"q1", "q2", "q3", "q4", "q5"}, options);
  CHECK(plan.codings[0].value_of(3) == 3);
  CHECK(plan.subscales[1].min_answered == 2);
  CHECK(plan.settings.min_answered_fraction == 1.0);
}

TEST_CASE("a plan refuses columns and subscales that do not fit, naming them") {
  const auto instrument = ls_test::scoring_reference::reference_instrument();
  CHECK_THROWS_WITH(make_scoring_plan(instrument, {"q1", "q2", "q3", "q4", "q9"}),
                    Catch::Contains("\"q9\" is not a rated item"));
  CHECK_THROWS_WITH(make_scoring_plan(instrument, {"q1", "q1", "q3", "q4", "q5"}),
                    Catch::Contains("\"q1\" is named twice"));
  CHECK_THROWS_WITH(make_scoring_plan(instrument, {"q1", "q2", "q3"}),
                    Catch::Contains("subscale \"all5\" needs item(s) \"q4\", \"q5\""));
  CHECK_THROWS_AS(make_scoring_plan(instrument, {"q1"}, scoring_options{{}, 0}),
                  ls::validation_error);
  auto broken = instrument;
  broken.subscales[0].items.push_back("q1");
  CHECK_THROWS_AS(make_scoring_plan(broken, {"q1", "q2", "q3", "q4", "q5"}), ls::validation_error);
}

TEST_CASE("a plan from bare codings and subscales naming columns") {
  const auto coding = ls::responses::make_item_coding(ls::responses::integer_scale(1, 4));
  ls::survey::subscale s{"ab", "A and B", {"b", "a"}, std::nullopt, {}};
  const auto plan = make_scoring_plan({"a", "b", "c"}, {coding, coding, coding}, {s});
  CHECK(plan.subscales[0].columns == std::vector<std::size_t>{1, 0});
  CHECK(plan.subscales[0].min_answered == 1);
  CHECK(plan.options[0].empty());
  CHECK_THROWS_WITH(make_scoring_plan({"a", "b"}, {coding}, {}),
                    Catch::Contains("2 columns but 1 item codings"));
  s.min_answered = 3;  // more than its two items
  CHECK_THROWS_AS(make_scoring_plan({"a", "b", "c"}, {coding, coding, coding}, {s}),
                  ls::validation_error);
}

TEST_CASE("instrument codings: one per item id, from the built-in instrument too") {
  const auto wawn = ls::survey::builtin_instrument("where_are_we_now");
  const auto codings = ls::scoring::instrument_codings(wawn, {"vision", "definition"});
  REQUIRE(codings.size() == 2);
  CHECK(codings[0].kind_of(3) == ls::responses::answer_kind::non_substantive);
  CHECK_THROWS_WITH(ls::scoring::instrument_codings(wawn, {"nope"}),
                    Catch::Contains("\"nope\" is not a rated item of instrument \"where_are_we_now\""));
  const auto plan = make_scoring_plan(wawn, wawn.rated_item_ids());
  CHECK(plan.subscales.size() == wawn.subscales.size());
}

TEST_CASE("require_columns compares the data's columns with the plan's") {
  const auto plan = make_scoring_plan(ls_test::scoring_reference::reference_instrument(), {"q1", "q2", "q3", "q4", "q5"});
  std::vector<std::int8_t> codes(4, 1);
  CHECK_THROWS_WITH(ls::scoring::require_columns({codes.data(), 2, 2, 2}, plan),
                    Catch::Contains("2 columns but the scoring plan has 5"));
}
