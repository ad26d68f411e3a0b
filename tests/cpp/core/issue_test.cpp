#include <ls/core/issue.hpp>

#include <catch2/catch.hpp>

TEST_CASE("an issue prints as severity, code, path and message") {
  ls::issue problem{"json.type_mismatch", "/options/0/code", "expected an integer",
                    ls::severity::error};
  CHECK(ls::to_string(problem) ==
        "error json.type_mismatch at /options/0/code: expected an integer");
}

TEST_CASE("an issue about the whole document says so instead of printing an empty path") {
  ls::issue problem{"json.syntax", "", "not valid JSON", ls::severity::warning};
  CHECK(ls::to_string(problem) == "warning json.syntax at (document): not valid JSON");
}
