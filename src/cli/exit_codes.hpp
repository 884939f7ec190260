// Exit codes of DESIGN section 6.
#pragma once

namespace aser {

enum ExitCode : int {
  exit_ok = 0,
  exit_invalid_input = 1,
  exit_usage = 2,
  exit_internal = 3,
};

}  // namespace aser
