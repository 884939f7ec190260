// Weight vectors for SMAA (DESIGN section 7): uniform on the simplex from the
// gaps between sorted uniforms; --keep-order sorts each sample to the grid's
// order of weights; --around P keeps the samples within w (1 ± P/100) by
// rejection. Both together are uniform on the intersection.
#pragma once

#include <cstddef>
#include <optional>
#include <vector>

#include "analyze/smaa_random.hpp"

namespace aser {

class SimplexSampler {
 public:
  /// `grid_weights`: the nodes' shares in the grid (for --around and --keep-order).
  SimplexSampler(std::vector<double> grid_weights, std::optional<double> around_pct,
                 bool keep_order);

  std::size_t dims() const { return grid_.size(); }

  /// One candidate into `u` (dims() values adding up to 1); false when
  /// --around rejects it. `scratch` holds dims() values.
  bool draw(SmaaRandom& random, double* u, double* scratch) const;

  /// Candidates until one is accepted.
  void sample(SmaaRandom& random, double* u, double* scratch) const {
    while (!draw(random, u, scratch)) {
    }
  }

  /// How many of `draws` candidates of a stream are accepted (the --around check).
  std::size_t accepted(SmaaRandom& random, std::size_t draws) const;

 private:
  std::vector<double> grid_;
  bool around_ = false;
  std::vector<double> low_, high_;  ///< --around bounds
  bool keep_order_ = false;
  std::vector<std::size_t> order_;  ///< nodes by grid weight, largest first (grid order on ties)
};

}  // namespace aser
