#include "support/workers.hpp"

#include <condition_variable>
#include <cstddef>
#include <cstdint>
#include <mutex>
#include <thread>
#include <vector>

namespace aser {
namespace {

thread_local bool in_pool_thread = false;

// Threads that wait for work, started when first needed, joined at exit.
class Pool {
 public:
  ~Pool() {
    {
      std::lock_guard lock(mutex_);
      shutdown_ = true;
    }
    wake_.notify_all();
    for (std::thread& thread : threads_) thread.join();
  }

  // False when the pool is busy: the caller starts threads of its own.
  bool run(std::size_t extra, const std::function<void()>& work) {
    std::unique_lock busy(busy_, std::try_to_lock);
    if (!busy.owns_lock() || in_pool_thread) return false;
    {
      std::lock_guard lock(mutex_);
      while (threads_.size() < extra) threads_.emplace_back([this] { loop(); });
      job_ = &work;
      wanted_ = extra;
      taken_ = 0;
      finished_ = 0;
      ++generation_;
    }
    wake_.notify_all();
    auto wait = [&] {
      std::unique_lock lock(mutex_);
      done_.wait(lock, [&] { return finished_ == wanted_; });
      job_ = nullptr;
    };
    try {
      work();
    } catch (...) {
      wait();  // the others still run `work`: it must outlive them
      throw;
    }
    wait();
    return true;
  }

 private:
  void loop() {
    in_pool_thread = true;
    std::uint64_t seen = 0;
    for (;;) {
      const std::function<void()>* job = nullptr;
      {
        std::unique_lock lock(mutex_);
        wake_.wait(lock, [&] { return shutdown_ || (generation_ != seen && taken_ < wanted_); });
        if (shutdown_) return;
        seen = generation_;
        ++taken_;
        job = job_;
      }
      (*job)();
      {
        std::lock_guard lock(mutex_);
        ++finished_;
      }
      done_.notify_all();
    }
  }

  std::mutex busy_;  // one job at a time
  std::mutex mutex_;
  std::condition_variable wake_;
  std::condition_variable done_;
  std::vector<std::thread> threads_;
  const std::function<void()>* job_ = nullptr;
  std::uint64_t generation_ = 0;  // one per job: a thread takes a job once
  std::size_t wanted_ = 0;        // threads the job asks for
  std::size_t taken_ = 0;
  std::size_t finished_ = 0;
  bool shutdown_ = false;
};

}  // namespace

void run_together(unsigned threads, const std::function<void()>& work) {
  if (threads <= 1) return work();
  static Pool pool;
  if (pool.run(threads - 1, work)) return;
  std::vector<std::thread> own;
  for (unsigned t = 1; t < threads; ++t) own.emplace_back(work);
  work();
  for (std::thread& thread : own) thread.join();
}

}  // namespace aser
