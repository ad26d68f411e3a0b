#include "ic_map/support.hpp"

#include <ls/core/error.hpp>
#include <ls/ic_map/distribution.hpp>
#include <ls/json/write.hpp>

#include <catch2/catch.hpp>

#include <cmath>
#include <vector>

using Catch::Matchers::WithinAbs;
using ic_map_test::place;
using ic_map_test::principal_map;
using ls::ic_map::ic_count;
using ls::ic_map::ic_placement;
using ls::ic_map::ic_subject_kind;

namespace {

// Two rounds of self-assessment, listed out of date order on purpose.
std::vector<ic_placement> two_rounds() {
  return {
      place("ana", "uses_data", 2, "2026-05-20"),
      place("ana", "uses_data", 3, "2026-01-15"),
      place("ben", "uses_data", 4, "2026-01-15"),
      place("ben", "uses_data", 3, "2026-05-20"),
      place("cy", "uses_data", 1, "2026-01-15"),
      place("north", "uses_data", 2, "2026-05-20", ic_subject_kind::team),
      place("ana", "plans_learning", 4, "2026-01-15"),
      place("ben", "plans_learning", 1, "2026-05-20"),
  };
}

void check_outcome(const ls::ic_map::ic_outcome_distribution& d, std::size_t n,
                   std::vector<std::size_t> counts, double share, double mean, double median) {
  INFO(d.outcome);
  CHECK(d.n == n);
  CHECK(d.level_counts == counts);
  CHECK_THAT(d.share_at_or_near_ideal, WithinAbs(share, 1e-12));
  CHECK_THAT(d.mean_level, WithinAbs(mean, 1e-12));
  CHECK_THAT(d.median_level, WithinAbs(median, 1e-12));
}

void check_empty(const ls::ic_map::ic_outcome_distribution& d) {
  CHECK(d.n == 0);
  CHECK(d.level_counts == std::vector<std::size_t>{0, 0, 0, 0});
  CHECK(std::isnan(d.share_at_or_near_ideal));
  CHECK(std::isnan(d.mean_level));
  CHECK(std::isnan(d.median_level));
}

}  // namespace

TEST_CASE("ic distribution: the current picture counts each subject's latest placement") {
  auto d = ls::ic_map::placement_distribution(principal_map(), two_rounds());
  CHECK(d.map == "principal_evidence");
  CHECK(d.count == ic_count::latest_per_subject);
  CHECK_FALSE(d.as_of);
  CHECK_FALSE(d.date);
  CHECK(d.subjects == 4);  // ana, ben, cy, team north
  REQUIRE(d.outcomes.size() == 3);
  // uses_data, latest: ana 2 (May), ben 3 (May), cy 1 (January), north 2 -> 1,2,2,3.
  // At level 1-2: 3 of 4. Mean 8/4. Median of 1,2,2,3 = (2+2)/2.
  CHECK(d.outcomes[0].outcome == "uses_data");
  check_outcome(d.outcomes[0], 4, {1, 2, 1, 0}, 0.75, 2.0, 2.0);
  // plans_learning: ana 4, ben 1 -> share 1/2, mean 5/2, median (1+4)/2.
  check_outcome(d.outcomes[1], 2, {1, 0, 0, 1}, 0.5, 2.5, 2.5);
  // leads_teams: nobody placed, still listed.
  CHECK(d.outcomes[2].outcome == "leads_teams");
  check_empty(d.outcomes[2]);
}

TEST_CASE("ic distribution: counting every placement counts repeated subjects repeatedly") {
  auto d = ls::ic_map::placement_distribution(principal_map(), two_rounds(),
                                              ic_count::every_placement);
  CHECK(d.count == ic_count::every_placement);
  CHECK(d.subjects == 4);
  // uses_data: 2,3,4,3,1,2 -> sorted 1,2,2,3,3,4. Level 1-2: 3 of 6. Mean 15/6.
  // Median (2+3)/2.
  check_outcome(d.outcomes[0], 6, {1, 2, 2, 1}, 0.5, 2.5, 2.5);
  check_outcome(d.outcomes[1], 2, {1, 0, 0, 1}, 0.5, 2.5, 2.5);
}

TEST_CASE("ic distribution: as_of ignores later placements") {
  auto d = ls::ic_map::placement_distribution(principal_map(), two_rounds(),
                                              ic_count::latest_per_subject, "2026-03-01");
  CHECK(d.as_of == "2026-03-01");
  CHECK(d.subjects == 3);  // north was first placed in May
  // uses_data by March: ana 3, ben 4, cy 1 -> 1,3,4. Level 1-2: 1 of 3. Mean 8/3. Median 3.
  check_outcome(d.outcomes[0], 3, {1, 0, 1, 1}, 1.0 / 3.0, 8.0 / 3.0, 3.0);
  // plans_learning by March: ana 4 only.
  check_outcome(d.outcomes[1], 1, {0, 0, 0, 1}, 0.0, 4.0, 4.0);
  // as_of on a placement date includes that date.
  auto on_the_day = ls::ic_map::placement_distribution(principal_map(), two_rounds(),
                                                       ic_count::latest_per_subject, "2026-05-20");
  auto all = ls::ic_map::placement_distribution(principal_map(), two_rounds());
  all.as_of = "2026-05-20";
  CHECK(ls::json::to_string(on_the_day) == ls::json::to_string(all));  // NaN != NaN in ==
}

TEST_CASE("ic distribution: latest placements keep input order and tell person from team") {
  auto placements = two_rounds();
  placements.push_back(place("north", "uses_data", 4, "2026-01-15"));  // a person "north"
  auto latest = ls::ic_map::latest_placements(principal_map(), placements);
  // Kept: ana/uses_data May (0), ben/uses_data May (3), cy (4), team north (5),
  // ana/plans (6), ben/plans (7), person north (8).
  REQUIRE(latest.size() == 7);
  CHECK(latest[0] == placements[0]);
  CHECK(latest[1] == placements[3]);
  CHECK(latest[2] == placements[4]);
  CHECK(latest[3] == placements[5]);
  CHECK(latest[6] == placements[8]);
  auto march = ls::ic_map::latest_placements(principal_map(), placements, "2026-03-01");
  REQUIRE(march.size() == 5);
  CHECK(march[0] == placements[1]);  // ana's January placement is her latest by March
}

TEST_CASE("ic distribution: by date, one distribution per date, earliest first") {
  auto by_date = ls::ic_map::placement_distribution_by_date(principal_map(), two_rounds());
  REQUIRE(by_date.size() == 2);
  CHECK(by_date[0].date == "2026-01-15");
  CHECK(by_date[1].date == "2026-05-20");
  CHECK(by_date[0].count == ic_count::every_placement);
  // January: uses_data ana 3, ben 4, cy 1; plans_learning ana 4.
  CHECK(by_date[0].subjects == 3);
  check_outcome(by_date[0].outcomes[0], 3, {1, 0, 1, 1}, 1.0 / 3.0, 8.0 / 3.0, 3.0);
  check_outcome(by_date[0].outcomes[1], 1, {0, 0, 0, 1}, 0.0, 4.0, 4.0);
  check_empty(by_date[0].outcomes[2]);
  // May: uses_data ana 2, ben 3, north 2 -> 2,2,3: share 2/3, mean 7/3, median 2;
  // plans_learning ben 1.
  CHECK(by_date[1].subjects == 3);
  check_outcome(by_date[1].outcomes[0], 3, {0, 2, 1, 0}, 2.0 / 3.0, 7.0 / 3.0, 2.0);
  check_outcome(by_date[1].outcomes[1], 1, {1, 0, 0, 0}, 1.0, 1.0, 1.0);
  CHECK(ls::ic_map::placement_distribution_by_date(principal_map(), {}).empty());
}

TEST_CASE("ic distribution: no placements gives every outcome with n = 0") {
  auto d = ls::ic_map::placement_distribution(principal_map(), {});
  CHECK(d.subjects == 0);
  REQUIRE(d.outcomes.size() == 3);
  for (const auto& outcome : d.outcomes) check_empty(outcome);
  // NaN goes to JSON as null.
  CHECK(ls::json::to_value(d.outcomes[0])["mean_level"].is_null());
}

TEST_CASE("ic distribution: bad input throws with every issue, paths named by parameter") {
  auto placements = two_rounds();
  placements[1].level = 9;
  auto map = principal_map();
  map.title = "";
  try {
    (void)ls::ic_map::placement_distribution(map, placements, ic_count::latest_per_subject,
                                             "March");
    FAIL("should throw");
  } catch (const ls::validation_error& e) {
    REQUIRE(e.issues().size() == 3);
    CHECK(e.issues()[0].path == "/map/title");
    CHECK(e.issues()[1].code == "ic_map.level_out_of_range");
    CHECK(e.issues()[1].path == "/placements/1/level");
    CHECK(e.issues()[2].code == "date.invalid");
    CHECK(e.issues()[2].path == "/as_of");
  }
  placements = two_rounds();
  placements.push_back(placements[0]);  // a duplicate would make "latest" ambiguous
  CHECK_THROWS_AS(ls::ic_map::latest_placements(principal_map(), placements),
                  ls::validation_error);
  CHECK_THROWS_AS(ls::ic_map::placement_distribution_by_date(principal_map(), placements),
                  ls::validation_error);
}

TEST_CASE("ic distribution: on a two-level map everyone is at or near the ideal") {
  auto map = principal_map();
  map.level_count = 2;
  map.outcomes.resize(1);
  map.outcomes[0].levels = {"Every term", "Never"};
  auto d = ls::ic_map::placement_distribution(
      map, {place("ana", "uses_data", 2, "2026-01-15"), place("ben", "uses_data", 2, "2026-01-15")});
  check_outcome(d.outcomes[0], 2, {0, 2}, 1.0, 2.0, 2.0);
}
