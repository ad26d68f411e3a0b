#include "responses/fixtures.hpp"
#include "support/issues.hpp"

#include <ls/responses/code_check.hpp>

#include <catch2/catch.hpp>

using namespace ls::responses;

TEST_CASE("codes on their scales, or missing, have no issue") {
  response_matrix m({"q1", "q3"}, 3, {1, 3, missing_code, 5, 4, 2});
  CHECK(check_codes(m.view(), m.item_ids(), ls_test::pulse_instrument()).issues.empty());
}

TEST_CASE("each column with bad codes is one issue with the count, first row and code") {
  response_matrix m({"q1", "q2"}, 4, {1, 9, 0, 9, 5, 5, 5, 5});
  const auto report = check_codes(m.view(), m.item_ids(), ls_test::pulse_instrument());
  ls_test::require_one(report, "responses.not_on_scale", "/codes/0");
  CHECK(report.issues[0].message.find("3 codes of item \"q1\"") == 0);
  CHECK(report.issues[0].message.find("the first is 9 in row 1") != std::string::npos);
}

TEST_CASE("columns must be rated items, as many ids as columns") {
  response_matrix m({"q1", "comments", "nope"}, 1, {1, 1, 1});
  CHECK(ls_test::codes_and_paths(check_codes(m.view(), m.item_ids(), ls_test::pulse_instrument())) ==
        std::vector<std::string>{"responses.not_rated /items/1", "responses.unknown_item /items/2"});
  ls_test::require_one(check_codes(m.view(), {"q1"}, ls_test::pulse_instrument()),
                       "responses.item_count", "/items");
}
