#include "analyze/decision_matrix.hpp"

#include <cmath>
#include <limits>

#include "score/evaluate.hpp"
#include "score/methods.hpp"
#include "score/numbers.hpp"
#include "score/weights.hpp"

namespace aser {
namespace {

double score_of(const BidResult& bid, const std::string& id) {
  auto found = bid.scores.find(id);
  return found == bid.scores.end() ? 0 : found->second;
}

/// The figure the price methods read: the price criterion's answer. The
/// evaluation keeps it as the purchase price (no `cost` section, or the price
/// criterion reads the purchase path) or the life-cycle cost (it reads
/// `cost`). A price criterion reading another path is recovered from the
/// total (to the cent under adjusted_price, whose totals are rounded).
double price_of(const Grid& grid, const DecisionMatrix& m, const BidResult& bid, std::size_t row) {
  const Criterion* price = price_criterion(grid);
  if (!price) return 0;
  if (!grid.cost) return bid.price.value_or(0);
  if (price->answer == "cost") return bid.cost.value_or(0);
  if (price->answer == grid.cost->purchase) return bid.price.value_or(0);
  double dot = 0;
  for (std::size_t j = 0; j < m.leaf_count(); ++j)
    dot += m.shares[j] * m.signs[j] * m.scores[row * m.leaf_count() + j];
  switch (m.method) {
    case Method::price_per_point:
      return bid.total * bid.quality_points.value_or(0);
    case Method::adjusted_price:
      return m.vmax < 1 ? bid.total * (1 + m.vmax * dot / (1 - m.vmax)) : bid.total;
    case Method::fictitious_price:
      return bid.total + m.money * dot;
    case Method::weighted_sum:
      break;
  }
  return 0;
}

void collect_nodes(const std::vector<Criterion>& nodes, bool top,
                   const std::vector<std::string>& leaves, std::vector<DecisionMatrix::Node>& out,
                   std::vector<std::size_t>& parent_leaves) {
  for (const Criterion& node : nodes) {
    const std::size_t at = out.size();
    out.push_back(DecisionMatrix::Node{node.id, top, {}});
    std::vector<std::size_t> mine;
    if (node.group) {
      collect_nodes(node.children, false, leaves, out, mine);
    } else {
      for (std::size_t j = 0; j < leaves.size(); ++j)
        if (leaves[j] == node.id) mine.push_back(j);
    }
    if (mine.empty()) {
      out.erase(out.begin() + static_cast<std::ptrdiff_t>(at));  // no leaf in W
      continue;
    }
    parent_leaves.insert(parent_leaves.end(), mine.begin(), mine.end());
    out[at].leaves = std::move(mine);
  }
}

}  // namespace

DecisionMatrix::DecisionMatrix(const Grid& grid, const LotResult& lot)
    : method(grid.method.kind), better(better_of(grid.method.kind)), scale(grid.scale) {
  // 1. W and its shares.
  const Criterion* price = price_criterion(grid);
  std::vector<double> raw;  // the method's own weight of each leaf of W
  const std::map<std::string, double> effective = effective_weights(grid);
  const std::map<std::string, double> products = path_products(grid);
  for (const Criterion* leaf : aser::leaves(grid)) {
    if (method != Method::weighted_sum && leaf == price) continue;
    leaves.push_back(leaf->id);
    const bool by_product = method == Method::adjusted_price || method == Method::fictitious_price;
    const double w = by_product ? products.at(leaf->id) : effective.at(leaf->id);
    raw.push_back(w);
    signs.push_back(method == Method::fictitious_price && w < 0 ? -1.0 : 1.0);
  }
  std::vector<double> magnitudes;
  for (double w : raw) magnitudes.push_back(std::fabs(w));
  const double sum = exact_sum(magnitudes);
  for (double w : magnitudes)
    shares.push_back(sum > 0 ? w / sum : 1.0 / static_cast<double>(magnitudes.size()));
  if (method == Method::adjusted_price) vmax = exact_sum(raw);
  if (method == Method::fictitious_price) money = sum;

  // 2. The nodes with leaves in W.
  std::vector<std::size_t> all;
  collect_nodes(grid.criteria, true, leaves, nodes, all);

  // 3. The ranked bids: scores, then prices.
  for (std::size_t i = 0; i < lot.bids.size(); ++i) {
    const BidResult& bid = lot.bids[i];
    if (bid.status != Status::ranked) continue;
    bids.push_back(bid.id);
    lot_index.push_back(i);
    for (const std::string& leaf : leaves) scores.push_back(score_of(bid, leaf));
  }
  for (std::size_t b = 0; b < bids.size(); ++b)
    prices.push_back(
        method == Method::weighted_sum ? 0 : price_of(grid, *this, lot.bids[lot_index[b]], b));
}

double DecisionMatrix::total_from(std::size_t bid, double dot, double weight_sum) const {
  const double price = prices[bid];
  switch (method) {
    case Method::weighted_sum:
      return scale * dot;
    case Method::price_per_point: {
      const double qp = weight_sum > 0 ? scale * dot / weight_sum : 0;
      return qp > 0 ? price / qp : std::numeric_limits<double>::infinity();
    }
    case Method::adjusted_price:
      return vmax < 1 ? price / (1 + vmax * dot / (1 - vmax)) : price;
    case Method::fictitious_price:
      return price - money * dot;
  }
  return 0;
}

double DecisionMatrix::total(std::size_t bid, const double* w) const {
  const std::size_t n = leaves.size();
  const double* s = row(bid);
  double dot = 0, weight_sum = 0;
  for (std::size_t j = 0; j < n; ++j) {
    dot += w[j] * signs[j] * s[j];
    weight_sum += w[j];
  }
  return total_from(bid, dot, weight_sum);
}

const DecisionMatrix::Node* DecisionMatrix::node(const std::string& id) const {
  for (const Node& n : nodes)
    if (n.id == id) return &n;
  return nullptr;
}

std::vector<std::size_t> DecisionMatrix::leaves_of(const std::string& id) const {
  const Node* n = node(id);
  return n ? n->leaves : std::vector<std::size_t>{};
}

double DecisionMatrix::share_of(const std::string& id) const {
  std::vector<double> terms;
  for (std::size_t j : leaves_of(id)) terms.push_back(shares[j]);
  return exact_sum(terms);
}

std::vector<const DecisionMatrix::Node*> DecisionMatrix::top_nodes() const {
  std::vector<const Node*> out;
  for (const Node& n : nodes)
    if (n.top) out.push_back(&n);
  return out;
}

}  // namespace aser
