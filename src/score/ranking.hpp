// Ranks (DESIGN section 10): competition ranks 1, 1, 3 on the method's total,
// equal within 1e-9 (relative); tie_break keys then separate equal totals;
// bids still tied share a rank, are listed by id, and a warning names them.
#pragma once

#include <string>
#include <vector>

#include "model/evaluation.hpp"
#include "score/messages.hpp"

namespace aser {

/// Compares two bids on one tie_break key: price or cost (lower first, a
/// missing one last), id or supplier (ascending by code point), or a node id
/// (higher score first). Negative when a comes first, 0 when equal.
int compare_on_key(const BidResult& a, const BidResult& b, const std::string& key);

/// Sorts `bids` (all ranked) and sets their ranks. Each group of bids left
/// tied adds a warning to `warnings` (`lot` names the lot; empty for none).
void rank_bids(std::vector<BidResult>& bids, Better better,
               const std::vector<std::string>& tie_break, const std::string& lot,
               const Messages& messages, std::vector<std::string>& warnings);

}  // namespace aser
