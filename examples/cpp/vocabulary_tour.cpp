// A tour of the learning-system vocabulary through the C++ API: the 2022 standards by
// frame, the KASAB protocol's time budget, a KASAB chart read from JSON (with what is still
// missing), and a team's place in its improvement cycle. Run by ctest, so it cannot rot.
#include <ls/ls.hpp>

#include <iostream>

namespace {

void standards_by_frame() {
  const auto standards = *ls::catalog::builtin_catalogs().get("standards_2022");
  for (const auto& frame : standards.of_kind("frame")) {
    std::cout << *frame.title << ":";
    for (const auto& standard : standards.children(frame.id)) std::cout << " " << *standard.title << ";";
    std::cout << "\n";
  }
}

void kasab_protocol_budget() {
  const auto kasab = ls::protocol::builtin_protocol("kasab_roles");
  for (const auto& session : kasab.time_budget().sessions)
    std::cout << session.session << ": steps take " << session.planned_minutes << " of "
              << session.budget_minutes << " minutes\n";
  // The mismatch is a warning in the report, never an exception.
  for (const auto& issue : ls::validate(kasab).issues) std::cout << ls::to_string(issue) << "\n";
}

void draft_chart() {
  const auto chart = ls::json::load<ls::kasab::kasab_chart>(R"({
    "id": "pl_roles", "title": "Roles in professional learning",
    "cells": [{"dimension": "knowledge", "role": "school_leadership_team",
               "descriptors": [{"text": "Knows the district's definition of professional learning",
                                "author": "table 1", "status": "draft"}]}]})");
  const auto progress = ls::kasab::completeness(chart);
  std::cout << "KASAB chart: " << progress.filled_cells << " of " << progress.total_cells
            << " cells filled, " << progress.empty_cells.size() << " empty\n";
}

void where_a_team_is() {
  const auto log = ls::json::load<ls::cycle::cycle_log>(R"({
    "team": "lincoln_grade4", "definition": "seven_steps",
    "entries": [
      {"stage": "analyze_data", "iteration": 1, "started": "2026-09-01", "ended": "2026-09-18",
       "owner": "ana", "evidence": [{"kind": "data_source", "description": "fall benchmark"}]},
      {"stage": "set_goals", "iteration": 1, "started": "2026-09-21", "owner": "ana"}]})");
  const auto position = log.position();
  std::cout << log.team << ": stage " << position->stage_number << " of " << position->stage_count
            << " (" << ls::cycle::describe_cycle_stage(position->stage).title << ") since "
            << position->since << "\n";
}

}  // namespace

int main() {
  try {
    standards_by_frame();
    kasab_protocol_budget();
    draft_chart();
    where_a_team_is();
  } catch (const ls::validation_error& e) {
    std::cerr << e.what() << "\n";
    return 1;
  }
}
