#pragma once
/// \file
/// Percent favorable: the share of answers that are favorable options (on a five-point
/// agreement scale, usually "agree" and "strongly agree"), the headline number of survey
/// reports.
///
/// Definitions (exact):
/// - per item: 100 * favorable / scored, where favorable counts the answers whose option
///   is favorable (for a reverse-keyed item, the options whose reversed value is
///   favorable, see make_item_coding) and scored counts the answers that are scored:
///   substantive answers, plus non-substantive ones only under
///   non_substantive_policy::score_as_code. Missing answers and codes not on the scale are
///   never in the denominator; "no opinion" is not, by default.
/// - per subscale: pooled over every answer to its items, i.e. the sum of the items'
///   favorable counts over the sum of their scored counts (all answers of all respondents,
///   whether or not the respondent reached the subscale's pro-rating minimum). This is how
///   Panorama-style reports compute a topic's percent favorable; it weights an item by its
///   number of answers and is not the mean of the item percentages.
/// - NaN with a note when there is no scored answer, or when no option of the items'
///   scales is favorable (0 % would be a false statement).

#include <ls/scoring/code_counts.hpp>
#include <ls/scoring/scoring_plan.hpp>

#include <boost/describe.hpp>

#include <cstddef>
#include <string>
#include <vector>

LS_BEGIN_NAMESPACE
namespace scoring {

struct item_favorability {
  std::string item;
  std::size_t favorable = 0;
  /// The denominator: scored answers.
  std::size_t scored = 0;
  /// Non-substantive answers left out of the denominator by the policy.
  std::size_t non_substantive_excluded = 0;
  /// 100 * favorable / scored; NaN when `note` says why.
  double percent_favorable = 0;
  std::string note;
};
BOOST_DESCRIBE_STRUCT(item_favorability, (),
                      (item, favorable, scored, non_substantive_excluded, percent_favorable, note))

struct subscale_favorability {
  std::string subscale;
  /// Sums over the subscale's items.
  std::size_t favorable = 0;
  std::size_t scored = 0;
  std::size_t non_substantive_excluded = 0;
  /// 100 * favorable / scored; NaN when `note` says why.
  double percent_favorable = 0;
  std::string note;
};
BOOST_DESCRIBE_STRUCT(subscale_favorability, (),
                      (subscale, favorable, scored, non_substantive_excluded, percent_favorable,
                       note))

struct favorability_report {
  std::vector<item_favorability> items;
  std::vector<subscale_favorability> subscales;
};
BOOST_DESCRIBE_STRUCT(favorability_report, (), (items, subscales))

/// Percent favorable of every column and every subscale of the plan, from code counts
/// (one code_counts per column).
favorability_report percent_favorable(const scoring_plan& plan, const code_tally& counts);

/// Count the codes of `codes` (whose columns are the plan's), then as above.
favorability_report percent_favorable(const responses::response_view& codes,
                                      const scoring_plan& plan, unsigned threads = 0,
                                      std::size_t chunk_rows = stats::default_chunk_rows);

/// Favorable, scored and excluded non-substantive answers of one column (the pieces of
/// both definitions).
struct favorable_counts {
  std::size_t favorable = 0;
  std::size_t scored = 0;
  std::size_t non_substantive_excluded = 0;
  bool has_favorable_option = false;
};
favorable_counts count_favorable(const responses::item_coding& coding, const code_counts& counts);

}  // namespace scoring
LS_END_NAMESPACE
