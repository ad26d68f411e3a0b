#include <ls/six_factor/assessment.hpp>

#include <ls/core/date.hpp>
#include <ls/core/text.hpp>
#include <ls/reflect/traits.hpp>

#include <algorithm>
#include <map>
#include <set>

LS_BEGIN_NAMESPACE
namespace six_factor {

namespace {

std::string name_of(support_factor factor) {
  return std::string(reflect::enumerator_name(factor));
}

/// The rules every rated thing shares: the rating on the scale, and examples.
void check_rated(int rating, const std::vector<std::string>& examples, const issue_sink& sink) {
  if (rating < lowest_rating || rating > highest_rating)
    sink.at("rating").error("six_factor.rating_out_of_range",
                            "rating " + std::to_string(rating) + " is not between " +
                                std::to_string(lowest_rating) + " and " +
                                std::to_string(highest_rating));
  for (std::size_t i = 0; i < examples.size(); ++i)
    if (is_blank(examples[i]))
      sink.at("examples").at(i).error("six_factor.blank_example",
                                      "example " + std::to_string(i) + " is blank");
  if (std::all_of(examples.begin(), examples.end(),
                  [](const std::string& e) { return is_blank(e); }))
    sink.at("examples").warning("six_factor.no_example",
                                "rating " + std::to_string(rating) +
                                    " has no example: examples matter even when it is low");
}

/// Each repeat of a factor in `items` (by `factor_of`) is an error at its "factor".
template <class Items, class FactorOf>
void check_once_per_factor(const Items& items, const issue_sink& sink, const char* code,
                           const char* what, FactorOf factor_of) {
  std::map<support_factor, std::size_t> first_seen;
  for (std::size_t i = 0; i < items.size(); ++i) {
    auto [where, inserted] = first_seen.emplace(factor_of(items[i]), i);
    if (!inserted)
      sink.at(i).at("factor").error(code, name_of(where->first) + " already has " + what +
                                              " (element " + std::to_string(where->second) +
                                              ")");
  }
}

}  // namespace

void check(const factor_rating& rating, const issue_sink& sink) {
  check_rated(rating.rating, rating.examples, sink);
}

void check(const participant_ratings& participant, const issue_sink& sink) {
  if (is_blank(participant.participant))
    sink.at("participant").error("six_factor.blank_participant", "a participant needs an id");
  check_once_per_factor(participant.ratings, sink.at("ratings"), "six_factor.duplicate_rating",
                        "a rating from this participant",
                        [](const factor_rating& r) { return r.factor; });
  for (auto factor : all_support_factors)
    if (std::none_of(participant.ratings.begin(), participant.ratings.end(),
                     [&](const factor_rating& r) { return r.factor == factor; }))
      sink.at("ratings").warning("six_factor.missing_rating",
                                 "\"" + participant.participant + "\" did not rate " +
                                     name_of(factor));
}

void check(const group_consensus& consensus, const issue_sink& sink) {
  if (is_blank(consensus.group))
    sink.at("group").error("six_factor.blank_group", "a group needs a name");
  std::map<std::string, std::size_t> first_seen;
  for (std::size_t i = 0; i < consensus.members.size(); ++i) {
    auto [where, inserted] = first_seen.emplace(consensus.members[i], i);
    if (!inserted)
      sink.at("members").at(i).error("six_factor.duplicate_member",
                                     "\"" + consensus.members[i] + "\" is already member " +
                                         std::to_string(where->second));
  }
  if (consensus.members.empty())
    sink.at("members").warning("six_factor.no_members",
                               "the group \"" + consensus.group + "\" lists no members");
  check_rated(consensus.rating, consensus.examples, sink);
}

void check(const team_consensus& consensus, const issue_sink& sink) {
  check_rated(consensus.rating, consensus.examples, sink);
  const auto& steps = consensus.next_steps;
  if (steps.empty())
    sink.at("next_steps").warning("six_factor.no_next_step",
                                  name_of(consensus.factor) + " has no next step");
  if (steps.size() > 2)
    sink.at("next_steps").error("six_factor.too_many_next_steps",
                                name_of(consensus.factor) + " has " +
                                    std::to_string(steps.size()) +
                                    " next steps; the team agrees on one or two");
  for (std::size_t i = 0; i < steps.size(); ++i)
    if (is_blank(steps[i]))
      sink.at("next_steps").at(i).error("six_factor.blank_next_step",
                                        "next step " + std::to_string(i) + " is blank");
}

void check(const six_factor_assessment& assessment, const issue_sink& sink) {
  if (!is_stable_id(assessment.id))
    sink.at("id").error("six_factor.invalid_id",
                        assessment.id.empty()
                            ? std::string("an assessment needs an id")
                            : "\"" + assessment.id +
                                  "\" is not a stable id (lower-case letters, digits and '_')");
  if (is_blank(assessment.system))
    sink.at("system").error("six_factor.blank_system", "name the school system assessed");
  check_date(assessment.date, sink.at("date"));

  std::set<std::string> ids;
  const auto participants = sink.at("participants");
  std::map<std::string, std::size_t> first_seen;
  for (std::size_t i = 0; i < assessment.participants.size(); ++i) {
    const auto& id = assessment.participants[i].participant;
    if (is_blank(id)) continue;  // six_factor.blank_participant
    ids.insert(id);
    auto [where, inserted] = first_seen.emplace(id, i);
    if (!inserted)
      participants.at(i).at("participant")
          .error("six_factor.duplicate_participant",
                 "\"" + id + "\" is already participant " + std::to_string(where->second));
  }

  const auto groups = sink.at("group_consensus");
  for (std::size_t g = 0; g < assessment.group_consensus.size(); ++g) {
    const auto& members = assessment.group_consensus[g].members;
    for (std::size_t m = 0; m < members.size(); ++m)
      if (!ids.count(members[m]))
        groups.at(g).at("members").at(m).error(
            "six_factor.unknown_member", "\"" + members[m] + "\" is not a participant");
  }
  check_once_per_factor(assessment.group_consensus, groups,
                        "six_factor.duplicate_group_consensus", "a group consensus",
                        [](const group_consensus& c) { return c.factor; });
  check_once_per_factor(assessment.team_consensus, sink.at("team_consensus"),
                        "six_factor.duplicate_team_consensus", "a team consensus",
                        [](const team_consensus& c) { return c.factor; });
}

}  // namespace six_factor
LS_END_NAMESPACE
