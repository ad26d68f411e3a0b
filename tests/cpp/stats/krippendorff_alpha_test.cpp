#include "stats/agreement_reference.hpp"
#include "support/issues.hpp"

#include <ls/core/error.hpp>
#include <ls/core/validate.hpp>
#include <ls/json/load.hpp>
#include <ls/json/write.hpp>
#include <ls/stats/krippendorff_alpha.hpp>

#include <catch2/catch.hpp>

#include <cmath>
#include <string>
#include <vector>

using namespace ls::stats;
using Catch::Matchers::WithinAbs;
using Catch::Matchers::WithinRel;

namespace {

const double NA = std::nan("");

/// Units x coders, row-major, from a committed data file (columns c1, c2, ...).
struct rating_table {
  std::vector<double> ratings;
  std::size_t coders = 0;
};

rating_table read_ratings(const std::string& name) {
  const auto table = ls_test::agreement_reference::read_csv("data/krippendorff_" + name + ".csv");
  rating_table out;
  out.coders = table.columns.size();
  for (std::size_t u = 0; u < table.rows; ++u)
    for (std::size_t c = 1; c <= out.coders; ++c)
      out.ratings.push_back(table["c" + std::to_string(c)][u]);
  return out;
}

const std::pair<const char*, krippendorff_metric> metrics[] = {
    {"nominal", krippendorff_metric::nominal},
    {"ordinal", krippendorff_metric::ordinal},
    {"interval", krippendorff_metric::interval},
    {"ratio", krippendorff_metric::ratio}};

// Krippendorff (2011): 12 units (rows) rated by 4 observers (columns), with gaps.
const std::vector<double> published{
    1, 1, NA, 1,   2, 2, 3, 2,   3, 3, 3, 3,   3, 3, 3, 3,   2, 2, 2, 2,   1, 2, 3, 4,
    4, 4, 4, 4,    1, 1, 2, 1,   2, 2, 2, 2,   NA, 5, 5, 5,  NA, NA, 1, 1, NA, 3, NA, NA};

}  // namespace

TEST_CASE("Krippendorff's published example, to three decimals") {
  const auto alpha = [](krippendorff_metric m) {
    return krippendorff_alpha(published, 4, m).alpha;
  };
  CHECK_THAT(alpha(krippendorff_metric::nominal), WithinAbs(0.743, 0.0005));
  CHECK_THAT(alpha(krippendorff_metric::ordinal), WithinAbs(0.815, 0.0005));
  CHECK_THAT(alpha(krippendorff_metric::interval), WithinAbs(0.849, 0.0005));
  CHECK_THAT(alpha(krippendorff_metric::ratio), WithinAbs(0.797, 0.0005));

  const auto r = krippendorff_alpha(published, 4, krippendorff_metric::nominal);
  CHECK(r.units == 12);
  CHECK(r.pairable_units == 11);  // unit 12 has one rating
  CHECK(r.pairable_values == 40);
  // By hand, nominal: alpha = 1 - (n - 1) sum_{c != k} o_ck / sum_{c != k} n_c n_k.
  // Off the diagonal, o gets 2 from unit 2 (2,2,3,2: pairs 2-3 and 3-2, 3 each, / 3), 4 from
  // unit 6 (1,2,3,4: 12 pairs / 3) and 2 from unit 8 (1,1,2,1): 8. The margins n_c of the
  // values 1..5 are 9, 13, 10, 5, 3, so sum n_c n_k = 40^2 - (81 + 169 + 100 + 25 + 9) = 1216.
  CHECK_THAT(r.alpha, WithinRel(1 - 39.0 * 8 / 1216, 1e-14));
  CHECK_THAT(r.observed_disagreement, WithinRel(8.0 / 40, 1e-14));
}

TEST_CASE("the published example and seeded data match the krippendorff package") {
  const auto reference = ls_test::agreement_reference::read_reference("krippendorff.out");
  for (const std::string name : {"published", "four_point", "seven_point_sparse", "tenths"}) {
    const auto data = read_ratings(name);
    for (const auto& [metric_name, metric] : metrics) {
      const double expected = ls_test::agreement_reference::expected(reference, name, metric_name).at(0).value;
      const auto r = krippendorff_alpha(data.ratings, data.coders, metric);
      INFO(name << " " << metric_name << ": ours " << r.alpha << ", package " << expected);
      CHECK(ls_test::matches(r.alpha, expected));
      CHECK(r.status == krippendorff_status::defined);
    }
  }
}

TEST_CASE("degenerate ratings: nothing pairable, no variation") {
  SECTION("no unit has two ratings") {
    const std::vector<double> ratings{1, NA, NA, 2, NA, NA};
    const auto r = krippendorff_alpha(ratings, 2, krippendorff_metric::interval);
    CHECK(r.status == krippendorff_status::no_pairable_values);
    CHECK(std::isnan(r.alpha));
    CHECK(r.units == 3);
    CHECK(r.pairable_units == 0);
  }
  SECTION("no units at all") {
    CHECK(krippendorff_alpha({}, 3, krippendorff_metric::nominal).status ==
          krippendorff_status::no_pairable_values);
  }
  SECTION("every coder gives the same value everywhere: agreement cannot be told from chance") {
    const std::vector<double> ratings{3, 3, 3, 3, NA, 3};
    const auto r = krippendorff_alpha(ratings, 2, krippendorff_metric::ordinal);
    CHECK(r.status == krippendorff_status::no_variation);
    CHECK(std::isnan(r.alpha));
    CHECK(r.observed_disagreement == 0);
  }
  SECTION("perfect agreement with variation is 1") {
    const std::vector<double> ratings{1, 1, 2, 2, 4, 4};
    for (const auto& [name, metric] : metrics) CHECK(krippendorff_alpha(ratings, 2, metric).alpha == 1);
  }
}

TEST_CASE("units add up: split and merged accumulators equal one pass") {
  krippendorff_accumulator whole, first, second;
  for (std::size_t u = 0; u < 12; ++u) {
    const std::span<const double> unit(published.data() + 4 * u, 4);
    whole.add_unit(unit);
    (u % 3 == 0 ? first : second).add_unit(unit);
  }
  auto copy = ls::json::load<krippendorff_accumulator>(ls::json::to_string(first));
  copy.merge(second);
  CHECK(copy.values == whole.values);
  for (const auto& [name, metric] : metrics) {
    INFO(name);
    CHECK_THAT(copy.result(metric).alpha, WithinRel(whole.result(metric).alpha, 1e-14));
  }
  CHECK(copy.units == 12);
}

TEST_CASE("Krippendorff misuse is an error") {
  CHECK_THROWS_WITH(krippendorff_alpha(std::vector<double>{1, 2, 3}, 2, krippendorff_metric::nominal),
                    Catch::Contains("whole units"));
  CHECK_THROWS_AS(krippendorff_alpha(std::vector<double>{1, 2}, 0, krippendorff_metric::nominal),
                  ls::error);
  CHECK_THROWS_WITH(krippendorff_alpha(std::vector<double>{1, INFINITY}, 2, krippendorff_metric::interval),
                    Catch::Contains("infinite"));
  CHECK_THROWS_WITH(krippendorff_alpha(std::vector<double>{-1, 2}, 2, krippendorff_metric::ratio),
                    Catch::Contains(">= 0"));
}

TEST_CASE("a Krippendorff partial result from JSON is checked before it is used") {
  krippendorff_accumulator good;
  good.add_unit(std::vector<double>{1, 2, 2});
  CHECK(ls::validate(good).issues.empty());
  CHECK(ls::validate(krippendorff_accumulator{}).issues.empty());

  auto bad = good;
  bad.values = {2, 1};
  ls_test::require_one(ls::validate(bad), "krippendorff.values", "/values/1");
  CHECK_THROWS_AS(bad.result(krippendorff_metric::nominal), ls::validation_error);
  CHECK_THROWS_AS(good.merge(bad), ls::validation_error);
  CHECK_THROWS_AS(bad.add_unit(std::vector<double>{1, 1}), ls::validation_error);

  bad = good;
  bad.coincidences.pop_back();
  ls_test::require_one(ls::validate(bad), "krippendorff.coincidences", "/coincidences");

  auto text = nlohmann::json::parse(ls::json::to_string(good));
  text["values"] = nlohmann::json::array({1.0, 1.0});
  const auto loaded = ls::json::try_load<krippendorff_accumulator>(text.dump());
  ls_test::require_one(loaded.report, "krippendorff.values", "/values/1");
  CHECK_THROWS_AS(ls::json::load<krippendorff_accumulator>("{\"values\": [1,"), ls::validation_error);
}
