#pragma once
/// \file
/// The five rows of a KASAB chart (DOMAIN.md section 4): Knowledge, Attitudes, Skills,
/// Aspirations, Behaviors. The order is the row order of the chart, so code that walks
/// the rows uses all_kasab_dimensions.

#include <ls/version.hpp>

#include <boost/describe.hpp>

#include <array>
#include <string_view>

LS_BEGIN_NAMESPACE
namespace kasab {

enum class kasab_dimension { knowledge, attitudes, skills, aspirations, behaviors };
BOOST_DESCRIBE_ENUM(kasab_dimension, knowledge, attitudes, skills, aspirations, behaviors)

/// The rows in chart order.
inline constexpr std::array<kasab_dimension, 5> all_kasab_dimensions{
    kasab_dimension::knowledge, kasab_dimension::attitudes, kasab_dimension::skills,
    kasab_dimension::aspirations, kasab_dimension::behaviors};

/// The letter of the acronym: "K", "A", "S", "A", "B" ("" for a value that is not an
/// enumerator).
std::string_view kasab_letter(kasab_dimension dimension) noexcept;

/// "Knowledge", "Attitudes", ...: the row heading ("" for a value that is not an
/// enumerator).
std::string_view kasab_dimension_title(kasab_dimension dimension);

/// One sentence, in our words, saying what the row is about. A newcomer filling a chart
/// needs it: "attitudes" and "aspirations" in particular are easily confused.
std::string_view kasab_dimension_description(kasab_dimension dimension);

}  // namespace kasab
LS_END_NAMESPACE
