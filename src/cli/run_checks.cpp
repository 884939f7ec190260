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

std::string summary_line(const Inputs& inputs, const Evaluation& evaluation) {
  std::size_t counts[3] = {0, 0, 0};  // by Status: ranked, excluded, invalid
  for (const LotResult& lot : evaluation.lots)
    for (const BidResult& bid : lot.bids) ++counts[static_cast<int>(bid.status)];
  const std::size_t skipped = inputs.skipped.size();
  if (skipped == 0 && counts[2] == 0) return {};
  std::string line = "aser: " + std::to_string(counts[0]) + (counts[0] == 1 ? " bid" : " bids") +
                     " ranked, " + std::to_string(counts[1]) + " excluded, " +
                     std::to_string(counts[2]) + " invalid";
  if (skipped > 0)
    line += "; " + std::to_string(skipped) +
            (skipped == 1 ? " file skipped, not a bid" : " files skipped, not bids");
  constexpr std::size_t shown = 3;
  for (std::size_t i = 0; i < skipped && i < shown; ++i)
    line += (i == 0 ? " (" : ", ") + inputs.skipped[i].file;
  if (skipped > shown) line += ", …";
  if (skipped > 0) line += ")";
  return line;
}

std::string one_line(const Diagnostic& d, Language language) {
  std::string out = d.file;
  if (d.pos.known()) out += ':' + std::to_string(d.pos.line) + ':' + std::to_string(d.pos.column);
  out += ": " + translate(d.message, language);
  if (!d.hint.empty()) out += " (" + translate(d.hint, language) + ")";
  return out;
}

}  // namespace aser
