#include <ls/analysis/survey_analysis.hpp>

#include <ls/core/error.hpp>
#include <ls/core/validate.hpp>

#include "block_pass.hpp"
#include "row_cuts.hpp"

#include <algorithm>
#include <limits>
#include <thread>

LS_BEGIN_NAMESPACE
namespace analysis {

void check(const analysis_options& options, const issue_sink& sink) {
  aggregate::check(options.groups, sink.at("groups"));
}

namespace {

using detail::block_pass;

/// The index of the agreement level among `levels`, or -1 for none.
std::int64_t agreement_level_of(const std::vector<aggregate::group_level>& levels,
                                const std::string& name) {
  if (name == no_agreement || levels.empty()) {
    if (name != no_agreement && !name.empty())
      throw error("agreement level \"" + name + "\": there are no grouping levels");
    return -1;
  }
  if (name.empty()) return static_cast<std::int64_t>(levels.size()) - 1;
  for (std::size_t l = 0; l < levels.size(); ++l)
    if (levels[l].name == name) return static_cast<std::int64_t>(l);
  std::string names;
  for (const auto& l : levels) {
    names += names.empty() ? "\"" : ", \"";
    names += l.name;
    names += '"';
  }
  throw error("agreement level \"" + name + "\" is not one of the levels (" + names +
              ") or \"none\"");
}

std::vector<stats::agreement_accumulator> agreement_templates(const scoring::scoring_plan& plan) {
  std::vector<stats::agreement_accumulator> out;
  for (const auto& s : plan.subscales) {
    stats::agreement_options options;
    options.items = s.columns;
    out.push_back(stats::make_agreement_accumulator(plan.codings, options));
  }
  return out;
}

/// The tally of subscale k at node v over all threads, merged in row order.
aggregate::group_tally merged_tally(const std::vector<block_pass>& passes, std::size_t k,
                                    std::size_t v) {
  aggregate::group_tally out;
  for (const auto& p : passes) out.merge(p.sums.tally(k, v));
  return out;
}

std::vector<subscale_reliability> reliability_of(std::vector<block_pass>& passes,
                                                 const scoring::scoring_plan& plan,
                                                 double confidence) {
  for (auto& p : passes) p.finish_reliability();
  std::vector<subscale_reliability> out;
  for (std::size_t k = 0; k < plan.subscales.size(); ++k) {
    const auto& s = plan.subscales[k];
    std::vector<std::string> ids;
    for (auto j : s.columns) ids.push_back(plan.items[j]);
    for (std::size_t t = 1; t < passes.size(); ++t) {
      passes[0].listwise[k].merge(passes[t].listwise[k]);
      passes[0].pairwise[k].merge(passes[t].pairwise[k]);
    }
    // Without rows an accumulator never learns its number of items (alpha is then NaN
    // with its reason, and no item is listed).
    auto alpha = [&](const stats::item_covariance& covariance) {
      return stats::cronbach_alpha(covariance, covariance.items == ids.size() ? ids : std::vector<std::string>{},
                                   confidence);
    };
    out.push_back({s.id, alpha(passes[0].listwise[k].result()),
                   alpha(passes[0].pairwise[k].result())});
  }
  return out;
}

/// ICC of subscale k's scores by each level, from the groups' tallies (the one-way ANOVA
/// needs nothing else), into out[l * subscales + k]. nodes[i] and tallies[i]: the groups
/// with rows and their tallies.
void icc_of(const scoring::scoring_plan& plan, const aggregate::group_hierarchy& hierarchy,
            const aggregate::group_nesting& nesting, std::span<const std::uint64_t> ungrouped,
            std::size_t k, std::span<const std::size_t> nodes,
            std::span<const aggregate::group_tally> tallies, std::vector<level_icc>& out) {
  const std::size_t levels = hierarchy.levels().size();
  std::vector<stats::icc_accumulator> acc(levels);
  for (std::size_t l = 0; l < levels; ++l) acc[l].groups.resize(hierarchy.levels()[l].labels.size());
  for (std::size_t i = 0; i < nodes.size(); ++i) {
    const auto level = hierarchy.level_of(nodes[i]);
    if (level < 0) continue;  // all respondents
    const auto l = static_cast<std::size_t>(level);
    auto& m = acc[l].groups[nodes[i] - hierarchy.offset(l)];
    m = tallies[i].scores;
    m.missing = nesting.rows[nodes[i]] - m.count;
  }
  for (std::size_t l = 0; l < levels; ++l) {
    acc[l].ungrouped = ungrouped[l];
    out[l * plan.subscales.size() + k] = {hierarchy.levels()[l].name, plan.subscales[k].id,
                                          acc[l].result()};
  }
}

/// Per level: the rows in none of its groups (the same for every subscale's ICC).
std::vector<std::uint64_t> ungrouped_rows(const aggregate::group_hierarchy& hierarchy,
                                          const aggregate::group_nesting& nesting) {
  std::vector<std::uint64_t> out;
  for (std::size_t l = 0; l < hierarchy.levels().size(); ++l) {
    std::uint64_t grouped = 0;
    for (std::size_t g = 0; g < hierarchy.levels()[l].labels.size(); ++g)
      grouped += nesting.rows[hierarchy.offset(l) + g];
    out.push_back(hierarchy.rows() - grouped);
  }
  return out;
}

/// rwg(j) of every subscale by a second pass with per-group counts, for rows whose
/// agreement groups are not together.
void agreement_by_groups(const responses::response_view& codes, const scoring::scoring_plan& plan,
                         std::span<const std::int32_t> group_codes, std::size_t groups,
                         unsigned threads, std::vector<double>& rwg,
                         std::vector<stats::agreement_status>& status) {
  const responses::scored_view view{codes, plan.codings};
  for (std::size_t k = 0; k < plan.subscales.size(); ++k) {
    stats::agreement_options options;
    options.items = plan.subscales[k].columns;
    options.group_count = groups;
    options.threads = threads;
    const auto result = stats::within_group_agreement(view, group_codes, options);
    for (std::size_t g = 0; g < groups; ++g) {
      rwg[k * groups + g] = result.groups[g].rwg;
      status[k * groups + g] = result.groups[g].status;
    }
  }
}

/// Copies rwg(j) into the table's entries of the agreement level (published ones only).
void fill_agreement(aggregate::group_table& table, std::int64_t level,
                    const std::vector<double>& rwg,
                    const std::vector<stats::agreement_status>& status, std::size_t groups) {
  table.agreement_level = level + 1;
  const std::size_t rows = table.group_count();
  for (std::size_t i = 0; i < rows; ++i) {
    if (table.group_level[i] != static_cast<std::uint32_t>(level + 1)) continue;
    const auto g = static_cast<std::size_t>(table.group_index[i]);
    for (std::size_t k = 0; k < table.subscales.size(); ++k) {
      const std::size_t e = k * rows + i;
      if (table.suppression[e] != aggregate::suppression_reason::none) continue;
      table.rwg_j[e] = rwg[k * groups + g];
      table.agreement_status[e] = status[k * groups + g];
    }
  }
}

}  // namespace

survey_analysis analyse(const responses::response_view& codes, const scoring::scoring_plan& plan,
                        const std::vector<aggregate::group_level>& levels,
                        const analysis_options& options) {
  require_valid(options);
  scoring::require_columns(codes, plan);
  const aggregate::group_hierarchy hierarchy(levels, codes.rows);
  const auto agreement_level = agreement_level_of(levels, options.agreement_level);
  const unsigned threads =
      options.threads ? options.threads : std::max(1u, std::thread::hardware_concurrency());

  survey_analysis out;
  out.options = options;
  detail::pass_context context;
  context.codes = codes;
  context.plan = &plan;
  context.hierarchy = &hierarchy;
  context.reliability = options.reliability;
  std::vector<double> rwg;
  std::vector<stats::agreement_status> rwg_status;
  std::span<const std::int32_t> agreement_codes;
  if (agreement_level >= 0) {
    const auto& level = levels[static_cast<std::size_t>(agreement_level)];
    agreement_codes = level.codes;
    context.agreement_groups = level.labels.size();
    context.agreement_templates = agreement_templates(plan);
    rwg.assign(plan.subscales.size() * context.agreement_groups,
               std::numeric_limits<double>::quiet_NaN());
    rwg_status.assign(rwg.size(), stats::agreement_status::no_respondents);
    context.rwg = &rwg;
    context.rwg_status = &rwg_status;
    out.agreement_in_one_pass = detail::rows_grouped(agreement_codes, level.labels.size(), level.name);
    if (out.agreement_in_one_pass) context.agreement_codes = agreement_codes;
  }

  // One share of the rows per thread, cut between agreement groups.
  const auto cuts = detail::cut_rows(context.agreement_codes, codes.rows, threads);
  std::vector<block_pass> passes;
  passes.reserve(threads);
  for (unsigned t = 0; t < threads; ++t) passes.emplace_back(context);
  stats::for_each_index(passes.size(), threads,
                        [&](std::size_t t) { passes[t].add_rows(cuts[t], cuts[t + 1]); });
  for (std::size_t t = 1; t < passes.size(); ++t) passes[0].nesting.merge(passes[t].nesting);
  const auto& nesting = passes[0].nesting;

  // Subscale by subscale: its group results, then its ICCs, then its sums are freed.
  out.icc.resize(levels.size() * plan.subscales.size());
  const auto ungrouped = ungrouped_rows(hierarchy, nesting);
  out.groups = aggregate::make_group_table(
      plan, hierarchy, nesting,
      [&](std::size_t k, std::size_t v) { return merged_tally(passes, k, v); }, options.groups,
      threads,
      [&](std::size_t k, std::span<const std::size_t> nodes,
          std::span<const aggregate::group_tally> tallies) {
        icc_of(plan, hierarchy, nesting, ungrouped, k, nodes, tallies, out.icc);
        for (auto& p : passes) p.sums.release_subscale(k);
      });
  if (agreement_level >= 0) {
    if (!out.agreement_in_one_pass)
      agreement_by_groups(codes, plan, agreement_codes, context.agreement_groups, threads, rwg,
                          rwg_status);
    fill_agreement(out.groups, agreement_level, rwg, rwg_status, context.agreement_groups);
  }
  if (options.reliability)
    out.reliability = reliability_of(passes, plan, options.groups.confidence_level);
  return out;
}

}  // namespace analysis
LS_END_NAMESPACE
