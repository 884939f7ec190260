// A problem found in a grid or a bid, reported in GNU form:
//   bids/acme.yaml:14:18: error: 'co2e_kg' expects a number, got 'two tonnes'
//     co2e_kg: two tonnes
//              ^
//   hint: write a plain number, e.g. 3200
#pragma once

#include <string>
#include <vector>

#include "model/position.hpp"

namespace aser {

enum class Severity { error, warning };

struct Diagnostic {
  Severity severity = Severity::error;
  std::string file;         ///< display name of the file ("<stdin>" for -)
  Position pos;             ///< 0 when the problem has no place (an empty folder)
  std::string message;      ///< short, lower-case, quotes the bad value
  std::string hint;         ///< "did you mean 'x'?" or "hint: ..." text, without prefix
  std::string source_line;  ///< the offending line, to print with a caret; may be empty
};

using Diagnostics = std::vector<Diagnostic>;

/// A problem with a whole file or path (no line): a missing file, an empty folder.
Diagnostic file_problem(std::string file, std::string message, std::string hint = {},
                        Severity severity = Severity::error);

/// True when any diagnostic is an error.
bool has_errors(const Diagnostics& diagnostics);

/// The full GNU-style text of one diagnostic, lines ended by '\n':
/// "file:line:col: error: message", the source line and a caret, then
/// "hint: ..." (or "did you mean ...?" verbatim when the hint starts so).
std::string format_diagnostic(const Diagnostic& diagnostic);

}  // namespace aser
