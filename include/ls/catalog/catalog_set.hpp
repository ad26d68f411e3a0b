#pragma once
/// \file
/// A set of catalogs and the crosswalks between them: what tags are resolved against.
/// builtin_catalogs() holds the catalogs libls ships (data/catalogs, data/crosswalks); a
/// user adds or replaces catalogs (their own edition of the standards, say) with put().

#include <ls/catalog/catalog.hpp>
#include <ls/catalog/crosswalk.hpp>
#include <ls/catalog/tag.hpp>

#include <boost/describe.hpp>

#include <optional>
#include <string>
#include <string_view>
#include <vector>

LS_BEGIN_NAMESPACE
namespace catalog {

/// Where a tag leads in another catalog, through a crosswalk.
struct tag_translation {
  tag target;
  /// How the target relates to the tag that was translated (read from the tag's side).
  crosswalk_relation relation = crosswalk_relation::related;
  std::optional<std::string> note;
  /// The crosswalk that gave the link.
  std::string crosswalk;

  friend bool operator==(const tag_translation&, const tag_translation&) = default;
};
BOOST_DESCRIBE_STRUCT(tag_translation, (), (target, relation, note, crosswalk))

struct catalog_set {
  std::vector<catalog> catalogs;
  std::vector<crosswalk> crosswalks;

  /// The schemes of the catalogs, in order.
  std::vector<std::string> schemes() const;
  /// The catalog with this scheme.
  std::optional<catalog> get(const std::string& scheme) const;
  /// The entry a tag points at (by id or alias).
  std::optional<catalog_entry> resolve(const tag& value) const;
  /// The entries of `to_scheme` that the crosswalks link to the tag, in either direction
  /// (a link read backwards turns broader into narrower and the reverse).
  std::vector<tag_translation> translate(const tag& value, const std::string& to_scheme) const;
  /// Add a catalog, or replace the one with the same scheme. Throws ls::validation_error
  /// when the catalog has errors.
  void put(const catalog& value);
  /// Add a crosswalk, or replace the one with the same id. Throws ls::validation_error when
  /// it has errors or names catalogs or entries the set does not have.
  void put_crosswalk(const crosswalk& value);

  friend bool operator==(const catalog_set&, const catalog_set&) = default;
};
BOOST_DESCRIBE_STRUCT(catalog_set, (),
                      (catalogs, crosswalks, schemes, get, resolve, translate, put, put_crosswalk))

/// Rules: schemes and crosswalk ids unique; a crosswalk's catalogs are in the set and every
/// id it names resolves in its catalog.
void check(const catalog_set& value, const issue_sink& sink);

/// Check one tag against the set: tag.unknown_scheme or tag.unknown_id (errors), with the
/// closest id as a suggestion when there is one.
void check_tag(const tag& value, const catalog_set& set, const issue_sink& sink);

/// The catalogs and crosswalks libls ships, loaded once from the embedded data files.
const catalog_set& builtin_catalogs();

/// The entry `id` of the built-in catalog `scheme`, or nullptr. The entry lives as long as
/// the program, so code that names built-in things (a KASAB row, a six-factor factor, a
/// cycle stage) takes titles and descriptions from the catalog instead of repeating them.
const catalog_entry* find_builtin_entry(std::string_view scheme, std::string_view id);

/// The title of a built-in entry ("" when there is no such entry or its title is unknown).
std::string_view builtin_title(std::string_view scheme, std::string_view id);
/// The description of a built-in entry ("" when there is none).
std::string_view builtin_description(std::string_view scheme, std::string_view id);

}  // namespace catalog
LS_END_NAMESPACE
