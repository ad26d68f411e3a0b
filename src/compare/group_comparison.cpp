#include <ls/compare/group_comparison.hpp>

#include <ls/compare/complement.hpp>
#include <ls/compare/hedges_g.hpp>
#include <ls/compare/p_adjust.hpp>
#include <ls/compare/welch_test.hpp>
#include <ls/core/validate.hpp>

#include <algorithm>
#include <cmath>
#include <limits>

LS_BEGIN_NAMESPACE
namespace compare {

namespace {

constexpr double nan = std::numeric_limits<double>::quiet_NaN();
constexpr const char* all_level = "all";

/// "a", "b", "c" (at most `limit` of them, then ", ...").
std::string quoted_list(const std::vector<std::string>& names, std::size_t limit = 10) {
  std::string out;
  for (std::size_t i = 0; i < names.size() && i < limit; ++i)
    out += (i ? ", \"" : "\"") + names[i] + "\"";
  if (names.size() > limit) out += ", ...";
  return out;
}

/// The position of level `name` among the table's levels, or -1.
std::int64_t level_position(const aggregate::group_table& table, const std::string& name) {
  for (std::size_t l = 1; l < table.levels.size(); ++l)
    if (table.levels[l] == name) return static_cast<std::int64_t>(l);
  return -1;
}

/// The table positions of the groups of level `level`, in table order.
std::vector<std::size_t> groups_of(const aggregate::group_table& table, std::int64_t level) {
  std::vector<std::size_t> out;
  for (std::size_t i = 0; i < table.group_count(); ++i)
    if (static_cast<std::int64_t>(table.group_level[i]) == level) out.push_back(i);
  return out;
}

/// Entry e of the table as a summary (published entries only).
stats::summary summary_at(const aggregate::group_table& table, std::size_t e) {
  return {table.n[e], 0, table.mean[e], table.standard_deviation[e], nan, nan};
}

bool published(const aggregate::group_table& table, std::size_t e) {
  return table.suppression[e] == aggregate::suppression_reason::none;
}

}  // namespace

void check(const comparison_options& options, const issue_sink& sink) {
  if (options.level.empty())
    sink.at("level").error("compare.level", "name the level whose groups are compared");
  const bool named = options.reference == comparison_reference::group;
  if (named && options.reference_group.empty())
    sink.at("reference_group")
        .error("compare.reference_group",
               "the reference is a group: name it (the label of a group of the level)");
  if (!named && !options.reference_group.empty())
    sink.at("reference_group")
        .error("compare.reference_group",
               "a reference group \"" + options.reference_group +
                   "\" is named but the reference is not \"group\"");
  const double level = options.confidence_level;
  if (!(level > 0 && level < 1))
    sink.at("confidence_level")
        .error("compare.confidence_level",
               "the confidence level is " + std::to_string(level) + "; it must lie in (0, 1)");
}

validation_report check_against(const comparison_options& options,
                                const aggregate::group_table& table) {
  auto report = validate(options);
  const issue_sink sink(report);
  if (options.level.empty()) return report;
  const std::vector<std::string> levels(table.levels.begin() + (table.levels.empty() ? 0 : 1),
                                        table.levels.end());
  const auto level = level_position(table, options.level);
  if (level < 0) {
    sink.at("level").error(
        "compare.level",
        "\"" + options.level + "\" is not a level of the table" +
            (options.level == all_level ? " whose groups can be compared" : "") +
            (levels.empty() ? "; it has none but all respondents"
                            : "; its levels are " + quoted_list(levels)));
    return report;
  }
  if (options.reference != comparison_reference::group || options.reference_group.empty())
    return report;
  std::vector<std::string> labels;
  for (auto i : groups_of(table, level)) labels.push_back(table.group_label[i]);
  if (std::find(labels.begin(), labels.end(), options.reference_group) == labels.end())
    sink.at("reference_group")
        .error("compare.reference_group", "\"" + options.reference_group +
                                              "\" is not a group of level \"" + options.level +
                                              "\"; its groups are " + quoted_list(labels));
  return report;
}

void check(const group_comparison& c, const issue_sink& sink) {
  const std::size_t groups = c.group_label.size(), entries = groups * c.subscales.size();
  auto sized = [&](std::size_t actual, std::size_t expected, const char* name) {
    if (actual != expected)
      sink.at(name).error("compare.size_mismatch", std::string(name) + " has " +
                                                       std::to_string(actual) + " entries; " +
                                                       std::to_string(expected) + " expected");
  };
  sized(c.group.size(), groups, "group");
  sized(c.parent_group.size(), groups, "parent_group");
  sized(c.status.size(), entries, "status");
  sized(c.suppression.size(), entries, "suppression");
  sized(c.n.size(), entries, "n");
  sized(c.reference_n.size(), entries, "reference_n");
  for (const auto* column :
       {&c.mean, &c.standard_deviation, &c.ci_lower, &c.ci_upper, &c.percent_favorable, &c.rwg_j,
        &c.reference_mean, &c.reference_standard_deviation, &c.difference,
        &c.difference_ci_lower, &c.difference_ci_upper, &c.standard_error, &c.t, &c.df,
        &c.p_value, &c.hedges_g, &c.hedges_g_ci_lower, &c.hedges_g_ci_upper, &c.p_holm,
        &c.p_bh})
    if (column->size() != entries)
      sink.error("compare.size_mismatch", "a per-entry column has " +
                                              std::to_string(column->size()) + " entries; " +
                                              std::to_string(entries) + " expected");
}

group_comparison compare_groups(const aggregate::group_table& table,
                                const comparison_options& options) {
  require_valid(table);
  if (auto report = check_against(options, table); !report.ok())
    throw validation_error(std::move(report));
  const auto level = level_position(table, options.level);
  const auto members = groups_of(table, level);
  const std::size_t groups = members.size(), table_groups = table.group_count();
  // The row of all respondents (level 0) and, when named, the reference group.
  std::size_t all = 0;
  while (all < table_groups && table.group_level[all] != 0) ++all;
  std::size_t named = table_groups;
  if (options.reference == comparison_reference::group)
    for (auto i : members)
      if (table.group_label[i] == options.reference_group) named = i;

  group_comparison out;
  out.options = options;
  out.subscales = table.subscales;
  out.reference_label = options.reference == comparison_reference::rest  ? "rest of the system"
                        : options.reference == comparison_reference::all ? "all respondents"
                                                                         : options.reference_group;
  for (auto i : members) {
    out.group.push_back(i);
    out.group_label.push_back(table.group_label[i]);
    out.parent_group.push_back(
        table.parent[i] >= 0 ? table.group_label[static_cast<std::size_t>(table.parent[i])] : "");
  }
  const std::size_t entries = groups * table.subscales.size();
  out.status.assign(entries, comparison_status::compared);
  out.suppression.assign(entries, aggregate::suppression_reason::none);
  out.n.assign(entries, 0);
  out.reference_n.assign(entries, 0);
  for (auto* column :
       {&out.mean, &out.standard_deviation, &out.ci_lower, &out.ci_upper, &out.percent_favorable,
        &out.rwg_j, &out.reference_mean, &out.reference_standard_deviation, &out.difference,
        &out.difference_ci_lower, &out.difference_ci_upper, &out.standard_error, &out.t, &out.df,
        &out.p_value, &out.hedges_g, &out.hedges_g_ci_lower, &out.hedges_g_ci_upper,
        &out.p_holm, &out.p_bh})
    column->assign(entries, nan);

  for (std::size_t k = 0; k < table.subscales.size(); ++k) {
    const std::size_t row = k * table_groups;
    const bool all_published = all < table_groups && published(table, row + all);
    for (std::size_t j = 0; j < groups; ++j) {
      const std::size_t e = k * groups + j, g = row + members[j];
      out.suppression[e] = table.suppression[g];
      if (!published(table, g)) {
        out.status[e] = comparison_status::group_suppressed;
        continue;
      }
      out.n[e] = table.n[g];
      out.mean[e] = table.mean[g];
      out.standard_deviation[e] = table.standard_deviation[g];
      out.ci_lower[e] = table.ci_lower[g];
      out.ci_upper[e] = table.ci_upper[g];
      out.percent_favorable[e] = table.percent_favorable[g];
      out.rwg_j[e] = table.rwg_j[g];
      // The reference, when it may be shown.
      const bool reference_published = options.reference == comparison_reference::group
                                           ? published(table, row + named)
                                           : all_published;
      if (!reference_published) {
        out.status[e] = comparison_status::reference_suppressed;
        continue;
      }
      const auto group = summary_at(table, g);
      const auto reference =
          options.reference == comparison_reference::rest
              ? complement_summary(summary_at(table, row + all), group)
              : summary_at(table, row + (options.reference == comparison_reference::all ? all
                                                                                         : named));
      out.reference_n[e] = reference.count;
      out.reference_mean[e] = reference.mean;
      out.reference_standard_deviation[e] = reference.standard_deviation;
      if (options.reference == comparison_reference::group && members[j] == named) {
        out.status[e] = comparison_status::reference_is_group;
        continue;
      }
      const auto test = welch_test(group, reference, options.confidence_level);
      const auto effect = hedges_g(group, reference, options.confidence_level);
      out.status[e] = test.status;
      out.difference[e] = test.difference;
      out.difference_ci_lower[e] = test.ci_lower;
      out.difference_ci_upper[e] = test.ci_upper;
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
  }
  return out;
}

}  // namespace compare
LS_END_NAMESPACE
