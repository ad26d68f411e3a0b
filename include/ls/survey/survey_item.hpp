#pragma once
/// \file
/// One item of a survey instrument: a statement respondents rate on a response scale, or
/// an open question answered in words (the examples of a six-factor rating, say).

#include <ls/catalog/tag.hpp>
#include <ls/core/issue_sink.hpp>

#include <boost/describe.hpp>

#include <optional>
#include <string>
#include <vector>

LS_BEGIN_NAMESPACE
namespace survey {

struct survey_item {
  /// The item's id: the column header in response files ("q1", "vision"). Unique in the
  /// instrument.
  std::string id;
  /// What respondents read.
  std::string text;
  /// The id of the instrument's response scale this item is rated on. Absent only for an
  /// open-text item.
  std::optional<std::string> scale;
  /// Answered in words, not on a scale: kept with the data, never scored.
  bool open_text = false;
  /// A high answer means less of what the subscale measures: scoring reverses it as
  /// max + min - answer over the scale's substantive codes.
  bool reverse_keyed = false;
  /// What the item is about: standards, six factors, attributes, KASAB dimensions, ...
  std::vector<catalog::tag> tags;

  friend bool operator==(const survey_item&, const survey_item&) = default;
};
BOOST_DESCRIBE_STRUCT(survey_item, (), (id, text, scale, open_text, reverse_keyed, tags))

/// Rules: id not blank and without surrounding spaces (it must match a file's column
/// header exactly); text not blank; a rated item names a scale; an open-text item has no
/// scale and is not reverse-keyed.
void check(const survey_item& item, const issue_sink& sink);

}  // namespace survey
LS_END_NAMESPACE
