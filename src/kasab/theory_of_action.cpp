#include <ls/kasab/theory_of_action.hpp>

#include <ls/core/text.hpp>

#include <algorithm>

LS_BEGIN_NAMESPACE
namespace kasab {

namespace {
void check_items(const std::vector<std::string>& items, const issue_sink& sink,
                 const char* what) {
  for (std::size_t i = 0; i < items.size(); ++i)
    if (is_blank(items[i]))
      sink.at(i).error("kasab.blank_item", std::string(what) + " " + std::to_string(i) +
                                               " is blank");
}
}  // namespace

void check(const theory_of_action_barrier& barrier, const issue_sink& sink) {
  if (is_blank(barrier.barrier))
    sink.at("barrier").error("kasab.blank_item", "a barrier needs a text");
  check_items(barrier.countermeasures, sink.at("countermeasures"), "countermeasure");
  if (std::all_of(barrier.countermeasures.begin(), barrier.countermeasures.end(),
                  [](const std::string& c) { return is_blank(c); }))
    sink.at("countermeasures")
        .warning("kasab.barrier_without_countermeasure",
                 "the barrier \"" + barrier.barrier + "\" has no countermeasure");
}

void check(const theory_of_action& plan, const issue_sink& sink) {
  check_items(plan.first_steps, sink.at("first_steps"), "first step");
  check_items(plan.supports, sink.at("supports"), "support");
  check_items(plan.evidence, sink.at("evidence"), "evidence item");
}

}  // namespace kasab
LS_END_NAMESPACE
