#pragma once
/// \file
/// The public described types of ls::stats, gathered by <ls/public_types.hpp>. Add every
/// new struct or enum of this folder here (structs after the types of their members).

#include <ls/stats/cronbach_alpha.hpp>
#include <ls/stats/icc.hpp>
#include <ls/stats/item_covariance.hpp>
#include <ls/stats/krippendorff_alpha.hpp>
#include <ls/stats/listwise_covariance.hpp>
#include <ls/stats/moments.hpp>
#include <ls/stats/pairwise_covariance.hpp>
#include <ls/stats/simd.hpp>
#include <ls/stats/within_group_agreement.hpp>

#include <boost/mp11/list.hpp>

LS_BEGIN_NAMESPACE
namespace stats {

using public_enums = boost::mp11::mp_list<agreement_status, icc_status, krippendorff_metric,
                                          krippendorff_status, deletion_policy, simd_level>;
using public_structs =
    boost::mp11::mp_list<summary, moments, group_agreement, agreement_result,
                         agreement_accumulator, icc_result, icc_accumulator, krippendorff_result,
                         krippendorff_accumulator, item_covariance, listwise_covariance,
                         pairwise_covariance, alpha_item, reliability>;

}  // namespace stats
LS_END_NAMESPACE
