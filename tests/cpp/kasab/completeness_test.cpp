#include <ls/kasab/completeness.hpp>

#include <catch2/catch.hpp>

#include <cmath>

using namespace ls::kasab;

namespace {

constexpr auto draft = descriptor_status::draft;
constexpr auto agreed = descriptor_status::agreed;

kasab_descriptor d(const char* text, descriptor_status status) { return {text, "ana", status}; }

/// Three columns, so 15 grid cells. Filled by hand:
///   knowledge/school_leadership_team  2 agreed           -> agreed
///   knowledge/district_leader         1 agreed, 1 draft  -> draft
///   skills/coach                      1 draft            -> draft
///   behaviors/school_leadership_team  1 agreed           -> agreed
///   attitudes/principal               2 (not a column)   -> off the grid
kasab_chart partial_chart() {
  kasab_chart c;
  c.id = "partial";
  c.roles = {"school_leadership_team", "district_leader", "coach"};
  c.cells = {
      {kasab_dimension::knowledge, "school_leadership_team", {d("a", agreed), d("b", agreed)}},
      {kasab_dimension::knowledge, "district_leader", {d("c", agreed), d("e", draft)}},
      {kasab_dimension::skills, "coach", {d("f", draft)}},
      {kasab_dimension::behaviors, "school_leadership_team", {d("g", agreed)}},
      {kasab_dimension::attitudes, "principal", {d("h", draft), d("i", agreed)}},
  };
  return c;
}

}  // namespace

TEST_CASE("completeness counts a partial chart cell by cell") {
  auto result = completeness(partial_chart());
  CHECK(result.roles == partial_chart().roles);
  REQUIRE(result.grid.size() == 15);
  CHECK(result.total_cells == 15);
  CHECK(result.filled_cells == 4);
  CHECK(result.agreed_cells == 2);
  CHECK(result.draft_count == 2);   // e, f
  CHECK(result.agreed_count == 4);  // a, b, c, g
  CHECK(result.descriptors_off_grid == 2);
  CHECK_THAT(result.fraction_complete, Catch::Matchers::WithinAbs(4.0 / 15.0, 1e-15));
  CHECK_THAT(result.fraction_agreed, Catch::Matchers::WithinAbs(2.0 / 15.0, 1e-15));
  CHECK_FALSE(result.is_final);

  // Row-major: index = dimension * 3 + column.
  CHECK(result.grid[0].role == "school_leadership_team");
  CHECK(result.grid[0].state == kasab_cell_state::agreed);
  CHECK(result.grid[0].agreed_count == 2);
  CHECK(result.grid[1].state == kasab_cell_state::draft);
  CHECK(result.grid[1].draft_count == 1);
  CHECK(result.grid[1].agreed_count == 1);
  CHECK(result.grid[2].state == kasab_cell_state::empty);
  CHECK(result.grid[8].dimension == kasab_dimension::skills);
  CHECK(result.grid[8].role == "coach");
  CHECK(result.grid[8].state == kasab_cell_state::draft);
  CHECK(result.grid[12].dimension == kasab_dimension::behaviors);
  CHECK(result.grid[12].state == kasab_cell_state::agreed);

  REQUIRE(result.empty_cells.size() == 11);
  CHECK(result.empty_cells[0] == kasab_cell_key{kasab_dimension::knowledge, "coach"});
  CHECK(result.empty_cells[1] ==
        kasab_cell_key{kasab_dimension::attitudes, "school_leadership_team"});
  CHECK(result.empty_cells[10] == kasab_cell_key{kasab_dimension::behaviors, "coach"});
}

TEST_CASE("a chart whose every cell is agreed is final") {
  kasab_chart c;
  c.id = "final";
  for (auto dimension : all_kasab_dimensions)
    for (const auto& role : c.roles) c.cells.push_back({dimension, role, {d("x", agreed)}});
  auto result = completeness(c);
  CHECK(result.total_cells == 10);
  CHECK(result.agreed_cells == 10);
  CHECK(result.fraction_complete == 1.0);
  CHECK(result.fraction_agreed == 1.0);
  CHECK(result.empty_cells.empty());
  CHECK(result.is_final);

  c.cells[7].descriptors.push_back(d("y", draft));  // one draft is enough to reopen it
  CHECK_FALSE(completeness(c).is_final);
  CHECK(completeness(c).agreed_cells == 9);
  c.cells[7].descriptors.pop_back();
  c.cells.pop_back();  // and so is one empty cell
  CHECK_FALSE(completeness(c).is_final);
  CHECK(completeness(c).empty_cells.size() == 1);
}

TEST_CASE("repeated cells add up in their grid position") {
  kasab_chart c;
  c.cells = {{kasab_dimension::skills, "district_leader", {d("a", agreed)}},
             {kasab_dimension::skills, "district_leader", {d("b", draft)}}};
  auto result = completeness(c);
  const auto& cell = result.grid[2 * 2 + 1];
  CHECK(cell.agreed_count == 1);
  CHECK(cell.draft_count == 1);
  CHECK(cell.state == kasab_cell_state::draft);
}

TEST_CASE("a chart without roles has nothing to complete") {
  kasab_chart c;
  c.roles.clear();
  auto result = completeness(c);
  CHECK(result.total_cells == 0);
  CHECK(std::isnan(result.fraction_complete));
  CHECK(std::isnan(result.fraction_agreed));
  CHECK_FALSE(result.is_final);
}

TEST_CASE("the completeness table shows agreed+draft per cell") {
  auto text = completeness(partial_chart()).to_string();
  CHECK_THAT(text, Catch::StartsWith("             school_leadership_team  district_leader  coach\n"
                                     "Knowledge    2+0                     1+1              -    \n"
                                     "Attitudes    -                       -                -    \n"
                                     "Skills       -                       -                0+1  \n"));
  CHECK_THAT(text, Catch::EndsWith("4 of 15 cells filled, 2 agreed; 2 descriptor(s) off the grid\n"));
}
