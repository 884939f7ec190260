// yaml-cpp's and nlohmann's parse errors, rewritten in aser's words: a raw
// library what() is never shown to the user.
#pragma once

#include <string>
#include <string_view>

#include "model/position.hpp"

namespace aser {

struct ParseError {
  Position pos;
  std::string message;
  std::string hint;
};

/// Rewrites a yaml-cpp error (its `msg` and 0-based mark) for `text`.
ParseError explain_yaml_error(std::string_view text, const std::string& msg, int line0,
                              int column0);

/// Rewrites a strict-JSON error found at byte `offset` of `text`.
ParseError explain_json_error(std::string_view text, std::size_t offset);

/// The first line (1-based) at or before `last_line` whose indentation holds a
/// tab, with the tab's column; line 0 when there is none.
Position tab_in_indentation(std::string_view text, int last_line);

}  // namespace aser
