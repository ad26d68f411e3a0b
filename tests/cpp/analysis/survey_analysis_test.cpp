// The one-pass analysis against the functions it stands for: every number it gives must
// be what aggregate(), within_group_agreement(), icc() on the scores and cronbach_alpha()
// give on the same data (each of those is checked against R in its own tests).

#include <ls/aggregate/aggregate.hpp>
#include <ls/analysis/survey_analysis.hpp>
#include <ls/core/error.hpp>
#include <ls/scoring/subscale_scores.hpp>
#include <ls/stats/simd.hpp>
#include <ls/stats/within_group_agreement.hpp>

#include <catch2/catch.hpp>

#include <algorithm>
#include <cmath>
#include <numeric>
#include <random>

using ls::aggregate::suppression_reason;

namespace {

/// Survey data: districts of schools of teachers, 12 five-point items in three subscales
/// (one of them on scattered columns, one item reverse keyed), some missing and some
/// "no opinion" answers, a few teachers in no school, a school of one.
struct survey {
  std::size_t rows = 0;
  std::vector<std::int8_t> codes;  // column-major
  std::vector<std::int32_t> district, school;
  std::vector<std::string> district_labels, school_labels;
  ls::scoring::scoring_plan plan;

  ls::responses::response_view view() const { return {codes.data(), rows, 12, rows}; }
  std::vector<ls::aggregate::group_level> levels() const {
    return {{"district", district_labels, district}, {"school", school_labels, school}};
  }
};

ls::scoring::scoring_plan twelve_item_plan() {
  ls::survey::response_scale scale{"agree", {}};
  for (int c = 1; c <= 5; ++c) scale.options.push_back({c, std::to_string(c), false, c >= 4});
  scale.options.push_back({9, "no opinion", true, false});
  const auto plain = ls::responses::make_item_coding(scale);
  const auto reversed = ls::responses::make_item_coding(scale, true);
  std::vector<std::string> items;
  std::vector<ls::responses::item_coding> codings;
  for (int j = 0; j < 12; ++j) {
    items.push_back("q" + std::to_string(j));
    codings.push_back(j == 3 ? reversed : plain);
  }
  return ls::scoring::make_scoring_plan(
      items, codings,
      {{"adjacent", "q0-q3", {"q0", "q1", "q2", "q3"}, std::nullopt, {}},
       {"scattered", "q4 q7 q5 q11", {"q4", "q7", "q5", "q11"}, std::nullopt, {}},
       {"spaced", "q6 q8 q10", {"q6", "q8", "q10"}, std::nullopt, {}}});
}

/// Rows sorted by school when `grouped`, else shuffled.
survey make_survey(bool grouped, unsigned seed = 7) {
  std::mt19937 rng(seed);
  survey s;
  const int districts = 6, schools = 40;
  for (int d = 0; d < districts; ++d) s.district_labels.push_back("D" + std::to_string(d));
  std::vector<std::int32_t> district_of(schools);
  for (int g = 0; g < schools; ++g) {
    s.school_labels.push_back("S" + std::to_string(g));
    district_of[static_cast<std::size_t>(g)] = static_cast<std::int32_t>(rng() % districts);
  }
  std::vector<std::int32_t> school_of_row;
  for (int g = 0; g < schools; ++g) {
    const int size = g == 5 ? 1 : 2 + static_cast<int>(rng() % 30);
    for (int i = 0; i < size; ++i) school_of_row.push_back(g);
  }
  for (int i = 0; i < 9; ++i) school_of_row.push_back(-1);  // teachers in no school
  if (!grouped) std::shuffle(school_of_row.begin(), school_of_row.end(), rng);
  s.rows = school_of_row.size();
  s.codes.resize(s.rows * 12);
  std::normal_distribution<double> noise(0, 1);
  for (std::size_t r = 0; r < s.rows; ++r) {
    const auto g = school_of_row[r];
    s.school.push_back(g);
    s.district.push_back(g < 0 ? static_cast<std::int32_t>(rng() % districts)
                               : district_of[static_cast<std::size_t>(g)]);
    const double level = 3 + 0.8 * std::sin(g) + 0.4 * noise(rng);
    for (std::size_t j = 0; j < 12; ++j) {
      std::int8_t code = static_cast<std::int8_t>(std::clamp(std::lround(level + noise(rng)), 1L, 5L));
      const auto u = rng() % 100;
      if (u < 4) code = -128;
      else if (u < 6) code = 9;
      s.codes[j * s.rows + r] = code;
    }
  }
  s.plan = twelve_item_plan();
  return s;
}

bool same(double a, double b, double tolerance = 1e-12) {
  if (std::isnan(a) || std::isnan(b)) return std::isnan(a) && std::isnan(b);
  return std::abs(a - b) <= tolerance * std::max({1.0, std::abs(a), std::abs(b)});
}

/// The separate functions' results, compared with one analysis.
void check_against_separate_functions(const survey& s, const ls::analysis::survey_analysis& a,
                                      unsigned threads) {
  const auto view = s.view();
  const auto& table = a.groups;
  // Groups: aggregate() with the same options.
  const auto expected = ls::aggregate::aggregate(view, s.plan, s.levels(), a.options.groups, threads);
  const auto rows = table.to_aggregation();
  REQUIRE(rows.groups.size() == expected.groups.size());
  CHECK(rows.suppressed_below_minimum == expected.suppressed_below_minimum);
  CHECK(rows.suppressed_complementary == expected.suppressed_complementary);
  for (std::size_t i = 0; i < rows.groups.size(); ++i) {
    const auto& got = rows.groups[i];
    const auto& want = expected.groups[i];
    INFO(want.subscale << " " << want.level << " " << want.group);
    CHECK(got.group == want.group);
    CHECK(got.parent_group == want.parent_group);
    CHECK(got.suppression == want.suppression);
    CHECK(got.n == want.n);
    CHECK(same(got.mean, want.mean));
    CHECK(same(got.standard_deviation, want.standard_deviation, 1e-10));
    CHECK(same(got.ci_lower, want.ci_lower, 1e-10));
    CHECK(same(got.ci_upper, want.ci_upper, 1e-10));
    CHECK(same(got.percent_favorable, want.percent_favorable));
    CHECK(got.notes == want.notes);
  }
  // rwg(j) per school: within_group_agreement on each subscale's items.
  const ls::responses::scored_view scored{view, s.plan.codings};
  const std::size_t groups = table.group_count();
  for (std::size_t k = 0; k < s.plan.subscales.size(); ++k) {
    ls::stats::agreement_options options;
    options.items = s.plan.subscales[k].columns;
    options.group_count = s.school_labels.size();
    const auto want = ls::stats::within_group_agreement(scored, s.school, options);
    std::size_t compared = 0;
    for (std::size_t i = 0; i < groups; ++i) {
      if (table.group_level[i] != 2) continue;
      const std::size_t e = k * groups + i;
      const auto& w = want.groups[static_cast<std::size_t>(table.group_index[i])];
      if (table.suppression[e] != suppression_reason::none) {
        CHECK(std::isnan(table.rwg_j[e]));
        continue;
      }
      CHECK(same(table.rwg_j[e], w.rwg));
      CHECK(table.agreement_status[e] == w.status);
      ++compared;
    }
    CHECK(compared > 20);  // schools published at the default minimum of 5
  }
  // ICC by each level: icc() on the scores.
  const auto scores = ls::scoring::score_subscales(view, s.plan);
  REQUIRE(a.icc.size() == 2 * s.plan.subscales.size());
  for (std::size_t l = 0; l < 2; ++l)
    for (std::size_t k = 0; k < s.plan.subscales.size(); ++k) {
      const auto& got = a.icc[l * s.plan.subscales.size() + k];
      const auto want = ls::stats::icc(scores.column(k), l == 0 ? s.district : s.school);
      CHECK(got.level == (l == 0 ? "district" : "school"));
      CHECK(got.subscale == s.plan.subscales[k].id);
      CHECK(got.icc.n == want.n);
      CHECK(got.icc.missing == want.missing);
      CHECK(got.icc.ungrouped == want.ungrouped);
      CHECK(got.icc.groups == want.groups);
      CHECK(same(got.icc.icc1, want.icc1, 1e-10));
      CHECK(same(got.icc.icc2, want.icc2, 1e-10));
    }
  // Alpha: cronbach_alpha on each subscale's columns, both policies.
  REQUIRE(a.reliability.size() == s.plan.subscales.size());
  for (std::size_t k = 0; k < s.plan.subscales.size(); ++k) {
    const auto& columns = s.plan.subscales[k].columns;
    std::vector<std::int8_t> block;
    ls::responses::scored_view items;
    for (auto j : columns) {
      block.insert(block.end(), s.codes.begin() + static_cast<std::ptrdiff_t>(j * s.rows),
                   s.codes.begin() + static_cast<std::ptrdiff_t>((j + 1) * s.rows));
      items.codings.push_back(s.plan.codings[j]);
    }
    items.codes = {block.data(), s.rows, columns.size(), s.rows};
    for (auto policy : {ls::stats::deletion_policy::listwise, ls::stats::deletion_policy::pairwise}) {
      const auto want = ls::stats::cronbach_alpha(items, policy);
      const auto& got = policy == ls::stats::deletion_policy::listwise ? a.reliability[k].listwise
                                                                        : a.reliability[k].pairwise;
      CHECK(got.complete_rows == want.complete_rows);
      CHECK(got.n == want.n);
      CHECK(same(got.alpha, want.alpha, 1e-10));
      CHECK(same(got.std_alpha, want.std_alpha, 1e-10));
      CHECK(got.items.size() == columns.size());
      CHECK(got.items[0].item == s.plan.items[columns[0]]);
    }
  }
}

}  // namespace

TEST_CASE("analysis equals aggregate, agreement, ICC and alpha run one by one, rows grouped by school") {
  const auto s = make_survey(true);
  for (unsigned threads : {1u, 2u, 3u}) {
    INFO("threads " << threads);
    ls::analysis::analysis_options options;
    options.threads = threads;
    const auto a = ls::analysis::analyse(s.view(), s.plan, s.levels(), options);
    CHECK(a.agreement_in_one_pass);
    CHECK(a.groups.agreement_level == 2);
    check_against_separate_functions(s, a, threads);
  }
}

TEST_CASE("analysis of rows in random order: agreement by a second pass, the same results") {
  const auto s = make_survey(false);
  ls::analysis::analysis_options options;
  options.threads = 2;
  const auto a = ls::analysis::analyse(s.view(), s.plan, s.levels(), options);
  CHECK_FALSE(a.agreement_in_one_pass);
  check_against_separate_functions(s, a, 2);
}

TEST_CASE("analysis on every kernel level equals the separate functions") {
  const auto s = make_survey(true, 3);
  for (auto level : {ls::stats::simd_level::portable, ls::stats::simd_level::avx2,
                     ls::stats::simd_level::avx512_vnni}) {
    if (ls::stats::set_simd_level(level) != level) continue;
    INFO("level " << static_cast<int>(level));
    ls::analysis::analysis_options options;
    options.threads = 2;
    check_against_separate_functions(s, ls::analysis::analyse(s.view(), s.plan, s.levels(), options), 2);
  }
  ls::stats::set_simd_level(ls::stats::supported_simd_level());
}

TEST_CASE("analysis of half-point values (no integer kernels) equals the separate functions") {
  // Every scored value halved: scores, covariances and agreement take their
  // floating-point paths.
  auto s = make_survey(true, 5);
  auto codings = s.plan.codings;
  for (auto& coding : codings) {
    for (auto& v : coding.value) v /= 2;
    coding.minimum /= 2;
    coding.maximum /= 2;
  }
  s.plan = ls::scoring::make_scoring_plan(s.plan.items, codings,
                                          {{"adjacent", "q0-q3", {"q0", "q1", "q2", "q3"}, std::nullopt, {}},
                                           {"scattered", "q4 q7 q5 q11", {"q4", "q7", "q5", "q11"}, std::nullopt, {}},
                                           {"spaced", "q6 q8 q10", {"q6", "q8", "q10"}, std::nullopt, {}}});
  ls::analysis::analysis_options options;
  options.threads = 2;
  const auto a = ls::analysis::analyse(s.view(), s.plan, s.levels(), options);
  CHECK(a.groups.mean[0] < 2.6);  // halved: the scale now runs from 0.5 to 2.5
  check_against_separate_functions(s, a, 2);
}

TEST_CASE("analysis counts do not depend on the number of threads") {
  const auto s = make_survey(true, 11);
  ls::analysis::analysis_options options;
  options.threads = 1;
  const auto one = ls::analysis::analyse(s.view(), s.plan, s.levels(), options);
  options.threads = 4;
  const auto four = ls::analysis::analyse(s.view(), s.plan, s.levels(), options);
  CHECK(one.groups.n == four.groups.n);
  CHECK(one.groups.suppression == four.groups.suppression);
  CHECK(one.groups.agreement_status == four.groups.agreement_status);
  for (std::size_t e = 0; e < one.groups.rwg_j.size(); ++e)
    CHECK(same(one.groups.rwg_j[e], four.groups.rwg_j[e], 0));  // from integer counts
}

TEST_CASE("agreement level: by name, none, or an error naming the levels") {
  const auto s = make_survey(true);
  ls::analysis::analysis_options options;
  options.agreement_level = "district";
  auto a = ls::analysis::analyse(s.view(), s.plan, s.levels(), options);
  CHECK(a.groups.agreement_level == 1);
  CHECK_FALSE(a.agreement_in_one_pass);  // the rows are sorted by school, not by district
  const auto row = a.groups.row(0, 1);   // the first district
  REQUIRE(row.agreement.has_value());
  CHECK(row.level == "district");

  options.agreement_level = "none";
  a = ls::analysis::analyse(s.view(), s.plan, s.levels(), options);
  CHECK(a.groups.agreement_level == -1);
  CHECK(std::all_of(a.groups.rwg_j.begin(), a.groups.rwg_j.end(), [](double v) { return std::isnan(v); }));
  CHECK_FALSE(a.groups.row(0, a.groups.group_count() - 1).agreement.has_value());

  options.agreement_level = "team";
  CHECK_THROWS_WITH(ls::analysis::analyse(s.view(), s.plan, s.levels(), options),
                    Catch::Contains("\"team\" is not one of the levels (\"district\", \"school\")"));
}

TEST_CASE("analysis refuses a bad group index, bad options, and a matrix of other columns") {
  auto s = make_survey(true);
  s.school[3] = 40;  // only 40 labels
  CHECK_THROWS_WITH(ls::analysis::analyse(s.view(), s.plan, s.levels()),
                    Catch::Contains("row 3: group index 40"));
  s.school[3] = s.school[2];
  ls::analysis::analysis_options options;
  options.groups.min_group_size = 0;
  CHECK_THROWS_AS(ls::analysis::analyse(s.view(), s.plan, s.levels(), options),
                  ls::validation_error);
  const ls::responses::response_view narrow{s.codes.data(), s.rows, 11, s.rows};
  CHECK_THROWS_AS(ls::analysis::analyse(narrow, s.plan, s.levels()), ls::error);
}

TEST_CASE("analysis of degenerate data: no rows, one row, every answer missing") {
  auto plan = twelve_item_plan();
  std::vector<std::string> labels{"S0"};
  for (std::size_t rows : {0u, 1u}) {
    std::vector<std::int8_t> codes(rows * 12, 3);
    std::vector<std::int32_t> school(rows, 0);
    const auto a = ls::analysis::analyse({codes.data(), rows, 12, rows}, plan,
                                         {{"school", labels, school}});
    INFO("rows " << rows);
    CHECK(a.groups.n[0] == 0);  // one respondent (or none) is below the minimum: hidden
    CHECK(a.groups.suppression[0] == suppression_reason::below_minimum);
    CHECK(std::isnan(a.icc[0].icc.icc1));
    CHECK(std::isnan(a.reliability[0].pairwise.alpha));
  }
  std::vector<std::int8_t> missing(10 * 12, -128);
  std::vector<std::int32_t> school(10, 0);
  ls::analysis::analysis_options options;
  options.groups.min_group_size = 1;
  const auto a = ls::analysis::analyse({missing.data(), 10, 12, 10}, plan,
                                       {{"school", labels, school}}, options);
  // Nobody has a score: the groups hold nobody, so they are suppressed without harm.
  CHECK(a.groups.suppression[1] == suppression_reason::below_minimum);
  CHECK(a.icc[0].icc.missing == 10);
  CHECK(a.icc[0].icc.icc1_status == ls::stats::icc_status::no_values);
  CHECK(a.reliability[0].listwise.complete_rows == 0);
  CHECK(std::isnan(a.reliability[0].listwise.alpha));
}
