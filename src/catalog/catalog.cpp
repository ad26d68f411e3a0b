#include <ls/catalog/catalog.hpp>

#include <ls/core/text.hpp>

#include <algorithm>
#include <map>

LS_BEGIN_NAMESPACE
namespace catalog {

namespace {

const catalog_entry* find_entry(const catalog& c, const std::string& id_or_alias) {
  for (const auto& e : c.entries)
    if (e.id == id_or_alias) return &e;
  for (const auto& e : c.entries)
    for (const auto& a : e.aliases)
      if (a.id == id_or_alias) return &e;
  return nullptr;
}

template <class Keep>
std::vector<catalog_entry> entries_where(const catalog& c, Keep keep) {
  std::vector<catalog_entry> out;
  std::copy_if(c.entries.begin(), c.entries.end(), std::back_inserter(out), keep);
  return out;
}

void check_optional_text(const std::optional<std::string>& text, const issue_sink& sink,
                         const char* what) {
  if (text && is_blank(*text))
    sink.error("catalog.blank_text", std::string("a ") + what +
                                         " that is given is not blank; leave it out when it "
                                         "is not known");
}

/// Each id and alias once in the whole catalog: an alias that equals another entry's id
/// would make lookups ambiguous.
void check_names_unique(const catalog& value, const issue_sink& sink) {
  std::map<std::string, std::string> first;  // name -> where it was first seen
  auto claim = [&](const std::string& name, const issue_sink& at, std::string where) {
    if (name.empty()) return;
    auto [it, inserted] = first.emplace(name, where);
    if (!inserted)
      at.error("catalog.duplicate_id", "\"" + name + "\" is already used by " + it->second);
  };
  const auto entries = sink.at("entries");
  for (std::size_t i = 0; i < value.entries.size(); ++i) {
    const auto& e = value.entries[i];
    claim(e.id, entries.at(i).at("id"), "entry " + std::to_string(i));
    for (std::size_t j = 0; j < e.aliases.size(); ++j)
      claim(e.aliases[j].id, entries.at(i).at("aliases").at(j).at("id"),
            "entry " + std::to_string(i) + " (an alias)");
  }
}

/// The position of `kind` in the catalog's levels, or -1.
long level_of(const catalog& value, const std::string& kind) {
  auto it = std::find(value.kinds.begin(), value.kinds.end(), kind);
  return it == value.kinds.end() ? -1 : static_cast<long>(it - value.kinds.begin());
}

/// Levels make cycles impossible: a parent is always one level further out.
void check_levels(const catalog& value, const issue_sink& sink) {
  const auto entries = sink.at("entries");
  for (std::size_t i = 0; i < value.entries.size(); ++i) {
    const auto& e = value.entries[i];
    const long level = level_of(value, e.kind);
    if (level < 0) {
      if (!is_blank(e.kind))
        entries.at(i).at("kind").error("catalog.unknown_kind",
                                       "kind \"" + e.kind + "\" is not one of the catalog's kinds");
      continue;
    }
    if (!e.parent) {
      if (level > 0)
        entries.at(i).at("parent").error(
            "catalog.missing_parent", "a " + e.kind + " needs a parent of kind " +
                                          value.kinds[static_cast<std::size_t>(level - 1)]);
      continue;
    }
    const auto* parent = find_entry(value, *e.parent);
    if (!parent) {
      entries.at(i).at("parent").error("catalog.unknown_parent",
                                       "no entry has the id \"" + *e.parent + "\"");
    } else if (level == 0 || level_of(value, parent->kind) != level - 1) {
      entries.at(i).at("parent").error(
          "catalog.parent_kind",
          level == 0 ? "a " + e.kind + " is at the top level and has no parent"
                     : "the parent of a " + e.kind + " must be a " +
                           value.kinds[static_cast<std::size_t>(level - 1)] + ", not a " +
                           parent->kind);
    }
  }
}

}  // namespace

std::optional<catalog_entry> catalog::find(const std::string& id_or_alias) const {
  const auto* e = find_entry(*this, id_or_alias);
  return e ? std::optional<catalog_entry>(*e) : std::nullopt;
}

std::vector<catalog_entry> catalog::children(const std::string& id) const {
  const auto* parent = find_entry(*this, id);
  if (!parent) return {};
  return entries_where(*this, [&](const catalog_entry& e) { return e.parent == parent->id; });
}

std::vector<catalog_entry> catalog::of_kind(const std::string& kind) const {
  return entries_where(*this, [&](const catalog_entry& e) { return e.kind == kind; });
}

std::vector<catalog_entry> catalog::ancestors(const std::string& id) const {
  std::vector<catalog_entry> out;
  const auto* e = find_entry(*this, id);
  // At most one step per entry: an invalid catalog with a cycle cannot loop forever.
  for (std::size_t steps = 0; e && e->parent && steps < entries.size(); ++steps) {
    e = find_entry(*this, *e->parent);
    if (e) out.insert(out.begin(), *e);
  }
  return out;
}

std::vector<catalog_entry> catalog::unknown_entries() const {
  return entries_where(*this, [](const catalog_entry& e) { return !e.is_known(); });
}

void check(const catalog_entry& entry, const issue_sink& sink) {
  if (!is_stable_id(entry.id))
    sink.at("id").error("catalog.invalid_id",
                        "\"" + entry.id + "\" is not a stable id (lower-case letters, digits, "
                        "'_', in dot-separated parts)");
  if (is_blank(entry.kind)) sink.at("kind").error("catalog.blank_kind", "an entry needs a kind");
  check_optional_text(entry.title, sink.at("title"), "title");
  check_optional_text(entry.description, sink.at("description"), "description");
  for (std::size_t i = 0; i < entry.aliases.size(); ++i) {
    const auto& alias = entry.aliases[i];
    if (!is_stable_id(alias.id))
      sink.at("aliases").at(i).at("id").error("catalog.invalid_id",
                                              "\"" + alias.id + "\" is not a stable id");
    check_optional_text(alias.title, sink.at("aliases").at(i).at("title"), "title");
  }
}

void check(const catalog& value, const issue_sink& sink) {
  if (!is_stable_id(value.scheme))
    sink.at("scheme").error("catalog.invalid_scheme",
                            "\"" + value.scheme + "\" is not a stable id");
  if (is_blank(value.title)) sink.at("title").error("catalog.blank_title", "a catalog needs a title");
  if (value.kinds.empty())
    sink.at("kinds").error("catalog.no_kinds", "a catalog names at least one kind of entry");
  for (std::size_t i = 0; i < value.kinds.size(); ++i)
    if (std::find(value.kinds.begin(), value.kinds.begin() + static_cast<long>(i),
                  value.kinds[i]) != value.kinds.begin() + static_cast<long>(i))
      sink.at("kinds").at(i).error("catalog.duplicate_kind",
                                   "kind \"" + value.kinds[i] + "\" is listed twice");
  check_names_unique(value, sink);
  check_levels(value, sink);
}

}  // namespace catalog
LS_END_NAMESPACE
