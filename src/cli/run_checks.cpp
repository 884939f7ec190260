#include "cli/run_checks.hpp"

#include <algorithm>
#include <set>

namespace aser {

std::size_t error_count(const Diagnostics& diagnostics) {
  return static_cast<std::size_t>(
      std::count_if(diagnostics.begin(), diagnostics.end(),
                    [](const Diagnostic& d) { return d.severity == Severity::error; }));
}

std::size_t warning_count(const Diagnostics& diagnostics) {
  return diagnostics.size() - error_count(diagnostics);
}

std::size_t run_errors(const Inputs& inputs) {
  std::set<std::string> invalid_files;
  for (const InvalidBid& bid : inputs.bids.invalid) invalid_files.insert(bid.file);
  return static_cast<std::size_t>(
      std::count_if(inputs.diagnostics.begin(), inputs.diagnostics.end(), [&](const Diagnostic& d) {
        return d.severity == Severity::error && invalid_files.count(d.file) == 0;
      }));
}

std::string one_line(const Diagnostic& d) {
  std::string out = d.file;
  if (d.pos.known()) out += ':' + std::to_string(d.pos.line) + ':' + std::to_string(d.pos.column);
  out += ": " + d.message;
  if (!d.hint.empty()) out += " (" + d.hint + ")";
  return out;
}

}  // namespace aser
