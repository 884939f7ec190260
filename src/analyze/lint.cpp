#include "analyze/lint.hpp"

#include <algorithm>

#include "model/catalogue.hpp"
#include "score/evaluate.hpp"

namespace aser {

namespace {

struct Check {
  const char* name;
  LintWarnings (*run)(const Grid&);
  bool on_weights;  ///< also run on each lot with weights of its own
};

// The order of the report: rules and price first, then the law, then sanity.
const Check kChecks[] = {
    {"relative-rule", check_relative_rules, false},
    {"no-environment-criterion", check_environment_criterion, false},
    {"label-without-equivalent", check_named_labels, false},
    {"company-wide-criterion", check_company_scope, false},
    {"negligible-weight", check_negligible_weights, true},
    {"equal-scale-scores", check_equal_scale_scores, false},
    {"prozorro-cap", check_prozorro_cap, true},
};

bool same(const LintWarning& a, const LintWarning& b) {
  return a.node == b.node && a.message == b.message;
}

// A check on weights, on each lot that sets weights of its own: what the
// grid's weights do not already show, named with the lot and placed at it.
void on_lots(const Grid& grid, const Check& check, const LintWarnings& on_grid, LintWarnings& out) {
  const Language language = language_of(grid.language);
  for (const Lot& lot : grid.lots) {
    if (lot.weights.empty()) continue;
    for (LintWarning& warning : check.run(grid_of_lot(grid, lot))) {
      if (std::any_of(on_grid.begin(), on_grid.end(),
                      [&](const LintWarning& w) { return same(w, warning); }))
        continue;
      warning.message = message("lint.in_lot", language,
                                {{"lot", lot.id}, {"message", std::move(warning.message)}});
      warning.pos = lot.pos;
      warning.check = check.name;
      out.push_back(std::move(warning));
    }
  }
}

}  // namespace

const std::vector<std::string>& lint_checks() {
  static const std::vector<std::string> names = [] {
    std::vector<std::string> out;
    for (const Check& check : kChecks) out.push_back(check.name);
    return out;
  }();
  return names;
}

LintWarnings lint_grid(const Grid& grid) {
  LintWarnings out;
  for (const Check& check : kChecks) {
    LintWarnings found = check.run(grid);
    for (LintWarning& warning : found) warning.check = check.name;
    out.insert(out.end(), found.begin(), found.end());
    if (check.on_weights) on_lots(grid, check, found, out);
  }
  return out;
}

}  // namespace aser
