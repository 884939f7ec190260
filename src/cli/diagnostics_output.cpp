#include <iostream>

#include "cli/commands.hpp"

namespace aser {

void print_diagnostics(const Diagnostics& diagnostics) {
  for (const Diagnostic& diagnostic : diagnostics) std::cerr << format_diagnostic(diagnostic);
}

void print_error(const std::string& message) { std::cerr << "aser: error: " << message << '\n'; }

}  // namespace aser
