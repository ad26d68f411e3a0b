#include "scoring/reference.hpp"
#include "support/issues.hpp"

#include <ls/aggregate/aggregate.hpp>
#include <ls/core/error.hpp>
#include <ls/core/validate.hpp>
#include <ls/json/load.hpp>
#include <ls/json/write.hpp>

#include <catch2/catch.hpp>

#include <cmath>
#include <random>

using Catch::Matchers::WithinRel;
using ls::aggregate::aggregate_options;
using ls::aggregate::suppression_reason;

namespace {

ls::scoring::scoring_plan reference_plan(const ls_test::scoring_reference::reference_data& data) {
  return ls::scoring::make_scoring_plan(ls_test::scoring_reference::reference_instrument(), data.items);
}

/// bhr2000 with a second level: blocks of ten groups (B = ceiling(GRP / 10)), as aggregate.R.
struct bhr_data {
  ls_test::scoring_reference::reference_data data;
  std::vector<std::string> block_labels;
  std::vector<std::int32_t> blocks;
  ls::scoring::scoring_plan plan;

  bhr_data() : data(ls_test::scoring_reference::load_reference("data/bhr2000_items.csv", {"GRP"}, "G")) {
    for (int b = 1; b <= 10; ++b) block_labels.push_back("B" + std::to_string(b));
    for (auto g : data.groups[0]) {
      const int grp = std::stoi(data.labels[0][static_cast<std::size_t>(g)].substr(1));
      blocks.push_back((grp + 9) / 10 - 1);
    }
    ls::survey::response_scale scale{"five", {}};
    for (int c = 1; c <= 5; ++c) scale.options.push_back({c, std::to_string(c), false, c >= 4});
    const auto coding = ls::responses::make_item_coding(scale);
    plan = ls::scoring::make_scoring_plan(data.items, {coding, coding, coding, coding},
                                          {{"ap", "AP items", data.items, std::nullopt, {}}});
  }
  std::vector<ls::aggregate::group_level> levels() const {
    return {{"block", block_labels, blocks}, {"grp", data.labels[0], data.groups[0]}};
  }
};

void check_against_r(const ls::aggregate::aggregation_result& result, const std::string& dataset) {
  const auto expected = ls_test::scoring_reference::read_csv("aggregate_groups.csv");
  std::size_t checked = 0;
  for (std::size_t r = 1; r < expected.size(); ++r) {
    const auto& row = expected[r];
    if (row[0] != dataset) continue;
    INFO(row[1] << " " << row[2] << " " << row[3]);
    const auto g = result.find(row[1], row[2], row[3]);
    REQUIRE(g);
    REQUIRE(g->suppression == suppression_reason::none);
    CHECK(*g->n == std::stoul(row[4]));
    auto same = [](double got, const std::string& want) {
      const double w = ls_test::parse_r_number(want);
      if (std::isnan(w)) CHECK(std::isnan(got));
      else CHECK_THAT(got, WithinRel(w, 1e-12));
    };
    same(g->mean, row[5]);
    same(g->standard_deviation, row[6]);
    same(g->ci_lower, row[7]);
    same(g->ci_upper, row[8]);
    same(g->percent_favorable, row[9]);
    if (!row[10].empty()) CHECK_FALSE(g->notes.empty());  // where R's t.test stopped
    ++checked;
  }
  CHECK(checked > 0);
  // nothing we report is missing from R's table either (groups with rows)
  std::size_t ours = 0;
  for (const auto& g : result.groups) ours += g.n.value_or(0) > 0 || g.suppression != suppression_reason::none;
  CHECK(ours == checked);
}

}  // namespace

TEST_CASE("options: a minimum of at least 1 and a level in (0, 1), from JSON too") {
  CHECK(ls::validate(aggregate_options{}).issues.empty());
  ls_test::require_one(ls::validate(aggregate_options{0, 0.95}), "aggregate.min_group_size", "/min_group_size");
  ls_test::require_one(ls::validate(aggregate_options{5, 1.0}), "aggregate.confidence_level", "/confidence_level");
  ls_test::require_one(ls::validate(aggregate_options{5, std::nan("")}), "aggregate.confidence_level",
                       "/confidence_level");
  const auto loaded = ls::json::load<aggregate_options>(R"({"min_group_size": 10, "confidence_level": 0.9})");
  CHECK(loaded.min_group_size == 10);
  auto bad = ls::json::try_load<aggregate_options>(R"({"min_group_size": -1, "confidence_level": 0.9})");
  CHECK(ls_test::codes_and_paths(bad.report) == std::vector<std::string>{"json.out_of_range /min_group_size"});
  auto missing = ls::json::try_load<aggregate_options>(R"({"min_group_size": 3})");
  CHECK(ls_test::codes_and_paths(missing.report) == std::vector<std::string>{"json.missing_key /confidence_level"});
}

TEST_CASE("group statistics agree with R on the generated data at every level") {
  const auto data = ls_test::scoring_reference::load_reference("data/generated_responses.csv", {"district", "school", "team"});
  const auto result = ls::aggregate::aggregate(data.view(), reference_plan(data), data.levels(),
                                               aggregate_options{1, 0.95}, 2, 16);
  CHECK(result.levels == std::vector<std::string>{"all", "district", "school", "team"});
  CHECK(result.subscales == std::vector<std::string>{"all5", "pair"});
  CHECK(result.suppressed_below_minimum == 0);
  check_against_r(result, "generated");
  // the degenerate groups: one respondent (S2c), all alike (S2b)
  const auto one = *result.find("all5", "team", "S2c");
  CHECK(*one.n == 1);
  CHECK(std::isnan(one.standard_deviation));
  CHECK(std::isnan(one.ci_lower));
  CHECK_THAT(one.notes.at(0), Catch::Contains("n = 1"));
  const auto alike = *result.find("all5", "team", "S2b");
  CHECK(alike.standard_deviation == 0);
  CHECK(std::isnan(alike.ci_upper));
  CHECK_THAT(alike.notes.at(0), Catch::Contains("all values are equal"));
  // parents, and a team without a school would name its district
  CHECK(one.parent_level == "school");
  CHECK(one.parent_group == "S2");
  CHECK(result.find("all5", "all", "all respondents")->parent_level.empty());
  CHECK_FALSE(result.find("all5", "team", "nope"));
  CHECK(result.level("pair", "school").size() == 5);
  CHECK_FALSE(result.find("all5", "school", "S3")->agreement);  // slot left for rwg(j)
}

TEST_CASE("group statistics agree with R on multilevel's bhr2000 (99 groups in 10 blocks)") {
  const bhr_data bhr;
  const auto result = ls::aggregate::aggregate(bhr.data.view(), bhr.plan, bhr.levels(),
                                               aggregate_options{1, 0.95}, 2);
  CHECK(result.groups.size() == 1 + 10 + 99);
  check_against_r(result, "bhr2000");
}

TEST_CASE("default minimum 5 on the generated data: small groups and their complements hidden") {
  const auto data = ls_test::scoring_reference::load_reference("data/generated_responses.csv", {"district", "school", "team"});
  const auto result = ls::aggregate::aggregate(data.view(), reference_plan(data), data.levels());
  // worked by hand (n of all5, aggregate.R): South 30 = S1 12 + S2 14 + S3 4. S3 (4), S2b
  // (4), S2c (1) are below 5. South minus S1 and S2 would give S3, so S2 (the sibling
  // that adds respondents to the hidden part; S1 is the sum of its published teams) is
  // hidden too; S2 minus S2a is still S2b + S2c + 4 rows in no team, so S2a stays.
  using R = suppression_reason;
  auto status = [&](const char* level, const char* group) {
    return result.find("all5", level, group)->suppression;
  };
  CHECK(status("school", "S3") == R::below_minimum);
  CHECK(status("team", "S2b") == R::below_minimum);
  CHECK(status("team", "S2c") == R::below_minimum);
  CHECK(status("school", "S2") == R::complementary);
  CHECK(status("team", "S2a") == R::none);
  CHECK(status("school", "S1") == R::none);
  CHECK(status("district", "South") == R::none);
  CHECK(result.suppressed_below_minimum == 6);  // three per subscale
  CHECK(result.suppressed_complementary == 2);
  // a suppressed group shows nothing
  const auto hidden = *result.find("all5", "school", "S2");
  CHECK_FALSE(hidden.n);
  CHECK(std::isnan(hidden.mean));
  CHECK(std::isnan(hidden.standard_deviation));
  CHECK(std::isnan(hidden.ci_lower));
  CHECK(std::isnan(hidden.percent_favorable));
  CHECK(hidden.notes.empty());
  const auto json = ls::json::to_string(hidden);
  CHECK(json.find("\"n\"") == std::string::npos);
  CHECK_THAT(result.to_string(), Catch::Contains("suppressed (complementary)"));
}

TEST_CASE("the published numbers do not give back any suppressed n or sum") {
  // Attack the published output itself: for every published group the attacker has n and
  // n * mean; each suppressed group's n and sum must stay undetermined. The structure
  // (parents, which respondents are in no lower group) is assumed known.
  const auto data = ls_test::scoring_reference::load_reference("data/generated_responses.csv", {"district", "school", "team"});
  const auto plan = reference_plan(data);
  const auto levels = data.levels();
  const auto published = ls::aggregate::aggregate(data.view(), plan, levels, aggregate_options{5, 0.95}, 1);
  const auto truth = ls::aggregate::aggregate(data.view(), plan, levels, aggregate_options{1, 0.95}, 1);
  for (const auto& g : published.groups) {
    if (g.suppression == suppression_reason::none) continue;
    INFO(g.subscale << " " << g.level << " " << g.group);
    // naive attack: parent minus its published children
    const auto parent = published.find(g.subscale, g.parent_level, g.parent_group);
    if (!parent || parent->suppression != suppression_reason::none) continue;
    std::size_t n = *parent->n;
    double sum = static_cast<double>(*parent->n) * parent->mean;
    std::size_t children = 0;
    for (const auto& s : published.groups)
      if (s.subscale == g.subscale && s.parent_level == g.parent_level &&
          s.parent_group == g.parent_group && s.suppression == suppression_reason::none) {
        n -= *s.n;
        sum -= static_cast<double>(*s.n) * s.mean;
        ++children;
      }
    const auto actual = *truth.find(g.subscale, g.level, g.group);
    const bool n_recovered = n == *actual.n;
    const bool sum_recovered = std::abs(sum - static_cast<double>(*actual.n) * actual.mean) < 1e-9;
    CHECK_FALSE((n_recovered && sum_recovered));
  }
}

TEST_CASE("chunked and threaded aggregation equals one pass") {
  const std::size_t rows = 30'011;
  std::mt19937 rng(5);
  std::vector<std::int8_t> codes(rows * 5);
  const std::int8_t choices[] = {1, 2, 3, 4, 5, 4, -128};
  for (auto& c : codes) c = choices[rng() % 7];
  std::vector<std::int32_t> district(rows), school(rows), team(rows);
  for (std::size_t r = 0; r < rows; ++r) {
    // teams 590..599 get four rows each: below the minimum
    const auto t = static_cast<std::int32_t>(r < 40 ? 590 + r % 10 : rng() % 590);
    team[r] = r >= 40 && rng() % 10 == 0 ? -1 : t;
    school[r] = t / 6;
    district[r] = t / 60;
  }
  std::vector<std::string> labels(600);
  for (std::size_t i = 0; i < labels.size(); ++i) labels[i] = "g" + std::to_string(i);
  const std::vector<ls::aggregate::group_level> levels{
      {"district", std::vector<std::string>(labels.begin(), labels.begin() + 10), district},
      {"school", std::vector<std::string>(labels.begin(), labels.begin() + 100), school},
      {"team", labels, team}};
  const ls::responses::response_view view{codes.data(), rows, 5, rows};
  const auto plan = ls::scoring::make_scoring_plan(ls_test::scoring_reference::reference_instrument(), {"q1", "q2", "q3", "q4", "q5"});
  const auto one = ls::aggregate::aggregate(view, plan, levels, {}, 1, rows);
  CHECK(one.groups.size() == 2 * (1 + 10 + 100 + 600));
  CHECK(one.suppressed_below_minimum + one.suppressed_complementary > 0);
  for (unsigned threads : {1u, 2u, 3u})
    for (std::size_t chunk : {std::size_t{997}, std::size_t{4096}, std::size_t{10'000}}) {
      const auto many = ls::aggregate::aggregate(view, plan, levels, {}, threads, chunk);
      REQUIRE(many.groups.size() == one.groups.size());
      for (std::size_t i = 0; i < one.groups.size(); ++i) {
        const auto& a = one.groups[i];
        const auto& b = many.groups[i];
        REQUIRE(a.group == b.group);
        REQUIRE(a.suppression == b.suppression);
        REQUIRE(a.n == b.n);
        if (!a.n) continue;
        CHECK_THAT(b.mean, WithinRel(a.mean, 1e-12));
        CHECK_THAT(b.standard_deviation, WithinRel(a.standard_deviation, 1e-12));
        CHECK_THAT(b.ci_upper, WithinRel(a.ci_upper, 1e-12));
        CHECK(b.percent_favorable == a.percent_favorable);
      }
    }
}

TEST_CASE("aggregate tallies of parts merge into the tally of the whole (also through JSON)") {
  const auto data = ls_test::scoring_reference::load_reference("data/generated_responses.csv", {"district", "school", "team"});
  const auto plan = reference_plan(data);
  const ls::aggregate::group_hierarchy h(data.levels(), data.rows);
  ls::aggregate::aggregate_tally whole, first, second;
  ls::aggregate::add_rows(whole, plan, h, data.view(), 0);
  ls::aggregate::add_rows(first, plan, h, data.view().slice(0, 25), 0);
  ls::aggregate::add_rows(second, plan, h, data.view().slice(25, data.rows - 25), 25);
  first.merge(ls::json::load<ls::aggregate::aggregate_tally>(ls::json::to_string(second)));
  const auto a = ls::aggregate::make_aggregation(plan, h, whole, {1, 0.95});
  const auto b = ls::aggregate::make_aggregation(plan, h, first, {1, 0.95});
  for (std::size_t i = 0; i < a.groups.size(); ++i) {
    CHECK(a.groups[i].n == b.groups[i].n);
    CHECK_THAT(b.groups[i].mean, WithinRel(a.groups[i].mean, 1e-12));
  }
  CHECK_THROWS_WITH(ls::aggregate::make_aggregation(plan, h, ls::aggregate::aggregate_tally{}),
                    Catch::Contains("does not belong"));
}

TEST_CASE("aggregation refuses what it cannot use") {
  const auto data = ls_test::scoring_reference::load_reference("data/generated_responses.csv", {"district", "school", "team"});
  const auto plan = reference_plan(data);
  CHECK_THROWS_AS(ls::aggregate::aggregate(data.view(), plan, data.levels(), {0, 0.95}), ls::validation_error);
  // school S1 placed in district North for one row: levels do not nest
  auto levels = data.levels();
  std::vector<std::int32_t> district(data.groups[0]);
  district[35] = 0;
  levels[0].codes = district;
  CHECK_THROWS_WITH(ls::aggregate::aggregate(data.view(), plan, levels),
                    Catch::Contains("levels do not nest: school \"S1\""));
  CHECK_THROWS_AS(ls::aggregate::aggregate(data.view().slice(0, 10), plan, data.levels()), ls::error);
}

TEST_CASE("no favorable option: percent favorable is NaN with a note, no levels: the total only") {
  const auto coding = ls::responses::make_item_coding(ls::responses::integer_scale(1, 3));
  const auto plan = ls::scoring::make_scoring_plan({"a"}, {coding}, {{"s", "S", {"a"}, std::nullopt, {}}});
  std::vector<std::int8_t> codes{1, 2, 3, 2, 1, 3};
  const auto result = ls::aggregate::aggregate({codes.data(), 6, 1, 6}, plan, {});
  REQUIRE(result.groups.size() == 1);
  const auto& all = result.groups[0];
  CHECK(*all.n == 6);
  CHECK(all.mean == 2);
  CHECK(std::isnan(all.percent_favorable));
  CHECK_THAT(all.notes.at(0), Catch::Contains("no option of the items' scales is favorable"));
}

TEST_CASE("degenerate groups: a single group of everyone, and a group whose members have no score") {
  const auto plan = ls::scoring::make_scoring_plan(ls_test::scoring_reference::reference_instrument(),
                                                   {"q1", "q2", "q3", "q4", "q5"});
  // six respondents who answer everything with 4 (q5 reversed: 2), then two who answer
  // nothing, in team "silent"
  std::vector<std::int8_t> codes(8 * 5, -128);
  for (std::size_t j = 0; j < 5; ++j)
    for (std::size_t r = 0; r < 6; ++r) codes[j * 8 + r] = 4;
  const std::vector<std::int32_t> system(8, 0);
  const std::vector<std::int32_t> team{0, 0, 0, 0, 0, 0, 1, 1};
  const auto result = ls::aggregate::aggregate(
      {codes.data(), 8, 5, 8}, plan,
      {{"system", {"whole system"}, system}, {"team", {"busy", "silent"}, team}},
      aggregate_options{1, 0.95});
  const auto all = *result.find("all5", "all", "all respondents");
  const auto whole = *result.find("all5", "system", "whole system");
  CHECK(*whole.n == 6);
  CHECK(whole.mean == all.mean);
  CHECK_THAT(whole.mean, WithinRel((4.0 * 4 + 2) / 5, 1e-15));
  CHECK(whole.standard_deviation == 0);
  CHECK(std::isnan(whole.ci_lower));
  // nobody in "silent" has a score: no statistic even with a minimum of 1
  const auto silent = *result.find("all5", "team", "silent");
  CHECK(silent.suppression == suppression_reason::below_minimum);
  CHECK_FALSE(silent.n);
  // and "busy" equals the whole system: publishing it reveals nothing more
  CHECK(result.find("all5", "team", "busy")->suppression == suppression_reason::none);
}
