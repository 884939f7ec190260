#include "analyze/lint.hpp"

namespace aser {

namespace {

struct Check {
  const char* name;
  LintWarnings (*run)(const Grid&);
};

// The order of the report: rules and price first, then the law, then sanity.
const Check kChecks[] = {
    {"relative-rule", check_relative_rules},
    {"no-environment-criterion", check_environment_criterion},
    {"label-without-equivalent", check_named_labels},
    {"company-wide-criterion", check_company_scope},
    {"negligible-weight", check_negligible_weights},
    {"equal-scale-scores", check_equal_scale_scores},
    {"prozorro-cap", check_prozorro_cap},
};

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
    for (LintWarning& warning : found) {
      warning.check = check.name;
      out.push_back(std::move(warning));
    }
  }
  return out;
}

}  // namespace aser
