#include <ls/catalog/check_tags.hpp>
#include <ls/core/error.hpp>
#include <ls/core/validate.hpp>
#include <ls/data/embedded.hpp>
#include <ls/json/load.hpp>
#include <ls/survey/builtin_instruments.hpp>

#include <catch2/catch.hpp>

using ls::survey::builtin_instrument;
using ls::survey::builtin_instruments;

TEST_CASE("the built-in instruments are valid and their tags resolve") {
  REQUIRE(builtin_instruments().size() == 2);
  CHECK(builtin_instruments()[0].id == "six_factor_rating");
  CHECK(builtin_instruments()[1].id == "where_are_we_now");
  for (const auto& value : builtin_instruments()) {
    INFO(value.id);
    CHECK(ls::validate(value).issues.empty());
    CHECK(ls::catalog::check_tags(value).issues.empty());
  }
}

TEST_CASE("'Where are we now?' has five statements on the agreement scale with no opinion apart") {
  const auto value = builtin_instrument("where_are_we_now");
  CHECK(value.items.size() == 5);
  REQUIRE(value.scales.size() == 1);
  // The same scale as the one shipped on its own.
  CHECK(value.scales[0] == ls::json::load<ls::survey::response_scale>(
                               *ls::embedded_data("scales/agreement_5_no_opinion.json")));
  CHECK(value.scales[0].substantive_count() == 4);
  CHECK(value.scales[0].options[2].label == "no opinion");
  CHECK(value.scales[0].options[2].non_substantive);
}

TEST_CASE("the six-factor form rates each factor 1..4 and asks for examples of each") {
  const auto value = builtin_instrument("six_factor_rating");
  CHECK(value.rated_item_ids().size() == 6);
  CHECK(value.items.size() == 12);
  for (const char* factor : {"compelling_vision", "standards_driven", "definition_of_professional_learning",
                             "new_roles_and_responsibilities", "evaluation", "resources"}) {
    auto items = value.items_tagged({"six_factor", factor});
    REQUIRE(items.size() == 2);
    CHECK_FALSE(items[0].open_text);
    CHECK(items[1].open_text);
  }
  const auto scale = value.scale_of("evaluation.rating");
  REQUIRE(scale);
  CHECK(scale->options.front().code == 1);
  CHECK(scale->options.back().code == 4);
}

TEST_CASE("an unknown built-in instrument is an error naming the ones there are") {
  CHECK_THROWS_WITH(builtin_instrument("nope"),
                    Catch::Contains("six_factor_rating, where_are_we_now"));
}
