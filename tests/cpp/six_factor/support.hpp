#pragma once
// A small assessment whose statistics were worked out by hand (see summary_test.cpp).

#include <ls/six_factor/assessment.hpp>

#include <string>

namespace six_factor_test {

using namespace ls::six_factor;

/// Three participants p1..p3 rate all six factors (rows: participants, columns: factors
/// in book order):
///   p1: 2 3 1 2 3 1
///   p2: 3 3 1 2 2 1
///   p3: 4 3 4 3 2 2
/// Group "table 1" (p1, p2) agrees on 3 for the vision; the team agrees on 2 for the
/// vision and 1 for resources.
inline six_factor_assessment spring() {
  six_factor_assessment a;
  a.id = "springfield_2026_spring";
  a.system = "springfield";
  a.date = "2026-05-20";
  const int ratings[3][6] = {{2, 3, 1, 2, 3, 1}, {3, 3, 1, 2, 2, 1}, {4, 3, 4, 3, 2, 2}};
  for (int p = 0; p < 3; ++p) {
    participant_ratings person{"p" + std::to_string(p + 1), {}};
    for (std::size_t f = 0; f < all_support_factors.size(); ++f)
      person.ratings.push_back(
          {all_support_factors[f], ratings[p][f], {"seen in " + std::to_string(f)}});
    a.participants.push_back(person);
  }
  a.group_consensus = {{"table 1",
                        {"p1", "p2"},
                        support_factor::compelling_vision,
                        3,
                        {"The board adopted a vision statement"}}};
  a.team_consensus = {
      {support_factor::compelling_vision,
       2,
       {"Few principals can state the vision"},
       {"Present the vision at every principal meeting"}},
      {support_factor::resources,
       1,
       {"No budget line for coaching"},
       {"Add a coaching line to next year's budget", "Protect one hour a week"}}};
  return a;
}

}  // namespace six_factor_test
