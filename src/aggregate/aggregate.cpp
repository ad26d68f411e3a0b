#include <ls/aggregate/aggregate.hpp>

#include <ls/aggregate/mean_interval.hpp>
#include <ls/core/error.hpp>
#include <ls/core/validate.hpp>
#include <ls/scoring/subscale_scores.hpp>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <limits>

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

/// Per-node sums of one chunk for one subscale: the first pass gives counts and sums (then
/// means), the second the squared deviations from each node's chunk mean (two passes:
/// stable, and no division per row).
struct chunk_groups {
  std::vector<std::size_t> count, favorable, answers;
  std::vector<double> sum, squares, low, high;

  explicit chunk_groups(std::size_t nodes)
      : count(nodes), favorable(nodes), answers(nodes), sum(nodes), squares(nodes),
        low(nodes), high(nodes) {}

  void reset() {
    std::fill(count.begin(), count.end(), 0);
    std::fill(favorable.begin(), favorable.end(), 0);
    std::fill(answers.begin(), answers.end(), 0);
    std::fill(sum.begin(), sum.end(), 0.0);
    std::fill(squares.begin(), squares.end(), 0.0);
  }

  void first_pass(std::span<const double> scores, const std::int32_t* node,
                  const scoring::subscale_row_sums& sums) {
    for (std::size_t r = 0; r < scores.size(); ++r) {
      const double x = scores[r];
      const auto v = node[r];
      if (v < 0 || std::isnan(x)) continue;
      const auto g = static_cast<std::size_t>(v);
      if (count[g] == 0) low[g] = high[g] = x;
      low[g] = std::min(low[g], x);
      high[g] = std::max(high[g], x);
      ++count[g];
      sum[g] += x;
      favorable[g] += sums.favorable[r];
      answers[g] += sums.answered[r];
    }
  }

  /// Between the passes: sum becomes the mean of each node with values.
  void to_means() {
    for (std::size_t g = 0; g < count.size(); ++g)
      if (count[g] > 0) sum[g] /= static_cast<double>(count[g]);
  }

  void second_pass(std::span<const double> scores, const std::int32_t* node) {
    for (std::size_t r = 0; r < scores.size(); ++r) {
      const double x = scores[r];
      const auto v = node[r];
      if (v < 0 || std::isnan(x)) continue;
      const auto g = static_cast<std::size_t>(v);
      const double d = x - sum[g];
      squares[g] += d * d;
    }
  }

  void merge_into(group_tally* groups) const {
    for (std::size_t g = 0; g < count.size(); ++g) {
      if (count[g] == 0) continue;
      stats::moments m;
      m.count = count[g];
      m.mean = sum[g];
      m.squared_deviations = squares[g];
      m.minimum = low[g];
      m.maximum = high[g];
      group_tally part{m, favorable[g], answers[g]};
      groups[g].merge(part);
    }
  }
};

}  // namespace

void add_rows(aggregate_tally& tally, const scoring::scoring_plan& plan,
              const group_hierarchy& hierarchy, const responses::response_view& chunk,
              std::size_t first) {
  scoring::require_columns(chunk, plan);
  const std::size_t rows = chunk.rows, nodes = hierarchy.node_count();
  const std::size_t depth = hierarchy.levels().size() + 1;
  std::vector<std::int32_t> node_of(depth * rows);
  tally.nesting.add_rows(hierarchy, first, rows, node_of);
  tally.groups.resize(plan.subscales.size() * nodes);

  scoring::subscale_row_sums sums;
  std::vector<double> scores(rows);
  chunk_groups local(nodes);
  for (std::size_t k = 0; k < plan.subscales.size(); ++k) {
    const auto& s = plan.subscales[k];
    sums.compute(plan, s, chunk, true);
    sums.scores(s.min_answered, scores);
    local.reset();
    // Node ids are global across levels, so one set of per-node sums serves every level.
    for (std::size_t l = 0; l < depth; ++l) local.first_pass(scores, node_of.data() + l * rows, sums);
    local.to_means();
    for (std::size_t l = 0; l < depth; ++l) local.second_pass(scores, node_of.data() + l * rows);
    local.merge_into(tally.groups.data() + k * nodes);
  }
}

namespace {

bool has_favorable_option(const scoring::scoring_plan& plan, const scoring::scored_subscale& s) {
  for (auto j : s.columns)
    for (bool f : plan.codings[j].favorable)
      if (f) return true;
  return false;
}

group_statistics published(const group_tally& t, const aggregate_options& options,
                           bool favorable_defined) {
  group_statistics out;
  const auto summary = t.scores.result();
  out.n = summary.count;
  out.mean = summary.mean;
  out.standard_deviation = summary.standard_deviation;
  if (summary.count == 1)
    out.notes.push_back("n = 1: the standard deviation needs at least two respondents");
  const auto ci = t_confidence_interval(summary, options.confidence_level);
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
                   ? published(groups[v], options, favorable_defined)
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
