// The subcommands, each a plain function over a plain options struct, so that
// CLI11 stays in app.cpp and each command reads as a list of pipeline steps.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "cli/inputs.hpp"
#include "cli/output.hpp"

namespace aser {

struct RankOptions {
  InputOptions input;
  std::string format = "table";      ///< table | json | csv | markdown
  std::string output;                ///< -o FILE; empty: stdout
  std::optional<std::string> lot;    ///< --lot
  std::vector<std::string> weights;  ///< --weight ID=W, in the order given
  bool keep_going = false;
  std::optional<int> top;
  bool strict = false;
  ColorMode color = ColorMode::automatic;
};

struct ValidateOptions {
  InputOptions input;
  bool strict = false;
};

int run_rank(const RankOptions& options);
int run_validate(const ValidateOptions& options);
int run_grids_list();
int run_grids_show(const std::string& name);

/// Prints diagnostics to stderr, in GNU form.
void print_diagnostics(const Diagnostics& diagnostics);

/// "aser: error: ..." on stderr.
void print_error(const std::string& message);

}  // namespace aser
