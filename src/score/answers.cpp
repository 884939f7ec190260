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
      value.from = AnswerValue::From::cost;
      value.number = **life_cycle_cost;
    }
    return value;
  }
  auto found = bid.answers.find(path);
  if (found == bid.answers.end()) return value;
  const Answer& answer = found->second;
  value.answer = &answer;
  switch (answer.kind) {
    case Answer::Kind::number:
      value.kind = AnswerValue::Kind::number;
      value.number = answer.number;
      break;
    case Answer::Kind::mapping:
    case Answer::Kind::list:
      return {};  // the loader refuses these where the grid reads them: absent here
    case Answer::Kind::numbers:
      if (answer.numbers.empty()) return {};
      value.kind = AnswerValue::Kind::number;
      value.from = AnswerValue::From::panel;
      value.number = reduce_panel(answer.numbers, panel);
      break;
    case Answer::Kind::text:
      value.kind = AnswerValue::Kind::text;
      break;
    case Answer::Kind::boolean:
      value.kind = AnswerValue::Kind::boolean;
      value.boolean = answer.boolean;
      break;
  }
  if (value.kind == AnswerValue::Kind::number && !std::isfinite(value.number)) {
    value.kind = AnswerValue::Kind::text;  // NaN or infinity: refused by the loader
    value.from = AnswerValue::From::not_finite;
  }
  return value;
}

std::string AnswerValue::text() const {
  if (kind != Kind::text) return {};
  if (from == From::not_finite) return format_number(number);
  return answer ? answer->text : std::string();
}

std::string AnswerValue::shown() const {
  switch (from) {
    case From::cost:
      return format_number(round_cents(number));  // money: to the cent
    case From::not_finite:
      return format_number(number);
    case From::panel: {
      std::string out = "[";
      for (std::size_t i = 0; i < answer->numbers.size(); ++i)
        out += (i ? ", " : "") + format_number(answer->numbers[i]);
      return out + "]";
    }
    case From::answer:
      break;
  }
  switch (kind) {
    case Kind::absent:
      return {};
    case Kind::number:
      return answer->text.empty() ? format_number(number) : answer->text;
    case Kind::text:
      return "'" + answer->text + "'";
    case Kind::boolean:
      return boolean ? "true" : "false";
  }
  return {};
}

Panel panel_for(const Grid& grid, const std::string& path) {
  for (const Criterion* leaf : leaves(grid))
    if (leaf->answer == path) return leaf->panel;
  return Panel::mean;
}

}  // namespace aser
