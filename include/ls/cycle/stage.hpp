#pragma once
/// \file
/// The stages of the cycle of continuous improvement a learning team runs (DOMAIN.md
/// section 3), in its two legitimate definitions: six steps, or seven steps where the
/// last step is split into "monitor and refine" and "evaluate" (2011 Learning
/// Communities standard). A cycle log says which definition it follows.

#include <ls/version.hpp>

#include <boost/describe.hpp>

#include <optional>
#include <string>
#include <vector>

LS_BEGIN_NAMESPACE
namespace cycle {

enum class cycle_definition { six_steps, seven_steps };
BOOST_DESCRIBE_ENUM(cycle_definition, six_steps, seven_steps)

/// Every stage of either definition. Six steps use the first six; seven steps use the
/// first five, then monitor_and_refine and evaluate.
enum class cycle_stage {
  analyze_data,
  set_goals,
  extend_learning,
  select_strategies,
  apply_with_support,
  monitor_and_evaluate,
  monitor_and_refine,
  evaluate
};
BOOST_DESCRIBE_ENUM(cycle_stage, analyze_data, set_goals, extend_learning, select_strategies,
                    apply_with_support, monitor_and_evaluate, monitor_and_refine, evaluate)

/// A stage as a person reads it: a short title and what the team does, in our words.
struct cycle_stage_description {
  cycle_stage stage = cycle_stage::analyze_data;
  std::string title;
  std::string description;
};
BOOST_DESCRIBE_STRUCT(cycle_stage_description, (), (stage, title, description))

/// The stages of a definition, in order (6 or 7 of them).
std::vector<cycle_stage> cycle_stages(cycle_definition definition);

/// The 1-based position of `stage` in `definition`, or nothing when the definition does
/// not use it (evaluate in a six-step cycle).
std::optional<int> cycle_stage_number(cycle_definition definition, cycle_stage stage) noexcept;

/// Title and description of a stage.
cycle_stage_description describe_cycle_stage(cycle_stage stage);

}  // namespace cycle
LS_END_NAMESPACE
