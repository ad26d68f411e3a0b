#pragma once
/// \file
/// How one answer is stored in a response matrix: one signed byte, the code of the option
/// the respondent chose (the response scale's `code`), or missing_code when there is no
/// answer. A non-substantive answer ("no opinion") keeps its own code, so it stays apart
/// from a missing one; which codes are non-substantive is the scale's business, applied
/// through an item_coding. Codes of a scale must therefore lie in -127..127.

#include <ls/version.hpp>

#include <boost/describe.hpp>

#include <cstdint>
#include <limits>

LS_BEGIN_NAMESPACE
namespace responses {

/// The stored value of "no answer". No scale option may use it.
inline constexpr std::int8_t missing_code = std::numeric_limits<std::int8_t>::min();
/// The smallest and largest codes an option may have.
inline constexpr int min_answer_code = -127;
inline constexpr int max_answer_code = 127;

/// What a stored code is, for one item.
enum class answer_kind : std::uint8_t {
  missing,          ///< no answer (missing_code)
  substantive,      ///< an option that is scored
  non_substantive,  ///< "no opinion", "don't know": counted, not scored by default
  invalid           ///< a code that is not an option of the item's scale
};
BOOST_DESCRIBE_ENUM(answer_kind, missing, substantive, non_substantive, invalid)

}  // namespace responses
LS_END_NAMESPACE
