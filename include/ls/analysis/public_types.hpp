#pragma once
/// \file
/// The public described types of ls::analysis, gathered by <ls/public_types.hpp>. Add
/// every new struct or enum of this folder here (structs after the types of their members).

#include <ls/analysis/survey_analysis.hpp>

#include <boost/mp11/list.hpp>

LS_BEGIN_NAMESPACE
namespace analysis {

using public_enums = boost::mp11::mp_list<>;
using public_structs =
    boost::mp11::mp_list<analysis_options, subscale_reliability, level_icc, survey_analysis>;

}  // namespace analysis
LS_END_NAMESPACE
