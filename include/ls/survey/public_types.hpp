#pragma once
/// \file
/// The public described types of ls::survey, gathered by <ls/public_types.hpp>. Add every
/// new struct or enum of this folder here (structs after the types of their members).

#include <ls/survey/instrument.hpp>
#include <ls/survey/response_scale.hpp>
#include <ls/survey/subscale.hpp>
#include <ls/survey/survey_item.hpp>

#include <boost/mp11/list.hpp>

LS_BEGIN_NAMESPACE
namespace survey {

using public_enums = boost::mp11::mp_list<>;
using public_structs =
    boost::mp11::mp_list<scale_option, response_scale, survey_item, subscale, instrument>;

}  // namespace survey
LS_END_NAMESPACE
