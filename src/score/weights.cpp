#include "score/weights.hpp"

#include <cmath>

#include "score/evaluate.hpp"
#include "score/numbers.hpp"
#include "support/suggest.hpp"

namespace aser {
namespace {

void share(const std::vector<Criterion>& nodes, double parent, Method method,
           std::map<std::string, double>& out) {
  std::vector<double> relative = relative_weights(nodes, method);
  for (std::size_t i = 0; i < nodes.size(); ++i) {
    out[nodes[i].id] = parent * relative[i];
    share(nodes[i].children, parent * relative[i], method, out);
  }
}

void multiply(const std::vector<Criterion>& nodes, double parent,
              std::map<std::string, double>& out) {
  for (const Criterion& node : nodes) {
    if (node.group)
      multiply(node.children, parent * node.weight, out);
    else
      out[node.id] = parent * node.weight;
  }
}

// A what-if weight holds in every lot, those that declare their own too.
void set_in_lots(Grid& grid, const std::string& id, double weight) {
  for (Lot& lot : grid.lots)
    for (auto& [lot_id, lot_weight] : lot.weights)
      if (lot_id == id) lot_weight = weight;
}

}  // namespace

std::vector<double> relative_weights(const std::vector<Criterion>& siblings, Method method) {
  std::vector<double> weights;
  for (const Criterion& node : siblings) {
    double w = method == Method::fictitious_price ? std::fabs(node.weight) : node.weight;
    weights.push_back(std::isfinite(w) && w > 0 ? w : 0);
  }
  double sum = exact_sum(weights);
  for (double& w : weights) w = sum > 0 ? w / sum : 1.0 / static_cast<double>(weights.size());
  return weights;
}

std::map<std::string, double> effective_weights(const Grid& grid) {
  std::map<std::string, double> out;
  share(grid.criteria, 1.0, grid.method.kind, out);
  return out;
}

std::map<std::string, double> path_products(const Grid& grid) {
  std::map<std::string, double> out;
  multiply(grid.criteria, 1.0, out);
  return out;
}

std::optional<std::string> set_weight(Grid& grid, const std::string& id, double weight) {
  Criterion* node = find_node(grid, id);
  if (!node) {
    std::vector<std::string> ids;
    for (const Criterion* n : all_nodes(grid)) ids.push_back(n->id);
    std::string message = "unknown criterion or group '" + id + "'";
    std::string hint = did_you_mean(id, ids);
    if (!hint.empty()) message += "; " + hint;
    return message;
  }
  if (grid.method.kind == Method::adjusted_price && node != price_criterion(grid)) {
    // The loader's rules for a Prozorro grid hold for a what-if too: each raw
    // weight is a coefficient in [0, 0.3], and their path products stay within the cap.
    if (!std::isfinite(weight) || weight < 0 || weight > 0.3)
      return "under adjusted_price the weight of '" + id +
             "' is a coefficient between 0 and 0.3, got " + format_number(weight);
    const double before = node->weight;
    node->weight = weight;
    std::vector<double> coefficients;
    const Criterion* price = price_criterion(grid);
    for (const auto& [leaf, product] : path_products(grid))
      if (!price || leaf != price->id) coefficients.push_back(product);
    const double vmax = exact_sum(coefficients);
    if (vmax > grid.method.max_total + 1e-12) {
      node->weight = before;
      return "under adjusted_price the coefficients would add up to " + format_number(vmax) +
             ", above the cap of " + format_number(grid.method.max_total);
    }
    set_in_lots(grid, id, weight);
    return std::nullopt;
  }
  if (grid.method.kind == Method::fictitious_price) {
    if (!std::isfinite(weight))
      return "the weight of '" + id + "' must be a finite number, got " + format_number(weight);
  } else if (!std::isfinite(weight) || weight <= 0) {
    return "the weight of '" + id + "' must be a finite number > 0, got " + format_number(weight);
  }
  node->weight = weight;
  set_in_lots(grid, id, weight);
  return std::nullopt;
}

}  // namespace aser
