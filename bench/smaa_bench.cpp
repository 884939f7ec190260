// SMAA-2 speed (issue 12, item 4): 10^6 samples on 20 bids × 12 criteria and
// on 200 bids × 12 criteria, on 1 and 2 threads, with Google Benchmark; each
// run is one whole run_smaa call. bench/smaa_numpy.py runs the same sampling
// and ranking with numpy on the same data; bench/run_smaa.sh runs both
// (--benchmark_repetitions=5 for the medians, minima and maxima).
//
// The data (shared with smaa_numpy.py): criterion j (0..11) has weight j + 1
// and reads linear 0..10; bid i answers ((i × 7919 + j × 104729 + 17) mod 1001) / 100.
#include <benchmark/benchmark.h>
#include <sys/resource.h>

#include <string>
#include <vector>

#include "analyze/smaa.hpp"
#include "score/evaluate.hpp"

namespace {

constexpr int criteria = 12;

aser::Grid bench_grid() {
  aser::Grid g;
  g.name = "smaa bench";
  for (int j = 0; j < criteria; ++j) {
    aser::Criterion c;
    c.id = "c" + std::to_string(j);
    c.weight = j + 1;
    c.answer = c.id;
    c.rule.kind = aser::RuleKind::linear;
    c.rule.worst = 0;
    c.rule.best = 10;
    g.criteria.push_back(c);
  }
  return g;
}

std::vector<aser::Bid> bench_bids(int count) {
  std::vector<aser::Bid> bids;
  for (int i = 0; i < count; ++i) {
    aser::Bid bid;
    bid.id = "b" + std::to_string(1000 + i);
    for (int j = 0; j < criteria; ++j) {
      aser::Answer a;
      a.kind = aser::Answer::Kind::number;
      a.number = static_cast<double>((i * 7919L + j * 104729L + 17) % 1001) / 100.0;
      bid.answers["c" + std::to_string(j)] = a;
    }
    bids.push_back(bid);
  }
  return bids;
}

/// User and system time of every thread of the process so far.
double process_cpu_seconds() {
  rusage usage{};
  getrusage(RUSAGE_SELF, &usage);
  auto seconds = [](const timeval& t) {
    return static_cast<double>(t.tv_sec) + static_cast<double>(t.tv_usec) * 1e-6;
  };
  return seconds(usage.ru_utime) + seconds(usage.ru_stime);
}

void smaa_run(benchmark::State& state) {
  const aser::Grid grid = bench_grid();
  const std::vector<aser::Bid> bids = bench_bids(static_cast<int>(state.range(0)));
  const aser::Evaluation evaluation = aser::evaluate(grid, bids);
  aser::SmaaOptions options;
  options.samples = 1000000;
  options.seed = 1;
  options.threads = static_cast<unsigned>(state.range(1));
  double cpu = 0;
  for (auto _ : state) {
    const double before = process_cpu_seconds();
    aser::SmaaResult result = aser::run_smaa(grid, evaluation.lots.at(0), bids, options);
    benchmark::DoNotOptimize(result.bids.data());
    cpu += process_cpu_seconds() - before;
  }
  // Every thread's CPU time (Google Benchmark's own counts the main thread's only).
  state.counters["process_cpu_s"] = cpu / static_cast<double>(state.iterations());
  state.counters["samples_per_s"] =
      benchmark::Counter(static_cast<double>(options.samples), benchmark::Counter::kIsRate);
}

double min_of(const std::vector<double>& v) {
  double m = v.front();
  for (double x : v) m = x < m ? x : m;
  return m;
}
double max_of(const std::vector<double>& v) {
  double m = v.front();
  for (double x : v) m = x > m ? x : m;
  return m;
}

}  // namespace

BENCHMARK(smaa_run)
    ->ArgNames({"bids", "threads"})
    ->Args({20, 1})
    ->Args({20, 2})
    ->Args({200, 1})
    ->Args({200, 2})
    ->Iterations(1)
    ->ComputeStatistics("min", min_of)
    ->ComputeStatistics("max", max_of)
    ->UseRealTime()
    ->Unit(benchmark::kMillisecond);

BENCHMARK_MAIN();
