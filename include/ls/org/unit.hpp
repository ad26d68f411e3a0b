#pragma once
/// \file
/// A unit of a learning system's organization: a network (a grouping of schools inside
/// the system, such as a region), a school, or a learning team. Units are stored flat,
/// each naming its parent by id, as HR and student-information exports list them; the
/// organization (organization.hpp) checks that the parents form a tree.

#include <ls/core/issue_sink.hpp>

#include <boost/describe.hpp>

#include <optional>
#include <string>

LS_BEGIN_NAMESPACE
namespace org {

/// What a unit is. (Named org_unit_kind, not unit_kind: Python class names are shared by
/// every folder of the library.)
enum class org_unit_kind {
  /// A grouping of schools inside the system (a region, a feeder pattern, a zone).
  network,
  school,
  /// A learning team: at a school, or at the central office when placed under a network
  /// or directly under the system.
  team
};
BOOST_DESCRIBE_ENUM(org_unit_kind, network, school, team)

struct org_unit {
  /// A stable id ("ps_101", "north_region.math_team"), unique in the organization.
  std::string id;
  std::string name;
  org_unit_kind kind = org_unit_kind::school;
  /// The id of the unit this one is part of; absent when it sits directly under the
  /// system (the district or network itself, which is not a unit).
  std::optional<std::string> parent;

  friend bool operator==(const org_unit&, const org_unit&) = default;
};
BOOST_DESCRIBE_STRUCT(org_unit, (), (id, name, kind, parent))

/// Where a unit of kind `child` may be placed; `parent` absent means directly under the
/// system. A school sits under the system or a network; a network under the system or
/// another network; a team anywhere (a team under a team is a sub-team, a team under a
/// network or the system is a central-office team). Nothing may sit under a team but a
/// team: a school inside a learning team would turn the tree upside down.
bool may_be_placed_under(org_unit_kind child, std::optional<org_unit_kind> parent) noexcept;

/// Rules at the unit's own level: the id is a stable id (org.invalid_id), the name is not
/// blank (org.blank_name). Parents are checked by the organization, which sees them all.
void check(const org_unit& unit, const issue_sink& sink);

}  // namespace org
LS_END_NAMESPACE
