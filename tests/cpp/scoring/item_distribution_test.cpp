#include "scoring/reference.hpp"

#include <ls/scoring/item_distribution.hpp>

#include <catch2/catch.hpp>

#include <cmath>

using ls::responses::answer_kind;

TEST_CASE("an item's distribution: every option, missing, no opinion, and off-scale codes") {
  const auto plan = ls::scoring::make_scoring_plan(ls_test::scoring_reference::reference_instrument(),
                                                   {"q1", "q2", "q3", "q4", "q5"});
  // q1 only matters; other columns all missing
  std::vector<std::int8_t> codes(5 * 8, -128);
  const std::int8_t q1[8] = {5, 4, 4, 3, -128, 9, 9, 1};
  std::copy(q1, q1 + 8, codes.begin());
  const auto d = ls::scoring::item_distributions({codes.data(), 8, 5, 8}, plan, 1);
  REQUIRE(d.size() == 5);
  const auto& item = d[0];
  CHECK(item.item == "q1");
  CHECK(item.respondents == 8);
  CHECK(item.missing == 1);
  CHECK(item.substantive == 4);
  CHECK(item.non_substantive == 1);
  CHECK(item.invalid == 2);
  REQUIRE(item.codes.size() == 6);  // five options in code order, then code 9
  CHECK(item.codes[0].code == 1);
  CHECK(item.codes[0].label == "strongly disagree");
  CHECK(item.codes[0].count == 1);
  CHECK(item.codes[1].code == 2);
  CHECK(item.codes[1].count == 0);
  CHECK(item.codes[2].kind == answer_kind::non_substantive);
  CHECK(item.codes[3].code == 4);
  CHECK(item.codes[3].count == 2);
  CHECK(item.codes[3].favorable);
  CHECK(item.codes[3].percent_of_answers == Approx(100.0 * 2 / 7));
  CHECK(item.codes[5].code == 9);
  CHECK(item.codes[5].kind == answer_kind::invalid);
  CHECK(item.codes[5].label.empty());
  CHECK(item.codes[5].count == 2);
  // an item nobody answered: percentages undefined
  CHECK(d[1].missing == 8);
  CHECK(std::isnan(d[1].codes[0].percent_of_answers));
}

TEST_CASE("item distributions agree with R's table() on the generated reference data") {
  const auto data = ls_test::scoring_reference::load_reference("data/generated_responses.csv", {"district", "school", "team"});
  const auto plan = ls::scoring::make_scoring_plan(ls_test::scoring_reference::reference_instrument(), data.items);
  const auto d = ls::scoring::item_distributions(data.view(), plan, 2, 7);
  const auto expected = ls_test::scoring_reference::read_csv("scoring_distribution.csv");
  std::size_t checked = 0;
  for (std::size_t r = 1; r < expected.size(); ++r) {
    const auto& item = expected[r][0];
    const auto& code = expected[r][1];
    const auto count = std::stoul(expected[r][2]);
    const auto j = static_cast<std::size_t>(std::stoi(item.substr(1)) - 1);
    if (code == "NA") {
      CHECK(d[j].missing == count);
    } else {
      std::size_t found = 0;
      for (const auto& c : d[j].codes)
        if (c.code == std::stoi(code)) found = c.count;
      INFO(item << " code " << code);
      CHECK(found == count);
    }
    ++checked;
  }
  CHECK(checked == 35);
  CHECK(d[1].invalid == 1);  // the 7 in q2
}

TEST_CASE("distributions from counts refuse counts of another shape") {
  const auto plan = ls::scoring::make_scoring_plan(ls_test::scoring_reference::reference_instrument(),
                                                   {"q1", "q2", "q3", "q4", "q5"});
  CHECK_THROWS_WITH(ls::scoring::item_distributions(plan, ls::scoring::code_tally{}),
                    Catch::Contains("0 columns but the scoring plan has 5"));
}
