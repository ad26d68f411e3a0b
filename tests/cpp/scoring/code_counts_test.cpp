#include "support/issues.hpp"

#include <ls/core/validate.hpp>
#include <ls/json/load.hpp>
#include <ls/scoring/code_counts.hpp>
#include <ls/stats/simd.hpp>

#include <catch2/catch.hpp>

#include <cstdint>
#include <random>
#include <vector>

using ls::scoring::code_counts;

TEST_CASE("code counts: every code byte counted, missing and off-scale codes too") {
  const std::vector<std::int8_t> column{-128, 1, 1, 5, 7, -128, 3, 127, -127};
  code_counts c;
  c.add_column(column);
  REQUIRE(c.counts.size() == 256);
  CHECK(c.count_of(-128) == 2);
  CHECK(c.count_of(1) == 2);
  CHECK(c.count_of(5) == 1);
  CHECK(c.count_of(7) == 1);
  CHECK(c.count_of(3) == 1);
  CHECK(c.count_of(127) == 1);
  CHECK(c.count_of(-127) == 1);
  CHECK(c.count_of(2) == 0);
  CHECK(c.count_of(128) == 0);   // outside what a byte holds
  CHECK(c.count_of(-129) == 0);
  CHECK(c.total() == 9);
  code_counts empty;
  CHECK(empty.total() == 0);
  CHECK(empty.count_of(1) == 0);
}

TEST_CASE("code counts merge: the counts of the parts add up") {
  const std::vector<std::int8_t> a{1, 2, 2}, b{2, 3};
  code_counts x, y, whole;
  x.add_column(a);
  y.add_column(b);
  whole.add_column(a);
  whole.add_column(b);
  x.merge(y);
  CHECK(x.counts == whole.counts);
  code_counts empty;
  empty.merge(x);
  CHECK(empty.counts == x.counts);
}

TEST_CASE("code counts rule: 256 counts or none") {
  CHECK(ls::validate(code_counts{}).issues.empty());
  CHECK(ls::validate(code_counts{std::vector<std::size_t>(256, 0)}).issues.empty());
  ls_test::require_one(ls::validate(code_counts{{1, 2, 3}}), "scoring.code_counts_size", "/counts");
  auto loaded = ls::json::try_load<ls::scoring::code_tally>(R"({"columns": [{"counts": [1]}]})");
  ls_test::require_one(loaded.report, "scoring.code_counts_size", "/columns/0/counts");
  CHECK(ls::json::load<ls::scoring::code_tally>(R"({"columns": [{}]})").columns.size() == 1);
  auto malformed = ls::json::try_load<ls::scoring::code_tally>(R"({"columns": [{"counts": "x"}]})");
  CHECK(ls_test::codes_and_paths(malformed.report) ==
        std::vector<std::string>{"json.type_mismatch /columns/0/counts"});
}

TEST_CASE("counting in chunks on threads gives exactly the counts of one pass") {
  const std::size_t rows = 10'007, items = 3;
  std::mt19937 rng(7);
  std::vector<std::int8_t> codes(rows * items);
  for (auto& c : codes) c = static_cast<std::int8_t>(static_cast<int>(rng() % 256) - 128);
  const ls::responses::response_view view{codes.data(), rows, items, rows};
  const auto one = ls::scoring::count_codes(view, 1, rows);
  REQUIRE(one.columns.size() == 3);
  CHECK(one.columns[1].total() == rows);
  // the first column counted by hand
  std::vector<std::size_t> by_hand(256, 0);
  for (std::size_t r = 0; r < rows; ++r) ++by_hand[static_cast<std::size_t>(codes[r] + 128)];
  CHECK(one.columns[0].counts == by_hand);
  for (unsigned threads : {1u, 2u, 3u})
    for (std::size_t chunk : {std::size_t{1}, std::size_t{333}, std::size_t{4096}}) {
      const auto many = ls::scoring::count_codes(view, threads, chunk);
      for (std::size_t j = 0; j < items; ++j) CHECK(many.columns[j].counts == one.columns[j].counts);
    }
  const auto none = ls::scoring::count_codes({codes.data(), 0, items, 0}, 2);
  CHECK(none.columns.size() == 3);
  CHECK(none.columns[0].total() == 0);
}

TEST_CASE("code counts at every kernel level: few codes, many codes, a code first seen late") {
  // The vector level counts the codes seen in a column's first rows with comparisons and
  // falls back to the histogram when more appear; every case must give a plain loop's counts.
  std::mt19937 rng(3);
  std::vector<std::vector<std::int8_t>> columns(3, std::vector<std::int8_t>(5000));
  const std::int8_t few[] = {1, 2, 3, 4, 5, -128};
  for (auto& c : columns[0]) c = few[rng() % 6];
  for (auto& c : columns[1]) c = static_cast<std::int8_t>(rng() % 256);
  columns[2] = columns[0];
  columns[2][4321] = 77;
  columns.push_back(std::vector<std::int8_t>(columns[0].begin(), columns[0].begin() + 63));
  for (auto level : {ls::stats::simd_level::portable, ls::stats::simd_level::avx512_vnni}) {
    if (ls::stats::set_simd_level(level) != level) continue;
    INFO("simd level " << static_cast<int>(level));
    for (const auto& column : columns) {
      std::vector<std::size_t> expected(256, 0);
      for (auto c : column) ++expected[static_cast<std::uint8_t>(c + 128)];
      code_counts got;
      got.add_column(column);
      CHECK(got.counts == expected);
    }
  }
  ls::stats::set_simd_level(ls::stats::supported_simd_level());
}
