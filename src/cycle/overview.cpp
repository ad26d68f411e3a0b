#include <ls/cycle/overview.hpp>

#include <ls/core/date.hpp>
#include <ls/core/error.hpp>
#include <ls/core/validate.hpp>
#include <ls/reflect/traits.hpp>

#include <algorithm>
#include <cstddef>
#include <map>

LS_BEGIN_NAMESPACE
namespace cycle {

namespace {

/// Issues of the log's team against the organization, at "/<index>/team".
void place_in_organization(const org::organization& system, const cycle_log& log,
                           team_cycle_status& row, const issue_sink& sink) {
  auto unit = system.find_unit(log.team);
  if (!unit) {
    sink.error("cycle.unknown_team",
               "team '" + log.team + "' is not a unit of organization '" + system.id + "'");
    return;
  }
  if (unit->kind != org::org_unit_kind::team) {
    sink.error("cycle.not_a_team", "'" + log.team + "' is a " +
                                       std::string(reflect::enumerator_name(unit->kind)) +
                                       " of organization '" + system.id + "', not a team");
    return;
  }
  if (auto school = system.school_of(log.team)) row.school = school->id;
}

void place_in_cycle(const cycle_log& log, const std::string& as_of,
                    std::chrono::year_month_day day, team_cycle_status& row) {
  row.position = log.position_as_of(as_of);
  if (!row.position) {
    row.state = team_cycle_state::not_started;
    return;
  }
  row.state = team_cycle_state::in_progress;
  row.days_in_stage = static_cast<int>(days_between(*parse_date(row.position->since), day));
}

}  // namespace

int cycle_overview_report::invalid_count() const {
  return static_cast<int>(std::count_if(teams.begin(), teams.end(), [](const auto& row) {
    return row.state == team_cycle_state::invalid;
  }));
}

cycle_overview_report cycle_overview(const std::vector<cycle_log>& logs, const std::string& as_of,
                                     const std::optional<org::organization>& organization) {
  const auto day = parse_date(as_of);
  if (!day) throw error("as_of '" + as_of + "' is not a date written as YYYY-MM-DD");
  if (organization) require_valid(*organization);

  cycle_overview_report overview;
  overview.as_of = as_of;
  std::map<std::string, std::size_t> first_log;
  for (std::size_t i = 0; i < logs.size(); ++i) {
    const auto& log = logs[i];
    team_cycle_status row;
    row.team = log.team;
    row.log = static_cast<int>(i);
    validation_report report;
    report.append(validate(log), "/" + std::to_string(i));
    const issue_sink team_sink = issue_sink(report).at(i).at("team");
    if (!log.team.empty()) {
      auto [first, inserted] = first_log.emplace(log.team, i);
      if (!inserted)
        team_sink.error("cycle.duplicate_team",
                        "team '" + log.team + "' already has a log (number " +
                            std::to_string(first->second) + ")");
    }
    if (organization) place_in_organization(*organization, log, row, team_sink);
    if (report.ok())
      place_in_cycle(log, as_of, *day, row);
    else
      row.state = team_cycle_state::invalid;
    row.issues = std::move(report.issues);
    overview.teams.push_back(std::move(row));
  }
  if (organization)
    for (const auto& unit : organization->units) {
      if (unit.kind != org::org_unit_kind::team || first_log.count(unit.id)) continue;
      team_cycle_status row;
      row.team = unit.id;
      row.state = team_cycle_state::no_log;
      if (auto school = organization->school_of(unit.id)) row.school = school->id;
      overview.teams.push_back(std::move(row));
    }
  return overview;
}

}  // namespace cycle
LS_END_NAMESPACE
