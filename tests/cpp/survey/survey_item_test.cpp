#include <ls/core/validate.hpp>
#include <ls/survey/survey_item.hpp>

#include "support/issues.hpp"

#include <catch2/catch.hpp>

#include <string>
#include <vector>

using ls::survey::survey_item;

namespace {
std::vector<std::string> codes(const survey_item& item) {
  return ls_test::codes_and_paths(ls::validate(item));
}
}  // namespace

TEST_CASE("a rated item and an open-text item are both fine") {
  CHECK(codes({"q1", "Our district has a vision.", "agree_5", false, false, {}}).empty());
  CHECK(codes({"q1_examples", "Which examples?", std::nullopt, true, false, {}}).empty());
}

TEST_CASE("an item needs an id that matches a header exactly, and a text") {
  CHECK(codes({" ", "", "agree_5", false, false, {}}) ==
        std::vector<std::string>{"survey.blank_id /id", "survey.blank_text /text"});
  CHECK(codes({"q1 ", "Text", "agree_5", false, false, {}}) ==
        std::vector<std::string>{"survey.id_spaces /id"});
}

TEST_CASE("a rated item names its scale, an open-text item has none and is not reversed") {
  CHECK(codes({"q1", "Text", std::nullopt, false, false, {}}) ==
        std::vector<std::string>{"survey.missing_scale /scale"});
  CHECK(codes({"q1", "Text", " ", false, false, {}}) ==
        std::vector<std::string>{"survey.missing_scale /scale"});
  CHECK(codes({"q1", "Text", "agree_5", true, true, {}}) ==
        std::vector<std::string>{"survey.open_text_scale /scale",
                                 "survey.open_text_reversed /reverse_keyed"});
}

TEST_CASE("an item's tags are checked where they are") {
  survey_item item{"q1", "Text", "agree_5", false, false, {{"standards_2022", ""}}};
  CHECK(codes(item) == std::vector<std::string>{"tag.blank_id /tags/0/id"});
}
