#include <ls/org/organization.hpp>

#include <ls/catalog/roles.hpp>
#include <ls/core/error.hpp>
#include <ls/core/text.hpp>
#include <ls/core/unique.hpp>
#include <ls/reflect/traits.hpp>

#include <algorithm>
#include <cstddef>
#include <map>
#include <set>

LS_BEGIN_NAMESPACE
namespace org {

namespace {

/// Units by id (the first one when an id repeats, which validate() reports) and each
/// unit's parent as an index, so walks up the tree are lookups, not searches.
class unit_index {
 public:
  explicit unit_index(const organization& system) : units_(system.units) {
    for (std::size_t i = 0; i < units_.size(); ++i) by_id_.emplace(units_[i].id, i);
  }

  std::optional<std::size_t> find(const std::string& id) const {
    auto found = by_id_.find(id);
    if (found == by_id_.end()) return std::nullopt;
    return found->second;
  }

  std::optional<std::size_t> parent(std::size_t i) const {
    const auto& parent_id = units_[i].parent;
    return parent_id ? find(*parent_id) : std::nullopt;
  }

  /// Indexes of the ancestors of unit i, nearest first; stops before any unit repeats.
  std::vector<std::size_t> ancestors(std::size_t i) const {
    std::vector<std::size_t> chain;
    std::vector<bool> seen(units_.size(), false);
    seen[i] = true;
    for (auto up = parent(i); up && !seen[*up]; up = parent(*up)) {
      seen[*up] = true;
      chain.push_back(*up);
    }
    return chain;
  }

  /// True when unit i is strictly below the unit with id `above`.
  bool is_below(std::size_t i, const std::string& above) const {
    auto chain = ancestors(i);
    return std::any_of(chain.begin(), chain.end(),
                       [&](std::size_t a) { return units_[a].id == above; });
  }

  const std::vector<org_unit>& units() const { return units_; }

 private:
  const std::vector<org_unit>& units_;
  std::map<std::string, std::size_t> by_id_;
};

std::size_t require_unit(const organization& system, const unit_index& index,
                         const std::string& unit_id) {
  auto found = index.find(unit_id);
  if (!found) throw error("organization '" + system.id + "' has no unit '" + unit_id + "'");
  return *found;
}

std::string kind_name(org_unit_kind kind) { return std::string(reflect::enumerator_name(kind)); }

void check_parents(const organization& system, const unit_index& index,
                   const issue_sink& units_sink) {
  for (std::size_t i = 0; i < system.units.size(); ++i) {
    const auto& unit = system.units[i];
    if (unit.id == system.id)
      units_sink.at(i).at("id").error("org.unit_is_system",
                                      "unit id '" + unit.id + "' is the id of the system");
    if (!unit.parent) continue;
    auto sink = units_sink.at(i).at("parent");
    if (*unit.parent == system.id) {
      sink.warning("org.parent_is_system",
                   "parent '" + *unit.parent +
                       "' is the system itself; leave parent out for a unit directly under "
                       "the system");
      if (!may_be_placed_under(unit.kind, std::nullopt))
        sink.error("org.parent_kind", "a " + kind_name(unit.kind) +
                                          " cannot be placed directly under the system");
      continue;
    }
    auto parent = index.find(*unit.parent);
    if (!parent) {
      sink.error("org.unknown_parent", "parent '" + *unit.parent + "' of unit '" + unit.id +
                                           "' is not a unit of the organization");
      continue;
    }
    const auto parent_kind = system.units[*parent].kind;
    if (!may_be_placed_under(unit.kind, parent_kind))
      sink.error("org.parent_kind", "a " + kind_name(unit.kind) + " cannot be placed under a " +
                                        kind_name(parent_kind) + " ('" + *unit.parent + "')");
  }
}

/// Each unit has at most one parent, so following parents from any unit either ends or
/// enters exactly one circle. Walk from every unit not yet finished; meeting a unit of the
/// current walk closes a circle, reported once; every unit is walked at most once overall.
void check_cycles(const organization& system, const unit_index& index,
                  const issue_sink& units_sink) {
  enum class state { unvisited, on_walk, finished };
  std::vector<state> states(system.units.size(), state::unvisited);
  for (std::size_t start = 0; start < system.units.size(); ++start) {
    std::vector<std::size_t> walk;
    std::optional<std::size_t> at = start;
    while (at && states[*at] == state::unvisited) {
      states[*at] = state::on_walk;
      walk.push_back(*at);
      at = index.parent(*at);
    }
    if (at && states[*at] == state::on_walk) {
      auto circle_start = std::find(walk.begin(), walk.end(), *at);
      std::vector<std::size_t> circle(circle_start, walk.end());
      std::rotate(circle.begin(), std::min_element(circle.begin(), circle.end()), circle.end());
      std::string names;
      for (auto member : circle) names += system.units[member].id + " -> ";
      names += system.units[circle.front()].id;
      units_sink.at(circle.front())
          .at("parent")
          .error("org.cycle", "the parents of these units lead round in a circle (each "
                              "arrow points to the parent): " +
                                  names);
    }
    for (auto visited : walk) states[visited] = state::finished;
  }
}

void check_people(const organization& system, const unit_index& index,
                  const issue_sink& people_sink) {
  for (std::size_t i = 0; i < system.people.size(); ++i) {
    const auto& someone = system.people[i];
    for (std::size_t r = 0; r < someone.roles.size(); ++r)
      if (!system.has_role(someone.roles[r]))
        people_sink.at(i).at("roles").at(r).error(
            "org.unknown_role", "role '" + someone.roles[r] +
                                    "' is neither a built-in role nor a custom role of the "
                                    "organization");
    for (std::size_t u = 0; u < someone.units.size(); ++u) {
      const auto& unit_id = someone.units[u];
      if (index.find(unit_id)) continue;
      std::string message = "unit '" + unit_id + "' of person '" + someone.id +
                            "' is not a unit of the organization";
      if (unit_id == system.id)
        message += " (the system is not a unit: leave units empty for people who belong "
                   "to the system as a whole)";
      people_sink.at(i).at("units").at(u).error("org.unknown_unit", message);
    }
  }
}

}  // namespace

std::optional<org_unit> organization::find_unit(const std::string& unit_id) const {
  auto found = unit_index(*this).find(unit_id);
  if (!found) return std::nullopt;
  return units[*found];
}

std::optional<person> organization::find_person(const std::string& person_id) const {
  auto found = std::find_if(people.begin(), people.end(),
                            [&](const person& p) { return p.id == person_id; });
  if (found == people.end()) return std::nullopt;
  return *found;
}

std::vector<org_unit> organization::schools() const {
  std::vector<org_unit> out;
  std::copy_if(units.begin(), units.end(), std::back_inserter(out),
               [](const org_unit& u) { return u.kind == org_unit_kind::school; });
  return out;
}

std::vector<org_unit> organization::teams_of(const std::string& unit_id) const {
  unit_index index(*this);
  require_unit(*this, index, unit_id);
  std::vector<org_unit> out;
  for (std::size_t i = 0; i < units.size(); ++i)
    if (units[i].kind == org_unit_kind::team && index.is_below(i, unit_id))
      out.push_back(units[i]);
  return out;
}

std::vector<person> organization::members_of(const std::string& unit_id) const {
  unit_index index(*this);
  require_unit(*this, index, unit_id);
  std::vector<person> out;
  for (const auto& someone : people)
    if (std::find(someone.units.begin(), someone.units.end(), unit_id) != someone.units.end())
      out.push_back(someone);
  return out;
}

std::vector<person> organization::members_within(const std::string& unit_id) const {
  unit_index index(*this);
  require_unit(*this, index, unit_id);
  std::set<std::string> within{unit_id};
  for (std::size_t i = 0; i < units.size(); ++i)
    if (index.is_below(i, unit_id)) within.insert(units[i].id);
  std::vector<person> out;
  for (const auto& someone : people)
    if (std::any_of(someone.units.begin(), someone.units.end(),
                    [&](const std::string& u) { return within.count(u) > 0; }))
      out.push_back(someone);
  return out;
}

std::vector<person> organization::people_with_role(const std::string& role_id) const {
  if (!has_role(role_id))
    throw error("'" + role_id + "' is neither a built-in role nor a custom role of '" + id +
                "'");
  std::vector<person> out;
  for (const auto& someone : people)
    if (std::find(someone.roles.begin(), someone.roles.end(), role_id) != someone.roles.end())
      out.push_back(someone);
  return out;
}

std::vector<org_unit> organization::ancestors_of(const std::string& unit_id) const {
  unit_index index(*this);
  std::vector<org_unit> out;
  for (auto i : index.ancestors(require_unit(*this, index, unit_id))) out.push_back(units[i]);
  return out;
}

std::optional<org_unit> organization::school_of(const std::string& unit_id) const {
  unit_index index(*this);
  const auto i = require_unit(*this, index, unit_id);
  if (units[i].kind == org_unit_kind::school) return units[i];
  if (units[i].kind != org_unit_kind::team) return std::nullopt;
  for (auto a : index.ancestors(i))
    if (units[a].kind == org_unit_kind::school) return units[a];
  return std::nullopt;
}

bool organization::has_role(const std::string& role_id) const {
  return catalog::is_builtin_role(role_id) ||
         std::any_of(custom_roles.begin(), custom_roles.end(),
                     [&](const custom_role& r) { return r.id == role_id; });
}

void check(const organization& system, const issue_sink& sink) {
  if (!is_stable_id(system.id))
    sink.at("id").error("org.invalid_id", "system id '" + system.id +
                                              "' is not a stable id (lower-case letters, "
                                              "digits and '_', parts separated by '.')");
  if (is_blank(system.name)) sink.at("name").error("org.blank_name", "the system needs a name");
  check_unique(system.units, sink.at("units"), "id", "org.duplicate_unit",
               [](const org_unit& u) { return u.id; });
  check_unique(system.people, sink.at("people"), "id", "org.duplicate_person",
               [](const person& p) { return p.id; });
  check_unique(system.custom_roles, sink.at("custom_roles"), "id", "org.duplicate_role",
               [](const custom_role& r) { return r.id; });
  for (std::size_t i = 0; i < system.custom_roles.size(); ++i)
    if (catalog::is_builtin_role(system.custom_roles[i].id))
      sink.at("custom_roles").at(i).at("id").error(
          "org.shadows_builtin_role",
          "custom role '" + system.custom_roles[i].id + "' has the id of a built-in role");
  unit_index index(system);
  check_parents(system, index, sink.at("units"));
  check_cycles(system, index, sink.at("units"));
  check_people(system, index, sink.at("people"));
}

}  // namespace org
LS_END_NAMESPACE
