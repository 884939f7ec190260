// Where reports go: stdout, or a file written atomically (a temporary file in
// the same folder, then rename), so that a failed run never leaves half a report.
#pragma once

#include <string>

namespace aser {

enum class ColorMode { automatic, always, never };

/// Colour on stdout: `always`; `never`; or automatic: stdout is a terminal,
/// TERM is not "dumb" and NO_COLOR is unset or empty. NO_COLOR wins over auto only.
bool use_color(ColorMode mode);

/// Writes `text` to `path` atomically. Returns an error message, or "" on success.
std::string write_file_atomically(const std::string& path, const std::string& text);

/// Writes the report to stdout, or to `path` when not empty. Returns an error or "".
std::string emit(const std::string& path, const std::string& text);

}  // namespace aser
