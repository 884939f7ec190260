// `aser lint`: the checks a procurement lawyer would make before a grid is
// published. Each check is a small pure function over the grid; each warning
// carries its reason and, where one exists, its source (a case or an
// article). docs/lint.md lists them all.
#pragma once

#include <string>
#include <vector>

#include "model/grid.hpp"
#include "model/position.hpp"

namespace aser {

struct LintWarning {
  std::string check;    ///< the check's name, e.g. "relative-rule"
  std::string node;     ///< the criterion or group concerned; empty for the whole grid
  Position pos;         ///< where that node starts in the grid file; unknown for the grid
  std::string message;  ///< what is wrong, quoting the id
  std::string reason;   ///< why it matters
  std::string source;   ///< the case or article behind it; may be empty
  std::string hint;     ///< how to fix it; may be empty
};

using LintWarnings = std::vector<LintWarning>;

/// Every check, in the order of lint_checks(); within a check, in grid order.
LintWarnings lint_grid(const Grid& grid);

/// The checks' names, in the order lint_grid runs them.
const std::vector<std::string>& lint_checks();

// The checks, one each (lint_price.cpp, lint_law.cpp, lint_weights.cpp).

/// A leaf with a relative rule (lowest_ratio, highest_ratio, linear_range, deviation).
LintWarnings check_relative_rules(const Grid& grid);
/// A public grid with no node of theme environment.
LintWarnings check_environment_criterion(const Grid& grid);
/// A scale or boolean criterion that gives points for a named label without "or equivalent".
LintWarnings check_named_labels(const Grid& grid);
/// A node with scope: company in a public grid.
LintWarnings check_company_scope(const Grid& grid);
/// A node whose weight cannot change any ranking a report shows apart.
LintWarnings check_negligible_weights(const Grid& grid);
/// A scale that gives two labels the same score.
LintWarnings check_equal_scale_scores(const Grid& grid);
/// adjusted_price coefficients adding up to more than Prozorro's 30 %.
LintWarnings check_prozorro_cap(const Grid& grid);

/// The smallest difference in points a report shows (2 decimals): a node
/// whose maximum points are below it cannot reorder bids shown apart.
inline constexpr double kSmallestPoints = 0.01;
/// The cap Prozorro puts on the sum of the non-price coefficients.
inline constexpr double kProzorroCap = 0.3;

/// The names of labels (ecolabels, certifications) found in `text`, by whole
/// words: "EU Ecolabel", "NF Environnement", "AB"…
std::vector<std::string> named_labels(const std::string& text);
/// True when `text` says "or equivalent" (in English or French, any case).
bool says_equivalent(const std::string& text);

}  // namespace aser
