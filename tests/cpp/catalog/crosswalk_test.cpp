#include <ls/catalog/crosswalk.hpp>
#include <ls/core/validate.hpp>

#include <catch2/catch.hpp>

using ls::catalog::crosswalk;
using ls::catalog::crosswalk_relation;

namespace {
crosswalk small() {
  crosswalk c;
  c.id = "old_to_new";
  c.from_scheme = "old";
  c.to_scheme = "new";
  c.links = {{"data", "evidence", crosswalk_relation::renamed, std::nullopt},
             {"outcomes", "curriculum", crosswalk_relation::related, std::nullopt},
             {"outcomes", "expertise", crosswalk_relation::related, std::nullopt}};
  c.to_without_counterpart = {"equity"};
  return c;
}
}  // namespace

TEST_CASE("a crosswalk lists the links from and to an entry") {
  const auto c = small();
  CHECK(ls::validate(c).issues.empty());
  REQUIRE(c.links_from("outcomes").size() == 2);
  CHECK(c.links_from("outcomes")[1].to_id == "expertise");
  REQUIRE(c.links_to("evidence").size() == 1);
  CHECK(c.links_to("evidence")[0].relation == crosswalk_relation::renamed);
  CHECK(c.links_from("equity").empty());
}

TEST_CASE("crosswalk rules") {
  auto c = small();
  c.id = "Old to new";
  c.to_scheme = "old";
  c.links.push_back(c.links[0]);
  c.links.push_back({"", " ", crosswalk_relation::same, std::nullopt});
  c.to_without_counterpart.push_back("curriculum");
  c.from_without_counterpart.push_back("data");
  auto report = ls::validate(c);
  std::vector<std::string> got;
  for (const auto& i : report.issues) got.push_back(i.code + " " + i.path);
  CHECK(got == std::vector<std::string>{
                   "crosswalk.invalid_id /id",
                   "crosswalk.same_scheme /to_scheme",
                   "crosswalk.duplicate_link /links/3",
                   "crosswalk.linked_without_counterpart /from_without_counterpart/0",
                   "crosswalk.linked_without_counterpart /to_without_counterpart/1",
                   "crosswalk.blank_id /links/4/from_id",
                   "crosswalk.blank_id /links/4/to_id",
               });
}
