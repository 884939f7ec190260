// Answers that are neither a scalar nor a panel of numbers: a mapping, an empty
// list, a list with other items. DESIGN section 3 ignores answers no criterion
// reads, so the loader keeps them (never an error by themselves) and
// check_answers names them only when the grid reads their path.
//
// They are stored as a `numbers` answer with no numbers (which the scorer reads
// as absent); `text` says what they are: kMapping, kEmptyList, or, for a list,
// the first item that is not a number as messages quote it (at `pos`).
#pragma once

#include <string_view>

#include "model/bid.hpp"

namespace aser::answer_shape {

inline constexpr std::string_view kMapping = "{}";
inline constexpr std::string_view kEmptyList = "[]";

/// True for a mapping or a list that is not a panel of numbers.
inline bool is_shape(const Answer& answer) {
  return answer.kind == Answer::Kind::numbers && answer.numbers.empty();
}

/// "a mapping", "an empty list", "a list".
inline const char* describe(const Answer& answer) {
  if (answer.text == kMapping) return "a mapping";
  if (answer.text == kEmptyList) return "an empty list";
  return "a list";
}

}  // namespace aser::answer_shape
