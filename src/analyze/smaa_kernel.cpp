#include "analyze/smaa_kernel.hpp"

#include <algorithm>

namespace aser {

SmaaModel::SmaaModel(const DecisionMatrix& m, const std::vector<std::vector<std::size_t>>& nodes)
    : matrix(m), bids(m.bid_count()), dims(nodes.size()) {
  node_of.assign(m.leaf_count(), dims);
  proportion.assign(m.leaf_count(), 0);
  for (std::size_t k = 0; k < dims; ++k) {
    double share = 0;
    for (std::size_t j : nodes[k]) share += m.shares[j];
    grid_weights.push_back(share);
    for (std::size_t j : nodes[k]) {
      node_of[j] = k;
      // Leaves under a node keep their proportions (equal ones in a node of no share).
      proportion[j] = share > 0 ? m.shares[j] / share : 1.0 / static_cast<double>(nodes[k].size());
    }
  }
  y.assign(dims * bids, 0);
  for (std::size_t b = 0; b < bids; ++b) {
    const double* s = m.row(b);
    for (std::size_t j = 0; j < m.leaf_count(); ++j)
      if (node_of[j] < dims) y[node_of[j] * bids + b] += proportion[j] * m.signs[j] * s[j];
  }
}

void SmaaModel::totals(const double* u, double* out) const {
  // Node by node over every bid: a loop the compiler vectorises, and each
  // bid's dot product summed in the same order whatever the bid count.
  std::fill(out, out + bids, 0.0);
  for (std::size_t k = 0; k < dims; ++k) {
    const double w = u[k];
    const double* column = y.data() + k * bids;
    for (std::size_t b = 0; b < bids; ++b) out[b] += w * column[b];
  }
  const double* price = matrix.prices.data();
  switch (matrix.method) {
    case Method::weighted_sum: {
      const double scale = matrix.scale;
      for (std::size_t b = 0; b < bids; ++b) out[b] *= scale;
      break;
    }
    case Method::price_per_point:
    case Method::adjusted_price:
      for (std::size_t b = 0; b < bids; ++b) out[b] = matrix.total_from(b, out[b], 1);
      break;
    case Method::fictitious_price: {
      const double money = matrix.money;
      for (std::size_t b = 0; b < bids; ++b) out[b] = price[b] - money * out[b];
      break;
    }
  }
}

Ranker::Ranker(std::size_t bids, bool higher_first) : keyed_(bids), higher_first_(higher_first) {}

void Ranker::rank(const double* totals, std::uint32_t* ranks) {
  const std::size_t n = keyed_.size();
  for (std::size_t b = 0; b < n; ++b)
    keyed_[b] = Keyed{higher_first_ ? -totals[b] : totals[b], static_cast<std::uint32_t>(b)};
  auto before = [](const Keyed& a, const Keyed& b) {
    return a.key < b.key || (a.key == b.key && a.bid < b.bid);
  };
  if (n <= 24) {
    for (std::size_t i = 1; i < n; ++i) {
      const Keyed v = keyed_[i];
      std::size_t j = i;
      for (; j > 0 && before(v, keyed_[j - 1]); --j) keyed_[j] = keyed_[j - 1];
      keyed_[j] = v;
    }
  } else {
    std::sort(keyed_.begin(), keyed_.end(), before);
  }
  // Competition ranks: a run of totals within the tolerance of its first shares its rank.
  std::size_t start = 0;
  while (start < n) {
    std::size_t end = start + 1;
    while (end < n && near_total(keyed_[end].key, keyed_[start].key)) ++end;
    for (std::size_t i = start; i < end; ++i)
      ranks[keyed_[i].bid] = static_cast<std::uint32_t>(start);
    start = end;
  }
}

}  // namespace aser
