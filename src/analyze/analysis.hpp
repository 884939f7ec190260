// The answers of `aser analyze` for one lot (DESIGN section 7): weight
// stability, rank reversal and SMAA-2. Plain data; analyze/ fills it, report/
// prints it.
#pragma once

#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "analyze/smaa.hpp"

namespace aser {

/// An interval of a node's share t (or of its money under fictitious_price).
/// A bound is null only under fictitious_price, where the money is unbounded.
struct WinnerInterval {
  std::optional<double> from;
  std::optional<double> to;
  std::optional<std::string> below;  ///< the bid first just past `from`; null at 0 or unbounded
  std::optional<std::string> above;  ///< the bid first just past `to`; null at 1 or unbounded
};

using BidPair = std::pair<std::string, std::string>;  ///< [a, b]: a ahead of b at w

struct OrderInterval {
  std::optional<double> from;
  std::optional<double> to;
  std::optional<BidPair> below;  ///< the pair that swaps first just past `from`
  std::optional<BidPair> above;
};

struct NodeStability {
  std::string node;
  double weight = 0;  ///< share of the node in W; its money under fictitious_price
  std::optional<WinnerInterval> winner;  ///< null: no unique winner
  OrderInterval order;
};

struct SmallestChange {
  std::string node;
  double to = 0;       ///< the bound of the winner interval
  double by = 0;       ///< to - weight
  std::string winner;  ///< the bid that takes over
};

struct Stability {
  bool money = false;                ///< fictitious_price: weights are money values over all reals
  std::vector<NodeStability> nodes;  ///< grid order
  std::optional<SmallestChange> smallest_change;
};

struct Flip {
  BidPair pair;                      ///< a ranked better than b before, b better than a after
  std::pair<double, double> before;  ///< the totals of a and b before
  std::pair<double, double> after;   ///< and after
};

struct Removal {
  std::string removed;
  std::optional<std::string> winner;  ///< the unique rank 1 after, else null
  std::vector<Flip> flips;
  /// Bids the exclusion rounds treat otherwise without it: excluded before and
  /// ranked after (`readmitted`), ranked before and excluded after.
  std::vector<std::string> readmitted;
  std::vector<std::string> excluded_after;
};

struct Reversal {
  bool relative = false;          ///< a leaf of the grid has a relative rule
  std::vector<Removal> removals;  ///< in the report's order of the removed bid
};

struct LotAnalysis {
  std::optional<std::string> lot;
  std::optional<Stability> stability;  ///< each null when not asked (--only)
  std::optional<Reversal> reversal;
  std::optional<SmaaResult> smaa;
};

}  // namespace aser

#include "model/bid.hpp"
#include "model/evaluation.hpp"
#include "model/grid.hpp"

namespace aser {

/// The parts of the analysis to run (`--only`).
struct AnalysisParts {
  bool stability = true;
  bool reversal = true;
  bool smaa = true;
};

/// The parts asked of one evaluated lot, with the weights that lot was scored
/// with (grid_in_lot). `bids` are the bids evaluated (any lot). A SMAA usage
/// error is in `smaa->error`.
LotAnalysis analyze_lot(const Grid& grid, const LotResult& lot, const std::vector<Bid>& bids,
                        const AnalysisParts& parts, const SmaaOptions& smaa = {});

/// The smallest change of the winner as a share of the whole: |by| under the
/// share methods, |by| over the sum of the absolute values under
/// fictitious_price (`grid` as it applies in the lot: grid_in_lot). Null when
/// no weight changes the winner.
std::optional<double> smallest_change_share(const Grid& grid, const Stability& stability);

}  // namespace aser
