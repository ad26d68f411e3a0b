#include <ls/core/issue_sink.hpp>

#include <catch2/catch.hpp>

TEST_CASE("pointer tokens escape ~ and / as RFC 6901 says") {
  CHECK(ls::escape_pointer_token("a/b") == "a~1b");
  CHECK(ls::escape_pointer_token("m~n") == "m~0n");
  CHECK(ls::escape_pointer_token("~/") == "~0~1");
  CHECK(ls::escape_pointer_token("plain") == "plain");
}

TEST_CASE("a sink builds the path of nested keys and indices") {
  ls::validation_report report;
  ls::issue_sink root(report);
  root.at("options").at(2).at("label").error("x.code", "bad label");
  root.warning("x.whole", "about the document");
  root.at("a/b").at(0).add("x.escaped", "escaped key", ls::severity::error);
  REQUIRE(report.issues.size() == 3);
  CHECK(report.issues[0].path == "/options/2/label");
  CHECK(report.issues[0].severity == ls::severity::error);
  CHECK(report.issues[1].path.empty());
  CHECK(report.issues[1].severity == ls::severity::warning);
  CHECK(report.issues[2].path == "/a~1b/0");
}
