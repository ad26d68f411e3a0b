#pragma once
/// \file
/// The public described types of ls::six_factor, gathered by <ls/public_types.hpp>. Add every new
/// struct or enum of this folder here (structs after the types of their members).

#include <ls/six_factor/assessment.hpp>
#include <ls/six_factor/comparison.hpp>
#include <ls/six_factor/factor.hpp>
#include <ls/six_factor/summary.hpp>

#include <boost/mp11/list.hpp>

LS_BEGIN_NAMESPACE
namespace six_factor {

using public_enums = boost::mp11::mp_list<support_factor>;
using public_structs = boost::mp11::mp_list<
    factor_rating, participant_ratings, group_consensus, team_consensus,
    six_factor_assessment, support_factor_summary, six_factor_summary,
    support_factor_comparison, six_factor_comparison>;

}  // namespace six_factor
LS_END_NAMESPACE
