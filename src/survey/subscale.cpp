#include <ls/survey/subscale.hpp>

#include <ls/core/text.hpp>

#include <algorithm>

LS_BEGIN_NAMESPACE
namespace survey {

void check(const subscale& value, const issue_sink& sink) {
  if (!is_stable_id(value.id))
    sink.at("id").error("survey.invalid_subscale_id", "\"" + value.id + "\" is not a stable id");
  if (is_blank(value.title)) sink.at("title").error("survey.blank_title", "a subscale needs a title");
  if (value.items.empty())
    sink.at("items").error("survey.empty_subscale", "a subscale needs at least one item");
  for (std::size_t i = 0; i < value.items.size(); ++i) {
    auto first = std::find(value.items.begin(), value.items.end(), value.items[i]);
    if (first != value.items.begin() + static_cast<long>(i))
      sink.at("items").at(i).error("survey.duplicate_subscale_item",
                                   "item \"" + value.items[i] + "\" is listed twice");
  }
  const auto n = static_cast<long>(value.items.size());
  if (value.min_answered && (*value.min_answered < 1 || *value.min_answered > n))
    sink.at("min_answered").error("survey.min_answered_range",
                                  "min_answered is " + std::to_string(*value.min_answered) +
                                      "; it must be between 1 and the " + std::to_string(n) +
                                      " items of the subscale");
}

}  // namespace survey
LS_END_NAMESPACE
