#include "responses/fixtures.hpp"

#include <ls/core/error.hpp>
#include <ls/responses/item_coding.hpp>

#include <catch2/catch.hpp>

#include <cmath>

using namespace ls::responses;

namespace {
// DOMAIN.md section 6: five points, "no opinion" (3) in the middle, non-substantive.
ls::survey::response_scale agreement() { return ls_test::agreement_scale(); }
}  // namespace

TEST_CASE("codes are read as their kind and value, missing and no opinion stay apart") {
  const auto c = make_item_coding(agreement());
  CHECK(c.kind_of(missing_code) == answer_kind::missing);
  CHECK(c.kind_of(3) == answer_kind::non_substantive);
  CHECK(c.kind_of(4) == answer_kind::substantive);
  CHECK(c.kind_of(7) == answer_kind::invalid);
  CHECK(std::isnan(c.value_of(3)));
  CHECK(std::isnan(c.value_of(missing_code)));
  CHECK(c.value_of(4) == 4);
  CHECK(c.is_favorable(5));
  CHECK_FALSE(c.is_favorable(2));
  CHECK(c.option_count == 4);
  CHECK(c.minimum == 1);
  CHECK(c.maximum == 5);
}

TEST_CASE("a reverse key scores x as max + min - x and turns favorable around") {
  const auto c = make_item_coding(agreement(), true);
  CHECK(c.value_of(5) == 1);
  CHECK(c.value_of(4) == 2);
  CHECK(c.value_of(2) == 4);
  CHECK(c.value_of(1) == 5);
  CHECK(c.is_favorable(1));  // "strongly disagree" with a negatively worded item
  CHECK(c.is_favorable(2));
  CHECK_FALSE(c.is_favorable(5));
  CHECK(c.kind_of(3) == answer_kind::non_substantive);
}

TEST_CASE("the non-substantive policy can score no opinion as its code") {
  const auto c = make_item_coding(agreement(), false, non_substantive_policy::score_as_code);
  CHECK(c.value_of(3) == 3);
  CHECK(c.kind_of(3) == answer_kind::non_substantive);
  CHECK(c.option_count == 4);
}

TEST_CASE("codes a byte cannot hold, and reversals that leave the scale, are errors") {
  auto wide = ls::responses::integer_scale(1, 3);
  wide.options[2].code = 200;
  CHECK_THROWS_AS(make_item_coding(wide), ls::error);
  ls::survey::response_scale odd{"odd", {{1, "a", false, false}, {2, "b", false, false}, {7, "c", false, false}}};
  CHECK_NOTHROW(make_item_coding(odd));
  CHECK_THROWS_WITH(make_item_coding(odd, true), Catch::Contains("gives 6"));
}

TEST_CASE("an integer scale codes each whole number as itself") {
  const auto c = make_item_coding(integer_scale(1, 6));
  CHECK(c.option_count == 6);
  CHECK(c.value_of(6) == 6);
  CHECK(c.kind_of(0) == answer_kind::invalid);
}
