#include <ls/stats/simd.hpp>

#include <catch2/catch.hpp>

using ls::stats::simd_level;

TEST_CASE("simd level: set, clamped to what the processor supports, and restored") {
  const auto best = ls::stats::supported_simd_level();
  CHECK(ls::stats::active_simd_level() == best);
  CHECK(ls::stats::set_simd_level(simd_level::portable) == simd_level::portable);
  CHECK(ls::stats::active_simd_level() == simd_level::portable);
  // Asking for more than the processor has gives the best it has.
  CHECK(ls::stats::set_simd_level(simd_level::avx512_vnni) == best);
  CHECK(ls::stats::active_simd_level() == best);
}
