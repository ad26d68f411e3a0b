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
#include <thread>
#include <vector>

LS_BEGIN_NAMESPACE
namespace stats {

/// Rows per chunk by default: large enough to amortise the merge, small enough to
/// balance two cores on a few hundred thousand rows.
inline constexpr std::size_t default_chunk_rows = 1 << 16;

/// `make()` gives an empty accumulator; `add(acc, first, count)` adds rows
/// [first, first + count); `acc.merge(other)` combines. threads = 0 means one per core.
/// An exception in any chunk is rethrown (the first, in chunk order).
template <class Make, class Add>
auto accumulate_rows(std::size_t rows, Make make, Add add, unsigned threads = 0,
                     std::size_t chunk_rows = default_chunk_rows) {
  using accumulator = decltype(make());
  chunk_rows = std::max<std::size_t>(chunk_rows, 1);
  const std::size_t chunks = std::max<std::size_t>((rows + chunk_rows - 1) / chunk_rows, 1);
  if (threads == 0) threads = std::max(1u, std::thread::hardware_concurrency());
  threads = static_cast<unsigned>(std::min<std::size_t>(threads, chunks));

  std::vector<accumulator> partial(chunks, make());
  std::vector<std::exception_ptr> failure(chunks);
  auto work = [&](std::size_t worker) {
    for (std::size_t c = worker; c < chunks; c += threads) {
      try {
        const std::size_t first = c * chunk_rows;
        add(partial[c], first, std::min(chunk_rows, rows - std::min(rows, first)));
      } catch (...) {
        failure[c] = std::current_exception();
      }
    }
  };
  if (threads == 1) {
    work(0);
  } else {
    std::vector<std::thread> pool;
    for (unsigned t = 0; t < threads; ++t) pool.emplace_back(work, t);
    for (auto& t : pool) t.join();
  }
  for (const auto& f : failure)
    if (f) std::rethrow_exception(f);
  for (std::size_t c = 1; c < chunks; ++c) partial[0].merge(partial[c]);
  return partial[0];
}

}  // namespace stats
LS_END_NAMESPACE
