#include "model/diagnostic.hpp"

#include <algorithm>
#include <vector>

namespace aser {

Diagnostic file_problem(std::string file, std::string message, std::string hint,
                        Severity severity) {
  Diagnostic d;
  d.severity = severity;
  d.file = std::move(file);
  d.message = std::move(message);
  d.hint = std::move(hint);
  return d;
}

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
    // Byte offsets of each character (UTF-8 code point) of the line.
    std::vector<std::size_t> starts;
    for (std::size_t i = 0; i < d.source_line.size(); ++i)
      if ((static_cast<unsigned char>(d.source_line[i]) & 0xC0) != 0x80) starts.push_back(i);
    const std::size_t count = starts.size();
    const std::size_t caret = d.pos.column > 0 ? static_cast<std::size_t>(d.pos.column - 1) : 0;
    // A very long line (a one-line JSON file) is shown as a window around the
    // caret, so that one message never floods the terminal.
    constexpr std::size_t longest = 120, before = 50;
    std::size_t first = 0, last = count;
    if (count > longest) {
      first = caret > before ? std::min(caret - before, count - longest) : 0;
      last = std::min(count, first + longest);
    }
    auto byte_at = [&](std::size_t character) {
      return character < count ? starts[character] : d.source_line.size();
    };
    std::string shown = (first > 0 ? "…" : "") +
                        d.source_line.substr(byte_at(first), byte_at(last) - byte_at(first)) +
                        (last < count ? "…" : "");
    out += "  " + shown + '\n';
    if (d.pos.column > 0) {
      // One pad character per character before the column, keeping tabs, so
      // the caret lines up under accented text too.
      std::string pad = first > 0 ? " " : "";
      for (std::size_t k = first; k < caret && k < last; ++k)
        pad += d.source_line[starts[k]] == '\t' ? '\t' : ' ';
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
