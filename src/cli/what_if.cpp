// --weight and --lot, shared by `rank` and `explain`.
#include "cli/what_if.hpp"

#include <cmath>
#include <set>

#include "score/evaluate.hpp"

namespace aser {

// Applies --weight ID=W in order; returns "" or a usage error.
std::string apply_weights(Grid& grid, const std::vector<std::string>& weights) {
  for (const std::string& assignment : weights) {
    auto equals = assignment.find('=');
    if (equals == std::string::npos || equals == 0)
      return "--weight expects ID=WEIGHT, got '" + assignment + "'";
    std::string id = assignment.substr(0, equals);
    std::string text = assignment.substr(equals + 1);
    double weight = 0;
    std::size_t used = 0;
    try {
      weight = std::stod(text, &used);
    } catch (const std::exception&) {
      used = 0;
    }
    if (used == 0 || used != text.size() || !std::isfinite(weight))
      return "--weight " + id + " expects a number, got '" + text + "'";
    if (auto error = set_weight(grid, id, weight)) return "--weight: " + *error;
  }
  return {};
}

// Keeps the bids of one lot. An invalid bid whose lot could not be read stays
// listed: it may belong to this lot, and no bid given is ever dropped unseen.
std::string keep_lot(BidSet& set, const std::string& lot) {
  std::set<std::string> lots;
  std::vector<Bid> kept;
  for (Bid& bid : set.bids) {
    lots.insert(bid.lot ? *bid.lot : "(none)");
    if (bid.lot && *bid.lot == lot) kept.push_back(std::move(bid));
  }
  if (kept.empty()) {
    std::string known;
    for (const std::string& name : lots) known += (known.empty() ? "" : ", ") + name;
    return "no bid is in lot '" + lot + "'; the bids' lots are: " + known;
  }
  set.bids = std::move(kept);
  std::erase_if(set.invalid, [&](const InvalidBid& bid) { return bid.lot && *bid.lot != lot; });
  return {};
}

}  // namespace aser
