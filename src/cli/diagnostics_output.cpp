// Diagnostics on stderr. The same problem in many bid files (an exported
// batch with the same mistake) is shown in full a few times, then counted, so
// that the list stays readable with thousands of bids.
#include <iostream>
#include <map>
#include <set>
#include <tuple>

#include "cli/commands.hpp"

namespace aser {

namespace {

constexpr int shown_per_problem = 3;

}  // namespace

void print_diagnostics(const Diagnostics& diagnostics) {
  using Key = std::tuple<Severity, std::string, std::string>;
  std::map<Key, std::vector<std::string>> hidden;  // problem -> files not shown
  std::map<Key, int> shown;
  std::vector<Key> order;
  for (const Diagnostic& diagnostic : diagnostics) {
    Key key{diagnostic.severity, diagnostic.message, diagnostic.hint};
    if (shown[key]++ < shown_per_problem) {
      std::cerr << format_diagnostic(diagnostic);
      continue;
    }
    if (hidden[key].empty()) order.push_back(key);
    hidden[key].push_back(diagnostic.file);
  }
  for (const Key& key : order) {
    const std::vector<std::string>& places = hidden[key];  // a file once per problem in it
    const std::set<std::string> files(places.begin(), places.end());
    std::cerr << "aser: note: the same "
              << (std::get<0>(key) == Severity::error ? "error" : "warning");
    // Rows of one CSV table are many problems in one file: counted as such.
    if (files.size() < places.size())
      std::cerr << ' ' << places.size() << " more times, in " << files.size()
                << (files.size() == 1 ? " file" : " files");
    else
      std::cerr << " in " << files.size() << (files.size() == 1 ? " more file" : " more files");
    std::cerr << " (" << places.front() << (files.size() > 1 ? ", …" : "")
              << "): " << std::get<1>(key) << '\n';
  }
}

void print_error(const std::string& message) {
  std::cerr << "aser: error: " << message << '\n';
}

}  // namespace aser
