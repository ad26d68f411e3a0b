#include <ls/catalog/roles.hpp>
#include <ls/core/text.hpp>

#include <catch2/catch.hpp>

#include <set>

TEST_CASE("the twelve built-in roles of DOMAIN.md have distinct stable ids") {
  auto ids = ls::catalog::builtin_role_ids();
  CHECK(ids.size() == 12);
  CHECK(std::set<std::string_view>(ids.begin(), ids.end()).size() == ids.size());
  for (auto id : ids) CHECK(ls::is_stable_id(id));
  CHECK(ls::catalog::is_builtin_role("school_leadership_team"));
  CHECK(ls::catalog::is_builtin_role("district_leader"));
  CHECK_FALSE(ls::catalog::is_builtin_role("School_Leadership_Team"));
  CHECK_FALSE(ls::catalog::is_builtin_role(""));
}
