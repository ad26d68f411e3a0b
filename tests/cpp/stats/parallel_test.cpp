#include <ls/stats/moments.hpp>
#include <ls/stats/parallel.hpp>

#include <catch2/catch.hpp>

#include <cmath>
#include <stdexcept>
#include <vector>

namespace {
std::vector<double> values(std::size_t n) {
  std::vector<double> v(n);
  for (std::size_t i = 0; i < n; ++i) v[i] = std::sin(static_cast<double>(i)) * 1000 + 1e6;
  return v;
}

ls::stats::moments run(const std::vector<double>& v, unsigned threads, std::size_t chunk) {
  return ls::stats::accumulate_rows(
      v.size(), [] { return ls::stats::moments{}; },
      [&](ls::stats::moments& m, std::size_t first, std::size_t count) {
        m.add_all({v.data() + first, count});
      },
      threads, chunk);
}
}  // namespace

TEST_CASE("the answer does not depend on the number of threads, bit for bit") {
  const auto v = values(100'003);
  const auto one = run(v, 1, 1000).result();
  for (unsigned threads : {2u, 3u, 8u}) {
    const auto many = run(v, threads, 1000).result();
    CHECK(many.count == one.count);
    CHECK(many.mean == one.mean);
    CHECK(many.standard_deviation == one.standard_deviation);
  }
}

TEST_CASE("chunked runs agree with one pass up to rounding, and edge sizes work") {
  const auto v = values(10'007);
  const auto whole = run(v, 1, v.size()).result();
  const auto chunked = run(v, 2, 333).result();
  CHECK(chunked.count == whole.count);
  CHECK_THAT(chunked.mean, Catch::Matchers::WithinRel(whole.mean, 1e-14));
  CHECK_THAT(chunked.standard_deviation, Catch::Matchers::WithinRel(whole.standard_deviation, 1e-12));
  CHECK(run({}, 2, 10).result().count == 0);
  CHECK(run(values(5), 4, 1).result().count == 5);
}

TEST_CASE("an exception in a chunk reaches the caller") {
  auto failing = [] {
    return ls::stats::accumulate_rows(
        100, [] { return ls::stats::moments{}; },
        [](ls::stats::moments&, std::size_t first, std::size_t) {
          if (first == 50) throw std::runtime_error("chunk at 50");
        },
        2, 10);
  };
  CHECK_THROWS_WITH(failing(), "chunk at 50");
}
