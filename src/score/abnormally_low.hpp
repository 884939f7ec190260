// Abnormally-low prices (DESIGN section 4): flags, never exclusions — the
// buyer must first ask the bidder to explain. Computed over the bids still in
// competition in the lot after every exclusion.
#pragma once

#include <map>
#include <string>
#include <vector>

#include "model/grid.hpp"

namespace aser {

struct PricedBid {
  std::string id;
  double price = 0;
};

/// Flags ("abnormally_low:<test>") by bid id, tests in the order of DESIGN
/// section 4. With fewer than three bids only below_estimate_pct applies.
/// "Below" is strict: a price at the threshold (within 1e-9) is not flagged.
std::map<std::string, std::vector<std::string>> abnormally_low_flags(
    const AbnormallyLow& checks, const std::vector<PricedBid>& bids);

}  // namespace aser
