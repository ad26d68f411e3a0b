#include <ls/aggregate/suppression.hpp>
#include <ls/core/error.hpp>

#include <catch2/catch.hpp>

#include <cmath>
#include <random>
#include <vector>

using ls::aggregate::suppress;
using ls::aggregate::suppression_reason;
using R = suppression_reason;

namespace {

constexpr R none = R::none, below = R::below_minimum, comp = R::complementary;

/// Independent attack: every respondent belongs to exactly one node's own rows (the rows of
/// a node in none of its children: its "atom"), so a node's n is the sum of the atoms of its
/// subtree. The attacker knows the n of every published node and that empty atoms are
/// empty. A suppressed node's n (and, by the same equations, its sum and sum of squares)
/// can be solved for exactly when its subtree's indicator over the unknown atoms lies in
/// the span of the published nodes' indicators: a Gaussian-elimination rank test.
std::vector<std::size_t> recoverable(const std::vector<std::int64_t>& parents,
                                     const std::vector<std::size_t>& n,
                                     const std::vector<R>& status) {
  const std::size_t nodes = n.size();
  std::vector<std::size_t> own = n;
  for (std::size_t v = 1; v < nodes; ++v) own[static_cast<std::size_t>(parents[v])] -= n[v];
  std::vector<std::size_t> unknown;  // atoms with somebody in them
  for (std::size_t v = 0; v < nodes; ++v)
    if (own[v] > 0) unknown.push_back(v);
  auto indicator = [&](std::size_t v) {
    std::vector<double> row(unknown.size(), 0.0);
    for (std::size_t i = 0; i < unknown.size(); ++i) {
      std::size_t u = unknown[i];
      while (u != v && u != 0) u = static_cast<std::size_t>(parents[u]);
      row[i] = u == v ? 1.0 : 0.0;
    }
    return row;
  };
  auto rank = [](std::vector<std::vector<double>> m) {
    std::size_t r = 0;
    const std::size_t cols = m.empty() ? 0 : m[0].size();
    for (std::size_t c = 0; c < cols && r < m.size(); ++c) {
      std::size_t pivot = r;
      for (std::size_t i = r; i < m.size(); ++i)
        if (std::abs(m[i][c]) > std::abs(m[pivot][c])) pivot = i;
      if (std::abs(m[pivot][c]) < 1e-9) continue;
      std::swap(m[r], m[pivot]);
      for (std::size_t i = 0; i < m.size(); ++i)
        if (i != r) {
          const double f = m[i][c] / m[r][c];
          for (std::size_t k = 0; k < cols; ++k) m[i][k] -= f * m[r][k];
        }
      ++r;
    }
    return r;
  };
  std::vector<std::vector<double>> published;
  for (std::size_t v = 0; v < nodes; ++v)
    if (status[v] == none) published.push_back(indicator(v));
  const auto base = rank(published);
  std::vector<std::size_t> out;
  for (std::size_t v = 0; v < nodes; ++v) {
    if (status[v] == none || n[v] == 0) continue;
    auto with = published;
    with.push_back(indicator(v));
    if (rank(with) == base) out.push_back(v);
  }
  return out;
}

}  // namespace

TEST_CASE("one small team: the next-smallest sibling is suppressed too") {
  // school (20) -> teams 3, 17
  const auto s = suppress({-1, 0, 0}, {20, 3, 17}, 5);
  CHECK(s == std::vector<R>{none, below, comp});
  // school (20) -> teams 3, 8, 9: the smaller of the two is hidden
  CHECK(suppress({-1, 0, 0, 0}, {20, 3, 8, 9}, 5) == std::vector<R>{none, below, comp, none});
  CHECK(recoverable({-1, 0, 0, 0}, {20, 3, 8, 9}, {none, below, none, none}) ==
        std::vector<std::size_t>{1});  // without the complement, parent - siblings gives it
}

TEST_CASE("two small teams together below the minimum: a third is hidden with them") {
  // teams 1 and 2 are both hidden, but 20 - 17 = 3 respondents' pooled mean would show
  CHECK(suppress({-1, 0, 0, 0}, {20, 1, 2, 17}, 5) == std::vector<R>{none, below, below, comp});
  // 2 + 3 = 5 hidden together is enough
  CHECK(suppress({-1, 0, 0, 0}, {20, 2, 3, 15}, 5) == std::vector<R>{none, below, below, none});
}

TEST_CASE("respondents in no group below count as a hidden part") {
  // school 20: one team of 18, two teachers in no team -> the team is hidden
  CHECK(suppress({-1, 0}, {20, 18}, 5) == std::vector<R>{none, comp});
  // five in no team are enough
  CHECK(suppress({-1, 0}, {20, 15}, 5) == std::vector<R>{none, none});
  // and at the top: 3 respondents in no district next to one district of 27
  CHECK(suppress({-1, 0}, {30, 27}, 5) == std::vector<R>{none, comp});
}

TEST_CASE("across levels: a hidden school takes a sibling school and one of its teams") {
  // node: 0 district(40); 1 S1(4), 2 S2(16), 3 S3(20); 4 t1(2), 5 t2(2) in S1;
  // 6 t3(8), 7 t4(8) in S2; 8 t5(10), 9 t6(10) in S3
  const std::vector<std::int64_t> parents{-1, 0, 0, 0, 1, 1, 2, 2, 3, 3};
  const std::vector<std::size_t> n{40, 4, 16, 20, 2, 2, 8, 8, 10, 10};
  const auto s = suppress(parents, n, 5);
  // S2 alone would be the sum of its published teams, so a team of S2 goes too
  CHECK(s == std::vector<R>{none, below, comp, none, below, below, comp, none, none, none});
  CHECK(ls::aggregate::disclosure_violations(parents, n, s, 5).empty());
  CHECK(recoverable(parents, n, s).empty());
}

TEST_CASE("a group that is its parent's only part cannot be hidden below it") {
  // district(12) -> one school(12) -> teams 3 and 9: the school equals the district, and
  // hiding both teams keeps each one's value unknown
  const std::vector<std::int64_t> parents{-1, 0, 1, 1};
  const std::vector<std::size_t> n{12, 12, 3, 9};
  const auto s = suppress(parents, n, 5);
  CHECK(s == std::vector<R>{none, none, below, comp});
  CHECK(recoverable(parents, n, s).empty());
}

TEST_CASE("everything below the minimum, minimum 1, and groups with nobody scored") {
  CHECK(suppress({-1, 0, 0}, {4, 2, 2}, 5) == std::vector<R>{below, below, below});
  CHECK(suppress({-1, 0, 0}, {4, 1, 3}, 1) == std::vector<R>{none, none, none});
  // a team whose members have no score: nothing to protect, nothing more hidden
  CHECK(suppress({-1, 0, 0}, {20, 0, 20}, 5) == std::vector<R>{none, below, none});
}

TEST_CASE("malformed trees and a zero minimum are errors") {
  CHECK_THROWS_AS(suppress({-1, 0}, {1}, 5), ls::error);
  CHECK_THROWS_AS(suppress({0, 0}, {1, 1}, 5), ls::error);
  CHECK_THROWS_AS(suppress({-1, 2, 0}, {3, 1, 1}, 5), ls::error);
  CHECK_THROWS_AS(suppress({-1, -1}, {3, 1}, 5), ls::error);
  CHECK_THROWS_AS(suppress({-1}, {3}, 0), ls::error);
  CHECK_THROWS_AS(ls::aggregate::disclosure_violations({-1}, {3}, {}, 5), ls::error);
}

TEST_CASE("the checker finds what simple suppression leaves open") {
  const std::vector<std::int64_t> parents{-1, 0, 0};
  const std::vector<std::size_t> n{20, 3, 17};
  CHECK(ls::aggregate::disclosure_violations(parents, n, {none, below, none}, 5) ==
        std::vector<std::size_t>{0});
  CHECK(ls::aggregate::disclosure_violations(parents, n, {none, none, none}, 5) ==
        std::vector<std::size_t>{1});  // published below the minimum
  // a hidden parent whose children are all published is their sum
  CHECK(ls::aggregate::disclosure_violations({-1, 0, 1, 1}, {20, 20, 10, 10},
                                             {none, comp, none, none}, 5) ==
        std::vector<std::size_t>{1});
}

TEST_CASE("random hierarchies: no suppressed group can be solved for from the published counts") {
  std::mt19937 rng(20261125);
  for (int trial = 0; trial < 300; ++trial) {
    // root -> districts -> schools -> teams, each child with some rows of its own
    std::vector<std::int64_t> parents{-1};
    std::vector<std::size_t> own{rng() % 3 == 0 ? rng() % 4 : 0};
    std::vector<std::size_t> depth{0};
    for (std::size_t v = 0; v < parents.size() && parents.size() < 40; ++v) {
      if (depth[v] == 3) continue;
      const auto children = rng() % 4;
      for (std::size_t c = 0; c < children; ++c) {
        parents.push_back(static_cast<std::int64_t>(v));
        depth.push_back(depth[v] + 1);
        own.push_back(depth[v] + 1 == 3 ? 1 + rng() % 12 : (rng() % 3 == 0 ? rng() % 5 : 0));
      }
    }
    std::vector<std::size_t> n = own;
    for (std::size_t v = parents.size(); v-- > 1;) n[static_cast<std::size_t>(parents[v])] += n[v];
    const std::size_t min_size = 1 + rng() % 8;
    const auto s = suppress(parents, n, min_size);
    INFO("trial " << trial);
    for (std::size_t v = 0; v < n.size(); ++v) {
      if (n[v] < min_size) CHECK(s[v] == below);
      if (s[v] == none) CHECK(n[v] >= min_size);
    }
    CHECK(ls::aggregate::disclosure_violations(parents, n, s, min_size).empty());
    CHECK(recoverable(parents, n, s).empty());
  }
}
