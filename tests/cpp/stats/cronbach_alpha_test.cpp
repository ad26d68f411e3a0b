// Cronbach's alpha against psych::alpha (psych 2.2.9; tests/reference/reliability.R wrote
// the values and the data), a worked example, and the rules for undefined results.
#include "stats/naive_covariance.hpp"
#include "stats/reliability_reference.hpp"
#include "support/issues.hpp"

#include <ls/core/error.hpp>
#include <ls/json/load.hpp>
#include <ls/json/write.hpp>
#include <ls/stats/cronbach_alpha.hpp>

#include <catch2/catch.hpp>

#include <cmath>
#include <set>

using ls::stats::cronbach_alpha;
using ls::stats::deletion_policy;
using ls::stats::reliability;
using Catch::Matchers::WithinRel;

namespace {

std::vector<std::string> issue_list(const reliability& r) {
  ls::validation_report report;
  report.issues = r.issues;
  return ls_test::codes_and_paths(report);
}

bool has_issue(const reliability& r, const std::string& code, const std::string& path,
               ls::severity level) {
  for (const auto& i : r.issues)
    if (i.code == code && i.path == path && i.severity == level) return true;
  return false;
}

// One of the data sets of reliability.R, with its codings.
struct reference_case {
  std::string name;
  ls_test::psych_reference::code_matrix codes;
  std::vector<ls::responses::item_coding> codings;
};

std::vector<std::string> numbered(char letter) {
  std::vector<std::string> out;
  for (char d = '1'; d <= '5'; ++d) out.push_back(std::string{letter, d});
  return out;
}

std::vector<reference_case> reference_cases() {
  std::vector<reference_case> out;
  const auto bfi = ls_test::psych_reference::read_csv("bfi.csv");
  const auto six = ls::responses::integer_scale(1, 6);
  auto add = [&](std::string name, const ls_test::psych_reference::csv_table& table,
                 std::vector<std::string> items, std::set<std::string> keys,
                 const ls::survey::response_scale& scale, auto keep) {
    reference_case c{std::move(name), ls_test::psych_reference::codes_of(table, items, keep), {}};
    for (const auto& item : items)
      c.codings.push_back(ls::responses::make_item_coding(scale, keys.count(item) > 0));
    out.push_back(std::move(c));
  };
  auto all = [](const auto&) { return true; };
  add("bfi_agreeableness", bfi, numbered('A'), {"A1"}, six, all);
  add("bfi_conscientiousness", bfi, numbered('C'), {"C4", "C5"}, six, all);
  add("bfi_extraversion", bfi, numbered('E'), {"E1", "E2"}, six, all);
  add("bfi_neuroticism", bfi, numbered('N'), {}, six, all);
  add("bfi_openness", bfi, numbered('O'), {"O2", "O5"}, six, all);
  add("bfi_agreeableness_unkeyed", bfi, numbered('A'), {}, six, all);
  add("bfi_all", bfi, bfi.columns, {"A1", "C4", "C5", "E1", "E2", "O2", "O5"}, six, all);

  auto five = ls::responses::integer_scale(1, 5);
  five.options.push_back({9, "no opinion", true, false});
  add("generated", ls_test::psych_reference::read_csv("reliability_generated.csv"),
      {"g1", "g2", "g3", "g4", "g5", "g6", "g7", "g8"}, {"g3", "g7"}, five, all);

  const auto small = ls_test::psych_reference::read_csv("reliability_small.csv");
  std::vector<std::string> seen;
  for (const auto& row : small.rows) {
    const auto name = row[small.column("case")];
    if (!seen.empty() && seen.back() == name) continue;
    seen.push_back(name);
    add(name, small, ls_test::split(row[small.column("items")], ' '), {},
        ls::responses::integer_scale(1, 5),
        [&](const std::vector<std::string>& r) { return r[small.column("case")] == name; });
  }
  return out;
}

// What libls reports where psych stops with an error or gives -Inf (documented in
// cronbach_alpha.hpp): the error code at /alpha or at an item.
const std::map<std::string, std::string> undefined_cases = {
    {"one_row pairwise", "reliability.too_few_rows /alpha"},
    {"one_row listwise", "reliability.too_few_rows /alpha"},
    {"constant pairwise", "reliability.too_few_items /alpha"},
    {"constant listwise", "reliability.too_few_items /alpha"},
    {"all_missing pairwise", "reliability.too_few_rows /alpha"},
    {"all_missing listwise", "reliability.too_few_rows /alpha"},
    {"no_common_rows pairwise", "reliability.no_common_rows /items/0"},
    {"no_common_rows listwise", "reliability.too_few_rows /alpha"},
    {"zero_total_variance pairwise", "reliability.zero_total_variance /alpha"},
    {"zero_total_variance listwise", "reliability.zero_total_variance /alpha"},
};

void compare_with_psych(const reference_case& c, deletion_policy policy) {
  const std::string policy_name = policy == deletion_policy::pairwise ? "pairwise" : "listwise";
  INFO(c.name << " " << policy_name);
  const auto expected = ls_test::psych_reference::reference(c.name, policy_name);
  const auto r = cronbach_alpha({c.codes.view(), c.codings}, policy, c.codes.items);
  INFO(ls::json::to_string(r));
  auto number = [&](const std::string& key) { return expected.at(key).number(); };

  const auto undefined = undefined_cases.find(c.name + " " + policy_name);
  if (undefined != undefined_cases.end()) {
    // psych stopped with an error or gave -Inf; libls gives NaN and says why.
    CHECK((expected.count("error") == 1 || std::isinf(number("raw_alpha"))));
    CHECK_FALSE(r.defined());
    CHECK(std::isnan(r.alpha));
    CHECK(std::isnan(r.feldt_lower));
    const auto list = issue_list(r);
    CHECK(std::find(list.begin(), list.end(), undefined->second) != list.end());
    if (expected.count("error")) return;
  } else {
    REQUIRE(expected.count("error") == 0);
    CHECK(r.defined());
    CHECK(ls_test::matches(r.alpha, number("raw_alpha")));
    CHECK(ls_test::matches(r.std_alpha, number("std_alpha")));
    CHECK(ls_test::matches(r.feldt_lower, number("feldt_lower")));
    CHECK(ls_test::matches(r.feldt_upper, number("feldt_upper")));
  }
  CHECK(ls_test::matches(r.average_r, number("average_r")));
  CHECK(r.item_count == static_cast<std::size_t>(number("n_items")));
  CHECK(r.n == static_cast<std::size_t>(number("feldt_n")));
  for (const auto& item : r.items) {
    INFO("item " << item.item);
    if (expected.count("deleted " + item.item)) {
      CHECK_FALSE(item.kept);
      CHECK(has_issue(r, "reliability.constant_item", "/items/" + std::to_string(item.column),
                      ls::severity::warning));
      continue;
    }
    CHECK(item.kept);
    CHECK(ls_test::matches(item.alpha_if_dropped, number("drop_raw_alpha " + item.item)));
    CHECK(ls_test::matches(item.std_alpha_if_dropped, number("drop_std_alpha " + item.item)));
    CHECK(ls_test::matches(item.item_rest_correlation, number("r_drop " + item.item)));
    CHECK(item.count == static_cast<std::size_t>(number("item_n " + item.item)));
    CHECK(ls_test::matches(item.mean, number("item_mean " + item.item)));
    CHECK(ls_test::matches(item.standard_deviation, number("item_sd " + item.item)));
    CHECK(item.negative_item_rest == (number("r_drop " + item.item) < 0));
  }
}

ls::stats::item_covariance covariance_of(std::vector<double> c, std::size_t rows) {
  ls::stats::item_covariance out;
  out.items = static_cast<std::size_t>(std::lround(std::sqrt(static_cast<double>(c.size()))));
  out.rows = out.complete_rows = rows;
  out.counts.assign(c.size(), rows);
  out.means.assign(c.size(), 3.0);
  out.covariances = std::move(c);
  return out;
}

}  // namespace

TEST_CASE("alpha equals psych::alpha on bfi, generated and degenerate data, both policies") {
  for (const auto& c : reference_cases())
    for (auto policy : {deletion_policy::pairwise, deletion_policy::listwise})
      compare_with_psych(c, policy);
}

TEST_CASE("alpha: a worked example from a covariance matrix") {
  // Variances 2, covariances 1: tr C = 6, 1'C1 = 12, alpha = 3/2 (1 - 6/12) = 0.75.
  // Correlations 0.5: 1'R1 = 6, std alpha = 3/2 (1 - 3/6) = 0.75, average r = 0.5.
  // Without one item: alpha = 2 (1 - 4/6) = 2/3; the item with the other two:
  // (4 - 2) / sqrt(2 * 6) = 1/sqrt(3).
  const auto r = cronbach_alpha(covariance_of({2, 1, 1, 1, 2, 1, 1, 1, 2}, 101), {"x", "y", "z"});
  CHECK(r.defined());
  CHECK(r.issues.empty());
  CHECK_THAT(r.alpha, WithinRel(0.75, 1e-15));
  CHECK_THAT(r.std_alpha, WithinRel(0.75, 1e-15));
  CHECK_THAT(r.average_r, WithinRel(0.5, 1e-15));
  CHECK(r.n == 101);
  CHECK(r.item_count == 3);
  CHECK(r.feldt_lower < r.alpha);
  CHECK(r.alpha < r.feldt_upper);
  REQUIRE(r.items.size() == 3);
  for (const auto& item : r.items) {
    CHECK_THAT(item.alpha_if_dropped, WithinRel(2.0 / 3, 1e-15));
    CHECK_THAT(item.std_alpha_if_dropped, WithinRel(2.0 / 3, 1e-15));
    CHECK_THAT(item.item_rest_correlation, WithinRel(1 / std::sqrt(3.0), 1e-15));
    CHECK_THAT(item.standard_deviation, WithinRel(std::sqrt(2.0), 1e-15));
  }
  CHECK(r.items[1].item == "y");
  // A lower confidence level gives a narrower interval around the same alpha.
  const auto ninety = cronbach_alpha(covariance_of({2, 1, 1, 1, 2, 1, 1, 1, 2}, 101), {}, 0.9);
  CHECK(ninety.feldt_lower > r.feldt_lower);
  CHECK(ninety.feldt_upper < r.feldt_upper);
  CHECK(ninety.items[2].item == "2");
}

TEST_CASE("alpha: psych's special case for two items") {
  // Dropping item 1 of two gives C12 / C22, dropping item 2 gives C12 / C11; the
  // standardised value is their correlation.
  const auto r = cronbach_alpha(covariance_of({2, 1, 1, 4}, 10));
  CHECK_THAT(r.items[0].alpha_if_dropped, WithinRel(0.25, 1e-15));
  CHECK_THAT(r.items[1].alpha_if_dropped, WithinRel(0.5, 1e-15));
  CHECK_THAT(r.items[0].std_alpha_if_dropped, WithinRel(1 / std::sqrt(8.0), 1e-15));
}

TEST_CASE("alpha rules: each reason with its code, path and severity") {
  SECTION("fewer than 2 rows") {
    const auto r = cronbach_alpha(covariance_of({NAN, NAN, NAN, NAN}, 1));
    CHECK(issue_list(r) == std::vector<std::string>{"reliability.too_few_rows /alpha"});
    CHECK(r.issues[0].severity == ls::severity::error);
    CHECK(r.issues[0].message.find("no item has more than 1") != std::string::npos);
    auto listwise = covariance_of({NAN, NAN, NAN, NAN}, 1);
    listwise.policy = deletion_policy::listwise;
    const auto l = cronbach_alpha(listwise);
    CHECK(l.issues[0].message.find("every item is answered; there are 1") != std::string::npos);
  }
  SECTION("a constant item is left out; fewer than 2 items left") {
    const auto r = cronbach_alpha(covariance_of({0, 0, 0, 1}, 10), {"same", "varied"});
    CHECK(issue_list(r) == std::vector<std::string>{"reliability.constant_item /items/0",
                                                    "reliability.too_few_items /alpha"});
    CHECK(r.issues[0].severity == ls::severity::warning);
    CHECK(r.issues[0].message.find("same") != std::string::npos);
    CHECK(r.issues[1].severity == ls::severity::error);
    CHECK_FALSE(r.items[0].kept);
    CHECK(r.items[1].kept);
    CHECK(r.item_count == 1);
  }
  SECTION("a pair without 2 common rows") {
    auto c = covariance_of({1, NAN, 0.5, NAN, 1, 0.5, 0.5, 0.5, 1}, 10);
    c.counts[1] = c.counts[3] = 1;
    const auto r = cronbach_alpha(c, {"a", "b", "c"});
    CHECK(issue_list(r) == std::vector<std::string>{"reliability.no_common_rows /items/0"});
    CHECK(r.issues[0].message.find("a and b have 1 rows") != std::string::npos);
    CHECK(std::isnan(r.std_alpha));
  }
  SECTION("zero and negative total variance") {
    const auto zero = cronbach_alpha(covariance_of({1, -1, -1, 1}, 10));
    // An item and its mirror image (psych: -Inf); each correlates -1 with the other.
    CHECK(issue_list(zero) == std::vector<std::string>{"reliability.zero_total_variance /alpha",
                                                       "reliability.zero_total_variance /std_alpha",
                                                       "reliability.negative_item_rest /items/0",
                                                       "reliability.negative_item_rest /items/1"});
    CHECK(std::isnan(zero.alpha));
    CHECK(zero.average_r == -1.0);
    // Pairwise covariances need not form a positive semi-definite matrix.
    const auto negative = cronbach_alpha(
        covariance_of({1, -0.9, -0.9, -0.9, 1, -0.9, -0.9, -0.9, 1}, 10));
    CHECK(issue_list(negative) ==
          std::vector<std::string>{"reliability.negative_total_variance /alpha",
                                   "reliability.negative_total_variance /std_alpha",
                                   "reliability.negative_item_rest /items/0",
                                   "reliability.negative_item_rest /items/1",
                                   "reliability.negative_item_rest /items/2"});
  }
  SECTION("negative alpha and an item that is probably not reversed") {
    // Item b runs against a and c.
    const auto r = cronbach_alpha(covariance_of({1, -0.6, 0.3, -0.6, 1, -0.6, 0.3, -0.6, 1}, 50),
                                  {"a", "b", "c"});
    CHECK(r.defined());
    CHECK(r.alpha < 0);
    CHECK(r.reverse_candidates == std::vector<std::string>{"a", "b", "c"});
    CHECK(has_issue(r, "reliability.negative_alpha", "/alpha", ls::severity::warning));
    CHECK(has_issue(r, "reliability.negative_item_rest", "/items/1", ls::severity::warning));
    for (const auto& i : r.issues) CHECK(i.severity == ls::severity::warning);
  }
  SECTION("a good scale has no issue") {
    CHECK(cronbach_alpha(covariance_of({2, 1, 1, 2}, 10)).issues.empty());
  }
}

TEST_CASE("alpha: the negative item-rest flag names the un-reversed item (bfi A1)") {
  const auto cases = reference_cases();
  const auto unkeyed = std::find_if(cases.begin(), cases.end(), [](const auto& c) {
    return c.name == "bfi_agreeableness_unkeyed";
  });
  const auto r = cronbach_alpha({unkeyed->codes.view(), unkeyed->codings},
                                deletion_policy::pairwise, unkeyed->codes.items);
  CHECK(r.reverse_candidates == std::vector<std::string>{"A1"});
  CHECK(r.items[0].negative_item_rest);
  CHECK(issue_list(r) == std::vector<std::string>{"reliability.negative_item_rest /items/0"});
  CHECK(r.issues[0].message.find("A1") != std::string::npos);
}

TEST_CASE("alpha: misuse throws, threads do not change the result, JSON round trip") {
  CHECK_THROWS_AS(cronbach_alpha(covariance_of({2, 1, 1, 2}, 10), {"only one"}), ls::error);
  CHECK_THROWS_AS(cronbach_alpha(covariance_of({2, 1, 1, 2}, 10), {}, 1.0), ls::error);
  CHECK_THROWS_AS(cronbach_alpha(covariance_of({2, 1, 1, 2}, 10), {}, 0.0), ls::error);
  auto broken = covariance_of({2, 1, 1, 2}, 10);
  broken.covariances.pop_back();
  CHECK_THROWS_AS(cronbach_alpha(broken), ls::error);

  const std::size_t rows = 150000, items = 8;
  const auto codes = ls_test::random_codes(rows, items, 0.02, 47);
  const ls::responses::scored_view data{{codes.data(), rows, items, rows},
                                        ls_test::five_point_codings(items)};
  CHECK_THROWS_AS(cronbach_alpha(data, deletion_policy::pairwise, {"a"}), ls::error);
  for (auto policy : {deletion_policy::pairwise, deletion_policy::listwise}) {
    const auto one = cronbach_alpha(data, policy, {}, 0.95, 1);
    const auto two = cronbach_alpha(data, policy, {}, 0.95, 2);
    CHECK(ls::json::to_string(one) == ls::json::to_string(two));
    CHECK(one.policy == policy);
    const auto back = ls::json::load<reliability>(ls::json::to_string(one));
    CHECK(ls::json::to_string(back) == ls::json::to_string(one));
  }
}
