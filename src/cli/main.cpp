// aser: rank supplier bids on price and social and environmental criteria.
#include "cli/app.hpp"

#ifdef ASER_MIMALLOC
#include <mimalloc.h>

#include <cstdlib>
#endif

int main(int argc, char** argv) {
#ifdef ASER_MIMALLOC
  // 2 MiB pages for the heap (transparent huge pages, which the kernel gives
  // on madvise), from every thread's first segment on: a bid folder's memory
  // is touched once, and its 4 KiB page faults were a fifth of a 10,000-bid
  // run (18,700 faults against 8,200; docs/design-notes.md). The main thread's
  // first segment, made before main, keeps small pages. MIMALLOC_LARGE_OS_PAGES
  // still decides when set.
  if (std::getenv("MIMALLOC_LARGE_OS_PAGES") == nullptr) {
    mi_option_enable(mi_option_large_os_pages);
    mi_option_set(mi_option_eager_commit_delay, 0);
  }
#endif
  return aser::run_cli(argc, argv);
}
