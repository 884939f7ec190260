// The simplest YAML (a bid form's block mappings of one-line and block
// texts), read line by line without libyaml; fast_read_yaml tries it first.
#pragma once

#include <string_view>

#include "load/document.hpp"

namespace aser {

/// Reads `text` (as fast_read_yaml takes it: valid UTF-8, no BOM, no control
/// characters) into `out` when it is a block mapping of the simplest kind,
/// exactly as libyaml's reader would. False when it gives up (then `out` is
/// unspecified, and libyaml's reader reads the file).
bool simple_read_yaml(std::string_view text, const Limits& limits, Value& out);

}  // namespace aser
