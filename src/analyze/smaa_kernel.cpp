#include "analyze/smaa_kernel.hpp"

#include <algorithm>
#include <cmath>

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

namespace {

bool before(const Ranker::Keyed& a, const Ranker::Keyed& b) {
  return a.key < b.key || (a.key == b.key && a.bid < b.bid);
}

template <typename T>
void insertion_sort(T* x, std::size_t n) {
  for (std::size_t i = 1; i < n; ++i) {
    const T v = x[i];
    std::size_t j = i;
    for (; j > 0 && before(v, x[j - 1]); --j) x[j] = x[j - 1];
    x[j] = v;
  }
}

}  // namespace

Ranker::Ranker(std::size_t bids, bool higher_first)
    : keyed_(bids), spare_(bids), buckets_(bids + 1), higher_first_(higher_first) {}

void Ranker::bucket_sort() {
  const std::size_t n = keyed_.size();
  double low = keyed_[0].key, high = keyed_[0].key;
  for (const Keyed& k : keyed_) {
    low = k.key < low ? k.key : low;
    high = k.key > high ? k.key : high;
  }
  const double width = high - low;
  if (!(width > 0) || !std::isfinite(width)) {  // all equal, or an infinite total
    std::sort(keyed_.begin(), keyed_.end(), before);
    return;
  }
  const double per = static_cast<double>(n) / width;
  auto bucket = [&](double key) {
    const auto b = static_cast<std::size_t>((key - low) * per);
    return b < n ? b : n - 1;
  };
  std::fill(buckets_.begin(), buckets_.end(), 0);
  for (const Keyed& k : keyed_) ++buckets_[bucket(k.key) + 1];
  for (std::size_t b = 1; b <= n; ++b) buckets_[b] += buckets_[b - 1];
  for (const Keyed& k : keyed_) spare_[buckets_[bucket(k.key)]++] = k;
  // Buckets are in order: what is left are the few inversions inside each.
  insertion_sort(spare_.data(), n);
  keyed_.swap(spare_);
}

void Ranker::rank(const double* totals, std::uint32_t* ranks) {
  const std::size_t n = keyed_.size();
  for (std::size_t b = 0; b < n; ++b)
    keyed_[b] = Keyed{higher_first_ ? -totals[b] : totals[b], static_cast<std::uint32_t>(b)};
  if (n <= 8)
    insertion_sort(keyed_.data(), n);
  else
    bucket_sort();
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
