#include <ls/kasab/dimension.hpp>
#include <ls/reflect/traits.hpp>

#include <catch2/catch.hpp>

#include <set>
#include <string>

using ls::kasab::kasab_dimension;

TEST_CASE("the dimensions are in the order of the acronym K-A-S-A-B") {
  std::string letters;
  for (auto d : ls::kasab::all_kasab_dimensions) letters += ls::kasab::kasab_letter(d);
  CHECK(letters == "KASAB");
  CHECK(ls::reflect::enumerator_list<kasab_dimension>() ==
        "knowledge, attitudes, skills, aspirations, behaviors");
  for (std::size_t i = 0; i < ls::kasab::all_kasab_dimensions.size(); ++i)
    CHECK(static_cast<std::size_t>(ls::kasab::all_kasab_dimensions[i]) == i);
}

TEST_CASE("every dimension has a title and its own description") {
  CHECK(ls::kasab::kasab_dimension_title(kasab_dimension::aspirations) == "Aspirations");
  std::set<std::string_view> descriptions;
  for (auto d : ls::kasab::all_kasab_dimensions) {
    CHECK_FALSE(ls::kasab::kasab_dimension_title(d).empty());
    CHECK(ls::kasab::kasab_dimension_description(d).size() > 30);
    descriptions.insert(ls::kasab::kasab_dimension_description(d));
  }
  CHECK(descriptions.size() == 5);
}

TEST_CASE("a value that is not an enumerator gives empty text") {
  auto bogus = static_cast<kasab_dimension>(17);
  CHECK(ls::kasab::kasab_letter(bogus).empty());
  CHECK(ls::kasab::kasab_dimension_title(bogus).empty());
  CHECK(ls::kasab::kasab_dimension_description(bogus).empty());
}

#include "support/enum_catalog.hpp"

TEST_CASE("the dimensions are exactly the entries of the kasab catalog, which holds their text") {
  CHECK(ls_test::enumerator_names<kasab_dimension>() == ls_test::builtin_ids("kasab"));
  CHECK(ls::kasab::kasab_dimension_description(kasab_dimension::knowledge) ==
        *ls::catalog::builtin_catalogs().get("kasab")->find("knowledge")->description);
  CHECK(ls::kasab::kasab_dimension_title(static_cast<kasab_dimension>(-1)).empty());
}
