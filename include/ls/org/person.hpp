#pragma once
/// \file
/// The people of a learning system and the roles they hold. A role is either built in
/// (catalog::builtin_role_ids(): principal, coach, teacher, ...) or one the organization
/// defines for itself (a "data strategist", an "equity lead").

#include <ls/core/issue_sink.hpp>

#include <boost/describe.hpp>

#include <optional>
#include <string>
#include <vector>

LS_BEGIN_NAMESPACE
namespace org {

/// A role an organization defines beyond the built-in ones.
struct custom_role {
  /// A stable id; it may not be the id of a built-in role (that would make "principal"
  /// mean two things).
  std::string id;
  std::string title;
  /// What people in this role are responsible for, in the organization's words.
  std::optional<std::string> description;

  friend bool operator==(const custom_role&, const custom_role&) = default;
};
BOOST_DESCRIBE_STRUCT(custom_role, (), (id, title, description))

struct person {
  /// A stable id, unique among the organization's people (an HR id written as
  /// "emp_20417" works).
  std::string id;
  std::string name;
  /// Role ids: built-in or custom roles of the organization. A person may hold several
  /// (a teacher who is also a coach).
  std::vector<std::string> roles;
  /// Ids of the units the person belongs to. Empty for people who belong to the system
  /// as a whole (a superintendent, a board member).
  std::vector<std::string> units;

  friend bool operator==(const person&, const person&) = default;
};
BOOST_DESCRIBE_STRUCT(person, (), (id, name, roles, units))

/// Rules: a stable id (org.invalid_id), a title (org.blank_title).
void check(const custom_role& role, const issue_sink& sink);
/// Rules at the person's own level: a stable id (org.invalid_id), a name (org.blank_name),
/// no repeated role or unit (warnings org.repeated_role, org.repeated_unit), at least one
/// role (warning org.no_role: legitimate while an export is incomplete, but the person
/// then counts in no role-based grouping). Whether roles and units resolve is checked by
/// the organization.
void check(const person& someone, const issue_sink& sink);

}  // namespace org
LS_END_NAMESPACE
