#include <ls/core/issue.hpp>
#include <ls/json/read.hpp>
#include <ls/survey/response_scale.hpp>

#include "support/issues.hpp"

#include <catch2/catch.hpp>

#include <cmath>
#include <cstdint>
#include <map>
#include <optional>
#include <vector>

namespace read_test {
struct numbers {
  std::int8_t small = 0;
  std::uint32_t count = 0;
  double real = 0;
  std::optional<double> maybe;
  std::vector<int> list;
  std::map<std::string, bool> flags;
  ls::severity level = ls::severity::error;
};
BOOST_DESCRIBE_STRUCT(numbers, (), (small, count, real, maybe, list, flags, level))
}  // namespace read_test

using ls_test::only_issue;

namespace {

template <class T>
ls::validation_report read(const char* text, T& out, bool strict = false) {
  ls::validation_report report;
  ls::json::read_value(nlohmann::json::parse(text), out, ls::issue_sink(report),
                       ls::json::read_options{strict});
  return report;
}

}  // namespace

TEST_CASE("a well-formed object is read into every member") {
  read_test::numbers n;
  auto report = read(R"({"small": -5, "count": 7, "real": 2.5, "maybe": 1,
                         "list": [1, 2], "flags": {"x": true}, "level": "warning"})", n);
  CHECK(report.issues.empty());
  CHECK(n.small == -5);
  CHECK(n.count == 7u);
  CHECK(n.real == 2.5);
  CHECK(n.maybe == 1.0);
  CHECK(n.list == std::vector<int>{1, 2});
  CHECK(n.flags.at("x"));
  CHECK(n.level == ls::severity::warning);
}

TEST_CASE("omittable members keep their defaults, required ones are reported") {
  read_test::numbers n;
  auto report = read(R"({"count": 1, "real": 0, "level": "error"})", n);
  const auto& problem = only_issue(report);
  CHECK(problem.code == "json.missing_key");
  CHECK(problem.path == "/small");
  CHECK_FALSE(n.maybe.has_value());
}

TEST_CASE("a value of the wrong kind is reported at its path") {
  ls::survey::response_scale scale;
  auto report = read(R"({"id": "s", "options": [{"code": 1, "label": 2}]})", scale);
  const auto& problem = only_issue(report);
  CHECK(problem.code == "json.type_mismatch");
  CHECK(problem.path == "/options/0/label");
  CHECK(problem.message == "expected a string, got an integer");
}

TEST_CASE("integers are checked for fractions and range, never truncated") {
  read_test::numbers n;
  auto report = read(R"({"small": 128, "count": -1, "real": 0, "level": "error",
                         "list": [1.5]})", n);
  REQUIRE(report.issues.size() == 3);
  CHECK(report.issues[0].code == "json.out_of_range");
  CHECK(report.issues[0].path == "/small");
  CHECK(report.issues[1].code == "json.out_of_range");
  CHECK(report.issues[1].path == "/count");
  CHECK(report.issues[2].code == "json.type_mismatch");
  CHECK(report.issues[2].path == "/list/0");
}

TEST_CASE("an unknown enum name is an error that lists the accepted names") {
  ls::issue problem;
  auto report = read(R"({"code": "c", "path": "", "message": "m", "severity": "fatal"})",
                     problem);
  const auto& found = only_issue(report);
  CHECK(found.code == "json.unknown_enum");
  CHECK(found.path == "/severity");
  CHECK(found.message == "\"fatal\" is not one of: error, warning");
}

TEST_CASE("unknown keys are warnings normally and errors in strict mode") {
  const char* text = R"({"id": "s", "options": [], "colour": "blue"})";
  ls::survey::response_scale scale;
  auto lenient = read(text, scale);
  CHECK(only_issue(lenient).severity == ls::severity::warning);
  CHECK(only_issue(lenient).code == "json.unknown_key");
  CHECK(only_issue(lenient).path == "/colour");
  auto strict = read(text, scale, true);
  CHECK(only_issue(strict).severity == ls::severity::error);
}

TEST_CASE("null and the non-finite spellings read back as NaN and infinities") {
  read_test::numbers n;
  for (auto [text, expected] : {std::pair{R"("Infinity")", INFINITY},
                                std::pair{R"("-Infinity")", -INFINITY}}) {
    auto doc = std::string(R"({"small":0,"count":0,"level":"error","real":)") + text + "}";
    CHECK(read(doc.c_str(), n).issues.empty());
    CHECK(n.real == expected);
  }
  CHECK(read(R"({"small":0,"count":0,"level":"error","real":null})", n).issues.empty());
  CHECK(std::isnan(n.real));
  CHECK(read(R"({"small":0,"count":0,"level":"error","real":"NaN"})", n).issues.empty());
  CHECK(std::isnan(n.real));
  CHECK(only_issue(read(R"({"small":0,"count":0,"level":"error","real":"nan"})", n)).code ==
        "json.type_mismatch");
}

TEST_CASE("three independent problems are all reported, each with its path") {
  ls::survey::response_scale scale;
  auto report = read(R"({"id": 5,
                         "options": [{"code": "1", "label": "no"},
                                     {"code": 2, "label": "yes", "favorable": "yes"}]})",
                     scale);
  REQUIRE(report.issues.size() == 3);
  CHECK(report.issues[0].path == "/id");
  CHECK(report.issues[1].path == "/options/0/code");
  CHECK(report.issues[2].path == "/options/1/favorable");
  for (const auto& problem : report.issues) CHECK(problem.code == "json.type_mismatch");
}
