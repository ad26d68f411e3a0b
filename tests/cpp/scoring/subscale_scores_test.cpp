#include "scoring/reference.hpp"

#include <ls/core/error.hpp>
#include <ls/json/load.hpp>
#include <ls/json/write.hpp>
#include <ls/scoring/subscale_scores.hpp>
#include <ls/stats/simd.hpp>

#include <catch2/catch.hpp>

#include <cmath>
#include <random>

using Catch::Matchers::WithinRel;

namespace {

ls::scoring::scoring_plan reference_plan() {
  return ls::scoring::make_scoring_plan(ls_test::scoring_reference::reference_instrument(),
                                        {"q1", "q2", "q3", "q4", "q5"});
}

/// Codes column-major from rows written as rows.
std::vector<std::int8_t> columns_of(const std::vector<std::vector<int>>& rows) {
  const std::size_t n = rows.size(), items = rows[0].size();
  std::vector<std::int8_t> out(n * items);
  for (std::size_t r = 0; r < n; ++r)
    for (std::size_t j = 0; j < items; ++j) out[j * n + r] = static_cast<std::int8_t>(rows[r][j]);
  return out;
}

constexpr int M = -128;

}  // namespace

TEST_CASE("subscale scores worked by hand: mean of scored answers, reverse keys, pro-rating") {
  const auto plan = reference_plan();
  const auto codes = columns_of({{5, 4, 3, M, 1},    // all5: 5, 4, 5 (q5 reversed) -> 14/3
                                 {4, 2, 3, 5, 5},    // 4, 2, 5, 1 -> 3; pair 3
                                 {3, 3, 3, M, 9},    // nothing scored
                                 {2, M, 3, 4, M},    // 2 answers < 3: too few; pair 2
                                 {1, 1, 1, 1, 1}});  // 1, 1, 1, 1, 5 -> 9/5
  const auto result = ls::scoring::score_subscales({codes.data(), 5, 5, 5}, plan, 1);
  const auto all5 = result.column(0), pair = result.column(1);
  CHECK_THAT(all5[0], WithinRel(14.0 / 3, 1e-15));
  CHECK(all5[1] == 3);
  CHECK(std::isnan(all5[2]));
  CHECK(std::isnan(all5[3]));
  CHECK(all5[4] == 9.0 / 5);
  CHECK(pair[0] == 4.5);
  CHECK(pair[1] == 3);
  CHECK(std::isnan(pair[2]));
  CHECK(pair[3] == 2);
  CHECK(pair[4] == 1);

  const auto& report = result.report;
  CHECK(report.respondents == 5);
  const auto& s = report.subscales[0];
  CHECK(s.subscale == "all5");
  CHECK(s.items == 5);
  CHECK(s.min_answered == 3);
  CHECK(s.respondents == 5);
  CHECK(s.scored == 3);
  CHECK(s.too_few_answered == 1);
  CHECK(s.no_answers == 1);
  // answers over the 25 cells: missing 4, no opinion 6 (all excluded), invalid 1, scored
  // 3 + 4 + 0 + 2 + 5
  CHECK(s.answers_missing == 4);
  CHECK(s.answers_non_substantive == 6);
  CHECK(s.answers_non_substantive_excluded == 6);
  CHECK(s.answers_invalid == 1);
  CHECK(s.answers_scored == 14);
  CHECK(s.scores.count == 3);
  CHECK(s.scores.missing == 2);
  CHECK_THAT(s.scores.mean, WithinRel((14.0 / 3 + 3 + 9.0 / 5) / 3, 1e-15));
  // per item: q3 holds four no-opinion answers and q5 the off-scale 9
  CHECK(report.items[2].item == "q3");
  CHECK(report.items[2].non_substantive == 4);
  CHECK(report.items[2].non_substantive_excluded == 4);
  CHECK(report.items[2].scored == 1);
  CHECK(report.items[4].invalid == 1);
  CHECK(report.items[4].missing == 1);
  REQUIRE(report.warnings.size() == 1);
  CHECK(report.warnings[0].code == "scoring.invalid_codes");
  CHECK(report.warnings[0].path == "/items/4");
  CHECK(report.warnings[0].severity == ls::severity::warning);
  CHECK_THAT(report.warnings[0].message, Catch::Contains("9 (1x)"));
  CHECK_THAT(report.to_string(), Catch::Contains("all5"));
}

TEST_CASE("scored as code, no opinion counts toward the minimum and the mean") {
  auto options = ls::scoring::scoring_options{};
  options.non_substantive = ls::responses::non_substantive_policy::score_as_code;
  const auto plan = ls::scoring::make_scoring_plan(ls_test::scoring_reference::reference_instrument(),
                                                   {"q1", "q2", "q3", "q4", "q5"}, options);
  const auto codes = columns_of({{3, 3, 3, M, M}});
  const auto result = ls::scoring::score_subscales({codes.data(), 1, 5, 1}, plan, 1);
  CHECK(result.column(0)[0] == 3);
  CHECK(result.report.subscales[0].answers_non_substantive == 3);
  CHECK(result.report.subscales[0].answers_non_substantive_excluded == 0);
  CHECK(result.report.items[0].scored == 1);
}

TEST_CASE("nobody reaching the minimum is a warning, not a silent empty column") {
  const auto plan = reference_plan();
  const auto codes = columns_of({{M, M, M, M, M}, {3, 3, 3, 3, 3}});
  const auto result = ls::scoring::score_subscales({codes.data(), 2, 5, 2}, plan, 1);
  CHECK(result.report.subscales[0].scored == 0);
  CHECK(std::isnan(result.report.subscales[0].scores.mean));
  REQUIRE(result.report.warnings.size() == 2);
  CHECK(result.report.warnings[0].code == "scoring.no_scores");
  CHECK(result.report.warnings[0].path == "/subscales/0");
  CHECK(result.report.warnings[0].severity == ls::severity::warning);
  CHECK(result.report.warnings[1].path == "/subscales/1");
}

TEST_CASE("subscale scores agree with R's rowMeans on the generated reference data") {
  const auto data = ls_test::scoring_reference::load_reference("data/generated_responses.csv", {"district", "school", "team"});
  const auto plan = ls::scoring::make_scoring_plan(ls_test::scoring_reference::reference_instrument(), data.items);
  const auto result = ls::scoring::score_subscales(data.view(), plan, 2, 8);
  const auto expected = ls_test::scoring_reference::read_csv("scoring_scores.csv");
  REQUIRE(expected.size() == data.rows + 1);
  for (std::size_t r = 0; r < data.rows; ++r)
    for (std::size_t k = 0; k < 2; ++k) {
      const double want = ls_test::parse_r_number(expected[r + 1][k + 1]);
      const double got = result.column(k)[r];
      INFO("row " << r << " subscale " << k);
      if (std::isnan(want)) CHECK(std::isnan(got));
      else CHECK_THAT(got, WithinRel(want, 1e-12));
    }
  // R: all5 n = 54, pair n = 55 (scoring.out)
  CHECK(result.report.subscales[0].scored == 54);
  CHECK(result.report.subscales[1].scored == 55);
  CHECK(result.report.subscales[0].no_answers + result.report.subscales[0].too_few_answered == 6);
}

TEST_CASE("chunked and threaded scoring equals one pass") {
  const std::size_t rows = 20'011;
  std::mt19937 rng(11);
  std::vector<std::int8_t> codes(rows * 5);
  const std::int8_t choices[] = {1, 2, 3, 4, 5, 5, 4, -128, 8};
  for (auto& c : codes) c = choices[rng() % 9];
  const auto plan = reference_plan();
  const ls::responses::response_view view{codes.data(), rows, 5, rows};
  const auto one = ls::scoring::score_subscales(view, plan, 1, rows);
  for (unsigned threads : {1u, 2u, 4u})
    for (std::size_t chunk : {std::size_t{1000}, std::size_t{4096}, std::size_t{7777}}) {
      const auto many = ls::scoring::score_subscales(view, plan, threads, chunk);
      for (std::size_t i = 0; i < one.values.size(); ++i) {
        const double a = one.values[i], b = many.values[i];
        REQUIRE((a == b || (std::isnan(a) && std::isnan(b))));
      }
      for (std::size_t k = 0; k < 2; ++k) {
        const auto& x = one.report.subscales[k];
        const auto& y = many.report.subscales[k];
        CHECK(x.scored == y.scored);
        CHECK(x.too_few_answered == y.too_few_answered);
        CHECK(x.no_answers == y.no_answers);
        CHECK(x.answers_non_substantive == y.answers_non_substantive);
        CHECK_THAT(y.scores.mean, WithinRel(x.scores.mean, 1e-12));
        CHECK_THAT(y.scores.standard_deviation, WithinRel(x.scores.standard_deviation, 1e-12));
      }
      CHECK(ls::json::to_string(many.report.items) == ls::json::to_string(one.report.items));
    }
}

TEST_CASE("tallies of parts merge into the tally of the whole (also through JSON)") {
  const auto plan = reference_plan();
  const auto codes = columns_of({{5, 4, 3, M, 1}, {4, 2, 3, 5, 5}, {1, 1, 1, 1, 1}, {2, M, 3, 4, M}});
  const ls::responses::response_view view{codes.data(), 4, 5, 4};
  std::vector<double> out(8);
  ls::scoring::scoring_tally whole, first, second;
  ls::scoring::add_rows(whole, plan, view, out.data(), 4);
  ls::scoring::add_rows(first, plan, view.slice(0, 3), out.data(), 4);
  ls::scoring::add_rows(second, plan, view.slice(3, 1), out.data() + 3, 4);
  // a partial result crosses a process boundary as JSON
  auto moved = ls::json::load<ls::scoring::scoring_tally>(ls::json::to_string(second));
  first.merge(moved);
  CHECK(ls::json::to_string(ls::scoring::make_scoring_report(plan, first).items) ==
        ls::json::to_string(ls::scoring::make_scoring_report(plan, whole).items));
  CHECK(first.subscales[0].scored == whole.subscales[0].scored);
  CHECK_THAT(first.subscales[0].scores.mean, WithinRel(whole.subscales[0].scores.mean, 1e-15));
  CHECK_THROWS_WITH(ls::scoring::make_scoring_report(plan, ls::scoring::scoring_tally{}),
                    Catch::Contains("does not belong to this scoring plan"));
}

TEST_CASE("scores need an output of the right size and codes of the plan's columns") {
  const auto plan = reference_plan();
  std::vector<std::int8_t> codes(10, 1);
  std::vector<double> out(3);
  CHECK_THROWS_WITH(ls::scoring::score_subscales({codes.data(), 2, 5, 2}, plan, out),
                    Catch::Contains("room for 3 scores; 2 rows and 2 subscales need 4"));
  CHECK_THROWS_AS(ls::scoring::score_subscales({codes.data(), 5, 2, 5}, plan), ls::error);
  const auto empty = ls::scoring::score_subscales({codes.data(), 0, 5, 0}, plan);
  CHECK(empty.values.empty());
  CHECK(empty.report.subscales[0].respondents == 0);
}

TEST_CASE("both kernels: negative codes in one 64-bit word, fractional values in doubles") {
  // a scale -2..2, the second item reverse-keyed: both whole numbers, the packed kernel
  const auto scale = ls::responses::integer_scale(-2, 2);
  const auto plain = ls::responses::make_item_coding(scale);
  const auto reversed = ls::responses::make_item_coding(scale, true);
  ls::survey::subscale s{"s", "S", {"a", "b"}, 1, {}};
  auto plan = ls::scoring::make_scoring_plan({"a", "b"}, {plain, reversed}, {s});
  REQUIRE(plan.tables[0].packable);
  const auto codes = columns_of({{-2, -2}, {2, M}, {M, M}, {-1, 1}, {9, 0}});
  const auto fast = ls::scoring::score_subscales({codes.data(), 5, 2, 5}, plan, 1);
  // rows: (-2 + 2) / 2, 2, none, (-1 - 1) / 2, 0 (9 is not scored)
  CHECK(fast.column(0)[0] == 0);
  CHECK(fast.column(0)[1] == 2);
  CHECK(std::isnan(fast.column(0)[2]));
  CHECK(fast.column(0)[3] == -1);
  CHECK(fast.column(0)[4] == 0);
  // a hand-made coding with a fractional value cannot be packed: the double kernel runs
  auto fractional = plain;
  fractional.value[ls::responses::item_coding::index(1)] = 0.5;
  plan = ls::scoring::make_scoring_plan({"a", "b"}, {fractional, reversed}, {s});
  REQUIRE_FALSE(plan.tables[0].packable);
  const auto slow = ls::scoring::score_subscales({codes.data(), 5, 2, 5}, plan, 1);
  CHECK(slow.column(0)[0] == 0);
  CHECK(slow.column(0)[1] == 2);
  CHECK(slow.column(0)[3] == -1);
  const auto one_half = columns_of({{1, 0}});
  CHECK(ls::scoring::score_subscales({one_half.data(), 1, 2, 1}, plan, 1).column(0)[0] == 0.25);
  // the row sums of both kernels, favorable counts included, agree
  ls::scoring::subscale_row_sums a, b;
  a.compute(ls::scoring::make_scoring_plan({"a", "b"}, {plain, reversed}, {s}),
            {"s", {0, 1}, 1, true}, {codes.data(), 5, 2, 5}, true);
  b.compute(plan, {"s", {0, 1}, 1, true}, {codes.data(), 5, 2, 5}, true);
  CHECK(a.answered == b.answered);
  CHECK(a.favorable == b.favorable);
}

TEST_CASE("every kernel level gives the row sums of a plain loop over the codings") {
  // 1,037 rows (not a multiple of 64), 9 columns with missing, invalid and no-opinion codes,
  // reverse keys on two columns: the byte kernel (AVX-512), the 64-bit word kernel and a
  // loop written here over item_coding::value must give the same sums and counts.
  const std::size_t rows = 1037, items = 9;
  auto scale = ls::responses::integer_scale(1, 5);
  scale.options.push_back({9, "no opinion", true, false});
  scale.options[3].favorable = scale.options[4].favorable = true;
  std::vector<ls::responses::item_coding> codings;
  for (std::size_t j = 0; j < items; ++j)
    codings.push_back(ls::responses::make_item_coding(scale, j >= 7));
  std::vector<std::string> names;
  for (std::size_t j = 0; j < items; ++j) names.push_back("i" + std::to_string(j));
  const ls::survey::subscale s{"s", "S", names, 1, {}};
  const auto plan = ls::scoring::make_scoring_plan(names, codings, {s});
  std::mt19937 rng(5);
  const std::int8_t choices[] = {1, 2, 3, 4, 5, 9, M, 7, -3};
  std::vector<std::int8_t> codes(rows * items);
  for (auto& c : codes) c = choices[rng() % 9];
  const ls::responses::response_view view{codes.data(), rows, items, rows};
  const ls::scoring::scored_subscale subscale{"s", {0, 1, 2, 3, 4, 5, 6, 7, 8}, 1, true};
  std::vector<double> sum(rows, 0);
  std::vector<std::uint32_t> answered(rows, 0), favorable(rows, 0);
  for (std::size_t j = 0; j < items; ++j)
    for (std::size_t r = 0; r < rows; ++r) {
      const auto b = ls::responses::item_coding::index(codes[j * rows + r]);
      if (std::isnan(codings[j].value[b])) continue;
      sum[r] += codings[j].value[b];
      ++answered[r];
      favorable[r] += codings[j].favorable[b];
    }
  for (auto level : {ls::stats::simd_level::portable, ls::stats::simd_level::avx512_vnni}) {
    if (ls::stats::set_simd_level(level) != level) continue;
    INFO("simd level " << static_cast<int>(level));
    ls::scoring::subscale_row_sums got;
    got.compute(plan, subscale, view, true);
    CHECK(got.sum == sum);
    CHECK(got.answered == answered);
    CHECK(got.favorable == favorable);
  }
  ls::stats::set_simd_level(ls::stats::supported_simd_level());
}
