#include <ls/core/error.hpp>
#include <ls/data/builtin.hpp>
#include <ls/survey/response_scale.hpp>

#include <catch2/catch.hpp>

TEST_CASE("a built-in folder loads every file under it, in file-name order") {
  auto scales = ls::load_builtin_folder<ls::survey::response_scale>("scales/");
  REQUIRE(scales.size() == 1);
  CHECK(scales[0].id == "agreement_5_no_opinion");
  CHECK(ls::load_builtin_folder<ls::survey::response_scale>("no_such_folder/").empty());
}

TEST_CASE("a file that is not of the type asked for is an error, not skipped") {
  // Protocols are not response scales: strict reading rejects their keys.
  CHECK_THROWS_AS(ls::load_builtin_folder<ls::survey::response_scale>("protocols/"),
                  ls::validation_error);
}
