#include "model/grid.hpp"

namespace aser {

const char* rule_name(RuleKind kind) {
  switch (kind) {
    case RuleKind::linear:
      return "linear";
    case RuleKind::curve:
      return "curve";
    case RuleKind::steps:
      return "steps";
    case RuleKind::scale:
      return "scale";
    case RuleKind::boolean:
      return "boolean";
    case RuleKind::lowest_ratio:
      return "lowest_ratio";
    case RuleKind::highest_ratio:
      return "highest_ratio";
    case RuleKind::linear_range:
      return "linear_range";
    case RuleKind::deviation:
      return "deviation";
  }
  return "?";
}

bool is_relative(RuleKind kind) {
  return kind == RuleKind::lowest_ratio || kind == RuleKind::highest_ratio ||
         kind == RuleKind::linear_range || kind == RuleKind::deviation;
}

bool reads_number(RuleKind kind) {
  return kind != RuleKind::scale && kind != RuleKind::boolean;
}

const char* method_name(Method method) {
  switch (method) {
    case Method::weighted_sum:
      return "weighted_sum";
    case Method::price_per_point:
      return "price_per_point";
    case Method::adjusted_price:
      return "adjusted_price";
    case Method::fictitious_price:
      return "fictitious_price";
  }
  return "?";
}

namespace {

template <typename Node>
Node* find_in(std::vector<Node>& nodes, const std::string& id) {
  for (Node& node : nodes) {
    if (node.id == id) return &node;
    if (Node* found = find_in(node.children, id)) return found;
  }
  return nullptr;
}

const Criterion* find_in(const std::vector<Criterion>& nodes, const std::string& id) {
  for (const Criterion& node : nodes) {
    if (node.id == id) return &node;
    if (const Criterion* found = find_in(node.children, id)) return found;
  }
  return nullptr;
}

void collect(const std::vector<Criterion>& nodes, bool leaves_only,
             std::vector<const Criterion*>& out) {
  for (const Criterion& node : nodes) {
    if (!leaves_only || !node.group) out.push_back(&node);
    collect(node.children, leaves_only, out);
  }
}

}  // namespace

const Criterion* find_node(const Grid& grid, const std::string& id) {
  return find_in(grid.criteria, id);
}

Criterion* find_node(Grid& grid, const std::string& id) {
  return find_in(grid.criteria, id);
}

const Criterion* price_criterion(const Grid& grid) {
  for (const Criterion& node : grid.criteria)
    if (node.id == "price" && !node.group) return &node;
  return nullptr;
}

const Lot* find_lot(const Grid& grid, const std::string& id) {
  for (const Lot& lot : grid.lots)
    if (lot.id == id) return &lot;
  return nullptr;
}

std::vector<const Criterion*> leaves(const Grid& grid) {
  std::vector<const Criterion*> out;
  collect(grid.criteria, true, out);
  return out;
}

std::vector<const Criterion*> all_nodes(const Grid& grid) {
  std::vector<const Criterion*> out;
  collect(grid.criteria, false, out);
  return out;
}

}  // namespace aser
