#include "responses/fixtures.hpp"

#include <ls/core/error.hpp>
#include <ls/responses/matrix_builder.hpp>

#include <catch2/catch.hpp>

using namespace ls::responses;

namespace {
/// A respondent (designated initializers would warn under -Wextra with GCC 12).
respondent who(std::string id, std::optional<std::string> school = {},
               std::optional<std::string> role = {}, std::optional<std::string> wave = {}) {
  respondent r;
  r.id = std::move(id);
  r.school = std::move(school);
  r.role = std::move(role);
  r.wave = std::move(wave);
  return r;
}
}  // namespace

TEST_CASE("rows of codes for bare item ids become a column-major matrix") {
  response_matrix_builder b({"a", "b"});
  b.add_codes({1, std::nullopt});
  b.add_codes({-7, 127});
  CHECK(b.rows() == 2);
  const auto m = b.build();
  REQUIRE(m.rows() == 2);
  CHECK(m.item_ids() == std::vector<std::string>{"a", "b"});
  CHECK(m.at(0, 0) == 1);
  CHECK(m.at(0, 1) == missing_code);
  CHECK(m.at(1, 0) == -7);
  CHECK(m.at(1, 1) == 127);
  // column-major: a's column, then b's
  CHECK(std::vector<std::int8_t>(m.codes().begin(), m.codes().end()) ==
        std::vector<std::int8_t>{1, -7, missing_code, 127});
  CHECK(m.metadata.ids.empty());  // no respondent gave one
  CHECK(m.metadata.school.empty());
  CHECK(m.metadata.weights.empty());
  CHECK(b.rows() == 0);  // the builder starts again
}

TEST_CASE("without a scale, only codes one byte can hold are taken") {
  response_matrix_builder b({"a"});
  CHECK_THROWS_WITH(b.add_codes({128}), Catch::Contains("row 0") && Catch::Contains("128"));
  CHECK_THROWS_WITH(b.add_codes({-128}), Catch::Contains("-128"));  // that is "missing"
  CHECK(b.rows() == 0);
}

TEST_CASE("with an instrument, rows are its rated items, codes are checked, labels mapped") {
  response_matrix_builder b(ls_test::pulse_instrument());
  CHECK(b.item_ids() == std::vector<std::string>{"q1", "q2", "q3"});  // not the open-text one
  b.add_labels({"agree", "", "Strongly Disagree"}, who("r1", "s1", "teacher"));
  b.add_codes({5, 3, std::nullopt}, who("r2", "s2"));
  b.add_codes({1, 2, 4}, who("r3", "s1", {}, "2026"));
  const auto m = b.build();
  REQUIRE(m.rows() == 3);
  CHECK(m.at(0, 0) == 4);
  CHECK(m.at(0, 1) == missing_code);
  CHECK(m.at(0, 2) == 1);
  CHECK(m.at(1, 1) == 3);  // "no opinion" is kept as its own code
  CHECK(m.metadata.ids == std::vector<std::string>{"r1", "r2", "r3"});
  CHECK(m.metadata.school.categories == std::vector<std::string>{"s1", "s2"});
  CHECK(m.metadata.school.codes == std::vector<std::int32_t>{0, 1, 0});
  CHECK(m.metadata.role.codes == std::vector<std::int32_t>{0, -1, -1});
  CHECK(m.metadata.wave.label(2) == "2026");
  CHECK(m.metadata.system.empty());
  CHECK(m.metadata.team.empty());
}

TEST_CASE("a bad row throws naming row, item and value, and is not added") {
  response_matrix_builder b(ls_test::pulse_instrument());
  b.add_codes({1, 1, 1}, who("r1"));
  CHECK_THROWS_WITH(b.add_codes({1, 9, 1}, who("r2")),
                    Catch::Contains("row 1") && Catch::Contains("\"q2\"") &&
                        Catch::Contains("code 9") && Catch::Contains("5, 4, 3, 2, 1"));
  CHECK_THROWS_WITH(b.add_labels({"agree", "agreed", ""}, who("r2")),
                    Catch::Contains("\"agreed\"") && Catch::Contains("\"q2\""));
  CHECK_THROWS_WITH(b.add_codes({1, 1}, who("r2")), Catch::Contains("2 answers for 3 items"));
  CHECK_THROWS_WITH(b.add_codes({1, 1, 1}, who("r1")),
                    Catch::Contains("repeats respondent id \"r1\" of row 0"));
  CHECK_THROWS_WITH(b.add_codes({1, 1, 1}, who("r2"), -2.0), Catch::Contains("weight"));
  CHECK(b.rows() == 1);
  b.add_codes({2, 2, 2}, who("r2"));  // still usable, and r2 was never taken
  CHECK(b.build().rows() == 2);
}

TEST_CASE("labels need an instrument, items must be rated items of it") {
  response_matrix_builder bare({"a"});
  CHECK_THROWS_WITH(bare.add_labels({"agree"}), Catch::Contains("need an instrument"));
  CHECK_THROWS_WITH(response_matrix_builder(ls_test::pulse_instrument(), {"q1", "comments"}),
                    Catch::Contains("\"comments\" is not a rated item"));
  CHECK_THROWS_WITH(response_matrix_builder(ls_test::pulse_instrument(), {"nope"}),
                    Catch::Contains("nope"));
  response_matrix_builder some(ls_test::pulse_instrument(), {"q3", "q1"});
  CHECK(some.item_ids() == std::vector<std::string>{"q3", "q1"});
}

TEST_CASE("ids and weights are all or nothing") {
  response_matrix_builder b(ls_test::pulse_instrument());
  b.add_codes({1, 1, 1}, who("r1"), 2.0);
  b.add_codes({1, 1, 1}, who(""), 1.0);
  CHECK_THROWS_WITH(b.build(), Catch::Contains("row 1 has no respondent id"));
  response_matrix_builder w(ls_test::pulse_instrument());
  w.add_codes({1, 1, 1}, who("r1"), 2.0);
  w.add_codes({1, 1, 1}, who("r2"));
  CHECK_THROWS_WITH(w.build(), Catch::Contains("row 1 has no weight"));
  w.add_codes({1, 1, 1}, who("r3"), 0.5);
  CHECK_THROWS(w.build());
  response_matrix_builder ok(ls_test::pulse_instrument());
  ok.add_codes({1, 1, 1}, who("r1"), 2.0);
  ok.add_codes({1, 1, 1}, who("r2"), 0.5);
  CHECK(ok.build().metadata.weights == std::vector<double>{2.0, 0.5});
}

TEST_CASE("reserving and many rows keep every code in place") {
  response_matrix_builder b({"a", "b", "c"});
  b.reserve(10);
  for (int r = 0; r < 1000; ++r) b.add_codes({r % 100, -(r % 100), std::nullopt});
  const auto m = b.build();
  REQUIRE(m.rows() == 1000);
  for (std::size_t r = 0; r < 1000; r += 37) {
    CHECK(m.at(r, 0) == static_cast<std::int8_t>(r % 100));
    CHECK(m.at(r, 1) == static_cast<std::int8_t>(-static_cast<int>(r % 100)));
    CHECK(m.at(r, 2) == missing_code);
  }
}
