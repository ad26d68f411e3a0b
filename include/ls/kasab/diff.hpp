#pragma once
/// \file
/// What changed between two versions of a KASAB chart, typically the rough draft of
/// session I and the agreed chart of session II: roles added and removed, descriptors
/// added, removed or changed in status per cell, and theory-of-action items added and
/// removed.
///
/// Descriptors and theory-of-action items are matched by normalised text
/// (normalised_descriptor_text) within the same cell: a change of case or spacing is not a
/// change; any other rewording shows as one removed and one added descriptor, which is
/// what a reviewer needs to see. A change of author alone is not reported. Repeated
/// texts are matched one to one, in order.

#include <ls/kasab/chart.hpp>

#include <boost/describe.hpp>

#include <string>
#include <vector>

LS_BEGIN_NAMESPACE
namespace kasab {

struct kasab_status_change {
  /// The text as written in the later version.
  std::string text;
  descriptor_status before = descriptor_status::draft;
  descriptor_status after = descriptor_status::draft;
};
BOOST_DESCRIBE_STRUCT(kasab_status_change, (), (text, before, after))

/// The changes in one grid position (only positions with a change are listed).
struct kasab_cell_diff {
  kasab_dimension dimension = kasab_dimension::knowledge;
  std::string role;
  std::vector<kasab_descriptor> added;
  std::vector<kasab_descriptor> removed;
  std::vector<kasab_status_change> status_changed;
};
BOOST_DESCRIBE_STRUCT(kasab_cell_diff, (), (dimension, role, added, removed, status_changed))

/// Countermeasures added to or removed from a barrier present in both versions.
struct kasab_barrier_change {
  std::string barrier;
  std::vector<std::string> countermeasures_added;
  std::vector<std::string> countermeasures_removed;
};
BOOST_DESCRIBE_STRUCT(kasab_barrier_change, (),
                      (barrier, countermeasures_added, countermeasures_removed))

/// A missing theory of action counts as an empty one.
struct theory_of_action_diff {
  std::vector<std::string> first_steps_added;
  std::vector<std::string> first_steps_removed;
  std::vector<theory_of_action_barrier> barriers_added;
  std::vector<theory_of_action_barrier> barriers_removed;
  std::vector<kasab_barrier_change> barriers_changed;
  std::vector<std::string> supports_added;
  std::vector<std::string> supports_removed;
  std::vector<std::string> evidence_added;
  std::vector<std::string> evidence_removed;

  /// True when nothing changed.
  bool empty() const noexcept;
};
BOOST_DESCRIBE_STRUCT(theory_of_action_diff, (),
                      (first_steps_added, first_steps_removed, barriers_added, barriers_removed,
                       barriers_changed, supports_added, supports_removed, evidence_added,
                       evidence_removed, empty))

struct kasab_diff {
  std::vector<std::string> roles_added;
  std::vector<std::string> roles_removed;
  /// Changed grid positions, row by row; within a row in the later chart's role order,
  /// then removed roles in the earlier chart's order.
  std::vector<kasab_cell_diff> cells;
  theory_of_action_diff theory_of_action;

  /// True when nothing changed.
  bool empty() const noexcept;
  /// One line per change group, e.g.
  /// "knowledge / district_leader: 1 added, 2 draft -> agreed"; "no changes" if empty.
  std::string summary() const;
};
BOOST_DESCRIBE_STRUCT(kasab_diff, (), (roles_added, roles_removed, cells, theory_of_action,
                                       empty, summary))

/// The changes from `before` to `after`. Works on charts with issues too (cells of
/// repeated positions are taken together). Does not modify its inputs.
kasab_diff diff(const kasab_chart& before, const kasab_chart& after);

}  // namespace kasab
LS_END_NAMESPACE
