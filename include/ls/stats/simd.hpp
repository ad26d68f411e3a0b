#pragma once
/// \file
/// Which vector instructions the integer kernels of the statistics use. The covariance
/// kernels (listwise_covariance, pairwise_covariance) sum products of small integers, so
/// every level gives exactly the same result; the level only changes the speed. The best
/// level the processor supports is chosen at start-up; set_simd_level lets a benchmark
/// compare levels and a test check that they agree. The CSV reader (responses::read_csv)
/// follows it too: below avx512_vnni it reads every row field by field, at avx512_vnni
/// (on a processor that also has AVX-512 VBMI2 and BMI2) it reads the common rows 64 bytes
/// at a time, with the same result.

#include <ls/version.hpp>

#include <boost/describe.hpp>

LS_BEGIN_NAMESPACE
namespace stats {

enum class simd_level {
  portable,    ///< plain C++ loops (what the compiler makes of them)
  avx2,        ///< x86-64 AVX2
  avx512_vnni  ///< x86-64 AVX-512 with VNNI (byte dot products) and VBMI (byte lookups)
};
BOOST_DESCRIBE_ENUM(simd_level, portable, avx2, avx512_vnni)

/// The best level this processor (and operating system) supports.
simd_level supported_simd_level() noexcept;
/// The level in use (initially supported_simd_level()).
simd_level active_simd_level() noexcept;
/// Use `level`, or the supported level when `level` is higher. Returns the level now in
/// use. Meant for benchmarks and tests; not synchronised with running computations.
simd_level set_simd_level(simd_level level) noexcept;

}  // namespace stats
LS_END_NAMESPACE
