#pragma once
/// \file
/// The public described types of ls::kasab, gathered by <ls/public_types.hpp>. Add every new
/// struct or enum of this folder here (structs after the types of their members).

#include <ls/kasab/chart.hpp>
#include <ls/kasab/completeness.hpp>
#include <ls/kasab/descriptor.hpp>
#include <ls/kasab/diff.hpp>
#include <ls/kasab/dimension.hpp>
#include <ls/kasab/duplicates.hpp>
#include <ls/kasab/theory_of_action.hpp>

#include <boost/mp11/list.hpp>

LS_BEGIN_NAMESPACE
namespace kasab {

using public_enums = boost::mp11::mp_list<kasab_dimension, descriptor_status, kasab_cell_state>;
using public_structs = boost::mp11::mp_list<
    kasab_descriptor, kasab_cell, theory_of_action_barrier, theory_of_action, kasab_chart,
    kasab_cell_key, kasab_grid_cell, kasab_completeness, kasab_descriptor_location,
    kasab_duplicate, kasab_status_change, kasab_cell_diff, kasab_barrier_change,
    theory_of_action_diff, kasab_diff>;

}  // namespace kasab
LS_END_NAMESPACE
