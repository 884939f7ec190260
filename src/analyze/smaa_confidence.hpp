// SMAA's confidence factors: how often a bid still ranks first at its
// central weights when each panel answer is one evaluator's mark drawn at
// random (uniformly, one per panel), re-scored with its criterion's rule
// against the lot's references as they were.
#pragma once

#include <cstddef>
#include <cstdint>
#include <vector>

#include "analyze/smaa_kernel.hpp"
#include "model/bid.hpp"
#include "model/evaluation.hpp"
#include "model/grid.hpp"

namespace aser {

/// One panel answer of one ranked bid: a leaf of W and the score of each mark.
struct PanelDraw {
  std::size_t bid = 0;
  std::size_t leaf = 0;
  std::vector<double> scores;  ///< the score of each evaluator's mark
};

/// The panel answers of the ranked bids whose marks do not all score the same.
std::vector<PanelDraw> panel_draws(const Grid& grid, const LotResult& lot,
                                   const DecisionMatrix& matrix, const std::vector<Bid>& bids);

/// The share of `samples` draws in which `bid` ranks first at the node
/// weights `central`; draws come from the streams (seed, chunk), chunks of
/// `chunk` samples spread over `threads`.
double confidence(const SmaaModel& model, const std::vector<PanelDraw>& panels, std::size_t bid,
                  const std::vector<double>& central, std::size_t samples, std::uint64_t seed,
                  std::size_t chunk, unsigned threads);

}  // namespace aser
