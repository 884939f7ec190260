// The four methods of DESIGN section 4 that turn leaf scores (and the price)
// into the figure that ranks: weighted_sum (higher is better), and
// price_per_point, adjusted_price, fictitious_price (lower is better).
#pragma once

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "model/evaluation.hpp"
#include "model/grid.hpp"

namespace aser {

struct Plan;

/// higher for weighted_sum, lower for the others.
Better better_of(Method method);

/// sum of weight_i x score_i x scale (weights: effective shares).
double weighted_sum(const std::vector<double>& weights, const std::vector<double>& scores,
                    double scale);

/// The weighted sum x scale with the weights normalised among themselves
/// (price_per_point's quality points, over every leaf but price).
double quality_points(const std::vector<double>& weights, const std::vector<double>& scores,
                      double scale);

/// Prozorro: price / (1 + V / (1 - Vmax)), V = sum coefficient x score,
/// Vmax = sum coefficient (below 1), rounded to cents half away from zero.
double adjusted_price(double price, const std::vector<double>& coefficients,
                      const std::vector<double>& scores);

/// Award on value: price - sum value x score.
double fictitious_price(double price, const std::vector<double>& values,
                        const std::vector<double>& scores);

struct MethodResult {
  double total = 0;
  std::optional<double> quality_points;  ///< price_per_point only
};

/// The grid's method over one bid's leaf scores (by leaf id). A
/// price_per_point bid with no quality points gets a total of 0 and
/// quality_points 0: the exclusion rounds take it out.
MethodResult method_total(const Plan& plan, const NodeFigures& scores, std::optional<double> price,
                          std::vector<std::string>& run_warnings);

}  // namespace aser
