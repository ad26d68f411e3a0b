#include <ls/core/validate.hpp>
#include <ls/survey/response_scale.hpp>

#include <catch2/catch.hpp>

using ls::survey::response_scale;
using ls::survey::scale_option;

namespace {
response_scale where_are_we_now_scale() {
  // DOMAIN.md section 6: five points, "no opinion" in the middle and non-substantive.
  return {"agreement-5-no-opinion",
          {{5, "strongly agree", false, true},
           {4, "agree", false, true},
           {3, "no opinion", true, false},
           {2, "disagree", false, false},
           {1, "strongly disagree", false, false}}};
}
}  // namespace

TEST_CASE("a well-formed scale has no issues and counts its substantive answers") {
  auto scale = where_are_we_now_scale();
  CHECK(ls::validate(scale).issues.empty());
  CHECK(scale.substantive_count() == 4);
}

TEST_CASE("an answer needs a label and cannot be favorable and non-substantive") {
  auto scale = where_are_we_now_scale();
  scale.options[2].label = "  ";
  scale.options[2].favorable = true;
  auto report = ls::validate(scale);
  REQUIRE(report.issues.size() == 2);
  CHECK(report.issues[0].code == "scale.blank_label");
  CHECK(report.issues[0].path == "/options/2/label");
  CHECK(report.issues[1].code == "scale.favorable_non_substantive");
  CHECK(report.issues[1].path == "/options/2/favorable");
}

TEST_CASE("codes and labels must be unique, each repeat is reported where it occurs") {
  auto scale = where_are_we_now_scale();
  scale.options[3].code = 5;
  scale.options[4].code = 5;
  scale.options[4].label = "agree";
  auto report = ls::validate(scale);
  REQUIRE(report.issues.size() == 3);
  CHECK(report.issues[0].path == "/options/3/code");
  CHECK(report.issues[0].message == "code repeats the one of element 0");
  CHECK(report.issues[1].path == "/options/4/code");
  CHECK(report.issues[2].code == "scale.duplicate_label");
  CHECK(report.issues[2].path == "/options/4/label");
}

TEST_CASE("a scale needs an id and two substantive answers") {
  response_scale scale{"", {{1, "only", false, true}, {9, "don't know", true, false}}};
  auto report = ls::validate(scale);
  REQUIRE(report.error_count() == 2);
  CHECK(report.issues[0].code == "scale.missing_id");
  CHECK(report.issues[1].code == "scale.too_few_options");
  CHECK(report.issues[1].path == "/options");
}

TEST_CASE("a scale without a favorable answer is only a warning") {
  auto scale = where_are_we_now_scale();
  for (auto& option : scale.options) option.favorable = false;
  auto report = ls::validate(scale);
  CHECK(report.ok());
  REQUIRE(report.issues.size() == 1);
  CHECK(report.issues[0].code == "scale.no_favorable");
}
