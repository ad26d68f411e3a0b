#include <ls/kasab/duplicates.hpp>

#include <catch2/catch.hpp>

using namespace ls::kasab;

namespace {
kasab_descriptor d(const char* text) { return {text, "ana", descriptor_status::draft}; }
}  // namespace

TEST_CASE("duplicates are found within a cell and across cells, in chart order") {
  kasab_chart c;
  c.cells = {
      {kasab_dimension::knowledge,
       "school_leadership_team",
       {d("Uses data to plan"), d("Knows the standards"), d("uses  DATA to plan")}},
      {kasab_dimension::knowledge, "district_leader", {d("Knows the standards")}},
      {kasab_dimension::skills, "district_leader", {d("Uses data to plan"), d(" "), d("")}},
  };
  auto found = find_duplicates(c);
  REQUIRE(found.size() == 2);  // the two blank texts are not a duplicate

  CHECK(found[0].normalised_text == "uses data to plan");
  REQUIRE(found[0].occurrences.size() == 3);
  CHECK(found[0].cell_count == 2);
  CHECK(found[0].occurrences[1].path == "/cells/0/descriptors/2");
  CHECK(found[0].occurrences[1].text == "uses  DATA to plan");
  CHECK(found[0].occurrences[2].dimension == kasab_dimension::skills);
  CHECK(found[0].occurrences[2].role == "district_leader");
  CHECK(found[0].occurrences[2].cell == 2);
  CHECK(found[0].occurrences[2].descriptor == 0);

  CHECK(found[1].normalised_text == "knows the standards");
  CHECK(found[1].cell_count == 2);
  CHECK(found[1].occurrences[0].role == "school_leadership_team");
  CHECK(found[1].occurrences[1].role == "district_leader");
}

TEST_CASE("a chart without repeats has no duplicates") {
  kasab_chart c;
  c.cells = {{kasab_dimension::knowledge, "district_leader", {d("a"), d("b")}}};
  CHECK(find_duplicates(c).empty());
  CHECK(find_duplicates(kasab_chart{}).empty());
}
