// Reading one answer of a bid for the scorer: absent (or null), a number (a
// panel already reduced), a label, a yes/no, or the wrong kind. The path
// "cost" reads the life-cycle cost when the grid has a `cost` section.
#pragma once

#include <optional>
#include <string>

#include "model/bid.hpp"
#include "model/grid.hpp"

namespace aser {

/// What the scorer reads of one answer. It points at the bid's own answer
/// rather than copying its text: every bid keeps one per leaf through the
/// scoring rounds (24 bytes each, not 88: docs/design-notes.md, "The third
/// pass"), so the bid must outlive it and its answers must not change meanwhile.
struct AnswerValue {
  enum class Kind { absent, number, text, boolean } kind = Kind::absent;
  /// Where it comes from, for text() and shown().
  enum class From : unsigned char {
    answer,      ///< the answer as written
    panel,       ///< a panel of marks, reduced
    cost,        ///< the life-cycle cost (money: shown to the cent)
    not_finite,  ///< a number too large to be finite: text, the wrong kind
  };
  From from = From::answer;
  bool boolean = false;
  double number = 0;
  const Answer* answer = nullptr;  ///< the bid's answer (none for the cost)

  bool absent() const { return kind == Kind::absent; }
  bool is_number() const { return kind == Kind::number; }
  /// The text of a text answer ("" for other kinds).
  std::string text() const;
  /// As messages quote it: 3, 'EU Ecolabel', true, [7, 6.5].
  std::string shown() const;
};

/// The answer at `path`; a list of marks is reduced with `panel` (an empty
/// list is absent); a non-finite number is kept as text (the wrong kind).
/// When `path` is "cost" and `life_cycle_cost` is given, that is the answer.
AnswerValue read_answer(const Bid& bid, const std::string& path, Panel panel,
                        const std::optional<double>* life_cycle_cost = nullptr);

/// The panel setting of the first criterion reading `path` (mean if none).
Panel panel_for(const Grid& grid, const std::string& path);

}  // namespace aser
