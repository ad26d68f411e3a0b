#include <ls/catalog/tag.hpp>
#include <ls/core/validate.hpp>

#include <catch2/catch.hpp>

TEST_CASE("a tag needs a scheme and an id") {
  CHECK(ls::validate(ls::catalog::tag{"standards_2022", "evidence"}).issues.empty());
  auto report = ls::validate(ls::catalog::tag{" ", ""});
  REQUIRE(report.issues.size() == 2);
  CHECK(report.issues[0].code == "tag.blank_scheme");
  CHECK(report.issues[0].path == "/scheme");
  CHECK(report.issues[1].code == "tag.blank_id");
  CHECK(report.issues[1].path == "/id");
}

TEST_CASE("a tag id must be a stable id") {
  auto report = ls::validate(ls::catalog::tag{"standards_2022", "Evidence"});
  REQUIRE(report.issues.size() == 1);
  CHECK(report.issues[0].code == "tag.invalid_id");
  CHECK(report.issues[0].path == "/id");
  CHECK(report.issues[0].severity == ls::severity::error);
}

TEST_CASE("a tag into a built-in catalog that does not resolve is a warning with a suggestion") {
  auto report = ls::validate(ls::catalog::tag{"standards_2022", "evidense"});
  REQUIRE(report.issues.size() == 1);
  CHECK(report.ok());
  CHECK(report.issues[0].code == "tag.unresolved");
  CHECK(report.issues[0].path == "/id");
  CHECK_THAT(report.issues[0].message, Catch::Contains("did you mean \"evidence\""));
  // An alias resolves; a scheme libls does not ship is the user's business.
  CHECK(ls::validate(ls::catalog::tag{"standards_2022", "learning_drivers"}).issues.empty());
  CHECK(ls::validate(ls::catalog::tag{"our_district_goals", "literacy"}).issues.empty());
}
