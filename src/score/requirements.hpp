// Requirements (knock-out rules) and the other reasons a bid leaves the
// competition. Limits are inclusive (at_least: 5 keeps 5), compared with the
// equality of DESIGN section 10. Each failing requirement gives one reason:
// its own `reason` when the grid gives one, else a generated sentence.
#pragma once

#include <string>
#include <vector>

#include "score/scoring.hpp"

namespace aser {

/// Before scoring: requirements on answers (an absent answer fails), criteria
/// with `missing: exclude`, and a missing price under a method that divides
/// or adjusts it. Empty when the bid stays.
std::vector<std::string> answer_failures(const Plan& plan, const BidInput& input);

/// After each round of scoring: requirements on group and criterion scores,
/// and price_per_point's "no quality points". Empty when the bid stays.
std::vector<std::string> score_failures(const Plan& plan, const BidScores& scores);

}  // namespace aser
