// Scoring one bid in one round: every leaf by its rule (relative rules
// against the lot's references), every group as the weighted mean of its
// children, points, and the method's total. The answers are read once per
// bid (BidInput); only the references change from round to round.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "model/bid.hpp"
#include "model/evaluation.hpp"
#include "model/grid.hpp"
#include "score/answers.hpp"
#include "score/cost.hpp"
#include "score/messages.hpp"

namespace aser {

/// What the grid fixes once for every bid: leaves, weights, the price leaf.
struct Plan {
  explicit Plan(const Grid& grid);

  const Grid& grid;
  Messages messages;
  std::vector<const Criterion*> leaves;  ///< grid order
  std::vector<const Criterion*> nodes;   ///< grid order, parents first
  // By id, for the reports and maps of other shapes; the scoring reads the
  // same figures by slot (effective_at, path_product_at below).
  NodeFigures effective;             ///< share of the whole by node id
  NodeFigures path_product;          ///< by leaf id
  const Criterion* price = nullptr;  ///< the top-level criterion `price`

  // Every bid's scores hold every node id, and its answers every leaf id: the
  // maps are made from these, and read and written by position (their
  // "slot"), not searched by id. Ten lookups of string keys per node and per
  // bid were a third of the scoring (docs/design-notes.md, "The third pass").
  NodeFigures all_nodes;                      ///< every node id, in key order, 0
  FlatMap<Name, AnswerValue> all_leaves;      ///< every leaf id, in key order, absent
  std::vector<std::size_t> leaf_slot;         ///< of leaves[i] in all_nodes
  std::vector<std::size_t> leaf_answer_slot;  ///< of leaves[i] in all_leaves
  std::vector<double> effective_at;           ///< by slot of all_nodes
  std::vector<double> relative_at;            ///< by slot of all_nodes
  std::vector<double> path_product_at;        ///< by slot of all_nodes (0 for groups)
  /// The slot of `node` in all_nodes.
  std::size_t slot(const Criterion& node) const;
  /// Whether `figures` has exactly all_nodes' keys (so that its slots are all_nodes').
  bool has_all_nodes(const NodeFigures& figures) const;

 private:
  std::vector<std::pair<const Criterion*, std::size_t>> slots_;  // by address
};

/// One bid's answers, read once.
struct BidInput {
  const Bid* bid = nullptr;
  std::optional<CostBreakdown> cost;      ///< when the grid has a `cost` section
  std::optional<double> life_cycle_cost;  ///< cost->total
  FlatMap<Name, AnswerValue> answers;     ///< by leaf id
  std::optional<double> price;            ///< what the methods read: the price leaf's number
  std::optional<double> purchase_price;   ///< BidResult.price
  std::vector<std::string> warnings;      ///< from reading (yearly costs not answered)
};

/// A bid's answers as the scorer reads them; `answers` has the layout of
/// plan.all_leaves (answer_of reads it by position).
BidInput read_bid(const Plan& plan, const Bid& bid);

/// The answer of plan.leaves[k] in `input` (made by read_bid).
const AnswerValue& answer_of(const Plan& plan, const BidInput& input, std::size_t k);

/// The reference values of each relative leaf over the given bids (those in
/// competition); bids whose answer is not a number take no part. The min_bid
/// and max_bid are the first by id on ties (bids must come sorted by id).
std::map<std::string, Reference> compute_references(const Plan& plan,
                                                    const std::vector<const BidInput*>& bids);

struct BidScores {
  NodeFigures scores;                    ///< every node id
  NodeFigures points;                    ///< see points_of()
  double total = 0;                      ///< the method's figure
  std::optional<double> quality_points;  ///< price_per_point
  std::vector<std::string> warnings;     ///< missing or wrong answers, in grid order
};

/// Points of every node, in the method's terms:
/// - weighted_sum: score × effective weight × scale (they add up to the total);
/// - price_per_point: the same with the weights normalised among every node but
///   price, so the top-level points add up to the quality points; price has none;
/// - adjusted_price: coefficient × score, the node's part of V; price has none;
/// - fictitious_price: value × score, the money taken off the price; price has none.
/// A group's points are the sum of its children's.
NodeFigures points_of(const Plan& plan, const NodeFigures& scores);

/// Scores one bid against the references; run-level warnings (the
/// adjusted_price cap) go to `run_warnings`.
BidScores score_bid(const Plan& plan, const BidInput& input,
                    const std::map<std::string, Reference>& references,
                    std::vector<std::string>& run_warnings);

}  // namespace aser
