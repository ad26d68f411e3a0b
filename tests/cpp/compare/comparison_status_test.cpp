// Every status but compared says in words why the numbers are missing.
#include <ls/compare/comparison_status.hpp>

#include <catch2/catch.hpp>

#include <boost/describe/enum_to_string.hpp>
#include <boost/mp11/algorithm.hpp>

#include <set>

using ls::compare::comparison_status;

TEST_CASE("comparison notes: empty for compared, a distinct sentence for every other status") {
  CHECK(ls::compare::comparison_note(comparison_status::compared).empty());
  std::set<std::string> seen;
  boost::mp11::mp_for_each<boost::describe::describe_enumerators<comparison_status>>([&](auto e) {
    if (e.value == comparison_status::compared) return;
    const auto note = ls::compare::comparison_note(e.value);
    INFO(e.name);
    CHECK_FALSE(note.empty());
    CHECK(seen.insert(note).second);
  });
  CHECK(seen.size() == 7);
}
