#include "analyze/smaa_sampling.hpp"

#include <algorithm>
#include <numeric>

namespace aser {
namespace {

/// Insertion sort, ascending: the fastest for the few weights of a grid.
void sort_ascending(double* x, std::size_t n) {
  for (std::size_t i = 1; i < n; ++i) {
    const double v = x[i];
    std::size_t j = i;
    for (; j > 0 && x[j - 1] > v; --j) x[j] = x[j - 1];
    x[j] = v;
  }
}

}  // namespace

SimplexSampler::SimplexSampler(std::vector<double> grid_weights, std::optional<double> around_pct,
                               bool keep_order)
    : grid_(std::move(grid_weights)), keep_order_(keep_order) {
  if (around_pct) {
    around_ = true;
    const double p = *around_pct / 100;
    for (double w : grid_) {
      low_.push_back(w * (1 - p));
      high_.push_back(w * (1 + p));
    }
  }
  order_.resize(grid_.size());
  std::iota(order_.begin(), order_.end(), std::size_t{0});
  std::stable_sort(order_.begin(), order_.end(),
                   [&](std::size_t a, std::size_t b) { return grid_[a] > grid_[b]; });
}

bool SimplexSampler::draw(SmaaRandom& random, double* u, double* scratch) const {
  const std::size_t k = grid_.size();
  if (k == 0) return true;
  // Uniform on the simplex: the gaps between k - 1 sorted uniforms, 0 and 1.
  for (std::size_t i = 0; i + 1 < k; ++i) scratch[i] = random.uniform();
  sort_ascending(scratch, k - 1);
  double previous = 0;
  for (std::size_t i = 0; i + 1 < k; ++i) {
    u[i] = scratch[i] - previous;
    previous = scratch[i];
  }
  u[k - 1] = 1 - previous;
  if (keep_order_) {
    // The largest sampled weight to the node with the largest grid weight, and so on.
    std::copy(u, u + k, scratch);
    sort_ascending(scratch, k);
    for (std::size_t i = 0; i < k; ++i) u[order_[i]] = scratch[k - 1 - i];
  }
  if (around_)
    for (std::size_t i = 0; i < k; ++i)
      if (u[i] < low_[i] || u[i] > high_[i]) return false;
  return true;
}

std::size_t SimplexSampler::accepted(SmaaRandom& random, std::size_t draws) const {
  std::vector<double> u(grid_.size()), scratch(grid_.size());
  std::size_t count = 0;
  for (std::size_t i = 0; i < draws; ++i) count += draw(random, u.data(), scratch.data()) ? 1 : 0;
  return count;
}

}  // namespace aser
