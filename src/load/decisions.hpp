// decisions.yaml -> the committee's decisions (docs/decisions.md), checked
// against the bids of the run: every problem with its file:line:col.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "load/bid_loader.hpp"
#include "load/document.hpp"
#include "model/decision.hpp"
#include "model/diagnostic.hpp"

namespace aser {

struct DecisionsLoad {
  std::optional<DecisionSet> decisions;  ///< set when the file has no error
  Diagnostics diagnostics;
};

/// Parses `text` (named `display_name`) and checks each decision against
/// `bids`: a bid id that no bid has (with a did-you-mean), a correction of an
/// answer the bid does not give as a number, an exclusion and an acceptance
/// of the same bid, two corrections of one answer.
DecisionsLoad load_decisions(std::string_view text, const std::string& display_name,
                             const BidSet& bids, const Limits& limits = {});

}  // namespace aser
