#pragma once
/// \file
/// Survey responses as a JSON document: the instrument's id and one record per respondent,
/// with their metadata and their answers as codes by item id (null or absent = no answer):
///
///     {"instrument": "where_are_we_now",
///      "respondents": [{"id": "r1", "school": "s1", "role": "teacher", "wave": "2026",
///                       "answers": {"vision": 5, "definition": null}}],
///      "weights": {"r1": 1.25}}
///
/// Read with the normal loader (json::load<response_records>), so structural problems get
/// their JSON pointer; check_against() then checks the answers against the instrument and
/// to_response_matrix() makes the columnar matrix every analysis reads. Answers are codes,
/// not labels: a JSON document is written by a program, and a code cannot be misspelt in
/// a way that still parses (labels are for CSV files people export and edit).

#include <ls/core/issue_sink.hpp>
#include <ls/json/load.hpp>
#include <ls/responses/respondent.hpp>
#include <ls/responses/response_matrix.hpp>
#include <ls/survey/instrument.hpp>

#include <boost/describe.hpp>

#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

LS_BEGIN_NAMESPACE
namespace responses {

/// One respondent and their answers.
struct respondent_record : respondent {
  /// Item id -> code of the chosen option; null (or leaving the item out) = no answer.
  std::map<std::string, std::optional<int>> answers;

  friend bool operator==(const respondent_record&, const respondent_record&) = default;
};
BOOST_DESCRIBE_STRUCT(respondent_record, (respondent), (answers))

/// The answers of many respondents to one instrument.
struct response_records {
  /// The id of the instrument answered ("where_are_we_now").
  std::string instrument;
  std::vector<respondent_record> respondents;
  /// Survey weights by respondent id: none, or one for every respondent.
  std::map<std::string, double> weights;

  friend bool operator==(const response_records&, const response_records&) = default;
};
BOOST_DESCRIBE_STRUCT(response_records, (), (instrument, respondents, weights))

/// Rules: the instrument is named (responses.missing_instrument); every respondent has an
/// id (responses.missing_id) and ids are unique (responses.duplicate_respondent, at the
/// repeat, naming the first). Weights: each finite and at least 0 (responses.bad_weight),
/// for a respondent of the document (responses.unknown_respondent), and, when there are
/// any, one for every respondent (responses.missing_weight).
void check(const response_records& value, const issue_sink& sink);

/// The answers checked against `instrument`, every problem at its path:
/// responses.instrument_mismatch (/instrument names another instrument),
/// responses.unknown_item (`/respondents/i/answers/<id>`: no such item),
/// responses.not_rated (an open-text item: response data hold only codes),
/// responses.not_on_scale (a code that is not an option of the item's scale).
validation_report check_against(const response_records& records,
                                const survey::instrument& instrument);

/// The records as a response matrix with one column per rated item of `instrument`, in the
/// instrument's order, and a row per respondent, in order. Throws ls::validation_error
/// with every issue of validate() and check_against() when there is an error.
response_matrix to_response_matrix(const response_records& records,
                                   const survey::instrument& instrument);

/// JSON text to a response matrix: parse, read, validate, check against `instrument` and
/// convert. Never throws for bad content: the value is set only when there is no error.
json::load_result<response_matrix> try_read_response_json(
    std::string_view text, const survey::instrument& instrument,
    const json::read_options& options = {});

/// Like try_read_response_json, but throws ls::validation_error with every issue.
response_matrix read_response_json(std::string_view text, const survey::instrument& instrument,
                                   const json::read_options& options = {});

/// A matrix back as records of `instrument_id` (every item of the matrix, missing answers
/// as null), for writing JSON. Throws ls::error when the matrix has no respondent ids
/// (records need them) or a code lies outside what JSON records carry.
response_records to_response_records(const response_matrix& matrix,
                                     const std::string& instrument_id);

}  // namespace responses
LS_END_NAMESPACE
