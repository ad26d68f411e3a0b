#pragma once
/// \file
/// The distribution of the answers to each item: how many respondents chose each option of
/// its scale (options nobody chose included, for plots), how many gave no answer, how many
/// gave a non-substantive one, and every stored code that is not an option of the scale,
/// with its count, so bad data is seen, never silently dropped.

#include <ls/responses/answer_code.hpp>
#include <ls/scoring/code_counts.hpp>
#include <ls/scoring/scoring_plan.hpp>

#include <boost/describe.hpp>

#include <cstddef>
#include <string>
#include <vector>

LS_BEGIN_NAMESPACE
namespace scoring {

/// One stored code of an item and how often it occurs.
struct code_count {
  int code = 0;
  /// The option's label; "" for an invalid code or when the plan was built from bare
  /// codings.
  std::string label;
  responses::answer_kind kind = responses::answer_kind::substantive;
  bool favorable = false;
  std::size_t count = 0;
  /// 100 * count / answers, answers being every non-missing answer (invalid and
  /// non-substantive ones included); NaN when the item has no answer.
  double percent_of_answers = 0;
};
BOOST_DESCRIBE_STRUCT(code_count, (), (code, label, kind, favorable, count, percent_of_answers))

struct item_distribution {
  std::string item;
  /// Rows of the data: missing + substantive + non_substantive + invalid.
  std::size_t respondents = 0;
  std::size_t missing = 0;
  std::size_t substantive = 0;
  std::size_t non_substantive = 0;
  /// Answers whose code is not an option of the item's scale.
  std::size_t invalid = 0;
  /// Every option of the scale in code order (count 0 included), then every invalid code
  /// that occurs, in code order.
  std::vector<code_count> codes;
};
BOOST_DESCRIBE_STRUCT(item_distribution, (),
                      (item, respondents, missing, substantive, non_substantive, invalid, codes))

/// The distribution of each column of the plan from counts already taken (one code_counts
/// per column, as count_codes gives).
std::vector<item_distribution> item_distributions(const scoring_plan& plan,
                                                  const code_tally& counts);

/// Count the codes of `codes` (whose columns are the plan's) and give each column's
/// distribution. Throws ls::error when the column counts differ.
std::vector<item_distribution> item_distributions(const responses::response_view& codes,
                                                  const scoring_plan& plan,
                                                  unsigned threads = 0,
                                                  std::size_t chunk_rows =
                                                      stats::default_chunk_rows);

}  // namespace scoring
LS_END_NAMESPACE
