#include "analyze/reversal.hpp"

#include <map>

#include "score/evaluate.hpp"

namespace aser {

bool has_relative_rule(const Grid& grid) {
  for (const Criterion* leaf : leaves(grid))
    if (is_relative(leaf->rule.kind)) return true;
  return false;
}

namespace {

struct Placed {
  int rank = 0;
  double total = 0;
};

std::map<std::string, Placed> ranked_of(const LotResult& lot) {
  std::map<std::string, Placed> out;
  for (const BidResult& bid : lot.bids)
    if (bid.status == Status::ranked && bid.rank) out[bid.id] = Placed{*bid.rank, bid.total};
  return out;
}

std::optional<std::string> unique_winner(const LotResult& lot) {
  std::optional<std::string> winner;
  for (const BidResult& bid : lot.bids) {
    if (bid.status != Status::ranked || bid.rank != 1) continue;
    if (winner) return std::nullopt;  // a shared rank 1
    winner = bid.id;
  }
  return winner;
}

}  // namespace

Reversal rank_reversal(const Grid& grid, const LotResult& lot, const std::vector<Bid>& bids) {
  Reversal out;
  out.relative = has_relative_rule(grid);

  // The lot's bids, copied once; each removal moves one out and back
  // (evaluate sorts the bids itself, so their order here does not matter).
  std::vector<Bid> rest;
  for (const Bid& bid : bids)
    if (bid.lot == lot.lot) rest.push_back(bid);

  for (const BidResult& removed : lot.bids) {
    if (removed.status == Status::invalid) continue;
    std::size_t at = 0;
    while (at < rest.size() && rest[at].id != removed.id) ++at;
    if (at == rest.size()) continue;  // not among the bids given
    std::swap(rest[at], rest.back());
    Bid held = std::move(rest.back());
    rest.pop_back();

    Removal removal;
    removal.removed = removed.id;
    Evaluation after = evaluate(grid, rest);
    rest.push_back(std::move(held));
    std::swap(rest[at], rest.back());
    std::map<std::string, Placed> now;
    if (!after.lots.empty()) {
      now = ranked_of(after.lots.front());
      removal.winner = unique_winner(after.lots.front());
    }
    // Bids whose exclusion changed, in the report's order.
    for (const BidResult& bid : lot.bids) {
      if (bid.id == removed.id || bid.status == Status::invalid) continue;
      const bool ranked_now = now.count(bid.id) > 0;
      if (bid.status == Status::excluded && ranked_now) removal.readmitted.push_back(bid.id);
      if (bid.status == Status::ranked && !ranked_now) removal.excluded_after.push_back(bid.id);
    }
    // Pairs in the report's order of the first run: a before b.
    for (std::size_t i = 0; i < lot.bids.size(); ++i) {
      const BidResult& a = lot.bids[i];
      if (a.status != Status::ranked || !a.rank) continue;
      auto a_now = now.find(a.id);
      if (a_now == now.end()) continue;
      for (std::size_t j = i + 1; j < lot.bids.size(); ++j) {
        const BidResult& b = lot.bids[j];
        if (b.status != Status::ranked || !b.rank || !(*a.rank < *b.rank)) continue;
        auto b_now = now.find(b.id);
        if (b_now == now.end() || !(b_now->second.rank < a_now->second.rank)) continue;
        removal.flips.push_back(
            Flip{{a.id, b.id}, {a.total, b.total}, {a_now->second.total, b_now->second.total}});
      }
    }
    out.removals.push_back(std::move(removal));
  }
  return out;
}

}  // namespace aser
