// run_smaa, step by step: check the options, build the matrix over the
// sampled nodes, check that --around accepts enough, sample and rank in
// chunks (each its own random stream) on the threads, merge the chunks in
// their order, then the confidence factors.
#include "analyze/smaa.hpp"

#include <algorithm>
#include <atomic>
#include <cmath>
#include <thread>

#include "analyze/decision_matrix.hpp"
#include "analyze/smaa_confidence.hpp"
#include "analyze/smaa_kernel.hpp"
#include "analyze/smaa_random.hpp"
#include "analyze/smaa_sampling.hpp"
#include "score/numbers.hpp"

namespace aser {
namespace {

constexpr std::size_t chunk_size = 8192;
constexpr std::uint64_t sampling_stream = 0;
constexpr std::uint64_t pilot_stream = 1;
constexpr std::size_t pilot_draws = 10000;

std::string sampling_name(const SmaaOptions& options) {
  if (options.around_pct && options.keep_order) return "around+keep_order";
  if (options.around_pct) return "around";
  if (options.keep_order) return "keep_order";
  return "uniform";
}

/// What one chunk of samples found.
struct ChunkResult {
  std::vector<double> central;  ///< bids × dims: the sum of the weights where each ranks first
};

/// What one thread counted, over all its chunks (integers: their order does not matter).
struct ThreadCounts {
  std::vector<std::uint64_t> ranks;  ///< bids × bids: [bid][rank]
  std::vector<std::uint64_t> firsts;
};

void run_chunk(const SmaaModel& model, const SimplexSampler& sampler, std::uint64_t seed,
               std::size_t chunk, std::size_t count, Ranker& ranker, std::vector<double>& u,
               std::vector<double>& scratch, std::vector<double>& totals,
               std::vector<std::uint32_t>& ranks, ThreadCounts& counts, ChunkResult& out) {
  const std::size_t n = model.bids, dims = model.dims;
  SmaaRandom random(seed, sampling_stream, chunk);
  out.central.assign(n * dims, 0);
  for (std::size_t s = 0; s < count; ++s) {
    sampler.sample(random, u.data(), scratch.data());
    model.totals(u.data(), totals.data());
    ranker.rank(totals.data(), ranks.data());
    for (std::size_t b = 0; b < n; ++b) {
      const std::uint32_t r = ranks[b];
      ++counts.ranks[b * n + r];
      if (r != 0) continue;
      ++counts.firsts[b];
      double* sum = out.central.data() + b * dims;
      for (std::size_t k = 0; k < dims; ++k) sum[k] += u[k];
    }
  }
}

}  // namespace

SmaaResult run_smaa(const Grid& grid, const LotResult& lot, const std::vector<Bid>& bids,
                    const SmaaOptions& options) {
  SmaaResult result;
  // 1. Options.
  if (options.samples == 0) {
    result.error = "--samples expects a whole number of at least 1, got 0";
    return result;
  }
  if (options.around_pct && !(std::isfinite(*options.around_pct) && *options.around_pct > 0)) {
    result.error =
        "--around expects a percentage above 0, got " + format_number(*options.around_pct);
    return result;
  }
  result.samples = options.samples;
  result.seed = options.seed;
  result.over = options.over == SmaaOptions::Over::top ? "top" : "leaves";
  result.sampling = sampling_name(options);

  // 2. The matrix over the sampled nodes: the root's children in W, or W's leaves.
  const DecisionMatrix matrix(grid, lot);
  std::vector<std::vector<std::size_t>> node_leaves;
  if (options.over == SmaaOptions::Over::top) {
    for (const DecisionMatrix::Node* node : matrix.top_nodes()) {
      result.nodes.push_back(node->id);
      node_leaves.push_back(node->leaves);
    }
  } else {
    for (std::size_t j = 0; j < matrix.leaf_count(); ++j) {
      result.nodes.push_back(matrix.leaves[j]);
      node_leaves.push_back({j});
    }
  }
  const SmaaModel model(matrix, node_leaves);
  const SimplexSampler sampler(model.grid_weights, options.around_pct, options.keep_order);

  // 3. --around must accept at least one draw in 10^4.
  if (options.around_pct) {
    SmaaRandom pilot(options.seed, pilot_stream, 0);
    if (sampler.accepted(pilot, pilot_draws) == 0) {
      result.error = "--around " + format_number(*options.around_pct) +
                     " accepts fewer than 1 weight sample in 10000 (none of the first 10000 "
                     "drawn); widen it";
      return result;
    }
  }
  const std::size_t n = model.bids, dims = model.dims;
  if (n == 0) return result;

  // 4. Sample and rank, chunk by chunk, on the threads.
  const std::size_t samples = options.samples;
  const std::size_t chunks = (samples + chunk_size - 1) / chunk_size;
  unsigned threads = options.threads ? options.threads : std::thread::hardware_concurrency();
  threads = static_cast<unsigned>(std::clamp<std::size_t>(threads, 1, chunks));
  std::vector<ChunkResult> chunk_results(chunks);
  std::vector<ThreadCounts> thread_counts(threads);
  std::atomic<std::size_t> next{0};
  auto work = [&](unsigned t) {
    ThreadCounts& counts = thread_counts[t];
    counts.ranks.assign(n * n, 0);
    counts.firsts.assign(n, 0);
    Ranker ranker(n, matrix.better == Better::higher);
    std::vector<double> u(dims), scratch(dims), totals(n);
    std::vector<std::uint32_t> ranks(n);
    for (std::size_t c; (c = next.fetch_add(1)) < chunks;)
      run_chunk(model, sampler, options.seed, c, std::min(chunk_size, samples - c * chunk_size),
                ranker, u, scratch, totals, ranks, counts, chunk_results[c]);
  };
  std::vector<std::thread> pool;
  for (unsigned t = 1; t < threads; ++t) pool.emplace_back(work, t);
  work(0);
  for (std::thread& thread : pool) thread.join();

  // 5. Merge: counts in any order, weight sums in chunk order.
  std::vector<std::uint64_t> rank_counts(n * n, 0), firsts(n, 0);
  for (const ThreadCounts& counts : thread_counts) {
    for (std::size_t i = 0; i < n * n; ++i) rank_counts[i] += counts.ranks[i];
    for (std::size_t b = 0; b < n; ++b) firsts[b] += counts.firsts[b];
  }
  std::vector<double> central(n * dims, 0);
  for (const ChunkResult& chunk : chunk_results)
    for (std::size_t i = 0; i < n * dims; ++i) central[i] += chunk.central[i];

  // 6. Per bid: acceptabilities, central weights, confidence.
  const std::vector<PanelDraw> panels = panel_draws(grid, lot, matrix, bids);
  const double total_samples = static_cast<double>(samples);
  for (std::size_t b = 0; b < n; ++b) {
    SmaaBid bid;
    bid.id = matrix.bids[b];
    for (std::size_t r = 0; r < n; ++r)
      bid.acceptability.push_back(static_cast<double>(rank_counts[b * n + r]) / total_samples);
    if (firsts[b] > 0) {
      std::vector<double> weights(dims);
      std::map<std::string, double> named;
      for (std::size_t k = 0; k < dims; ++k) {
        weights[k] = central[b * dims + k] / static_cast<double>(firsts[b]);
        named[result.nodes[k]] = weights[k];
      }
      bid.central_weights = std::move(named);
      bid.confidence =
          confidence(model, panels, b, weights, samples, options.seed, chunk_size, threads);
    }
    result.bids.push_back(std::move(bid));
  }
  return result;
}

}  // namespace aser
