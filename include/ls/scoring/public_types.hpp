#pragma once
/// \file
/// The public described types of ls::scoring, gathered by <ls/public_types.hpp>. Add every
/// new struct or enum of this folder here (structs after the types of their members).

#include <ls/scoring/code_counts.hpp>
#include <ls/scoring/item_distribution.hpp>
#include <ls/scoring/percent_favorable.hpp>
#include <ls/scoring/scoring_plan.hpp>
#include <ls/scoring/subscale_scores.hpp>

#include <boost/mp11/list.hpp>

LS_BEGIN_NAMESPACE
namespace scoring {

using public_enums = boost::mp11::mp_list<>;
using public_structs =
    boost::mp11::mp_list<scoring_options, scored_subscale, code_counts, code_tally, code_count,
                         item_distribution, item_favorability, subscale_favorability,
                         favorability_report, subscale_tally, scoring_tally, item_answer_counts,
                         subscale_score_report, scoring_report>;

}  // namespace scoring
LS_END_NAMESPACE
