// The inner loop of SMAA: the lot's bids as a flat matrix over the sampled
// nodes (each node's score is the mean of its leaves' scores in their grid
// proportions, signed under fictitious_price), the method's totals for one
// weight vector, and competition ranks by sorting. No allocation per sample.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

#include "analyze/decision_matrix.hpp"

namespace aser {

struct SmaaModel {
  /// The nodes to sample: each a set of leaves of W (indices), grid order.
  SmaaModel(const DecisionMatrix& matrix, const std::vector<std::vector<std::size_t>>& nodes);

  const DecisionMatrix& matrix;
  std::size_t bids = 0;
  std::size_t dims = 0;
  std::vector<double> grid_weights;  ///< each node's share in the grid
  std::vector<std::size_t> node_of;  ///< by leaf of W: its node (dims if none)
  std::vector<double> proportion;    ///< by leaf of W: its share of its node's share
  /// Node scores, column-major: y[node * bids + bid] = Σ proportion × sign × score.
  std::vector<double> y;

  /// The method's totals of every bid under node weights `u` (adding up to 1).
  void totals(const double* u, double* out) const;
  /// One bid's total from its dot product with the weights.
  double total_from(std::size_t bid, double dot) const { return matrix.total_from(bid, dot, 1); }
};

/// Competition ranks (0-based) within the tolerance of DESIGN section 10.
/// The totals are sorted exactly (by total, then bid): by insertion for up to 8
/// bids; for more, first spread into as many buckets as bids by value (a
/// counting sort, no comparisons to mispredict), then by insertion within.
class Ranker {
 public:
  struct Keyed {
    double key;  ///< the total, negated when higher is better: ascending = better first
    std::uint32_t bid;
  };

  Ranker(std::size_t bids, bool higher_first);
  /// ranks[b] for the totals of every bid.
  void rank(const double* totals, std::uint32_t* ranks);

 private:
  void bucket_sort();

  std::vector<Keyed> keyed_, spare_;
  std::vector<std::uint32_t> buckets_;
  bool higher_first_;
};

/// |a − b| ≤ 1e-9 × max(1, |a|, |b|) (DESIGN section 10), inline for the inner loop.
inline bool near_total(double a, double b) {
  if (a == b) return true;
  double scale = 1;
  const double fa = a < 0 ? -a : a, fb = b < 0 ? -b : b;
  if (fa > scale) scale = fa;
  if (fb > scale) scale = fb;
  const double d = a - b;
  return (d < 0 ? -d : d) <= 1e-9 * scale;
}

}  // namespace aser
