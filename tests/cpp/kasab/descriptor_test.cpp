#include <ls/core/validate.hpp>
#include <ls/kasab/descriptor.hpp>

#include <catch2/catch.hpp>

using ls::kasab::descriptor_status;
using ls::kasab::kasab_descriptor;
using ls::kasab::normalised_descriptor_text;

TEST_CASE("a descriptor with text and author has no issue") {
  kasab_descriptor d{"Reads the student data with the staff", "ana", descriptor_status::draft};
  CHECK(ls::validate(d).issues.empty());
}

TEST_CASE("a descriptor needs a text and an author") {
  kasab_descriptor d{" \n", "\t", descriptor_status::agreed};
  auto report = ls::validate(d);
  REQUIRE(report.issues.size() == 2);
  CHECK(report.issues[0].code == "kasab.blank_descriptor");
  CHECK(report.issues[0].path == "/text");
  CHECK(report.issues[0].severity == ls::severity::error);
  CHECK(report.issues[1].code == "kasab.blank_author");
  CHECK(report.issues[1].path == "/author");
  CHECK(report.issues[1].severity == ls::severity::error);
}

TEST_CASE("normalised text ignores case and runs of white space") {
  CHECK(normalised_descriptor_text("  Reads  the\tDATA\n") == "reads the data");
  CHECK(normalised_descriptor_text("reads the data") == "reads the data");
  CHECK(normalised_descriptor_text(" \r\n ").empty());
  CHECK(normalised_descriptor_text("") == "");
  // Only ASCII is folded: the accented capital stays as written.
  CHECK(normalised_descriptor_text("\xc3\x89quipe A") == "\xc3\x89quipe a");
  CHECK(normalised_descriptor_text("reads data") != normalised_descriptor_text("read data"));
}
