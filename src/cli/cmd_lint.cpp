// `aser lint [-c GRID] [--strict]`: load the grid, run the checks of
// src/analyze/lint, print each warning in GNU form with its reason and
// source, then a summary. Warnings exit 0 unless --strict.
#include <iostream>
#include <map>

#include "analyze/lint.hpp"
#include "cli/commands.hpp"
#include "cli/exit_codes.hpp"
#include "cli/grid_option.hpp"

namespace aser {

namespace {

// Line `number` (1-based) of `text`, without its end of line.
std::string line_of(const std::string& text, int number) {
  std::size_t start = 0;
  for (int line = 1; line < number; ++line) {
    start = text.find('\n', start);
    if (start == std::string::npos) return {};
    ++start;
  }
  std::size_t end = text.find('\n', start);
  std::string line = text.substr(start, end == std::string::npos ? std::string::npos : end - start);
  if (!line.empty() && line.back() == '\r') line.pop_back();
  return line;
}

std::string format_warning(const LintWarning& warning, const GridOption& grid) {
  Diagnostic d;
  d.severity = Severity::warning;
  d.file = grid.display_name;
  d.pos = warning.pos;
  d.message = warning.message + " [" + warning.check + "]";
  if (warning.pos.known()) d.source_line = line_of(grid.text, warning.pos.line);
  std::string out = format_diagnostic(d);
  out += "reason: " + warning.reason + '\n';
  if (!warning.source.empty()) out += "source: " + warning.source + '\n';
  if (!warning.hint.empty()) out += "hint: " + warning.hint + '\n';
  return out;
}

}  // namespace

int run_lint(const LintOptions& options) {
  // 1. The grid: -c, else ./criteria.yaml; it must load before it can be linted.
  GridOption grid = load_grid_option(options.grid);
  if (!grid.grid) {
    print_diagnostics(grid.diagnostics);
    // Not found: the diagnostic says which grid to give. Found: it has errors.
    if (!grid.display_name.empty())
      print_error("the grid '" + grid.display_name +
                  "' does not load: fix its errors, then lint it");
    return exit_invalid_input;
  }

  // 2. The loader's own warnings (an unused estimate…), then the checks.
  std::size_t count = 0;
  for (const Diagnostic& d : grid.diagnostics) {
    std::cout << format_diagnostic(d);
    ++count;
  }
  const LintWarnings warnings = lint_grid(*grid.grid);
  std::map<std::string, std::size_t> by_check;
  for (const LintWarning& warning : warnings) {
    if (count > 0) std::cout << '\n';
    std::cout << format_warning(warning, grid);
    ++by_check[warning.check];
    ++count;
  }

  // 3. A summary: how many, of which checks.
  if (count > 0) std::cout << '\n';
  std::cout << grid.display_name << ": ";
  if (count == 0) {
    std::cout << "no warnings (" << lint_checks().size() << " checks)\n";
    return finish_stdout(exit_ok);
  }
  std::cout << count << (count == 1 ? " warning" : " warnings");
  std::string sep = " (";
  for (const std::string& check : lint_checks()) {
    if (!by_check.count(check)) continue;
    std::cout << sep << check << ": " << by_check[check];
    sep = ", ";
  }
  if (sep != " (") std::cout << ')';
  std::cout << '\n';
  return finish_stdout(options.strict ? exit_invalid_input : exit_ok);
}

}  // namespace aser
