#include <ls/core/validate.hpp>
#include <ls/survey/subscale.hpp>

#include "support/issues.hpp"

#include <catch2/catch.hpp>

#include <string>
#include <vector>

using ls::survey::subscale;

namespace {
std::vector<std::string> codes(const subscale& value) {
  return ls_test::codes_and_paths(ls::validate(value));
}
}  // namespace

TEST_CASE("a subscale with a stable id, a title and distinct items is fine") {
  CHECK(codes({"vision", "Vision", {"q1", "q2"}, 2, {}}).empty());
  CHECK(codes({"vision", "Vision", {"q1"}, std::nullopt, {}}).empty());
}

TEST_CASE("subscale rules") {
  CHECK(codes({"Vision", " ", {}, std::nullopt, {}}) ==
        std::vector<std::string>{"survey.invalid_subscale_id /id", "survey.blank_title /title",
                                 "survey.empty_subscale /items"});
  CHECK(codes({"vision", "Vision", {"q1", "q2", "q1", "q1"}, std::nullopt, {}}) ==
        std::vector<std::string>{"survey.duplicate_subscale_item /items/2",
                                 "survey.duplicate_subscale_item /items/3"});
}

TEST_CASE("min_answered lies between 1 and the number of items") {
  CHECK(codes({"v", "V", {"q1", "q2"}, 0, {}}) ==
        std::vector<std::string>{"survey.min_answered_range /min_answered"});
  CHECK(codes({"v", "V", {"q1", "q2"}, 3, {}}) ==
        std::vector<std::string>{"survey.min_answered_range /min_answered"});
  CHECK(codes({"v", "V", {"q1", "q2"}, 1, {}}).empty());
}
