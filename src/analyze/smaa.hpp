// SMAA-2 (Lahdelma & Salminen 2001; DESIGN section 7): sample weight vectors
// over the nodes of W, rank the lot's bids at each (scores, prices and
// references held), and count. Per bid: how often it takes each rank, the mean
// weights that make it win, and how sure that win is when panel answers are
// drawn from their panels. Deterministic for a seed whatever the threads.
//
// Readings where DESIGN section 7 is silent:
// - Weights over W as DecisionMatrix defines them (fictitious_price: shares of
//   Σ|value|, each leaf's sign kept; adjusted_price: shares of Vmax, held).
//   price_per_point: a bid left with no quality points by a sample has an
//   infinite price per point (last), it is not excluded.
// - --keep-order: nodes of equal grid weight are ordered by grid order.
//   --around: the window's bounds are inclusive; a node of grid weight 0 has
//   an empty window, so --around fails its acceptance check.
// - A shared rank 1 counts as first for acceptability, central weights and
//   confidence (rank-1 acceptabilities may then add up to more than 1).
// - Confidence: --samples draws per bid; in each, every panel (a list of at
//   least two marks whose scores differ) of every ranked bid gives one mark,
//   uniformly. The price criterion's panel under the price methods is not
//   drawn (the price is held), nor is the `cost` path.
// - Random numbers: xoshiro256++ streams keyed by (seed, purpose, chunk of
//   8192 samples): a run's first chunks are those of a longer run with the
//   same seed. --around's acceptance check draws 10^4 candidates from its own stream.
#pragma once

#include <cstddef>
#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "model/bid.hpp"
#include "model/evaluation.hpp"
#include "model/grid.hpp"

namespace aser {

struct SmaaOptions {
  std::size_t samples = 10000;
  std::uint64_t seed = 1;
  std::optional<double> around_pct;  ///< --around P: each weight within w (1 ± P/100)
  bool keep_order = false;           ///< --keep-order: samples keep the grid's order of weights
  enum class Over { top, leaves } over = Over::top;
  unsigned threads = 0;  ///< 0: as many as the machine has
};

struct SmaaBid {
  std::string id;
  /// The share of samples in which the bid takes rank 1, 2, ... n (n ranked bids).
  std::vector<double> acceptability;
  /// The mean weights (by node id) of the samples where it ranks first; none if it never does.
  std::optional<std::map<std::string, double>> central_weights;
  /// The share of samples ranking it first at its central weights with panel
  /// answers drawn from their panels; 1 without panels; none without central weights.
  std::optional<double> confidence;
};

struct SmaaResult {
  std::size_t samples = 0;
  std::uint64_t seed = 0;
  std::string over;                ///< "top" | "leaves"
  std::string sampling;            ///< "uniform" | "around" | "keep_order" | "around+keep_order"
  std::vector<std::string> nodes;  ///< the sampled nodes, grid order
  std::vector<SmaaBid> bids;       ///< the ranked bids, report order
  std::string error;               ///< not empty: a usage error (exit 2); report nothing else
};

/// SMAA-2 over the ranked bids of `lot`, evaluated with `grid`; `bids` are the
/// loaded bids (their panel answers feed `confidence`).
SmaaResult run_smaa(const Grid& grid, const LotResult& lot, const std::vector<Bid>& bids,
                    const SmaaOptions& options);

}  // namespace aser
