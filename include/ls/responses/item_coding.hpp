#pragma once
/// \file
/// How the stored codes of one item become numbers: for each possible code byte, what kind
/// of answer it is (answer_kind), the value it is scored as, and whether it counts as
/// favorable. Built once per item from its response scale; every statistic then reads
/// codes through it, so reverse keys and the non-substantive policy are applied in one
/// place and the data are never copied into doubles.

#include <ls/responses/answer_code.hpp>
#include <ls/responses/response_matrix.hpp>
#include <ls/survey/response_scale.hpp>

#include <boost/describe.hpp>

#include <array>
#include <cmath>
#include <cstdint>
#include <limits>
#include <vector>

LS_BEGIN_NAMESPACE
namespace responses {

/// What to do with non-substantive answers ("no opinion") when scoring.
enum class non_substantive_policy {
  exclude,       ///< not scored: left out of means and denominators (the default)
  score_as_code  ///< scored as the number of its code, like a substantive answer
};
BOOST_DESCRIBE_ENUM(non_substantive_policy, exclude, score_as_code)

struct item_coding {
  /// By code byte (code + 128): the kind of answer.
  std::array<answer_kind, 256> kind{};
  /// By code byte: the value scored (reverse key applied), NaN when not scored.
  std::array<double, 256> value{};
  /// By code byte: counts toward percent favorable.
  std::array<bool, 256> favorable{};
  /// Smallest and largest scored value, and the number of scored options: what the
  /// uniform null distribution of rwg needs (A options: variance (A^2 - 1) / 12).
  double minimum = std::numeric_limits<double>::quiet_NaN();
  double maximum = std::numeric_limits<double>::quiet_NaN();
  int option_count = 0;

  static constexpr std::size_t index(std::int8_t code) noexcept {
    return static_cast<std::size_t>(static_cast<int>(code) + 128);
  }
  answer_kind kind_of(std::int8_t code) const noexcept { return kind[index(code)]; }
  double value_of(std::int8_t code) const noexcept { return value[index(code)]; }
  bool is_favorable(std::int8_t code) const noexcept { return favorable[index(code)]; }
};

/// The coding of an item on `scale`. A reverse-keyed item scores code x as max + min - x
/// (min and max over the substantive codes, as psych::reverse.code); its favorable answers
/// are those whose reversed value is the code of a favorable option, so percent favorable
/// always points the way the subscale does. Throws ls::error when a code lies outside
/// -127..127 or a reversed code is not on the scale (validate the instrument first).
item_coding make_item_coding(const survey::response_scale& scale, bool reverse_keyed = false,
                             non_substantive_policy policy = non_substantive_policy::exclude);

/// A scale of the whole numbers lo..hi, each its own code and label, none favorable: the
/// coding of plain numeric data (a rating 1..4, a test data set from R).
survey::response_scale integer_scale(int lo, int hi);

/// Codes read as numbers: a response_view and the coding of each of its columns.
struct scored_view {
  response_view codes;
  /// One per column of `codes`.
  std::vector<item_coding> codings;

  double value(std::size_t row, std::size_t item) const noexcept {
    return codings[item].value_of(codes.at(row, item));
  }
  answer_kind kind(std::size_t row, std::size_t item) const noexcept {
    return codings[item].kind_of(codes.at(row, item));
  }
  scored_view slice(std::size_t first, std::size_t count) const {
    return {codes.slice(first, count), codings};
  }
};

}  // namespace responses
LS_END_NAMESPACE
