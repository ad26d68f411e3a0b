#pragma once
/// \file
/// A learning system (DOMAIN.md section 1): a district, a charter network or a network of
/// schools, with its units (networks, schools, learning teams), its people and the roles
/// it defines for itself. Other tools refer to it by ids: a cycle log names its team, and
/// scores are later grouped by the chain system > network > school > team.

#include <ls/core/issue_sink.hpp>
#include <ls/org/person.hpp>
#include <ls/org/unit.hpp>

#include <boost/describe.hpp>

#include <optional>
#include <string>
#include <vector>

LS_BEGIN_NAMESPACE
namespace org {

/// What kind of school system this is.
enum class system_kind { district, charter_network, network_of_schools };
BOOST_DESCRIBE_ENUM(system_kind, district, charter_network, network_of_schools)

/// Queries take ids and throw ls::error for an id that names nothing: a typo should not
/// look like an empty school. They never loop, even on an organization whose parents
/// form a cycle (validate() reports those).
struct organization {
  /// A stable id; no unit may use it.
  std::string id;
  std::string name;
  system_kind kind = system_kind::district;
  std::vector<org_unit> units;
  std::vector<person> people;
  std::vector<custom_role> custom_roles;

  /// The unit with this id, or nothing (no throw: this is the lookup to test with).
  std::optional<org_unit> find_unit(const std::string& unit_id) const;
  /// The person with this id, or nothing.
  std::optional<person> find_person(const std::string& person_id) const;
  /// Every unit of kind school, in document order.
  std::vector<org_unit> schools() const;
  /// Every team below the unit at any depth (a school's teams, their sub-teams; a
  /// network's central-office and school teams), in document order.
  std::vector<org_unit> teams_of(const std::string& unit_id) const;
  /// People who list the unit among their units (direct members only).
  std::vector<person> members_of(const std::string& unit_id) const;
  /// People who belong to the unit or to any unit below it (a school's staff with the
  /// members of all its teams), each once, in document order.
  std::vector<person> members_within(const std::string& unit_id) const;
  /// People holding the role (built-in or custom; an unknown role id throws).
  std::vector<person> people_with_role(const std::string& role_id) const;
  /// The parent of the unit, its parent, and so on up to the unit placed directly under
  /// the system; nearest first, the unit itself not included. Stops at a parent that does
  /// not resolve and before a unit repeats (a cycle), so it always ends.
  std::vector<org_unit> ancestors_of(const std::string& unit_id) const;
  /// The school a unit belongs to: a school itself, the nearest school above a team, and
  /// nothing for a network or a central-office team.
  std::optional<org_unit> school_of(const std::string& unit_id) const;
  /// True for built-in roles and the organization's custom roles.
  bool has_role(const std::string& role_id) const;

  friend bool operator==(const organization&, const organization&) = default;
};
BOOST_DESCRIBE_STRUCT(organization, (),
                      (id, name, kind, units, people, custom_roles, find_unit, find_person,
                       schools, teams_of, members_of, members_within, people_with_role,
                       ancestors_of, school_of, has_role))

/// Rules that relate the organization's parts (each unit, person and role checks itself):
/// - org.invalid_id, org.blank_name: the system's own id and name;
/// - org.duplicate_unit, org.duplicate_person, org.duplicate_role: ids unique per list;
/// - org.unit_is_system: a unit id equal to the system id;
/// - org.unknown_parent: a parent id that names no unit;
/// - org.parent_is_system (warning): a parent that is the system id, meaning "directly
///   under the system", which is written by leaving parent out;
/// - org.parent_kind: a unit placed where its kind may not be (may_be_placed_under);
/// - org.cycle: units whose parents lead round in a circle (a unit its own parent
///   included), once per circle, at the parent of its first unit in document order,
///   naming every member;
/// - org.unknown_unit: a person's unit that names no unit;
/// - org.unknown_role: a person's role that is neither built in nor custom;
/// - org.shadows_builtin_role: a custom role id that is a built-in role id.
void check(const organization& system, const issue_sink& sink);

}  // namespace org
LS_END_NAMESPACE
