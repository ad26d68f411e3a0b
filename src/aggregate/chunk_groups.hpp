#pragma once
// Private to libls: the per-node sums of an aggregation pass over a range of rows, shared
// by aggregate() and the one-pass survey analysis (analysis/survey_analysis.hpp).

#include <ls/aggregate/aggregate.hpp>
#include <ls/scoring/subscale_scores.hpp>

#include "zeroed_block.hpp"

#include <algorithm>
#include <array>
#include <cmath>
#include <cstring>
#include <cstdint>
#include <span>
#include <utility>
#include <vector>

LS_BEGIN_NAMESPACE
namespace aggregate::detail {

/// Per-row buffers of one block, kept between blocks.
struct block_scratch {
  /// The node of every row at every level: nodes[(level + 1) * rows + r].
  std::vector<std::int32_t> node_of;
  /// Each subscale's row sums, then (in place) scores.
  std::vector<scoring::subscale_row_sums> scores;
};

/// The sums of one node on one subscale over some rows (a cache line): the count,
/// favorable and scored answers, and the sum and sum of squares of the deviations from a
/// shift, the first score the node met. One pass, no division per row. Shifting by one of the values bounds
/// the relative error of the squared deviations (sum of squares minus squared sum over n)
/// by about (n + 1) machine epsilons, since (shift - mean)^2 <= the sum of squared
/// deviations (Chan, Golub & LeVeque 1983 on shifted data); a chunk is at most
/// chunk_rows values.
struct alignas(64) node_sums {
  std::size_t count = 0, favorable = 0, answers = 0;
  double shift = 0, deviations = 0, squares = 0, low = 0, high = 0;
};

/// The sums of every node and subscale over some rows, subscale by subscale (entry
/// k * nodes + v), so that one subscale's memory can be given back when it is done. The storage starts as untouched
/// zero pages (zeroed_block), and only the nodes made ready (prepare_nodes) take memory:
/// a thread that reads the rows of half the schools (sorted data cut between threads)
/// only ever holds the sums of those. Rows may only reach ready nodes.
struct chunk_groups {
  std::size_t subscales;
  std::size_t nodes;
  zeroed_block<node_sums> sums;
  /// The ranges of nodes made ready by prepare_nodes (a few: one per level).
  std::vector<std::pair<std::size_t, std::size_t>> ready;
  /// Per subscale: whether release_subscale gave its sums back (bytes, not bits: threads
  /// set different entries at once).
  std::vector<std::uint8_t> released;

  chunk_groups(std::size_t node_count, std::size_t subscale_count)
      : subscales(subscale_count),
        nodes(node_count),
        sums(node_count * subscale_count),
        released(subscale_count, 0) {}

  /// Add a block of rows: their group at every level (recorded in `nesting`), each
  /// subscale's scores, then every level in one pass over the rows (node ids are global
  /// across levels, so one set of sums serves them all). `first` is the row number of the
  /// block's first row.
  void add_block(const scoring::scoring_plan& plan, const group_hierarchy& hierarchy,
                 group_nesting& nesting, const responses::response_view& block,
                 std::size_t first, block_scratch& scratch) {
    const std::size_t rows = block.rows, depth = hierarchy.levels().size() + 1;
    scratch.node_of.resize(depth * rows);
    nesting.add_rows(hierarchy, first, rows, scratch.node_of);
    scratch.scores.resize(plan.subscales.size());
    for (std::size_t k = 0; k < plan.subscales.size(); ++k) {
      const auto& s = plan.subscales[k];
      auto& row_sums = scratch.scores[k];
      row_sums.compute(plan, s, block, true);
      row_sums.scores(s.min_answered, std::span<double>(row_sums.sum.data(), rows));
    }
    add_levels(scratch.node_of.data(), depth, rows, scratch.scores);
  }

  /// Add every row to its node at every level: node_of[l * rows + r] is row r's node at
  /// level l (-1: none), its scores are scores[k][r]. Rows come in runs that share their
  /// node at every level (data sorted by the lowest level: a run is a school; the level
  /// of all respondents is one node): each run is summed once per subscale, in registers,
  /// and the sum added to the run's node at each level.
  void add_levels(const std::int32_t* node_of, std::size_t depth, std::size_t rows,
                  const std::vector<scoring::subscale_row_sums>& scores) {
    for (std::size_t first = 0; first < rows;) {
      std::size_t last = first + 1;
      while (last < rows && same_nodes(node_of, depth, rows, first, last)) ++last;
      for (std::size_t k = 0; k < subscales; ++k) {
        const auto run = run_sums(scores[k], first, last);
        if (run.count == 0) continue;
        for (std::size_t l = 0; l < depth; ++l)
          if (const auto v = node_of[l * rows + first]; v >= 0)
            fold(sums[k * nodes + static_cast<std::size_t>(v)], run);
      }
      first = last;
    }
  }

  static bool same_nodes(const std::int32_t* node_of, std::size_t depth, std::size_t rows,
                         std::size_t a, std::size_t b) noexcept {
    for (std::size_t l = 0; l < depth; ++l)
      if (node_of[l * rows + a] != node_of[l * rows + b]) return false;
    return true;
  }

  /// The sums of rows [first, last) of one subscale, shifted by the run's first score.
  /// Rows without a score (NaN) add nothing, without a branch. Four rows at a time into
  /// four sets of sums, so that a row's additions do not wait for the previous row's (a
  /// run is a few dozen rows: the time goes in those waits).
  static node_sums run_sums(const scoring::subscale_row_sums& scores, std::size_t first,
                            std::size_t last) noexcept {
    const double* x = scores.sum.data();
    std::size_t r = first;
    while (r < last && std::isnan(x[r])) ++r;
    node_sums out;
    if (r == last) return out;
    const double shift = x[r];
    const std::uint32_t* favorable = scores.favorable.data();
    const std::uint32_t* answered = scores.answered.data();
    constexpr std::size_t lanes = 4;
    std::array<double, lanes> deviations{}, squares{}, low, high;
    std::array<std::size_t, lanes> count{}, fav{}, answers{};
    low.fill(shift);
    high.fill(shift);
    auto add = [&](std::size_t lane, std::size_t row) {
      const bool scored = !std::isnan(x[row]);
      const double value = scored ? x[row] : shift;
      const double d = value - shift;
      count[lane] += scored;
      deviations[lane] += d;
      squares[lane] += d * d;
      low[lane] = std::min(low[lane], value);
      high[lane] = std::max(high[lane], value);
      fav[lane] += scored ? favorable[row] : 0;
      answers[lane] += scored ? answered[row] : 0;
    };
    for (; r + lanes <= last; r += lanes)
      for (std::size_t lane = 0; lane < lanes; ++lane) add(lane, r + lane);
    for (std::size_t lane = 0; r < last; ++r, ++lane) add(lane, r);
    out.shift = shift;
    out.low = out.high = shift;
    for (std::size_t lane = 0; lane < lanes; ++lane) {
      out.count += count[lane];
      out.favorable += fav[lane];
      out.answers += answers[lane];
      out.deviations += deviations[lane];
      out.squares += squares[lane];
      out.low = std::min(out.low, low[lane]);
      out.high = std::max(out.high, high[lane]);
    }
    return out;
  }

  /// Adds a run's sums to a node's: the node keeps its shift (its first score), and the
  /// run's deviations are moved to it, d = run shift - node shift, both scores of the data:
  /// sum (x - s)^2 = sum (x - t)^2 + 2 d sum (x - t) + n d^2.
  static void fold(node_sums& e, const node_sums& run) noexcept {
    if (e.count == 0) {
      e = run;
      return;
    }
    const double d = run.shift - e.shift, n = static_cast<double>(run.count);
    e.squares += run.squares + 2 * d * run.deviations + n * d * d;
    e.deviations += run.deviations + n * d;
    e.count += run.count;
    e.favorable += run.favorable;
    e.answers += run.answers;
    e.low = std::min(e.low, run.low);
    e.high = std::max(e.high, run.high);
  }

  /// Makes nodes [first, last) ready for rows, writing zeros over their sums. Only the
  /// sums of ready nodes are read back (tally(), merge_into()): a page never written is
  /// never touched. Written before use, because a fresh page that is read first is
  /// mapped to the shared zero page, and the write after it then costs a copy and a flush
  /// of every core's address cache.
  void prepare_nodes(std::size_t first, std::size_t last) {
    if (last <= first) return;
    for (std::size_t k = 0; k < subscales; ++k)
      std::memset(static_cast<void*>(sums.data() + k * nodes + first), 0,
                  (last - first) * sizeof(node_sums));
    ready.emplace_back(first, last);
  }

  /// Gives the memory of subscale k's sums back; its tallies are empty from then on. Safe
  /// to call for different subscales at once.
  void release_subscale(std::size_t k) {
    sums.release(k * nodes, (k + 1) * nodes);
    released[k] = 1;
  }

  bool is_ready(std::size_t v) const noexcept {
    for (const auto& [first, last] : ready)
      if (v >= first && v < last) return true;
    return false;
  }

  /// The tally of subscale k at node v.
  group_tally tally(std::size_t k, std::size_t v) const {
    if (!is_ready(v) || released[k]) return {};
    const auto& e = sums[k * nodes + v];
    if (e.count == 0) return {};
    const double n = static_cast<double>(e.count);
    stats::moments m;
    m.count = e.count;
    m.mean = e.shift + e.deviations / n;
    m.squared_deviations = std::max(0.0, e.squares - e.deviations * e.deviations / n);
    m.minimum = e.low;
    m.maximum = e.high;
    return group_tally{m, e.favorable, e.answers};
  }

  /// Merge every node's sums into the tally (groups[k * nodes + v]).
  void merge_into(std::vector<group_tally>& groups) const {
    for (const auto& [first, last] : ready)
      for (std::size_t v = first; v < last; ++v)
        for (std::size_t k = 0; k < subscales; ++k)
          if (sums[k * nodes + v].count != 0) groups[k * nodes + v].merge(tally(k, v));
  }
};

}  // namespace aggregate::detail
LS_END_NAMESPACE
