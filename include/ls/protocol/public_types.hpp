#pragma once
/// \file
/// The public described types of ls::protocol, gathered by <ls/public_types.hpp>. Add every new
/// struct or enum of this folder here (structs after the types of their members).

#include <ls/version.hpp>

#include <boost/mp11/list.hpp>

LS_BEGIN_NAMESPACE
namespace protocol {

using public_enums = boost::mp11::mp_list<>;
using public_structs = boost::mp11::mp_list<>;

}  // namespace protocol
LS_END_NAMESPACE
