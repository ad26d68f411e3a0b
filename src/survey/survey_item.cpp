#include <ls/survey/survey_item.hpp>

#include <ls/core/text.hpp>

LS_BEGIN_NAMESPACE
namespace survey {

namespace {
bool has_surrounding_space(const std::string& text) {
  auto space = [](char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; };
  return !text.empty() && (space(text.front()) || space(text.back()));
}
}  // namespace

void check(const survey_item& item, const issue_sink& sink) {
  if (is_blank(item.id))
    sink.at("id").error("survey.blank_id", "an item needs an id");
  else if (has_surrounding_space(item.id))
    sink.at("id").error("survey.id_spaces", "item id \"" + item.id +
                                                "\" starts or ends with a space: it would not "
                                                "match a column header");
  if (is_blank(item.text)) sink.at("text").error("survey.blank_text", "an item needs its text");
  if (item.open_text) {
    if (item.scale)
      sink.at("scale").error("survey.open_text_scale", "an open-text item is not rated on a scale");
    if (item.reverse_keyed)
      sink.at("reverse_keyed").error("survey.open_text_reversed",
                                     "an open-text item cannot be reverse-keyed");
  } else if (!item.scale || is_blank(*item.scale)) {
    sink.at("scale").error("survey.missing_scale",
                           "a rated item names its response scale (or is open_text)");
  }
}

}  // namespace survey
LS_END_NAMESPACE
