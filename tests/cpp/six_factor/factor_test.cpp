#include <ls/reflect/traits.hpp>
#include <ls/six_factor/factor.hpp>

#include <catch2/catch.hpp>

#include <set>

using namespace ls::six_factor;

TEST_CASE("the factors are numbered 1 to 6 in the book's order") {
  int expected = 1;
  for (auto factor : all_support_factors) CHECK(support_factor_number(factor) == expected++);
  CHECK(support_factor_number(support_factor::evaluation) == 5);
  CHECK(ls::reflect::enumerator_list<support_factor>() ==
        "compelling_vision, standards_driven, definition_of_professional_learning, "
        "new_roles_and_responsibilities, evaluation, resources");
}

TEST_CASE("every factor has a title and its own description") {
  // DOMAIN.md section 5's names, held by the six_factor catalog.
  CHECK(support_factor_title(support_factor::resources) == "Resources");
  CHECK(support_factor_title(support_factor::definition_of_professional_learning) ==
        "A definition of professional learning");
  std::set<std::string_view> titles, descriptions;
  for (auto factor : all_support_factors) {
    titles.insert(support_factor_title(factor));
    descriptions.insert(support_factor_description(factor));
    CHECK(support_factor_description(factor).size() > 30);
  }
  CHECK(titles.size() == 6);
  CHECK(descriptions.size() == 6);
}

TEST_CASE("a value that is not a factor gives 0 and empty text") {
  auto bogus = static_cast<support_factor>(-1);
  CHECK(support_factor_number(bogus) == 0);
  CHECK(support_factor_title(bogus).empty());
  CHECK(support_factor_description(bogus).empty());
}

#include "support/enum_catalog.hpp"

TEST_CASE("the factors are exactly the entries of the six_factor catalog, in the book's order") {
  CHECK(ls_test::enumerator_names<support_factor>() == ls_test::builtin_ids("six_factor"));
}
