// Weight stability (DESIGN section 7), exact: one node's share t varies, its
// leaves keep their proportions inside it and the other leaves of W theirs
// outside it; scores and references are held. Every pair's comparison is then
// linear in t, so each interval is a root of a line.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "analyze/analysis.hpp"
#include "model/evaluation.hpp"
#include "model/grid.hpp"

namespace aser {

/// What stability reads of a lot: the ranked bids in the report's order and
/// the method's figures over the weighted set W (see decision_matrix.hpp).
struct StabilityInput {
  Method method = Method::weighted_sum;
  double scale = 100;
  double vmax = 0;                  ///< adjusted_price: the sum of the coefficients, held
  std::vector<std::string> leaves;  ///< W, grid order
  std::vector<double> shares;       ///< shares in W (money values under fictitious_price)
  std::vector<std::string> bids;    ///< ranked bids, report order
  std::vector<int> ranks;           ///< their ranks
  std::vector<double> scores;       ///< bids × leaves, row-major
  std::vector<double> price;        ///< the price or cost each method reads, per bid
  /// adjusted_price: a bid ahead of the rank-1 bid on the unrounded totals.
  bool winner_behind = false;
};

/// The nodes that stability varies, in grid order: each group or criterion
/// with leaves in W, but not one that holds every leaf of W (nor, under
/// fictitious_price, one whose values add up to 0); with the indices of its
/// leaves in W.
struct VariedNode {
  std::string id;
  std::vector<std::size_t> leaves;
};
std::vector<VariedNode> varied_nodes(const Grid& grid, const StabilityInput& input);

/// The stability of every varied node, and the lot's smallest change.
Stability weight_stability(const Grid& grid, const StabilityInput& input);

}  // namespace aser

namespace aser {

/// The stability input of a lot, from its ranked bids (scores as evaluated).
StabilityInput stability_input(const Grid& grid, const LotResult& lot);

}  // namespace aser
