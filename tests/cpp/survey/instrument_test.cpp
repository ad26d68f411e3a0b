#include <ls/core/validate.hpp>
#include <ls/json/load.hpp>
#include <ls/survey/instrument.hpp>

#include "support/issues.hpp"

#include <catch2/catch.hpp>

#include <nlohmann/json.hpp>

#include <string>
#include <vector>

using ls::survey::instrument;

using ls_test::codes_and_paths;

namespace {

// Two scales: an agreement scale with a non-substantive middle (symmetric 1,2,4,5) and a
// frequency scale whose codes are not symmetric (1,2,3,7).
const char* small_instrument = R"({
  "id": "pulse", "title": "Pulse survey",
  "scales": [
    {"id": "agree", "options": [{"code": 1, "label": "disagree"}, {"code": 2, "label": "somewhat disagree"},
                                {"code": 3, "label": "no opinion", "non_substantive": true},
                                {"code": 4, "label": "somewhat agree", "favorable": true},
                                {"code": 5, "label": "agree", "favorable": true}]},
    {"id": "often", "options": [{"code": 1, "label": "never"}, {"code": 2, "label": "sometimes"},
                                {"code": 3, "label": "often", "favorable": true},
                                {"code": 7, "label": "always", "favorable": true}]}
  ],
  "items": [
    {"id": "q1", "text": "We share a vision.", "scale": "agree", "tags": [{"scheme": "six_factor", "id": "compelling_vision"}]},
    {"id": "q2", "text": "Leaders work against the vision.", "scale": "agree", "reverse_keyed": true},
    {"id": "q3", "text": "We visit each other's classes.", "scale": "often"},
    {"id": "q3_why", "text": "Why?", "open_text": true}
  ],
  "subscales": [{"id": "vision", "title": "Vision", "items": ["q1", "q2"], "min_answered": 1}]
})";

instrument load_small() { return ls::json::load<instrument>(small_instrument); }

}  // namespace

TEST_CASE("an instrument loads from JSON, and its lookups answer") {
  const auto value = load_small();
  CHECK(ls::validate(value).issues.empty());
  CHECK(value.find_item("q2")->reverse_keyed);
  CHECK_FALSE(value.find_item("q9"));
  CHECK(value.scale_of("q3")->id == "often");
  CHECK_FALSE(value.scale_of("q3_why"));
  CHECK_FALSE(value.scale_of("q9"));
  CHECK(value.rated_item_ids() == std::vector<std::string>{"q1", "q2", "q3"});
  auto tagged = value.items_tagged({"six_factor", "compelling_vision"});
  REQUIRE(tagged.size() == 1);
  CHECK(tagged[0].id == "q1");
}

TEST_CASE("instrument rules: id, title, items, unique ids") {
  auto value = load_small();
  value.id = "Pulse";
  value.title = "";
  value.scales.push_back(value.scales[0]);
  value.items.push_back(value.items[0]);
  value.subscales.push_back(value.subscales[0]);
  CHECK(codes_and_paths(ls::validate(value)) ==
        std::vector<std::string>{"survey.invalid_id /id", "survey.blank_title /title",
                                 "survey.duplicate_scale /scales/2/id",
                                 "survey.duplicate_item /items/4/id",
                                 "survey.duplicate_subscale /subscales/1/id"});
  value.items.clear();
  value.subscales.clear();
  auto report = ls::validate(value);
  CHECK(codes_and_paths(report)[2] == "survey.no_items /items");
}

TEST_CASE("an item's scale must exist, and reversal must stay on the scale") {
  auto value = load_small();
  value.items[0].scale = "agreement";
  value.items[2].reverse_keyed = true;  // 1,2,3,7: 8 - 2 = 6 is not a code
  CHECK(codes_and_paths(ls::validate(value)) ==
        std::vector<std::string>{"survey.unknown_scale /items/0/scale",
                                 "survey.reverse_not_symmetric /items/2/reverse_keyed"});
}

TEST_CASE("subscale items must exist and be rated, mixed scales and unused scales are warnings") {
  auto value = load_small();
  value.subscales[0].items = {"q1", "q9", "q3_why", "q3"};
  auto report = ls::validate(value);
  CHECK(codes_and_paths(report) == std::vector<std::string>{"survey.unknown_item /subscales/0/items/1",
                                                  "survey.open_text_in_subscale /subscales/0/items/2",
                                                  "survey.mixed_scales /subscales/0/items"});
  CHECK(report.issues[2].severity == ls::severity::warning);

  value = load_small();
  value.items[2].scale = "agree";
  report = ls::validate(value);
  CHECK(report.ok());
  CHECK(codes_and_paths(report) == std::vector<std::string>{"survey.unused_scale /scales/1"});
}

TEST_CASE("a malformed instrument file reports every structural problem at once") {
  auto result = ls::json::try_load<instrument>(R"({
    "id": "x", "title": 5,
    "items": [{"id": "q1", "scale": "s", "reverse_keyed": "yes"}, {"text": "t", "colour": 1}]
  })");
  CHECK_FALSE(result.value);
  CHECK(codes_and_paths(result.report) == std::vector<std::string>{
                                    "json.type_mismatch /title",
                                    "json.missing_key /items/0/text",
                                    "json.type_mismatch /items/0/reverse_keyed",
                                    "json.missing_key /items/1/id",
                                    "json.unknown_key /items/1/colour",
                                });
}

TEST_CASE("the exported instrument schema describes the file format") {
  const auto schema = nlohmann::json::parse(ls::survey::instrument_schema());
  CHECK(schema["$ref"] == "#/$defs/instrument");
  const auto& item = schema["$defs"]["survey_item"];
  CHECK(item["required"] == nlohmann::json::array({"id", "text"}));
  CHECK(item["additionalProperties"] == false);
  CHECK(schema["$defs"]["instrument"]["properties"]["items"]["items"]["$ref"] ==
        "#/$defs/survey_item");
}
