// The CSV reader: every rule gives its code, line, column (number and name); accepted +
// rejected = rows read on every input, hostile ones included; results do not depend on
// the block size or the number of threads.
#include "responses/fixtures.hpp"

#include <ls/core/error.hpp>
#include <ls/responses/csv_reader.hpp>
#include <ls/stats/simd.hpp>

#include <catch2/catch.hpp>

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <random>
#include <sstream>

using namespace ls::responses;

namespace {

csv_read_result read(std::string_view text, const csv_options& options = {}) {
  auto result = read_csv_text(text, ls_test::pulse_instrument(), options);
  const auto& r = result.report;
  INFO(r.summary());
  CHECK(r.accepted + r.rejected == r.rows_read);  // the invariant, on every test input
  CHECK(result.matrix.rows() == r.accepted);
  return result;
}

/// "code line:column(name)" for every issue.
std::vector<std::string> where(const csv_report& report) {
  std::vector<std::string> out;
  for (const auto& i : report.issues)
    out.push_back(i.code + " " + std::to_string(i.line) + ":" + std::to_string(i.column) + "(" +
                  i.column_name + ")");
  return out;
}

std::vector<std::int8_t> codes(const response_matrix& m) {
  return {m.codes().begin(), m.codes().end()};
}

constexpr std::int8_t NA = missing_code;

}  // namespace

TEST_CASE("a clean file gives the matrix, its metadata and a report without issues") {
  const auto [m, report] = read(
      "id,system,school,team,role,wave,weight,q1,q2,q3\n"
      "r1,d1,s1,t1,teacher,2026,1.5,5,4,3\n"
      "r2,d1,s2,,principal,2026,0.5,1,,2\n");
  CHECK(report.ok());
  CHECK(report.issues.empty());
  CHECK(report.rows_read == 2);
  CHECK(report.header_ok);
  CHECK(report.read_to_end);
  CHECK(m.item_ids() == std::vector<std::string>{"q1", "q2", "q3"});
  CHECK(codes(m) == std::vector<std::int8_t>{5, 1, 4, NA, 3, 2});
  CHECK(m.metadata.ids == std::vector<std::string>{"r1", "r2"});
  CHECK(m.metadata.system.categories == std::vector<std::string>{"d1"});
  CHECK(m.metadata.school.codes == std::vector<std::int32_t>{0, 1});
  CHECK(m.metadata.team.codes == std::vector<std::int32_t>{0, -1});
  CHECK(m.metadata.role.label(1) == "principal");
  CHECK(m.metadata.wave.codes == std::vector<std::int32_t>{0, 0});
  CHECK(m.metadata.weights == std::vector<double>{1.5, 0.5});
  REQUIRE(report.columns.size() == 10);
  CHECK(report.columns[0].use == csv_column_use::metadata);
  CHECK(report.columns[7].use == csv_column_use::item);
  CHECK(report.columns[7].target == "q1");
  CHECK(report.columns[7].column == 8);
}

TEST_CASE("columns may come in any order, metadata columns are optional") {
  const auto [m, report] = read("q3,q1,q2\n1,2,3\n");
  CHECK(report.ok());
  CHECK(codes(m) == std::vector<std::int8_t>{2, 3, 1});
  CHECK(m.metadata.ids.empty());
  CHECK(m.metadata.school.empty());
}

TEST_CASE("short and long rows are rejected at the first missing or extra column") {
  const auto [m, report] = read(
      "id,q1,q2,q3\n"
      "r1,1,2\n"
      "r2,1,2,3,4,5\n"
      "r3,1,2,3\n");
  CHECK(where(report) == std::vector<std::string>{"csv.too_few_fields 2:4(q3)",
                                                  "csv.too_many_fields 3:5()"});
  CHECK(report.rows_read == 3);
  CHECK(report.rejected == 2);
  CHECK(m.metadata.ids == std::vector<std::string>{"r3"});
  CHECK(report.issue_counts.at("csv.too_few_fields") == 1);
  CHECK_FALSE(report.ok());
}

TEST_CASE("codes not on the scale and answers that are not codes or labels are rejected") {
  const auto [m, report] = read(
      "id,q1,q2,q3\n"
      "r1,9,1,1\n"
      "r2,1,3.5,1\n"
      "r3,1,1,agre\n"
      "r4,0,-1,100000000000000000000\n"
      "r5,1,1,1\n");
  CHECK(where(report) == std::vector<std::string>{
                             "csv.not_on_scale 2:2(q1)", "csv.unknown_answer 3:3(q2)",
                             "csv.unknown_answer 4:4(q3)", "csv.not_on_scale 5:2(q1)",
                             "csv.not_on_scale 5:3(q2)", "csv.unknown_answer 5:4(q3)"});
  CHECK(report.rejected == 4);
  CHECK(report.issues[0].message.find("\"9\" is not a code of scale \"agree_5\"") == 0);
  CHECK(report.issues[1].message.find("\"3.5\"") == 0);
  CHECK(report.issue_counts.at("csv.not_on_scale") == 3);
  CHECK(m.metadata.ids == std::vector<std::string>{"r5"});
}

TEST_CASE("answers may be labels, ignoring case and surrounding spaces, or codes") {
  const auto text =
      "id,q1,q2,q3\n"
      "r1,agree, Strongly AGREE ,no opinion\n"
      "r2,4,  5,\"disagree\"\n";
  const auto [m, report] = read(text);
  CHECK(report.ok());
  CHECK(codes(m) == std::vector<std::int8_t>{4, 4, 5, 5, 3, 2});

  csv_options codes_only;
  codes_only.answers = csv_answer_format::codes;
  CHECK(where(read(text, codes_only).report) ==
        std::vector<std::string>{"csv.unknown_answer 2:2(q1)", "csv.unknown_answer 2:3(q2)",
                                 "csv.unknown_answer 2:4(q3)", "csv.unknown_answer 3:4(q3)"});
  csv_options labels_only;
  labels_only.answers = csv_answer_format::labels;
  CHECK(where(read(text, labels_only).report) ==
        std::vector<std::string>{"csv.unknown_answer 3:2(q1)", "csv.unknown_answer 3:3(q2)"});
  csv_options exact;
  exact.case_sensitive_labels = true;
  CHECK(where(read(text, exact).report) ==
        std::vector<std::string>{"csv.unknown_answer 2:3(q2)"});
}

TEST_CASE("empty cells and the listed missing values are no answer") {
  csv_options options;
  options.missing_values = {"NA", "-"};
  const auto [m, report] = read("id,q1,q2,q3\nr1,,na, - \nr2,NA,N/A,1\n", options);
  CHECK(where(report) == std::vector<std::string>{"csv.unknown_answer 3:3(q2)"});
  CHECK(codes(m) == std::vector<std::int8_t>{NA, NA, NA});
}

TEST_CASE("quoted fields may hold separators, quotes and line breaks, lines stay right") {
  const auto [m, report] = read(
      "id,school,q1,q2,q3\n"
      "r1,\"Smith, Jones \"\"East\"\"\",1,2,3\n"
      "r2,\"two\nlines\",1,2,3\n"
      "r3,s3,1,9,3\n");
  CHECK(where(report) == std::vector<std::string>{"csv.not_on_scale 5:4(q2)"});
  CHECK(m.metadata.school.categories ==
        std::vector<std::string>{"Smith, Jones \"East\"", "two\nlines"});
  CHECK(report.rows_read == 3);
}

TEST_CASE("CR LF line ends and a UTF-8 byte order mark read like plain LF") {
  const auto lf = read("id,q1,q2,q3\nr1,1,2,3\nr2,4,,\"5\"\n");
  const auto crlf = read("\xEF\xBB\xBFid,q1,q2,q3\r\nr1,1,2,3\r\nr2,4,,\"5\"\r\n");
  CHECK(crlf.report.ok());
  CHECK(codes(crlf.matrix) == codes(lf.matrix));
  CHECK(crlf.matrix.metadata.ids == lf.matrix.metadata.ids);
  CHECK(crlf.report.columns[0].name == "id");
  const auto no_final_break = read("id,q1,q2,q3\r\nr1,1,2,3");
  CHECK(no_final_break.report.ok());
  CHECK(codes(no_final_break.matrix) == std::vector<std::int8_t>{1, 2, 3});
}

TEST_CASE("an empty file, a header alone, and blank lines") {
  for (const char* empty : {"", "\xEF\xBB\xBF", "\n\n", "  \r\n"}) {
    const auto [m, report] = read(empty);
    CHECK(where(report) == std::vector<std::string>{"csv.empty_file 1:0()"});
    CHECK_FALSE(report.header_ok);
    CHECK(report.rows_read == 0);
    CHECK(m.item_count() == 3);
  }
  const auto header_only = read("id,q1,q2,q3\n");
  CHECK(header_only.report.header_ok);
  CHECK(header_only.report.ok());  // a warning only
  CHECK(where(header_only.report) == std::vector<std::string>{"csv.no_rows 2:0()"});
  CHECK(header_only.report.issues[0].severity == ls::severity::warning);

  const auto [m, report] = read("\nid,q1,q2,q3\nr1,1,1,1\n\n  \nr2,9,1,1\n\n");
  CHECK(report.blank_lines == 4);
  CHECK(report.rows_read == 2);
  CHECK(where(report) == std::vector<std::string>{"csv.not_on_scale 6:2(q1)"});
  const auto empty_fields = read("id,q1,q2,q3\n,,,\n");  // a row, not a blank line
  CHECK(where(empty_fields.report) == std::vector<std::string>{"csv.missing_id 2:1(id)"});
}

TEST_CASE("a repeated respondent id rejects the later row, naming the first line") {
  const auto [m, report] =
      read("id,school,q1,q2,q3\nr1,s1,1,1,1\nr2,s2,2,2,2\nr1,s3,3,3,3\nr3,s1,4,4,4\n");
  CHECK(where(report) == std::vector<std::string>{"csv.duplicate_id 4:1(id)"});
  CHECK(report.issues[0].message.find("already given on line 2") != std::string::npos);
  CHECK(codes(m) == std::vector<std::int8_t>{1, 2, 4, 1, 2, 4, 1, 2, 4});
  CHECK(m.metadata.ids == std::vector<std::string>{"r1", "r2", "r3"});
  // s3 was only on the rejected row: it is not a category of the matrix
  CHECK(m.metadata.school.categories == std::vector<std::string>{"s1", "s2"});
  CHECK(m.metadata.school.codes == std::vector<std::int32_t>{0, 1, 0});
}

TEST_CASE("unknown and open-text columns are reported, strict mode stops on unknown ones") {
  const auto text = "id,q1,q2,q3,comments,extra\nr1,1,1,1,fine,x\n";
  const auto [m, report] = read(text);
  CHECK(where(report) == std::vector<std::string>{"csv.open_text_column 1:5(comments)",
                                                  "csv.unknown_column 1:6(extra)"});
  for (const auto& i : report.issues) CHECK(i.severity == ls::severity::warning);
  CHECK(report.ok());
  CHECK(report.columns[5].use == csv_column_use::unknown);
  CHECK(m.rows() == 1);

  csv_options strict;
  strict.strict = true;
  const auto stopped = read(text, strict);
  CHECK_FALSE(stopped.report.header_ok);
  CHECK(stopped.report.rows_read == 0);
  CHECK(stopped.report.issues[1].severity == ls::severity::error);

  csv_options ignoring;
  ignoring.ignore_columns = {"extra"};
  CHECK(where(read(text, ignoring).report) ==
        std::vector<std::string>{"csv.open_text_column 1:5(comments)"});
}

TEST_CASE("a missing item or required column, or a column twice, stops the read") {
  const auto missing = read("id,q1,q3\nr1,1,1\n");
  CHECK(where(missing.report) == std::vector<std::string>{"csv.missing_column 1:0(q2)"});
  CHECK_FALSE(missing.report.header_ok);
  CHECK(missing.report.rows_read == 0);

  csv_options need_id;
  need_id.required_metadata = {"id", "school"};
  CHECK(where(read("id,q1,q2,q3\n", need_id).report) ==
        std::vector<std::string>{"csv.missing_column 1:0(school)"});

  csv_options subset;
  subset.items = {"q1", "q3"};
  const auto [m, report] = read("q1,q3,q2\n1,2,9\n", subset);  // q2 not read, not checked
  CHECK(report.ok());
  CHECK(m.item_ids() == std::vector<std::string>{"q1", "q3"});
  CHECK(codes(m) == std::vector<std::int8_t>{1, 2});
  CHECK(report.columns[2].use == csv_column_use::ignored);

  CHECK(where(read("id,q1,q2,q3,q1\n").report) ==
        std::vector<std::string>{"csv.duplicate_column 1:5(q1)"});
  CHECK(where(read("id,id,q1,q2,q3\n").report) ==
        std::vector<std::string>{"csv.duplicate_column 1:2(id)"});
}

TEST_CASE("headers can be mapped to items and metadata fields") {
  csv_options options;
  options.item_columns = {{"Q1", "q1"}, {"Q2", "q2"}, {"Q3", "q3"}};
  options.metadata_columns = {{"district", "system"}, {"respondent", "id"}};
  options.separator = ";";
  const auto [m, report] = read("respondent;district;Q1;Q2;Q3\nr1;d7;1;2;3\n", options);
  CHECK(report.ok());
  CHECK(m.metadata.ids == std::vector<std::string>{"r1"});
  CHECK(m.metadata.system.categories == std::vector<std::string>{"d7"});
  CHECK(codes(m) == std::vector<std::int8_t>{1, 2, 3});
  CHECK(report.columns[1].target == "system");
}

TEST_CASE("stray and unclosed quotes, empty ids and bad weights are rejected") {
  const auto [m, report] = read(
      "id,weight,q1,q2,q3\n"
      "r1,1,1,\"2\"x,3\n"
      "r2,1,1,a\"b\",3\n"
      ",1,1,1,1\n"
      "r4,-1,1,1,1\n"
      "r5,,1,1,1\n"
      "r6,heavy,1,1,1\n"
      "r7,1e400,1,1,1\n"
      "r8,2,1,1,1\n"
      "r9,1,\"1,1,1\n"
      "r10,1,1,1,1\n");
  CHECK(where(report) == std::vector<std::string>{
                             "csv.malformed_quotes 2:4(q2)", "csv.malformed_quotes 3:4(q2)",
                             "csv.missing_id 4:1(id)", "csv.bad_weight 5:2(weight)",
                             "csv.bad_weight 6:2(weight)", "csv.bad_weight 7:2(weight)",
                             "csv.bad_weight 8:2(weight)", "csv.unterminated_quote 10:3(q1)",
                             "csv.too_few_fields 10:4(q2)"});
  CHECK(report.rows_read == 9);  // r10 is inside r9's unclosed quote
  CHECK(m.metadata.ids == std::vector<std::string>{"r8"});
  CHECK(m.metadata.weights == std::vector<double>{2.0});
}

TEST_CASE("a record longer than max_record_bytes stops the read, with what came before") {
  csv_options options;
  options.block_bytes = 16;
  options.max_record_bytes = 64;
  const auto [m, report] = read("id,q1,q2,q3\nr1,1,1,1\nr2,\"" + std::string(200, 'x') + "\n", options);
  CHECK(where(report) == std::vector<std::string>{"csv.record_too_long 3:0()"});
  CHECK(report.rows_read == 1);
  CHECK_FALSE(report.read_to_end);
  CHECK_FALSE(report.ok());
}

TEST_CASE("max_issues keeps the first issues in file order and complete counts") {
  std::string text = "id,q1,q2,q3\n";
  for (int r = 0; r < 50; ++r) text += "r" + std::to_string(r) + ",9,9,1\n";
  csv_options options;
  options.max_issues = 3;
  options.block_bytes = 64;
  const auto [m, report] = read(text, options);
  CHECK(report.rejected == 50);
  CHECK(report.issue_counts.at("csv.not_on_scale") == 100);
  CHECK(where(report) == std::vector<std::string>{"csv.not_on_scale 2:2(q1)",
                                                  "csv.not_on_scale 2:3(q2)",
                                                  "csv.not_on_scale 3:2(q1)"});
}

TEST_CASE("issues convert to a validation report at /line/column") {
  const auto report = read("id,q1,q2,q3\nr1,1,7,1\n").report.to_validation_report();
  REQUIRE(report.issues.size() == 1);
  CHECK(report.issues[0].code == "csv.not_on_scale");
  CHECK(report.issues[0].path == "/2/3");
  CHECK_FALSE(report.ok());
}

TEST_CASE("unusable options throw before anything is read") {
  const auto instrument = ls_test::pulse_instrument();
  csv_options sep;
  sep.separator = ";;";
  CHECK_THROWS_WITH(read_csv_text("", instrument, sep), Catch::Contains("separator"));
  csv_options items;
  items.items = {"q1", "comments"};
  CHECK_THROWS_WITH(read_csv_text("", instrument, items), Catch::Contains("\"comments\""));
  csv_options map_item;
  map_item.item_columns = {{"Q1", "nope"}};
  CHECK_THROWS_WITH(read_csv_text("", instrument, map_item), Catch::Contains("\"nope\""));
  csv_options map_field;
  map_field.metadata_columns = {{"d", "district"}};
  CHECK_THROWS_WITH(read_csv_text("", instrument, map_field), Catch::Contains("\"district\""));
  CHECK_THROWS_AS(read_csv(std::filesystem::path("/no/such/file.csv"), instrument), ls::error);
}

TEST_CASE("files and streams read like text") {
  const std::string text = "id,school,q1,q2,q3\nr1,s1,1,2,3\nr2,s2,4,5,9\n";
  const auto path = std::filesystem::temp_directory_path() / "ls_csv_reader_test.csv";
  std::ofstream(path, std::ios::binary) << text;
  const auto from_file = read_csv(path, ls_test::pulse_instrument());
  std::filesystem::remove(path);
  std::istringstream stream(text);
  const auto from_stream = read_csv(stream, ls_test::pulse_instrument());
  const auto from_text = read(text);
  CHECK(from_file.report == from_text.report);
  CHECK(from_stream.report == from_text.report);
  CHECK(codes(from_file.matrix) == codes(from_text.matrix));
  CHECK(codes(from_stream.matrix) == codes(from_text.matrix));
}

namespace {

/// A file with a bit of everything: quoted metadata with separators and line breaks,
/// CR LF on some lines, blank lines, labels, bad codes, short and long rows, repeated ids.
std::string hostile_file(std::mt19937_64& rng, int rows) {
  std::string out = "id,school,role,q1,q2,q3,weight\n";
  const char* answers[] = {"1", "2", "3", "4", "5", "", "agree", "9", "x", "\"5\""};
  for (int r = 0; r < rows; ++r) {
    const auto roll = rng() % 20;
    if (roll == 0) {
      out += "\n";
      continue;
    }
    out += "r" + std::to_string(rng() % (static_cast<unsigned>(rows) + 5)) + ",";
    out += roll == 1   ? "\"s,\n" + std::to_string(r % 7) + "\""
           : roll == 5 ? "\"s\"\"" + std::to_string(r % 3) + "\"\"\""  // "s""1""" is s"1"
                       : "s" + std::to_string(r % 11);
    out += roll == 2 ? "" : ",teacher";
    for (int q = 0; q < 3; ++q) out += std::string(",") + answers[rng() % std::size(answers)];
    out += roll == 3 ? ",1,extra" : ",1";
    out += roll == 4 ? "\r\n" : "\n";
  }
  return out;
}

}  // namespace

TEST_CASE("results do not depend on the block size or the number of threads") {
  std::mt19937_64 rng(20261123);
  for (int trial = 0; trial < 5; ++trial) {
    const auto text = hostile_file(rng, 300);
    csv_options one;
    one.threads = 1;
    one.block_bytes = std::size_t{1} << 20;
    const auto reference = read(text, one);
    CHECK(reference.report.rejected > 0);
    CHECK(reference.report.accepted > 0);
    for (const std::size_t block : {16, 17, 64, 333, 4096}) {
      for (const int threads : {1, 2, 3, 4}) {
        csv_options options;
        options.block_bytes = block;
        options.threads = threads;
        const auto other = read(text, options);
        INFO("block " << block << ", threads " << threads);
        CHECK(other.report == reference.report);
        CHECK(codes(other.matrix) == codes(reference.matrix));
        CHECK(other.matrix.metadata.ids == reference.matrix.metadata.ids);
        CHECK(other.matrix.metadata.school.categories ==
              reference.matrix.metadata.school.categories);
        CHECK(other.matrix.metadata.school.codes == reference.matrix.metadata.school.codes);
        CHECK(other.matrix.metadata.weights == reference.matrix.metadata.weights);
      }
    }
  }
}

namespace {

/// An instrument of `n` items q1..qn on the agreement scale (codes 1..5).
ls::survey::instrument wide_instrument(int n) {
  auto instrument = ls_test::pulse_instrument();
  instrument.items.clear();
  for (int j = 1; j <= n; ++j)
    instrument.items.push_back({"q" + std::to_string(j), "Statement.", "agree_5", false, false, {}});
  return instrument;
}

}  // namespace

TEST_CASE("wide files: every code lands in its row and column, whatever the layout") {
  // Rows of 20 items with codes, gaps and a few bad values, written in a shuffled column
  // order; the expected matrix is kept while the text is written.
  constexpr int items = 20, rows = 700;
  const auto instrument = wide_instrument(items);
  std::mt19937_64 rng(7);
  for (const bool shuffled : {false, true}) {
    std::vector<int> order(items);
    for (int j = 0; j < items; ++j) order[static_cast<std::size_t>(j)] = j;
    if (shuffled) std::shuffle(order.begin(), order.end(), rng);
    std::string text = "id";
    for (const int j : order) text += ",q" + std::to_string(j + 1);
    text += "\n";
    std::vector<std::vector<std::int8_t>> expected(items);
    std::size_t bad_rows = 0;
    for (int r = 0; r < rows; ++r) {
      std::vector<std::int8_t> row(items);
      std::string line = "r" + std::to_string(r);
      bool bad = false;
      for (const int j : order) {
        const auto roll = rng() % 100;
        std::string cell;
        if (roll < 5) row[static_cast<std::size_t>(j)] = missing_code;  // empty
        else if (roll == 5) cell = "7", bad = true;                      // not on the scale
        else if (roll == 6) cell = "agree", row[static_cast<std::size_t>(j)] = 4;
        else {
          const auto code = static_cast<std::int8_t>(1 + rng() % 5);
          cell = std::to_string(code);
          row[static_cast<std::size_t>(j)] = code;
        }
        line += "," + cell;
      }
      text += line + "\n";
      if (bad) {
        ++bad_rows;
        continue;
      }
      for (int j = 0; j < items; ++j) expected[static_cast<std::size_t>(j)].push_back(row[static_cast<std::size_t>(j)]);
    }
    for (const std::size_t block : {64, 1000, 1 << 20}) {
      for (const int threads : {1, 2, 3}) {
        csv_options options;
        options.block_bytes = block;
        options.threads = threads;
        const auto [m, report] = read_csv_text(text, instrument, options);
        INFO("shuffled " << shuffled << ", block " << block << ", threads " << threads);
        CHECK(report.rows_read == rows);
        CHECK(report.rejected == bad_rows);
        REQUIRE(m.rows() == rows - bad_rows);
        for (int j = 0; j < items; ++j) {
          const auto column = m.column(static_cast<std::size_t>(j));
          CHECK(std::vector<std::int8_t>(column.begin(), column.end()) == expected[static_cast<std::size_t>(j)]);
        }
      }
    }
  }
}

TEST_CASE("repeated ids are found among many, the first of each kept, on any number of threads") {
  // 5000 rows; every 97th repeats the id of the row 50 lines up (long ids on odd rows, so
  // ids of more than 8 bytes are compared in full).
  std::string text = "id,q1,q2,q3\n";
  std::vector<std::string> ids;
  std::vector<std::string> kept;
  std::vector<std::size_t> repeat_lines;
  for (int r = 0; r < 5000; ++r) {
    std::string id = r % 2 ? "respondent-" + std::to_string(r) : "r" + std::to_string(r);
    if (r % 97 == 96) {
      id = ids[static_cast<std::size_t>(r - 50)];
      repeat_lines.push_back(static_cast<std::size_t>(r) + 2);
    } else {
      kept.push_back(id);
    }
    ids.push_back(id);
    text += id + ",1,2,3\n";
  }
  for (const int threads : {1, 2, 3}) {
    csv_options options;
    options.threads = threads;
    options.block_bytes = 4096;
    const auto [m, report] = read(text, options);
    INFO("threads " << threads);
    CHECK(m.metadata.ids == kept);
    REQUIRE(report.issues.size() == repeat_lines.size());
    for (std::size_t i = 0; i < repeat_lines.size(); ++i) {
      CHECK(report.issues[i].code == "csv.duplicate_id");
      CHECK(report.issues[i].line == repeat_lines[i]);
      CHECK(report.issues[i].message.find("line " + std::to_string(repeat_lines[i] - 50)) !=
            std::string::npos);
    }
  }
}

// ---------------------------------------------------------------------------------------
// The whole-row path (AVX-512, taken where the processor has it) and the portable path
// must agree on everything: codes, metadata, every issue. set_simd_level(portable) turns
// the whole-row path off; on a processor without AVX-512 both reads below are portable.

namespace {

/// Sets the SIMD level for a scope, and back to the best one afterwards.
struct simd_scope {
  explicit simd_scope(ls::stats::simd_level level) { ls::stats::set_simd_level(level); }
  ~simd_scope() { ls::stats::set_simd_level(ls::stats::supported_simd_level()); }
  simd_scope(const simd_scope&) = delete;
  simd_scope& operator=(const simd_scope&) = delete;
};

void check_same(const csv_read_result& a, const csv_read_result& b) {
  CHECK(a.report == b.report);
  CHECK(codes(a.matrix) == codes(b.matrix));
  CHECK(a.matrix.item_ids() == b.matrix.item_ids());
  const auto& x = a.matrix.metadata;
  const auto& y = b.matrix.metadata;
  CHECK(x.ids == y.ids);
  using column_of = category_column respondent_metadata::*;
  for (const column_of column : {&respondent_metadata::system, &respondent_metadata::school,
                                 &respondent_metadata::team, &respondent_metadata::role,
                                 &respondent_metadata::wave}) {
    CHECK((x.*column).categories == (y.*column).categories);
    CHECK((x.*column).codes == (y.*column).codes);
  }
  CHECK(x.weights == y.weights);
}

/// `text` read on the portable path and on the best path, which must agree (and keep
/// accepted + rejected = rows read); the best path's result.
csv_read_result read_both_ways(std::string_view text, const ls::survey::instrument& instrument,
                               const csv_options& options = {}) {
  csv_read_result portable;
  {
    simd_scope scope(ls::stats::simd_level::portable);
    portable = read_csv_text(text, instrument, options);
  }
  auto best = read_csv_text(text, instrument, options);
  INFO(best.report.summary());
  CHECK(best.report.accepted + best.report.rejected == best.report.rows_read);
  CHECK(best.matrix.rows() == best.report.accepted);
  check_same(best, portable);
  return best;
}

}  // namespace

TEST_CASE("rows whose fields cross 64-byte boundaries read the same on both paths") {
  // For each width, rows whose ids grow one character at a time, so that the items start
  // at every offset of a 64-byte block; their fields are empty or one digit in a pattern
  // that moves from row to row. Some rows end in CR LF, the last has no line feed.
  for (const int items : {1, 2, 7, 31, 32, 33, 62, 63, 64, 65, 100, 128, 129}) {
    const auto instrument = wide_instrument(items);
    std::string text = "id";
    for (int j = 1; j <= items; ++j) text += ",q" + std::to_string(j);
    text += "\n";
    std::vector<std::int8_t> expected;  // column after column, filled below
    std::vector<std::vector<std::int8_t>> by_item(static_cast<std::size_t>(items));
    constexpr int rows = 140;
    for (int r = 0; r < rows; ++r) {
      text += "r" + std::string(static_cast<std::size_t>(r % 70), 'x') + std::to_string(r);
      for (int j = 0; j < items; ++j) {
        const bool empty = (r + j) % 7 == 0 || (r % 11 == 5 && j + 1 == items);
        const auto code = static_cast<std::int8_t>((r * 3 + j) % 5 + 1);
        text += empty ? "," : "," + std::to_string(code);
        by_item[static_cast<std::size_t>(j)].push_back(empty ? NA : code);
      }
      if (r + 1 < rows) text += r % 4 == 3 ? "\r\n" : "\n";
    }
    for (const auto& column : by_item) expected.insert(expected.end(), column.begin(), column.end());
    INFO(items << " items");
    const auto [m, report] = read_both_ways(text, instrument);
    CHECK(report.ok());
    CHECK(report.rows_read == rows);
    CHECK(codes(m) == expected);
  }
}

TEST_CASE("odd fields among fast rows take the field by field way on both paths") {
  // Every line but one of each kind is the plain kind the whole-row path reads at once.
  const std::string text =
      "id,school,q1,q2,q3,weight\n"
      "r1,s1,1,2,3,1\n"
      "r2,s1,1,12,3,1\n"        // two characters: not on the scale, at q2
      "r3,s1, 4,5 ,3,1\n"       // spaces around a code
      "r4,s2,1,\"4\",3,1\n"     // a quoted code
      "r5,s2,agree,,,1\n"       // a label; empty fields
      "r6,s2,1,2,,0.5\r\n"      // an empty field before CR LF
      "r7,s3,5,4,3\n"           // too few fields
      "r8,s3,5,4,3,1,1\n"       // too many
      "\n"                      // a blank line
      "r9,\"s,4\",1,2,3,1\n"    // a quoted label with the separator
      "r10,s4,1,2,9,1\n"        // a digit not on the scale
      "r11,s4,1,2,3,\n"         // an empty weight, the last field
      "r12,s4,1,2,\"3\"x,1\n"   // text after a closing quote
      "r13,s5,,,,2";            // empty items, and no line feed at the end
  const auto [m, report] = read_both_ways(text, ls_test::pulse_instrument());
  CHECK(where(report) == std::vector<std::string>{
                             "csv.not_on_scale 3:4(q2)", "csv.too_few_fields 8:6(weight)",
                             "csv.too_many_fields 9:7()", "csv.not_on_scale 12:5(q3)",
                             "csv.bad_weight 13:6(weight)", "csv.malformed_quotes 14:5(q3)"});
  CHECK(report.blank_lines == 1);
  CHECK(m.metadata.ids == std::vector<std::string>{"r1", "r3", "r4", "r5", "r6", "r9", "r13"});
  CHECK(codes(m) == std::vector<std::int8_t>{1, 4, 1, 4, 1, 1, NA,    // q1
                                             2, 5, 4, NA, 2, 2, NA,   // q2
                                             3, 3, 3, NA, NA, 3, NA}); // q3
  CHECK(m.metadata.school.categories == std::vector<std::string>{"s1", "s2", "s,4", "s5"});
  CHECK(m.metadata.weights == std::vector<double>{1, 1, 1, 1, 0.5, 1, 2});
}

TEST_CASE("a one-digit missing value is no answer on every path") {
  csv_options options;
  options.missing_values = {"3"};
  const auto [m, report] =
      read_both_ways("id,q1,q2,q3\nr1,3,3,3\nr2, 3,3 ,3\nr3,1,2,3", ls_test::pulse_instrument(), options);
  CHECK(report.ok());
  CHECK(codes(m) == std::vector<std::int8_t>{NA, NA, 1, NA, NA, 2, NA, NA, NA});
}

namespace {

/// A wide file with metadata in a shuffled column order and a sprinkling of everything
/// the whole-row path leaves to the field by field way.
std::string random_wide_file(std::mt19937_64& rng, int items, int rows) {
  std::vector<std::string> columns = {"id", "school", "team", "role", "weight"};
  for (int j = 1; j <= items; ++j) columns.push_back("q" + std::to_string(j));
  std::shuffle(columns.begin(), columns.end(), rng);
  std::string out;
  for (std::size_t c = 0; c < columns.size(); ++c) out += (c ? "," : "") + columns[c];
  out += "\n";
  const char* odd[] = {"12", "x", "\"3\"", "agree", " 4", "9", "3\"", "-1", "+2", "0", "\"\"",
                       "\"a\nb\""};
  for (int r = 0; r < rows; ++r) {
    const auto roll = rng() % 40;
    if (roll == 0) {
      out += roll % 2 ? "\n" : " \r\n";
      continue;
    }
    std::string line;
    const std::size_t fields = roll == 1 ? columns.size() - 3 : roll == 2 ? columns.size() + 1 : columns.size();
    for (std::size_t c = 0; c < fields; ++c) {
      const std::string name = c < columns.size() ? columns[c] : "extra";
      std::string cell;
      if (name == "id") cell = rng() % 50 ? "r" + std::to_string(rng() % (static_cast<unsigned>(rows) * 2)) : "";
      else if (name == "school") cell = rng() % 30 ? "s" + std::to_string(rng() % 40) : "\"s,\"\"q\"\"\"";
      else if (name == "team") cell = rng() % 5 ? "t" + std::to_string(rng() % 3) : "";
      else if (name == "role") cell = rng() % 2 ? "teacher" : "coach";
      else if (name == "weight") cell = rng() % 60 ? std::to_string(rng() % 3) + ".25" : "-1";
      else if (rng() % 200 == 0) cell = odd[rng() % std::size(odd)];
      else if (rng() % 10 == 0) cell = "";
      else cell = std::to_string(1 + rng() % 5);
      line += (c ? "," : "") + cell;
    }
    out += line + (rng() % 5 == 0 ? "\r\n" : "\n");
  }
  if (rng() % 2) out.pop_back();  // sometimes no line feed at the end (or a lone CR)
  return out;
}

}  // namespace

TEST_CASE("random wide files with bad rows read the same on both paths, threads and blocks") {
  std::mt19937_64 rng(20261125);
  for (int trial = 0; trial < 6; ++trial) {
    const int items = std::vector<int>{5, 60, 70, 130, 64, 33}[static_cast<std::size_t>(trial)];
    const auto instrument = wide_instrument(items);
    const auto text = random_wide_file(rng, items, 400);
    csv_options one;
    one.threads = 1;
    csv_read_result reference;
    {
      simd_scope scope(ls::stats::simd_level::portable);
      reference = read_csv_text(text, instrument, one);
    }
    INFO("trial " << trial << ", " << items << " items");
    CHECK(reference.report.rejected > 0);
    CHECK(reference.report.accepted > 100);
    // From a file too: mapped into memory and read where it lies, window after window.
    const auto path = std::filesystem::temp_directory_path() /
                      ("ls_csv_random_" + std::to_string(trial) + ".csv");
    std::ofstream(path, std::ios::binary) << text;
    for (const std::size_t block : {std::size_t{64}, std::size_t{1000}, std::size_t{1} << 20}) {
      for (const int threads : {1, 2, 3}) {
        csv_options options;
        options.block_bytes = block;
        options.threads = threads;
        INFO("block " << block << ", threads " << threads);
        check_same(read_both_ways(text, instrument, options), reference);
        std::istringstream stream(text);  // through the buffer rather than in place
        check_same(read_csv(stream, instrument, options), reference);
        check_same(read_csv(path, instrument, options), reference);
      }
    }
    std::filesystem::remove(path);
  }
}

TEST_CASE("repeated ids name the lines of both ids, past blank lines, rejected rows and quoted breaks") {
  const std::string text =
      "id,school,q1,q2,q3\n"
      "r1,\"two\nlines\",1,2,3\n"  // lines 2-3
      "\n"                         // 4
      "r2,s,9,1,1\n"               // 5: not on the scale
      "r3,s,1,1,1\n"               // 6
      "r1,s,1,1,1\n"               // 7: r1 again
      "\"r3\",\"x\ny\",1,1,1\n"    // 8-9: r3 again
      "r4,\"a\nb\",1,1,1\n"        // 10-11
      "r4,s,1,1,1\n"               // 12: r4 again
      "\"r\n5\",s,1,1,1\n"         // 13-14: an id with a line break
      "\"r\n5\",s,1,1,1\n";        // 15-16: the same again
  for (const int threads : {1, 2}) {
    for (const std::size_t block : {std::size_t{32}, std::size_t{1} << 20}) {
      csv_options options;
      options.threads = threads;
      options.block_bytes = block;
      const auto [m, report] = read_both_ways(text, ls_test::pulse_instrument(), options);
      CHECK(where(report) == std::vector<std::string>{
                                 "csv.not_on_scale 5:3(q1)", "csv.duplicate_id 7:1(id)",
                                 "csv.duplicate_id 8:1(id)", "csv.duplicate_id 12:1(id)",
                                 "csv.duplicate_id 15:1(id)"});
      REQUIRE(report.issues.size() == 5);
      CHECK(report.issues[1].message.find("on line 2") != std::string::npos);
      CHECK(report.issues[2].message.find("on line 6") != std::string::npos);
      CHECK(report.issues[3].message.find("on line 10") != std::string::npos);
      CHECK(report.issues[4].message.find("on line 13") != std::string::npos);
      CHECK(m.metadata.ids == std::vector<std::string>{"r1", "r3", "r4", "r\n5"});
    }
  }
}

TEST_CASE("a file of thousands of rows gives the same matrix on one thread and on two") {
  // Two threads also move the columns together at the end on both; room for the rows is
  // estimated from the first block, so it is a little more than the rows.
  constexpr int items = 60, rows = 6000;
  const auto instrument = wide_instrument(items);
  std::mt19937_64 rng(11);
  std::string text = "id";
  for (int j = 1; j <= items; ++j) text += ",q" + std::to_string(j);
  text += "\n";
  for (int r = 0; r < rows; ++r) {
    text += "r" + std::to_string(r);
    for (int j = 0; j < items; ++j) text += rng() % 10 ? "," + std::to_string(1 + rng() % 5) : ",";
    text += "\n";
  }
  csv_options one, two;
  one.threads = 1;
  two.threads = 2;
  for (const std::size_t block : {std::size_t{1} << 20, std::size_t{40000}}) {
    one.block_bytes = two.block_bytes = block;
    const auto a = read_both_ways(text, instrument, one);
    const auto b = read_both_ways(text, instrument, two);
    CHECK(b.report.accepted == rows);
    check_same(a, b);
  }
}
