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
      // One pad character per character (UTF-8 code point) before the column,
      // keeping tabs, so the caret lines up under accented text too.
      std::string pad;
      int column = 1;
      for (std::size_t i = 0; i < d.source_line.size() && column < d.pos.column; ++i) {
        const unsigned char c = static_cast<unsigned char>(d.source_line[i]);
        if ((c & 0xC0) == 0x80) continue;  // a continuation byte
        pad += c == '\t' ? '\t' : ' ';
        ++column;
      }
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
