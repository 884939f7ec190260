// `aser lint [-c GRID] [--strict]`: load the grid, run the checks of
// src/analyze/lint, print each warning in GNU form with its reason and
// source, then a summary. Warnings exit 0 unless --strict.
#include <iostream>
#include <map>

#include "analyze/lint.hpp"
#include "cli/commands.hpp"
#include "cli/exit_codes.hpp"
#include "cli/grid_option.hpp"
#include "model/catalogue.hpp"

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

// A diagnostic in GNU form, its words ("warning", "hint") in the report's
// language; the message and hint are translated when the catalogue knows them.
std::string format_in(Diagnostic d, Language language) {
  if (language == Language::en) return format_diagnostic(d);
  d.message = translate(d.message, language);
  std::string hint = d.hint.empty() ? "" : translate(d.hint, language);
  d.hint.clear();
  std::string out = format_diagnostic(d);
  const std::string english = ": warning: ";
  if (std::size_t at = out.find(english); at != std::string::npos)
    out.replace(at, english.size(), ": " + message("lint.warning", language) + "\u00a0: ");
  if (!hint.empty())
    out += (hint.rfind("vouliez-vous dire", 0) == 0
                ? hint
                : message("lint.hint", language, {{"text", hint}})) +
           '\n';
  return out;
}

std::string format_warning(const LintWarning& warning, const GridOption& grid, Language language) {
  Diagnostic d;
  d.severity = Severity::warning;
  d.file = grid.display_name;
  d.pos = warning.pos;
  d.message = warning.message + " [" + warning.check + "]";
  if (warning.pos.known()) d.source_line = line_of(grid.text, warning.pos.line);
  std::string out = format_in(d, language);
  out += message("lint.reason", language, {{"text", warning.reason}}) + '\n';
  if (!warning.source.empty())
    out += message("lint.source", language, {{"text", warning.source}}) + '\n';
  if (!warning.hint.empty()) out += message("lint.hint", language, {{"text", warning.hint}}) + '\n';
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

  // 2. The findings' language: --lang, else the grid's.
  if (options.lang) grid.grid->language = *options.lang;
  const Language language = language_of(grid.grid->language);

  // 3. The loader's own warnings (an unused estimate…), then the checks.
  std::size_t count = 0;
  for (const Diagnostic& d : grid.diagnostics) {
    std::cout << format_in(d, language);
    ++count;
  }
  const LintWarnings warnings = lint_grid(*grid.grid);
  std::map<std::string, std::size_t> by_check;
  for (const LintWarning& warning : warnings) {
    if (count > 0) std::cout << '\n';
    std::cout << format_warning(warning, grid, language);
    ++by_check[warning.check];
    ++count;
  }

  // 4. A summary: how many, of which checks.
  if (count > 0) std::cout << '\n';
  const std::string colon = language == Language::fr ? "\u00a0: " : ": ";
  std::cout << grid.display_name << colon;
  if (count == 0) {
    std::cout << message("lint.no_warnings", language,
                         {{"count", std::to_string(lint_checks().size())}})
              << '\n';
    return finish_stdout(exit_ok);
  }
  std::cout << (count == 1
                    ? message("lint.one_warning", language)
                    : message("lint.warnings", language, {{"count", std::to_string(count)}}));
  std::string sep = " (";
  for (const std::string& check : lint_checks()) {
    if (!by_check.count(check)) continue;
    std::cout << sep << check << colon << by_check[check];
    sep = ", ";
  }
  if (sep != " (") std::cout << ')';
  std::cout << '\n';
  return finish_stdout(options.strict ? exit_invalid_input : exit_ok);
}

}  // namespace aser
