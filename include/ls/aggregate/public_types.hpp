#pragma once
/// \file
/// The public described types of ls::aggregate, gathered by <ls/public_types.hpp>. Add
/// every new struct or enum of this folder here (structs after the types of their members).

#include <ls/aggregate/aggregate.hpp>
#include <ls/aggregate/group_table.hpp>
#include <ls/aggregate/grouping.hpp>
#include <ls/aggregate/mean_interval.hpp>
#include <ls/aggregate/suppression.hpp>
#include <ls/aggregate/variance_decomposition.hpp>

#include <boost/mp11/list.hpp>

LS_BEGIN_NAMESPACE
namespace aggregate {

using public_enums = boost::mp11::mp_list<suppression_reason>;
using public_structs =
    boost::mp11::mp_list<nesting_conflict, group_nesting, mean_confidence_interval,
                         aggregate_options, aggregate_agreement, group_statistics,
                         aggregation_result, group_tally, aggregate_tally, group_table,
                         variance_component, variance_decomposition>;

}  // namespace aggregate
LS_END_NAMESPACE
