#include "stats/agreement_reference.hpp"
#include "support/issues.hpp"

#include <ls/core/error.hpp>
#include <ls/core/validate.hpp>
#include <ls/json/load.hpp>
#include <ls/json/write.hpp>
#include <ls/stats/simd.hpp>
#include <ls/stats/within_group_agreement.hpp>

#include <catch2/catch.hpp>

#include <algorithm>
#include <cmath>
#include <functional>
#include <random>
#include <set>
#include <string>
#include <vector>

using namespace ls::stats;
using ls::responses::missing_code;
using ls::responses::response_matrix;
using ls::responses::scored_view;
using Catch::Matchers::WithinRel;

namespace {

constexpr std::int8_t M = missing_code;

/// A matrix from columns of codes.
response_matrix matrix(const std::vector<std::vector<std::int8_t>>& columns) {
  std::vector<std::string> ids;
  for (std::size_t j = 0; j < columns.size(); ++j) ids.push_back("i" + std::to_string(j));
  response_matrix m(ids, columns.front().size());
  for (std::size_t j = 0; j < columns.size(); ++j)
    for (std::size_t r = 0; r < columns[j].size(); ++r) m.set(r, j, columns[j][r]);
  return m;
}

scored_view five_point(const response_matrix& m) {
  return {m.view(), ls_test::agreement_reference::integer_codings(m.item_count(), 1, 5)};
}

agreement_options items(std::vector<std::size_t> columns) {
  agreement_options o;
  o.items = std::move(columns);
  return o;
}

using field = std::function<double(const group_agreement&)>;

/// Every group R printed for (case, statistic) against `get` of ours; with `sizes`, R's
/// group sizes against n, and every group R left out (no complete row) has n = 0.
void compare(const agreement_result& ours, const ls_test::agreement_reference::reference_values& reference,
             const std::string& case_name, const std::string& statistic, const field& get,
             const std::string& sizes = "") {
  std::set<std::size_t> listed;
  for (const auto& e : ls_test::agreement_reference::expected(reference, case_name, statistic)) {
    const auto g = static_cast<std::size_t>(std::stoi(e.group));
    INFO(case_name << " " << statistic << " group " << e.group << ": R " << e.text);
    REQUIRE(g < ours.groups.size());
    CHECK(ls_test::matches(get(ours.groups[g]), e.value));
    listed.insert(g);
  }
  if (sizes.empty()) return;
  for (const auto& e : ls_test::agreement_reference::expected(reference, case_name, sizes)) {
    INFO(case_name << " size of group " << e.group);
    CHECK(ours.groups[static_cast<std::size_t>(std::stoi(e.group))].n ==
          static_cast<std::uint64_t>(e.value));
  }
  for (const auto& row : ours.groups)
    if (!listed.count(static_cast<std::size_t>(row.group))) {
      INFO(case_name << ": group " << row.group << " is not in R's output");
      CHECK(row.n == 0);
      CHECK(row.status == agreement_status::no_respondents);
    }
}

const field rwg = [](const group_agreement& g) { return g.rwg; };
const field ad_mean = [](const group_agreement& g) { return g.average_deviation_mean; };
const field ad_median = [](const group_agreement& g) { return g.average_deviation_median; };
const field awg = [](const group_agreement& g) { return g.awg; };
const field size = [](const group_agreement& g) { return static_cast<double>(g.n); };

const ls_test::agreement_reference::reference_values& r_values() {
  static const auto values = ls_test::agreement_reference::read_reference("agreement.out");
  return values;
}

}  // namespace

TEST_CASE("one item in one group, worked by hand") {
  // 1, 2, 3, 4 on a five-point scale: mean 2.5, variance 5/3, null variance 2.
  const auto m = matrix({{1, 2, 3, 4}});
  const std::vector<std::int32_t> groups{0, 0, 0, 0};
  const auto out = within_group_agreement(five_point(m), groups);
  REQUIRE(out.groups.size() == 1);
  const auto& g = out.groups[0];
  CHECK(out.items == 1);
  CHECK(out.expected_variance == 2);
  CHECK(g.n == 4);
  CHECK_THAT(g.mean_item_variance, WithinRel(5.0 / 3, 1e-15));
  CHECK_THAT(g.rwg, WithinRel(1 - (5.0 / 3) / 2, 1e-15));
  CHECK_THAT(g.average_deviation_mean, WithinRel(1.0, 1e-15));  // |d| = 1.5, .5, .5, 1.5
  CHECK_THAT(g.average_deviation_median, WithinRel(1.0, 1e-15));
  // awg: 1 - 2 (5/3) / ((6 * 2.5 - 2.5^2 - 5) * 4/3) = 1 - (10/3) / 5.
  CHECK_THAT(g.awg, WithinRel(1.0 / 3, 1e-14));
  CHECK(g.awg_items == 1);
  CHECK(g.status == agreement_status::defined);
}

TEST_CASE("rwg(j), AD and awg of two items, worked by hand") {
  // Item 2: 2, 2, 2, 4: mean 2.5, variance 1, median 2.
  const auto m = matrix({{1, 2, 3, 4}, {2, 2, 2, 4}});
  const std::vector<std::int32_t> groups{0, 0, 0, 0};
  const auto g = within_group_agreement(five_point(m), groups).groups.at(0);
  // S = (5/3 + 1) / 2 = 4/3; S/2 = 2/3; rwg(j) = 2 (1/3) / (2 (1/3) + 2/3) = 1/2.
  CHECK_THAT(g.mean_item_variance, WithinRel(4.0 / 3, 1e-15));
  CHECK_THAT(g.rwg, WithinRel(0.5, 1e-15));
  CHECK_THAT(g.average_deviation_mean, WithinRel((1 + 0.75) / 2, 1e-15));
  CHECK_THAT(g.average_deviation_median, WithinRel((1 + 0.5) / 2, 1e-15));
  CHECK_THAT(g.awg, WithinRel((1.0 / 3 + 0.6) / 2, 1e-14));
}

TEST_CASE("rwg is truncated at 0 when the variance exceeds the null variance") {
  // 1, 5, 1, 5: variance 16/3 > 2.
  const auto m = matrix({{1, 5, 1, 5}, {1, 5, 1, 5}});
  const std::vector<std::int32_t> groups{0, 0, 0, 0};
  const auto g = within_group_agreement(five_point(m), groups).groups.at(0);
  CHECK_THAT(g.mean_item_variance, WithinRel(16.0 / 3, 1e-15));
  CHECK(g.rwg == 0);
}

TEST_CASE("bhr2000: rwg(j), rwg, AD and awg match multilevel") {
  const auto data = ls_test::agreement_reference::read_csv("data/bhr2000.csv");
  const std::vector<std::string> names{"AF06", "AF07", "AP12", "AP17", "AP33", "AP34",
                                       "AS14", "AS15", "AS16", "AS17", "AS28"};
  const auto codes = ls_test::agreement_reference::codes_from(data, names);
  const auto groups = ls_test::agreement_reference::groups_from(data, "GRP");
  const scored_view view{codes.view(), ls_test::agreement_reference::integer_codings(names.size(), 1, 5)};
  const auto& r = r_values();

  const auto all = within_group_agreement(view, groups);
  compare(all, r, "bhr2000_rwg_j_items", "rwg.j", rwg, "gsize");
  compare(all, r, "bhr2000_ad_mean_items", "AD.M", ad_mean, "gsize");
  compare(all, r, "bhr2000_ad_median_items", "AD.M", ad_median);
  compare(all, r, "bhr2000_awg_items", "a.wg", awg, "nraters");
  compare(within_group_agreement(view, groups, items({0})), r, "bhr2000_rwg_AF06", "rwg", rwg,
          "gsize");

  const auto hours_codes = ls_test::agreement_reference::codes_from(data, {"HRS"});
  const scored_view hours{hours_codes.view(), ls_test::agreement_reference::integer_codings(1, 6, 16)};
  const auto h = within_group_agreement(hours, groups);
  CHECK(h.expected_variance == 10);  // 11 options: (121 - 1) / 12
  CHECK(h.scale_minimum == 6);
  CHECK(h.scale_maximum == 16);
  compare(h, r, "bhr2000_rwg_HRS", "rwg", rwg, "gsize");
  compare(h, r, "bhr2000_ad_mean_HRS", "AD.M", ad_mean);
  compare(h, r, "bhr2000_ad_median_HRS", "AD.M", ad_median);
  compare(h, r, "bhr2000_awg_HRS", "a.wg", awg);
}

TEST_CASE("lq2002: rwg(j) of the three scales, AD and awg match multilevel") {
  const auto data = ls_test::agreement_reference::read_csv("data/lq2002.csv");
  std::vector<std::string> names;
  for (int i = 1; i <= 11; ++i) names.push_back((i < 10 ? "LEAD0" : "LEAD") + std::to_string(i));
  for (int i = 1; i <= 3; ++i) names.push_back("TSIG0" + std::to_string(i));
  const auto codes = ls_test::agreement_reference::codes_from(data, names);
  const auto groups = ls_test::agreement_reference::groups_from(data, "COMPID");
  const scored_view view{codes.view(), ls_test::agreement_reference::integer_codings(names.size(), 1, 5)};
  const auto& r = r_values();

  const auto lead = within_group_agreement(view, groups, items({0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10}));
  compare(lead, r, "lq2002_rwg_j_LEAD", "rwg.j", rwg, "gsize");
  compare(lead, r, "lq2002_ad_mean_LEAD", "AD.M", ad_mean);
  compare(lead, r, "lq2002_ad_median_LEAD", "AD.M", ad_median);
  compare(lead, r, "lq2002_awg_LEAD", "a.wg", awg);
  compare(within_group_agreement(view, groups, items({11, 12, 13})), r, "lq2002_rwg_j_TSIG",
          "rwg.j", rwg);
  const auto lead05 = within_group_agreement(view, groups, items({4}));
  compare(lead05, r, "lq2002_rwg_LEAD05", "rwg", rwg);
  compare(lead05, r, "lq2002_awg_LEAD05", "a.wg", awg);

  const auto hostile_codes =
      ls_test::agreement_reference::codes_from(data, {"HOSTIL01", "HOSTIL02", "HOSTIL03", "HOSTIL04", "HOSTIL05"});
  const scored_view hostile{hostile_codes.view(), ls_test::agreement_reference::integer_codings(5, 0, 4)};
  const auto h = within_group_agreement(hostile, groups);
  compare(h, r, "lq2002_rwg_j_HOSTIL", "rwg.j", rwg);
  compare(h, r, "lq2002_awg_HOSTIL", "a.wg", awg);
}

TEST_CASE("generated data with missing answers and degenerate groups match multilevel") {
  const auto data = ls_test::agreement_reference::read_csv("data/generated.csv");
  const auto codes = ls_test::agreement_reference::codes_from(data, {"y1", "y2", "y3", "y4"});
  const auto groups = ls_test::agreement_reference::groups_from(data, "GRP");
  const scored_view view{codes.view(), ls_test::agreement_reference::integer_codings(4, 1, 5)};
  const auto& r = r_values();

  const auto all = within_group_agreement(view, groups);
  compare(all, r, "generated_rwg_j", "rwg.j", rwg, "gsize");
  compare(all, r, "generated_ad_mean", "AD.M", ad_mean, "gsize");
  compare(all, r, "generated_ad_median", "AD.M", ad_median);
  compare(all, r, "generated_awg", "a.wg", awg, "nraters");
  const auto y1 = within_group_agreement(view, groups, items({0}));
  compare(y1, r, "generated_rwg_y1", "rwg", rwg, "gsize");
  compare(y1, r, "generated_ad_mean_y1", "AD.M", ad_mean, "gsize");
  compare(y1, r, "generated_ad_median_y1", "AD.M", ad_median);
  compare(y1, r, "generated_awg_y1", "a.wg", awg, "nraters");

  // The groups built for the rules (see agreement.R).
  CHECK(all.ungrouped_rows == 5);
  CHECK(all.groups[5].status == agreement_status::one_respondent);  // a group of one
  CHECK(std::isnan(all.groups[5].rwg));
  CHECK(all.groups[7].rwg == 1);  // constant answers: variance 0
  CHECK(all.groups[7].average_deviation_mean == 0);
  CHECK(all.groups[7].awg == 1);
  CHECK(all.groups[9].n == 0);  // every row missing: R leaves the group out
  CHECK(all.groups[9].dropped > 0);
  CHECK(all.groups[9].status == agreement_status::no_respondents);
  CHECK(all.groups[13].rwg == 0);  // split between the ends: truncated
  CHECK(y1.groups[15].awg_status == agreement_status::mean_too_extreme);
  CHECK(std::isnan(y1.groups[15].awg));
  CHECK(y1.groups[15].status == agreement_status::defined);
}

TEST_CASE("degenerate input: one respondent, constant answers, all missing, a single group") {
  SECTION("a group of one has NaN for every index") {
    const auto m = matrix({{3, 4, 2}});
    const std::vector<std::int32_t> groups{0, 1, 1};
    const auto out = within_group_agreement(five_point(m), groups);
    CHECK(out.groups[0].n == 1);
    CHECK(out.groups[0].status == agreement_status::one_respondent);
    CHECK(out.groups[0].awg_status == agreement_status::one_respondent);
    CHECK(std::isnan(out.groups[0].rwg));
    CHECK(std::isnan(out.groups[0].average_deviation_mean));
    CHECK(std::isnan(out.groups[0].awg));
    CHECK(out.groups[1].status == agreement_status::defined);
  }
  SECTION("constant answers agree perfectly") {
    const auto m = matrix({{4, 4, 4}, {3, 3, 3}});
    const auto g = within_group_agreement(five_point(m), std::vector<std::int32_t>{0, 0, 0}).groups[0];
    CHECK(g.rwg == 1);
    CHECK(g.mean_item_variance == 0);
    CHECK(g.average_deviation_mean == 0);
    CHECK(g.average_deviation_median == 0);
    // awg: item 2 (mean 3) is 1; item 1's mean 4 lies above (5 * 2 + 1) / 3 for three
    // raters, where awg is undefined (multilevel gives NA), so only item 2 counts.
    CHECK(g.awg_items == 1);
    CHECK(g.awg == 1);
    const auto high = within_group_agreement(five_point(matrix({{4, 4, 4}})),
                                             std::vector<std::int32_t>{0, 0, 0}).groups[0];
    CHECK(high.rwg == 1);
    CHECK(high.awg_status == agreement_status::mean_too_extreme);
    CHECK(std::isnan(high.awg));
  }
  SECTION("answers all at the top of the scale: awg is 1 by its rule") {
    const auto m = matrix({{5, 5, 5}});
    CHECK(within_group_agreement(five_point(m), std::vector<std::int32_t>{0, 0, 0}).groups[0].awg == 1);
  }
  SECTION("all missing: every group has no respondents; rows are counted as dropped") {
    const auto m = matrix({{M, M, M}, {1, 2, 3}});
    const auto out = within_group_agreement(five_point(m), std::vector<std::int32_t>{0, 1, 1});
    for (const auto& g : out.groups) {
      CHECK(g.n == 0);
      CHECK(g.status == agreement_status::no_respondents);
      CHECK(std::isnan(g.rwg));
    }
    CHECK(out.groups[1].dropped == 2);
  }
  SECTION("no rows at all, and groups listed up to group_count") {
    const auto m = matrix({{}});
    agreement_options o;
    o.group_count = 3;
    const auto out = within_group_agreement(five_point(m), {}, o);
    REQUIRE(out.groups.size() == 3);
    CHECK(out.groups[2].status == agreement_status::no_respondents);
  }
  SECTION("rows in no group are left out and counted") {
    const auto m = matrix({{1, 2, 5}});
    const auto out = within_group_agreement(five_point(m), std::vector<std::int32_t>{0, 0, -1});
    CHECK(out.ungrouped_rows == 1);
    CHECK(out.groups[0].n == 2);
  }
}

TEST_CASE("non-substantive answers leave the row out, a reverse key does not change agreement") {
  // DOMAIN.md section 6: five points with "no opinion" (3) non-substantive.
  const ls::survey::response_scale scale{"agree_5",
                                         {{1, "sd", false, false},
                                          {2, "d", false, false},
                                          {3, "no opinion", true, false},
                                          {4, "a", false, true},
                                          {5, "sa", false, true}}};
  const auto m = matrix({{1, 3, 4, 5, 5}, {2, 2, 4, 4, 5}});
  const std::vector<std::int32_t> groups{0, 0, 0, 0, 0};
  const auto plain = ls::responses::make_item_coding(scale);
  const auto reversed = ls::responses::make_item_coding(scale, true);
  const auto out = within_group_agreement({m.view(), {plain, plain}}, groups);
  CHECK(out.expected_variance == (16.0 - 1) / 12);  // four scored options
  CHECK(out.groups[0].n == 4);
  CHECK(out.groups[0].dropped == 1);
  const auto turned = within_group_agreement({m.view(), {reversed, plain}}, groups);
  CHECK_THAT(turned.groups[0].rwg, WithinRel(out.groups[0].rwg, 1e-15));
  CHECK_THAT(turned.groups[0].average_deviation_median,
             WithinRel(out.groups[0].average_deviation_median, 1e-15));
}

TEST_CASE("chunked and multi-threaded runs equal one pass, exactly") {
  std::mt19937_64 rng(7);
  const std::size_t rows = 20'011;
  std::vector<std::vector<std::int8_t>> columns(6, std::vector<std::int8_t>(rows));
  for (auto& c : columns)
    for (auto& x : c) x = rng() % 17 == 0 ? M : static_cast<std::int8_t>(1 + rng() % 5);
  std::vector<std::int32_t> groups(rows);
  for (auto& g : groups) g = static_cast<std::int32_t>(rng() % 300) - 1;
  // Rows in group order (as data sorted by school) and in no order take different
  // counting paths; both must agree with one pass.
  const bool sorted = GENERATE(false, true);
  if (sorted) std::sort(groups.begin(), groups.end());
  const auto m = matrix(columns);
  const auto view = five_point(m);
  const auto empty = make_agreement_accumulator(view.codings);

  auto run = [&](unsigned threads, std::size_t chunk) {
    return accumulate_rows(
        rows, [&] { return empty; },
        [&](agreement_accumulator& acc, std::size_t first, std::size_t count) {
          acc.add(view.slice(first, count), std::span<const std::int32_t>(groups).subspan(first, count));
        },
        threads, chunk);
  };
  const auto one = run(1, rows);
  const auto one_json = ls::json::to_string(one.result());
  for (unsigned threads : {1u, 2u, 3u})
    for (std::size_t chunk : {1u, 999u, 4096u}) {
      INFO(threads << " threads, chunks of " << chunk);
      const auto many = run(threads, chunk);
      CHECK(many.counts == one.counts);
      CHECK(many.complete_rows == one.complete_rows);
      CHECK(many.dropped_rows == one.dropped_rows);
      CHECK(ls::json::to_string(many.result()) == one_json);
    }
  agreement_options o;
  o.threads = 2;
  CHECK(ls::json::to_string(within_group_agreement(view, groups, o)) == one_json);
  // And one pass equals a count done the plain way, row by row.
  std::vector<std::uint64_t> plain(one.counts.size(), 0);
  for (std::size_t r = 0; r < rows; ++r) {
    bool complete = groups[r] >= 0;
    for (const auto& c : columns) complete = complete && c[r] != M;
    if (!complete) continue;
    for (std::size_t j = 0; j < columns.size(); ++j)
      ++plain[static_cast<std::size_t>(groups[r]) * 30 + j * 5 + static_cast<std::size_t>(columns[j][r] - 1)];
  }
  CHECK(plain == one.counts);
}

TEST_CASE("a partial result goes to JSON and back and still merges") {
  const auto m = matrix({{1, 2, 3, 4, 5, 5}, {2, 2, 3, 3, 4, M}});
  const std::vector<std::int32_t> groups{0, 0, 0, 1, 1, 1};
  const auto view = five_point(m);
  auto first = make_agreement_accumulator(view.codings);
  first.add(view.slice(0, 3), std::span<const std::int32_t>(groups).subspan(0, 3));
  auto second = make_agreement_accumulator(view.codings);
  second.add(view.slice(3, 3), std::span<const std::int32_t>(groups).subspan(3, 3));
  auto copy = ls::json::load<agreement_accumulator>(ls::json::to_string(first));
  copy.merge(second);
  CHECK(ls::json::to_string(copy.result()) ==
        ls::json::to_string(within_group_agreement(view, groups)));
  CHECK_THROWS_AS(ls::json::load<agreement_accumulator>("{\"items\": [0]"), ls::validation_error);
}

TEST_CASE("misuse is an error that says what is wrong") {
  const auto m = matrix({{1, 2, 3}, {1, 2, 3}});
  const auto view = five_point(m);
  const std::vector<std::int32_t> groups{0, 0, 0};
  CHECK_THROWS_WITH(within_group_agreement(view, std::vector<std::int32_t>{0, 0}),
                    Catch::Contains("3 rows but 2 group codes"));
  CHECK_THROWS_WITH(within_group_agreement(view, std::vector<std::int32_t>{0, -2, 0}),
                    Catch::Contains("below -1"));
  CHECK_THROWS_WITH(within_group_agreement(view, groups, items({2})),
                    Catch::Contains("out of range"));

  const scored_view mixed{m.view(), {ls_test::agreement_reference::integer_codings(1, 1, 5)[0],
                                     ls_test::agreement_reference::integer_codings(1, 1, 4)[0]}};
  CHECK_THROWS_WITH(within_group_agreement(mixed, groups),
                    Catch::Contains("different numbers of options"));
  agreement_options given;
  given.expected_variance = 2;
  CHECK_THROWS_WITH(within_group_agreement(mixed, groups, given), Catch::Contains("maxima"));
  given.scale_minimum = 1;
  given.scale_maximum = 5;
  CHECK(within_group_agreement(mixed, groups, given).groups[0].n == 3);

  agreement_options bad = given;
  bad.expected_variance = 0;
  CHECK_THROWS_WITH(within_group_agreement(view, groups, bad), Catch::Contains("positive"));
  bad = given;
  bad.scale_maximum = 4;
  CHECK_THROWS_WITH(within_group_agreement(view, groups, bad), Catch::Contains("outside"));

  auto a = make_agreement_accumulator(view.codings);
  const auto b = make_agreement_accumulator(view.codings, items({0}));
  CHECK_THROWS_WITH(a.merge(b), Catch::Contains("cannot merge"));
  // Data coded differently from what the accumulator was made for.
  const scored_view other{m.view(), ls_test::agreement_reference::integer_codings(2, 0, 4)};
  CHECK_THROWS_WITH(a.add(other, groups), Catch::Contains("was not made for"));
}

TEST_CASE("a partial result from JSON is checked before it is used") {
  const auto m = matrix({{1, 2, 3}, {1, 2, 3}});
  const auto view = five_point(m);
  auto good = make_agreement_accumulator(view.codings);
  good.add(view, std::vector<std::int32_t>{0, 0, 1});
  CHECK(ls::validate(good).issues.empty());
  CHECK(ls::validate(agreement_accumulator{}).issues.empty());  // the empty accumulator

  SECTION("offsets that do not match the items or the values") {
    auto bad = good;
    bad.slot_offsets.pop_back();
    ls_test::require_one(ls::validate(bad), "agreement.slot_offsets", "/slot_offsets");
    CHECK_THROWS_AS(bad.result(), ls::validation_error);
    CHECK_THROWS_AS(good.merge(bad), ls::validation_error);
    CHECK_THROWS_AS(bad.add(view, std::vector<std::int32_t>{0, 0, 0}), ls::validation_error);
  }
  SECTION("an item's values out of order") {
    auto bad = good;
    std::swap(bad.slot_values[6], bad.slot_values[7]);
    ls_test::require_one(ls::validate(bad), "agreement.slot_values", "/slot_values/7");
  }
  SECTION("counts of another size than groups x slots") {
    auto bad = good;
    bad.counts.pop_back();
    ls_test::require_one(ls::validate(bad), "agreement.counts", "/counts");
    bad = good;
    bad.dropped_rows.push_back(0);
    ls_test::require_one(ls::validate(bad), "agreement.dropped_rows", "/dropped_rows");
  }
  SECTION("a null variance or a range that cannot be") {
    auto bad = good;
    bad.expected_variance = -1;
    ls_test::require_one(ls::validate(bad), "agreement.expected_variance", "/expected_variance");
    bad = good;
    bad.scale_maximum = bad.scale_minimum;
    ls_test::require_one(ls::validate(bad), "agreement.scale_range", "/scale_maximum");
  }
  SECTION("loading reports the rule at its path") {
    auto text = nlohmann::json::parse(ls::json::to_string(good));
    text["counts"] = nlohmann::json::array({1, 2});
    const auto loaded = ls::json::try_load<agreement_accumulator>(text.dump());
    ls_test::require_one(loaded.report, "agreement.counts", "/counts");
  }
  SECTION("an empty accumulator cannot add rows") {
    agreement_accumulator empty;
    CHECK_THROWS_WITH(empty.add(view, std::vector<std::int32_t>{0, 0, 0}),
                      Catch::Contains("make_agreement_accumulator"));
  }
}

TEST_CASE("both kernel levels count what a plain loop counts, sorted and shuffled groups") {
  // Groups in runs (as in files sorted by school: the run kernel) and shuffled (the
  // increment kernel); runs cross 64-row windows and 1024-row blocks; rows without a
  // group, missing and off-scale answers; 2,500 rows, three items with a reverse key.
  const std::size_t rows = 2500;
  std::mt19937 rng(8);
  std::vector<std::int32_t> sorted_groups(rows);
  std::int32_t g = 0;
  for (std::size_t r = 0; r < rows; ++r) {
    if (rng() % 23 == 0) ++g;
    sorted_groups[r] = rng() % 97 == 0 ? -1 : g;
  }
  auto shuffled_groups = sorted_groups;
  std::shuffle(shuffled_groups.begin(), shuffled_groups.end(), rng);
  const std::int8_t choices[] = {1, 2, 3, 4, 5, 5, 4, 3, 2, 1, 3, 3, M, 9};
  std::vector<std::vector<std::int8_t>> columns(3, std::vector<std::int8_t>(rows));
  for (auto& column : columns)
    for (auto& c : column) c = choices[rng() % 14];
  const auto m = matrix(columns);
  auto view = five_point(m);
  view.codings[2] = ls::responses::make_item_coding(ls::responses::integer_scale(1, 5), true);
  for (const auto* groups : {&sorted_groups, &shuffled_groups}) {
    // the plain loop: per group, per item, how often each value 1..5 was given
    const std::size_t group_count = static_cast<std::size_t>(g) + 1;
    std::vector<std::uint64_t> expected(group_count * 15, 0), complete(group_count, 0),
        dropped(group_count, 0);
    for (std::size_t r = 0; r < rows; ++r) {
      const auto group = (*groups)[r];
      if (group < 0) continue;
      bool ok = true;
      for (const auto& column : columns) ok = ok && column[r] >= 1 && column[r] <= 5;
      const auto at = static_cast<std::size_t>(group);
      if (!ok) {
        ++dropped[at];
        continue;
      }
      ++complete[at];
      for (std::size_t j = 0; j < 3; ++j) {
        const int value = j == 2 ? 6 - columns[j][r] : columns[j][r];
        ++expected[at * 15 + j * 5 + static_cast<std::size_t>(value - 1)];
      }
    }
    for (auto level : {simd_level::portable, simd_level::avx512_vnni}) {
      if (set_simd_level(level) != level) continue;
      INFO("simd level " << static_cast<int>(level) << (groups == &sorted_groups ? " sorted" : " shuffled"));
      auto acc = make_agreement_accumulator(view.codings);
      acc.add(view, *groups);
      acc.complete_rows.resize(group_count);
      acc.dropped_rows.resize(group_count);
      acc.counts.resize(group_count * 15);
      CHECK(acc.counts == expected);
      CHECK(acc.complete_rows == complete);
      CHECK(acc.dropped_rows == dropped);
      CHECK(acc.ungrouped_rows ==
            static_cast<std::uint64_t>(std::count(groups->begin(), groups->end(), -1)));
    }
  }
  set_simd_level(supported_simd_level());
}
