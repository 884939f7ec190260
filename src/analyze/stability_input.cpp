// What stability reads of an evaluated lot: W, its shares (or money values),
// the ranked bids' leaf scores and the price figure each method reads.
#include <algorithm>

#include "analyze/stability.hpp"
#include "score/evaluate.hpp"
#include "score/numbers.hpp"
#include "score/weights.hpp"

namespace aser {

StabilityInput stability_input(const Grid& grid, const LotResult& lot) {
  StabilityInput in;
  in.method = grid.method.kind;
  in.scale = grid.scale;
  const Criterion* price = price_criterion(grid);
  const std::map<std::string, double> effective = effective_weights(grid);
  const std::map<std::string, double> products = path_products(grid);
  std::vector<double> raw;
  for (const Criterion* leaf : leaves(grid)) {
    if (in.method != Method::weighted_sum && leaf == price) continue;
    in.leaves.push_back(leaf->id);
    raw.push_back(in.method == Method::weighted_sum || in.method == Method::price_per_point
                      ? effective.at(leaf->id)
                      : products.at(leaf->id));
  }
  const double sum = exact_sum(raw);
  if (in.method == Method::adjusted_price) in.vmax = sum;
  for (double value : raw)
    in.shares.push_back(in.method == Method::fictitious_price || !(sum > 0) ? value : value / sum);

  const bool reads_cost = price && price->answer == "cost";
  for (const BidResult& bid : lot.bids) {
    if (bid.status != Status::ranked || !bid.rank) continue;
    in.bids.push_back(bid.id);
    in.ranks.push_back(*bid.rank);
    for (const std::string& leaf : in.leaves) {
      auto it = bid.scores.find(leaf);
      in.scores.push_back(it == bid.scores.end() ? 0 : it->second);
    }
    in.price.push_back((reads_cost ? bid.cost : bid.price).value_or(0));
  }

  // adjusted_price ranks on totals rounded to cents: a bid may be ahead of the
  // rank-1 bid on the unrounded ones, and then there is no unique winner.
  if (in.method == Method::adjusted_price && in.vmax < 1 && !in.bids.empty()) {
    const std::size_t n = in.leaves.size();
    auto unrounded = [&](std::size_t b) {
      std::vector<double> terms;
      for (std::size_t l = 0; l < n; ++l) terms.push_back(in.shares[l] * in.scores[b * n + l]);
      return in.price[b] / (1 + in.vmax * exact_sum(terms) / (1 - in.vmax));
    };
    const double first = unrounded(0);
    for (std::size_t b = 1; b < in.bids.size(); ++b) {
      const double other = unrounded(b);
      if (other < first && !nearly_equal(other, first)) in.winner_behind = true;
    }
  }
  return in;
}

}  // namespace aser
