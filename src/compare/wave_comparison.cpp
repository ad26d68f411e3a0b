#include <ls/compare/wave_comparison.hpp>

#include <ls/compare/hedges_g.hpp>
#include <ls/compare/p_adjust.hpp>
#include <ls/compare/welch_test.hpp>
#include <ls/core/validate.hpp>

#include <algorithm>
#include <cmath>
#include <limits>
#include <map>

LS_BEGIN_NAMESPACE
namespace compare {

namespace {

constexpr double nan = std::numeric_limits<double>::quiet_NaN();

std::string quoted_list(const std::vector<std::string>& names, std::size_t limit = 10) {
  std::string out;
  for (std::size_t i = 0; i < names.size() && i < limit; ++i)
    out += (i ? ", \"" : "\"") + names[i] + "\"";
  if (names.size() > limit) out += ", ...";
  return out;
}

/// The position of level `name` among the table's levels ("all" excluded), or -1.
std::int64_t level_position(const aggregate::group_table& table, const std::string& name) {
  for (std::size_t l = 1; l < table.levels.size(); ++l)
    if (table.levels[l] == name) return static_cast<std::int64_t>(l);
  return -1;
}

std::string parent_label(const aggregate::group_table& table, std::size_t i) {
  return table.parent[i] >= 0 ? table.group_label[static_cast<std::size_t>(table.parent[i])] : "";
}

bool published(const aggregate::group_table& table, std::size_t e) {
  return table.suppression[e] == aggregate::suppression_reason::none;
}

stats::summary summary_at(const aggregate::group_table& table, std::size_t e) {
  return {table.n[e], 0, table.mean[e], table.standard_deviation[e], nan, nan};
}

}  // namespace

std::string wave_note(wave_status status, comparison_status test) {
  switch (status) {
    case wave_status::compared:
      return "";
    case wave_status::only_before:
      return "the group is only in the earlier wave";
    case wave_status::only_after:
      return "the group is only in the later wave";
    case wave_status::suppressed_before:
      return "the group is suppressed in the earlier wave: no change and nothing of that wave "
             "is shown";
    case wave_status::suppressed_after:
      return "the group is suppressed in the later wave: no change and nothing of that wave "
             "is shown";
    case wave_status::suppressed_both:
      return "the group is suppressed in both waves: nothing is shown";
    case wave_status::degenerate:
      switch (test) {
        case comparison_status::group_too_small:
          return "fewer than two respondents in the later wave: no standard deviation";
        case comparison_status::reference_too_small:
          return "fewer than two respondents in the earlier wave: no standard deviation";
        case comparison_status::compared:
          return "the change could not be tested";
        default:
          return comparison_note(test);
      }
  }
  return "";
}

void check(const wave_options& options, const issue_sink& sink) {
  if (options.level.empty())
    sink.at("level").error("waves.level", "name the level whose groups are followed");
  if (!(options.confidence_level > 0 && options.confidence_level < 1))
    sink.at("confidence_level")
        .error("waves.confidence_level", "the confidence level is " +
                                             std::to_string(options.confidence_level) +
                                             "; it must lie in (0, 1)");
  if (!(options.alpha > 0 && options.alpha < 1))
    sink.at("alpha").error("waves.alpha", "alpha is " + std::to_string(options.alpha) +
                                              "; it must lie in (0, 1)");
}

validation_report check_waves(const wave_options& options, const aggregate::group_table& before,
                              const aggregate::group_table& after) {
  auto report = validate(options);
  const issue_sink sink(report);
  if (!options.level.empty())
    for (const auto* wave : {&before, &after}) {
      if (level_position(*wave, options.level) >= 0) continue;
      const std::vector<std::string> levels(wave->levels.begin() + (wave->levels.empty() ? 0 : 1),
                                            wave->levels.end());
      sink.at("level").error(
          "waves.level",
          "\"" + options.level + "\" is not a level of the " +
              (wave == &before ? "earlier" : "later") + " wave's table" +
              (options.level == "all" ? " whose groups can be compared" : "") +
              (levels.empty() ? "; it has none but all respondents"
                              : "; its levels are " + quoted_list(levels)));
    }
  std::vector<std::string> only_before, only_after;
  for (const auto& s : before.subscales)
    if (std::find(after.subscales.begin(), after.subscales.end(), s) == after.subscales.end())
      only_before.push_back(s);
  for (const auto& s : after.subscales)
    if (std::find(before.subscales.begin(), before.subscales.end(), s) == before.subscales.end())
      only_after.push_back(s);
  if (!only_before.empty() || !only_after.empty())
    sink.at("subscales")
        .error("waves.subscales",
               "the waves' subscales differ:" +
                   (only_before.empty() ? std::string()
                                        : " only in the earlier wave " + quoted_list(only_before)) +
                   (only_before.empty() || only_after.empty() ? "" : ";") +
                   (only_after.empty() ? std::string()
                                       : " only in the later wave " + quoted_list(only_after)));
  return report;
}

void check(const wave_comparison& c, const issue_sink& sink) {
  const std::size_t groups = c.group_label.size(), entries = groups * c.subscales.size(),
                    subscales = c.subscales.size();
  auto sized = [&](std::size_t actual, std::size_t expected, const char* name) {
    if (actual != expected)
      sink.at(name).error("waves.size_mismatch", std::string(name) + " has " +
                                                     std::to_string(actual) + " entries; " +
                                                     std::to_string(expected) + " expected");
  };
  sized(c.parent_group.size(), groups, "parent_group");
  sized(c.before_group.size(), groups, "before_group");
  sized(c.after_group.size(), groups, "after_group");
  sized(c.status.size(), entries, "status");
  sized(c.test_status.size(), entries, "test_status");
  sized(c.in_cohort.size(), entries, "in_cohort");
  sized(c.before_suppression.size(), entries, "before_suppression");
  sized(c.after_suppression.size(), entries, "after_suppression");
  sized(c.before_n.size(), entries, "before_n");
  sized(c.after_n.size(), entries, "after_n");
  for (const auto* column :
       {&c.before_mean, &c.before_standard_deviation, &c.before_ci_lower, &c.before_ci_upper,
        &c.after_mean, &c.after_standard_deviation, &c.after_ci_lower, &c.after_ci_upper,
        &c.change, &c.change_ci_lower, &c.change_ci_upper, &c.standard_error, &c.t, &c.df,
        &c.p_value, &c.hedges_g, &c.hedges_g_ci_lower, &c.hedges_g_ci_upper, &c.p_holm, &c.p_bh})
    if (column->size() != entries)
      sink.error("waves.size_mismatch", "a per-entry column has " +
                                            std::to_string(column->size()) + " entries; " +
                                            std::to_string(entries) + " expected");
  for (const auto* column : {&c.cohort_size, &c.increased, &c.decreased, &c.no_clear_change,
                             &c.cohort_before_n, &c.cohort_after_n})
    if (column->size() != subscales)
      sink.error("waves.size_mismatch", "a per-subscale column has " +
                                            std::to_string(column->size()) + " entries; " +
                                            std::to_string(subscales) + " expected");
  for (const auto* column : {&c.cohort_before_mean, &c.cohort_after_mean, &c.cohort_change})
    if (column->size() != subscales)
      sink.error("waves.size_mismatch", "a per-subscale column has " +
                                            std::to_string(column->size()) + " entries; " +
                                            std::to_string(subscales) + " expected");
}

wave_comparison compare_waves(const aggregate::group_table& before,
                              const aggregate::group_table& after, const wave_options& options) {
  require_valid(before);
  require_valid(after);
  if (auto report = check_waves(options, before, after); !report.ok())
    throw validation_error(std::move(report));
  const auto before_level = level_position(before, options.level);
  const auto after_level = level_position(after, options.level);

  wave_comparison out;
  out.options = options;
  out.subscales = before.subscales;
  // The union of labels: the earlier wave's groups, then those only in the later.
  std::map<std::string, std::size_t> at;
  for (std::size_t i = 0; i < before.group_count(); ++i) {
    if (static_cast<std::int64_t>(before.group_level[i]) != before_level) continue;
    at.emplace(before.group_label[i], out.group_label.size());
    out.group_label.push_back(before.group_label[i]);
    out.parent_group.push_back(parent_label(before, i));
    out.before_group.push_back(static_cast<std::int64_t>(i));
    out.after_group.push_back(-1);
  }
  for (std::size_t i = 0; i < after.group_count(); ++i) {
    if (static_cast<std::int64_t>(after.group_level[i]) != after_level) continue;
    const auto found = at.find(after.group_label[i]);
    if (found != at.end()) {
      out.after_group[found->second] = static_cast<std::int64_t>(i);
      out.parent_group[found->second] = parent_label(after, i);
      continue;
    }
    at.emplace(after.group_label[i], out.group_label.size());
    out.group_label.push_back(after.group_label[i]);
    out.parent_group.push_back(parent_label(after, i));
    out.before_group.push_back(-1);
    out.after_group.push_back(static_cast<std::int64_t>(i));
  }

  const std::size_t groups = out.group_count(), subscales = out.subscales.size(),
                    entries = groups * subscales;
  out.status.assign(entries, wave_status::compared);
  out.test_status.assign(entries, comparison_status::compared);
  out.in_cohort.assign(entries, 0);
  out.before_suppression.assign(entries, aggregate::suppression_reason::none);
  out.after_suppression.assign(entries, aggregate::suppression_reason::none);
  out.before_n.assign(entries, 0);
  out.after_n.assign(entries, 0);
  for (auto* column : {&out.before_mean, &out.before_standard_deviation, &out.before_ci_lower,
                       &out.before_ci_upper, &out.after_mean, &out.after_standard_deviation,
                       &out.after_ci_lower, &out.after_ci_upper, &out.change,
                       &out.change_ci_lower, &out.change_ci_upper, &out.standard_error, &out.t,
                       &out.df, &out.p_value, &out.hedges_g, &out.hedges_g_ci_lower,
                       &out.hedges_g_ci_upper, &out.p_holm, &out.p_bh})
    column->assign(entries, nan);
  for (auto* column : {&out.cohort_size, &out.increased, &out.decreased, &out.no_clear_change,
                       &out.cohort_before_n, &out.cohort_after_n})
    column->assign(subscales, 0);
  for (auto* column : {&out.cohort_before_mean, &out.cohort_after_mean, &out.cohort_change})
    column->assign(subscales, nan);

  for (std::size_t k = 0; k < subscales; ++k) {
    const std::size_t before_row = k * before.group_count();
    const auto after_k = static_cast<std::size_t>(
        std::find(after.subscales.begin(), after.subscales.end(), out.subscales[k]) -
        after.subscales.begin());
    const std::size_t after_row = after_k * after.group_count();
    for (std::size_t j = 0; j < groups; ++j) {
      const std::size_t e = k * groups + j;
      const bool in_before = out.before_group[j] >= 0, in_after = out.after_group[j] >= 0;
      const auto position = [](std::int64_t i) {
        return static_cast<std::size_t>(std::max<std::int64_t>(0, i));
      };
      const std::size_t b = before_row + position(out.before_group[j]);
      const std::size_t a = after_row + position(out.after_group[j]);
      const bool shown_before = in_before && published(before, b);
      const bool shown_after = in_after && published(after, a);
      if (in_before) out.before_suppression[e] = before.suppression[b];
      if (in_after) out.after_suppression[e] = after.suppression[a];
      // Each wave's own numbers, where that wave published them.
      if (shown_before) {
        out.before_n[e] = before.n[b];
        out.before_mean[e] = before.mean[b];
        out.before_standard_deviation[e] = before.standard_deviation[b];
        out.before_ci_lower[e] = before.ci_lower[b];
        out.before_ci_upper[e] = before.ci_upper[b];
      }
      if (shown_after) {
        out.after_n[e] = after.n[a];
        out.after_mean[e] = after.mean[a];
        out.after_standard_deviation[e] = after.standard_deviation[a];
        out.after_ci_lower[e] = after.ci_lower[a];
        out.after_ci_upper[e] = after.ci_upper[a];
      }
      if (!in_before) {
        out.status[e] = wave_status::only_after;
        continue;
      }
      if (!in_after) {
        out.status[e] = wave_status::only_before;
        continue;
      }
      if (!shown_before || !shown_after) {
        out.status[e] = !shown_before && !shown_after ? wave_status::suppressed_both
                        : !shown_before               ? wave_status::suppressed_before
                                                      : wave_status::suppressed_after;
        continue;
      }
      out.in_cohort[e] = 1;
      const auto later = summary_at(after, a), earlier = summary_at(before, b);
      const auto test = welch_test(later, earlier, options.confidence_level);
      out.test_status[e] = test.status;
      if (test.status != comparison_status::compared) {
        out.status[e] = wave_status::degenerate;
        continue;
      }
      const auto effect = hedges_g(later, earlier, options.confidence_level);
      out.change[e] = test.difference;
      out.change_ci_lower[e] = test.ci_lower;
      out.change_ci_upper[e] = test.ci_upper;
      out.standard_error[e] = test.standard_error;
      out.t[e] = test.t;
      out.df[e] = test.df;
      out.p_value[e] = test.p_value;
      out.hedges_g[e] = effect.g;
      out.hedges_g_ci_lower[e] = effect.ci_lower;
      out.hedges_g_ci_upper[e] = effect.ci_upper;
    }
    p_adjust_family({out.p_value.data() + k * groups, groups}, {out.p_holm.data() + k * groups, groups},
                    {out.p_bh.data() + k * groups, groups});

    // The cohort's summary, from published numbers only.
    double before_sum = 0, after_sum = 0;
    for (std::size_t j = 0; j < groups; ++j) {
      const std::size_t e = k * groups + j;
      if (!out.in_cohort[e]) continue;
      ++out.cohort_size[k];
      const bool clear = out.p_holm[e] < options.alpha;  // false for NaN
      if (clear && out.change[e] > 0)
        ++out.increased[k];
      else if (clear && out.change[e] < 0)
        ++out.decreased[k];
      else
        ++out.no_clear_change[k];
      out.cohort_before_n[k] += out.before_n[e];
      out.cohort_after_n[k] += out.after_n[e];
      before_sum += static_cast<double>(out.before_n[e]) * out.before_mean[e];
      after_sum += static_cast<double>(out.after_n[e]) * out.after_mean[e];
    }
    if (out.cohort_before_n[k] > 0)
      out.cohort_before_mean[k] = before_sum / static_cast<double>(out.cohort_before_n[k]);
    if (out.cohort_after_n[k] > 0)
      out.cohort_after_mean[k] = after_sum / static_cast<double>(out.cohort_after_n[k]);
    out.cohort_change[k] = out.cohort_after_mean[k] - out.cohort_before_mean[k];
  }
  return out;
}

}  // namespace compare
LS_END_NAMESPACE
