#include <ls/core/unique.hpp>

#include <catch2/catch.hpp>

#include <string>
#include <vector>

TEST_CASE("check_unique reports every repeat at its index and skips blank keys") {
  std::vector<std::string> ids{"a", "b", "a", "", "", "a"};
  ls::validation_report report;
  ls::check_unique(ids, ls::issue_sink(report).at("teams"), "id", "org.duplicate_id",
                   [](const std::string& s) -> const std::string& { return s; });
  REQUIRE(report.issues.size() == 2);
  CHECK(report.issues[0].path == "/teams/2/id");
  CHECK(report.issues[0].message == "id repeats the one of element 0");
  CHECK(report.issues[1].path == "/teams/5/id");
  CHECK(report.issues[1].code == "org.duplicate_id");
}
