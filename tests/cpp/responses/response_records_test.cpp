#include "responses/fixtures.hpp"
#include "support/issues.hpp"

#include <ls/json/write.hpp>
#include <ls/responses/response_records.hpp>

#include <catch2/catch.hpp>

using namespace ls::responses;
using ls_test::codes_and_paths;

namespace {
const char* good_document = R"({
  "instrument": "pulse",
  "respondents": [
    {"id": "r1", "system": "d1", "school": "s1", "team": "t1", "role": "teacher",
     "wave": "2026", "answers": {"q1": 5, "q2": null, "q3": 3}},
    {"id": "r2", "school": "s2", "answers": {"q2": 1}},
    {"id": "r3", "school": "s1", "role": "principal", "answers": {}}
  ]
})";
}  // namespace

TEST_CASE("a response document becomes a matrix of the instrument's rated items") {
  const auto m = read_response_json(good_document, ls_test::pulse_instrument());
  REQUIRE(m.rows() == 3);
  CHECK(m.item_ids() == std::vector<std::string>{"q1", "q2", "q3"});
  CHECK(m.at(0, 0) == 5);
  CHECK(m.at(0, 1) == missing_code);  // null
  CHECK(m.at(0, 2) == 3);             // no opinion stays its own code
  CHECK(m.at(1, 0) == missing_code);  // left out
  CHECK(m.at(1, 1) == 1);
  CHECK(m.at(2, 2) == missing_code);
  CHECK(m.metadata.ids == std::vector<std::string>{"r1", "r2", "r3"});
  CHECK(m.metadata.school.codes == std::vector<std::int32_t>{0, 1, 0});
  CHECK(m.metadata.role.codes == std::vector<std::int32_t>{0, -1, 1});
  CHECK(m.metadata.system.codes == std::vector<std::int32_t>{0, -1, -1});
  CHECK(m.metadata.weights.empty());
}

TEST_CASE("the document's own rules: instrument named, ids present and unique") {
  response_records records;
  records.respondents.resize(4);
  records.respondents[0].id = "a";
  records.respondents[1].id = " ";
  records.respondents[2].id = "b";
  records.respondents[2].school = "";
  records.respondents[3].id = "a";
  const auto report = ls::validate(records);
  CHECK(codes_and_paths(report) ==
        std::vector<std::string>{"responses.missing_instrument /instrument",
                                 "responses.missing_id /respondents/1/id",
                                 "responses.duplicate_respondent /respondents/3/id",
                                 "responses.blank_metadata /respondents/2/school"});
  CHECK(report.issues[2].message.find("\"a\" repeats the one of respondent 0") !=
        std::string::npos);
  CHECK(report.issues[3].severity == ls::severity::warning);
}

TEST_CASE("weights are finite, belong to respondents, and are given for all or none") {
  response_records records;
  records.instrument = "pulse";
  records.respondents.resize(3);
  records.respondents[0].id = "a";
  records.respondents[1].id = "b";
  records.respondents[2].id = "c";
  records.weights = {{"a", 1.5}, {"b", -1.0}, {"zz", 1.0}};
  CHECK(codes_and_paths(ls::validate(records)) ==
        std::vector<std::string>{"responses.bad_weight /weights/b",
                                 "responses.unknown_respondent /weights/zz",
                                 "responses.missing_weight /respondents/2"});
  records.weights = {{"a", 1.5}, {"b", 0.0}, {"c", 2.0}};
  CHECK(ls::validate(records).issues.empty());
  const auto m = to_response_matrix(records, ls_test::pulse_instrument());
  CHECK(m.metadata.weights == std::vector<double>{1.5, 0.0, 2.0});
  CHECK(to_response_records(m, "pulse").weights == records.weights);
}

TEST_CASE("answers are checked against the instrument, every problem at its path") {
  response_records records;
  records.instrument = "other";
  records.respondents.resize(2);
  records.respondents[0].id = "r1";
  records.respondents[0].answers = {{"q9", 1}, {"comments", 2}, {"q1", 4}};
  records.respondents[1].id = "r2";
  records.respondents[1].answers = {{"q2", 7}, {"q3", std::nullopt}};
  const auto report = check_against(records, ls_test::pulse_instrument());
  CHECK(codes_and_paths(report) ==
        std::vector<std::string>{"responses.instrument_mismatch /instrument",
                                 "responses.not_rated /respondents/0/answers/comments",
                                 "responses.unknown_item /respondents/0/answers/q9",
                                 "responses.not_on_scale /respondents/1/answers/q2"});
  for (const auto& i : report.issues) CHECK(i.severity == ls::severity::error);
  CHECK(report.issues[3].message.find("code 7") != std::string::npos);
  CHECK_THROWS_AS(to_response_matrix(records, ls_test::pulse_instrument()),
                  ls::validation_error);
}

TEST_CASE("reading JSON reports structure first, then every rule and answer problem") {
  const auto instrument = ls_test::pulse_instrument();
  const auto syntax = try_read_response_json("{\"instrument\": ", instrument);
  CHECK_FALSE(syntax.value);
  CHECK(ls_test::only_issue(syntax.report).code == "json.syntax");

  const auto structure = try_read_response_json(
      R"({"instrument": "pulse", "respondents": [{"id": "r1", "answers": {"q1": "agree"}}]})",
      instrument);
  CHECK_FALSE(structure.value);
  ls_test::require_one(structure.report, "json.type_mismatch", "/respondents/0/answers/q1");

  const auto rules = try_read_response_json(
      R"({"instrument": "pulse", "respondents": [{"id": "r1", "answers": {"q1": 9}},
                                                  {"id": "r1", "answers": {}}]})",
      instrument);
  CHECK_FALSE(rules.value);
  CHECK(codes_and_paths(rules.report) ==
        std::vector<std::string>{"responses.duplicate_respondent /respondents/1/id",
                                 "responses.not_on_scale /respondents/0/answers/q1"});
  try {
    read_response_json(R"({"instrument": "pulse", "respondents": [{"answers": {}}]})", instrument);
    FAIL("no exception");
  } catch (const ls::validation_error& e) {
    CHECK(codes_and_paths(e.report()) ==
          std::vector<std::string>{"json.missing_key /respondents/0/id"});
  }
}

TEST_CASE("an unknown key is a warning, and an error in strict mode") {
  const auto text = R"({"instrument": "pulse", "respondents": [], "note": "x"})";
  const auto relaxed = try_read_response_json(text, ls_test::pulse_instrument());
  REQUIRE(relaxed.value);
  ls_test::require_one(relaxed.report, "json.unknown_key", "/note", ls::severity::warning);
  CHECK(relaxed.value->rows() == 0);
  CHECK_FALSE(try_read_response_json(text, ls_test::pulse_instrument(), {true}).value);
}

TEST_CASE("a matrix goes back to records and JSON, and reads back the same") {
  const auto instrument = ls_test::pulse_instrument();
  const auto m = read_response_json(good_document, instrument);
  const auto records = to_response_records(m, "pulse");
  REQUIRE(records.respondents.size() == 3);
  CHECK(records.respondents[0].answers.at("q2") == std::nullopt);
  CHECK(records.respondents[0].answers.at("q1") == 5);
  CHECK(records.respondents[1].school == "s2");
  CHECK_FALSE(records.respondents[1].role);
  const auto again = read_response_json(ls::json::to_string(records), instrument);
  CHECK(std::vector<std::int8_t>(again.codes().begin(), again.codes().end()) ==
        std::vector<std::int8_t>(m.codes().begin(), m.codes().end()));
  CHECK(again.metadata.ids == m.metadata.ids);
  CHECK(again.metadata.school.codes == m.metadata.school.codes);
  CHECK(to_response_records(again, "pulse") == records);

  response_matrix anonymous({"q1"}, 2);
  CHECK_THROWS_WITH(to_response_records(anonymous, "pulse"), Catch::Contains("0 ids for 2 rows"));
}
