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
