// parallel_for: f(i) for every i in [0, n), on every core when n is large.
// Each i is written by one thread only, and the caller reads the results in
// index order afterwards: the output never depends on the number of threads.
#pragma once

#include <algorithm>
#include <atomic>
#include <cstddef>
#include <thread>
#include <vector>

#include "support/workers.hpp"

namespace aser {

/// Below this many items one thread does it all: `aser analyze` evaluates
/// small lots thousands of times, where starting threads would cost more than
/// the work.
inline constexpr std::size_t kParallelFrom = 2048;

/// `threads`: at most this many (0: one per core).
template <typename Function>
void parallel_for(std::size_t n, unsigned threads_wanted, const Function& f) {
  const unsigned cores = std::max(1u, std::thread::hardware_concurrency());
  const std::size_t threads =
      n < kParallelFrom ? 1 : (threads_wanted == 0 ? cores : std::min(threads_wanted, cores));
  if (threads == 1) {
    for (std::size_t i = 0; i < n; ++i) f(i);
    return;
  }
  constexpr std::size_t kChunk = 256;  // items taken at once: little contention
  std::atomic<std::size_t> next{0};
  auto work = [&] {
    for (std::size_t from = next.fetch_add(kChunk); from < n; from = next.fetch_add(kChunk))
      for (std::size_t i = from; i < std::min(n, from + kChunk); ++i) f(i);
  };
  run_together(static_cast<unsigned>(threads), work);
}

}  // namespace aser
