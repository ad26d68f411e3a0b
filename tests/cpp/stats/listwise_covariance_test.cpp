// Listwise covariances against R's cov(na.omit(x)) (tests/reference/reliability.R), a
// worked example and a plain two-pass computation.
#include "stats/naive_covariance.hpp"
#include "stats/reliability_reference.hpp"
#include "support/issues.hpp"

#include <ls/core/error.hpp>
#include <ls/json/load.hpp>
#include <ls/json/write.hpp>
#include <ls/stats/listwise_covariance.hpp>
#include <ls/stats/parallel.hpp>
#include <ls/stats/simd.hpp>

#include <catch2/catch.hpp>

#include <cmath>

using ls::responses::scored_view;
using ls::stats::listwise_covariance;
using Catch::Matchers::WithinRel;

namespace {

ls::stats::item_covariance one_pass(const scored_view& data) {
  listwise_covariance acc;
  acc.add(data);
  return acc.result();
}

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

}  // namespace

TEST_CASE("listwise: a worked example") {
  // a: 1 2 3 4 -   b: 2 - 4 4 5   complete rows 0, 2, 3: a = 1 3 4, b = 2 4 4.
  // var a = ((-5/3)^2 + (1/3)^2 + (4/3)^2) / 2 = (42/9) / 2 = 7/3; var b = (24/9) / 2 = 4/3;
  // cov = (30/9) / 2 = 5/3.
  const std::int8_t m = ls::responses::missing_code;
  std::vector<std::int8_t> codes{1, 2, 3, 4, m, 2, m, 4, 4, 5};
  const scored_view data{{codes.data(), 5, 2, 5},
                         std::vector(2, ls::responses::make_item_coding(ls::responses::integer_scale(1, 5)))};
  at_every_simd_level([&] {
    const auto cov = one_pass(data);
    CHECK(cov.policy == ls::stats::deletion_policy::listwise);
    CHECK(cov.rows == 5);
    CHECK(cov.complete_rows == 3);
    CHECK(cov.counts == std::vector<std::size_t>(4, 3));
    CHECK_THAT(cov.covariance_of(0, 0), WithinRel(7.0 / 3, 1e-15));
    CHECK_THAT(cov.covariance_of(1, 1), WithinRel(4.0 / 3, 1e-15));
    CHECK_THAT(cov.covariance_of(0, 1), WithinRel(5.0 / 3, 1e-15));
    CHECK_THAT(cov.means[0], WithinRel(8.0 / 3, 1e-15));
    CHECK_THAT(cov.means[3], WithinRel(10.0 / 3, 1e-15));
  });
}

TEST_CASE("listwise: a reverse key negates the item's covariances, as psych's keys do") {
  std::vector<std::int8_t> codes{1, 2, 3, 5, 2, 2, 4, 4};
  const auto scale = ls::responses::integer_scale(1, 5);
  const auto plain = one_pass({{codes.data(), 4, 2, 4}, std::vector(2, ls::responses::make_item_coding(scale))});
  const auto keyed = one_pass({{codes.data(), 4, 2, 4},
                               {ls::responses::make_item_coding(scale),
                                ls::responses::make_item_coding(scale, true)}});
  CHECK(keyed.covariance_of(0, 1) == -plain.covariance_of(0, 1));
  CHECK(keyed.covariance_of(1, 1) == plain.covariance_of(1, 1));
  CHECK(keyed.means[3] == 6 - plain.means[3]);
}

TEST_CASE("listwise: equals R's cov(na.omit(x)) on bfi and generated data") {
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
    const auto codes = ls_test::psych_reference::codes_of(ls_test::psych_reference::read_csv(s.file), s.items);
    auto scale = ls::responses::integer_scale(1, s.no_opinion ? 5 : 6);
    if (s.no_opinion) scale.options.push_back({9, "no opinion", true, false});
    std::vector<ls::responses::item_coding> codings;
    for (bool r : s.reversed) codings.push_back(ls::responses::make_item_coding(scale, r));
    const auto expected = ls_test::psych_reference::reference(s.name, "listwise");
    at_every_simd_level([&] {
      const auto cov = one_pass({codes.view(), codings});
      CHECK(cov.complete_rows == static_cast<std::size_t>(expected.at("feldt_n").number()));
      for (std::size_t i = 0; i < s.items.size(); ++i)
        for (std::size_t j = i; j < s.items.size(); ++j) {
          const auto pair = s.items[i] + ":" + s.items[j];
          INFO(pair);
          CHECK(ls_test::matches(cov.covariance_of(i, j), expected.at("cov " + pair).number()));
        }
    });
  }
}

TEST_CASE("listwise: equals a plain two-pass computation for many shapes, at every level") {
  for (std::size_t items : {1u, 3u, 4u, 5u, 16u, 17u, 64u, 65u}) {
    for (std::size_t rows : {1u, 64u, 65u, 2049u}) {
      if (items * rows > 40000) continue;
      for (double missing : {0.0, 0.01, 0.2}) {
        INFO(items << " items, " << rows << " rows, missing " << missing);
        const auto codes = ls_test::random_codes(rows, items, missing, items * 100 + rows);
        const scored_view data{{codes.data(), rows, items, rows}, ls_test::five_point_codings(items)};
        at_every_simd_level([&] {
          const auto cov = one_pass(data);
          for (std::size_t i = 0; i < items; ++i)
            for (std::size_t j = 0; j < items; ++j) {
              const auto want = ls_test::naive_covariance(data, i, j, true);
              INFO("pair " << i << ", " << j);
              REQUIRE(cov.counts[i * items + j] == want.n);
              REQUIRE(ls_test::close_to_naive(cov.covariance_of(i, j), want.covariance));
              REQUIRE(ls_test::close_to_naive(cov.means[i * items + j], want.mean_i));
            }
        });
      }
    }
  }
}

TEST_CASE("listwise: chunked and multi-threaded runs equal one pass") {
  const std::size_t rows = 20011, items = 7;
  const auto codes = ls_test::random_codes(rows, items, 0.02, 31);
  const scored_view data{{codes.data(), rows, items, rows}, ls_test::five_point_codings(items)};
  const auto whole = one_pass(data);
  auto run = [&](unsigned threads, std::size_t chunk) {
    return ls::stats::accumulate_rows(
               rows, [] { return listwise_covariance{}; },
               [&](listwise_covariance& acc, std::size_t first, std::size_t count) {
                 acc.add(data.slice(first, count));
               },
               threads, chunk)
        .result();
  };
  for (std::size_t chunk : {1u, 7u, 1000u, 2048u, 20011u}) {
    INFO("chunk " << chunk);
    const auto one_thread = run(1, chunk);
    CHECK(one_thread.complete_rows == whole.complete_rows);
    CHECK(one_thread.rows == rows);
    for (std::size_t ij = 0; ij < items * items; ++ij) {
      CHECK_THAT(one_thread.covariances[ij], WithinRel(whole.covariances[ij], 1e-12));
      CHECK_THAT(one_thread.means[ij], WithinRel(whole.means[ij], 1e-12));
    }
    for (unsigned threads : {2u, 3u})
      CHECK(ls::json::to_string(run(threads, chunk)) == ls::json::to_string(one_thread));
  }
}

TEST_CASE("listwise: codings that are not whole numbers take the floating-point path") {
  const std::size_t rows = 3000, items = 4;
  const auto codes = ls_test::random_codes(rows, items, 0.05, 37);
  const auto codings = ls_test::five_point_codings(items);
  auto halves = codings;
  for (auto& c : halves)
    for (auto& v : c.value) v /= 2;
  const auto whole = one_pass({{codes.data(), rows, items, rows}, codings});
  const auto halved = one_pass({{codes.data(), rows, items, rows}, halves});
  CHECK(halved.complete_rows == whole.complete_rows);
  for (std::size_t ij = 0; ij < items * items; ++ij) {
    CHECK_THAT(halved.covariances[ij], WithinRel(whole.covariances[ij] / 4, 1e-12));
    CHECK_THAT(halved.means[ij], WithinRel(whole.means[ij] / 2, 1e-12));
  }
}

TEST_CASE("listwise: no complete row, one complete row, and misuse") {
  const std::int8_t m = ls::responses::missing_code;
  const auto codings = ls_test::five_point_codings(2);
  std::vector<std::int8_t> gaps{1, m, m, 2};
  const auto none = one_pass({{gaps.data(), 2, 2, 2}, codings});
  CHECK(none.complete_rows == 0);
  CHECK(std::isnan(none.means[0]));
  CHECK(std::isnan(none.covariance_of(0, 1)));
  std::vector<std::int8_t> one{1, m, 3, 2};
  const auto single = one_pass({{one.data(), 2, 2, 2}, codings});
  CHECK(single.complete_rows == 1);
  CHECK(single.means[0] == 1.0);
  CHECK(std::isnan(single.covariance_of(0, 0)));

  listwise_covariance acc, other;
  acc.add({{one.data(), 2, 2, 2}, codings});
  other.add({{one.data(), 1, 3, 1}, ls_test::five_point_codings(3)});
  CHECK_THROWS_AS(acc.merge(other), ls::error);
  CHECK_THROWS_AS(acc.add({{one.data(), 2, 2, 2}, ls_test::five_point_codings(3)}), ls::error);
}

TEST_CASE("listwise: partial results cross processes as JSON, the accumulator's rules") {
  const std::size_t rows = 3000, items = 4;
  const auto codes = ls_test::random_codes(rows, items, 0.05, 41);
  const scored_view data{{codes.data(), rows, items, rows}, ls_test::five_point_codings(items)};
  listwise_covariance first, second;
  first.add(data.slice(0, 1000));
  second.add(data.slice(1000, 2000));
  first.merge(ls::json::load<listwise_covariance>(ls::json::to_string(second)));
  const auto whole = one_pass(data);
  for (std::size_t ij = 0; ij < items * items; ++ij)
    CHECK_THAT(first.result().covariances[ij], WithinRel(whole.covariances[ij], 1e-12));

  auto bad = ls::json::try_load<listwise_covariance>(
      R"({"items": 2, "rows": 3, "complete_rows": 4, "means": [1, 2], "comoments": [1]})");
  CHECK(ls_test::codes_and_paths(bad.report) ==
        std::vector<std::string>{"covariance.size_mismatch /comoments",
                                 "covariance.count_exceeds_rows /complete_rows"});
  CHECK(ls::json::try_load<listwise_covariance>(
            R"({"items": 1, "rows": 3, "complete_rows": 2, "means": [1], "comoments": [1]})")
            .report.issues.empty());
  ls_test::require_one(ls::json::try_load<listwise_covariance>("[").report, "json.syntax", "");
}
