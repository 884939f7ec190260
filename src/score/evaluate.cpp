// The scoring pipeline (DESIGN sections 3, 4 and 10), lot by lot:
//   1. read every bid's answers once (and its life-cycle cost);
//   2. bids failing a requirement on an answer (or missing: exclude) leave;
//   3. rounds: score over the bids in competition, then every bid failing a
//      requirement on a score (or with no quality points under
//      price_per_point) leaves together, and the lot is scored again;
//   4. abnormally-low flags over the bids left;
//   5. ranks; excluded bids after the ranked ones, invalid bids last.
#include "score/evaluate.hpp"

#include <algorithm>

#include "model/catalogue.hpp"
#include "score/abnormally_low.hpp"
#include "score/methods.hpp"
#include "score/ranking.hpp"
#include "score/requirements.hpp"
#include "score/scoring.hpp"
#include "support/parallel.hpp"

namespace aser {
namespace {

struct Entry {
  BidInput input;
  bool in_competition = true;
  std::vector<std::string> reasons;
  std::optional<BidScores> scores;  ///< of the last round the bid took part in
};

void add_unique(std::vector<std::string>& to, const std::vector<std::string>& from) {
  for (const std::string& item : from)
    if (std::find(to.begin(), to.end(), item) == to.end()) to.push_back(item);
}

std::vector<const BidInput*> in_competition(const std::vector<Entry>& entries) {
  std::vector<const BidInput*> out;
  for (const Entry& entry : entries)
    if (entry.in_competition) out.push_back(&entry.input);
  return out;
}

// "file:line:col: message", the message in the report's language.
std::string located(const Diagnostic& d, Language language) {
  std::string text = d.file.empty() ? "" : d.file;
  if (d.pos.known()) {
    text += ":" + std::to_string(d.pos.line);
    if (d.pos.column > 0) text += ":" + std::to_string(d.pos.column);
  }
  const std::string message = translate(d.message, language);
  return text.empty() ? message : text + ": " + message;
}

// Takes the entry's scores: the entries are dropped right after (copying the
// maps of 10,000 bids was 12 MB of the peak).
BidResult result_of(const Plan& plan, Entry& entry) {
  const Bid& bid = *entry.input.bid;
  BidResult r;
  r.id = bid.id;
  r.supplier = bid.supplier;
  r.lot = bid.lot;
  r.file = bid.file;
  r.sha256 = bid.sha256;
  r.status = entry.in_competition ? Status::ranked : Status::excluded;
  r.price = entry.input.purchase_price;
  r.cost = plan.grid.cost ? entry.input.life_cycle_cost : entry.input.purchase_price;
  r.reasons = std::move(entry.reasons);
  if (entry.scores) {
    r.scores = std::move(entry.scores->scores);
    r.points = std::move(entry.scores->points);
    r.total = entry.scores->total;
    r.quality_points = entry.scores->quality_points;
    r.warnings = std::move(entry.scores->warnings);
  } else {
    r.warnings = std::move(entry.input.warnings);
  }
  // Found by the loader (a likely typo of an answer path): first, as it often
  // explains the rest ("not answered").
  std::vector<std::string> found;
  for (const Diagnostic& d : bid.warnings)
    found.push_back(located(d, language_of(plan.grid.language)));
  r.warnings.insert(r.warnings.begin(), found.begin(), found.end());
  return r;
}

LotResult evaluate_lot(const Plan& plan, const std::optional<std::string>& lot,
                       const std::vector<const Bid*>& bids, std::vector<std::string>& warnings,
                       unsigned threads) {
  // 1. Read every bid once. 2. Requirements on answers: these bids never
  //    enter the scoring. (Bid by bid, on every core for a large lot.)
  std::vector<Entry> entries(bids.size());
  parallel_for(bids.size(), threads, [&](std::size_t i) {
    Entry& entry = entries[i];
    entry.input = read_bid(plan, *bids[i]);
    entry.reasons = answer_failures(plan, entry.input);
    entry.in_competition = entry.reasons.empty();
  });

  // 3. Rounds of scoring and exclusions on scores, until nobody leaves.
  std::map<std::string, Reference> references;
  std::vector<std::string> method_warnings;
  // Each bid's method warnings apart, merged in the bids' order: the same
  // list whatever the number of threads.
  std::vector<std::vector<std::string>> bid_warnings(entries.size());
  std::vector<std::vector<std::string>> failures(entries.size());
  for (bool again = true; again;) {
    references = compute_references(plan, in_competition(entries));
    parallel_for(entries.size(), threads, [&](std::size_t i) {
      Entry& entry = entries[i];
      if (!entry.in_competition) return;
      entry.scores = score_bid(plan, entry.input, references, bid_warnings[i]);
      failures[i] = score_failures(plan, *entry.scores);
    });
    again = false;
    for (std::size_t i = 0; i < entries.size(); ++i) {
      add_unique(method_warnings, bid_warnings[i]);
      bid_warnings[i].clear();
      Entry& entry = entries[i];
      if (!entry.in_competition || failures[i].empty()) continue;
      entry.reasons = std::move(failures[i]);
      failures[i].clear();
      entry.in_competition = false;  // leaves with the others of this round
      again = true;
    }
  }
  add_unique(warnings, method_warnings);

  // 4. Abnormally-low prices, over the bids left in competition.
  std::vector<PricedBid> priced;
  priced.reserve(entries.size());
  for (const Entry& entry : entries)
    if (entry.in_competition && entry.input.price)
      priced.push_back(PricedBid{entry.input.bid->id, *entry.input.price});
  auto flags = abnormally_low_flags(plan.grid.abnormally_low, priced);

  // 5. Ranks, then the excluded bids by id. The answers are not read again:
  // their memory goes back before the results take theirs (both at once were
  // the peak of a 10,000-bid run). Exact sizes: no vector grows twice its size.
  std::size_t excluded_count = 0;
  for (Entry& entry : entries) {
    entry.input.answers = {};
    if (!entry.in_competition) ++excluded_count;
  }
  std::vector<BidResult> ranked, excluded;
  ranked.reserve(entries.size());  // the excluded follow in the same vector
  excluded.reserve(excluded_count);
  for (Entry& entry : entries) {
    BidResult result = result_of(plan, entry);
    if (result.status == Status::ranked) {
      if (auto found = flags.find(result.id); found != flags.end()) result.flags = found->second;
      ranked.push_back(std::move(result));
    } else {
      excluded.push_back(std::move(result));
    }
  }
  rank_bids(ranked, better_of(plan.grid.method.kind), plan.grid.tie_break, lot.value_or(""),
            plan.messages, warnings);

  LotResult out;
  out.lot = lot;
  out.bids = std::move(ranked);
  for (BidResult& result : excluded) out.bids.push_back(std::move(result));
  out.references = std::move(references);
  return out;
}

// The loader's problems, in the report's language (they are written in English).
BidResult invalid_result(const InvalidBid& bid, Language language) {
  BidResult r;
  r.id = bid.id;
  r.supplier = bid.supplier;
  r.lot = bid.lot;
  r.status = Status::invalid;
  r.file = bid.file;
  r.sha256 = bid.sha256;
  for (const Diagnostic& d : bid.problems)
    (d.severity == Severity::error ? r.reasons : r.warnings).push_back(located(d, language));
  return r;
}

// Declared lots in the grid's order; a lot the grid does not declare (only
// invalid bids are there) after them.
std::size_t lot_order(const Grid& grid, const std::optional<std::string>& lot) {
  for (std::size_t i = 0; i < grid.lots.size(); ++i)
    if (lot && grid.lots[i].id == *lot) return i;
  return grid.lots.size();
}

}  // namespace

Grid grid_of_lot(const Grid& grid, const Lot& lot) {
  Grid out = grid;
  for (const auto& [id, weight] : lot.weights)
    if (Criterion* node = find_node(out, id)) node->weight = weight;
  if (lot.estimate) out.abnormally_low.estimate = lot.estimate;
  return out;
}

Grid grid_in_lot(const Grid& grid, const std::optional<std::string>& lot) {
  const Lot* declared = lot ? find_lot(grid, *lot) : nullptr;
  return declared ? grid_of_lot(grid, *declared) : grid;
}

Evaluation evaluate(const Grid& grid, const std::vector<Bid>& bids,
                    const std::vector<InvalidBid>& invalid, unsigned threads) {
  const Plan plan(grid);
  Evaluation out;
  out.better = better_of(grid.method.kind);
  out.weights = {plan.effective.begin(), plan.effective.end()};

  // The input order must not matter: bids by id (then file), lots by text.
  std::vector<const Bid*> sorted;
  for (const Bid& bid : bids) sorted.push_back(&bid);
  std::sort(sorted.begin(), sorted.end(), [](const Bid* a, const Bid* b) {
    return a->id != b->id ? a->id < b->id : a->file < b->file;
  });
  std::map<std::optional<std::string>, std::vector<const Bid*>> lots;  // null first
  for (const Bid* bid : sorted) lots[bid->lot].push_back(bid);
  // Invalid bids are listed in their lot when it could be read, else in lot null.
  for (const InvalidBid& bid : invalid) lots[bid.lot];

  // Declared lots (grid.lots) come in the grid's order, with their name,
  // weights and estimate; bids whose lot is not declared are invalid, listed
  // without a lot, last.
  std::vector<std::pair<std::optional<std::string>, std::vector<const Bid*>>> ordered(lots.begin(),
                                                                                      lots.end());
  if (!grid.lots.empty())
    std::stable_sort(ordered.begin(), ordered.end(), [&](const auto& a, const auto& b) {
      return lot_order(grid, a.first) < lot_order(grid, b.first);
    });
  for (const auto& [lot, lot_bids] : ordered) {
    const Lot* declared = lot ? find_lot(grid, *lot) : nullptr;
    if (!declared || (declared->weights.empty() && !declared->estimate)) {
      out.lots.push_back(evaluate_lot(plan, lot, lot_bids, out.warnings, threads));
    } else {
      const Grid lot_grid = grid_of_lot(grid, *declared);
      const Plan lot_plan(lot_grid);
      out.lots.push_back(evaluate_lot(lot_plan, lot, lot_bids, out.warnings, threads));
      if (!declared->weights.empty())
        out.lots.back().weights = {lot_plan.effective.begin(), lot_plan.effective.end()};
    }
    if (declared) out.lots.back().name = declared->name;
  }

  std::vector<BidResult> invalid_results;
  for (const InvalidBid& bid : invalid)
    invalid_results.push_back(invalid_result(bid, language_of(grid.language)));
  std::sort(invalid_results.begin(), invalid_results.end(),
            [](const BidResult& a, const BidResult& b) {
              return a.id != b.id ? a.id < b.id : a.file < b.file;
            });
  for (BidResult& result : invalid_results)
    for (LotResult& lot : out.lots)
      if (lot.lot == result.lot) {
        lot.bids.push_back(std::move(result));
        break;
      }
  return out;
}

}  // namespace aser
