// Pairwise covariances against R's cov(use = "pairwise.complete.obs") (reference files of
// tests/reference/reliability.R), a worked example, and a plain two-pass computation.
#include "stats/naive_covariance.hpp"
#include "stats/reliability_reference.hpp"
#include "support/issues.hpp"

#include <ls/core/error.hpp>
#include <ls/json/load.hpp>
#include <ls/json/write.hpp>
#include <ls/stats/pairwise_covariance.hpp>
#include <ls/stats/parallel.hpp>
#include <ls/stats/simd.hpp>

#include <catch2/catch.hpp>

#include <cmath>

using ls::responses::scored_view;
using ls::stats::pairwise_covariance;
using Catch::Matchers::WithinRel;

namespace {

ls::stats::item_covariance one_pass(const scored_view& data) {
  pairwise_covariance acc;
  acc.add(data);
  return acc.result();
}

// Every level the processor supports, then back to the best.
template <class F>
void at_every_simd_level(F f) {
  for (auto level : {ls::stats::simd_level::portable, ls::stats::simd_level::avx2,
                     ls::stats::simd_level::avx512_vnni}) {
    if (ls::stats::set_simd_level(level) != level) continue;
    INFO("simd level " << static_cast<int>(level));
    f();
  }
  ls::stats::set_simd_level(ls::stats::supported_simd_level());
}

void require_same(const ls::stats::item_covariance& a, const ls::stats::item_covariance& b,
                  double tolerance) {
  REQUIRE(a.items == b.items);
  CHECK(a.rows == b.rows);
  CHECK(a.complete_rows == b.complete_rows);
  CHECK(a.counts == b.counts);
  for (std::size_t ij = 0; ij < a.covariances.size(); ++ij) {
    INFO("entry " << ij);
    CHECK(ls_test::matches(a.covariances[ij], b.covariances[ij], tolerance));
    CHECK(ls_test::matches(a.means[ij], b.means[ij], tolerance));
  }
}

}  // namespace

TEST_CASE("pairwise: a worked example") {
  // a: 1 2 3 4 -    b: 2 - 4 4 5    c: - - - - 3
  // (a, b) share rows 0, 2, 3: a = 1 3 4 (mean 8/3), b = 2 4 4 (mean 10/3); products of
  // deviations (-5/3)(-4/3) + (1/3)(2/3) + (4/3)(2/3) = 30/9, so cov = 30/9 / 2 = 5/3.
  // var a over rows 0-3: 5/3. var b over rows 0, 2, 3, 4 (mean 15/4): 76/16 / 3 = 19/12.
  // c has one answer: its variance and its covariances are NaN, its mean 3.
  const std::int8_t m = ls::responses::missing_code;
  std::vector<std::int8_t> codes{1, 2, 3, 4, m, 2, m, 4, 4, 5, m, m, m, m, 3};
  const scored_view data{{codes.data(), 5, 3, 5},
                         std::vector(3, ls::responses::make_item_coding(ls::responses::integer_scale(1, 5)))};
  at_every_simd_level([&] {
    const auto cov = one_pass(data);
    CHECK(cov.rows == 5);
    CHECK(cov.complete_rows == 0);
    CHECK(cov.counts == std::vector<std::size_t>{4, 3, 0, 3, 4, 1, 0, 1, 1});
    CHECK_THAT(cov.covariance_of(0, 1), WithinRel(5.0 / 3, 1e-15));
    CHECK(cov.covariance_of(1, 0) == cov.covariance_of(0, 1));
    CHECK_THAT(cov.covariance_of(0, 0), WithinRel(5.0 / 3, 1e-15));
    CHECK_THAT(cov.covariance_of(1, 1), WithinRel(19.0 / 12, 1e-15));
    CHECK_THAT(cov.means[0 * 3 + 1], WithinRel(8.0 / 3, 1e-15));
    CHECK_THAT(cov.means[1 * 3 + 0], WithinRel(10.0 / 3, 1e-15));
    CHECK(cov.means[2 * 3 + 2] == 3.0);
    CHECK(std::isnan(cov.covariance_of(2, 2)));
    CHECK(std::isnan(cov.covariance_of(0, 2)));  // no common row: R gives NA
    CHECK(std::isnan(cov.means[0 * 3 + 2]));
    CHECK(std::isnan(cov.covariance_of(1, 2)));  // one common row
  });
}

TEST_CASE("pairwise: equals R's cov(use = \"pairwise.complete.obs\") on bfi and generated data") {
  struct scale_case {
    const char* name;
    const char* file;
    std::vector<std::string> items;
    std::vector<bool> reversed;
    bool no_opinion;
  };
  for (const auto& s : {scale_case{"bfi_conscientiousness", "bfi.csv", {"C1", "C2", "C3", "C4", "C5"},
                                   {false, false, false, true, true}, false},
                        scale_case{"generated", "reliability_generated.csv",
                                   {"g1", "g2", "g3", "g4", "g5", "g6", "g7", "g8"},
                                   {false, false, true, false, false, false, true, false}, true}}) {
    INFO(s.name);
    const auto table = ls_test::psych_reference::read_csv(s.file);
    const auto codes = ls_test::psych_reference::codes_of(table, s.items);
    auto scale = ls::responses::integer_scale(1, s.no_opinion ? 5 : 6);
    if (s.no_opinion) scale.options.push_back({9, "no opinion", true, false});
    std::vector<ls::responses::item_coding> codings;
    for (bool r : s.reversed) codings.push_back(ls::responses::make_item_coding(scale, r));
    const scored_view data{codes.view(), codings};
    const auto expected = ls_test::psych_reference::reference(s.name, "pairwise");
    at_every_simd_level([&] {
      const auto cov = one_pass(data);
      const auto k = s.items.size();
      for (std::size_t i = 0; i < k; ++i)
        for (std::size_t j = i; j < k; ++j) {
          const auto pair = s.items[i] + ":" + s.items[j];
          INFO(pair);
          CHECK(ls_test::matches(cov.covariance_of(i, j), expected.at("cov " + pair).number()));
          CHECK(cov.counts[i * k + j] == static_cast<std::size_t>(expected.at("pair_n " + pair).number()));
        }
    });
  }
}

TEST_CASE("pairwise: equals a plain two-pass computation for many shapes, at every level") {
  // Item counts around the 4-item tiles and the 16- and 64-column groups of the kernels;
  // row counts around the 64-row steps and the 2048-row blocks.
  for (std::size_t items : {1u, 2u, 3u, 4u, 5u, 15u, 16u, 17u, 63u, 64u, 65u}) {
    for (std::size_t rows : {1u, 63u, 64u, 65u, 2047u, 2049u}) {
      if (items * rows > 40000) continue;
      for (double missing : {0.0, 0.03, 0.5}) {
        INFO(items << " items, " << rows << " rows, missing " << missing);
        const auto codes = ls_test::random_codes(rows, items, missing, items * 1000 + rows);
        const scored_view data{{codes.data(), rows, items, rows}, ls_test::five_point_codings(items)};
        at_every_simd_level([&] {
          const auto cov = one_pass(data);
          std::size_t complete = 0;
          for (std::size_t r = 0; r < rows; ++r) {
            bool all = true;
            for (std::size_t i = 0; i < items; ++i) all = all && !std::isnan(data.value(r, i));
            complete += all;
          }
          CHECK(cov.complete_rows == complete);
          for (std::size_t i = 0; i < items; ++i)
            for (std::size_t j = 0; j < items; ++j) {
              const auto want = ls_test::naive_covariance(data, i, j, false);
              INFO("pair " << i << ", " << j);
              REQUIRE(cov.counts[i * items + j] == want.n);
              INFO(cov.covariance_of(i, j) << " vs " << want.covariance);
              REQUIRE(ls_test::close_to_naive(cov.covariance_of(i, j), want.covariance));
              REQUIRE(ls_test::close_to_naive(cov.means[i * items + j], want.mean_i));
            }
        });
      }
    }
  }
}

TEST_CASE("pairwise: every simd level gives the same numbers, bit for bit") {
  const std::size_t rows = 5000, items = 21;
  const auto codes = ls_test::random_codes(rows, items, 0.02, 5);
  const scored_view data{{codes.data(), rows, items, rows}, ls_test::five_point_codings(items)};
  ls::stats::set_simd_level(ls::stats::simd_level::portable);
  const auto reference = ls::json::to_string(one_pass(data));
  at_every_simd_level([&] { CHECK(ls::json::to_string(one_pass(data)) == reference); });
}

TEST_CASE("pairwise: chunked and multi-threaded runs equal one pass") {
  const std::size_t rows = 20011, items = 9;
  const auto codes = ls_test::random_codes(rows, items, 0.05, 17);
  const scored_view data{{codes.data(), rows, items, rows}, ls_test::five_point_codings(items)};
  const auto whole = one_pass(data);
  auto run = [&](unsigned threads, std::size_t chunk) {
    return ls::stats::accumulate_rows(
               rows, [] { return pairwise_covariance{}; },
               [&](pairwise_covariance& acc, std::size_t first, std::size_t count) {
                 acc.add(data.slice(first, count));
               },
               threads, chunk)
        .result();
  };
  for (std::size_t chunk : {1u, 7u, 64u, 1000u, 2048u, 5000u, 20011u}) {
    INFO("chunk " << chunk);
    const auto one_thread = run(1, chunk);
    require_same(one_thread, whole, 1e-12);
    for (unsigned threads : {2u, 3u}) {
      // Same chunks, merged in the same order: identical whatever the thread count.
      CHECK(ls::json::to_string(run(threads, chunk)) == ls::json::to_string(one_thread));
    }
  }
}

TEST_CASE("pairwise: codings that are not whole numbers take the floating-point path") {
  // Values code / 2: every covariance is a quarter, every mean a half of the integer one.
  const std::size_t rows = 3000, items = 6;
  const auto codes = ls_test::random_codes(rows, items, 0.1, 23);
  const auto codings = ls_test::five_point_codings(items);
  auto halves = codings;
  for (auto& c : halves)
    for (auto& v : c.value) v /= 2;
  const auto whole = one_pass({{codes.data(), rows, items, rows}, codings});
  const auto halved = one_pass({{codes.data(), rows, items, rows}, halves});
  CHECK(halved.counts == whole.counts);
  CHECK(halved.complete_rows == whole.complete_rows);
  for (std::size_t ij = 0; ij < items * items; ++ij) {
    CHECK_THAT(halved.covariances[ij], WithinRel(whole.covariances[ij] / 4, 1e-12));
    CHECK_THAT(halved.means[ij], WithinRel(whole.means[ij] / 2, 1e-12));
  }
}

TEST_CASE("pairwise: empty input, one row, and misuse") {
  const auto codings = ls_test::five_point_codings(3);
  std::vector<std::int8_t> none;
  const auto empty = one_pass({{none.data(), 0, 3, 0}, codings});
  CHECK(empty.items == 3);
  CHECK(empty.rows == 0);
  CHECK(std::isnan(empty.covariance_of(0, 1)));
  CHECK(std::isnan(empty.means[0]));
  std::vector<std::int8_t> one{1, 2, 3};
  const auto single = one_pass({{one.data(), 1, 3, 1}, codings});
  CHECK(single.counts[1] == 1);
  CHECK(single.means[0] == 1.0);
  CHECK(std::isnan(single.covariance_of(0, 0)));  // R: var of one value is NA

  pairwise_covariance acc;
  acc.add({{one.data(), 1, 3, 1}, codings});
  std::vector<std::int8_t> two{1, 2};
  CHECK_THROWS_AS(acc.add({{two.data(), 1, 2, 1}, ls_test::five_point_codings(2)}), ls::error);
  CHECK_THROWS_AS(acc.add({{one.data(), 1, 3, 1}, ls_test::five_point_codings(2)}), ls::error);
  pairwise_covariance other;
  other.add({{two.data(), 1, 2, 1}, ls_test::five_point_codings(2)});
  CHECK_THROWS_WITH(acc.merge(other), Catch::Contains("3 items") && Catch::Contains("2 items"));
  const auto before = ls::json::to_string(acc);
  acc.merge(pairwise_covariance{});  // an empty accumulator changes nothing
  CHECK(ls::json::to_string(acc) == before);
  pairwise_covariance fresh;
  fresh.merge(acc);
  CHECK(ls::json::to_string(fresh) == before);
}

TEST_CASE("pairwise: partial results cross processes as JSON and merge there") {
  const std::size_t rows = 4000, items = 5;
  const auto codes = ls_test::random_codes(rows, items, 0.05, 29);
  const scored_view data{{codes.data(), rows, items, rows}, ls_test::five_point_codings(items)};
  pairwise_covariance first, second;
  first.add(data.slice(0, 1500));
  second.add(data.slice(1500, 2500));
  auto received = ls::json::load<pairwise_covariance>(ls::json::to_string(second));
  first.merge(received);
  require_same(first.result(), one_pass(data), 1e-12);
}

TEST_CASE("pairwise: the accumulator's rules, read from JSON") {
  const auto good = R"({"items": 2, "rows": 3, "complete_rows": 1, "counts": [3, 1, 1, 2],
                        "means": [1, 2, 3, 4], "comoments": [1, 0, 0, 1]})";
  CHECK(ls::json::try_load<pairwise_covariance>(good).report.issues.empty());
  auto bad = ls::json::try_load<pairwise_covariance>(
      R"({"items": 2, "rows": 3, "complete_rows": 4, "counts": [3, 1, 5, 2],
          "means": [1, 2, 3], "comoments": [1, 0, 0, 1]})");
  CHECK(ls_test::codes_and_paths(bad.report) ==
        std::vector<std::string>{"covariance.size_mismatch /means",
                                 "covariance.count_exceeds_rows /complete_rows",
                                 "covariance.count_exceeds_rows /counts/2"});
  CHECK(bad.report.issues[0].severity == ls::severity::error);
  CHECK(bad.report.issues[0].message.find("3 entries where 4") != std::string::npos);
  auto malformed = ls::json::try_load<pairwise_covariance>(R"({"items": 2,)");
  ls_test::require_one(malformed.report, "json.syntax", "");
}
