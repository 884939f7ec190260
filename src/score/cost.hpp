// Life-cycle cost (directive 2014/24/EU art. 68, DESIGN section 4):
//   cost = purchase + sum over y = 1..years of sum_i answer_i x unit_cost_i / (1 + r)^y
// with the breakdown year by year, which `aser explain` prints.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "model/bid.hpp"
#include "model/grid.hpp"

namespace aser {

/// One yearly line: the bid's quantity x the unit cost, the same every year.
struct CostLine {
  std::string answer;
  double quantity = 0;  ///< the bid's answer (0 when not answered)
  double unit_cost = 0;
  double amount = 0;     ///< quantity x unit cost, before discounting
  bool answered = true;  ///< false: the answer was absent or not a number
};

struct CostYear {
  int year = 0;                ///< 1..years
  double discount_factor = 1;  ///< 1 / (1 + r)^year
  double undiscounted = 0;     ///< sum of the lines' amounts
  double discounted = 0;       ///< undiscounted x discount factor
};

struct CostBreakdown {
  double purchase = 0;
  std::vector<CostLine> lines;
  std::vector<CostYear> years;
  double total = 0;  ///< purchase + sum of the discounted years
};

/// The bid's life-cycle cost, or nullopt when its purchase price is absent
/// (or not a number). A yearly answer that is absent counts as 0
/// (`answered` false: the scorer warns).
std::optional<CostBreakdown> life_cycle_cost(const CostModel& model, const Bid& bid);

}  // namespace aser
