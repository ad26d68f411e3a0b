#pragma once
/// \file
/// The public described types of ls::ic_map, gathered by <ls/public_types.hpp>. Add every new
/// struct or enum of this folder here (structs after the types of their members).

#include <ls/ic_map/distribution.hpp>
#include <ls/ic_map/ic_map.hpp>
#include <ls/ic_map/placement.hpp>

#include <boost/mp11/list.hpp>

LS_BEGIN_NAMESPACE
namespace ic_map {

using public_enums = boost::mp11::mp_list<ic_subject_kind, ic_count>;
using public_structs = boost::mp11::mp_list<ic_outcome, ic_map, ic_placement,
                                            ic_outcome_distribution, ic_distribution>;

}  // namespace ic_map
LS_END_NAMESPACE
