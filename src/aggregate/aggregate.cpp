#include <ls/aggregate/aggregate.hpp>

#include <ls/aggregate/mean_interval.hpp>
#include <ls/core/error.hpp>
#include <ls/core/validate.hpp>
#include <ls/scoring/subscale_scores.hpp>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <limits>
#include <thread>

LS_BEGIN_NAMESPACE
namespace aggregate {

namespace {
constexpr double nan = std::numeric_limits<double>::quiet_NaN();
}

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

namespace {

/// Per-node sums of one chunk: for each node and subscale (node-major, so the subscales of
/// a row's group are neighbours in memory) the count, favorable and scored answers, and
/// the sum and sum of squares of the deviations from a shift, the first score the node
/// met in the chunk. One pass, no division per row. Shifting by one of the values bounds
/// the relative error of the squared deviations (sum of squares minus squared sum over n)
/// by about (n + 1) machine epsilons, since (shift - mean)^2 <= the sum of squared
/// deviations (Chan, Golub & LeVeque 1983 on shifted data); a chunk is at most
/// chunk_rows values.
struct alignas(64) node_sums {
  std::size_t count = 0, favorable = 0, answers = 0;
  double shift = 0, deviations = 0, squares = 0, low = 0, high = 0;
};

struct chunk_groups {
  std::size_t subscales;
  std::vector<node_sums> sums;

  chunk_groups(std::size_t nodes, std::size_t subscale_count)
      : subscales(subscale_count), sums(nodes * subscale_count) {}

  /// Add every row with a group at one level: rows' scores are scores[k][r]. Rows come in
  /// runs of one node (always at the level of all respondents, and at every level of data
  /// sorted by group): a run is summed in registers and added once, so consecutive rows do
  /// not wait on each other's update of the same sums.
  void add_level(const std::int32_t* node, std::size_t rows,
                 const std::vector<scoring::subscale_row_sums>& scores) {
    for (std::size_t first = 0; first < rows;) {
      const auto v = node[first];
      std::size_t last = first + 1;
      while (last < rows && node[last] == v) ++last;
      if (v >= 0) add_run(static_cast<std::size_t>(v), first, last, scores);
      first = last;
    }
  }

  void add_run(std::size_t v, std::size_t first, std::size_t last,
               const std::vector<scoring::subscale_row_sums>& scores) {
    node_sums* g = sums.data() + v * subscales;
    for (std::size_t k = 0; k < subscales; ++k) {
      const double* x = scores[k].sum.data();
      const std::uint32_t* favorable = scores[k].favorable.data();
      const std::uint32_t* answered = scores[k].answered.data();
      auto& e = g[k];
      std::size_t r = first;
      if (e.count == 0) {  // the node's first score becomes its shift
        while (r < last && std::isnan(x[r])) ++r;
        if (r == last) continue;
        e.shift = e.low = e.high = x[r];
      }
      const double shift = e.shift;
      std::size_t count = 0, fav = 0, answers = 0;
      double deviations = 0, squares = 0, low = e.low, high = e.high;
      for (; r < last; ++r) {
        if (std::isnan(x[r])) continue;
        const double d = x[r] - shift;
        ++count;
        deviations += d;
        squares += d * d;
        low = std::min(low, x[r]);
        high = std::max(high, x[r]);
        fav += favorable[r];
        answers += answered[r];
      }
      e.count += count;
      e.deviations += deviations;
      e.squares += squares;
      e.low = low;
      e.high = high;
      e.favorable += fav;
      e.answers += answers;
    }
  }

  /// Merge every node's sums into the tally (groups[k * nodes + v]).
  void merge_into(std::vector<group_tally>& groups) const {
    const std::size_t nodes = sums.size() / std::max<std::size_t>(subscales, 1);
    for (std::size_t v = 0; v < nodes; ++v)
      for (std::size_t k = 0; k < subscales; ++k) {
        const auto& e = sums[v * subscales + k];
        if (e.count == 0) continue;
        const double n = static_cast<double>(e.count);
        stats::moments m;
        m.count = e.count;
        m.mean = e.shift + e.deviations / n;
        m.squared_deviations = std::max(0.0, e.squares - e.deviations * e.deviations / n);
        m.minimum = e.low;
        m.maximum = e.high;
        groups[k * nodes + v].merge(group_tally{m, e.favorable, e.answers});
      }
  }
};

}  // namespace

void add_rows(aggregate_tally& tally, const scoring::scoring_plan& plan,
              const group_hierarchy& hierarchy, const responses::response_view& chunk,
              std::size_t first) {
  scoring::require_columns(chunk, plan);
  const std::size_t nodes = hierarchy.node_count(), depth = hierarchy.levels().size() + 1;
  tally.groups.resize(plan.subscales.size() * nodes);
  chunk_groups local(nodes, plan.subscales.size());
  // Rows in blocks, so the per-row buffers stay small whatever the chunk size. For each
  // block: every row's group at every level, each subscale's scores (in place of the row
  // sums), then every level in one pass over the rows (node ids are global across levels,
  // so one set of sums serves them all).
  constexpr std::size_t block_rows = 1 << 14;
  std::vector<std::int32_t> node_of;
  std::vector<scoring::subscale_row_sums> scores(plan.subscales.size());
  for (std::size_t offset = 0; offset < chunk.rows || offset == 0; offset += block_rows) {
    const std::size_t rows = std::min(block_rows, chunk.rows - offset);
    const auto block = chunk.slice(offset, rows);
    node_of.resize(depth * rows);
    tally.nesting.add_rows(hierarchy, first + offset, rows, node_of);
    for (std::size_t k = 0; k < plan.subscales.size(); ++k) {
      const auto& s = plan.subscales[k];
      scores[k].compute(plan, s, block, true);
      scores[k].scores(s.min_answered, std::span<double>(scores[k].sum.data(), rows));
    }
    for (std::size_t l = 0; l < depth; ++l) local.add_level(node_of.data() + l * rows, rows, scores);
    if (chunk.rows == 0) break;
  }
  local.merge_into(tally.groups);
}

namespace {

bool has_favorable_option(const scoring::scoring_plan& plan, const scoring::scored_subscale& s) {
  for (auto j : s.columns)
    for (bool f : plan.codings[j].favorable)
      if (f) return true;
  return false;
}

group_statistics published(const group_tally& t, t_quantile_cache& quantiles,
                           bool favorable_defined) {
  group_statistics out;
  const auto summary = t.scores.result();
  out.n = summary.count;
  out.mean = summary.mean;
  out.standard_deviation = summary.standard_deviation;
  if (summary.count == 1)
    out.notes.push_back("n = 1: the standard deviation needs at least two respondents");
  const auto ci = quantiles.interval(summary);
  out.ci_lower = ci.lower;
  out.ci_upper = ci.upper;
  if (!ci.note.empty()) out.notes.push_back("confidence interval: " + ci.note);
  out.percent_favorable = nan;
  if (!favorable_defined)
    out.notes.push_back("percent favorable: no option of the items' scales is favorable");
  else if (t.answers == 0)
    out.notes.push_back("percent favorable: no scored answers");
  else
    out.percent_favorable =
        100.0 * static_cast<double>(t.favorable) / static_cast<double>(t.answers);
  return out;
}

group_statistics hidden(suppression_reason why) {
  group_statistics out;
  out.suppression = why;
  out.mean = out.standard_deviation = out.ci_lower = out.ci_upper = out.percent_favorable = nan;
  return out;
}

}  // namespace

aggregation_result make_aggregation(const scoring::scoring_plan& plan,
                                    const group_hierarchy& hierarchy, const aggregate_tally& tally,
                                    const aggregate_options& options) {
  require_valid(options);
  const std::size_t nodes = hierarchy.node_count();
  if (tally.nesting.rows.size() != nodes || tally.groups.size() != plan.subscales.size() * nodes)
    throw error("the tally does not belong to this plan and hierarchy");
  tally.nesting.require_nested(hierarchy);

  // The tree of the groups that have rows (node 0 always), in node order.
  std::vector<std::size_t> seen;
  std::vector<std::int64_t> compact(nodes, -1), parents;
  for (std::size_t v = 0; v < nodes; ++v) {
    if (v != 0 && tally.nesting.rows[v] == 0) continue;
    compact[v] = static_cast<std::int64_t>(seen.size());
    parents.push_back(v == 0 ? -1 : compact[static_cast<std::size_t>(tally.nesting.parents[v])]);
    seen.push_back(v);
  }

  aggregation_result out;
  out.options = options;
  out.groups.reserve(seen.size() * plan.subscales.size());
  t_quantile_cache quantiles(options.confidence_level);
  out.levels.push_back(all_level_name);
  for (const auto& l : hierarchy.levels()) out.levels.push_back(l.name);
  for (std::size_t k = 0; k < plan.subscales.size(); ++k) {
    const auto& s = plan.subscales[k];
    out.subscales.push_back(s.id);
    const group_tally* groups = tally.groups.data() + k * nodes;
    std::vector<std::size_t> n;
    for (auto v : seen) n.push_back(groups[v].scores.count);
    const auto status = suppress(parents, n, options.min_group_size);
    const bool favorable_defined = has_favorable_option(plan, s);
    for (std::size_t c = 0; c < seen.size(); ++c) {
      const auto v = seen[c];
      auto g = status[c] == suppression_reason::none
                   ? published(groups[v], quantiles, favorable_defined)
                   : hidden(status[c]);
      out.suppressed_below_minimum += status[c] == suppression_reason::below_minimum;
      out.suppressed_complementary += status[c] == suppression_reason::complementary;
      g.subscale = s.id;
      g.level = hierarchy.level_name(v);
      g.group = hierarchy.label(v);
      if (v != 0) {
        const auto p = static_cast<std::size_t>(tally.nesting.parents[v]);
        g.parent_level = hierarchy.level_name(p);
        g.parent_group = hierarchy.label(p);
      }
      out.groups.push_back(std::move(g));
    }
  }
  return out;
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
