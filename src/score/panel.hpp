// A panel of evaluators gives a list of marks; the criterion's `panel`
// setting reduces it to one number before the rule reads it.
#pragma once

#include <vector>

#include "model/grid.hpp"

namespace aser {

/// mean | median | min | max of the marks (not empty). The median of an even
/// count is the mean of the two middle marks (DESIGN section 10).
double reduce_panel(const std::vector<double>& marks, Panel panel);

}  // namespace aser
