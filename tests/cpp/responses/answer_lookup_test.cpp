#include "responses/fixtures.hpp"

#include <ls/core/error.hpp>
#include <ls/responses/answer_lookup.hpp>

#include <catch2/catch.hpp>

using ls::responses::answer_lookup;

TEST_CASE("a lookup accepts the scale's codes, no opinion included, and nothing else") {
  const answer_lookup lookup(ls_test::agreement_scale());
  for (int code = 1; code <= 5; ++code) CHECK(lookup.accepts(code));
  CHECK_FALSE(lookup.accepts(0));
  CHECK_FALSE(lookup.accepts(6));
  CHECK_FALSE(lookup.accepts(-128));  // the missing code is not an answer
  CHECK_FALSE(lookup.accepts(1000));
  CHECK(lookup.scale_id() == "agree_5");
  CHECK(lookup.codes_text() == "5, 4, 3, 2, 1");
}

TEST_CASE("labels map to codes ignoring ASCII case unless asked not to") {
  const answer_lookup relaxed(ls_test::agreement_scale());
  CHECK(relaxed.code_of_label("agree") == 4);
  CHECK(relaxed.code_of_label("Strongly AGREE") == 5);
  CHECK(relaxed.code_of_label("no opinion") == 3);
  CHECK_FALSE(relaxed.code_of_label("agreed"));
  CHECK_FALSE(relaxed.code_of_label(" agree"));  // readers trim; the lookup does not
  const answer_lookup strict(ls_test::agreement_scale(), true);
  CHECK(strict.code_of_label("agree") == 4);
  CHECK_FALSE(strict.code_of_label("Agree"));
  CHECK(strict.labels_text().find("\"strongly agree\"") == 0);
}

TEST_CASE("a scale code that one byte cannot hold is refused") {
  auto scale = ls_test::agreement_scale();
  scale.options[0].code = 200;
  CHECK_THROWS_AS(answer_lookup(scale), ls::error);
  CHECK_THROWS_WITH(answer_lookup(scale), Catch::Contains("200"));
}

TEST_CASE("case-insensitive comparison touches ASCII letters only") {
  using ls::responses::equal_ignoring_ascii_case;
  CHECK(equal_ignoring_ascii_case("AbC", "aBc"));
  CHECK_FALSE(equal_ignoring_ascii_case("abc", "abcd"));
  CHECK_FALSE(equal_ignoring_ascii_case("\xc3\x89", "\xc3\xa9"));  // E and e with acute
  CHECK(ls::responses::ascii_lower("Agree 5") == "agree 5");
}
