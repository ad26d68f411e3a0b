#pragma once
// Internal: what the x86 kernels of every folder need to be compiled for an instruction
// set the build does not assume. Each kernel carries its own target attribute and runs
// only when stats::active_simd_level() says the processor has it, so one binary serves
// every x86-64 machine; elsewhere only the portable kernels are built.
#if defined(__x86_64__) && (defined(__GNUC__) || defined(__clang__))
#define LS_X86_KERNELS 1
#include <immintrin.h>
#define LS_TARGET_AVX2 __attribute__((target("avx2")))
#define LS_TARGET_AVX512 __attribute__((target("avx512f,avx512bw,avx512vnni,avx512vbmi")))
#endif
