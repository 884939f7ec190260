#include "model/diagnostic.hpp"

#include <algorithm>

namespace aser {

bool has_errors(const Diagnostics& diagnostics) {
  return std::any_of(diagnostics.begin(), diagnostics.end(),
                     [](const Diagnostic& d) { return d.severity == Severity::error; });
}

std::string format_diagnostic(const Diagnostic& d) {
  std::string out = d.file;
  if (d.pos.known()) {
    out += ':' + std::to_string(d.pos.line);
    if (d.pos.column > 0) out += ':' + std::to_string(d.pos.column);
  }
  out += d.severity == Severity::error ? ": error: " : ": warning: ";
  out += d.message;
  out += '\n';
  if (!d.source_line.empty()) {
    out += "  " + d.source_line + '\n';
    if (d.pos.column > 0) {
      // Keep tabs so the caret lines up under the same column on any terminal.
      std::string pad;
      for (int i = 0; i < d.pos.column - 1 && i < static_cast<int>(d.source_line.size()); ++i)
        pad += d.source_line[static_cast<std::size_t>(i)] == '\t' ? '\t' : ' ';
      out += "  " + pad + "^\n";
    }
  }
  if (!d.hint.empty()) {
    if (d.hint.rfind("did you mean", 0) == 0)
      out += d.hint + '\n';
    else
      out += "hint: " + d.hint + '\n';
  }
  return out;
}

}  // namespace aser
