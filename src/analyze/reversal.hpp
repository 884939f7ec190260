// Rank reversal (DESIGN section 7): the lot evaluated again without each of
// its valid bids, and every pair of bids whose order flips.
#pragma once

#include <vector>

#include "analyze/analysis.hpp"
#include "model/bid.hpp"
#include "model/evaluation.hpp"
#include "model/grid.hpp"

namespace aser {

/// True when a leaf of the grid has a relative rule.
bool has_relative_rule(const Grid& grid);

/// For each valid bid of `lot` (ranked or excluded), in the report's order:
/// the lot scored afresh (requirements, rounds, references, ranks) with the
/// bids of `bids` that are in the lot, but that one. `bids` may hold other
/// lots' bids: they are left out.
Reversal rank_reversal(const Grid& grid, const LotResult& lot, const std::vector<Bid>& bids);

}  // namespace aser
