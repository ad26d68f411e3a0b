#include <ls/survey/instrument.hpp>

#include <ls/core/text.hpp>
#include <ls/core/unique.hpp>
#include <ls/json/schema.hpp>

#include <algorithm>
#include <set>

LS_BEGIN_NAMESPACE
namespace survey {

namespace {

const response_scale* find_scale(const instrument& value, const std::string& id) {
  for (const auto& s : value.scales)
    if (s.id == id) return &s;
  return nullptr;
}

const survey_item* find_item_ptr(const instrument& value, const std::string& id) {
  for (const auto& item : value.items)
    if (item.id == id) return &item;
  return nullptr;
}

/// Reversal maps x to max + min - x; it stays on the scale only when the substantive codes
/// are symmetric (1,2,4,5 around a non-substantive 3 is; 1,2,3,7 is not).
bool reversal_stays_on_scale(const response_scale& scale) {
  std::set<int> codes;
  for (const auto& o : scale.options)
    if (!o.non_substantive) codes.insert(o.code);
  if (codes.empty()) return true;
  const long sum = static_cast<long>(*codes.begin()) + *codes.rbegin();
  return std::all_of(codes.begin(), codes.end(),
                     [&](int c) { return codes.count(static_cast<int>(sum - c)) > 0; });
}

void check_items(const instrument& value, const issue_sink& sink) {
  for (std::size_t i = 0; i < value.items.size(); ++i) {
    const auto& item = value.items[i];
    if (!item.scale || is_blank(*item.scale)) continue;  // the item's own rule
    const auto* scale = find_scale(value, *item.scale);
    if (!scale) {
      sink.at(i).at("scale").error("survey.unknown_scale",
                                   "no response scale \"" + *item.scale + "\" in the instrument");
    } else if (item.reverse_keyed && !reversal_stays_on_scale(*scale)) {
      sink.at(i).at("reverse_keyed").error(
          "survey.reverse_not_symmetric",
          "scale \"" + scale->id + "\" has substantive codes that are not symmetric, so "
          "reversing (max + min - answer) would give codes that are not on the scale");
    }
  }
}

void check_subscale_items(const instrument& value, const subscale& sub, const issue_sink& sink) {
  std::set<std::string> scales;
  for (std::size_t i = 0; i < sub.items.size(); ++i) {
    const auto* item = find_item_ptr(value, sub.items[i]);
    if (!item) {
      sink.at("items").at(i).error("survey.unknown_item",
                                   "no item \"" + sub.items[i] + "\" in the instrument");
    } else if (item->open_text) {
      sink.at("items").at(i).error("survey.open_text_in_subscale",
                                   "item \"" + item->id + "\" is open text and cannot be scored");
    } else if (item->scale && find_scale(value, *item->scale)) {
      scales.insert(*item->scale);  // an unknown scale is its own issue, not a second one
    }
  }
  if (scales.size() > 1)
    sink.at("items").warning("survey.mixed_scales",
                             "the items of subscale \"" + sub.id +
                                 "\" use different response scales; their mean mixes units");
}

void check_scales_used(const instrument& value, const issue_sink& sink) {
  for (std::size_t i = 0; i < value.scales.size(); ++i) {
    const auto& id = value.scales[i].id;
    const bool used = std::any_of(value.items.begin(), value.items.end(),
                                  [&](const survey_item& item) { return item.scale == id; });
    if (!used)
      sink.at(i).warning("survey.unused_scale", "no item is rated on scale \"" + id + "\"");
  }
}

}  // namespace

std::optional<survey_item> instrument::find_item(const std::string& item_id) const {
  const auto* item = find_item_ptr(*this, item_id);
  return item ? std::optional<survey_item>(*item) : std::nullopt;
}

std::optional<response_scale> instrument::scale_of(const std::string& item_id) const {
  const auto* item = find_item_ptr(*this, item_id);
  if (!item || !item->scale) return std::nullopt;
  const auto* scale = find_scale(*this, *item->scale);
  return scale ? std::optional<response_scale>(*scale) : std::nullopt;
}

std::vector<survey_item> instrument::items_tagged(const catalog::tag& value) const {
  std::vector<survey_item> out;
  std::copy_if(items.begin(), items.end(), std::back_inserter(out), [&](const survey_item& i) {
    return std::find(i.tags.begin(), i.tags.end(), value) != i.tags.end();
  });
  return out;
}

std::vector<std::string> instrument::rated_item_ids() const {
  std::vector<std::string> out;
  for (const auto& item : items)
    if (!item.open_text) out.push_back(item.id);
  return out;
}

void check(const instrument& value, const issue_sink& sink) {
  if (!is_stable_id(value.id))
    sink.at("id").error("survey.invalid_id", "\"" + value.id + "\" is not a stable id");
  if (is_blank(value.title)) sink.at("title").error("survey.blank_title", "an instrument needs a title");
  if (value.items.empty()) sink.at("items").error("survey.no_items", "an instrument needs items");
  check_unique(value.scales, sink.at("scales"), "id", "survey.duplicate_scale",
               [](const response_scale& s) { return s.id; });
  check_unique(value.items, sink.at("items"), "id", "survey.duplicate_item",
               [](const survey_item& i) { return i.id; });
  check_unique(value.subscales, sink.at("subscales"), "id", "survey.duplicate_subscale",
               [](const subscale& s) { return s.id; });
  check_items(value, sink.at("items"));
  for (std::size_t i = 0; i < value.subscales.size(); ++i)
    check_subscale_items(value, value.subscales[i], sink.at("subscales").at(i));
  check_scales_used(value, sink.at("scales"));
}

std::string instrument_schema(int indent) { return json::schema<instrument>().dump(indent); }

}  // namespace survey
LS_END_NAMESPACE
