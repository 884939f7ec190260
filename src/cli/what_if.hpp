// The options that change a result, shared by `rank` and `explain`:
// --weight ID=W (what-if weights) and --lot L (one lot only).
#pragma once

#include <string>
#include <vector>

#include "load/bid_loader.hpp"
#include "model/grid.hpp"

namespace aser {

/// Applies --weight in order; returns "" or a usage error. ID=W sets the raw
/// (relative) weight W; ID=P% gives the top-level node ID the effective share
/// P % of the whole, its siblings rescaled in proportion.
std::string apply_weights(Grid& grid, const std::vector<std::string>& weights);

/// "price 60%, social 20%, environment 20%": the top-level effective shares,
/// shown on the what-if line of every report.
std::string effective_weights_line(const Grid& grid);

/// Keeps the bids of one lot; returns "" or an error naming the lots there are.
/// An invalid bid whose lot could not be read stays listed: it may belong to
/// this lot, and no bid given is ever dropped unseen.
std::string keep_lot(BidSet& set, const std::string& lot);

}  // namespace aser
