#include <ls/core/text.hpp>

#include <catch2/catch.hpp>

TEST_CASE("is_blank is true only for whitespace") {
  CHECK(ls::is_blank(""));
  CHECK(ls::is_blank(" \t\r\n"));
  CHECK_FALSE(ls::is_blank(" a "));
}

TEST_CASE("is_stable_id accepts dotted snake_case and nothing else") {
  CHECK(ls::is_stable_id("evidence"));
  CHECK(ls::is_stable_id("learning_communities.collective_responsibility"));
  CHECK(ls::is_stable_id("step_2"));
  CHECK_FALSE(ls::is_stable_id(""));
  CHECK_FALSE(ls::is_stable_id("Evidence"));
  CHECK_FALSE(ls::is_stable_id("2step"));
  CHECK_FALSE(ls::is_stable_id("a..b"));
  CHECK_FALSE(ls::is_stable_id("a."));
  CHECK_FALSE(ls::is_stable_id(".a"));
  CHECK_FALSE(ls::is_stable_id("with space"));
  CHECK_FALSE(ls::is_stable_id("kebab-case"));
}
