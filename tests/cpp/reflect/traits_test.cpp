#include <ls/core/issue.hpp>
#include <ls/reflect/traits.hpp>
#include <ls/survey/response_scale.hpp>

#include <catch2/catch.hpp>

#include <map>
#include <optional>
#include <string>
#include <vector>

using namespace ls::reflect;

TEST_CASE("described types are told apart from the rest") {
  STATIC_REQUIRE(is_described_struct_v<ls::issue>);
  STATIC_REQUIRE(is_described_enum_v<ls::severity>);
  STATIC_REQUIRE_FALSE(is_described_struct_v<std::string>);
  STATIC_REQUIRE_FALSE(is_described_enum_v<int>);
}

TEST_CASE("only optionals, containers and flags may be left out of JSON") {
  STATIC_REQUIRE(is_omittable_v<std::optional<int>>);
  STATIC_REQUIRE(is_omittable_v<std::vector<int>>);
  STATIC_REQUIRE(is_omittable_v<std::map<std::string, int>>);
  STATIC_REQUIRE(is_omittable_v<bool>);
  STATIC_REQUIRE_FALSE(is_omittable_v<int>);
  STATIC_REQUIRE_FALSE(is_omittable_v<std::string>);
  STATIC_REQUIRE_FALSE(is_omittable_v<std::map<int, int>>);
}

TEST_CASE("a type's short name drops its namespaces, including the inline one") {
  CHECK(short_name<ls::survey::response_scale>() == "response_scale");
  CHECK(short_name<ls::severity>() == "severity");
}

TEST_CASE("snake case becomes Python's class spelling") {
  CHECK(pascal_case("response_scale") == "ResponseScale");
  CHECK(pascal_case("issue") == "Issue");
  CHECK(pascal_case("kasab_chart_2") == "KasabChart2");
}

TEST_CASE("enumerators convert to and from their names") {
  CHECK(enumerator_name(ls::severity::warning) == "warning");
  CHECK(enumerator_name(static_cast<ls::severity>(42)).empty());
  CHECK(enumerator_from_name<ls::severity>("error") == ls::severity::error);
  CHECK_FALSE(enumerator_from_name<ls::severity>("Error").has_value());
  CHECK(enumerator_list<ls::severity>() == "error, warning");
}
