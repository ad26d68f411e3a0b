#pragma once
// Private to src/responses: asking Linux to back a large, fresh allocation with huge pages
// (2 MB instead of 4 KB), before it is first written. The reader's big buffers (the matrix,
// a table of a million ids) are filled once and read at random: with small pages, filling
// them is mostly page faults and reading them mostly TLB misses. Elsewhere a no-op.

#include <ls/version.hpp>

#include <cstddef>
#include <cstdint>
#include <vector>

#if defined(__linux__)
#include <sys/mman.h>
#endif

LS_BEGIN_NAMESPACE
namespace responses::detail {

/// Advises huge pages for the whole 2 MB pages inside [data, data + bytes).
inline void advise_huge_pages(void* data, std::size_t bytes) noexcept {
#if defined(__linux__) && defined(MADV_HUGEPAGE)
  constexpr std::uintptr_t page = std::uintptr_t{2} << 20;
  if (bytes < 2 * page) return;
  const auto begin = (reinterpret_cast<std::uintptr_t>(data) + page - 1) & ~(page - 1);
  const auto end = (reinterpret_cast<std::uintptr_t>(data) + bytes) & ~(page - 1);
  if (end > begin) madvise(reinterpret_cast<void*>(begin), end - begin, MADV_HUGEPAGE);
#else
  (void)data;
  (void)bytes;
#endif
}

/// Asks for the pages of [data, data + bytes) to be made present and writable now, as the
/// first writes to them would (the operating system clears each), without writing: so
/// that threads can share that work out in even pieces. Does nothing where it is not
/// supported.
inline void populate_for_writing(void* data, std::size_t bytes) noexcept {
#if defined(__linux__) && defined(MADV_POPULATE_WRITE)
  constexpr std::uintptr_t page = 4096;
  const auto begin = reinterpret_cast<std::uintptr_t>(data) & ~(page - 1);
  const auto end = reinterpret_cast<std::uintptr_t>(data) + bytes;
  if (end > begin) madvise(reinterpret_cast<void*>(begin), end - begin, MADV_POPULATE_WRITE);
#else
  (void)data;
  (void)bytes;
#endif
}

/// `v` resized to `n` copies of `value`, its storage advised huge before it is written.
template <class T>
void assign_huge(std::vector<T>& v, std::size_t n, const T& value) {
  std::vector<T> fresh;
  fresh.reserve(n);
  advise_huge_pages(fresh.data(), n * sizeof(T));
  fresh.assign(n, value);
  v.swap(fresh);
}

/// `v` with room for `n` elements, advised huge; its elements keep their values.
template <class T>
void reserve_huge(std::vector<T>& v, std::size_t n) {
  if (n <= v.capacity()) return;
  std::vector<T> fresh;
  fresh.reserve(n);
  advise_huge_pages(fresh.data(), n * sizeof(T));
  for (auto& x : v) fresh.push_back(std::move(x));
  v.swap(fresh);
}

}  // namespace responses::detail
LS_END_NAMESPACE
