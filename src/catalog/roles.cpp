#include <ls/catalog/roles.hpp>

#include <algorithm>
#include <array>

LS_BEGIN_NAMESPACE
namespace catalog {

namespace {
constexpr std::array<std::string_view, 12> role_ids{
    "school_board_member", "superintendent",          "district_leader",
    "director_of_professional_learning", "principal", "school_leadership_team",
    "coach",               "teacher",                 "education_agency",
    "professional_association", "higher_education",   "external_partner"};
}  // namespace

std::span<const std::string_view> builtin_role_ids() noexcept { return role_ids; }

bool is_builtin_role(std::string_view id) noexcept {
  return std::find(role_ids.begin(), role_ids.end(), id) != role_ids.end();
}

}  // namespace catalog
LS_END_NAMESPACE
