// Weights: relative among siblings in the grid, effective as shares of the
// whole in reports, and products of raw weights along a path for the
// adjusted_price and fictitious_price methods.
#pragma once

#include <map>
#include <string>
#include <vector>

#include "model/grid.hpp"

namespace aser {

/// Each sibling's weight / the sum of the siblings' weights. Under
/// fictitious_price (where weights are money and may be negative) the
/// magnitudes are shared. A sum that is not > 0 gives equal shares.
std::vector<double> relative_weights(const std::vector<Criterion>& siblings, Method method);

/// By leaf id: the product of the raw weights from the top level down to the
/// leaf (the Prozorro coefficient; the money value under fictitious_price).
std::map<std::string, double> path_products(const Grid& grid);

}  // namespace aser
