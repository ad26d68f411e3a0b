// Change over time: two waves' tables built by hand from known summaries, the change
// worked by hand, every status, the cohort, privacy and the options' errors. R agreement
// on generated data is in tests/python/test_waves.py (tests/reference/waves.R).
#include <ls/compare/p_adjust.hpp>
#include <ls/compare/wave_comparison.hpp>
#include <ls/compare/welch_test.hpp>
#include <ls/core/error.hpp>
#include <ls/core/validate.hpp>

#include "support/issues.hpp"

#include <catch2/catch.hpp>

#include <cmath>
#include <string>
#include <vector>

using Catch::Matchers::Contains;
using Catch::Matchers::WithinRel;
using ls::aggregate::suppression_reason;
using ls::compare::comparison_status;
using ls::compare::compare_waves;
using ls::compare::wave_options;
using ls::compare::wave_status;

namespace {

struct school {
  std::string label;
  std::uint64_t n;
  double mean, sd;
  suppression_reason hidden = suppression_reason::none;
};

/// A table of one subscale "s" with levels district (one: "D") and school. A suppressed
/// school keeps its true numbers in the table (a real table has n 0 and NaN there), so
/// the privacy test sees whether any of them leaks.
ls::aggregate::group_table wave(const std::vector<school>& schools,
                                std::vector<std::string> subscales = {"s"}) {
  ls::aggregate::group_table t;
  t.levels = {"all", "district", "school"};
  t.subscales = std::move(subscales);
  t.favorable_defined.assign(t.subscales.size(), 0);
  auto add = [&](std::uint32_t level, std::int32_t index, const std::string& label,
                 std::int64_t parent) {
    t.group_level.push_back(level);
    t.group_index.push_back(index);
    t.group_label.push_back(label);
    t.parent.push_back(parent);
  };
  add(0, -1, "all respondents", -1);
  add(1, 0, "D", 0);
  for (std::size_t i = 0; i < schools.size(); ++i)
    add(2, static_cast<std::int32_t>(i), schools[i].label, 1);
  for (std::size_t k = 0; k < t.subscales.size(); ++k)
    for (std::size_t i = 0; i < t.group_count(); ++i) {
      const bool is_school = i >= 2;
      const school s = is_school ? schools[i - 2] : school{"", 100, 3.0, 1.0};
      t.suppression.push_back(s.hidden);
      t.n.push_back(s.n);
      t.mean.push_back(s.mean + static_cast<double>(k));
      t.standard_deviation.push_back(s.sd);
      t.ci_lower.push_back(s.mean + static_cast<double>(k) - 0.5);
      t.ci_upper.push_back(s.mean + static_cast<double>(k) + 0.5);
      t.percent_favorable.push_back(std::nan(""));
      t.rwg_j.push_back(std::nan(""));
      t.agreement_status.push_back(ls::stats::agreement_status::defined);
    }
  return t;
}

const auto hidden = suppression_reason::below_minimum;

// A: before {1, 2, 3} (n 3, mean 2, sd 1), after {2, 4, 6} (n 3, mean 4, sd 2).
// I: a second compared school; G: one respondent later; H: no variance in either wave.
const std::vector<school> before_schools = {
    {"A", 3, 2.0, 1.0},         {"B", 10, 3.0, 1.0},        {"D", 4, 1.25, 0.5, hidden},
    {"E", 20, 3.5, 0.8},        {"F", 2, 4.75, 0.25, hidden}, {"G", 6, 3.0, 1.0},
    {"H", 5, 4.0, 0.0},         {"I", 40, 3.0, 1.0}};
const std::vector<school> after_schools = {
    {"A", 3, 4.0, 2.0},          {"C", 12, 2.5, 1.0}, {"D", 30, 3.2, 0.9},
    {"E", 3, 1.875, 0.125, hidden}, {"F", 1, 4.625, 0.0, hidden}, {"G", 1, 3.5, 0.0},
    {"H", 7, 4.0, 0.0},          {"I", 50, 2.5, 1.0}};

std::size_t at(const ls::compare::wave_comparison& c, const std::string& label) {
  for (std::size_t j = 0; j < c.group_count(); ++j)
    if (c.group_label[j] == label) return j;
  FAIL("no group " << label);
  return 0;
}

ls::validation_report fails_with(const ls::aggregate::group_table& before,
                                 const ls::aggregate::group_table& after, const wave_options& o) {
  try {
    compare_waves(before, after, o);
  } catch (const ls::validation_error& e) {
    return e.report();
  }
  FAIL("no validation_error");
  return {};
}

}  // namespace

TEST_CASE("compare waves: the change of a school worked by hand") {
  const auto c = compare_waves(wave(before_schools), wave(after_schools), {"school", 0.95, 0.05});
  REQUIRE(c.group_count() == 9);
  // The earlier wave's schools in its order, then the one only in the later wave.
  CHECK(c.group_label == std::vector<std::string>{"A", "B", "D", "E", "F", "G", "H", "I", "C"});
  CHECK(c.parent_group[0] == "D");
  CHECK(c.before_group[8] == -1);
  CHECK(c.after_group[1] == -1);
  CHECK(c.after_group[0] == 2);
  const auto a = at(c, "A");
  CHECK(c.status[a] == wave_status::compared);
  CHECK(c.in_cohort[a] == 1);
  CHECK(c.before_n[a] == 3);
  CHECK(c.after_n[a] == 3);
  CHECK(c.change[a] == 2.0);
  // se = sqrt(1/3 + 4/3), t = 2 / se, df = (5/3)^2 / ((1/3)^2/2 + (4/3)^2/2) = 50/17.
  CHECK_THAT(c.standard_error[a], WithinRel(std::sqrt(5.0 / 3.0), 1e-14));
  CHECK_THAT(c.t[a], WithinRel(2.0 / std::sqrt(5.0 / 3.0), 1e-14));
  CHECK_THAT(c.df[a], WithinRel(50.0 / 17.0, 1e-14));
  // s_p = sqrt((2 * 1 + 2 * 4) / 4); J(4) = Γ(2) / (sqrt(2) Γ(3/2)) = 2 / sqrt(2 π).
  const double j4 = 2 / std::sqrt(2 * M_PI);
  CHECK_THAT(c.hedges_g[a], WithinRel(j4 * 2 / std::sqrt(2.5), 1e-13));
  const double g = j4 * 2 / std::sqrt(2.5);
  const double half = 1.959963984540054 * std::sqrt(6.0 / 9 + g * g / 12);
  CHECK_THAT(c.hedges_g_ci_lower[a], WithinRel(g - half, 1e-12));
  CHECK_THAT(c.hedges_g_ci_upper[a], WithinRel(g + half, 1e-12));
  // t(0.975, 50/17) from the two-sided p: the interval is 2 -/+ q se with p = 2 P(T > t).
  const auto test = ls::compare::welch_test({3, 0, 4.0, 2.0, 0, 0}, {3, 0, 2.0, 1.0, 0, 0});
  CHECK(c.p_value[a] == test.p_value);
  CHECK(c.p_value[a] > 0.2);
  CHECK(c.p_value[a] < 0.3);
  CHECK_THAT(c.change_ci_lower[a] + c.change_ci_upper[a], WithinRel(4.0, 1e-14));
  // The later wave as "the group": a fall is negative.
  const auto i = at(c, "I");
  CHECK(c.status[i] == wave_status::compared);
  CHECK(c.change[i] == -0.5);
  // Holm and BH across the two compared schools (A and I) only.
  const std::vector<double> p{c.p_value[a], c.p_value[i]};
  CHECK(c.p_holm[a] == ls::compare::p_adjust_holm(p)[0]);
  CHECK(c.p_holm[i] == ls::compare::p_adjust_holm(p)[1]);
  CHECK(c.p_bh[i] == ls::compare::p_adjust_bh(p)[1]);
  CHECK(c.p_holm[i] == std::min(1.0, 2 * c.p_value[i]));
}

TEST_CASE("compare waves: every status") {
  const auto c = compare_waves(wave(before_schools), wave(after_schools), {"school", 0.95, 0.05});
  CHECK(c.status[at(c, "B")] == wave_status::only_before);
  CHECK(c.status[at(c, "C")] == wave_status::only_after);
  CHECK(c.status[at(c, "D")] == wave_status::suppressed_before);
  CHECK(c.status[at(c, "E")] == wave_status::suppressed_after);
  CHECK(c.status[at(c, "F")] == wave_status::suppressed_both);
  CHECK(c.status[at(c, "G")] == wave_status::degenerate);
  CHECK(c.test_status[at(c, "G")] == comparison_status::group_too_small);
  CHECK(c.status[at(c, "H")] == wave_status::degenerate);
  CHECK(c.test_status[at(c, "H")] == comparison_status::no_variance);
  // One wave's numbers where only that wave has the school.
  CHECK(c.before_n[at(c, "B")] == 10);
  CHECK(c.after_n[at(c, "B")] == 0);
  CHECK(c.after_mean[at(c, "C")] == 2.5);
  CHECK(std::isnan(c.before_mean[at(c, "C")]));
  // A degenerate change shows both waves but no statistic, and is not in the family.
  const auto h = at(c, "H");
  CHECK(c.before_mean[h] == 4.0);
  CHECK(c.after_mean[h] == 4.0);
  for (const auto* column : {&c.change, &c.t, &c.df, &c.p_value, &c.hedges_g, &c.p_holm, &c.p_bh})
    CHECK(std::isnan((*column)[h]));
  for (auto label : {"B", "C", "D", "E", "F"}) {
    CHECK(std::isnan(c.change[at(c, label)]));
    CHECK(std::isnan(c.p_holm[at(c, label)]));
  }
  CHECK(ls::compare::wave_note(wave_status::compared).empty());
  CHECK_THAT(ls::compare::wave_note(wave_status::only_after), Contains("later"));
  CHECK_THAT(ls::compare::wave_note(wave_status::degenerate, comparison_status::group_too_small),
             Contains("later wave"));
  CHECK_THAT(ls::compare::wave_note(wave_status::degenerate, comparison_status::no_variance),
             Contains("standard deviation 0"));
}

TEST_CASE("compare waves: the cohort is the schools published in both waves") {
  const auto c = compare_waves(wave(before_schools), wave(after_schools), {"school", 0.95, 0.05});
  REQUIRE(c.cohort_size.size() == 1);
  // A, G, H, I.
  CHECK(c.cohort_size[0] == 4);
  for (auto label : {"A", "G", "H", "I"}) CHECK(c.in_cohort[at(c, label)] == 1);
  for (auto label : {"B", "C", "D", "E", "F"}) CHECK(c.in_cohort[at(c, label)] == 0);
  CHECK(c.cohort_before_n[0] == 3 + 6 + 5 + 40);
  CHECK(c.cohort_after_n[0] == 3 + 1 + 7 + 50);
  CHECK_THAT(c.cohort_before_mean[0],
             WithinRel((3 * 2.0 + 6 * 3.0 + 5 * 4.0 + 40 * 3.0) / 54, 1e-14));
  CHECK_THAT(c.cohort_after_mean[0], WithinRel((3 * 4.0 + 3.5 + 7 * 4.0 + 50 * 2.5) / 61, 1e-14));
  CHECK(c.cohort_change[0] == c.cohort_after_mean[0] - c.cohort_before_mean[0]);
  // I: t = -0.5 / sqrt(1/40 + 1/50) = -2.36 on df 83.7, p = 0.021, Holm 2p = 0.041 < 0.05:
  // decreased. A: p = 0.22, Holm max(2p_I, p_A) = 0.22: no clear change; G and H untested.
  const auto i = at(c, "I");
  CHECK(c.p_holm[i] > 0.035);
  CHECK(c.p_holm[i] < 0.045);
  CHECK(c.increased[0] == 0);
  CHECK(c.decreased[0] == 1);
  CHECK(c.no_clear_change[0] == 3);
  // With alpha at I's Holm p (not below it), I is no clear change either.
  const auto strict = compare_waves(wave(before_schools), wave(after_schools),
                                    {"school", 0.95, c.p_holm[i]});
  CHECK(strict.decreased[0] == 0);
  CHECK(strict.no_clear_change[0] == 4);
}

TEST_CASE("compare waves: nothing of a wave a school is suppressed in can be recovered") {
  const auto before = wave(before_schools), after = wave(after_schools);
  const auto c = compare_waves(before, after, {"school", 0.95, 0.05});
  // The true numbers the tables hold behind their suppression.
  struct secret {
    const char* label;
    bool before;
    std::uint64_t n;
    double mean, sd;
  };
  const secret secrets[] = {{"D", true, 4, 1.25, 0.5},
                            {"E", false, 3, 1.875, 0.125},
                            {"F", true, 2, 4.75, 0.25},
                            {"F", false, 1, 4.625, 0.0}};
  for (const auto& s : secrets) {
    const auto j = at(c, s.label);
    INFO(s.label << (s.before ? " before" : " after"));
    CHECK((s.before ? c.before_n[j] : c.after_n[j]) == 0);
    CHECK(std::isnan(s.before ? c.before_mean[j] : c.after_mean[j]));
    CHECK(std::isnan(s.before ? c.before_standard_deviation[j] : c.after_standard_deviation[j]));
    CHECK(std::isnan(s.before ? c.before_ci_lower[j] : c.after_ci_lower[j]));
    // An attacker's tries: the published wave's mean minus/plus the change, the change
    // itself, the cohort's totals less its published members.
    const double other = s.before ? c.after_mean[j] : c.before_mean[j];
    const double recovered = s.before ? other - c.change[j] : other + c.change[j];
    CHECK_FALSE(recovered == s.mean);
    for (const auto* column : {&c.change, &c.t, &c.standard_error, &c.hedges_g, &c.p_value})
      CHECK(std::isnan((*column)[j]));
    double published_before = 0;
    std::uint64_t published_n = 0;
    for (std::size_t g = 0; g < c.group_count(); ++g)
      if (c.in_cohort[g]) {
        published_n += c.before_n[g];
        published_before += static_cast<double>(c.before_n[g]) * c.before_mean[g];
      }
    CHECK(c.cohort_before_n[0] - published_n == 0);
    const double total = static_cast<double>(c.cohort_before_n[0]) * c.cohort_before_mean[0];
    CHECK_THAT(total - published_before,
               Catch::Matchers::WithinAbs(0, 1e-9));
    // No number of the output is a hidden one.
    for (const auto* column :
         {&c.before_mean, &c.after_mean, &c.before_standard_deviation, &c.after_standard_deviation,
          &c.change, &c.cohort_before_mean, &c.cohort_after_mean})
      for (double v : *column) {
        CHECK_FALSE(v == s.mean);
        if (s.sd > 0) CHECK_FALSE(v == s.sd);
      }
  }
  // The published wave of a school suppressed in the other is shown as published.
  CHECK(c.after_n[at(c, "D")] == 30);
  CHECK(c.after_mean[at(c, "D")] == 3.2);
  CHECK(c.before_n[at(c, "E")] == 20);
  CHECK(c.before_suppression[at(c, "D")] == hidden);
  CHECK(c.after_suppression[at(c, "D")] == suppression_reason::none);
}

TEST_CASE("compare waves: subscales are matched by id, in the earlier wave's order") {
  const auto before = wave(before_schools, {"x", "y"});
  const auto after = wave(after_schools, {"y", "x"});
  const auto c = compare_waves(before, after, {"school", 0.95, 0.05});
  REQUIRE(c.subscales == std::vector<std::string>{"x", "y"});
  const std::size_t groups = c.group_count(), a = at(c, "A");
  // wave() adds k to every mean of subscale k: x is after's subscale 1, y its 0.
  CHECK(c.after_mean[a] == 5.0);
  CHECK(c.before_mean[a] == 2.0);
  CHECK(c.after_mean[groups + a] == 4.0);
  CHECK(c.before_mean[groups + a] == 3.0);
  CHECK(ls::validate(c).ok());
}

TEST_CASE("compare waves: every problem with the options and tables is reported at once") {
  const auto before = wave(before_schools), after = wave(after_schools);
  auto report = fails_with(before, after, {"school", 1.5, 0.0});
  CHECK(ls_test::codes_and_paths(report) ==
        std::vector<std::string>{"waves.confidence_level /confidence_level", "waves.alpha /alpha"});
  ls_test::require_one(fails_with(before, after, {"", 0.95, 0.05}), "waves.level", "/level");
  // A level missing from one wave says which.
  auto only_school = after;
  only_school.levels = {"all", "district", "campus"};
  auto issue = ls_test::only_issue(fails_with(before, only_school, {"school", 0.95, 0.05}));
  CHECK(issue.code == "waves.level");
  CHECK(issue.path == "/level");
  CHECK_THAT(issue.message, Contains("later wave") && Contains("\"campus\""));
  // "all" has no groups to follow: not a level in either wave.
  report = fails_with(before, after, {"all", 0.95, 0.05});
  CHECK(ls_test::codes_and_paths(report) ==
        std::vector<std::string>{"waves.level /level", "waves.level /level"});
  report = fails_with(before, after, {"region", 0.95, 0.05});
  CHECK(ls_test::codes_and_paths(report) ==
        std::vector<std::string>{"waves.level /level", "waves.level /level"});
  // Subscale ids that differ, listed, with the options' issues.
  report = fails_with(wave(before_schools, {"x", "y"}), wave(after_schools, {"x", "z"}),
                      {"school", 2.0, 0.05});
  CHECK(ls_test::codes_and_paths(report) ==
        std::vector<std::string>{"waves.confidence_level /confidence_level",
                                 "waves.subscales /subscales"});
  CHECK_THAT(report.issues[1].message,
             Contains("earlier wave \"y\"") && Contains("later wave \"z\""));
  CHECK(ls::validate(wave_options{"school", 0.95, 0.05}).ok());
  auto broken = after;
  broken.mean.pop_back();
  CHECK_THROWS_AS(compare_waves(before, broken, {"school", 0.95, 0.05}), ls::validation_error);
}

TEST_CASE("compare waves: a comparison whose columns do not line up is invalid") {
  auto c = compare_waves(wave(before_schools), wave(after_schools), {"school", 0.95, 0.05});
  CHECK(ls::validate(c).ok());
  c.after_group.pop_back();
  c.cohort_change.push_back(0);
  CHECK(ls_test::codes_and_paths(ls::validate(c)) ==
        std::vector<std::string>{"waves.size_mismatch /after_group", "waves.size_mismatch "});
}
