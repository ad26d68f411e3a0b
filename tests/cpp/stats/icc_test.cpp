#include "stats/agreement_reference.hpp"

#include <ls/core/error.hpp>
#include <ls/json/load.hpp>
#include <ls/json/write.hpp>
#include <ls/stats/icc.hpp>

#include <catch2/catch.hpp>

#include <cmath>
#include <random>
#include <string>
#include <vector>

using namespace ls::stats;
using Catch::Matchers::WithinRel;

namespace {

const ls_test::agreement_reference::reference_values& r_values() {
  static const auto values = ls_test::agreement_reference::read_reference("agreement.out");
  return values;
}

double r_value(const std::string& case_name, const std::string& statistic) {
  return ls_test::agreement_reference::expected(r_values(), case_name, statistic).at(0).value;
}

/// The ANOVA table and both ICCs against what R printed for `case_name`.
void compare_with_r(const icc_result& ours, const std::string& case_name) {
  INFO(case_name);
  const std::pair<const char*, double> fields[] = {
      {"df_between", ours.df_between},
      {"df_within", ours.df_within},
      {"sum_squares_between", ours.sum_squares_between},
      {"sum_squares_within", ours.sum_squares_within},
      {"mean_square_between", ours.mean_square_between},
      {"mean_square_within", ours.mean_square_within},
      {"icc1", ours.icc1},
      {"icc2", ours.icc2}};
  for (const auto& [name, value] : fields) {
    INFO(name << ": ours " << value << ", R " << r_value(case_name, name));
    CHECK(ls_test::matches(value, r_value(case_name, name)));
  }
}

std::vector<std::int32_t> ints(const std::vector<double>& ids) {
  std::vector<std::int32_t> out;
  for (double id : ids) out.push_back(std::isnan(id) ? -1 : static_cast<std::int32_t>(id));
  return out;
}

}  // namespace

TEST_CASE("ICC(1) and ICC(2) of two groups, worked by hand") {
  // Groups {1, 2, 3} and {4, 5, 6}: means 2 and 5, grand mean 3.5.
  // SSB = 3 (1.5^2) + 3 (1.5^2) = 13.5 on 1 df; SSW = 2 + 2 = 4 on 4 df; k = 3.
  const std::vector<double> y{1, 2, 3, 4, 5, 6};
  const std::vector<std::int32_t> g{0, 0, 0, 1, 1, 1};
  const auto r = icc(y, g);
  CHECK(r.n == 6);
  CHECK(r.groups == 2);
  CHECK(r.df_between == 1);
  CHECK(r.df_within == 4);
  CHECK_THAT(r.sum_squares_between, WithinRel(13.5, 1e-15));
  CHECK_THAT(r.sum_squares_within, WithinRel(4.0, 1e-15));
  CHECK_THAT(r.mean_square_within, WithinRel(1.0, 1e-15));
  CHECK_THAT(r.f_ratio, WithinRel(13.5, 1e-15));
  CHECK(r.mean_group_size == 3);
  CHECK_THAT(r.icc1, WithinRel((13.5 - 1) / (13.5 + 2 * 1), 1e-15));
  CHECK_THAT(r.icc2, WithinRel((13.5 - 1) / 13.5, 1e-15));
  CHECK(r.icc1_status == icc_status::defined);
}

TEST_CASE("missing values and rows in no group are left out and counted") {
  const std::vector<double> y{1, 2, 3, std::nan(""), 4, 5, 6, 100};
  const std::vector<std::int32_t> g{0, 0, 0, 0, 1, 1, 1, -1};
  const auto r = icc(y, g);
  CHECK(r.n == 6);
  CHECK(r.missing == 1);
  CHECK(r.ungrouped == 1);
  CHECK_THAT(r.icc2, WithinRel((13.5 - 1) / 13.5, 1e-15));
}

TEST_CASE("bhr2000: ICC of hours and of every item by group match multilevel") {
  const auto data = ls_test::agreement_reference::read_csv("data/bhr2000.csv");
  const auto groups = ints(data["GRP"]);
  compare_with_r(icc(data["HRS"], groups), "bhr2000_icc_HRS");

  const std::vector<std::string> names{"AF06", "AF07", "AP12", "AP17", "AP33", "AP34",
                                       "AS14", "AS15", "AS16", "AS17", "AS28"};
  const auto codes = ls_test::agreement_reference::codes_from(data, names);
  const auto per_item =
      icc_items({codes.view(), ls_test::agreement_reference::integer_codings(names.size(), 1, 5)}, groups);
  REQUIRE(per_item.size() == names.size());
  for (std::size_t j = 0; j < names.size(); ++j)
    compare_with_r(per_item[j], "bhr2000_icc_" + names[j]);
}

TEST_CASE("lq2002: ICC of the scale scores by company match multilevel (unequal sizes)") {
  const auto data = ls_test::agreement_reference::read_csv("data/lq2002.csv");
  const auto groups = ints(data["COMPID"]);
  for (const std::string score : {"LEAD", "TSIG", "HOSTILE"}) {
    const auto r = icc(data[score], groups);
    compare_with_r(r, "lq2002_icc_" + score);
    CHECK(r.groups == 49);
    CHECK_THAT(r.mean_group_size, WithinRel(2042.0 / 49, 1e-15));
  }
}

TEST_CASE("generated data with missing values and rows in no group match multilevel") {
  const auto data = ls_test::agreement_reference::read_csv("data/generated.csv");
  const auto groups = ints(data["GRP"]);
  compare_with_r(icc(data["z"], groups), "generated_icc_z");
  const auto codes = ls_test::agreement_reference::codes_from(data, {"y1"});
  compare_with_r(icc_items({codes.view(), ls_test::agreement_reference::integer_codings(1, 1, 5)}, groups).at(0),
                 "generated_icc_y1");
}

TEST_CASE("degenerate input has NaN with a reason, R's behaviour is documented beside it") {
  SECTION("one value per group: no within-group degrees of freedom (R: NA)") {
    const auto r = icc(std::vector<double>{1, 2, 3, 4, 5}, std::vector<std::int32_t>{1, 2, 3, 4, 5});
    CHECK(r.icc1_status == icc_status::one_value_per_group);
    CHECK(std::isnan(r.icc1));
    CHECK(std::isnan(r.icc2));
    CHECK(std::isnan(r.mean_square_within));
    const std::string c = "degenerate_icc_singletons";
    CHECK(ls_test::matches(r.sum_squares_between, r_value(c, "sum_squares_between")));
    CHECK(ls_test::matches(r.mean_square_between, r_value(c, "mean_square_between")));
    CHECK(std::isnan(r_value(c, "icc1")));
  }
  SECTION("constant values: both mean squares are 0 (R prints rounding noise)") {
    const auto r = icc(std::vector<double>{3, 3, 3, 3, 3, 3}, std::vector<std::int32_t>{1, 1, 2, 2, 3, 3});
    CHECK(r.icc1_status == icc_status::no_variance);
    CHECK(r.icc2_status == icc_status::no_variance);
    CHECK(std::isnan(r.icc1));
    CHECK(r.sum_squares_between == 0);
    CHECK(r.sum_squares_within == 0);
    const std::string c = "degenerate_icc_constant";
    CHECK(std::abs(r_value(c, "sum_squares_between")) < 1e-25);
    CHECK(std::abs(r_value(c, "sum_squares_within")) < 1e-25);
  }
  SECTION("equal group means: ICC(1) = -1/(k - 1) as R, ICC(2) undefined (R: noise)") {
    const auto r = icc(std::vector<double>{1, 3, 1, 3, 2, 2}, std::vector<std::int32_t>{1, 1, 2, 2, 3, 3});
    const std::string c = "degenerate_icc_equal_means";
    CHECK(ls_test::matches(r.icc1, r_value(c, "icc1")));
    CHECK(ls_test::matches(r.mean_square_within, r_value(c, "mean_square_within")));
    CHECK(r.mean_square_between == 0);
    CHECK(r.icc2_status == icc_status::no_between_group_variance);
    CHECK(std::isnan(r.icc2));
    CHECK(r_value(c, "icc2") < -1e20);  // R divides by a mean square of rounding noise
  }
  SECTION("constant within groups that differ: both ICCs are 1, as R") {
    const auto r = icc(std::vector<double>{1, 1, 3, 3}, std::vector<std::int32_t>{1, 1, 2, 2});
    const std::string c = "degenerate_icc_no_within";
    CHECK(r.df_within == r_value(c, "df_within"));
    CHECK(ls_test::matches(r.sum_squares_between, r_value(c, "sum_squares_between")));
    CHECK(ls_test::matches(r.icc1, r_value(c, "icc1")));
    CHECK(ls_test::matches(r.icc2, r_value(c, "icc2")));
    CHECK(r.sum_squares_within == 0);  // R: rounding noise
    CHECK(std::abs(r_value(c, "sum_squares_within")) < 1e-25);
    CHECK(r.icc1_status == icc_status::defined);
    CHECK(std::isinf(r.f_ratio));
  }
  SECTION("a single group: no between-group variance to estimate (R's aov stops)") {
    const auto r = icc(std::vector<double>{1, 2, 3}, std::vector<std::int32_t>{1, 1, 1});
    CHECK(ls_test::agreement_reference::expected(r_values(), "degenerate_icc_single_group", "icc1").at(0).text == "error");
    CHECK(r.icc1_status == icc_status::single_group);
    CHECK(r.df_between == 0);
    CHECK(std::isnan(r.icc1));
    CHECK(std::isnan(r.icc2));
    CHECK_THAT(r.mean_square_within, WithinRel(1.0, 1e-15));
  }
  SECTION("all missing, and no rows") {
    const auto r = icc(std::vector<double>{std::nan(""), std::nan("")}, std::vector<std::int32_t>{0, 1});
    CHECK(r.icc1_status == icc_status::no_values);
    CHECK(r.missing == 2);
    CHECK(std::isnan(r.icc1));
    CHECK(icc({}, {}).icc2_status == icc_status::no_values);
  }
}

TEST_CASE("ICC: chunked and multi-threaded runs equal one pass") {
  std::mt19937_64 rng(11);
  std::normal_distribution<double> noise(0, 1);
  const std::size_t rows = 30'001;
  std::vector<double> y(rows);
  std::vector<std::int32_t> g(rows);
  for (std::size_t i = 0; i < rows; ++i) {
    g[i] = static_cast<std::int32_t>(rng() % 150) - 1;
    y[i] = rng() % 20 == 0 ? std::nan("") : 50 + 0.1 * g[i] + noise(rng);
  }
  auto run = [&](unsigned threads, std::size_t chunk) {
    return accumulate_rows(
               rows, [] { return icc_accumulator{}; },
               [&](icc_accumulator& acc, std::size_t first, std::size_t count) {
                 acc.add_all(std::span<const double>(y).subspan(first, count),
                             std::span<const std::int32_t>(g).subspan(first, count));
               },
               threads, chunk)
        .result();
  };
  const auto one = run(1, rows);
  CHECK(one.icc1_status == icc_status::defined);
  for (unsigned threads : {1u, 2u, 3u})
    for (std::size_t chunk : {1u, 777u, 8192u}) {
      INFO(threads << " threads, chunks of " << chunk);
      const auto many = run(threads, chunk);
      CHECK(many.n == one.n);
      CHECK(many.missing == one.missing);
      CHECK(many.ungrouped == one.ungrouped);
      CHECK_THAT(many.sum_squares_between, WithinRel(one.sum_squares_between, 1e-12));
      CHECK_THAT(many.sum_squares_within, WithinRel(one.sum_squares_within, 1e-12));
      CHECK_THAT(many.icc1, WithinRel(one.icc1, 1e-12));
      CHECK_THAT(many.icc2, WithinRel(one.icc2, 1e-12));
    }
  // The threads do not change the answer at all.
  CHECK(ls::json::to_string(icc(y, g, 1)) == ls::json::to_string(icc(y, g, 3)));
}

TEST_CASE("an ICC partial result goes to JSON and back and merges") {
  icc_accumulator a, b;
  a.add(1, 0);
  a.add(2, 0);
  a.add(4, 1);
  b.add(3, 0);
  b.add(5, 1);
  b.add(6, 1);
  auto copy = ls::json::load<icc_accumulator>(ls::json::to_string(a));
  copy.merge(b);
  const auto r = copy.result();
  CHECK_THAT(r.icc2, WithinRel((13.5 - 1) / 13.5, 1e-14));
}

TEST_CASE("ICC misuse is an error") {
  CHECK_THROWS_WITH(icc(std::vector<double>{1, 2}, std::vector<std::int32_t>{0}),
                    Catch::Contains("2 values but 1 group codes"));
  CHECK_THROWS_WITH(icc(std::vector<double>{1}, std::vector<std::int32_t>{-3}),
                    Catch::Contains("below -1"));
  CHECK_THROWS_WITH(icc(std::vector<double>{1, INFINITY}, std::vector<std::int32_t>{0, 0}),
                    Catch::Contains("infinite"));
  icc_accumulator acc;
  CHECK_THROWS_WITH(acc.add(-INFINITY, 0), Catch::Contains("infinite"));
}

TEST_CASE("icc_items gives each column's ICC, whatever the number of threads") {
  std::mt19937_64 rng(5);
  const std::size_t rows = 70'001;  // more than one chunk
  ls::responses::response_matrix m({"a", "b"}, rows);
  std::vector<std::int32_t> g(rows);
  for (std::size_t r = 0; r < rows; ++r) {
    g[r] = static_cast<std::int32_t>(r / 300);
    for (std::size_t j = 0; j < 2; ++j)
      m.set(r, j, rng() % 25 == 0 ? ls::responses::missing_code
                                  : static_cast<std::int8_t>(1 + (r / 300 + rng() % 3) % 5));
  }
  const ls::responses::scored_view view{m.view(), ls_test::agreement_reference::integer_codings(2, 1, 5)};
  const auto one = icc_items(view, g, 1);
  REQUIRE(one.size() == 2);
  for (std::size_t j = 0; j < 2; ++j) {
    std::vector<double> values(rows);
    for (std::size_t r = 0; r < rows; ++r) values[r] = view.value(r, j);
    const auto direct = icc(values, g, 1);
    CHECK(one[j].n == direct.n);
    CHECK(one[j].missing == direct.missing);
    CHECK_THAT(one[j].icc1, WithinRel(direct.icc1, 1e-12));
  }
  CHECK(ls::json::to_string(icc_items(view, g, 3)) == ls::json::to_string(one));
}
