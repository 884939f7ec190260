// The decision matrix of one lot (DESIGN section 7): the ranked bids × the
// leaves of the weighted set W, with the figures the grid's method needs to
// rank them again under any other weights. Stability and SMAA both read it:
// scores, prices and references are held at their values in the evaluation;
// only the weights over W change.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include "model/evaluation.hpp"
#include "model/grid.hpp"

namespace aser {

struct DecisionMatrix {
  /// The ranked bids of `lot` in report order, and the leaves of W in grid
  /// order. `grid` must be the grid that evaluated `lot`.
  DecisionMatrix(const Grid& grid, const LotResult& lot);

  Method method = Method::weighted_sum;
  Better better = Better::higher;
  double scale = 100;

  /// W's leaves in grid order: every leaf under weighted_sum, every leaf but
  /// price under the other methods.
  std::vector<std::string> leaves;
  /// Effective shares in W (add up to 1). weighted_sum: the effective weights;
  /// price_per_point: those of the leaves but price, normalised; adjusted_price:
  /// coefficient / Vmax; fictitious_price: |value| / Σ|value| (values: the
  /// products of the raw weights on each leaf's path, the money).
  std::vector<double> shares;

  /// The ranked bids, in report order.
  std::vector<std::string> bids;
  /// Index of each ranked bid in `lot.bids` (they come first there).
  std::vector<std::size_t> lot_index;
  /// Leaf scores, row-major: scores[bid * leaves.size() + leaf].
  std::vector<double> scores;
  /// The figure the method divides or subtracts from (the price criterion's
  /// answer: price or life-cycle cost); 0 under weighted_sum.
  std::vector<double> prices;

  /// adjusted_price: Σ coefficients, held (a share vector w maps to the
  /// coefficients w × Vmax). 0 for the other methods.
  double vmax = 0;
  /// fictitious_price: Σ |value| over W (a share vector w maps to the money
  /// w × money × sign). 0 for the other methods.
  double money = 0;
  /// fictitious_price: the sign of each leaf's value (+1 or -1); +1 elsewhere.
  std::vector<double> signs;

  /// Every node (group or leaf) with at least one leaf in W, grid order
  /// (parents first), with the indices of its leaves in W.
  struct Node {
    std::string id;
    bool top = false;  ///< a child of the root
    std::vector<std::size_t> leaves;
  };
  std::vector<Node> nodes;

  std::size_t bid_count() const { return bids.size(); }
  std::size_t leaf_count() const { return leaves.size(); }
  const double* row(std::size_t bid) const { return scores.data() + bid * leaves.size(); }

  /// The method's unrounded ranking figure for bid (index in `bids`) under
  /// the weights `w` over W (leaf_count() values adding up to 1):
  ///   weighted_sum      scale × Σ w s
  ///   price_per_point   price ÷ (scale × Σ w s ÷ Σ w); +infinity with no quality points
  ///   adjusted_price    price ÷ (1 + Vmax Σ w s ÷ (1 − Vmax)); the price when Vmax ≥ 1
  ///   fictitious_price  price − money × Σ w sign s
  double total(std::size_t bid, const double* w) const;
  /// The same from the dot product d = Σ w (sign) s, and Σ w (price_per_point).
  double total_from(std::size_t bid, double dot, double weight_sum = 1) const;

  /// The node with this id, or nullptr (a node with no leaf in W is absent).
  const Node* node(const std::string& id) const;
  /// The indices in W of the node's leaves (empty for an unknown id).
  std::vector<std::size_t> leaves_of(const std::string& id) const;
  /// A node's share: the sum of its leaves' shares (0 for an unknown id).
  double share_of(const std::string& id) const;
  /// The root's children with leaves in W, grid order.
  std::vector<const Node*> top_nodes() const;
};

}  // namespace aser
