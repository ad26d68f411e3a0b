#pragma once
// A made-up map shared by the placement and distribution tests: four levels; the outcome
// "plans_learning" leaves level 3 blank; nobody is ever placed on "leads_teams".

#include <ls/ic_map/ic_map.hpp>
#include <ls/ic_map/placement.hpp>

namespace ic_map_test {

inline ls::ic_map::ic_map principal_map() {
  ls::ic_map::ic_map map;
  map.id = "principal_evidence";
  map.title = "Principal: using evidence";
  map.role = "principal";
  map.level_count = 4;
  map.outcomes = {
      {"uses_data", {"standards_2022", "evidence"}, std::nullopt, "Uses evidence to decide",
       {"Every term, several sources", "Once a year", "Test scores only", "Not at all"}},
      {"plans_learning", {"standards_2022", "learning_designs"}, std::nullopt,
       "Plans learning with teachers",
       {"With every team", "With some teams", std::nullopt, "Alone"}},
      {"leads_teams", {"standards_2022", "leadership"}, std::nullopt, "Leads teams",
       {"Always", "Often", "Sometimes", "Never"}},
  };
  return map;
}

inline ls::ic_map::ic_placement place(std::string subject, std::string outcome, int level,
                                      std::string date,
                                      ls::ic_map::ic_subject_kind kind =
                                          ls::ic_map::ic_subject_kind::person) {
  return {"principal_evidence", std::move(outcome), std::move(subject), kind, level,
          std::move(date), std::nullopt};
}

}  // namespace ic_map_test
