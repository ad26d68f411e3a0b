#include <ls/aggregate/aggregate.hpp>

#include <ls/aggregate/group_table.hpp>
#include <ls/core/error.hpp>
#include <ls/core/validate.hpp>
#include <ls/scoring/subscale_scores.hpp>

#include "chunk_groups.hpp"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <limits>
#include <thread>

LS_BEGIN_NAMESPACE
namespace aggregate {

void check(const aggregate_options& options, const issue_sink& sink) {
  if (options.min_group_size < 1)
    sink.at("min_group_size")
        .error("aggregate.min_group_size", "the minimum group size is 0; it must be at least 1");
  const double level = options.confidence_level;
  if (!(level > 0 && level < 1))
    sink.at("confidence_level")
        .error("aggregate.confidence_level",
               "the confidence level is " + std::to_string(level) + "; it must lie in (0, 1)");
}

void group_tally::merge(const group_tally& other) {
  scores.merge(other.scores);
  favorable += other.favorable;
  answers += other.answers;
}

void aggregate_tally::merge(const aggregate_tally& other) {
  nesting.merge(other.nesting);
  if (other.groups.size() > groups.size()) groups.resize(other.groups.size());
  for (std::size_t i = 0; i < other.groups.size(); ++i) groups[i].merge(other.groups[i]);
}

void add_rows(aggregate_tally& tally, const scoring::scoring_plan& plan,
              const group_hierarchy& hierarchy, const responses::response_view& chunk,
              std::size_t first) {
  scoring::require_columns(chunk, plan);
  const std::size_t nodes = hierarchy.node_count();
  tally.groups.resize(plan.subscales.size() * nodes);
  detail::chunk_groups local(nodes, plan.subscales.size());
  local.prepare_nodes(0, nodes);
  // Rows in blocks, so the per-row buffers stay small whatever the chunk size.
  constexpr std::size_t block_rows = 1 << 14;
  detail::block_scratch scratch;
  for (std::size_t offset = 0; offset < chunk.rows || offset == 0; offset += block_rows) {
    const std::size_t rows = std::min(block_rows, chunk.rows - offset);
    local.add_block(plan, hierarchy, tally.nesting, chunk.slice(offset, rows), first + offset,
                    scratch);
    if (chunk.rows == 0) break;
  }
  local.merge_into(tally.groups);
}

aggregation_result make_aggregation(const scoring::scoring_plan& plan,
                                    const group_hierarchy& hierarchy, const aggregate_tally& tally,
                                    const aggregate_options& options) {
  require_valid(options);
  const std::size_t nodes = hierarchy.node_count();
  if (tally.nesting.rows.size() != nodes || tally.groups.size() != plan.subscales.size() * nodes)
    throw error("the tally does not belong to this plan and hierarchy");
  return make_group_table(
             plan, hierarchy, tally.nesting,
             [&](std::size_t k, std::size_t v) { return tally.groups[k * nodes + v]; }, options)
      .to_aggregation();
}

aggregation_result aggregate(const responses::response_view& codes,
                             const scoring::scoring_plan& plan,
                             const std::vector<group_level>& levels,
                             const aggregate_options& options, unsigned threads,
                             std::size_t chunk_rows) {
  require_valid(options);
  scoring::require_columns(codes, plan);
  const group_hierarchy hierarchy(levels, codes.rows);
  // A chunk's partial result is the size of all groups and costs work in proportion to
  // them (cleared, filled, merged), so a chunk has at least a few rows per group;
  // accumulate_rows keeps only one partial result per thread at a time.
  constexpr std::size_t min_rows_per_group = 4;
  if (threads == 0) threads = std::max(1u, std::thread::hardware_concurrency());
  if (chunk_rows == 0) chunk_rows = (codes.rows + threads - 1) / threads;
  chunk_rows = std::max({chunk_rows, std::size_t{1}, min_rows_per_group * hierarchy.node_count()});
  const auto tally = stats::accumulate_rows(
      codes.rows, [] { return aggregate_tally{}; },
      [&](aggregate_tally& t, std::size_t first, std::size_t count) {
        add_rows(t, plan, hierarchy, codes.slice(first, count), first);
      },
      threads, chunk_rows);
  return make_aggregation(plan, hierarchy, tally, options);
}

std::optional<group_statistics> aggregation_result::find(const std::string& subscale,
                                                         const std::string& level_name,
                                                         const std::string& group) const {
  for (const auto& g : groups)
    if (g.subscale == subscale && g.level == level_name && g.group == group) return g;
  return std::nullopt;
}

std::vector<group_statistics> aggregation_result::level(const std::string& subscale,
                                                        const std::string& level_name) const {
  std::vector<group_statistics> out;
  for (const auto& g : groups)
    if (g.subscale == subscale && g.level == level_name) out.push_back(g);
  return out;
}

namespace {

std::string number(double value, const char* format) {
  if (std::isnan(value)) return "-";
  char text[32];
  std::snprintf(text, sizeof text, format, value);
  return text;
}

}  // namespace

std::string aggregation_result::to_string() const {
  std::string out = "groups of " + std::to_string(subscales.size()) +
                    " subscale(s), minimum group size " + std::to_string(options.min_group_size) +
                    ": " + std::to_string(suppressed_below_minimum) + " below minimum, " +
                    std::to_string(suppressed_complementary) + " suppressed to protect them\n";
  char line[320];
  std::snprintf(line, sizeof line, "%-16s %-10s %-20s %6s %7s %6s %17s %6s\n", "subscale",
                "level", "group", "n", "mean", "sd", "ci", "%fav");
  out += line;
  for (const auto& g : groups) {
    if (g.suppression != suppression_reason::none) {
      std::snprintf(line, sizeof line, "%-16s %-10s %-20s suppressed (%s)\n", g.subscale.c_str(),
                    g.level.c_str(), g.group.c_str(),
                    g.suppression == suppression_reason::below_minimum ? "below minimum"
                                                                       : "complementary");
    } else {
      const std::string ci =
          "[" + number(g.ci_lower, "%.3f") + ", " + number(g.ci_upper, "%.3f") + "]";
      std::snprintf(line, sizeof line, "%-16s %-10s %-20s %6zu %7s %6s %17s %6s\n",
                    g.subscale.c_str(), g.level.c_str(), g.group.c_str(), g.n.value_or(0),
                    number(g.mean, "%.3f").c_str(), number(g.standard_deviation, "%.3f").c_str(),
                    ci.c_str(), number(g.percent_favorable, "%.1f").c_str());
    }
    out += line;
  }
  return out;
}

}  // namespace aggregate
LS_END_NAMESPACE
