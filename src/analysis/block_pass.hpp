#pragma once
// Private to src/analysis: one thread's share of the one-pass analysis. It reads its rows
// block by block; each block is scored and summed per group (aggregate's chunk_groups),
// added to the covariances of every subscale's items (alpha), and, when the agreement
// groups' rows are together, its agreement groups are counted and finished on the spot.

#include <ls/aggregate/group_table.hpp>
#include <ls/analysis/survey_analysis.hpp>
#include <ls/stats/listwise_covariance.hpp>
#include <ls/stats/pairwise_covariance.hpp>
#include <ls/stats/within_group_agreement.hpp>

#include "../aggregate/chunk_groups.hpp"
#include "../stats/agreement_kernel.hpp"
#include "../stats/covariance_blocks.hpp"

#include <array>
#include <cstddef>
#include <cstdint>
#include <memory>
#include <span>
#include <vector>

LS_BEGIN_NAMESPACE
namespace analysis::detail {

/// What every thread shares: the inputs, and where finished agreement goes.
struct pass_context {
  responses::response_view codes;
  const scoring::scoring_plan* plan = nullptr;
  const aggregate::group_hierarchy* hierarchy = nullptr;
  bool reliability = true;
  /// The agreement level's codes; empty for no agreement in this pass.
  std::span<const std::int32_t> agreement_codes;
  /// Per subscale: an empty accumulator for its items over all the plan's columns.
  std::vector<stats::agreement_accumulator> agreement_templates;
  /// Groups of the agreement level; results at [k * agreement_groups + g].
  std::size_t agreement_groups = 0;
  std::vector<double>* rwg = nullptr;
  std::vector<stats::agreement_status>* rwg_status = nullptr;
};

class block_pass {
 public:
  explicit block_pass(const pass_context& context);

  /// Add rows [first, last), in blocks cut at the starts of agreement runs.
  void add_rows(std::size_t first, std::size_t last);
  /// Moves the exact covariance sums into `listwise` and `pairwise`; call once, after
  /// the last add_rows.
  void finish_reliability();

  aggregate::detail::chunk_groups sums;
  aggregate::group_nesting nesting;
  std::vector<stats::listwise_covariance> listwise;
  std::vector<stats::pairwise_covariance> pairwise;

 private:
  /// Writes the sums of the nodes rows [first, last) can reach before the pass.
  void prepare_sums(std::size_t first, std::size_t last);
  void add_block(std::size_t first, std::size_t rows);
  void add_reliability(std::size_t first, std::size_t rows);
  void add_agreement(std::size_t first, std::size_t rows);
  /// Counts subscale k's answers of the block's complete rows per run into agreement_[k].
  void count_block(std::size_t k);

  /// One subscale's covariances under both policies as exact integer sums (when its
  /// codings allow: whole values), from one translation of each block of its columns.
  struct exact_covariances {
    exact_covariances(stats::detail::byte_coding byte_coding, std::size_t items)
        : coding(std::move(byte_coding)), block(items), listwise(items), pairwise(items) {}
    stats::detail::byte_coding coding;
    stats::detail::column_block block;
    stats::detail::listwise_sums listwise;
    stats::detail::pairwise_sums pairwise;
    std::size_t rows = 0;
  };

  const pass_context& context_;
  aggregate::detail::block_scratch scratch_;
  /// Per subscale: its columns as a view (codes re-pointed at each block) and, when they
  /// are not evenly spaced in the data, the block's copy of them.
  std::vector<responses::scored_view> subscale_views_;
  std::vector<std::vector<std::int8_t>> gathered_;
  /// Per subscale: its exact sums, or null when its values need the floating-point path
  /// (then `listwise` and `pairwise` take each block directly).
  std::vector<std::unique_ptr<exact_covariances>> exact_covariances_;
  /// All the plan's columns (agreement reads the subscale's items among them).
  responses::scored_view all_columns_;
  std::vector<stats::agreement_accumulator> agreement_;
  /// Per subscale: its slot tables, and whether its values are whole numbers (rwg from
  /// exact sums).
  std::vector<std::vector<std::array<std::uint8_t, 256>>> slot_tables_;
  std::vector<bool> whole_values_;
  /// Per row of a block: its run's position in the block (-1: no group); per run: group.
  std::vector<std::int32_t> local_group_;
  std::vector<std::int32_t> run_group_;
  stats::detail::code_range local_range_;
};

}  // namespace analysis::detail
LS_END_NAMESPACE
