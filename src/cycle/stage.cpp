#include <ls/cycle/stage.hpp>

#include <algorithm>
#include <array>

LS_BEGIN_NAMESPACE
namespace cycle {

namespace {
using enum cycle_stage;
constexpr std::array<cycle_stage, 6> six{analyze_data,      set_goals,          extend_learning,
                                         select_strategies, apply_with_support,
                                         monitor_and_evaluate};
constexpr std::array<cycle_stage, 7> seven{analyze_data,       set_goals,
                                           extend_learning,    select_strategies,
                                           apply_with_support, monitor_and_refine,
                                           evaluate};

template <class Stages>
std::optional<int> number_in(const Stages& stages, cycle_stage stage) noexcept {
  auto found = std::find(stages.begin(), stages.end(), stage);
  if (found == stages.end()) return std::nullopt;
  return static_cast<int>(found - stages.begin()) + 1;
}
}  // namespace

std::vector<cycle_stage> cycle_stages(cycle_definition definition) {
  if (definition == cycle_definition::six_steps) return {six.begin(), six.end()};
  return {seven.begin(), seven.end()};
}

std::optional<int> cycle_stage_number(cycle_definition definition, cycle_stage stage) noexcept {
  return definition == cycle_definition::six_steps ? number_in(six, stage)
                                                   : number_in(seven, stage);
}

cycle_stage_description describe_cycle_stage(cycle_stage stage) {
  switch (stage) {
    case analyze_data:
      return {stage, "Analyze data",
              "Study student results and educator data to find what students most need to "
              "learn and what the adults must learn so that they can teach it."};
    case set_goals:
      return {stage, "Set shared goals",
              "Agree on specific, measurable goals for student learning and for the "
              "team's own learning, owned by the whole team."};
    case extend_learning:
      return {stage, "Extend learning",
              "Deepen the team's knowledge of the content, of how to teach that content, of "
              "how students learn it, and of managing the classroom."};
    case select_strategies:
      return {stage, "Select strategies",
              "Choose strategies backed by evidence that fit the goals, and plan how to "
              "put them in place."};
    case apply_with_support:
      return {stage, "Apply with support",
              "Use the new practice in classrooms with help on the job: coaching, "
              "observation, shared planning and feedback."};
    case monitor_and_evaluate:
      return {stage, "Monitor and evaluate",
              "Gather evidence to adjust the practice while it is under way and to judge "
              "whether the goals were reached (the six-step cycle keeps both in one step)."};
    case monitor_and_refine:
      return {stage, "Monitor and refine",
              "Follow how the practice is being carried out and adjust it while it is "
              "under way."};
    case evaluate:
      return {stage, "Evaluate",
              "Judge with evidence whether student and educator goals were reached, and "
              "carry what was learned into the next cycle."};
  }
  return {stage, "", ""};
}

}  // namespace cycle
LS_END_NAMESPACE
