#pragma once
/// \file
/// The KASAB chart of roles and responsibilities (DOMAIN.md section 4): rows are the five
/// KASAB dimensions, columns are roles, and each cell holds the descriptors of what
/// people in that role must know, believe, be able to do, want and do. The book uses two
/// roles, school leadership teams and district leaders; districts add more.

#include <ls/catalog/tag.hpp>
#include <ls/core/issue_sink.hpp>
#include <ls/kasab/descriptor.hpp>
#include <ls/kasab/dimension.hpp>
#include <ls/kasab/theory_of_action.hpp>

#include <boost/describe.hpp>

#include <optional>
#include <string>
#include <vector>

LS_BEGIN_NAMESPACE
namespace kasab {

/// The descriptors of one row and one column.
struct kasab_cell {
  kasab_dimension dimension = kasab_dimension::knowledge;
  /// A role id: one of catalog::builtin_role_ids() or a custom stable id, and one of
  /// the chart's roles.
  std::string role;
  std::vector<kasab_descriptor> descriptors;

  friend bool operator==(const kasab_cell&, const kasab_cell&) = default;
};
BOOST_DESCRIBE_STRUCT(kasab_cell, (), (dimension, role, descriptors))

/// The book's two columns: {"school_leadership_team", "district_leader"}.
std::vector<std::string> default_kasab_roles();

struct kasab_chart {
  /// Stable id, e.g. "pl_roles_2026".
  std::string id;
  std::string title;
  /// The columns, in display order (role ids, see kasab_cell::role).
  std::vector<std::string> roles = default_kasab_roles();
  /// Cells that hold nothing may be left out; completeness() lists them as empty.
  std::vector<kasab_cell> cells;
  /// Written in the second session; a first-session draft has none, hence optional
  /// (and may be omitted in JSON).
  std::optional<kasab::theory_of_action> theory_of_action;
  /// Links to catalog entries (standards, attributes, ...).
  std::vector<catalog::tag> tags;
  /// When the chart was last worked on, "YYYY-MM-DD".
  std::optional<std::string> date;

  friend bool operator==(const kasab_chart&, const kasab_chart&) = default;
};
BOOST_DESCRIBE_STRUCT(kasab_chart, (),
                      (id, title, roles, cells, theory_of_action, tags, date))

/// Rules: the same descriptor (compared by normalised_descriptor_text) twice in one cell
/// is a warning at the repeat's text (kasab.duplicate_descriptor): probably two people
/// wrote the same idea, which is worth merging but not wrong.
void check(const kasab_cell& cell, const issue_sink& sink);

/// Rules: the id is a stable id (kasab.invalid_id); at least one role (kasab.no_roles);
/// each role a stable id (kasab.invalid_role) and listed once (kasab.duplicate_role);
/// each cell's role is one of the roles (kasab.unknown_role); one cell per dimension and
/// role (kasab.duplicate_cell, at the repeated cell); the date, when given, is a date
/// (date.invalid).
void check(const kasab_chart& chart, const issue_sink& sink);

}  // namespace kasab
LS_END_NAMESPACE
