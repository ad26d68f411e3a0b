#include <ls/cycle/stage.hpp>

#include <ls/catalog/catalog_set.hpp>
#include <ls/reflect/traits.hpp>

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

// Titles and descriptions are the cycle_stage catalog's (data/catalogs/cycle_stage.json).
cycle_stage_description describe_cycle_stage(cycle_stage stage) {
  const auto id = reflect::enumerator_name(stage);
  return {stage, std::string(catalog::builtin_title(catalog::scheme::cycle_stage, id)),
          std::string(catalog::builtin_description(catalog::scheme::cycle_stage, id))};
}

}  // namespace cycle
LS_END_NAMESPACE
