// Sanity checks on weights and scales: a node too light to change any ranking
// a report shows apart, and a scale that scores two labels the same.
#include <algorithm>
#include <cmath>
#include <cstdio>
#include <map>

#include "analyze/lint.hpp"
#include "score/evaluate.hpp"
#include "score/weights.hpp"

namespace aser {

namespace {

std::string fmt_number(double x) {
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, "%.3g", x);
  return buffer;
}

LintWarning light(const Criterion& node, std::string message, std::string reason) {
  LintWarning w;
  w.node = node.id;
  w.pos = node.pos;
  w.message = std::move(message);
  w.reason = std::move(reason);
  w.hint = "give it a weight that can matter, or remove it";
  return w;
}

const char* kPointsReason =
    "reports show points with 2 decimals: a node that can add less than 0.01 points can only "
    "reorder bids whose totals look the same, and bidders cannot see why";

// Depth first; below a warned node, its children are lighter still: one warning.
void walk_points(const std::vector<Criterion>& nodes, const Grid& grid,
                 const std::map<std::string, double>& effective, double share_of, bool top,
                 LintWarnings& out) {
  for (const Criterion& node : nodes) {
    if (top && !node.group && node.id == "price" && grid.method.kind == Method::price_per_point)
      continue;  // price divides the quality points: it has no points of its own
    auto it = effective.find(node.id);
    if (it == effective.end()) continue;
    const double points = it->second / share_of * grid.scale;
    if (points < kSmallestPoints) {
      out.push_back(light(node,
                          std::string(node.group ? "group '" : "criterion '") + node.id +
                              "' can add at most " + fmt_number(points) + " points out of " +
                              fmt_number(grid.scale) + ": too little to change a ranking",
                          kPointsReason));
      continue;
    }
    walk_points(node.children, grid, effective, share_of, false, out);
  }
}

}  // namespace

LintWarnings check_negligible_weights(const Grid& grid) {
  LintWarnings out;
  switch (grid.method.kind) {
    case Method::weighted_sum:
      walk_points(grid.criteria, grid, effective_weights(grid), 1.0, true, out);
      break;
    case Method::price_per_point: {
      // Quality points: the weights but price's, normalised among themselves.
      const std::map<std::string, double> effective = effective_weights(grid);
      const Criterion* price = price_criterion(grid);
      const auto found = price ? effective.find(price->id) : effective.end();
      const double price_share = found != effective.end() ? found->second : 0.0;
      if (price_share < 1) walk_points(grid.criteria, grid, effective, 1 - price_share, true, out);
      break;
    }
    case Method::adjusted_price:
      // A zero coefficient (allowed here) multiplies the score by nothing.
      for (const auto& [id, coefficient] : path_products(grid)) {
        const Criterion* leaf = find_node(grid, id);
        if (!leaf || leaf == price_criterion(grid) || coefficient != 0) continue;
        out.push_back(light(*leaf,
                            "criterion '" + id + "' has a coefficient of 0 under adjusted_price",
                            "its score is multiplied by 0: it can never change a price or a "
                            "ranking"));
      }
      break;
    case Method::fictitious_price:
      // A weight is money: below a cent, it moves a fictitious price by less than a report shows.
      for (const auto& [id, value] : path_products(grid)) {
        const Criterion* leaf = find_node(grid, id);
        if (!leaf || leaf == price_criterion(grid) || std::fabs(value) >= kSmallestPoints) continue;
        out.push_back(light(*leaf,
                            "criterion '" + id + "' is worth " + fmt_number(value) + " " +
                                grid.currency + " at most under fictitious_price",
                            "reports show money to the cent: less than a cent can only reorder "
                            "bids whose fictitious prices look the same"));
      }
      break;
  }
  // path_products is keyed by id: back to the grid's order.
  std::map<std::string, std::size_t> order;
  for (const Criterion* node : all_nodes(grid)) order.emplace(node->id, order.size());
  std::stable_sort(out.begin(), out.end(), [&](const LintWarning& a, const LintWarning& b) {
    return order[a.node] < order[b.node];
  });
  return out;
}

LintWarnings check_equal_scale_scores(const Grid& grid) {
  LintWarnings out;
  for (const Criterion* leaf : leaves(grid)) {
    if (leaf->rule.kind != RuleKind::scale) continue;
    const auto& labels = leaf->rule.labels;
    std::vector<bool> reported(labels.size(), false);
    for (std::size_t i = 0; i < labels.size(); ++i) {
      if (reported[i]) continue;
      std::vector<std::string> same = {labels[i].first};
      for (std::size_t j = i + 1; j < labels.size(); ++j)
        if (std::fabs(labels[i].second - labels[j].second) <= 1e-12) {
          same.push_back(labels[j].first);
          reported[j] = true;
        }
      if (same.size() < 2) continue;
      std::string names;
      for (std::size_t k = 0; k < same.size(); ++k)
        names += (k == 0 ? "'" : k + 1 == same.size() ? " and '" : ", '") + same[k] + "'";
      LintWarning w;
      w.node = leaf->id;
      w.pos = leaf->pos;
      w.message = "the scale of criterion '" + leaf->id + "' gives the same score (" +
                  fmt_number(labels[i].second) + ") to " + names;
      w.reason =
          "labels that score the same cannot be told apart by the grid: bidders read a "
          "distinction that does not count";
      w.hint = "merge them into one label, or give each its own score";
      out.push_back(std::move(w));
    }
  }
  return out;
}

}  // namespace aser
