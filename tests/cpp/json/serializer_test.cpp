#include <ls/json/serializer.hpp>
#include <ls/survey/response_scale.hpp>

#include <catch2/catch.hpp>

TEST_CASE("nlohmann converts described types both ways through the generic serializer") {
  ls::survey::response_scale scale{"yn", {{0, "no", false, false}, {1, "yes", false, true}}};
  nlohmann::json j = scale;
  CHECK(j["options"][1]["label"] == "yes");
  CHECK(j.get<ls::survey::response_scale>() == scale);
  nlohmann::json level = ls::severity::warning;
  CHECK(level == "warning");
  CHECK(level.get<ls::severity>() == ls::severity::warning);
}

TEST_CASE("get<T>() throws a validation error with every issue, not nlohmann's first one") {
  auto j = nlohmann::json::parse(R"({"id": 3, "options": [{"code": "x", "label": 1}]})");
  try {
    (void)j.get<ls::survey::response_scale>();
    FAIL("get accepted a broken document");
  } catch (const ls::validation_error& e) {
    CHECK(e.issues().size() == 3);
  }
  CHECK_THROWS_AS(nlohmann::json("fatal").get<ls::severity>(), ls::validation_error);
}
