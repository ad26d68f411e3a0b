#include "scoring/reference.hpp"

#include <ls/scoring/percent_favorable.hpp>

#include <catch2/catch.hpp>

#include <cmath>

using Catch::Matchers::WithinRel;

namespace {
ls::scoring::scoring_plan reference_plan(ls::scoring::scoring_options options = {}) {
  return ls::scoring::make_scoring_plan(ls_test::scoring_reference::reference_instrument(),
                                        {"q1", "q2", "q3", "q4", "q5"}, options);
}
}  // namespace

TEST_CASE("percent favorable worked by hand: no opinion out of the denominator, reverse keys turned") {
  const auto plan = reference_plan();
  // rows: q1 .. q5
  const std::int8_t rows[4][5] = {{5, 4, 3, -128, 1},
                                  {4, 2, 3, 5, 5},
                                  {3, 1, 9, 4, 2},
                                  {2, -128, 3, 4, 4}};
  std::vector<std::int8_t> codes(20);
  for (std::size_t r = 0; r < 4; ++r)
    for (std::size_t j = 0; j < 5; ++j) codes[j * 4 + r] = rows[r][j];
  const auto report = ls::scoring::percent_favorable({codes.data(), 4, 5, 4}, plan, 1);
  // q1: 5, 4, (3), 2 -> 2 of 3
  CHECK(report.items[0].favorable == 2);
  CHECK(report.items[0].scored == 3);
  CHECK(report.items[0].non_substantive_excluded == 1);
  CHECK_THAT(report.items[0].percent_favorable, WithinRel(200.0 / 3, 1e-15));
  // q3: only no opinion and an off-scale 9: nothing scored
  CHECK(report.items[2].scored == 0);
  CHECK(std::isnan(report.items[2].percent_favorable));
  CHECK(report.items[2].note == "no scored answers");
  // q5 reverse-keyed: codes 1 and 2 are favorable, 4 and 5 not -> 2 of 4
  CHECK(report.items[4].favorable == 2);
  CHECK(report.items[4].scored == 4);
  // subscale all5 pooled: q1 2/3, q2 1/3, q3 0/0, q4 3/3, q5 2/4 -> 8/13
  CHECK(report.subscales[0].subscale == "all5");
  CHECK(report.subscales[0].favorable == 8);
  CHECK(report.subscales[0].scored == 13);
  CHECK(report.subscales[0].non_substantive_excluded == 4);
  CHECK_THAT(report.subscales[0].percent_favorable, WithinRel(800.0 / 13, 1e-15));
  // scored as its code, no opinion joins the denominator
  auto options = ls::scoring::scoring_options{};
  options.non_substantive = ls::responses::non_substantive_policy::score_as_code;
  const auto as_code = ls::scoring::percent_favorable({codes.data(), 4, 5, 4}, reference_plan(options), 1);
  CHECK(as_code.items[0].scored == 4);
  CHECK(as_code.items[0].non_substantive_excluded == 0);
  CHECK(as_code.items[0].percent_favorable == 50);
}

TEST_CASE("percent favorable is NaN with a note when no option is favorable") {
  const auto coding = ls::responses::make_item_coding(ls::responses::integer_scale(1, 4));
  const auto plan = ls::scoring::make_scoring_plan({"a"}, {coding}, {{"s", "S", {"a"}, std::nullopt, {}}});
  std::vector<std::int8_t> codes{1, 2, 3};
  const auto report = ls::scoring::percent_favorable({codes.data(), 3, 1, 3}, plan, 1);
  CHECK(report.items[0].scored == 3);
  CHECK(std::isnan(report.items[0].percent_favorable));
  CHECK(report.items[0].note == "no option of the scale is favorable");
  CHECK(std::isnan(report.subscales[0].percent_favorable));
  CHECK(report.subscales[0].note == "no option of the items' scales is favorable");
}

TEST_CASE("percent favorable agrees with R on the generated reference data") {
  const auto data = ls_test::scoring_reference::load_reference("data/generated_responses.csv", {"district", "school", "team"});
  const auto plan = ls::scoring::make_scoring_plan(ls_test::scoring_reference::reference_instrument(), data.items);
  const auto report = ls::scoring::percent_favorable(data.view(), plan, 2, 11);
  const auto expected = ls_test::scoring_reference::read_csv("scoring_favorable.csv");
  REQUIRE(expected.size() == 8);
  for (std::size_t r = 1; r < expected.size(); ++r) {
    const auto& what = expected[r][0];
    INFO(what);
    const bool item = what[0] == 'q' && what.size() == 2;
    const auto fav = std::stoul(expected[r][1]), scored = std::stoul(expected[r][2]);
    const double percent = ls_test::parse_r_number(expected[r][3]);
    if (item) {
      const auto& got = report.items[static_cast<std::size_t>(std::stoi(what.substr(1)) - 1)];
      CHECK(got.favorable == fav);
      CHECK(got.scored == scored);
      CHECK_THAT(got.percent_favorable, WithinRel(percent, 1e-12));
    } else {
      const auto& got = report.subscales[what == "all5" ? 0 : 1];
      CHECK(got.subscale == what);
      CHECK(got.favorable == fav);
      CHECK(got.scored == scored);
      CHECK_THAT(got.percent_favorable, WithinRel(percent, 1e-12));
    }
  }
}
