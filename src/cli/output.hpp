// Where reports go: stdout, or a file written atomically (an unnamed O_TMPFILE
// in the same folder, fsync, then linked or renamed into place), so that a
// failed or killed run never leaves half a report.
#pragma once

#include <functional>
#include <string>
#include <string_view>

namespace aser {

enum class ColorMode { automatic, always, never };

/// Colour on stdout: `always`; `never`; or automatic: stdout is a terminal,
/// TERM is not "dumb" and NO_COLOR is unset or empty. NO_COLOR wins over auto only.
bool use_color(ColorMode mode);

/// Writes `text` to `path` atomically: afterwards `path` is the old file or the
/// whole new one, even after a SIGKILL. A kill while the text is written
/// leaves nothing behind; only one between the link and the rename that
/// replace an existing file leaves a ".NAME.tmp.PID.N" file beside it. An
/// existing `path` that is not a regular file (/dev/stdout, a fifo) is
/// written to as a stream. Returns an error message, or "" on success.
std::string write_file_atomically(const std::string& path, const std::string& text);

/// Writes a report in pieces as it is produced (a large JSON report is never
/// held whole): `produce` calls its argument with each piece, which returns
/// false once a write has failed, and `produce` then stops.
using Piecewise = std::function<void(const std::function<bool(std::string_view)>& write)>;
/// write_file_atomically for a report produced in pieces: the same guarantees.
std::string write_file_atomically(const std::string& path, const Piecewise& produce);

/// Writes the report to stdout, or to `path` when not empty. Returns an error or "".
std::string emit(const std::string& path, const std::string& text);
std::string emit(const std::string& path, const Piecewise& produce);

/// Flushes stdout and returns the exit code of a command that printed its
/// result there: 0, or 1 after "aser: error: cannot write to standard output"
/// (a full disk, `> /dev/full`, a closed pipe) so that a truncated result never
/// passes for a whole one. `code` is returned when stdout is fine.
int finish_stdout(int code);

}  // namespace aser
