#pragma once
/// \file
/// Whether a comparison of two groups was made, and if not why: the status every
/// comparison statistic (welch_test.hpp, hedges_g.hpp, group_comparison.hpp) carries
/// beside its NaN, so a missing number is never silent.

#include <ls/version.hpp>

#include <boost/describe.hpp>

#include <cstdint>
#include <string>

LS_BEGIN_NAMESPACE
namespace compare {

/// In the free functions the first summary is "the group" and the second "the reference".
enum class comparison_status : std::uint8_t {
  compared,              ///< every statistic is defined
  group_suppressed,      ///< the group is hidden by the table's suppression: nothing is shown
  reference_suppressed,  ///< the reference group is hidden: no comparison (NaN)
  reference_is_group,    ///< the named reference group is the group itself
  group_too_small,       ///< fewer than two values in the group: no standard deviation
  reference_too_small,   ///< fewer than two values in the reference (or none)
  no_variance,           ///< standard deviation 0 on both sides: the tests are undefined
  not_finite             ///< a mean or standard deviation is NaN or infinite
};
BOOST_DESCRIBE_ENUM(comparison_status, compared, group_suppressed, reference_suppressed,
                    reference_is_group, group_too_small, reference_too_small, no_variance,
                    not_finite)

/// A sentence saying why the statistics of a comparison with `status` are NaN; "" for
/// compared.
std::string comparison_note(comparison_status status);

}  // namespace compare
LS_END_NAMESPACE
