// Bytes that are not text, refused before a parser sees them: a file saved as
// UTF-16 or UTF-32, control characters (a NUL in a label would reach every
// report), and lone carriage returns (yaml-cpp does not end lines there).
#pragma once

#include <string_view>

#include "load/sink.hpp"

namespace aser {

/// A UTF-16 or UTF-32 byte order mark at the start: false after reporting it.
bool check_not_utf16(std::string_view text, const Sink& sink);

/// In valid UTF-8 text: no C0 control character but tab, line feed and
/// carriage return, no DEL, and no carriage return that does not end a line
/// before a line feed (YAML 1.2's printable characters). False after
/// reporting the first one.
bool check_control_characters(std::string_view text, const Sink& sink);

}  // namespace aser
