#pragma once
// Private to src/responses: a fixed set of threads that run one task together and wait for
// each other, again and again (once per block of a CSV file), without creating threads
// each time. Task k of n runs on thread k; task 0 runs on the calling thread.
//
// A thread that is done waits a little while spinning before it sleeps: the next task of a
// read usually follows within microseconds, and waking a sleeping thread takes longer than
// that (tens of microseconds on a virtual machine), a few hundred times per file.

#include <ls/version.hpp>

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <cstddef>
#include <exception>
#include <functional>
#include <mutex>
#include <thread>
#include <vector>

#if defined(__x86_64__) || defined(__i386__)
#include <immintrin.h>
#endif

LS_BEGIN_NAMESPACE
namespace responses::detail {

class fork_join {
 public:
  explicit fork_join(std::size_t n) : n_(n == 0 ? 1 : n), failures_(n_) {
    for (std::size_t k = 1; k < n_; ++k) threads_.emplace_back([this, k] { serve(k); });
  }
  ~fork_join() {
    {
      std::lock_guard lock(mutex_);
      stop_ = true;
      generation_.fetch_add(1, std::memory_order_release);
    }
    start_.notify_all();
    for (auto& t : threads_) t.join();
  }
  fork_join(const fork_join&) = delete;
  fork_join& operator=(const fork_join&) = delete;

  std::size_t size() const noexcept { return n_; }

  /// Runs task(k) for every k in [0, size()) and returns when all are done; rethrows the
  /// first exception a task threw.
  void run(const std::function<void(std::size_t)>& task) {
    {
      std::lock_guard lock(mutex_);
      task_ = &task;
      pending_.store(n_ - 1, std::memory_order_relaxed);
      for (auto& f : failures_) f = nullptr;
      generation_.fetch_add(1, std::memory_order_release);
    }
    start_.notify_all();
    try {
      task(0);
    } catch (...) {
      failures_[0] = std::current_exception();
    }
    if (!spin_until([this] { return pending_.load(std::memory_order_acquire) == 0; })) {
      std::unique_lock lock(mutex_);
      done_.wait(lock, [this] { return pending_.load(std::memory_order_acquire) == 0; });
    }
    for (const auto& f : failures_)
      if (f) std::rethrow_exception(f);
  }

 private:
  /// Spins for up to about 50 microseconds until `ready()`; false when it is not.
  template <class Ready>
  static bool spin_until(const Ready& ready) noexcept {
    const auto give_up = std::chrono::steady_clock::now() + std::chrono::microseconds(50);
    for (;;) {
      for (int i = 0; i < 64; ++i) {
        if (ready()) return true;
#if defined(__x86_64__) || defined(__i386__)
        _mm_pause();
#endif
      }
      if (std::chrono::steady_clock::now() > give_up) return ready();
    }
  }

  void serve(std::size_t k) {
    std::size_t seen = 0;
    for (;;) {
      const auto next = [&] { return generation_.load(std::memory_order_acquire) != seen; };
      const std::function<void(std::size_t)>* task = nullptr;
      if (!spin_until(next)) {
        std::unique_lock lock(mutex_);
        start_.wait(lock, next);
      }
      {
        std::lock_guard lock(mutex_);  // generation_, task_ and stop_ are written together
        seen = generation_.load(std::memory_order_relaxed);
        if (stop_) return;
        task = task_;
      }
      try {
        (*task)(k);
      } catch (...) {
        failures_[k] = std::current_exception();
      }
      if (pending_.fetch_sub(1, std::memory_order_acq_rel) == 1) {
        std::lock_guard lock(mutex_);  // so the caller cannot miss the wake-up
        done_.notify_one();
      }
    }
  }

  std::size_t n_;
  std::vector<std::exception_ptr> failures_;
  std::vector<std::thread> threads_;
  std::mutex mutex_;
  std::condition_variable start_, done_;
  const std::function<void(std::size_t)>* task_ = nullptr;
  std::atomic<std::size_t> pending_{0}, generation_{0};
  bool stop_ = false;
};

}  // namespace responses::detail
LS_END_NAMESPACE
