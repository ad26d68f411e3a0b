#include <ls/stats/simd.hpp>

#include <atomic>

LS_BEGIN_NAMESPACE
namespace stats {

namespace {

simd_level detect() noexcept {
#if defined(__x86_64__) && (defined(__GNUC__) || defined(__clang__))
  // __builtin_cpu_supports also checks that the operating system saves the registers.
  __builtin_cpu_init();
  if (__builtin_cpu_supports("avx512f") && __builtin_cpu_supports("avx512bw") &&
      __builtin_cpu_supports("avx512vnni") && __builtin_cpu_supports("avx512vbmi"))
    return simd_level::avx512_vnni;
  if (__builtin_cpu_supports("avx2")) return simd_level::avx2;
#endif
  return simd_level::portable;
}

std::atomic<simd_level>& active() noexcept {
  static std::atomic<simd_level> level{supported_simd_level()};
  return level;
}

}  // namespace

simd_level supported_simd_level() noexcept {
  static const simd_level level = detect();
  return level;
}

simd_level active_simd_level() noexcept { return active().load(std::memory_order_relaxed); }

simd_level set_simd_level(simd_level level) noexcept {
  const auto best = supported_simd_level();
  const auto chosen = static_cast<int>(level) > static_cast<int>(best) ? best : level;
  active().store(chosen, std::memory_order_relaxed);
  return chosen;
}

}  // namespace stats
LS_END_NAMESPACE
