#pragma once
/// \file
/// A catalog: a named list of the things a learning system talks about (the standards of an
/// edition, the attributes of a learning system, roles, ...). Entries may nest (frame ->
/// standard -> construct) through a parent id, and each has a stable id that tags, charts and
/// survey items use to point at it. Built-in catalogs are data (data/catalogs/*.json); a
/// user's own edition is a file of the same format.

#include <ls/core/issue_sink.hpp>

#include <boost/describe.hpp>

#include <optional>
#include <string>
#include <vector>

LS_BEGIN_NAMESPACE
namespace catalog {

/// Another id an entry is known by, e.g. the later name of a renamed standard.
struct catalog_alias {
  /// A stable id that resolves to the entry, like its own id.
  std::string id;
  /// The title under that name, when it has one ("Learning Practices").
  std::optional<std::string> title;
  /// Why the alias exists ("renamed after publication").
  std::optional<std::string> note;

  friend bool operator==(const catalog_alias&, const catalog_alias&) = default;
};
BOOST_DESCRIBE_STRUCT(catalog_alias, (), (id, title, note))

struct catalog_entry {
  /// Stable id, unique in its catalog: "leadership", "learning_communities.collective_responsibility".
  std::string id;
  /// What level of the catalog this is: one of catalog::kinds ("frame", "standard", ...).
  std::string kind;
  /// The entry this one belongs to (a standard's frame, an element's standard).
  std::optional<std::string> parent;
  /// Short title. Absent when the title is not known: it is never made up.
  std::optional<std::string> title;
  /// What it means, in libls's own words (or the user's).
  std::optional<std::string> description;
  std::vector<catalog_alias> aliases;

  /// True when the title is known.
  bool is_known() const noexcept { return title.has_value(); }

  friend bool operator==(const catalog_entry&, const catalog_entry&) = default;
};
BOOST_DESCRIBE_STRUCT(catalog_entry, (), (id, kind, parent, title, description, aliases, is_known))

struct catalog {
  /// The name tags use for this catalog: "standards_2022", "role", ...
  std::string scheme;
  std::string title;
  /// "2011", "2022": the edition, for catalogs that have editions.
  std::optional<std::string> edition;
  /// Where the names and counts come from (a citation).
  std::optional<std::string> source;
  /// The levels of the catalog, outermost first: {"frame", "standard", "construct"}. An
  /// entry of the first kind has no parent; an entry of a later kind has a parent of the
  /// kind just before it.
  std::vector<std::string> kinds;
  /// In presentation order.
  std::vector<catalog_entry> entries;

  /// The entry with this id or alias.
  std::optional<catalog_entry> find(const std::string& id_or_alias) const;
  /// The entries whose parent is `id` (an alias is resolved first), in catalog order.
  std::vector<catalog_entry> children(const std::string& id) const;
  /// The entries of one kind, in catalog order.
  std::vector<catalog_entry> of_kind(const std::string& kind) const;
  /// The entries above `id`, outermost first (empty for a top-level entry or unknown id).
  std::vector<catalog_entry> ancestors(const std::string& id) const;
  /// The entries whose title is not known.
  std::vector<catalog_entry> unknown_entries() const;

  friend bool operator==(const catalog&, const catalog&) = default;
};
BOOST_DESCRIBE_STRUCT(catalog, (),
                      (scheme, title, edition, source, kinds, entries, find, children, of_kind,
                       ancestors, unknown_entries))

/// Rules: id is a stable id; kind is not blank; a title or description, when given, is not
/// blank (leave it out when it is not known); alias ids are stable ids.
void check(const catalog_entry& entry, const issue_sink& sink);
/// Rules: scheme is a stable id, title not blank, kinds unique; ids and aliases unique
/// across the catalog; each entry's kind is listed; parents resolve, have the kind just
/// before the entry's own, and never form a cycle.
void check(const catalog& value, const issue_sink& sink);

}  // namespace catalog
LS_END_NAMESPACE
