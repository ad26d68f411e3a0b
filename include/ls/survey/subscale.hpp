#pragma once
/// \file
/// A subscale: items of an instrument that are scored together (averaged per respondent),
/// e.g. all items tagged to one standard.

#include <ls/catalog/tag.hpp>
#include <ls/core/issue_sink.hpp>

#include <boost/describe.hpp>

#include <optional>
#include <string>
#include <vector>

LS_BEGIN_NAMESPACE
namespace survey {

struct subscale {
  /// Stable id, unique in the instrument.
  std::string id;
  std::string title;
  /// Ids of the instrument's rated items, each once.
  std::vector<std::string> items;
  /// Pro-rating: a respondent gets a subscale score only with at least this many
  /// substantive answers among its items. Absent: the scoring policy decides.
  std::optional<int> min_answered;
  std::vector<catalog::tag> tags;

  friend bool operator==(const subscale&, const subscale&) = default;
};
BOOST_DESCRIBE_STRUCT(subscale, (), (id, title, items, min_answered, tags))

/// Rules: id is a stable id; title not blank; at least one item, none listed twice;
/// min_answered, when given, between 1 and the number of items.
void check(const subscale& value, const issue_sink& sink);

}  // namespace survey
LS_END_NAMESPACE
