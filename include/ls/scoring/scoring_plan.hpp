#pragma once
/// \file
/// What scoring needs to know before it reads any answer: the coding of every column of the
/// data (reverse keys and the non-substantive policy applied, from the instrument) and, for
/// each subscale, which columns it averages and how many answers a respondent needs for a
/// score (pro-rating). Built once, in one place, and shared by subscale scores, percent
/// favorable, item distributions and aggregation, so they can never disagree about how an
/// answer is scored.

#include <ls/core/issue_sink.hpp>
#include <ls/responses/item_coding.hpp>
#include <ls/survey/instrument.hpp>

#include <boost/describe.hpp>

#include <array>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

LS_BEGIN_NAMESPACE
namespace scoring {

/// The share of a subscale's items a respondent must answer (substantively, or scored under
/// the policy) to get a score, when the subscale does not set min_answered itself.
///
/// Half the items, rounded up: the "half rule" is the usual convention in scale scoring
/// when a scale's authors give none. All items would throw away every respondent with one
/// skipped or "no opinion" answer, which on a five-statement instrument with a "no opinion"
/// option is a large share; a single item would let one answer stand for a whole subscale.
inline constexpr double default_min_answered_fraction = 0.5;

struct scoring_options {
  /// How "no opinion" answers are treated; excluded (not scored, counted) by default.
  responses::non_substantive_policy non_substantive =
      responses::non_substantive_policy::exclude;
  /// Pro-rating default for subscales without min_answered: at least
  /// ceil(fraction * items) scored answers (and at least one). In (0, 1].
  double min_answered_fraction = default_min_answered_fraction;
};
BOOST_DESCRIBE_STRUCT(scoring_options, (), (non_substantive, min_answered_fraction))

/// Rule scoring.min_answered_fraction: the fraction lies in (0, 1].
void check(const scoring_options& options, const issue_sink& sink);

/// A subscale as scoring reads it: the data columns of its items and the pro-rating
/// threshold in force.
struct scored_subscale {
  std::string id;
  /// Indices into the plan's columns, in the subscale's item order.
  std::vector<std::size_t> columns;
  /// A respondent needs at least this many scored answers among `columns` for a score.
  std::size_t min_answered = 1;
  /// True when min_answered comes from the subscale itself, false when from
  /// scoring_options::min_answered_fraction.
  bool min_answered_from_subscale = false;
};
BOOST_DESCRIBE_STRUCT(scored_subscale, (),
                      (id, columns, min_answered, min_answered_from_subscale))

/// The lookup tables of one column in the form the kernels read: per code byte, the
/// scored value (0 when the answer is not scored), whether it is scored, whether it is
/// favorable. Derived from the column's item_coding so a kernel adds without branching.
struct column_tables {
  std::array<double, 256> value{};
  std::array<std::uint8_t, 256> scored{};
  std::array<std::uint8_t, 256> favorable{};
  /// All three in one 64-bit word, when every scored value is a whole number in
  /// -128..127 (always so for codings from make_item_coding): bits 0-31 value + 128 (0
  /// when not scored), bits 32-47 scored, bits 48-63 favorable. Adding the words of up to
  /// 65535 columns adds each part without carries, so one lookup and one addition per
  /// answer do the work of three.
  std::array<std::uint64_t, 256> packed{};
  bool packable = false;
  /// The same parts as bytes, for the vector kernel, when packable: the value + 128 (0
  /// when not scored), and bit 0 scored, bit 1 favorable.
  alignas(64) std::array<std::uint8_t, 256> byte_value{};
  alignas(64) std::array<std::uint8_t, 256> byte_flags{};

  static constexpr int value_offset = 128;
  static constexpr std::size_t max_packed_columns = 65535;
};

/// Everything scoring needs, for data whose column j holds the answers to items[j].
/// Build it with make_scoring_plan; its parts stay consistent only if left as built.
struct scoring_plan {
  /// The item id of each data column.
  std::vector<std::string> items;
  /// The coding of each column.
  std::vector<responses::item_coding> codings;
  /// Labels of the options of each column's scale by code (empty when built from bare
  /// codings): for readable distributions.
  std::vector<std::vector<survey::scale_option>> options;
  std::vector<scored_subscale> subscales;
  scoring_options settings;
  /// One per column, derived from `codings`.
  std::vector<column_tables> tables;

  std::size_t column_count() const noexcept { return items.size(); }
};

/// The coding of each item in `item_ids` from the instrument: its scale, its reverse key
/// and the policy. Throws ls::error naming an id that is not a rated item of the
/// instrument. Validate the instrument first (a reverse-keyed item on an asymmetric scale
/// throws from make_item_coding).
std::vector<responses::item_coding> instrument_codings(
    const survey::instrument& instrument, const std::vector<std::string>& item_ids,
    responses::non_substantive_policy policy = responses::non_substantive_policy::exclude);

/// The plan for data whose columns answer `columns` (item ids) of `instrument`, scoring
/// every subscale of the instrument. Throws ls::validation_error when the instrument or the
/// options are invalid, and ls::error when a column is not a rated item, a column is named
/// twice, or a subscale item has no column (nothing is scored on part of a subscale
/// silently: pass an instrument without that subscale instead).
scoring_plan make_scoring_plan(const survey::instrument& instrument,
                               const std::vector<std::string>& columns,
                               const scoring_options& options = {});

/// The plan from bare codings (one per column, e.g. integer_scale codings for numeric
/// data) and subscales whose items name columns. The policy in `options` is not applied
/// here: it is already part of the codings. Throws as the other overload.
scoring_plan make_scoring_plan(const std::vector<std::string>& columns,
                               const std::vector<responses::item_coding>& codings,
                               const std::vector<survey::subscale>& subscales,
                               const scoring_options& options = {});

/// Throws ls::error unless `codes` has exactly the plan's number of columns.
void require_columns(const responses::response_view& codes, const scoring_plan& plan);

/// The threshold for a subscale of `items` items: `min_answered` when given, else
/// ceil(fraction * items), at least 1.
std::size_t min_answered_for(std::size_t items, const std::optional<int>& min_answered,
                             double fraction);

}  // namespace scoring
LS_END_NAMESPACE
