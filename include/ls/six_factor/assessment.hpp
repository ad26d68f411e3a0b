#pragma once
/// \file
/// A six-factor assessment of district support for professional learning (DOMAIN.md
/// section 5), as recorded in its four steps: (1) each participant rates every factor
/// from 1 (low) to 4 (high) with examples; (2) six groups, one factor each, agree on a
/// rating and examples; (3) the whole team agrees on a rating per factor, and (4) on one
/// or two next steps for district leaders per factor.

#include <ls/core/issue_sink.hpp>
#include <ls/six_factor/factor.hpp>

#include <boost/describe.hpp>

#include <string>
#include <vector>

LS_BEGIN_NAMESPACE
namespace six_factor {

/// The lowest and highest rating of the scale.
inline constexpr int lowest_rating = 1;
inline constexpr int highest_rating = 4;

/// One participant's rating of one factor (step 1).
struct factor_rating {
  support_factor factor = support_factor::compelling_vision;
  /// 1 (low support) to 4 (high support).
  int rating = 0;
  /// What the participant has seen that justifies the rating. Needed at every rating,
  /// low ones included: a low rating without examples gives leaders nothing to act on.
  std::vector<std::string> examples;

  friend bool operator==(const factor_rating&, const factor_rating&) = default;
};
BOOST_DESCRIBE_STRUCT(factor_rating, (), (factor, rating, examples))

/// Everything one participant rated (step 1).
struct participant_ratings {
  /// An id for the participant, unique in the assessment; any non-blank text (initials,
  /// an anonymous code), since assessments are often recorded without names.
  std::string participant;
  std::vector<factor_rating> ratings;

  friend bool operator==(const participant_ratings&, const participant_ratings&) = default;
};
BOOST_DESCRIBE_STRUCT(participant_ratings, (), (participant, ratings))

/// A small group's consensus on the one factor it studied (step 2).
struct group_consensus {
  /// The group's name, e.g. "table 3".
  std::string group;
  /// Participant ids.
  std::vector<std::string> members;
  support_factor factor = support_factor::compelling_vision;
  int rating = 0;
  std::vector<std::string> examples;

  friend bool operator==(const group_consensus&, const group_consensus&) = default;
};
BOOST_DESCRIBE_STRUCT(group_consensus, (), (group, members, factor, rating, examples))

/// The whole team's consensus on a factor and what district leaders should do next
/// (steps 3 and 4).
struct team_consensus {
  support_factor factor = support_factor::compelling_vision;
  int rating = 0;
  std::vector<std::string> examples;
  /// One or two next steps for district leaders.
  std::vector<std::string> next_steps;

  friend bool operator==(const team_consensus&, const team_consensus&) = default;
};
BOOST_DESCRIBE_STRUCT(team_consensus, (), (factor, rating, examples, next_steps))

struct six_factor_assessment {
  /// Stable id, e.g. "springfield_2026_spring".
  std::string id;
  /// The school system assessed (its id or name); two assessments are compared only
  /// when this is the same.
  std::string system;
  /// "YYYY-MM-DD".
  std::string date;
  std::vector<participant_ratings> participants;
  std::vector<six_factor::group_consensus> group_consensus;
  std::vector<six_factor::team_consensus> team_consensus;

  friend bool operator==(const six_factor_assessment&, const six_factor_assessment&) = default;
};
BOOST_DESCRIBE_STRUCT(six_factor_assessment, (),
                      (id, system, date, participants, group_consensus, team_consensus))

/// Rules shared by the three rated types: rating in 1..4 (six_factor.rating_out_of_range,
/// error); no blank example (six_factor.blank_example, error); at least one example
/// (six_factor.no_example, warning).
void check(const factor_rating& rating, const issue_sink& sink);
/// Rules: the participant id is not blank (six_factor.blank_participant); each factor is
/// rated at most once (six_factor.duplicate_rating, error at the repeat's factor); each
/// factor not rated is a warning at ratings (six_factor.missing_rating).
void check(const participant_ratings& participant, const issue_sink& sink);
/// Rules: as factor_rating, and a group name (six_factor.blank_group); members listed
/// once (six_factor.duplicate_member); at least one member (six_factor.no_members,
/// warning: who agreed was not recorded).
void check(const group_consensus& consensus, const issue_sink& sink);
/// Rules: as factor_rating, and next steps: none is a warning (six_factor.no_next_step),
/// more than two an error (six_factor.too_many_next_steps), a blank one an error
/// (six_factor.blank_next_step).
void check(const team_consensus& consensus, const issue_sink& sink);
/// Rules: the id is a stable id (six_factor.invalid_id); a system (six_factor.blank_system);
/// the date (date.invalid); participant ids unique (six_factor.duplicate_participant);
/// group members are participants (six_factor.unknown_member); at most one group
/// consensus and one team consensus per factor (six_factor.duplicate_group_consensus,
/// six_factor.duplicate_team_consensus).
void check(const six_factor_assessment& assessment, const issue_sink& sink);

}  // namespace six_factor
LS_END_NAMESPACE
