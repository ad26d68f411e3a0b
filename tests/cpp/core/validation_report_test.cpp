#include <ls/core/validation_report.hpp>

#include <catch2/catch.hpp>

namespace {
ls::validation_report two_errors_one_warning() {
  return {{{"a", "/x", "m1", ls::severity::error},
           {"b", "/y", "m2", ls::severity::warning},
           {"c", "", "m3", ls::severity::error}}};
}
}  // namespace

TEST_CASE("a report counts errors and warnings apart") {
  auto report = two_errors_one_warning();
  CHECK(report.error_count() == 2);
  CHECK(report.warning_count() == 1);
  CHECK_FALSE(report.ok());
}

TEST_CASE("warnings alone leave a report ok") {
  ls::validation_report report{{{"w", "/a", "careful", ls::severity::warning}}};
  CHECK(report.ok());
  CHECK(ls::validation_report{}.ok());
}

TEST_CASE("appending a sub-report prefixes its paths") {
  ls::validation_report outer;
  outer.append(two_errors_one_warning(), "/items/3");
  REQUIRE(outer.issues.size() == 3);
  CHECK(outer.issues[0].path == "/items/3/x");
  CHECK(outer.issues[2].path == "/items/3");
}

TEST_CASE("a report prints a count line and one line per issue") {
  CHECK(ls::validation_report{}.to_string() == "no issues");
  CHECK(two_errors_one_warning().to_string() ==
        "2 error(s), 1 warning(s):\n"
        "  error a at /x: m1\n"
        "  warning b at /y: m2\n"
        "  error c at (document): m3");
}
