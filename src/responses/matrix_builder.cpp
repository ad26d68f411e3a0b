#include <ls/responses/matrix_builder.hpp>

#include "column_store.hpp"
#include "metadata_builder.hpp"

#include <ls/core/error.hpp>
#include <ls/responses/answer_lookup.hpp>

#include <cmath>
#include <limits>

LS_BEGIN_NAMESPACE
namespace responses {

struct response_matrix_builder::state {
  std::vector<std::string> item_ids;
  /// One per item when built from an instrument; empty for bare item ids.
  std::vector<answer_lookup> lookups;
  detail::column_store codes;
  detail::metadata_builder metadata;

  std::string where(std::size_t item) const {
    return "row " + std::to_string(codes.rows()) + ", item \"" + item_ids[item] + "\"";
  }
  void require_count(std::size_t given) const {
    if (given != item_ids.size())
      throw error("row " + std::to_string(codes.rows()) + " has " + std::to_string(given) +
                  " answers for " + std::to_string(item_ids.size()) + " items");
  }
  /// Stores a row whose codes were all checked; the id is the last check.
  void add_row(const std::vector<std::int8_t>& row, const respondent& who,
               std::optional<double> weight) {
    if (weight && (!std::isfinite(*weight) || *weight < 0))
      throw error("row " + std::to_string(codes.rows()) + " has weight " +
                  std::to_string(*weight) + ": weights are finite and not negative");
    if (const auto earlier = metadata.claim_id(who.id); earlier != detail::metadata_builder::none)
      throw error("row " + std::to_string(codes.rows()) + " repeats respondent id \"" + who.id +
                  "\" of row " + std::to_string(earlier));
    codes.reserve_more(1);
    for (std::size_t j = 0; j < row.size(); ++j) codes.column(j)[codes.rows()] = row[j];
    codes.commit(1);
    metadata.add_row(who, weight.value_or(std::numeric_limits<double>::quiet_NaN()));
  }
};

response_matrix_builder::response_matrix_builder(std::vector<std::string> item_ids)
    : state_(std::make_unique<state>()) {
  state_->item_ids = std::move(item_ids);
  state_->codes = detail::column_store(state_->item_ids.size());
}

response_matrix_builder::response_matrix_builder(const survey::instrument& instrument,
                                                 std::vector<std::string> item_ids,
                                                 bool case_sensitive_labels)
    : state_(std::make_unique<state>()) {
  if (item_ids.empty()) item_ids = instrument.rated_item_ids();
  for (const auto& id : item_ids) {
    const auto scale = instrument.scale_of(id);
    if (!scale)
      throw error("\"" + id + "\" is not a rated item of instrument \"" + instrument.id + "\"");
    state_->lookups.emplace_back(*scale, case_sensitive_labels);
  }
  state_->item_ids = std::move(item_ids);
  state_->codes = detail::column_store(state_->item_ids.size());
}

response_matrix_builder::response_matrix_builder(response_matrix_builder&&) noexcept = default;
response_matrix_builder& response_matrix_builder::operator=(response_matrix_builder&&) noexcept =
    default;
response_matrix_builder::~response_matrix_builder() = default;

void response_matrix_builder::reserve(std::size_t rows) {
  state_->codes.reserve(rows);
  state_->metadata.reserve(rows);
}

std::size_t response_matrix_builder::rows() const noexcept { return state_->codes.rows(); }

const std::vector<std::string>& response_matrix_builder::item_ids() const noexcept {
  return state_->item_ids;
}

void response_matrix_builder::add_codes(const std::vector<std::optional<int>>& codes,
                                        const respondent& who, std::optional<double> weight) {
  auto& s = *state_;
  s.require_count(codes.size());
  std::vector<std::int8_t> row(codes.size(), missing_code);
  for (std::size_t j = 0; j < codes.size(); ++j) {
    if (!codes[j]) continue;
    const int code = *codes[j];
    const bool ok = s.lookups.empty() ? code >= min_answer_code && code <= max_answer_code
                                      : s.lookups[j].accepts(code);
    if (!ok)
      throw error(s.where(j) + ": code " + std::to_string(code) + " is not " +
                  (s.lookups.empty() ? std::string("in -127..127")
                                     : "an answer of scale \"" + s.lookups[j].scale_id() +
                                           "\" (" + s.lookups[j].codes_text() + ")"));
    row[j] = static_cast<std::int8_t>(code);
  }
  s.add_row(row, who, weight);
}

void response_matrix_builder::add_labels(const std::vector<std::string>& labels,
                                         const respondent& who, std::optional<double> weight) {
  auto& s = *state_;
  if (s.lookups.empty())
    throw error("answers given as labels need an instrument: build from one");
  s.require_count(labels.size());
  std::vector<std::int8_t> row(labels.size(), missing_code);
  for (std::size_t j = 0; j < labels.size(); ++j) {
    if (labels[j].empty()) continue;
    const auto code = s.lookups[j].code_of_label(labels[j]);
    if (!code)
      throw error(s.where(j) + ": \"" + labels[j] + "\" is not an answer of scale \"" +
                  s.lookups[j].scale_id() + "\" (" + s.lookups[j].labels_text() + ")");
    row[j] = *code;
  }
  s.add_row(row, who, weight);
}

response_matrix response_matrix_builder::build() {
  auto& s = *state_;
  const auto rows = s.codes.rows();
  const auto& m = s.metadata;
  if (m.rows_with_id() > 0 && m.rows_with_id() < rows)
    throw error("row " + std::to_string(m.first_row_without_id()) +
                " has no respondent id while others have one");
  if (m.rows_with_weight() > 0 && m.rows_with_weight() < rows)
    throw error("row " + std::to_string(m.first_row_without_weight()) +
                " has no weight while others have one");
  response_matrix out(s.item_ids, rows, s.codes.release());
  out.metadata = s.metadata.release();
  s.codes = detail::column_store(s.item_ids.size());
  return out;
}

}  // namespace responses
LS_END_NAMESPACE
