#include <ls/responses/code_check.hpp>

#include <ls/core/issue_sink.hpp>
#include <ls/responses/answer_lookup.hpp>

LS_BEGIN_NAMESPACE
namespace responses {

namespace {

void check_column(std::span<const std::int8_t> column, const answer_lookup& lookup,
                  const std::string& item, const issue_sink& sink) {
  const auto& accepted = lookup.accepted_codes();
  std::size_t bad = 0, first = 0;
  for (std::size_t r = 0; r < column.size(); ++r) {
    const auto code = column[r];
    if (code == missing_code || accepted[static_cast<std::size_t>(code + 128)]) continue;
    if (bad++ == 0) first = r;
  }
  if (bad == 0) return;
  sink.error("responses.not_on_scale",
             std::to_string(bad) + " codes of item \"" + item + "\" are not answers of scale \"" +
                 lookup.scale_id() + "\" (" + lookup.codes_text() + "); the first is " +
                 std::to_string(column[first]) + " in row " + std::to_string(first));
}

}  // namespace

validation_report check_codes(const response_view& codes, const std::vector<std::string>& item_ids,
                              const survey::instrument& instrument) {
  validation_report report;
  issue_sink sink(report);
  if (item_ids.size() != codes.items) {
    sink.at("items").error("responses.item_count",
                           std::to_string(item_ids.size()) + " item ids for " +
                               std::to_string(codes.items) + " columns of codes");
    return report;
  }
  for (std::size_t j = 0; j < item_ids.size(); ++j) {
    const auto& id = item_ids[j];
    if (!instrument.find_item(id)) {
      sink.at("items").at(j).error("responses.unknown_item", "instrument \"" + instrument.id +
                                                                 "\" has no item \"" + id + "\"");
      continue;
    }
    const auto scale = instrument.scale_of(id);
    if (!scale) {
      sink.at("items").at(j).error("responses.not_rated",
                                   "item \"" + id + "\" is answered in words, not on a scale");
      continue;
    }
    check_column(codes.column(j), answer_lookup(*scale), id, sink.at("codes").at(j));
  }
  return report;
}

}  // namespace responses
LS_END_NAMESPACE
