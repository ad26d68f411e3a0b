#include "stats/naive_covariance.hpp"
#include "support/issues.hpp"

#include <ls/json/load.hpp>
#include <ls/json/write.hpp>
#include <ls/stats/item_covariance.hpp>
#include <ls/stats/listwise_covariance.hpp>
#include <ls/stats/pairwise_covariance.hpp>

#include <catch2/catch.hpp>

#include <cmath>

using ls::stats::deletion_policy;

TEST_CASE("item_covariances runs the accumulator of the policy, threads do not change it") {
  const std::size_t rows = 70000, items = 6;  // more than one default chunk
  const auto codes = ls_test::random_codes(rows, items, 0.03, 43);
  const ls::responses::scored_view data{{codes.data(), rows, items, rows},
                                        ls_test::five_point_codings(items)};
  for (auto policy : {deletion_policy::listwise, deletion_policy::pairwise}) {
    const auto one = ls::stats::item_covariances(data, policy, 1);
    CHECK(one.policy == policy);
    CHECK(one.rows == rows);
    CHECK(ls::json::to_string(ls::stats::item_covariances(data, policy, 2)) ==
          ls::json::to_string(one));
    const auto want = ls_test::naive_covariance(data, 1, 4, policy == deletion_policy::listwise);
    CHECK(one.counts[1 * items + 4] == want.n);
    CHECK_THAT(one.covariance_of(1, 4), Catch::Matchers::WithinRel(want.covariance, 1e-12));
  }
}

TEST_CASE("covariance_of is NaN out of range") {
  ls::stats::item_covariance c;
  c.items = 1;
  c.counts = {2};
  c.means = {1};
  c.covariances = {0.5};
  CHECK(c.covariance_of(0, 0) == 0.5);
  CHECK(std::isnan(c.covariance_of(1, 0)));
}

TEST_CASE("item_covariance rules, read from JSON") {
  const auto good = ls::json::try_load<ls::stats::item_covariance>(
      R"({"policy": "pairwise", "items": 1, "rows": 2, "complete_rows": 2, "counts": [2],
          "means": [1.5], "covariances": [0.5]})");
  CHECK(good.report.issues.empty());
  CHECK(good.value->covariance_of(0, 0) == 0.5);
  const auto bad = ls::json::try_load<ls::stats::item_covariance>(
      R"({"policy": "listwise", "items": 2, "rows": 2, "complete_rows": 3, "counts": [2, 2, 2, 9],
          "means": [1, 1, 1, 1], "covariances": [1, 1, 1]})");
  CHECK(ls_test::codes_and_paths(bad.report) ==
        std::vector<std::string>{"covariance.size_mismatch /covariances",
                                 "covariance.count_exceeds_rows /complete_rows",
                                 "covariance.count_exceeds_rows /counts/3"});
  const auto unknown = ls::json::try_load<ls::stats::item_covariance>(
      R"({"policy": "casewise", "items": 0, "rows": 0, "complete_rows": 0})");
  ls_test::require_one(unknown.report, "json.unknown_enum", "/policy");
  ls_test::require_one(ls::json::try_load<ls::stats::item_covariance>("{").report,
                       "json.syntax", "");
}
