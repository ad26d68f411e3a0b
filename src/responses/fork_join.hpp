#pragma once
// Private to src/responses: a fixed set of threads that run one task together and wait for
// each other, again and again (once per block of a CSV file), without creating threads
// each time. Task k of n runs on thread k; task 0 runs on the calling thread.

#include <ls/version.hpp>

#include <condition_variable>
#include <cstddef>
#include <exception>
#include <functional>
#include <mutex>
#include <thread>
#include <vector>

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
      ++generation_;
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
      pending_ = n_ - 1;
      for (auto& f : failures_) f = nullptr;
      ++generation_;
    }
    start_.notify_all();
    try {
      task(0);
    } catch (...) {
      failures_[0] = std::current_exception();
    }
    std::unique_lock lock(mutex_);
    done_.wait(lock, [this] { return pending_ == 0; });
    for (const auto& f : failures_)
      if (f) std::rethrow_exception(f);
  }

 private:
  void serve(std::size_t k) {
    std::size_t seen = 0;
    for (;;) {
      const std::function<void(std::size_t)>* task = nullptr;
      {
        std::unique_lock lock(mutex_);
        start_.wait(lock, [&] { return generation_ != seen; });
        seen = generation_;
        if (stop_) return;
        task = task_;
      }
      try {
        (*task)(k);
      } catch (...) {
        failures_[k] = std::current_exception();
      }
      std::lock_guard lock(mutex_);
      if (--pending_ == 0) done_.notify_one();
    }
  }

  std::size_t n_;
  std::vector<std::exception_ptr> failures_;
  std::vector<std::thread> threads_;
  std::mutex mutex_;
  std::condition_variable start_, done_;
  const std::function<void(std::size_t)>* task_ = nullptr;
  std::size_t pending_ = 0, generation_ = 0;
  bool stop_ = false;
};

}  // namespace responses::detail
LS_END_NAMESPACE
