// run_together and stable_sort_once: the parallel and sorting helpers under
// the bid folders' speed (issue 11).
#include <atomic>
#include <catch2/catch.hpp>
#include <mutex>
#include <set>
#include <string>
#include <thread>
#include <utility>
#include <vector>

#include "support/parallel.hpp"
#include "support/sha256.hpp"
#include "support/sort_once.hpp"
#include "support/workers.hpp"

using namespace aser;

// ctest runs each case in a process of its own, so this is the first hashing
// of its process, on a kept thread, as in `aser explain` with no grid (no
// grid is hashed first) when a kept thread takes the first file. With
// OpenSSL, its exit handler ran before the kept threads ended: their state
// was never freed, and the sanitizer build's leak check failed the process at
// exit (CI, stop 16). Nettle keeps no state; the case stays, so that a hashing
// library that does is caught. Only the sanitizer build can see a leak; the
// digests are checked in all.
TEST_CASE("files hashed on the kept threads first: nothing is left unfreed at exit") {
  std::mutex mutex;
  std::vector<std::string> digests;
  const std::thread::id caller = std::this_thread::get_id();
  std::atomic<bool> kept_thread_done{false};
  run_together(2, [&] {
    // The kept thread hashes first, so that it would be the one starting a library's state.
    if (std::this_thread::get_id() == caller)
      while (!kept_thread_done) std::this_thread::yield();
    std::string digest = sha256_hex("abc");
    kept_thread_done = true;
    std::lock_guard lock(mutex);
    digests.push_back(std::move(digest));
  });
  // SHA-256("abc"), FIPS 180-2's first example.
  const std::string abc = "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad";
  CHECK(digests == std::vector<std::string>{abc, abc});
}

TEST_CASE("run_together calls the work once on each of the threads asked for") {
  for (unsigned threads : {0u, 1u, 2u, 3u, 5u}) {
    std::mutex mutex;
    std::set<std::thread::id> ids;
    std::atomic<int> calls{0};
    run_together(threads, [&] {
      ++calls;
      std::lock_guard lock(mutex);
      ids.insert(std::this_thread::get_id());
    });
    const int expected = threads <= 1 ? 1 : static_cast<int>(threads);
    CHECK(calls == expected);
    CHECK(ids.size() == static_cast<std::size_t>(expected));  // distinct threads
    CHECK(ids.count(std::this_thread::get_id()) == 1);        // the caller is one of them
  }
}

TEST_CASE("run_together keeps its threads from one call to the next") {
  // A thread started for one call would see that call only; a kept thread
  // sees several of 20 (the pool holds as many threads as the most asked).
  std::atomic<int> most_seen{0};
  const std::thread::id caller = std::this_thread::get_id();
  for (int call = 0; call < 20; ++call)
    run_together(2, [&] {
      thread_local int seen = 0;
      if (std::this_thread::get_id() == caller) return;
      ++seen;
      for (int was = most_seen; seen > was && !most_seen.compare_exchange_weak(was, seen);) {
      }
    });
  CHECK(most_seen > 1);
}

TEST_CASE("run_together called from its own threads starts threads of its own") {
  std::atomic<int> inner{0};
  run_together(2, [&] { run_together(2, [&] { ++inner; }); });
  CHECK(inner == 4);  // 2 outer calls × 2 inner calls, none waiting on itself
}

TEST_CASE("run_together waits for the other threads when the caller's call throws") {
  std::atomic<int> finished{0};
  const std::thread::id caller = std::this_thread::get_id();
  CHECK_THROWS_AS(run_together(2,
                               [&] {
                                 if (std::this_thread::get_id() == caller)
                                   throw std::runtime_error("stop");
                                 std::this_thread::sleep_for(std::chrono::milliseconds(20));
                                 ++finished;
                               }),
                  std::runtime_error);
  CHECK(finished == 1);  // the other call had returned when the exception came out
}

TEST_CASE("parallel_for writes every index once, on the kept threads too") {
  const std::size_t n = 5000;  // above kParallelFrom: two threads
  std::vector<int> hits(n, 0);
  parallel_for(n, 2, [&](std::size_t i) { ++hits[i]; });
  CHECK(std::count(hits.begin(), hits.end(), 1) == static_cast<long>(n));
}

TEST_CASE("stable_sort_once sorts as std::stable_sort does, equal items in their order") {
  // (key, original position): keys 3 1 2 1 3 0 1 → 0 1 1 1 2 3 3, the 1s in
  // the order 1, 3, 6 and the 3s in the order 0, 4, as written.
  std::vector<std::pair<int, int>> items{{3, 0}, {1, 1}, {2, 2}, {1, 3}, {3, 4}, {0, 5}, {1, 6}};
  stable_sort_once(items, [](const auto& a, const auto& b) { return a.first < b.first; });
  const std::vector<std::pair<int, int>> expected{{0, 5}, {1, 1}, {1, 3}, {1, 6},
                                                  {2, 2}, {3, 0}, {3, 4}};
  CHECK(items == expected);
}

TEST_CASE("stable_sort_once moves strings without losing any, along long cycles") {
  // A rotation by one is a single cycle through every item.
  std::vector<std::string> items;
  for (int i = 1; i < 200; ++i) items.push_back("item-" + std::to_string(1000 + i));
  items.push_back("item-1000");
  auto sorted = items;
  std::stable_sort(sorted.begin(), sorted.end());
  stable_sort_once(items, std::less<>());
  CHECK(items == sorted);
  std::vector<std::string> none;
  stable_sort_once(none, std::less<>());
  CHECK(none.empty());
}
