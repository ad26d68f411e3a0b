#pragma once
/// \file
/// Small-group suppression with complementary suppression, on a tree of nested groups.
///
/// Primary: a group with fewer than the minimum number of respondents (n) is suppressed
/// ("below minimum"). That alone is not enough: a parent's n and mean (hence its sum) minus
/// those of its published children give back the hidden child. So more groups are
/// suppressed ("complementary") until, for every published group S (the node of all
/// respondents counts as published; it is what a report's totals show):
///
/// 1. the respondents of S that are in no published group below S (its hidden part: the
///    suppressed groups below S and the rows that belong to no group at a lower level)
///    number 0 or at least the minimum, so a pooled mean of fewer people is never
///    derivable;
/// 2. no suppressed group X below S holds the whole hidden part of S (else X = S minus the
///    published groups, exactly);
/// and for every suppressed group X with respondents,
/// 3. X has respondents in no published group below it (else X = the sum of its published
///    sub-groups, exactly).
///
/// Under these conditions the only linear facts about a hidden part are its total, so no
/// suppressed group's n, sum or sum of squares (n, mean, sd) can be solved for from the
/// published numbers (for a tree, each hidden group then stays in a family equation with
/// at least one other unknown; the tests attack every suppressed value with Gaussian
/// elimination). Bounds (n is less than the minimum, answers lie on the scale) still
/// narrow a hidden value to an interval, as with every cell-suppression method.
///
/// Choice of the complementary group, repeated until the conditions hold: at a published
/// group S that breaks 1 or 2, suppress the smallest published group directly below S
/// (nearest published ancestor S) that adds respondents to S's hidden part and lies outside
/// the offending group; at a suppressed group breaking 3, the smallest published group
/// directly below it. When nothing below S can help, S itself is suppressed. Ties go to the
/// lower node index, so the result is deterministic.

#include <ls/version.hpp>

#include <boost/describe.hpp>

#include <cstddef>
#include <cstdint>
#include <vector>

LS_BEGIN_NAMESPACE
namespace aggregate {

enum class suppression_reason : std::uint8_t {
  none,           ///< published
  below_minimum,  ///< fewer respondents than the minimum group size
  complementary   ///< large enough, hidden so a suppressed group cannot be recovered
};
BOOST_DESCRIBE_ENUM(suppression_reason, none, below_minimum, complementary)

/// The suppression of every node of a tree. `parents[v]` is the parent of node v (-1 for
/// node 0, the root, and only for it; parents[v] < v), `n[v]` its respondents. A node with
/// n = 0 is below the minimum but holds nobody to protect. Throws ls::error for a malformed
/// tree or min_size 0.
std::vector<suppression_reason> suppress(const std::vector<std::int64_t>& parents,
                                         const std::vector<std::size_t>& n,
                                         std::size_t min_size);

/// The nodes that break conditions 1-3 above under `status` (empty when protected):
/// the check suppress() iterates to, exposed for tests and for callers that adjust a
/// suppression by hand.
std::vector<std::size_t> disclosure_violations(const std::vector<std::int64_t>& parents,
                                               const std::vector<std::size_t>& n,
                                               const std::vector<suppression_reason>& status,
                                               std::size_t min_size);

}  // namespace aggregate
LS_END_NAMESPACE
