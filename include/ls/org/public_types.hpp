#pragma once
/// \file
/// The public described types of ls::org, gathered by <ls/public_types.hpp>. Add every new
/// struct or enum of this folder here (structs after the types of their members).

#include <ls/org/organization.hpp>
#include <ls/org/person.hpp>
#include <ls/org/unit.hpp>

#include <boost/mp11/list.hpp>

LS_BEGIN_NAMESPACE
namespace org {

using public_enums = boost::mp11::mp_list<system_kind, org_unit_kind>;
using public_structs = boost::mp11::mp_list<org_unit, custom_role, person, organization>;

}  // namespace org
LS_END_NAMESPACE
