#pragma once
/// \file
/// Respondent subscale scores: for each respondent and subscale, the mean of the
/// respondent's scored answers to the subscale's items (reverse keys applied through the
/// item codings), or NaN when the respondent has fewer scored answers than the subscale's
/// pro-rating minimum (scored_subscale::min_answered). "No opinion" answers are not scored
/// under the default policy: they neither count toward the minimum nor enter the mean, and
/// they are counted per item and per subscale in the report.
///
/// Formula: score = (sum of scored values) / (number of scored answers) when that number is
/// at least min_answered, else NaN. With min_answered = number of items this is R's
/// rowMeans(x) on complete rows; with smaller minimums, rowMeans(x, na.rm = TRUE) on rows
/// with enough answers (tests/reference/scoring.R).
///
/// The scores are a compact column per subscale (float64, NaN = no score); everything else
/// (counts, the distribution of the scores) comes from a mergeable tally.

#include <ls/core/issue.hpp>
#include <ls/scoring/code_counts.hpp>
#include <ls/scoring/scoring_plan.hpp>
#include <ls/stats/moments.hpp>

#include <boost/describe.hpp>

#include <cstddef>
#include <cstdint>
#include <span>
#include <string>
#include <vector>

LS_BEGIN_NAMESPACE
namespace scoring {

/// Per-row sums of one subscale over a chunk of rows: the working space of the kernels
/// (scoring and aggregation). Reused from chunk to chunk, so nothing is allocated per row.
struct subscale_row_sums {
  /// Sum of the scored values of each row.
  std::vector<double> sum;
  /// Number of scored answers of each row.
  std::vector<std::uint32_t> answered;
  /// Number of favorable answers of each row (filled only when asked for).
  std::vector<std::uint32_t> favorable;
  /// Working space of the packed kernel (see column_tables::packed).
  std::vector<std::uint64_t> packed;

  /// Sum the subscale's columns over the rows of `chunk`, reading each code through its
  /// column's tables. Column after column, in blocks of rows that stay in cache.
  void compute(const scoring_plan& plan, const scored_subscale& subscale,
               const responses::response_view& chunk, bool with_favorable);
  /// The score of each row (NaN below `min_answered` answers) into `out`, which has one
  /// entry per row of the last compute().
  void scores(std::size_t min_answered, std::span<double> out) const noexcept;
};

/// Mergeable counts of one subscale.
struct subscale_tally {
  /// Rows seen.
  std::size_t respondents = 0;
  /// Rows with a score.
  std::size_t scored = 0;
  /// Rows with at least one scored answer but fewer than the minimum.
  std::size_t too_few_answered = 0;
  /// Rows without any scored answer to the subscale's items.
  std::size_t no_answers = 0;
  /// The scores of the scored rows.
  stats::moments scores;

  void merge(const subscale_tally& other);
};
BOOST_DESCRIBE_STRUCT(subscale_tally, (),
                      (respondents, scored, too_few_answered, no_answers, scores, merge))

/// The mergeable state of a scoring pass: code counts per column, counts per subscale.
struct scoring_tally {
  code_tally codes;
  std::vector<subscale_tally> subscales;

  void merge(const scoring_tally& other);
};
BOOST_DESCRIBE_STRUCT(scoring_tally, (), (codes, subscales, merge))

/// Score the rows of `chunk` (whose columns are the plan's) into `tally`, writing the score
/// of row r for subscale k to out[k * out_stride + r]. The chunk function of
/// score_subscales, public so partial results can be made elsewhere and merged.
void add_rows(scoring_tally& tally, const scoring_plan& plan,
              const responses::response_view& chunk, double* out, std::size_t out_stride);

/// What happened to the answers of one item.
struct item_answer_counts {
  std::string item;
  std::size_t respondents = 0;
  /// Answers that are scored (enter means and percent-favorable denominators).
  std::size_t scored = 0;
  std::size_t missing = 0;
  /// "No opinion" and the like, scored or not.
  std::size_t non_substantive = 0;
  /// Of those, how many the policy left out.
  std::size_t non_substantive_excluded = 0;
  /// Codes that are not options of the item's scale (never scored).
  std::size_t invalid = 0;
};
BOOST_DESCRIBE_STRUCT(item_answer_counts, (),
                      (item, respondents, scored, missing, non_substantive,
                       non_substantive_excluded, invalid))

struct subscale_score_report {
  std::string subscale;
  std::size_t items = 0;
  std::size_t min_answered = 0;
  bool min_answered_from_subscale = false;
  /// respondents = scored + too_few_answered + no_answers.
  std::size_t respondents = 0;
  std::size_t scored = 0;
  std::size_t too_few_answered = 0;
  std::size_t no_answers = 0;
  /// Answers to the subscale's items, summed over its items (see item_answer_counts).
  std::size_t answers_scored = 0;
  std::size_t answers_missing = 0;
  std::size_t answers_non_substantive = 0;
  std::size_t answers_non_substantive_excluded = 0;
  std::size_t answers_invalid = 0;
  /// Count, mean, sample standard deviation, minimum, maximum of the scores (missing =
  /// respondents without a score).
  stats::summary scores;
};
BOOST_DESCRIBE_STRUCT(subscale_score_report, (),
                      (subscale, items, min_answered, min_answered_from_subscale, respondents,
                       scored, too_few_answered, no_answers, answers_scored, answers_missing,
                       answers_non_substantive, answers_non_substantive_excluded,
                       answers_invalid, scores))

struct scoring_report {
  scoring_options options;
  std::size_t respondents = 0;
  std::vector<item_answer_counts> items;
  std::vector<subscale_score_report> subscales;
  /// scoring.invalid_codes at `/items/<j>`: a column holds codes that are not options of
  /// its scale; scoring.no_scores at `/subscales/<k>`: no respondent got a score.
  std::vector<issue> warnings;

  /// A text table: a line per subscale, then the items with missing, non-substantive or
  /// invalid answers, then the warnings.
  std::string to_string() const;
};
BOOST_DESCRIBE_STRUCT(scoring_report, (),
                      (options, respondents, items, subscales, warnings, to_string))

/// The report of a (merged) tally.
scoring_report make_scoring_report(const scoring_plan& plan, const scoring_tally& tally);

/// Score every subscale of the plan for every row of `codes`, writing the scores
/// column-major into `out` (rows * subscales entries: subscale k at out[k * rows]), in
/// chunks of `chunk_rows` rows on `threads` threads (0: one per core). Scores and counts do
/// not depend on threads or chunks; the score summaries agree to rounding. Throws ls::error
/// when the columns or the size of `out` do not fit.
scoring_report score_subscales(const responses::response_view& codes, const scoring_plan& plan,
                               std::span<double> out, unsigned threads = 0,
                               std::size_t chunk_rows = stats::default_chunk_rows);

/// Scores held in memory with their report.
struct subscale_scores {
  std::size_t rows = 0;
  /// Column-major: subscale k at values[k * rows].
  std::vector<double> values;
  scoring_report report;

  std::span<const double> column(std::size_t subscale) const noexcept {
    return {values.data() + subscale * rows, rows};
  }
};

/// As above, allocating the scores.
subscale_scores score_subscales(const responses::response_view& codes, const scoring_plan& plan,
                                unsigned threads = 0,
                                std::size_t chunk_rows = stats::default_chunk_rows);

}  // namespace scoring
LS_END_NAMESPACE
