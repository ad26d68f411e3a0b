#pragma once
/// \file
/// The public described types of ls::protocol, gathered by <ls/public_types.hpp>. Add every new
/// struct or enum of this folder here (structs after the types of their members).

#include <ls/protocol/protocol.hpp>
#include <ls/protocol/time_budget.hpp>

#include <boost/mp11/list.hpp>

LS_BEGIN_NAMESPACE
namespace protocol {

using public_enums = boost::mp11::mp_list<>;
using public_structs = boost::mp11::mp_list<protocol_session_budget, protocol_time_budget,
                                            protocol_step, protocol_session, protocol>;

}  // namespace protocol
LS_END_NAMESPACE
