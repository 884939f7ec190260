// Scoring a set of bids against a grid (DESIGN sections 3, 4, 10): per lot,
// exclusions in rounds, rules, groups, methods, abnormally-low flags, ranks.
// Pure: no I/O, no printing.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "model/bid.hpp"
#include "model/evaluation.hpp"
#include "model/grid.hpp"

namespace aser {

/// Effective shares of the whole by node id; the leaves add up to 1.
std::map<std::string, double> effective_weights(const Grid& grid);

/// Sets the raw weight of node `id` (what-if `--weight ID=W`). Returns an
/// error message (with a did-you-mean) when the id is unknown or w is not a
/// finite number > 0 (any finite number under fictitious_price).
std::optional<std::string> set_weight(Grid& grid, const std::string& id, double weight);

/// The grid as it applies in a declared lot: the lot's weights replace the
/// raw weights of their nodes, its estimate the abnormally-low estimate.
Grid grid_of_lot(const Grid& grid, const Lot& lot);

/// The grid as it applies to the bids of `lot` (a LotResult's lot): the
/// declared lot's own weights and estimate, or the grid itself. Every report
/// that shows a lot's weights, works out its points or analyses it reads this
/// grid, never the grid's own weights.
Grid grid_in_lot(const Grid& grid, const std::optional<std::string>& lot);

/// Scores and ranks every lot. `invalid` bids are listed with status invalid.
/// A lot of 2,048 bids or more is scored on up to `threads` threads (0: one
/// per core); the result never depends on it.
Evaluation evaluate(const Grid& grid, const std::vector<Bid>& bids,
                    const std::vector<InvalidBid>& invalid = {}, unsigned threads = 0);

}  // namespace aser
