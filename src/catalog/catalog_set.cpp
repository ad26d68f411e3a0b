#include <ls/catalog/catalog_set.hpp>

#include <ls/core/validate.hpp>
#include <ls/data/builtin.hpp>

#include <algorithm>
#include <set>
#include <string_view>

LS_BEGIN_NAMESPACE
namespace catalog {

namespace {

const catalog* find_catalog(const catalog_set& set, const std::string& scheme) {
  for (const auto& c : set.catalogs)
    if (c.scheme == scheme) return &c;
  return nullptr;
}

crosswalk_relation reversed(crosswalk_relation r) {
  if (r == crosswalk_relation::broader) return crosswalk_relation::narrower;
  if (r == crosswalk_relation::narrower) return crosswalk_relation::broader;
  return r;
}

/// Edit distance, for "did you mean" suggestions on short ids.
std::size_t distance(std::string_view a, std::string_view b) {
  std::vector<std::size_t> row(b.size() + 1);
  for (std::size_t j = 0; j <= b.size(); ++j) row[j] = j;
  for (std::size_t i = 1; i <= a.size(); ++i) {
    std::size_t diagonal = row[0];
    row[0] = i;
    for (std::size_t j = 1; j <= b.size(); ++j) {
      const std::size_t up = row[j];
      row[j] = std::min({row[j] + 1, row[j - 1] + 1, diagonal + (a[i - 1] == b[j - 1] ? 0 : 1)});
      diagonal = up;
    }
  }
  return row[b.size()];
}

/// " (did you mean \"evidence\"?)" when one id is within two edits, else "".
std::string suggestion(const catalog& c, const std::string& id) {
  std::string best;
  std::size_t best_distance = 3;
  for (const auto& e : c.entries) {
    const auto d = distance(e.id, id);
    if (d < best_distance) best_distance = d, best = e.id;
  }
  return best.empty() ? "" : " (did you mean \"" + best + "\"?)";
}

std::string join(const std::vector<std::string>& parts) {
  std::string out;
  for (const auto& p : parts) out += (out.empty() ? "" : ", ") + p;
  return out;
}

void check_id_in(const std::string& id, const catalog* c, const issue_sink& sink) {
  if (c && !c->find(id))
    sink.error("crosswalk.unknown_entry",
               c->scheme + " has no entry \"" + id + "\"" + suggestion(*c, id));
}

void check_ids_in(const std::vector<std::string>& ids, const catalog* c, const issue_sink& sink) {
  for (std::size_t i = 0; i < ids.size(); ++i) check_id_in(ids[i], c, sink.at(i));
}

void check_crosswalk_references(const crosswalk& cw, const catalog_set& set,
                                const issue_sink& sink) {
  const auto* from = find_catalog(set, cw.from_scheme);
  const auto* to = find_catalog(set, cw.to_scheme);
  if (!from)
    sink.at("from_scheme").error("crosswalk.unknown_scheme",
                                 "no catalog \"" + cw.from_scheme + "\" in the set");
  if (!to)
    sink.at("to_scheme").error("crosswalk.unknown_scheme",
                               "no catalog \"" + cw.to_scheme + "\" in the set");
  for (std::size_t i = 0; i < cw.links.size(); ++i) {
    const auto at = sink.at("links").at(i);
    check_id_in(cw.links[i].from_id, from, at.at("from_id"));
    check_id_in(cw.links[i].to_id, to, at.at("to_id"));
  }
  check_ids_in(cw.from_without_counterpart, from, sink.at("from_without_counterpart"));
  check_ids_in(cw.to_without_counterpart, to, sink.at("to_without_counterpart"));
}

catalog_set load_builtins() {
  catalog_set set{load_builtin_folder<catalog>("catalogs/"),
                  load_builtin_folder<crosswalk>("crosswalks/")};
  require_valid(set);
  return set;
}

}  // namespace

std::vector<std::string> catalog_set::schemes() const {
  std::vector<std::string> out;
  for (const auto& c : catalogs) out.push_back(c.scheme);
  return out;
}

std::optional<catalog> catalog_set::get(const std::string& scheme) const {
  const auto* c = find_catalog(*this, scheme);
  return c ? std::optional<catalog>(*c) : std::nullopt;
}

std::optional<catalog_entry> catalog_set::resolve(const tag& value) const {
  const auto* c = find_catalog(*this, value.scheme);
  return c ? c->find(value.id) : std::nullopt;
}

std::vector<tag_translation> catalog_set::translate(const tag& value,
                                                    const std::string& to_scheme) const {
  std::vector<tag_translation> out;
  const auto entry = resolve(value);
  if (!entry) return out;
  auto same_entry = [&](const std::string& id) {
    auto e = resolve({value.scheme, id});
    return e && e->id == entry->id;
  };
  for (const auto& cw : crosswalks) {
    for (const auto& link : cw.links) {
      if (cw.from_scheme == value.scheme && cw.to_scheme == to_scheme && same_entry(link.from_id))
        out.push_back({{to_scheme, link.to_id}, link.relation, link.note, cw.id});
      else if (cw.to_scheme == value.scheme && cw.from_scheme == to_scheme && same_entry(link.to_id))
        out.push_back({{to_scheme, link.from_id}, reversed(link.relation), link.note, cw.id});
    }
  }
  return out;
}

void catalog_set::put(const catalog& value) {
  require_valid(value);
  auto it = std::find_if(catalogs.begin(), catalogs.end(),
                         [&](const catalog& c) { return c.scheme == value.scheme; });
  if (it == catalogs.end())
    catalogs.push_back(value);
  else
    *it = value;
}

void catalog_set::put_crosswalk(const crosswalk& value) {
  require_valid(value);
  validation_report report;
  check_crosswalk_references(value, *this, issue_sink(report));
  if (!report.ok()) throw validation_error(std::move(report));
  auto it = std::find_if(crosswalks.begin(), crosswalks.end(),
                         [&](const crosswalk& c) { return c.id == value.id; });
  if (it == crosswalks.end())
    crosswalks.push_back(value);
  else
    *it = value;
}

void check(const catalog_set& value, const issue_sink& sink) {
  std::set<std::string> schemes, ids;
  for (std::size_t i = 0; i < value.catalogs.size(); ++i)
    if (!schemes.insert(value.catalogs[i].scheme).second)
      sink.at("catalogs").at(i).at("scheme").error(
          "catalog.duplicate_scheme", "two catalogs use the scheme \"" +
                                          value.catalogs[i].scheme + "\"");
  for (std::size_t i = 0; i < value.crosswalks.size(); ++i) {
    if (!ids.insert(value.crosswalks[i].id).second)
      sink.at("crosswalks").at(i).at("id").error(
          "crosswalk.duplicate_id", "two crosswalks use the id \"" + value.crosswalks[i].id + "\"");
    check_crosswalk_references(value.crosswalks[i], value, sink.at("crosswalks").at(i));
  }
}

void check_tag(const tag& value, const catalog_set& set, const issue_sink& sink) {
  const auto* c = find_catalog(set, value.scheme);
  if (!c) {
    sink.at("scheme").error("tag.unknown_scheme", "no catalog \"" + value.scheme +
                                                      "\" is loaded (loaded: " +
                                                      join(set.schemes()) + ")");
  } else if (!c->find(value.id)) {
    sink.at("id").error("tag.unknown_id", value.scheme + " has no entry \"" + value.id + "\"" +
                                              suggestion(*c, value.id));
  }
}

const catalog_set& builtin_catalogs() {
  static const catalog_set set = load_builtins();
  return set;
}

const catalog_entry* find_builtin_entry(std::string_view scheme, std::string_view id) {
  for (const auto& c : builtin_catalogs().catalogs) {
    if (c.scheme != scheme) continue;
    for (const auto& e : c.entries)
      if (e.id == id) return &e;
  }
  return nullptr;
}

std::string_view builtin_title(std::string_view scheme, std::string_view id) {
  const auto* e = find_builtin_entry(scheme, id);
  return e && e->title ? std::string_view(*e->title) : std::string_view();
}

std::string_view builtin_description(std::string_view scheme, std::string_view id) {
  const auto* e = find_builtin_entry(scheme, id);
  return e && e->description ? std::string_view(*e->description) : std::string_view();
}

}  // namespace catalog
LS_END_NAMESPACE
