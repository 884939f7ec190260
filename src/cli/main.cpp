// aser: rank supplier bids on price and social and environmental criteria.
#include "cli/app.hpp"

#ifdef ASER_MIMALLOC
#include <mimalloc.h>

#include <cstdlib>
#include <thread>
#endif

int main(int argc, char** argv) {
#ifdef ASER_MIMALLOC
  // 2 MiB pages for the heap (transparent huge pages, which the kernel gives
  // on madvise): a bid folder's memory is touched once, and its 4 KiB page
  // faults were a fifth of a 10,000-bid run (docs/design-notes.md).
  // MIMALLOC_LARGE_OS_PAGES still decides when set.
  if (std::getenv("MIMALLOC_LARGE_OS_PAGES") == nullptr) {
    mi_option_enable(mi_option_large_os_pages);
    mi_option_set(mi_option_eager_commit_delay, 0);
    // The work runs on a thread started now, not on this one: mimalloc made
    // this thread's first segment (32 MiB) before main, with small pages, and
    // the main thread's memory stayed in it: 7,700 page faults in a
    // 10,000-bid run instead of 3,600, and a fifth more time (the fourth pass,
    // stop 17). A new thread's memory comes from segments made from now on.
    // (Nothing in aser needs the main thread: no signal handlers, no exit().)
    int status = 0;
    std::thread([&] { status = aser::run_cli(argc, argv); }).join();
    return status;
  }
#endif
  return aser::run_cli(argc, argv);
}
