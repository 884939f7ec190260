// The options that change a result, shared by `rank` and `explain`:
// --weight ID=W (what-if weights) and --lot L (one lot only).
#pragma once

#include <string>
#include <vector>

#include "load/bid_loader.hpp"
#include "model/grid.hpp"

namespace aser {

/// Applies --weight ID=W in order; returns "" or a usage error.
std::string apply_weights(Grid& grid, const std::vector<std::string>& weights);

/// Keeps the bids of one lot; returns "" or an error naming the lots there are.
/// An invalid bid whose lot could not be read stays listed: it may belong to
/// this lot, and no bid given is ever dropped unseen.
std::string keep_lot(BidSet& set, const std::string& lot);

}  // namespace aser
