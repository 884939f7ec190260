// What stability reads of an evaluated lot, from its decision matrix: W, its
// shares (money values under fictitious_price), the ranked bids' leaf scores
// and the price figure each method reads.
#include "analyze/decision_matrix.hpp"
#include "analyze/stability.hpp"
#include "score/numbers.hpp"

namespace aser {

StabilityInput stability_input(const Grid& grid, const LotResult& lot) {
  const DecisionMatrix matrix(grid, lot);
  StabilityInput in;
  in.method = matrix.method;
  in.scale = matrix.scale;
  in.vmax = matrix.vmax;
  in.leaves = matrix.leaves;
  for (std::size_t l = 0; l < matrix.leaf_count(); ++l)
    in.shares.push_back(in.method == Method::fictitious_price
                            ? matrix.shares[l] * matrix.money * matrix.signs[l]
                            : matrix.shares[l]);
  in.bids = matrix.bids;
  for (std::size_t index : matrix.lot_index) in.ranks.push_back(lot.bids[index].rank.value_or(0));
  in.scores = matrix.scores;
  in.price = matrix.prices;

  // adjusted_price ranks on totals rounded to cents: a bid may be ahead of the
  // rank-1 bid on the unrounded ones, and then there is no unique winner.
  if (in.method == Method::adjusted_price && !in.bids.empty()) {
    const double first = matrix.total(0, matrix.shares.data());
    for (std::size_t b = 1; b < in.bids.size(); ++b) {
      const double other = matrix.total(b, matrix.shares.data());
      if (other < first && !nearly_equal(other, first)) in.winner_behind = true;
    }
  }
  return in;
}

}  // namespace aser
