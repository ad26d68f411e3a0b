#include <ls/core/date.hpp>

#include <catch2/catch.hpp>

using namespace std::chrono;

TEST_CASE("parse_date reads exactly YYYY-MM-DD of a real day") {
  CHECK(ls::parse_date("2026-11-23") == year_month_day{year{2026}, November, day{23}});
  CHECK(ls::parse_date("2024-02-29"));  // leap year
  CHECK_FALSE(ls::parse_date("2026-02-29"));
  CHECK_FALSE(ls::parse_date("2026-13-01"));
  CHECK_FALSE(ls::parse_date("2026-00-10"));
  CHECK_FALSE(ls::parse_date("2026-1-01"));
  CHECK_FALSE(ls::parse_date("2026-01-01T00:00"));
  CHECK_FALSE(ls::parse_date("+026-01-01"));
  CHECK_FALSE(ls::parse_date(""));
}

TEST_CASE("days_between counts calendar days across month and year ends") {
  auto a = *ls::parse_date("2025-12-30");
  auto b = *ls::parse_date("2026-03-01");
  CHECK(ls::days_between(a, b) == 2 + 31 + 28);
  CHECK(ls::days_between(b, a) == -(2 + 31 + 28));
}

TEST_CASE("check_date reports a bad date at the sink's path") {
  ls::validation_report report;
  ls::check_date("2026-02-30", ls::issue_sink(report).at("entries").at(2).at("date"));
  REQUIRE(report.issues.size() == 1);
  CHECK(report.issues[0].code == "date.invalid");
  CHECK(report.issues[0].path == "/entries/2/date");
}
