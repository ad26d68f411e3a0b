#pragma once
/// \file
/// A survey instrument: response scales, items rated on them (or answered in words) and
/// subscales that group items for scoring. Built-in instruments and users' own are JSON of
/// the same form; instrument_schema() gives its JSON Schema for other applications.

#include <ls/catalog/tag.hpp>
#include <ls/core/issue_sink.hpp>
#include <ls/survey/response_scale.hpp>
#include <ls/survey/subscale.hpp>
#include <ls/survey/survey_item.hpp>

#include <boost/describe.hpp>

#include <optional>
#include <string>
#include <vector>

LS_BEGIN_NAMESPACE
namespace survey {

struct instrument {
  /// Stable id: "where_are_we_now".
  std::string id;
  std::string title;
  std::optional<std::string> version;
  std::optional<std::string> description;
  /// Where the instrument comes from, or whose words its items are.
  std::optional<std::string> source;
  std::vector<response_scale> scales;
  /// In the order respondents see them.
  std::vector<survey_item> items;
  std::vector<subscale> subscales;

  /// The item with this id.
  std::optional<survey_item> find_item(const std::string& item_id) const;
  /// The response scale an item is rated on (nothing for open-text or unknown items).
  std::optional<response_scale> scale_of(const std::string& item_id) const;
  /// The items tagged with `value`, in order.
  std::vector<survey_item> items_tagged(const catalog::tag& value) const;
  /// Ids of the items rated on a scale (the ones scoring uses), in order.
  std::vector<std::string> rated_item_ids() const;

  friend bool operator==(const instrument&, const instrument&) = default;
};
BOOST_DESCRIBE_STRUCT(instrument, (),
                      (id, title, version, description, source, scales, items, subscales,
                       find_item, scale_of, items_tagged, rated_item_ids))

/// Rules: id is a stable id; title not blank; at least one item; scale ids and item ids
/// unique; an item's scale exists; a reverse-keyed item's scale has substantive codes
/// symmetric around their midpoint (else max + min - x leaves the scale); subscale ids
/// unique and their items exist and are rated; a subscale mixing scales and a scale no
/// item uses are warnings.
void check(const instrument& value, const issue_sink& sink);

/// The JSON Schema (draft 2020-12) of an instrument file, as text.
std::string instrument_schema(int indent = 2);

}  // namespace survey
LS_END_NAMESPACE
