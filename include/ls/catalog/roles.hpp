#pragma once
/// \file
/// The ids of the built-in roles (DOMAIN.md section 1): the people and bodies a learning
/// system's tools name. Their titles and descriptions are in the "role" catalog; the ids
/// are here too so that rules (an organization's people, a KASAB chart's columns) can
/// check a role without loading a catalog.

#include <ls/version.hpp>

#include <span>
#include <string_view>

LS_BEGIN_NAMESPACE
namespace catalog {

/// school_board_member, superintendent, district_leader (central office administrator),
/// director_of_professional_learning, principal, school_leadership_team, coach (coach or
/// teacher leader), teacher; outside the system: education_agency,
/// professional_association, higher_education, external_partner.
std::span<const std::string_view> builtin_role_ids() noexcept;

/// True when `id` is one of builtin_role_ids().
bool is_builtin_role(std::string_view id) noexcept;

}  // namespace catalog
LS_END_NAMESPACE
