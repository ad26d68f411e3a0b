#include <ls/core/error.hpp>

#include <catch2/catch.hpp>

#include <string>

TEST_CASE("a validation error carries every issue and names them all in what()") {
  ls::validation_report report{{{"c1", "/a", "first", ls::severity::error},
                                {"c2", "/b", "second", ls::severity::error},
                                {"c3", "/c", "third", ls::severity::warning}}};
  try {
    throw ls::validation_error(report);
  } catch (const ls::error& e) {  // catchable as the base type
    auto* validation = dynamic_cast<const ls::validation_error*>(&e);
    REQUIRE(validation != nullptr);
    CHECK(validation->issues().size() == 3);
    CHECK(validation->report() == report);
    std::string what = e.what();
    CHECK_THAT(what, Catch::Contains("/a") && Catch::Contains("/b") && Catch::Contains("/c"));
    CHECK_THAT(what, Catch::Contains("2 error(s), 1 warning(s)"));
  }
}

TEST_CASE("ls::error is a std::runtime_error") {
  CHECK_THROWS_AS(throw ls::error("boom"), std::runtime_error);
}
