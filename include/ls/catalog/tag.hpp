#pragma once
/// \file
/// A tag points from an item, chart or map to an entry of a catalog: `{"scheme":
/// "standards_2022", "id": "evidence"}`. Schemes are the names of catalogs (see
/// docs/catalogs.md); ids are the catalog's stable snake_case ids, or an alias of one.
/// Whether a tag resolves depends on which catalogs are loaded, so that is checked against
/// a registry of catalogs, not by check() below.

#include <ls/core/issue_sink.hpp>

#include <boost/describe.hpp>

#include <string>

LS_BEGIN_NAMESPACE
namespace catalog {

/// The schemes of the built-in catalogs. A user's own catalog may use any other name.
namespace scheme {
inline constexpr const char* standards_2011 = "standards_2011";
inline constexpr const char* standards_2022 = "standards_2022";
inline constexpr const char* attribute = "attribute";
inline constexpr const char* hord_dimension = "hord_dimension";
inline constexpr const char* principle = "principle";
inline constexpr const char* component_system = "component_system";
inline constexpr const char* role = "role";
inline constexpr const char* kasab = "kasab";
inline constexpr const char* six_factor = "six_factor";
inline constexpr const char* cycle_stage = "cycle_stage";
}  // namespace scheme

struct tag {
  /// Which catalog, e.g. "standards_2022".
  std::string scheme;
  /// Which entry of it, e.g. "evidence" or "learning_communities.collective_responsibility".
  std::string id;

  friend bool operator==(const tag&, const tag&) = default;
  friend auto operator<=>(const tag&, const tag&) = default;
};
BOOST_DESCRIBE_STRUCT(tag, (), (scheme, id))

/// Rules: scheme and id are not blank (tag.blank_scheme, tag.blank_id); the id is a stable id
/// (tag.invalid_id); a tag into a built-in catalog that does not resolve there is a warning
/// (tag.unresolved). See check_tags.hpp to check tags against catalogs of your own.
void check(const tag& value, const issue_sink& sink);

}  // namespace catalog
LS_END_NAMESPACE
