// --weight and --lot, shared by `rank` and `explain`.
#include "cli/what_if.hpp"

#include <cmath>
#include <cstdio>
#include <map>
#include <set>

#include "score/evaluate.hpp"
#include "score/numbers.hpp"

namespace aser {

namespace {

// "60" for 0.6, "33.3" for 1/3: a share as the what-if line shows it.
std::string percent(double share) {
  char text[32];
  std::snprintf(text, sizeof text, "%.1f", share * 100);
  std::string out = text;
  if (out.size() > 2 && out.compare(out.size() - 2, 2, ".0") == 0) out.resize(out.size() - 2);
  return out + "%";
}

// --weight ID=P%: the top-level node ID takes P % of the whole; its siblings
// keep their proportions among themselves (their raw weights are unchanged,
// ID's raw weight becomes P/(100 − P) × theirs).
std::string set_share(Grid& grid, const std::string& id, double percent_value) {
  if (grid.method.kind == Method::fictitious_price || grid.method.kind == Method::adjusted_price)
    return "--weight " + id + "=" + format_number(percent_value) + "%: under " +
           method_name(grid.method.kind) +
           " weights are not shares of a whole; give the weight itself (ID=W)";
  if (!(percent_value > 0 && percent_value < 100))
    return "--weight " + id + "=P% expects a share above 0 and below 100, got " +
           format_number(percent_value) + "%";
  double others = 0;
  Criterion* node = nullptr;
  for (Criterion& top : grid.criteria) {
    if (top.id == id)
      node = &top;
    else
      others += top.weight;
  }
  if (node == nullptr) {
    if (find_node(grid, id) != nullptr)
      return "--weight " + id +
             "=P% sets a share of the whole for a top-level group or "
             "criterion; '" +
             id + "' is inside a group: give its relative weight (ID=W)";
    if (auto error = set_weight(grid, id, 1)) return "--weight: " + *error;  // unknown id
  }
  if (others <= 0) return "--weight " + id + "=P%: '" + id + "' has no sibling to share with";
  if (auto error = set_weight(grid, id, percent_value / (100 - percent_value) * others))
    return "--weight: " + *error;
  return {};
}

}  // namespace

std::string effective_weights_line(const Grid& grid) {
  const std::map<std::string, double> shares = effective_weights(grid);
  std::string line;
  for (const Criterion& top : grid.criteria) {
    auto it = shares.find(top.id);
    line +=
        (line.empty() ? "" : ", ") + top.id + " " + percent(it == shares.end() ? 0 : it->second);
  }
  return line;
}

// Applies --weight ID=W and ID=P% in order; returns "" or a usage error.
std::string apply_weights(Grid& grid, const std::vector<std::string>& weights) {
  for (const std::string& assignment : weights) {
    auto equals = assignment.find('=');
    if (equals == std::string::npos || equals == 0)
      return "--weight expects ID=WEIGHT, got '" + assignment + "'";
    std::string id = assignment.substr(0, equals);
    std::string text = assignment.substr(equals + 1);
    const bool share = !text.empty() && text.back() == '%';
    if (share) text.pop_back();
    double weight = 0;
    std::size_t used = 0;
    try {
      weight = std::stod(text, &used);
    } catch (const std::exception&) {
      used = 0;
    }
    if (used == 0 || used != text.size() || !std::isfinite(weight))
      return "--weight " + id + " expects a number, got '" + text + (share ? "%'" : "'");
    if (share) {
      if (std::string error = set_share(grid, id, weight); !error.empty()) return error;
    } else if (auto error = set_weight(grid, id, weight)) {
      return "--weight: " + *error;
    }
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
