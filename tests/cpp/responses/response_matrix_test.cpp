#include <ls/core/error.hpp>
#include <ls/responses/response_matrix.hpp>

#include <catch2/catch.hpp>

using namespace ls::responses;

TEST_CASE("a response matrix is column-major, starts missing, and views its codes") {
  response_matrix m({"q1", "q2", "q3"}, 4);
  CHECK(m.rows() == 4);
  CHECK(m.item_count() == 3);
  CHECK(m.at(3, 2) == missing_code);
  m.set(1, 2, 5);
  CHECK(m.codes()[2 * 4 + 1] == 5);  // column 2, row 1
  CHECK(m.item_index("q3") == 2);
  CHECK_THROWS_WITH(m.item_index("q9"), Catch::Contains("q9"));
  const auto v = m.view();
  CHECK(v.at(1, 2) == 5);
  CHECK(v.column(2)[1] == 5);
  const auto tail = v.slice(1, 3);
  CHECK(tail.rows == 3);
  CHECK(tail.at(0, 2) == 5);
  CHECK(m.memory_bytes() >= 12);
}

TEST_CASE("a category column interns labels once and reads them back") {
  category_column c;
  c.codes = {c.intern("d1"), c.intern("d2"), c.intern("d1"), category_column::no_category};
  CHECK(c.categories == std::vector<std::string>{"d1", "d2"});
  CHECK(c.codes == std::vector<std::int32_t>{0, 1, 0, -1});
  CHECK(c.label(2) == "d1");
  CHECK(c.label(3).empty());
}

TEST_CASE("a response matrix can take codes built elsewhere, checking their number") {
  response_matrix m({"q1", "q2"}, 2, {1, 2, 3, missing_code});
  CHECK(m.at(1, 0) == 2);
  CHECK(m.at(0, 1) == 3);
  CHECK(m.at(1, 1) == missing_code);
  CHECK_THROWS_WITH(response_matrix({"q1", "q2"}, 2, {1, 2, 3}),
                    Catch::Contains("needs 4 codes, got 3"));
}

TEST_CASE("a response matrix takes a code storage block, keeps it when moved, copies it deeply") {
  auto storage = code_storage::uninitialized(6);
  CHECK(storage.size() == 6);
  CHECK(storage.capacity() >= 6);
  for (std::size_t i = 0; i < 6; ++i) storage.data()[i] = static_cast<std::int8_t>(i + 1);
  const auto* block = storage.data();
  response_matrix m({"q1", "q2", "q3"}, 2, std::move(storage));
  CHECK(m.codes().data() == block);  // taken, not copied
  CHECK(m.at(1, 2) == 6);
  response_matrix copy = m;
  CHECK(copy.codes().data() != block);
  copy.set(0, 0, 9);
  CHECK(m.at(0, 0) == 1);
  CHECK(std::vector<std::int8_t>(copy.codes().begin(), copy.codes().end()) ==
        std::vector<std::int8_t>{9, 2, 3, 4, 5, 6});
  response_matrix moved = std::move(m);
  CHECK(moved.codes().data() == block);
  CHECK(moved.memory_bytes() >= 6);
  auto shorter = code_storage::uninitialized(8);
  shorter.shrink(6);
  CHECK(shorter.size() == 6);
  CHECK(shorter.capacity() >= 8);
  CHECK_THROWS_WITH(response_matrix({"q1", "q2"}, 2, code_storage::uninitialized(5)),
                    Catch::Contains("needs 4 codes, got 5"));
}
