#include <ls/core/validation_report.hpp>
#include <ls/json/write.hpp>
#include <ls/stats/moments.hpp>
#include <ls/survey/response_scale.hpp>

#include <catch2/catch.hpp>

#include <limits>
#include <optional>

namespace write_test {
struct with_optional {
  std::optional<int> maybe;
  double number = 0;
};
BOOST_DESCRIBE_STRUCT(with_optional, (), (maybe, number))
}  // namespace write_test

TEST_CASE("a struct is written as an object with one key per data member, keys sorted") {
  ls::survey::scale_option option{3, "agree", false, true};
  CHECK(ls::json::to_string(option) ==
        R"({"code":3,"favorable":true,"label":"agree","non_substantive":false})");
}

TEST_CASE("member functions described for Python are not written") {
  ls::survey::response_scale scale{"s", {}};
  CHECK(ls::json::to_value(scale) == nlohmann::json::parse(R"({"id":"s","options":[]})"));
}

TEST_CASE("enums are written as their names") {
  ls::issue problem{"c", "/p", "m", ls::severity::warning};
  CHECK(ls::json::to_value(problem)["severity"] == "warning");
}

TEST_CASE("an empty optional is left out and a present one is written") {
  write_test::with_optional value;
  CHECK(ls::json::to_string(value) == R"({"number":0.0})");
  value.maybe = 7;
  CHECK(ls::json::to_string(value) == R"({"maybe":7,"number":0.0})");
}

TEST_CASE("NaN is written as null and infinities as strings") {
  constexpr double inf = std::numeric_limits<double>::infinity();
  write_test::with_optional value;
  value.number = std::numeric_limits<double>::quiet_NaN();
  CHECK(ls::json::to_string(value) == R"({"number":null})");
  value.number = inf;
  CHECK(ls::json::to_string(value) == R"({"number":"Infinity"})");
  value.number = -inf;
  CHECK(ls::json::to_string(value) == R"({"number":"-Infinity"})");
}

TEST_CASE("indentation is passed through") {
  ls::stats::summary s;
  CHECK(ls::json::to_string(s, 2).find("\n  \"count\": 0") != std::string::npos);
}
