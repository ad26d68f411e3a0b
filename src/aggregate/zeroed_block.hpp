#pragma once
// Private to libls: an array of zeros whose memory is only taken when written. On Linux a
// fresh anonymous mapping reads as zeros and gets a page of its own on the first write to
// it, so a table of per-group sums the size of every group costs memory only for the
// groups a thread meets. Elsewhere (and for small arrays) it is calloc's memory.

#include <ls/version.hpp>

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <new>
#include <type_traits>
#include <utility>

#if defined(__linux__)
#include <sys/mman.h>
#endif

LS_BEGIN_NAMESPACE
namespace aggregate::detail {

template <class T>
class zeroed_block {
  static_assert(std::is_trivially_copyable_v<T>, "zero bytes must be a valid T");

 public:
  explicit zeroed_block(std::size_t n) : size_(n) {
    if (n == 0) return;
    const std::size_t bytes = n * sizeof(T);
#if defined(__linux__)
    if (bytes >= mapped_from) {
      void* p = mmap(nullptr, bytes, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
      if (p == MAP_FAILED) throw std::bad_alloc();
      data_ = static_cast<T*>(p);
      mapped_ = true;
      return;
    }
#endif
    data_ = static_cast<T*>(std::calloc(n, sizeof(T)));
    if (!data_) throw std::bad_alloc();
  }
  zeroed_block(const zeroed_block&) = delete;
  zeroed_block& operator=(const zeroed_block&) = delete;
  zeroed_block(zeroed_block&& other) noexcept
      : data_(std::exchange(other.data_, nullptr)),
        size_(std::exchange(other.size_, 0)),
        mapped_(other.mapped_) {}
  zeroed_block& operator=(zeroed_block&& other) noexcept {
    std::swap(data_, other.data_);
    std::swap(size_, other.size_);
    std::swap(mapped_, other.mapped_);
    return *this;
  }
  ~zeroed_block() {
    if (!data_) return;
#if defined(__linux__)
    if (mapped_) {
      munmap(data_, size_ * sizeof(T));
      return;
    }
#endif
    std::free(data_);
  }

  /// Gives back the memory of the whole pages inside elements [first, last): they read as
  /// zeros again, and take memory only when written. Does nothing where not mapped.
  void release(std::size_t first, std::size_t last) noexcept {
#if defined(__linux__)
    if (!mapped_ || last <= first) return;
    constexpr std::uintptr_t page = 4096;
    const auto begin = (reinterpret_cast<std::uintptr_t>(data_ + first) + page - 1) & ~(page - 1);
    const auto end = reinterpret_cast<std::uintptr_t>(data_ + last) & ~(page - 1);
    if (end > begin) madvise(reinterpret_cast<void*>(begin), end - begin, MADV_DONTNEED);
#else
    (void)first;
    (void)last;
#endif
  }

  std::size_t size() const noexcept { return size_; }
  T* data() noexcept { return data_; }
  const T* data() const noexcept { return data_; }
  T& operator[](std::size_t i) noexcept { return data_[i]; }
  const T& operator[](std::size_t i) const noexcept { return data_[i]; }

 private:
  static constexpr std::size_t mapped_from = std::size_t{1} << 20;
  T* data_ = nullptr;
  std::size_t size_ = 0;
  bool mapped_ = false;
};

}  // namespace aggregate::detail
LS_END_NAMESPACE
