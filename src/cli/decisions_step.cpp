#include "cli/decisions_step.hpp"

#include <algorithm>
#include <set>

#include "score/answers.hpp"

namespace aser {

namespace {

std::set<std::string> excluded_ids(const DecisionSet& decisions) {
  std::set<std::string> ids;
  for (const Decision& decision : decisions.decisions)
    if (decision.kind == DecisionKind::exclude) ids.insert(decision.bid);
  return ids;
}

std::string exclusion_reason(const Grid& grid, const Decision& decision) {
  if (grid.language == "fr")
    return "écartée par décision de la commission du " + decision.date + " : " + decision.reason;
  return "excluded by the committee's decision of " + decision.date + ": " + decision.reason;
}

// The purchase price as the reports show it (DESIGN section 10, JSON `price`).
std::optional<double> purchase_price(const Grid& grid, const Bid& bid) {
  std::string path = grid.cost ? grid.cost->purchase : "";
  if (path.empty())
    if (const Criterion* price = price_criterion(grid)) path = price->answer;
  if (path.empty() || path == "cost") return std::nullopt;
  AnswerValue value = read_answer(bid, path, Panel::mean);
  return value.is_number() ? std::optional(value.number) : std::nullopt;
}

BidResult excluded_result(const Grid& grid, const Bid& bid, const DecisionSet& decisions) {
  BidResult result;
  result.id = bid.id;
  result.supplier = bid.supplier;
  result.lot = bid.lot;
  result.status = Status::excluded;
  result.price = purchase_price(grid, bid);
  result.cost = grid.cost ? std::nullopt : result.price;
  for (const Decision& decision : decisions.decisions)
    if (decision.bid == bid.id && decision.kind == DecisionKind::exclude)
      result.reasons.push_back(exclusion_reason(grid, decision));
  result.file = bid.file;
  result.sha256 = bid.sha256;
  return result;
}

// Ranked bids first, then excluded by id, then invalid (the order of evaluate).
void insert_excluded(LotResult& lot, BidResult result) {
  auto at = std::find_if(lot.bids.begin(), lot.bids.end(), [&](const BidResult& other) {
    return other.status == Status::invalid ||
           (other.status == Status::excluded && other.id > result.id);
  });
  lot.bids.insert(at, std::move(result));
}

LotResult& lot_of(Evaluation& evaluation, const Grid& grid, const std::optional<std::string>& lot) {
  auto at = std::find_if(evaluation.lots.begin(), evaluation.lots.end(),
                         [&](const LotResult& l) { return l.lot == lot; });
  if (at != evaluation.lots.end()) return *at;
  // Lot null first, then by lot text.
  at = !lot ? evaluation.lots.begin()
            : std::find_if(evaluation.lots.begin(), evaluation.lots.end(),
                           [&](const LotResult& l) { return l.lot && *l.lot > *lot; });
  LotResult fresh;
  fresh.lot = lot;
  for (const Lot& declared : grid.lots)
    if (lot && declared.id == *lot) fresh.name = declared.name;
  return *evaluation.lots.insert(at, std::move(fresh));
}

}  // namespace

void apply_corrections(std::vector<Bid>& bids, const DecisionSet& decisions) {
  for (const Decision& decision : decisions.decisions) {
    if (decision.kind != DecisionKind::correct) continue;
    for (Bid& bid : bids) {
      if (bid.id != decision.bid) continue;
      auto answer = bid.answers.find(decision.answer);
      if (answer == bid.answers.end()) continue;  // the loader checked it is there
      answer->second.number = decision.value;
      answer->second.text = decision.value_text;
    }
  }
}

std::vector<Bid> take_excluded(std::vector<Bid>& bids, const DecisionSet& decisions) {
  const std::set<std::string> ids = excluded_ids(decisions);
  std::vector<Bid> taken;
  std::vector<Bid> kept;
  for (Bid& bid : bids) (ids.count(bid.id) ? taken : kept).push_back(std::move(bid));
  bids = std::move(kept);
  return taken;
}

void record_decisions(Evaluation& evaluation, const Grid& grid, const std::vector<Bid>& excluded,
                      const DecisionSet& decisions) {
  for (const Bid& bid : excluded)
    insert_excluded(lot_of(evaluation, grid, bid.lot), excluded_result(grid, bid, decisions));
  for (LotResult& lot : evaluation.lots)
    for (BidResult& bid : lot.bids)
      for (const Decision& decision : decisions.decisions)
        if (decision.bid == bid.id) bid.decisions.push_back(decision);
}

}  // namespace aser
