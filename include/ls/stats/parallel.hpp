#pragma once
/// \file
/// Running a mergeable accumulator over the rows of a data set in parallel: the rows are
/// cut into chunks, each chunk is accumulated on its own (by one of `threads` threads), and
/// the partial results are merged in chunk order. Because the chunks and the merge order
/// depend only on the row count and `chunk_rows`, never on the number of threads or on
/// timing, the answer is the same bit for bit however many threads run: that is what
/// makes "chunked and multi-threaded runs equal one pass" testable, and it is the same
/// merge Dask performs across partitions.

#include <ls/version.hpp>

#include <algorithm>
#include <cstddef>
#include <exception>
#include <optional>
#include <thread>
#include <vector>

LS_BEGIN_NAMESPACE
namespace stats {

/// Rows per chunk by default: large enough to amortise the merge, small enough to
/// balance two cores on a few hundred thousand rows.
inline constexpr std::size_t default_chunk_rows = 1 << 16;

/// `make()` gives an empty accumulator; `add(acc, first, count)` adds rows
/// [first, first + count); `acc.merge(other)` combines. threads = 0 means one per core.
///
/// Chunks run in waves of `threads`, and each wave's partial results are folded into the
/// total in chunk order before the next wave starts, so at most `threads` partial results
/// exist at once (an accumulator per group times many chunks would not fit in memory).
/// The fold is the same left fold in chunk order whatever the number of threads.
/// An exception in any chunk is rethrown (the first, in chunk order); later waves do not run.
template <class Make, class Add>
auto accumulate_rows(std::size_t rows, Make make, Add add, unsigned threads = 0,
                     std::size_t chunk_rows = default_chunk_rows) {
  using accumulator = decltype(make());
  chunk_rows = std::max<std::size_t>(chunk_rows, 1);
  const std::size_t chunks = std::max<std::size_t>((rows + chunk_rows - 1) / chunk_rows, 1);
  if (threads == 0) threads = std::max(1u, std::thread::hardware_concurrency());
  threads = static_cast<unsigned>(std::min<std::size_t>(threads, chunks));

  std::optional<accumulator> total;
  std::vector<accumulator> partial;
  std::vector<std::exception_ptr> failure(threads);
  for (std::size_t wave = 0; wave < chunks; wave += threads) {
    const std::size_t size = std::min<std::size_t>(threads, chunks - wave);
    partial.assign(size, make());
    auto work = [&](std::size_t t) {
      try {
        const std::size_t first = (wave + t) * chunk_rows;
        add(partial[t], first, std::min(chunk_rows, rows - std::min(rows, first)));
      } catch (...) {
        failure[t] = std::current_exception();
      }
    };
    if (size == 1) {
      work(0);
    } else {
      std::vector<std::thread> pool;
      for (std::size_t t = 0; t < size; ++t) pool.emplace_back(work, t);
      for (auto& t : pool) t.join();
    }
    for (std::size_t t = 0; t < size; ++t)
      if (failure[t]) std::rethrow_exception(failure[t]);
    for (auto& p : partial) {
      if (total)
        total->merge(p);
      else
        total.emplace(std::move(p));
    }
  }
  return std::move(*total);
}

/// Calls `work(i)` for every i in [0, count), spread over `threads` threads (0 = one per
/// core), each taking every threads-th index. For independent pieces of work whose order
/// does not matter (each writes only its own results). The first exception (by thread) is
/// rethrown after all threads have stopped.
template <class Work>
void for_each_index(std::size_t count, unsigned threads, Work work) {
  if (threads == 0) threads = std::max(1u, std::thread::hardware_concurrency());
  threads = static_cast<unsigned>(std::min<std::size_t>(threads, std::max<std::size_t>(count, 1)));
  std::vector<std::exception_ptr> failure(threads);
  auto run = [&](unsigned t) {
    try {
      for (std::size_t i = t; i < count; i += threads) work(i);
    } catch (...) {
      failure[t] = std::current_exception();
    }
  };
  std::vector<std::thread> pool;
  for (unsigned t = 1; t < threads; ++t) pool.emplace_back(run, t);
  run(0);
  for (auto& t : pool) t.join();
  for (auto& f : failure)
    if (f) std::rethrow_exception(f);
}

}  // namespace stats
LS_END_NAMESPACE
