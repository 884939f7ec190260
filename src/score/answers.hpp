// Reading one answer of a bid for the scorer: absent (or null), a number (a
// panel already reduced), a label, a yes/no, or the wrong kind. The path
// "cost" reads the life-cycle cost when the grid has a `cost` section.
#pragma once

#include <optional>
#include <string>

#include "model/bid.hpp"
#include "model/grid.hpp"

namespace aser {

struct AnswerValue {
  enum class Kind { absent, number, text, boolean } kind = Kind::absent;
  double number = 0;
  std::string text;
  bool boolean = false;
  std::string shown;  ///< as messages quote it: 3, 'EU Ecolabel', true, [7, 6.5]

  bool absent() const { return kind == Kind::absent; }
  bool is_number() const { return kind == Kind::number; }
};

/// The answer at `path`; a list of marks is reduced with `panel` (an empty
/// list is absent); a non-finite number is kept as text (the wrong kind).
/// When `path` is "cost" and `life_cycle_cost` is given, that is the answer.
AnswerValue read_answer(const Bid& bid, const std::string& path, Panel panel,
                        const std::optional<double>* life_cycle_cost = nullptr);

/// The panel setting of the first criterion reading `path` (mean if none).
Panel panel_for(const Grid& grid, const std::string& path);

}  // namespace aser
