#include "score/answers.hpp"

#include <cmath>

#include "score/numbers.hpp"
#include "score/panel.hpp"

namespace aser {

AnswerValue read_answer(const Bid& bid, const std::string& path, Panel panel,
                        const std::optional<double>* life_cycle_cost) {
  AnswerValue value;
  if (path == "cost" && life_cycle_cost) {
    if (*life_cycle_cost) {
      value.kind = AnswerValue::Kind::number;
      value.number = **life_cycle_cost;
      value.shown = format_number(round_cents(value.number));  // money: to the cent
    }
    return value;
  }
  auto found = bid.answers.find(path);
  if (found == bid.answers.end()) return value;
  const Answer& answer = found->second;
  switch (answer.kind) {
    case Answer::Kind::number:
      value.kind = AnswerValue::Kind::number;
      value.number = answer.number;
      value.shown = answer.text.empty() ? format_number(answer.number) : answer.text;
      break;
    case Answer::Kind::mapping:
    case Answer::Kind::list:
      return value;  // the loader refuses these where the grid reads them: absent here
    case Answer::Kind::numbers: {
      if (answer.numbers.empty()) return value;
      value.kind = AnswerValue::Kind::number;
      value.number = reduce_panel(answer.numbers, panel);
      value.shown = "[";
      for (std::size_t i = 0; i < answer.numbers.size(); ++i)
        value.shown += (i ? ", " : "") + format_number(answer.numbers[i]);
      value.shown += "]";
      break;
    }
    case Answer::Kind::text:
      value.kind = AnswerValue::Kind::text;
      value.text = answer.text;
      value.shown = "'" + answer.text + "'";
      break;
    case Answer::Kind::boolean:
      value.kind = AnswerValue::Kind::boolean;
      value.boolean = answer.boolean;
      value.shown = answer.boolean ? "true" : "false";
      break;
  }
  if (value.kind == AnswerValue::Kind::number && !std::isfinite(value.number)) {
    value.kind = AnswerValue::Kind::text;  // NaN or infinity: refused by the loader
    value.text = format_number(value.number);
    value.shown = value.text;
  }
  return value;
}

Panel panel_for(const Grid& grid, const std::string& path) {
  for (const Criterion* leaf : leaves(grid))
    if (leaf->answer == path) return leaf->panel;
  return Panel::mean;
}

}  // namespace aser
