#pragma once
/// \file
/// A crosswalk links the entries of one catalog to those of another, typically two editions
/// of the standards: data 2011 -> evidence 2022. It is data (data/crosswalks/*.json), so a
/// district that maps the editions differently loads its own. Whether the ids exist is
/// checked by catalog_set, which knows both catalogs.

#include <ls/core/issue_sink.hpp>

#include <boost/describe.hpp>

#include <optional>
#include <string>
#include <vector>

LS_BEGIN_NAMESPACE
namespace catalog {

/// How the two ends of a link relate.
enum class crosswalk_relation {
  same,      ///< the same standard under the same name
  renamed,   ///< the same standard under a new name
  broader,   ///< the target covers more than the source
  narrower,  ///< the target covers part of the source
  related    ///< overlapping focus, neither contains the other
};
BOOST_DESCRIBE_ENUM(crosswalk_relation, same, renamed, broader, narrower, related)

struct crosswalk_link {
  /// Entry id (or alias) in the source catalog. (Not `from`: that is a Python keyword.)
  std::string from_id;
  /// Entry id (or alias) in the target catalog.
  std::string to_id;
  crosswalk_relation relation = crosswalk_relation::related;
  std::optional<std::string> note;

  friend bool operator==(const crosswalk_link&, const crosswalk_link&) = default;
};
BOOST_DESCRIBE_STRUCT(crosswalk_link, (), (from_id, to_id, relation, note))

struct crosswalk {
  std::string id;
  /// Scheme of the source catalog, e.g. "standards_2011".
  std::string from_scheme;
  /// Scheme of the target catalog, e.g. "standards_2022".
  std::string to_scheme;
  std::optional<std::string> source;
  std::vector<crosswalk_link> links;
  /// Entries of the source catalog that deliberately have no counterpart (retired), so
  /// that "not linked" is stated rather than inferred from silence.
  std::vector<std::string> from_without_counterpart;
  /// Entries of the target catalog that deliberately have no counterpart (new).
  std::vector<std::string> to_without_counterpart;

  /// The links that leave `from_id`.
  std::vector<crosswalk_link> links_from(const std::string& from_id) const;
  /// The links that arrive at `to_id`.
  std::vector<crosswalk_link> links_to(const std::string& to_id) const;

  friend bool operator==(const crosswalk&, const crosswalk&) = default;
};
BOOST_DESCRIBE_STRUCT(crosswalk, (),
                      (id, from_scheme, to_scheme, source, links, from_without_counterpart,
                       to_without_counterpart,
                       links_from, links_to))

/// Rules: from_id and to_id are not blank.
void check(const crosswalk_link& link, const issue_sink& sink);
/// Rules: id and schemes are stable ids, the schemes differ, no link is listed twice, and
/// an entry listed as without counterpart has no link.
void check(const crosswalk& value, const issue_sink& sink);

}  // namespace catalog
LS_END_NAMESPACE
