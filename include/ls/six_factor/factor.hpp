#pragma once
/// \file
/// The six factors of district support for professional learning (DOMAIN.md section 5),
/// in the book's order: the enumerator's position plus one is the factor's number.

#include <ls/version.hpp>

#include <boost/describe.hpp>

#include <array>
#include <string_view>

LS_BEGIN_NAMESPACE
namespace six_factor {

enum class support_factor {
  compelling_vision,
  standards_driven,
  definition_of_professional_learning,
  new_roles_and_responsibilities,
  evaluation,
  resources
};
BOOST_DESCRIBE_ENUM(support_factor, compelling_vision, standards_driven,
                    definition_of_professional_learning, new_roles_and_responsibilities,
                    evaluation, resources)

/// The factors in the book's order (1 to 6).
inline constexpr std::array<support_factor, 6> all_support_factors{
    support_factor::compelling_vision,
    support_factor::standards_driven,
    support_factor::definition_of_professional_learning,
    support_factor::new_roles_and_responsibilities,
    support_factor::evaluation,
    support_factor::resources};

/// The book's number of the factor, 1 to 6 (0 for a value that is not an enumerator).
int support_factor_number(support_factor factor) noexcept;

/// The title from the six_factor catalog, "A compelling vision of professional learning"
/// ("" for a value that is not an enumerator).
std::string_view support_factor_title(support_factor factor);

/// One sentence, in our words, saying what a high rating of the factor means, so that
/// raters share an understanding of what they rate.
std::string_view support_factor_description(support_factor factor);

}  // namespace six_factor
LS_END_NAMESPACE
