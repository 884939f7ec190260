#include "score/cost.hpp"

#include <cmath>

#include "score/answers.hpp"
#include "score/numbers.hpp"

namespace aser {

std::optional<CostBreakdown> life_cycle_cost(const CostModel& model, const Bid& bid) {
  AnswerValue purchase = read_answer(bid, model.purchase, Panel::mean);
  if (!purchase.is_number()) return std::nullopt;

  CostBreakdown out;
  out.purchase = purchase.number;
  std::vector<double> amounts;
  for (const YearlyCost& item : model.yearly) {
    CostLine line;
    line.answer = item.answer;
    line.unit_cost = item.unit_cost;
    AnswerValue quantity = read_answer(bid, item.answer, Panel::mean);
    line.answered = quantity.is_number();
    line.quantity = line.answered ? quantity.number : 0;
    line.amount = line.quantity * line.unit_cost;
    amounts.push_back(line.amount);
    out.lines.push_back(line);
  }
  const double per_year = exact_sum(amounts);

  std::vector<double> terms{out.purchase};
  for (int y = 1; y <= model.years; ++y) {
    CostYear year;
    year.year = y;
    year.discount_factor = 1 / std::pow(1 + model.discount_rate, y);
    year.undiscounted = per_year;
    year.discounted = per_year * year.discount_factor;
    terms.push_back(year.discounted);
    out.years.push_back(year);
  }
  out.total = exact_sum(terms);
  return out;
}

}  // namespace aser
