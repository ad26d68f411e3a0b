#pragma once
/// \file
/// The public described types of ls::cycle, gathered by <ls/public_types.hpp>. Add every new
/// struct or enum of this folder here (structs after the types of their members).

#include <ls/cycle/log.hpp>
#include <ls/cycle/overview.hpp>
#include <ls/cycle/stage.hpp>

#include <boost/mp11/list.hpp>

LS_BEGIN_NAMESPACE
namespace cycle {

using public_enums =
    boost::mp11::mp_list<cycle_definition, cycle_stage, cycle_evidence_kind, team_cycle_state>;
using public_structs =
    boost::mp11::mp_list<cycle_stage_description, cycle_evidence, cycle_entry, cycle_position,
                         cycle_log, team_cycle_status, cycle_overview_report>;

}  // namespace cycle
LS_END_NAMESPACE
