#pragma once
/// \file
/// The public described types of ls::compare, gathered by <ls/public_types.hpp>. Add
/// every new struct or enum of this folder here (structs after the types of their members).

#include <ls/compare/comparison_status.hpp>
#include <ls/compare/group_comparison.hpp>
#include <ls/compare/hedges_g.hpp>
#include <ls/compare/wave_comparison.hpp>
#include <ls/compare/welch_test.hpp>

#include <boost/mp11/list.hpp>

LS_BEGIN_NAMESPACE
namespace compare {

using public_enums = boost::mp11::mp_list<comparison_status, comparison_reference, wave_status>;
using public_structs = boost::mp11::mp_list<welch_test_result, hedges_g_result,
                                            comparison_options, group_comparison, wave_options,
                                            wave_comparison>;

}  // namespace compare
LS_END_NAMESPACE
