// Applying the committee's decisions to a run (docs/decisions.md): corrections
// change the answers before scoring; excluded bids leave before scoring (so
// relative references and exclusion rounds are computed afresh without them);
// every decision is then recorded beside its bid in the evaluation.
#pragma once

#include <vector>

#include "model/bid.hpp"
#include "model/decision.hpp"
#include "model/evaluation.hpp"
#include "model/grid.hpp"

namespace aser {

/// Sets each corrected answer to its decided value (the answer keeps its place
/// in the file, for explanations).
void apply_corrections(std::vector<Bid>& bids, const DecisionSet& decisions);

/// Moves the bids excluded by a decision out of `bids`, and returns them.
std::vector<Bid> take_excluded(std::vector<Bid>& bids, const DecisionSet& decisions);

/// Lists the `excluded` bids in their lots (status excluded, the decision as
/// their reason, in the grid's language) and attaches every decision to its bid.
void record_decisions(Evaluation& evaluation, const Grid& grid, const std::vector<Bid>& excluded,
                      const DecisionSet& decisions);

}  // namespace aser
