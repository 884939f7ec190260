// run_together: one piece of work run on several threads at once, the
// calling thread and threads kept for the whole process.
//
// Why kept: a run reads its bids, scores them and writes the JSON report on
// -j threads, one phase after the other. Threads started for each phase
// (and, in the report, for each wave of chunks) each took memory of their own
// from the allocator (mimalloc gives every thread its own pages): 6 MB more at
// the peak of a 10,000-bid run than the same work on threads that stay
// (docs/design-notes.md, "The third pass").
#pragma once

#include <functional>

namespace aser {

/// Calls `work` on `threads` threads at once (this one included; 0 or 1: this
/// one alone) and returns when every call has returned. A call made while the
/// kept threads are busy (from one of them, or from another thread) starts
/// threads of its own instead, so that it never waits on itself.
void run_together(unsigned threads, const std::function<void()>& work);

}  // namespace aser
