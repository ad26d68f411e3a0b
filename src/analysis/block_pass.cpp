#include "block_pass.hpp"

#include "row_cuts.hpp"
#include "../stats/agreement_kernel.hpp"

#include <algorithm>
#include <limits>

LS_BEGIN_NAMESPACE
namespace analysis::detail {

namespace {

/// Rows per block: the block's codes (60 items: 480 KB) stay in the second-level cache
/// (1 MB per core here) while every statistic reads them. (4,096 and 16,384 measured
/// the same.)
constexpr std::size_t block_rows = 8192;

/// The step between a subscale's columns when they are evenly spaced and ascending
/// (adjacent: 1), else 0.
std::size_t column_step(const std::vector<std::size_t>& columns) {
  if (columns.size() < 2) return 1;
  if (columns[1] <= columns[0]) return 0;
  const std::size_t step = columns[1] - columns[0];
  for (std::size_t i = 2; i < columns.size(); ++i)
    if (columns[i] != columns[i - 1] + step) return 0;
  return step;
}

}  // namespace

block_pass::block_pass(const pass_context& context)
    : sums(context.hierarchy->node_count(), context.plan->subscales.size()),
      context_(context) {
  nesting.add_rows(*context.hierarchy, 0, 0, {});  // sized for every node, even with no rows
  const auto& plan = *context.plan;
  const std::size_t subscales = plan.subscales.size();
  if (context.reliability) {
    listwise.resize(subscales);
    pairwise.resize(subscales);
    gathered_.resize(subscales);
    for (const auto& s : plan.subscales) {
      responses::scored_view view;
      for (auto j : s.columns) view.codings.push_back(plan.codings[j]);
      auto coding = stats::detail::make_byte_coding(view.codings);
      if (coding.exact)
        exact_covariances_.push_back(std::make_unique<exact_covariances>(std::move(coding), s.columns.size()));
      else
        exact_covariances_.push_back(nullptr);
      subscale_views_.push_back(std::move(view));
    }
  }
  if (!context.agreement_codes.empty()) {
    all_columns_.codings = plan.codings;
    all_columns_.codes = context.codes;
    agreement_ = context.agreement_templates;
    // Made once here; add() would remake the slot tables at every block.
    for (const auto& acc : agreement_) {
      slot_tables_.push_back(stats::detail::slot_tables(acc, all_columns_));
      whole_values_.push_back(stats::detail::whole_slot_values(acc));
    }
  }
}

void block_pass::add_rows(std::size_t first, std::size_t last) {
  prepare_sums(first, last);
  while (first < last) {
    std::size_t end = std::min(last, first + block_rows);
    end = std::min(last, run_start_from(context_.agreement_codes, end));
    add_block(first, end - first);
    first = end;
  }
}

void block_pass::prepare_sums(std::size_t first, std::size_t last) {
  // The nodes these rows can reach, level by level: node 0, and from the smallest to the
  // largest group index met (for rows sorted by group, about this thread's share).
  const auto& hierarchy = *context_.hierarchy;
  sums.prepare_nodes(0, 1);
  for (std::size_t l = 0; l < hierarchy.levels().size(); ++l) {
    const auto codes = hierarchy.levels()[l].codes.subspan(first, last - first);
    std::int32_t low = std::numeric_limits<std::int32_t>::max(), high = -1;
    for (auto c : codes)
      if (c >= 0) {
        low = std::min(low, c);
        high = std::max(high, c);
      }
    const auto groups = static_cast<std::int32_t>(hierarchy.levels()[l].labels.size());
    if (high < 0 || low >= groups) continue;  // out-of-range codes are reported later
    high = std::min(high, groups - 1);
    const std::size_t offset = hierarchy.offset(l);
    sums.prepare_nodes(offset + static_cast<std::size_t>(low), offset + static_cast<std::size_t>(high) + 1);
  }
}

void block_pass::add_block(std::size_t first, std::size_t rows) {
  const auto block = context_.codes.slice(first, rows);
  sums.add_block(*context_.plan, *context_.hierarchy, nesting, block, first, scratch_);
  if (context_.reliability) add_reliability(first, rows);
  if (!context_.agreement_codes.empty()) add_agreement(first, rows);
}

void block_pass::add_reliability(std::size_t first, std::size_t rows) {
  const auto& plan = *context_.plan;
  const auto& codes = context_.codes;
  for (std::size_t k = 0; k < plan.subscales.size(); ++k) {
    const auto& columns = plan.subscales[k].columns;
    auto& view = subscale_views_[k].codes;
    if (const auto step = column_step(columns); step != 0) {
      view = {codes.data + columns.front() * codes.column_stride + first, rows, columns.size(),
              codes.column_stride * step};
    } else {  // scattered columns: the block's rows of them, copied side by side
      auto& copy = gathered_[k];
      copy.resize(rows * columns.size());
      for (std::size_t i = 0; i < columns.size(); ++i)
        std::copy_n(codes.column(columns[i]).data() + first, rows, copy.data() + i * rows);
      view = {copy.data(), rows, columns.size(), rows};
    }
    if (auto& exact = exact_covariances_[k]) {
      // One translation of each 2048 rows serves both policies: pairwise reads the block,
      // then listwise clears its incomplete rows.
      const auto& kernels = stats::detail::active_int8_kernels();
      for (std::size_t piece = 0; piece < rows; piece += stats::detail::block_rows) {
        const std::size_t count = std::min(stats::detail::block_rows, rows - piece);
        exact->block.fill(view, exact->coding, piece, count, kernels);
        exact->pairwise.add_block(exact->block, count, kernels);
        exact->listwise.add_block(exact->block, count, kernels);
      }
      exact->rows += rows;
    } else {
      listwise[k].add(subscale_views_[k]);
      pairwise[k].add(subscale_views_[k]);
    }
  }
}

void block_pass::finish_reliability() {
  for (std::size_t k = 0; k < exact_covariances_.size(); ++k)
    if (auto& exact = exact_covariances_[k]) {
      listwise[k].merge(exact->listwise.finish(exact->rows, exact->coding));
      pairwise[k].merge(exact->pairwise.finish(exact->rows, exact->coding));
      exact.reset();
    }
}

void block_pass::add_agreement(std::size_t first, std::size_t rows) {
  // Each run of one group in the block gets a local index: the block's accumulators hold
  // only the groups met here, and every one of them is whole (the rows were checked to be
  // together, and blocks end where runs end).
  const std::int32_t* codes = context_.agreement_codes.data() + first;
  local_group_.resize(rows);
  run_group_.clear();
  for (std::size_t r = 0; r < rows; ++r) {
    if (codes[r] < 0) {
      local_group_[r] = -1;
      continue;
    }
    if (r == 0 || codes[r] != codes[r - 1]) run_group_.push_back(codes[r]);
    local_group_[r] = static_cast<std::int32_t>(run_group_.size() - 1);
  }
  // Local indices 0 .. runs - 1 and -1, one run each (the rows of a group are together).
  local_range_ = {-1, static_cast<std::int32_t>(run_group_.size()) - 1,
                  std::max<std::size_t>(run_group_.size(), 1)};
  all_columns_.codes = context_.codes.slice(first, rows);
  const std::size_t groups = context_.agreement_groups;
  for (std::size_t k = 0; k < agreement_.size(); ++k) {
    auto& acc = agreement_[k];
    count_block(k);
    const std::size_t slots = acc.slot_values.size();
    for (std::size_t i = 0; i < acc.complete_rows.size(); ++i) {
      const auto value = stats::detail::rwg_from_counts(
          acc, whole_values_[k], acc.counts.data() + i * slots, acc.complete_rows[i]);
      const auto at = k * groups + static_cast<std::size_t>(run_group_[i]);
      (*context_.rwg)[at] = value.rwg;
      (*context_.rwg_status)[at] = value.status;
    }
  }
}

void block_pass::count_block(std::size_t k) {
  auto& acc = agreement_[k];
  const std::size_t runs = run_group_.size(), slots = acc.slot_values.size();
  acc.counts.assign(runs * slots, 0);
  acc.complete_rows.assign(runs, 0);
  acc.dropped_rows.assign(runs, 0);
  acc.ungrouped_rows = 0;
  stats::detail::add_counts(acc, all_columns_, local_group_, slot_tables_[k], &local_range_);
}

}  // namespace analysis::detail
LS_END_NAMESPACE
