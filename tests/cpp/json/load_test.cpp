#include <ls/json/load.hpp>
#include <ls/survey/response_scale.hpp>

#include <catch2/catch.hpp>

#include <string>

using ls::survey::response_scale;

namespace {
const char* good_scale = R"({"id": "agree", "options": [
    {"code": 1, "label": "disagree"}, {"code": 2, "label": "agree", "favorable": true}]})";
}

TEST_CASE("load returns the value of a valid document") {
  auto scale = ls::json::load<response_scale>(good_scale);
  CHECK(scale.id == "agree");
  CHECK(scale.options.size() == 2);
  CHECK(scale.options[1].favorable);
}

TEST_CASE("a syntax error is one issue at the document with its byte offset") {
  auto result = ls::json::try_load<response_scale>(R"({"id": "x",})");
  CHECK_FALSE(result.value);
  REQUIRE(result.report.issues.size() == 1);
  CHECK(result.report.issues[0].code == "json.syntax");
  CHECK(result.report.issues[0].path.empty());
  CHECK_THAT(result.report.issues[0].message, Catch::Contains("at byte 12"));
}

TEST_CASE("nesting beyond the limit is rejected before reading") {
  std::string deep(100000, '[');
  auto result = ls::json::try_load<response_scale>(deep);
  REQUIRE(result.report.issues.size() == 1);
  CHECK(result.report.issues[0].code == "json.too_deep");
  ls::json::read_options shallow;
  shallow.max_depth = 2;
  auto limited = ls::json::try_load<response_scale>(good_scale, shallow);
  CHECK(limited.report.issues.at(0).code == "json.too_deep");
}

TEST_CASE("the type's rules run once the structure is sound") {
  auto result = ls::json::try_load<response_scale>(
      R"({"id": "", "options": [{"code": 1, "label": "a"}, {"code": 1, "label": "b"}]})");
  CHECK_FALSE(result.value);
  REQUIRE(result.report.issues.size() == 3);
  CHECK(result.report.error_count() == 2);
  CHECK(result.report.issues[0].code == "scale.missing_id");
  CHECK(result.report.issues[1].code == "scale.duplicate_code");
  CHECK(result.report.issues[1].path == "/options/1/code");
  CHECK(result.report.issues[2].code == "scale.no_favorable");
  CHECK(result.report.issues[2].severity == ls::severity::warning);
}

TEST_CASE("rules are skipped while the structure has errors") {
  auto result = ls::json::try_load<response_scale>(R"({"id": "", "options": 3})");
  REQUIRE(result.report.issues.size() == 1);
  CHECK(result.report.issues[0].code == "json.type_mismatch");
}

TEST_CASE("load throws the whole report, warnings alone do not throw") {
  try {
    ls::json::load<response_scale>(R"({"id": 1, "options": [{"code": 1}], "x": 0})",
                                   ls::json::read_options{true});
    FAIL("load accepted a broken document");
  } catch (const ls::validation_error& e) {
    REQUIRE(e.issues().size() == 3);
    CHECK(e.issues()[0].path == "/id");
    CHECK(e.issues()[1].path == "/options/0/label");
    CHECK(e.issues()[2].path == "/x");
  }
  auto warned = ls::json::try_load<response_scale>(
      R"({"id": "s", "options": [{"code": 1, "label": "a"}, {"code": 2, "label": "b"}]})");
  CHECK(warned.value.has_value());
  CHECK(warned.report.warning_count() == 1);
}
