#pragma once
/// \file
/// The whole analysis of a survey in one pass over the answers: what an analyst runs
/// every day, and what a cross-district report is made of.
///
/// For each subscale of the scoring plan, from one reading of the codes:
/// - respondent scores (reverse keys, pro-rating; never stored for the whole data set:
///   each block of rows is scored and summed while it is in the cache);
/// - n, mean, sd, t interval and percent favorable of every group at every level, with
///   small groups suppressed (aggregate/group_table.hpp, as aggregate());
/// - rwg(j) of every group of one level (the agreement level, by default the lowest), as
///   within_group_agreement() on the subscale's items;
/// - Cronbach's alpha under listwise and pairwise deletion, as cronbach_alpha();
/// - ICC(1) and ICC(2) of the scores by every level, as icc() on the scores.
///
/// Each result equals what the separate function gives (tests check it): counts exactly,
/// means and variances to rounding. The separate functions each read all the data again
/// and keep per-group partial results the size of all groups per thread; here the rows
/// are cut between threads at the boundaries of the agreement level's groups, so when
/// each of those groups has its rows together (as survey exports sorted by school have),
/// a group is finished within one block of rows and its agreement computed there and
/// then. When they are not together, rwg(j) needs a second pass with per-group counts
/// (`agreement_in_one_pass` is false); the results are the same.

#include <ls/aggregate/group_table.hpp>
#include <ls/stats/cronbach_alpha.hpp>
#include <ls/stats/icc.hpp>

#include <boost/describe.hpp>

#include <string>
#include <vector>

LS_BEGIN_NAMESPACE
namespace analysis {

/// agreement_level's value for "no agreement".
inline constexpr const char* no_agreement = "none";

struct analysis_options {
  /// Minimum group size and confidence level of the group statistics; the confidence
  /// level is also that of alpha's Feldt interval.
  aggregate::aggregate_options groups;
  /// The level whose groups get rwg(j): a level's name, "" for the lowest level, or
  /// "none" for no agreement.
  std::string agreement_level;
  /// Cronbach's alpha of every subscale (listwise and pairwise).
  bool reliability = true;
  /// Threads; 0 = one per core. Counts do not depend on it; means and variances agree to
  /// rounding.
  unsigned threads = 0;
};
BOOST_DESCRIBE_STRUCT(analysis_options, (), (groups, agreement_level, reliability, threads))

/// Rules analysis.* of the group options (aggregate.min_group_size,
/// aggregate.confidence_level).
void check(const analysis_options& options, const issue_sink& sink);

/// Alpha of one subscale's items under both deletion policies.
struct subscale_reliability {
  std::string subscale;
  stats::reliability listwise;
  stats::reliability pairwise;
};
BOOST_DESCRIBE_STRUCT(subscale_reliability, (), (subscale, listwise, pairwise))

/// ICC(1), ICC(2) and the ANOVA table of one subscale's scores by the groups of one level.
struct level_icc {
  std::string level;
  std::string subscale;
  stats::icc_result icc;
};
BOOST_DESCRIBE_STRUCT(level_icc, (), (level, subscale, icc))

struct survey_analysis {
  analysis_options options;
  /// Every group at every level on every subscale, rwg(j) filled in at the agreement
  /// level.
  aggregate::group_table groups;
  /// One per subscale, in the plan's order (empty when options.reliability is false).
  std::vector<subscale_reliability> reliability;
  /// Level by level (top down), subscale by subscale.
  std::vector<level_icc> icc;
  /// False when the rows of some agreement group were apart and rwg(j) took a second
  /// pass over the data.
  bool agreement_in_one_pass = true;
};
BOOST_DESCRIBE_STRUCT(survey_analysis, (),
                      (options, groups, reliability, icc, agreement_in_one_pass))

/// The analysis of `codes` (one column per plan column) grouped by `levels` (top down,
/// nested). Throws ls::validation_error for invalid options; ls::error when the columns do
/// not fit the plan, a group index is out of range, the levels do not nest, the agreement
/// level is not one of the levels, or the items of a subscale have different scales (rwg(j)
/// then needs its null variance stated: run within_group_agreement with it, and this with
/// agreement_level "none").
survey_analysis analyse(const responses::response_view& codes, const scoring::scoring_plan& plan,
                        const std::vector<aggregate::group_level>& levels,
                        const analysis_options& options = {});

}  // namespace analysis
LS_END_NAMESPACE
