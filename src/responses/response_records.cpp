#include <ls/responses/response_records.hpp>

#include "column_store.hpp"
#include "metadata_builder.hpp"

#include <ls/core/text.hpp>
#include <ls/responses/answer_lookup.hpp>

#include <cmath>
#include <limits>
#include <string_view>
#include <unordered_map>

LS_BEGIN_NAMESPACE
namespace responses {

namespace {

void check_ids(const std::vector<respondent_record>& records, const issue_sink& sink) {
  std::unordered_map<std::string, std::size_t> first;
  for (std::size_t i = 0; i < records.size(); ++i) {
    const auto& id = records[i].id;
    if (is_blank(id)) {
      sink.at(i).at("id").error("responses.missing_id", "a respondent needs an id");
      continue;
    }
    auto [where, inserted] = first.emplace(id, i);
    if (!inserted)
      sink.at(i).at("id").error("responses.duplicate_respondent",
                                "respondent id \"" + id + "\" repeats the one of respondent " +
                                    std::to_string(where->second));
  }
}

/// Weights belong to respondents of the document and are all or nothing: an analysis
/// cannot weight some respondents and not others.
void check_weights(const response_records& value, const issue_sink& sink) {
  if (value.weights.empty()) return;
  std::unordered_map<std::string_view, std::size_t> index;
  for (std::size_t i = 0; i < value.respondents.size(); ++i)
    index.emplace(value.respondents[i].id, i);
  for (const auto& [id, weight] : value.weights) {
    const auto at = sink.at("weights").at(id);
    if (!index.count(id))
      at.error("responses.unknown_respondent", "no respondent has id \"" + id + "\"");
    if (!std::isfinite(weight) || weight < 0)
      at.error("responses.bad_weight",
               "weight " + std::to_string(weight) + " is not a finite number of at least 0");
  }
  for (std::size_t i = 0; i < value.respondents.size(); ++i)
    if (!value.weights.count(value.respondents[i].id))
      sink.at("respondents").at(i).error(
          "responses.missing_weight", "respondent \"" + value.respondents[i].id +
                                          "\" has no weight while others have one");
}

/// What an answer key of a record can be: a column of the matrix, an open-text item, or
/// nothing the instrument knows.
struct item_table {
  static constexpr std::size_t open_text = static_cast<std::size_t>(-1);
  std::vector<std::string> columns;  // rated item ids, in order
  std::vector<answer_lookup> lookups;
  std::unordered_map<std::string, std::size_t> column_of;

  explicit item_table(const survey::instrument& instrument) {
    for (const auto& item : instrument.items) {
      const auto scale = item.scale ? instrument.scale_of(item.id) : std::nullopt;
      if (!scale) {
        column_of.emplace(item.id, open_text);
        continue;
      }
      column_of.emplace(item.id, columns.size());
      columns.push_back(item.id);
      lookups.emplace_back(*scale);
    }
  }
};

response_matrix convert(const response_records& records, const item_table& table) {
  const auto rows = records.respondents.size();
  detail::column_store codes(table.columns.size());
  codes.reserve(rows);
  detail::metadata_builder metadata;
  metadata.reserve(rows);
  for (std::size_t r = 0; r < rows; ++r) {
    const auto& record = records.respondents[r];
    for (const auto& [item, code] : record.answers)
      if (code) codes.column(table.column_of.at(item))[r] = static_cast<std::int8_t>(*code);
    metadata.claim_id(record.id);
    metadata.add_row(record, records.weights.empty() ? std::numeric_limits<double>::quiet_NaN()
                                                     : records.weights.at(record.id));
  }
  codes.commit(rows);
  response_matrix out(table.columns, rows, codes.release());
  out.metadata = metadata.release();
  return out;
}

}  // namespace

void check(const response_records& value, const issue_sink& sink) {
  if (is_blank(value.instrument))
    sink.at("instrument").error("responses.missing_instrument",
                                "the records must name the instrument they answer");
  check_ids(value.respondents, sink.at("respondents"));
  check_weights(value, sink);
}

validation_report check_against(const response_records& records,
                                const survey::instrument& instrument) {
  validation_report report;
  issue_sink sink(report);
  if (records.instrument != instrument.id)
    sink.at("instrument").error("responses.instrument_mismatch",
                                "the records answer \"" + records.instrument +
                                    "\", not instrument \"" + instrument.id + "\"");
  const item_table table(instrument);
  for (std::size_t i = 0; i < records.respondents.size(); ++i) {
    const auto answers = sink.at("respondents").at(i).at("answers");
    for (const auto& [item, code] : records.respondents[i].answers) {
      const auto found = table.column_of.find(item);
      if (found == table.column_of.end()) {
        answers.at(item).error("responses.unknown_item", "instrument \"" + instrument.id +
                                                             "\" has no item \"" + item + "\"");
      } else if (found->second == item_table::open_text) {
        answers.at(item).error("responses.not_rated",
                               "item \"" + item + "\" is answered in words, not on a scale; "
                               "response records hold codes only");
      } else if (code && !table.lookups[found->second].accepts(*code)) {
        const auto& lookup = table.lookups[found->second];
        answers.at(item).error("responses.not_on_scale",
                               "code " + std::to_string(*code) + " is not an answer of scale \"" +
                                   lookup.scale_id() + "\" (" + lookup.codes_text() + ")");
      }
    }
  }
  return report;
}

response_matrix to_response_matrix(const response_records& records,
                                   const survey::instrument& instrument) {
  auto report = validate(records);
  report.append(check_against(records, instrument));
  if (!report.ok()) throw validation_error(std::move(report));
  return convert(records, item_table(instrument));
}

json::load_result<response_matrix> try_read_response_json(std::string_view text,
                                                          const survey::instrument& instrument,
                                                          const json::read_options& options) {
  json::load_result<response_matrix> result;
  const auto document = json::parse(text, result.report, options);
  if (!document) return result;
  response_records records;
  json::read_value(*document, records, issue_sink(result.report), options);
  if (!result.report.ok()) return result;  // rules on a half-read value would mislead
  result.report.append(validate(records));
  result.report.append(check_against(records, instrument));
  if (result.report.ok()) result.value = convert(records, item_table(instrument));
  return result;
}

response_matrix read_response_json(std::string_view text, const survey::instrument& instrument,
                                   const json::read_options& options) {
  auto result = try_read_response_json(text, instrument, options);
  if (!result.value) throw validation_error(std::move(result.report));
  return std::move(*result.value);
}

response_records to_response_records(const response_matrix& matrix,
                                     const std::string& instrument_id) {
  const auto& meta = matrix.metadata;
  if (matrix.rows() > 0 && meta.ids.size() != matrix.rows())
    throw error("response records need a respondent id for every row; this matrix has " +
                std::to_string(meta.ids.size()) + " ids for " + std::to_string(matrix.rows()) +
                " rows");
  response_records out;
  out.instrument = instrument_id;
  out.respondents.resize(matrix.rows());
  for (std::size_t r = 0; r < matrix.rows(); ++r) {
    auto& record = out.respondents[r];
    record.id = meta.ids[r];
    for (std::size_t k = 0; k < detail::category_count; ++k) {
      const auto& column = detail::category_at(meta, k);
      if (column.empty() || column.codes[r] == category_column::no_category) continue;
      detail::category_at(record, k) = std::string(column.label(r));
    }
    if (!meta.weights.empty()) out.weights[record.id] = meta.weights[r];
    for (std::size_t j = 0; j < matrix.item_count(); ++j) {
      const auto code = matrix.at(r, j);
      record.answers[matrix.item_ids()[j]] =
          code == missing_code ? std::nullopt : std::optional<int>(code);
    }
  }
  return out;
}

}  // namespace responses
LS_END_NAMESPACE
