// Comparisons of the groups of a level: on a table built by hand from known values (each
// figure checked against the statistic computed from the values directly), privacy,
// every degenerate case, options errors, and psych's bfi against R (compare.R).
#include <ls/aggregate/mean_interval.hpp>
#include <ls/analysis/survey_analysis.hpp>
#include <ls/compare/complement.hpp>
#include <ls/compare/group_comparison.hpp>
#include <ls/compare/hedges_g.hpp>
#include <ls/compare/p_adjust.hpp>
#include <ls/compare/welch_test.hpp>
#include <ls/core/error.hpp>
#include <ls/core/validate.hpp>
#include <ls/responses/item_coding.hpp>

#include "support/issues.hpp"
#include "support/reference.hpp"

#include <catch2/catch.hpp>

#include <cmath>
#include <fstream>
#include <map>
#include <vector>

using Catch::Matchers::Contains;
using Catch::Matchers::WithinRel;
using ls::aggregate::suppression_reason;
using ls::compare::comparison_options;
using ls::compare::comparison_reference;
using ls::compare::comparison_status;
using ls::compare::compare_groups;
using ls::stats::summarise;

namespace {

using values = std::vector<double>;

/// A table of one subscale: all respondents (every value), and the groups of level
/// "district", each with its values and suppression (a suppressed group shows nothing).
ls::aggregate::group_table table_of(const std::vector<std::pair<std::string, values>>& groups,
                                    const std::vector<suppression_reason>& hidden = {}) {
  ls::aggregate::group_table t;
  t.levels = {"all", "district"};
  t.subscales = {"s"};
  t.favorable_defined = {1};
  values everyone;
  for (const auto& g : groups) everyone.insert(everyone.end(), g.second.begin(), g.second.end());
  auto add = [&](std::uint32_t level, std::int32_t index, const std::string& label,
                 std::int64_t parent, const values& v, suppression_reason s) {
    t.group_level.push_back(level);
    t.group_index.push_back(index);
    t.group_label.push_back(label);
    t.parent.push_back(parent);
    t.suppression.push_back(s);
    const auto summary = summarise(v);
    const auto ci = ls::aggregate::t_confidence_interval(summary);
    const bool shown = s == suppression_reason::none;
    const double nan = std::nan("");
    t.n.push_back(shown ? summary.count : 0);
    t.mean.push_back(shown ? summary.mean : nan);
    t.standard_deviation.push_back(shown ? summary.standard_deviation : nan);
    t.ci_lower.push_back(shown ? ci.lower : nan);
    t.ci_upper.push_back(shown ? ci.upper : nan);
    t.percent_favorable.push_back(shown ? 10.0 * (index + 1) : nan);
    t.rwg_j.push_back(shown && index == 0 ? 0.5 : nan);
    t.agreement_status.push_back(ls::stats::agreement_status::defined);
  };
  add(0, -1, "all respondents", -1, everyone, suppression_reason::none);
  for (std::size_t i = 0; i < groups.size(); ++i)
    add(1, static_cast<std::int32_t>(i), groups[i].first, 0, groups[i].second,
        i < hidden.size() ? hidden[i] : suppression_reason::none);
  return t;
}

comparison_options options_for(comparison_reference reference = comparison_reference::rest,
                               std::string group = "") {
  return {"district", reference, std::move(group), 0.95};
}

/// The values of every group but `skip`, in one list: a group's rest, directly.
values all_but(const std::vector<std::pair<std::string, values>>& groups, std::size_t skip) {
  values out;
  for (std::size_t i = 0; i < groups.size(); ++i)
    if (i != skip) out.insert(out.end(), groups[i].second.begin(), groups[i].second.end());
  return out;
}

const std::vector<std::pair<std::string, values>> three_districts{
    {"D1", {1, 2, 3, 4, 5}}, {"D2", {2, 4, 6, 8, 4, 5}}, {"D3", {3, 3, 3, 5, 2, 6, 4}}};

void require_nan_comparison(const ls::compare::group_comparison& c, std::size_t e) {
  for (const auto* column : {&c.difference, &c.difference_ci_lower, &c.difference_ci_upper,
                             &c.standard_error, &c.t, &c.df, &c.p_value, &c.hedges_g,
                             &c.hedges_g_ci_lower, &c.hedges_g_ci_upper, &c.p_holm, &c.p_bh})
    CHECK(std::isnan((*column)[e]));
}

}  // namespace

TEST_CASE("compare groups: each district against the rest equals the tests on the rest's values") {
  const auto t = table_of(three_districts);
  const auto c = compare_groups(t, options_for());
  REQUIRE(c.group_count() == 3);
  CHECK(c.group_label == std::vector<std::string>{"D1", "D2", "D3"});
  CHECK(c.group == std::vector<std::uint64_t>{1, 2, 3});
  CHECK(c.parent_group == std::vector<std::string>{"all respondents", "all respondents",
                                                   "all respondents"});
  CHECK(c.reference_label == "rest of the system");
  CHECK(c.subscales == std::vector<std::string>{"s"});
  CHECK(ls::validate(c).ok());
  std::vector<double> p;
  for (std::size_t j = 0; j < 3; ++j) {
    INFO("group " << j);
    const auto group = summarise(three_districts[j].second);
    const auto rest = summarise(all_but(three_districts, j));
    CHECK(c.status[j] == comparison_status::compared);
    CHECK(c.n[j] == group.count);
    CHECK(c.mean[j] == t.mean[j + 1]);
    CHECK(c.ci_lower[j] == t.ci_lower[j + 1]);
    CHECK(c.ci_upper[j] == t.ci_upper[j + 1]);
    CHECK(c.percent_favorable[j] == 10.0 * static_cast<double>(j + 1));
    CHECK((j == 0 ? c.rwg_j[j] == 0.5 : std::isnan(c.rwg_j[j])));
    CHECK(c.reference_n[j] == rest.count);
    CHECK_THAT(c.reference_mean[j], WithinRel(rest.mean, 1e-13));
    CHECK_THAT(c.reference_standard_deviation[j], WithinRel(rest.standard_deviation, 1e-12));
    const auto welch = ls::compare::welch_test(group, rest);
    const auto g = ls::compare::hedges_g(group, rest);
    CHECK_THAT(c.difference[j], WithinRel(welch.difference, 1e-12));
    CHECK_THAT(c.t[j], WithinRel(welch.t, 1e-12));
    CHECK_THAT(c.df[j], WithinRel(welch.df, 1e-12));
    CHECK_THAT(c.p_value[j], WithinRel(welch.p_value, 1e-11));
    CHECK_THAT(c.difference_ci_lower[j], WithinRel(welch.ci_lower, 1e-12));
    CHECK_THAT(c.difference_ci_upper[j], WithinRel(welch.ci_upper, 1e-12));
    CHECK_THAT(c.standard_error[j], WithinRel(welch.standard_error, 1e-12));
    CHECK_THAT(c.hedges_g[j], WithinRel(g.g, 1e-12));
    CHECK_THAT(c.hedges_g_ci_lower[j], WithinRel(g.ci_lower, 1e-12));
    CHECK_THAT(c.hedges_g_ci_upper[j], WithinRel(g.ci_upper, 1e-12));
    p.push_back(c.p_value[j]);
  }
  CHECK(c.p_holm == ls::compare::p_adjust_holm(p));
  CHECK(c.p_bh == ls::compare::p_adjust_bh(p));
  // D1: mean 3 against the rest's (29 + 26) / 13; hand check of the difference.
  CHECK_THAT(c.difference[0], WithinRel(3.0 - 55.0 / 13.0, 1e-13));
}

TEST_CASE("compare groups: against all respondents, and against a named group") {
  const auto t = table_of(three_districts);
  const auto all = compare_groups(t, options_for(comparison_reference::all));
  CHECK(all.reference_label == "all respondents");
  const auto everyone = summarise(all_but(three_districts, 99));
  for (std::size_t j = 0; j < 3; ++j) {
    CHECK(all.reference_n[j] == 18);
    CHECK(all.reference_mean[j] == t.mean[0]);
    const auto welch = ls::compare::welch_test(summarise(three_districts[j].second), everyone);
    CHECK_THAT(all.t[j], WithinRel(welch.t, 1e-12));
  }
  const auto named = compare_groups(t, options_for(comparison_reference::group, "D2"));
  CHECK(named.reference_label == "D2");
  CHECK(named.status ==
        std::vector<comparison_status>{comparison_status::compared,
                                       comparison_status::reference_is_group,
                                       comparison_status::compared});
  // The group itself shows its numbers and its own as reference, but no comparison.
  CHECK(named.reference_n[1] == 6);
  require_nan_comparison(named, 1);
  const auto d2 = summarise(three_districts[1].second);
  const auto welch = ls::compare::welch_test(summarise(three_districts[0].second), d2);
  CHECK_THAT(named.p_value[0], WithinRel(welch.p_value, 1e-12));
  // The family is D1 and D3 only.
  const std::vector<double> p{named.p_value[0], named.p_value[2]};
  CHECK(named.p_holm[0] == ls::compare::p_adjust_holm(p)[0]);
  CHECK(named.p_bh[2] == ls::compare::p_adjust_bh(p)[1]);
}

TEST_CASE("compare groups: a suppressed group shows nothing, not even its rest, and leaves the family") {
  const auto t = table_of(three_districts, {suppression_reason::none,
                                            suppression_reason::complementary,
                                            suppression_reason::none});
  for (auto reference : {comparison_reference::rest, comparison_reference::all}) {
    const auto c = compare_groups(t, options_for(reference));
    CHECK(c.status[1] == comparison_status::group_suppressed);
    CHECK(c.suppression[1] == suppression_reason::complementary);
    CHECK(c.n[1] == 0);
    CHECK(c.reference_n[1] == 0);
    for (const auto* column : {&c.mean, &c.standard_deviation, &c.ci_lower, &c.ci_upper,
                               &c.percent_favorable, &c.rwg_j, &c.reference_mean,
                               &c.reference_standard_deviation})
      CHECK(std::isnan((*column)[1]));
    require_nan_comparison(c, 1);
    // Two in the family: Holm doubles the smaller p.
    const double smaller = std::min(c.p_value[0], c.p_value[2]);
    CHECK(std::min(c.p_holm[0], c.p_holm[2]) == 2 * smaller);
  }
}

TEST_CASE("compare groups: a suppressed reference gives the group's numbers and no comparison") {
  const auto t = table_of(three_districts, {suppression_reason::none,
                                            suppression_reason::below_minimum});
  const auto c = compare_groups(t, options_for(comparison_reference::group, "D2"));
  CHECK(c.status ==
        std::vector<comparison_status>{comparison_status::reference_suppressed,
                                       comparison_status::group_suppressed,
                                       comparison_status::reference_suppressed});
  CHECK(c.n[0] == 5);
  CHECK(c.mean[0] == 3.0);
  CHECK(c.reference_n[0] == 0);
  CHECK(std::isnan(c.reference_mean[0]));
  require_nan_comparison(c, 0);
  require_nan_comparison(c, 2);
  // The row of all respondents hidden (a system smaller than the minimum): no rest.
  auto hidden_all = table_of(three_districts);
  hidden_all.suppression[0] = suppression_reason::below_minimum;
  const auto rest = compare_groups(hidden_all, options_for());
  CHECK(rest.status[0] == comparison_status::reference_suppressed);
  CHECK(rest.n[0] == 5);
  require_nan_comparison(rest, 0);
}

TEST_CASE("compare groups: degenerate comparisons are NaN with a status, the rest stays shown") {
  const std::vector<std::pair<std::string, values>> groups{
      {"one", {4}}, {"flat", {3, 3, 3}}, {"flat too", {3, 3}}, {"spread", {1, 5, 2, 4}}};
  const auto t = table_of(groups);
  // "one" has one respondent; against "flat too" (sd 0) "flat" has no variance on
  // either side.
  const auto c = compare_groups(t, options_for(comparison_reference::group, "flat too"));
  CHECK(c.status == std::vector<comparison_status>{comparison_status::group_too_small,
                                                   comparison_status::no_variance,
                                                   comparison_status::reference_is_group,
                                                   comparison_status::compared});
  CHECK(c.reference_n[0] == 2);
  CHECK(c.reference_mean[0] == 3.0);
  require_nan_comparison(c, 0);
  require_nan_comparison(c, 1);
  // Only "spread" is in the family: its adjusted p is its p.
  CHECK(c.p_holm[3] == c.p_value[3]);
  CHECK(c.p_bh[3] == c.p_value[3]);
  // Against "one", everyone else lacks a reference sd.
  const auto small = compare_groups(t, options_for(comparison_reference::group, "one"));
  CHECK(small.status[3] == comparison_status::reference_too_small);
  // A single district is all respondents: its rest is empty.
  const auto alone = compare_groups(table_of({{"only", {1, 2, 3}}}), options_for());
  CHECK(alone.status[0] == comparison_status::reference_too_small);
  CHECK(alone.reference_n[0] == 0);
  CHECK(std::isnan(alone.reference_mean[0]));
}

TEST_CASE("compare groups: every problem with the options is reported at once, with its path") {
  const auto t = table_of(three_districts);
  auto fails_with = [&](const comparison_options& o) {
    try {
      compare_groups(t, o);
    } catch (const ls::validation_error& e) {
      return e.report();
    }
    FAIL("no validation_error");
    return ls::validation_report{};
  };
  // Two problems at once.
  auto report = fails_with({"district", comparison_reference::rest, "D1", 1.5});
  CHECK(ls_test::codes_and_paths(report) ==
        std::vector<std::string>{"compare.reference_group /reference_group",
                                 "compare.confidence_level /confidence_level"});
  report = fails_with({"district", comparison_reference::group, "", 0.0});
  CHECK(ls_test::codes_and_paths(report) ==
        std::vector<std::string>{"compare.reference_group /reference_group",
                                 "compare.confidence_level /confidence_level"});
  ls_test::require_one(fails_with({"", comparison_reference::rest, "", 0.95}), "compare.level",
                       "/level");
  // An unknown level names the real ones; "all" has no groups to compare.
  auto issue = ls_test::only_issue(fails_with({"school", comparison_reference::rest, "", 0.95}));
  CHECK(issue.code == "compare.level");
  CHECK(issue.path == "/level");
  CHECK_THAT(issue.message, Contains("\"school\"") && Contains("\"district\""));
  issue = ls_test::only_issue(fails_with({"all", comparison_reference::rest, "", 0.95}));
  CHECK(issue.code == "compare.level");
  // An unknown reference group names the level's groups.
  issue = ls_test::only_issue(fails_with({"district", comparison_reference::group, "D9", 0.95}));
  CHECK(issue.code == "compare.reference_group");
  CHECK(issue.path == "/reference_group");
  CHECK_THAT(issue.message, Contains("\"D9\"") && Contains("\"D1\", \"D2\", \"D3\""));
  // Options alone, without a table.
  CHECK(ls::validate(options_for()).ok());
  // A broken table is an error too.
  auto broken = t;
  broken.mean.pop_back();
  CHECK_THROWS_AS(compare_groups(broken, options_for()), ls::validation_error);
}

TEST_CASE("compare groups: a comparison whose columns do not line up is invalid") {
  auto c = compare_groups(table_of(three_districts), options_for());
  c.p_bh.pop_back();
  c.group.push_back(7);
  CHECK(ls_test::codes_and_paths(ls::validate(c)) ==
        std::vector<std::string>{"compare.size_mismatch /group", "compare.size_mismatch "});
}

// ------------------------------------------------------------------ against R (compare.R)

namespace {

/// tests/reference/data/bfi_education.csv: 10 items and education, missing empty.
struct bfi_education {
  std::vector<std::int8_t> codes;  // column-major, 10 columns
  std::vector<std::int32_t> education;
  std::size_t rows = 0;

  bfi_education() {
    std::ifstream in(ls_test::reference_path("data/bfi_education.csv"));
    REQUIRE(in);
    std::string line;
    std::getline(in, line);
    std::vector<std::vector<std::string>> lines;
    while (std::getline(in, line))
      if (!line.empty()) lines.push_back(ls_test::split(line, ','));
    rows = lines.size();
    codes.resize(rows * 10);
    for (std::size_t r = 0; r < rows; ++r) {
      REQUIRE(lines[r].size() == 11);
      for (std::size_t j = 0; j < 10; ++j)
        codes[j * rows + r] = lines[r][j].empty() ? std::int8_t{-128}
                                                  : static_cast<std::int8_t>(std::stoi(lines[r][j]));
      education.push_back(lines[r][10].empty() ? -1 : std::stoi(lines[r][10]) - 1);
    }
  }
};

/// compare.out: reference, subscale, group, quantity -> value.
std::map<std::string, double> r_values() {
  std::ifstream in(ls_test::reference_path("compare.out"));
  REQUIRE(in);
  std::map<std::string, double> out;
  std::string line;
  std::getline(in, line);
  while (std::getline(in, line)) {
    const auto f = ls_test::split(line, '\t');
    REQUIRE(f.size() == 5);
    out[f[0] + " " + f[1] + " " + f[2] + " " + f[3]] = ls_test::parse_r_number(f[4]);
  }
  return out;
}

}  // namespace

TEST_CASE("compare groups: psych's bfi by education equals R's t.test, Hedges' g and p.adjust") {
  const bfi_education data;
  const auto six = ls::responses::integer_scale(1, 6);
  std::vector<std::string> items;
  std::vector<ls::responses::item_coding> codings;
  for (char letter : {'A', 'C'})
    for (int i = 1; i <= 5; ++i) {
      items.push_back(std::string(1, letter) + std::to_string(i));
      const bool reversed = items.back() == "A1" || items.back() == "C4" || items.back() == "C5";
      codings.push_back(ls::responses::make_item_coding(six, reversed));
    }
  const auto plan = ls::scoring::make_scoring_plan(
      items, codings,
      {{"agreeableness", "A", {"A1", "A2", "A3", "A4", "A5"}, 3, {}},
       {"conscientiousness", "C", {"C1", "C2", "C3", "C4", "C5"}, 3, {}}});
  ls::analysis::analysis_options options;
  options.reliability = false;
  const auto analysis = ls::analysis::analyse(
      {data.codes.data(), data.rows, 10, data.rows}, plan,
      {{"education", {"1", "2", "3", "4", "5"}, data.education}}, options);
  const auto r = r_values();
  const std::map<std::string, comparison_options> references{
      {"rest", {"education", comparison_reference::rest, "", 0.95}},
      {"all", {"education", comparison_reference::all, "", 0.95}},
      {"group:3", {"education", comparison_reference::group, "3", 0.95}}};
  std::size_t compared = 0;
  double worst = 0;
  for (const auto& [name, o] : references) {
    const auto c = compare_groups(analysis.groups, o);
    for (std::size_t k = 0; k < c.subscales.size(); ++k)
      for (std::size_t j = 0; j < c.group_count(); ++j) {
        const std::size_t e = k * c.group_count() + j;
        const std::string key = name + " " + c.subscales[k] + " " + c.group_label[j] + " ";
        auto same = [&](const char* quantity, double actual) {
          const auto at = r.find(key + quantity);
          REQUIRE(at != r.end());
          INFO(key << quantity << ": libls " << actual << ", R " << at->second);
          CHECK(ls_test::matches(actual, at->second));
          if (at->second != 0)
            worst = std::max(worst, std::abs(actual - at->second) / std::abs(at->second));
          ++compared;
        };
        same("n", static_cast<double>(c.n[e]));
        same("mean", c.mean[e]);
        same("sd", c.standard_deviation[e]);
        same("reference_n", static_cast<double>(c.reference_n[e]));
        same("reference_mean", c.reference_mean[e]);
        same("reference_sd", c.reference_standard_deviation[e]);
        if (c.status[e] == comparison_status::reference_is_group) {
          CHECK(r.count(key + "t") == 0);
          continue;
        }
        CHECK(c.status[e] == comparison_status::compared);
        same("difference", c.difference[e]);
        same("standard_error", c.standard_error[e]);
        same("t", c.t[e]);
        same("df", c.df[e]);
        same("p_value", c.p_value[e]);
        same("ci_lower", c.difference_ci_lower[e]);
        same("ci_upper", c.difference_ci_upper[e]);
        same("g", c.hedges_g[e]);
        same("g_ci_lower", c.hedges_g_ci_lower[e]);
        same("g_ci_upper", c.hedges_g_ci_upper[e]);
        same("p_holm", c.p_holm[e]);
        same("p_bh", c.p_bh[e]);
      }
  }
  // Every value R printed but d and J (not columns of the result) was compared.
  std::size_t expected = 0;
  for (const auto& [key, value] : r)
    if (key.substr(key.rfind(' ') + 1) != "d" && key.substr(key.rfind(' ') + 1) != "J") ++expected;
  CHECK(compared == expected);
  WARN("bfi against R: " << compared << " values, largest relative error " << worst);
}
