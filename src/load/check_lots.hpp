// With `lots:` declared in the grid, every bid names one of them (issue 9):
// "Lot 2" or "01" is not a lot of its own, whose only bid would win.
#pragma once

#include <optional>
#include <string>

#include "model/bid.hpp"
#include "model/diagnostic.hpp"
#include "model/grid.hpp"

namespace aser {

/// The did-you-mean for a lot a bid names that the grid does not declare:
/// the same id written otherwise ("01", "Lot 1", "lot 1" for "1"), the lot's
/// name given for its id, or a near miss by edit distance. Empty when none.
std::string lot_hint(const Grid& grid, const std::string& given);

/// The error of a bid that names no lot, or a lot the grid does not declare;
/// nothing without `lots:` or when the lot is declared.
std::optional<Diagnostic> lot_problem(const Grid& grid, const Bid& bid);

}  // namespace aser
