#pragma once
/// \file
/// The theory of action a team writes at the end of its second KASAB session: how the
/// expectations in the chart will spread. What comes first (and second), which barriers
/// stand in the way and how each will be overcome, what gives people the best chance to
/// change their practice, and how the team will know it is working.

#include <ls/core/issue_sink.hpp>

#include <boost/describe.hpp>

#include <string>
#include <vector>

LS_BEGIN_NAMESPACE
namespace kasab {

/// One obstacle and the moves planned against it.
struct theory_of_action_barrier {
  std::string barrier;
  std::vector<std::string> countermeasures;

  friend bool operator==(const theory_of_action_barrier&,
                         const theory_of_action_barrier&) = default;
};
BOOST_DESCRIBE_STRUCT(theory_of_action_barrier, (), (barrier, countermeasures))

struct theory_of_action {
  /// In order: what happens first, then second, ...
  std::vector<std::string> first_steps;
  std::vector<theory_of_action_barrier> barriers;
  /// What gives people the best chance to change their practice.
  std::vector<std::string> supports;
  /// How we will know: the signs the team will look for.
  std::vector<std::string> evidence;

  friend bool operator==(const theory_of_action&, const theory_of_action&) = default;
};
BOOST_DESCRIBE_STRUCT(theory_of_action, (), (first_steps, barriers, supports, evidence))

/// Rules: the barrier and each countermeasure are not blank (kasab.blank_item); a barrier
/// with no (non-blank) countermeasure is a warning
/// (kasab.barrier_without_countermeasure): naming an obstacle without a plan for it is
/// legitimate in a draft, but it is the first thing a reviewer should see.
void check(const theory_of_action_barrier& barrier, const issue_sink& sink);

/// Rules: no blank first step, support or evidence (kasab.blank_item). DOMAIN.md names no
/// such rule; an empty line in a plan is a slip that a user wants pointed out, like a
/// blank descriptor.
void check(const theory_of_action& plan, const issue_sink& sink);

}  // namespace kasab
LS_END_NAMESPACE
