#include "score/scoring.hpp"

#include <algorithm>
#include <cmath>
#include <stdexcept>

#include "score/evaluate.hpp"
#include "score/methods.hpp"
#include "score/numbers.hpp"
#include "score/rules.hpp"
#include "score/weights.hpp"

namespace aser {
namespace {

void relative_of(const std::vector<Criterion>& nodes, Method method, NodeFigures& out) {
  std::vector<double> shares = relative_weights(nodes, method);
  for (std::size_t i = 0; i < nodes.size(); ++i) {
    out[nodes[i].id] = shares[i];
    relative_of(nodes[i].children, method, out);
  }
}

NodeFigures flat(const std::map<std::string, double>& figures) {
  NodeFigures out;
  out.reserve(figures.size());
  for (const auto& [id, figure] : figures) out.emplace(id, figure);  // in order: appended
  return out;
}

/// A leaf's score, with a warning when its answer is missing or unusable.
double score_leaf(const Plan& plan, const Criterion& leaf, const AnswerValue& answer,
                  const std::map<std::string, Reference>& references,
                  std::vector<std::string>& warnings) {
  const Messages& m = plan.messages;
  if (answer.absent()) {
    warnings.push_back(m.missing_scores_zero(leaf.answer, leaf.id));
    return 0;
  }
  const Rule& rule = leaf.rule;
  if (rule.kind == RuleKind::scale) {
    // A label written as a bare number or yes/no is still matched by its text.
    std::string label = answer.kind == AnswerValue::Kind::text ? answer.text() : answer.shown();
    if (answer.kind != AnswerValue::Kind::text && answer.kind != AnswerValue::Kind::number &&
        answer.kind != AnswerValue::Kind::boolean) {
      warnings.push_back(m.wrong_kind(leaf.answer, answer.shown(), "label", leaf.id));
      return 0;
    }
    if (std::optional<double> score = score_label(rule, label)) return *score;
    std::vector<std::string> labels;
    for (const auto& entry : rule.labels) labels.push_back(entry.first);
    warnings.push_back(m.unknown_label(leaf.answer, answer.shown(), leaf.id, labels));
    return 0;
  }
  if (rule.kind == RuleKind::boolean) {
    if (answer.kind == AnswerValue::Kind::boolean) return score_boolean(rule, answer.boolean);
    warnings.push_back(m.wrong_kind(leaf.answer, answer.shown(), "boolean", leaf.id));
    return 0;
  }
  if (!answer.is_number()) {
    warnings.push_back(m.wrong_kind(leaf.answer, answer.shown(), "number", leaf.id));
    return 0;
  }
  std::optional<Bounds> bounds;
  if (is_relative(rule.kind)) {
    auto found = references.find(leaf.id);
    if (found != references.end()) bounds = Bounds{found->second.min, found->second.max};
  }
  return score_number(rule, answer.number, bounds);
}

// (out.scores holds every node id: see Plan.)
double score_node(const Plan& plan, const Criterion& node, BidScores& out) {
  const std::size_t slot = plan.slot(node);
  if (!node.group) return out.scores.nth(slot).second;
  std::vector<double> terms;
  terms.reserve(node.children.size());
  for (const Criterion& child : node.children)
    terms.push_back(plan.relative_at[plan.slot(child)] * score_node(plan, child, out));
  double score = clamp01(exact_sum(terms));
  out.scores.nth(slot).second = score;
  return score;
}

// A group's points under the additive methods: the sum of its children's.
double sum_points(const Criterion& node, NodeFigures& points) {
  if (!node.group) return points.at(node.id);
  std::vector<double> terms;
  for (const Criterion& child : node.children) terms.push_back(sum_points(child, points));
  return points[node.id] = exact_sum(terms);
}

}  // namespace

NodeFigures points_of(const Plan& plan, const NodeFigures& scores) {
  const Grid& grid = plan.grid;
  NodeFigures points;
  points.reserve(plan.nodes.size());
  switch (grid.method.kind) {
    case Method::weighted_sum:
      if (plan.has_all_nodes(scores)) {  // a bid's scores: by slot
        points = plan.all_nodes;
        for (std::size_t i = 0; i < points.size(); ++i)
          points.nth(i).second = scores.nth(i).second * plan.effective_at[i] * grid.scale;
        return points;
      }
      for (const Criterion* node : plan.nodes)
        points[node->id] = scores.at(node->id) * plan.effective.at(node->id) * grid.scale;
      return points;
    case Method::price_per_point: {
      // The quality points: weights normalised among every node but price, so
      // that the points of the top-level nodes add up to the quality points.
      const double quality_share = 1 - (plan.price ? plan.effective.at(plan.price->id) : 0);
      for (const Criterion* node : plan.nodes)
        if (node != plan.price && quality_share > 0)
          points[node->id] =
              scores.at(node->id) * plan.effective.at(node->id) / quality_share * grid.scale;
      return points;
    }
    case Method::adjusted_price:
    case Method::fictitious_price:
      // What each criterion is worth in the method's own terms: its part of V
      // (coefficient × score) or the money it takes off the price (value × score).
      for (const Criterion* leaf : plan.leaves)
        if (leaf != plan.price)
          points[leaf->id] = plan.path_product.at(leaf->id) * scores.at(leaf->id);
      for (const Criterion& node : grid.criteria)
        if (&node != plan.price) sum_points(node, points);
      return points;
  }
  return points;
}

Plan::Plan(const Grid& g)
    : grid(g),
      messages(g.language),
      leaves(aser::leaves(g)),
      nodes(aser::all_nodes(g)),
      effective(flat(effective_weights(g))),
      path_product(flat(path_products(g))),
      price(price_criterion(g)) {
  NodeFigures relative;  // share among siblings by node id
  relative_of(g.criteria, g.method.kind, relative);
  for (const Criterion* node : nodes) all_nodes.emplace(node->id, 0.0);
  for (const Criterion* leaf : leaves) all_leaves.emplace(leaf->id, AnswerValue());
  auto position = [](const auto& map, const std::string& id) {
    return static_cast<std::size_t>(map.find(id) - map.begin());
  };
  for (const Criterion* node : nodes) slots_.emplace_back(node, position(all_nodes, node->id));
  std::sort(slots_.begin(), slots_.end());
  for (const Criterion* leaf : leaves) {
    leaf_slot.push_back(position(all_nodes, leaf->id));
    leaf_answer_slot.push_back(position(all_leaves, leaf->id));
  }
  auto by_slot = [&](const NodeFigures& figures) {
    std::vector<double> out(all_nodes.size(), 0.0);
    for (std::size_t i = 0; i < all_nodes.size(); ++i)
      if (auto found = figures.find(all_nodes.nth(i).first); found != figures.end())
        out[i] = found->second;
    return out;
  };
  effective_at = by_slot(effective);
  relative_at = by_slot(relative);
  path_product_at = by_slot(path_product);
}

std::size_t Plan::slot(const Criterion& node) const {
  auto it =
      std::lower_bound(slots_.begin(), slots_.end(), &node,
                       [](const auto& entry, const Criterion* key) { return entry.first < key; });
  if (it != slots_.end() && it->first == &node) return it->second;
  // A node of another grid (a copy): found by its id, which must be the plan's.
  auto found = all_nodes.find(node.id);
  if (found == all_nodes.end()) throw std::logic_error("node '" + node.id + "' is not in the plan");
  return static_cast<std::size_t>(found - all_nodes.begin());
}

bool Plan::has_all_nodes(const NodeFigures& figures) const {
  if (figures.size() != all_nodes.size()) return false;
  for (std::size_t i = 0; i < figures.size(); ++i)
    if (!(figures.nth(i).first == all_nodes.nth(i).first)) return false;
  return true;
}

const AnswerValue& answer_of(const Plan& plan, const BidInput& input, std::size_t k) {
  return input.answers.nth(plan.leaf_answer_slot[k]).second;
}

BidInput read_bid(const Plan& plan, const Bid& bid) {
  BidInput input;
  input.bid = &bid;
  const Grid& grid = plan.grid;
  if (grid.cost) {
    input.cost = life_cycle_cost(*grid.cost, bid);
    if (input.cost && !std::isfinite(input.cost->total)) {
      // Answers near the largest number overflow the sum (found by fuzzing):
      // no cost rather than an infinite one that would rank.
      input.cost.reset();
      input.warnings.push_back(plan.messages.cost_overflow());
    }
    if (input.cost) {
      input.life_cycle_cost = input.cost->total;
      for (const CostLine& line : input.cost->lines)
        if (!line.answered)
          input.warnings.push_back(plan.messages.yearly_cost_missing(line.answer));
    }
  }
  const std::optional<double>* cost = grid.cost ? &input.life_cycle_cost : nullptr;
  input.answers = plan.all_leaves;
  for (std::size_t k = 0; k < plan.leaves.size(); ++k) {
    const Criterion& leaf = *plan.leaves[k];
    input.answers.nth(plan.leaf_answer_slot[k]).second =
        read_answer(bid, leaf.answer, leaf.panel, cost);
  }
  if (plan.price) {
    const AnswerValue& price = input.answers.at(plan.price->id);
    if (price.is_number()) input.price = price.number;
  }
  if (grid.cost) {
    AnswerValue purchase = read_answer(bid, grid.cost->purchase, Panel::mean);
    if (purchase.is_number()) input.purchase_price = purchase.number;
  } else {
    input.purchase_price = input.price;
  }
  return input;
}

std::map<std::string, Reference> compute_references(const Plan& plan,
                                                    const std::vector<const BidInput*>& bids) {
  std::map<std::string, Reference> out;
  for (std::size_t k = 0; k < plan.leaves.size(); ++k) {
    const Criterion* leaf = plan.leaves[k];
    if (!is_relative(leaf->rule.kind)) continue;
    std::optional<Reference> ref;
    for (const BidInput* input : bids) {
      const AnswerValue& answer = answer_of(plan, *input, k);
      if (!answer.is_number()) continue;
      double x = answer.number;
      if (!ref) {
        ref = Reference{x, x, input->bid->id, input->bid->id};
        continue;
      }
      if (x < ref->min) {
        ref->min = x;
        ref->min_bid = input->bid->id;
      }
      if (x > ref->max) {
        ref->max = x;
        ref->max_bid = input->bid->id;
      }
    }
    if (ref) out[leaf->id] = *ref;
  }
  return out;
}

BidScores score_bid(const Plan& plan, const BidInput& input,
                    const std::map<std::string, Reference>& references,
                    std::vector<std::string>& run_warnings) {
  BidScores out;
  out.warnings = input.warnings;
  out.scores = plan.all_nodes;
  for (std::size_t k = 0; k < plan.leaves.size(); ++k)
    out.scores.nth(plan.leaf_slot[k]).second =
        score_leaf(plan, *plan.leaves[k], answer_of(plan, input, k), references, out.warnings);
  for (const Criterion& node : plan.grid.criteria) score_node(plan, node, out);
  out.points = points_of(plan, out.scores);
  MethodResult method = method_total(plan, out.scores, input.price, run_warnings);
  out.total = method.total;
  out.quality_points = method.quality_points;
  return out;
}

}  // namespace aser
