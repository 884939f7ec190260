// The command line: CLI11 wiring of the subcommands, and the one place where
// errors become exit codes (0 done, 1 invalid input, 2 usage, 3 internal).
#pragma once

namespace aser {

int run_cli(int argc, char** argv);

}  // namespace aser
