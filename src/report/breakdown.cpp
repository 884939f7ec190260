// One bid's breakdown, computed once for every renderer. The figures come from
// the evaluation (scores, points, totals, references); what the evaluation
// does not keep — the answers as written, the rule's working, the cost year
// by year, each requirement's outcome — is read again from the bids with the
// scorer's own functions, so that the words can never disagree with the ranking.
#include "report/breakdown.hpp"

#include <algorithm>
#include <functional>
#include <map>

#include "report/breakdown_parts.hpp"
#include "report/facts.hpp"
#include "report/labels.hpp"
#include "score/answers.hpp"
#include "score/evaluate.hpp"
#include "score/requirements.hpp"
#include "score/rules.hpp"
#include "score/scoring.hpp"

namespace aser::report {

namespace {

using namespace breakdown_parts;

// What the lot knows once: the plan, the bids by id, and for each bid that
// left on a score requirement the references of the round it left in.
struct LotContext {
  int ranked = 0;  ///< ranked bids come first in LotResult::bids, by rank
  std::map<std::string, const Bid*> bids;
  std::map<std::string, std::map<std::string, Reference>> at_exclusion;
};

// `only`: the one bid a caller asks about (breakdown_of): then the work is
// for that bid alone — the report's other renderers may call it once per bid.
LotContext context_of(const Plan& plan, const LotResult& lot, const std::vector<Bid>* bids,
                      const BidResult* only = nullptr) {
  LotContext out;
  for (const BidResult& result : lot.bids)
    if (result.status == Status::ranked) ++out.ranked;
  if (!bids) return out;
  bool replay = false;
  if (only) {
    for (const Bid& bid : *bids)
      if (bid.lot == lot.lot && bid.id == only->id) {
        out.bids.emplace(bid.id, &bid);
        break;
      }
    replay = only->status == Status::excluded && !only->scores.empty();
  } else {
    for (const BidResult& result : lot.bids)
      replay = replay || (result.status == Status::excluded && !result.scores.empty());
  }
  if (only && !replay) return out;
  std::vector<const Bid*> mine;
  for (const Bid& bid : *bids)
    if (bid.lot == lot.lot) mine.push_back(&bid);
  // The scorer's order: by id, then file.
  std::sort(mine.begin(), mine.end(), [](const Bid* a, const Bid* b) {
    return a->id != b->id ? a->id < b->id : a->file < b->file;
  });
  if (!only)
    for (const Bid* bid : mine) out.bids.emplace(bid->id, bid);
  if (!replay) return out;

  // Replays the exclusion rounds of score/evaluate.cpp to know which bids were
  // in competition when a bid left.
  std::vector<BidInput> inputs;
  for (const Bid* bid : mine) inputs.push_back(read_bid(plan, *bid));
  std::vector<bool> in(inputs.size());
  for (std::size_t i = 0; i < inputs.size(); ++i) in[i] = answer_failures(plan, inputs[i]).empty();
  std::vector<std::string> ignored;
  for (bool again = true; again;) {
    std::vector<const BidInput*> competing;
    for (std::size_t i = 0; i < inputs.size(); ++i)
      if (in[i]) competing.push_back(&inputs[i]);
    std::map<std::string, Reference> references = compute_references(plan, competing);
    std::vector<std::size_t> leaving;
    for (std::size_t i = 0; i < inputs.size(); ++i)
      if (in[i] && !score_failures(plan, score_bid(plan, inputs[i], references, ignored)).empty())
        leaving.push_back(i);
    for (std::size_t i : leaving) {
      in[i] = false;
      out.at_exclusion[inputs[i].bid->id] = references;
    }
    again = !leaving.empty();
  }
  return out;
}

// `grid` is the report's grid (the nodes the breakdown points at); `plan` is
// that of the grid as it applies in the lot (grid_in_lot): its weights and
// estimate are the ones the lot was scored with.
BidBreakdown build(const Grid& grid, const Plan& plan, const LotResult& lot,
                   const BidResult& result, const LotContext& context) {
  const Words w{labels_for(grid.language), grid.language == "fr",
                grid.method.kind == Method::adjusted_price ? 4 : 2};
  BidBreakdown out;
  out.result = &result;
  out.id = result.id;
  out.supplier = result.supplier;
  out.file = result.file;
  out.sha256 = result.sha256;
  out.lot = lot.lot;
  out.status = result.status;
  out.rank = result.status == Status::ranked ? result.rank : std::nullopt;
  out.total = result.total;
  out.total_text = total_text(grid, w.labels, result);
  out.price = result.price;
  out.cost_total = grid.cost ? result.cost : std::nullopt;
  out.quality_points = result.quality_points;
  out.ranked_count = context.ranked;
  for (const std::string& flag : result.flags)
    out.flags.push_back(flag_text(w.labels, grid, flag, lot.lot));
  out.reasons = result.reasons;
  out.warnings = result.warnings;

  const Bid* bid = nullptr;
  if (result.status != Status::invalid) {
    auto found = context.bids.find(result.id);
    if (found != context.bids.end()) bid = found->second;
  }
  out.answers_known = bid != nullptr;
  std::optional<CostBreakdown> cost;
  if (bid && grid.cost) cost = life_cycle_cost(*grid.cost, *bid);

  // The references this bid was scored against.
  const std::map<std::string, Reference>* references = &lot.references;
  bool at_exclusion = false;
  if (result.status == Status::excluded) {
    auto found = context.at_exclusion.find(result.id);
    references = found == context.at_exclusion.end() ? nullptr : &found->second;
    at_exclusion = references != nullptr;
  }

  if (result.status != Status::invalid) {
    for (const NodeAt& at : nodes_with_depth(grid)) {
      const Criterion& node = *at.node;
      NodeBreakdown n;
      n.node = &node;
      n.id = node.id;
      n.label = node.display_label();
      n.depth = at.depth;
      n.group = node.group;
      n.weight = find_node(plan.grid, node.id)->weight;
      n.effective_weight = plan.effective.at(node.id);
      if (auto it = result.scores.find(node.id); it != result.scores.end()) n.score = it->second;
      if (auto it = result.points.find(node.id); it != result.points.end()) n.points = it->second;
      n.points_factor = points_factor(plan, node);
      n.points_working = points_working(grid, n, result, w);
      if (node.group) {
        if (n.score)
          n.subtotal = w("note ", "score ") + score_text(*n.score, w) +
                       (n.points ? ", " + n.points_working + " " + w.labels.points_word : "");
      } else {
        n.rule = rule_words(node.rule, w);
        n.evidence_asked = node.evidence;
        if (bid) {
          n.answer = read_for(grid, node, *bid, cost, w);
          if (auto it = bid->evidence.find(node.answer); it != bid->evidence.end())
            n.evidence_given = it->second;
        } else {
          n.answer.path = node.answer;
        }
        if (is_relative(node.rule.kind) && references)
          if (auto it = references->find(node.id); it != references->end())
            n.reference = reference_of(grid, node, it->second, at_exclusion, w);
        if (bid && n.score)
          n.working = working_of(grid, node, n.answer, n.reference, *n.score, w, *bid);
      }
      out.nodes.push_back(std::move(n));
    }
    out.total_line = total_line(grid, plan, result, w);
    out.cost = cost_of(grid, cost, w);
    for (const Requirement& r : grid.requirements)
      out.requirements.push_back(check_of(grid, r, result, bid, cost, w));
    if (bid)
      for (const auto& [path, text] : bid->evidence) out.evidence.emplace_back(path, text);
  }

  // Neighbours in O(1): ranked bids are the first `ranked` of the lot, by rank.
  if (result.status == Status::ranked && !lot.bids.empty()) {
    const BidResult* first = lot.bids.data();
    const BidResult* end = first + lot.bids.size();
    std::ptrdiff_t i = 0;
    // std::less orders any two pointers; a bid that is not the lot's own is found by id.
    if (!std::less<const BidResult*>()(&result, first) &&
        std::less<const BidResult*>()(&result, end))
      i = &result - first;
    else
      while (i < end - first && first[i].id != result.id) ++i;
    if (i > 0 && i < context.ranked) out.above = neighbour(grid, result, &lot.bids[i - 1], w);
    if (i + 1 < context.ranked) out.below = neighbour(grid, result, &lot.bids[i + 1], w);
  }
  return out;
}

}  // namespace

BidBreakdown breakdown_of(const Grid& grid, const LotResult& lot, const BidResult& bid,
                          const std::vector<Bid>* bids) {
  const Grid in_lot = grid_in_lot(grid, lot.lot);
  const Plan plan(in_lot);
  return build(grid, plan, lot, bid, context_of(plan, lot, bids, &bid));
}

std::vector<BidBreakdown> breakdowns(const Grid& grid, const Evaluation& evaluation,
                                     const std::vector<Bid>* bids) {
  std::vector<BidBreakdown> out;
  for (const LotResult& lot : evaluation.lots) {
    const Grid in_lot = grid_in_lot(grid, lot.lot);
    const Plan plan(in_lot);
    LotContext context = context_of(plan, lot, bids);
    for (const BidResult& bid : lot.bids) out.push_back(build(grid, plan, lot, bid, context));
  }
  return out;
}

}  // namespace aser::report
