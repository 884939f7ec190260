// Points and totals in the method's terms: the factor from a score to its
// points, how a group's points add up, how the total follows from the
// top-level points, and the gap to the neighbours in the ranking.
#include <cmath>

#include "report/breakdown_parts.hpp"
#include "report/facts.hpp"
#include "score/numbers.hpp"

namespace aser::report::breakdown_parts {

namespace {

// `node` may be a node of another copy of the grid (the report's, while the
// plan is the lot's): nodes are matched by id, never by address.
bool is_price(const Plan& plan, const Criterion& node) {
  return plan.price && node.id == plan.price->id;
}

}  // namespace

double points_factor(const Plan& plan, const Criterion& node) {
  const Grid& grid = plan.grid;
  const double effective = plan.effective.at(node.id);
  switch (grid.method.kind) {
    case Method::weighted_sum:
      return effective * grid.scale;
    case Method::price_per_point: {
      if (is_price(plan, node)) return 0;
      const double quality = 1 - (plan.price ? plan.effective.at(plan.price->id) : 0);
      return quality > 0 ? effective / quality * grid.scale : 0;
    }
    case Method::adjusted_price:
    case Method::fictitious_price: {
      if (is_price(plan, node) || node.group) return 0;
      auto it = plan.path_product.find(node.id);
      return it == plan.path_product.end() ? 0 : it->second;
    }
  }
  return 0;
}

namespace {

std::string factor_text(const Grid& grid, double factor, double effective, const Words& w) {
  switch (grid.method.kind) {
    case Method::weighted_sum:
      return share_text(effective, w.labels.language) + " × " + num(grid.scale, w);
    case Method::fictitious_price:
      return money(grid, factor, w);
    default:
      return num(round_decimals(factor, 4), w);
  }
}

std::string gap_text(const Grid& grid, double gap, const Words& w) {
  if (grid.method.kind == Method::weighted_sum)
    return points_text(gap, w) + " " + w.labels.points_word;
  if (grid.method.kind == Method::price_per_point)
    return format_number(gap, 4, w.labels.language) + w(" par point", " per point");
  return money(grid, gap, w);
}

std::string joined_points(const std::vector<double>& parts, const Words& w) {
  std::string out;
  for (std::size_t i = 0; i < parts.size(); ++i) out += (i ? " + " : "") + points_text(parts[i], w);
  return out.empty() ? points_text(0, w) : out;
}

}  // namespace

std::string points_working(const Grid& grid, const NodeBreakdown& node, const BidResult& result,
                           const Words& w) {
  if (!node.points || !node.score) return "";
  if (!node.group)
    return score_text(*node.score, w) + " × " +
           factor_text(grid, node.points_factor, node.effective_weight, w) + " = " +
           points_text(*node.points, w);
  std::vector<double> parts;
  for (const Criterion& child : node.node->children) {
    auto it = result.points.find(child.id);
    if (it != result.points.end()) parts.push_back(it->second);
  }
  return joined_points(parts, w) + " = " + points_text(*node.points, w);
}

std::string total_line(const Grid& grid, const Plan& plan, const BidResult& bid, const Words& w) {
  if (bid.status != Status::ranked) return "";
  std::vector<double> parts;
  for (const Criterion& node : grid.criteria) {
    if (grid.method.kind != Method::weighted_sum && is_price(plan, node)) continue;
    auto it = bid.points.find(node.id);
    parts.push_back(it == bid.points.end() ? 0 : it->second);
  }
  const std::string sum = joined_points(parts, w);
  const std::string price =
      bid.price ? money(grid, bid.cost && grid.cost ? *bid.cost : *bid.price, w) : "?";
  const std::string colon = w.labels.colon;
  switch (grid.method.kind) {
    case Method::weighted_sum:
      return sum + " = " + points_text(bid.total, w);
    case Method::price_per_point:
      return w("points qualité", "quality points") + colon + sum + " = " +
             points_text(bid.quality_points.value_or(0), w) + (w.fr ? "\u00a0; " : "; ") + price +
             " ÷ " + points_text(bid.quality_points.value_or(0), w) + " = " +
             total_text(grid, w.labels, bid);
    case Method::adjusted_price: {
      double vmax = 0;
      for (const Criterion* leaf : plan.leaves)
        if (leaf != plan.price) vmax += plan.path_product.at(leaf->id);
      return "V = " + sum + " = " + points_text(exact_sum(parts), w) + (w.fr ? "\u00a0; " : "; ") +
             price + " ÷ (1 + V ÷ (1 − " + num(round_decimals(vmax, 6), w) +
             ")) = " + total_text(grid, w.labels, bid);
    }
    case Method::fictitious_price: {
      std::string out = price;
      for (double part : parts) out += " − " + money(grid, part, w);
      return out + " = " + total_text(grid, w.labels, bid);
    }
  }
  return "";
}

std::optional<Neighbour> neighbour(const Grid& grid, const BidResult& bid, const BidResult* other,
                                   const Words& w) {
  if (!other) return std::nullopt;
  Neighbour out;
  out.id = other->id;
  out.supplier = other->supplier;
  out.rank = other->rank.value_or(0);
  out.total = other->total;
  out.gap = std::fabs(other->total - bid.total);
  out.gap_text = gap_text(grid, out.gap, w);
  return out;
}

}  // namespace aser::report::breakdown_parts
