#include <ls/aggregate/group_table.hpp>

#include <ls/aggregate/mean_interval.hpp>
#include <ls/core/error.hpp>
#include <ls/core/validate.hpp>
#include <ls/stats/parallel.hpp>

#include <algorithm>
#include <cmath>
#include <limits>
#include <thread>
#include <tuple>

LS_BEGIN_NAMESPACE
namespace aggregate {

namespace {

constexpr double nan = std::numeric_limits<double>::quiet_NaN();

bool has_favorable_option(const scoring::scoring_plan& plan, const scoring::scored_subscale& s) {
  for (auto j : s.columns)
    for (bool f : plan.codings[j].favorable)
      if (f) return true;
  return false;
}

/// The groups with rows (node 0 always), in node order, and each one's parent among them.
struct published_tree {
  std::vector<std::size_t> nodes;
  std::vector<std::int64_t> parents;
};

published_tree tree_of(const group_nesting& nesting) {
  published_tree out;
  std::vector<std::int64_t> position(nesting.rows.size(), -1);
  for (std::size_t v = 0; v < nesting.rows.size(); ++v) {
    if (v != 0 && nesting.rows[v] == 0) continue;
    position[v] = static_cast<std::int64_t>(out.nodes.size());
    out.parents.push_back(
        v == 0 ? -1 : position[static_cast<std::size_t>(nesting.parents[v])]);
    out.nodes.push_back(v);
  }
  return out;
}

/// Fills entry e of the table's statistic columns from a group's tally.
void publish(group_table& t, std::size_t e, const group_tally& tally, t_quantile_cache& quantiles,
             bool favorable_defined) {
  const auto summary = tally.scores.result();
  t.n[e] = summary.count;
  t.mean[e] = summary.mean;
  t.standard_deviation[e] = summary.standard_deviation;
  const auto ci = quantiles.interval(summary);
  t.ci_lower[e] = ci.lower;
  t.ci_upper[e] = ci.upper;
  t.percent_favorable[e] =
      favorable_defined && tally.answers > 0
          ? 100.0 * static_cast<double>(tally.favorable) / static_cast<double>(tally.answers)
          : nan;
}

void hide(group_table& t, std::size_t e) {
  t.n[e] = 0;
  t.mean[e] = t.standard_deviation[e] = t.ci_lower[e] = t.ci_upper[e] = t.percent_favorable[e] =
      nan;
}

std::string agreement_note(stats::agreement_status status) {
  switch (status) {
    case stats::agreement_status::defined:
      return "";
    case stats::agreement_status::no_respondents:
      return "no respondent of the group answered every item of the subscale";
    case stats::agreement_status::one_respondent:
      return "one respondent of the group answered every item: no spread to measure";
    case stats::agreement_status::mean_too_extreme:
      return "the group mean is too close to an end of the scale";
  }
  return "";
}

}  // namespace

group_table make_group_table(const scoring::scoring_plan& plan, const group_hierarchy& hierarchy,
                             const group_nesting& nesting, const tally_lookup& tally_of,
                             const aggregate_options& options, unsigned threads,
                             const subscale_done& on_subscale) {
  require_valid(options);
  if (nesting.rows.size() != hierarchy.node_count())
    throw error("the tally does not belong to this plan and hierarchy");
  nesting.require_nested(hierarchy);
  const auto tree = tree_of(nesting);
  const std::size_t groups = tree.nodes.size(), entries = groups * plan.subscales.size();

  group_table t;
  t.options = options;
  t.levels.push_back(all_level_name);
  for (const auto& l : hierarchy.levels()) t.levels.push_back(l.name);
  for (const auto v : tree.nodes) {
    const auto level = hierarchy.level_of(v);
    t.group_level.push_back(static_cast<std::uint32_t>(level + 1));
    t.group_index.push_back(
        level < 0 ? -1
                  : static_cast<std::int32_t>(v - hierarchy.offset(static_cast<std::size_t>(level))));
    t.group_label.push_back(hierarchy.label(v));
  }
  t.parent = tree.parents;
  for (const auto& s : plan.subscales) {
    t.subscales.push_back(s.id);
    t.favorable_defined.push_back(has_favorable_option(plan, s));
  }
  // Subscales in waves of `threads`, one per thread, the columns growing by a wave's
  // entries at a time: the table takes memory as the caller's tallies are used up
  // (on_subscale may free them).
  if (threads == 0) threads = std::max(1u, std::thread::hardware_concurrency());
  auto columns = std::make_tuple(&t.mean, &t.standard_deviation, &t.ci_lower, &t.ci_upper,
                                 &t.percent_favorable, &t.rwg_j);
  // Growing a column writes its new entries (first touches of fresh pages): the columns
  // are grown on all threads at once.
  auto grow = [&](std::size_t size) {
    std::vector<std::function<void()>> jobs{
        [&] { t.suppression.resize(size); }, [&] { t.n.resize(size); },
        [&] { t.agreement_status.resize(size, stats::agreement_status::no_respondents); }};
    std::apply([&](auto*... column) { (jobs.push_back([&, column] { column->resize(size, nan); }), ...); },
               columns);
    stats::for_each_index(jobs.size(), threads, [&](std::size_t j) { jobs[j](); });
  };
  t.suppression.reserve(entries);
  t.n.reserve(entries);
  std::apply([&](auto*... column) { (column->reserve(entries), ...); }, columns);
  t.agreement_status.reserve(entries);
  const std::size_t subscales = plan.subscales.size();
  // Per place in a wave (one thread each): buffers kept from wave to wave.
  std::vector<t_quantile_cache> caches(threads, t_quantile_cache(options.confidence_level));
  std::vector<std::vector<group_tally>> tally_buffers(threads);
  std::vector<std::vector<std::size_t>> count_buffers(threads);
  for (std::size_t wave = 0; wave < subscales; wave += threads) {
    const std::size_t end = std::min(subscales, wave + threads);
    grow(end * groups);
    stats::for_each_index(end - wave, threads, [&](std::size_t w) {
      const std::size_t k = wave + w;
      // Every group published first (its n is needed for suppression), then the
      // suppressed ones hidden again.
      t_quantile_cache& quantiles = caches[w];
      auto& tallies = tally_buffers[w];
      auto& n = count_buffers[w];
      tallies.resize(groups);
      n.resize(groups);
      for (std::size_t i = 0; i < groups; ++i) {
        tallies[i] = tally_of(k, tree.nodes[i]);
        publish(t, k * groups + i, tallies[i], quantiles, t.favorable_defined[k]);
        n[i] = t.n[k * groups + i];
      }
      const auto status = suppress(tree.parents, n, options.min_group_size);
      for (std::size_t i = 0; i < groups; ++i) {
        t.suppression[k * groups + i] = status[i];
        if (status[i] != suppression_reason::none) hide(t, k * groups + i);
      }
      if (on_subscale) on_subscale(k, tree.nodes, tallies);
    });
  }
  t.suppressed_below_minimum = static_cast<std::size_t>(
      std::count(t.suppression.begin(), t.suppression.end(), suppression_reason::below_minimum));
  t.suppressed_complementary = static_cast<std::size_t>(
      std::count(t.suppression.begin(), t.suppression.end(), suppression_reason::complementary));
  return t;
}

namespace {

/// Entry (k, i) of a valid table, notes included.
group_statistics entry_of(const group_table& t, std::size_t k, std::size_t i) {
  const std::size_t e = k * t.group_count() + i;
  group_statistics out;
  out.subscale = t.subscales[k];
  out.level = t.levels[t.group_level[i]];
  out.group = t.group_label[i];
  if (t.parent[i] >= 0) {
    const auto p = static_cast<std::size_t>(t.parent[i]);
    out.parent_level = t.levels[t.group_level[p]];
    out.parent_group = t.group_label[p];
  }
  out.suppression = t.suppression[e];
  out.mean = t.mean[e];
  out.standard_deviation = t.standard_deviation[e];
  out.ci_lower = t.ci_lower[e];
  out.ci_upper = t.ci_upper[e];
  out.percent_favorable = t.percent_favorable[e];
  if (t.suppression[e] != suppression_reason::none) return out;
  out.n = t.n[e];
  if (t.n[e] == 1)
    out.notes.push_back("n = 1: the standard deviation needs at least two respondents");
  const auto ci_note = t_interval_note(stats::summary{t.n[e], 0, t.mean[e], t.standard_deviation[e], 0, 0});
  if (!ci_note.empty()) out.notes.push_back("confidence interval: " + ci_note);
  if (!t.favorable_defined[k])
    out.notes.push_back("percent favorable: no option of the items' scales is favorable");
  else if (std::isnan(t.percent_favorable[e]))
    out.notes.push_back("percent favorable: no scored answers");
  if (t.agreement_level >= 0 && t.group_level[i] == static_cast<std::uint64_t>(t.agreement_level))
    out.agreement = aggregate_agreement{t.rwg_j[e], agreement_note(t.agreement_status[e])};
  return out;
}

}  // namespace

group_statistics group_table::row(std::size_t subscale, std::size_t group) const {
  require_valid(*this);
  if (subscale >= subscales.size() || group >= group_count())
    throw error("no entry for subscale " + std::to_string(subscale) + " and group " +
                std::to_string(group) + ": the table has " + std::to_string(subscales.size()) +
                " subscales and " + std::to_string(group_count()) + " groups");
  return entry_of(*this, subscale, group);
}

aggregation_result group_table::to_aggregation() const {
  require_valid(*this);
  aggregation_result out;
  out.options = options;
  out.levels = levels;
  out.subscales = subscales;
  out.suppressed_below_minimum = suppressed_below_minimum;
  out.suppressed_complementary = suppressed_complementary;
  out.groups.reserve(subscales.size() * group_count());
  for (std::size_t k = 0; k < subscales.size(); ++k)
    for (std::size_t i = 0; i < group_count(); ++i) out.groups.push_back(entry_of(*this, k, i));
  return out;
}

void check(const group_table& t, const issue_sink& sink) {
  const std::size_t groups = t.group_label.size(), entries = groups * t.subscales.size();
  auto sized = [&](std::size_t actual, std::size_t expected, const char* name) {
    if (actual != expected)
      sink.at(name).error("table.size_mismatch", std::string(name) + " has " +
                                                     std::to_string(actual) + " entries; " +
                                                     std::to_string(expected) + " expected");
  };
  sized(t.group_level.size(), groups, "group_level");
  sized(t.group_index.size(), groups, "group_index");
  sized(t.parent.size(), groups, "parent");
  sized(t.suppression.size(), entries, "suppression");
  sized(t.n.size(), entries, "n");
  sized(t.mean.size(), entries, "mean");
  sized(t.standard_deviation.size(), entries, "standard_deviation");
  sized(t.ci_lower.size(), entries, "ci_lower");
  sized(t.ci_upper.size(), entries, "ci_upper");
  sized(t.percent_favorable.size(), entries, "percent_favorable");
  sized(t.rwg_j.size(), entries, "rwg_j");
  sized(t.agreement_status.size(), entries, "agreement_status");
  sized(t.favorable_defined.size(), t.subscales.size(), "favorable_defined");
  for (std::size_t i = 0; i < std::min(groups, t.group_level.size()); ++i)
    if (t.group_level[i] >= t.levels.size())
      sink.at("group_level").at(i).error("table.reference",
                                         "level " + std::to_string(t.group_level[i]) +
                                             " is not one of the " +
                                             std::to_string(t.levels.size()) + " levels");
  for (std::size_t i = 0; i < std::min(groups, t.parent.size()); ++i)
    if (t.parent[i] < -1 || t.parent[i] >= static_cast<std::int64_t>(groups))
      sink.at("parent").at(i).error("table.reference",
                                    "parent " + std::to_string(t.parent[i]) +
                                        " is not a group of the table");
  if (t.agreement_level < -1 || t.agreement_level >= static_cast<std::int64_t>(t.levels.size()))
    sink.at("agreement_level")
        .error("table.reference", "agreement level " + std::to_string(t.agreement_level) +
                                      " is not one of the levels (or -1)");
}

}  // namespace aggregate
LS_END_NAMESPACE
