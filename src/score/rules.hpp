// The rules of DESIGN section 3: one answer -> a score in [0, 1]. Absolute
// rules read the answer alone; relative rules also read the lot's reference
// values (min and max over the bids in competition that answered).
#pragma once

#include <optional>
#include <string>

#include "model/grid.hpp"

namespace aser {

/// The lot's reference values for a relative rule.
struct Bounds {
  double min = 0;
  double max = 0;
};

/// Score of a number under a rule that reads numbers (every rule but scale
/// and boolean). Relative rules need `bounds`; without them the bid is its
/// own reference (min = max = x). Always in [0, 1].
double score_number(const Rule& rule, double x, const std::optional<Bounds>& bounds = {});

/// Score of a label under a `scale` rule; nullopt for an unknown label.
std::optional<double> score_label(const Rule& rule, const std::string& label);

/// Score of a yes/no answer under a `boolean` rule.
double score_boolean(const Rule& rule, bool answer);

/// The relative rules one by one (x, the lot's min and max).
double lowest_ratio(double x, double min);
double highest_ratio(double x, double max);
double linear_range(double x, double min, double max);
double deviation(double x, double min, double zero_at);

}  // namespace aser
