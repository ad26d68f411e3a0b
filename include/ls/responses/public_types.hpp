#pragma once
/// \file
/// The public described types of ls::responses, gathered by <ls/public_types.hpp>. Add every
/// new struct or enum of this folder here (structs after the types of their members).

#include <ls/responses/answer_code.hpp>
#include <ls/responses/item_coding.hpp>

#include <boost/mp11/list.hpp>

LS_BEGIN_NAMESPACE
namespace responses {

using public_enums = boost::mp11::mp_list<answer_kind, non_substantive_policy>;
using public_structs = boost::mp11::mp_list<>;

}  // namespace responses
LS_END_NAMESPACE
