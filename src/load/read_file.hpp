// Reading a whole grid or bid file under the size limit. The size is checked
// before a byte is read (yaml-cpp eats memory on some large inputs:
// TOOLCHAIN.md), and only regular files are opened: a fifo or a device could
// block for ever or never end.
#pragma once

#include <cstddef>
#include <cstdint>
#include <istream>
#include <optional>
#include <string>
#include <string_view>

namespace aser {

struct FileRead {
  std::optional<std::string> text;  ///< the bytes, when the file could be read
  std::string error;  ///< otherwise: "cannot read the file: no such file or directory"
  std::string hint;   ///< may be empty
  unsigned long device = 0, inode = 0;  ///< of the file read (to tell aser's own stdout)
};

/// Reads the regular file at `path` if it holds at most `max_bytes`. Anything
/// else (a fifo, a device, a folder, a broken link, a larger file) is refused
/// with a message, without reading it and without blocking.
/// `seen_regular`: the caller saw a regular file there (the folder walk's
/// directory entry), so the check before opening is skipped; what was opened
/// is checked all the same.
FileRead read_file_limited(const std::string& path, std::uint64_t max_bytes,
                           bool seen_regular = false);

/// Reads `in` (standard input) up to one byte past `max_bytes`, and stops
/// there: an endless stream is refused (stream_too_large), not kept.
std::string read_stream_prefix(std::istream& in, std::uint64_t max_bytes);
/// The refusal of a stream that went past `max_bytes`.
FileRead stream_too_large(std::uint64_t max_bytes);

/// "16 MiB", "1500 KiB", "100 bytes": a limit as the messages show it.
std::string size_text(std::uint64_t bytes);

/// The message and hint for a file of `size` bytes over the limit.
std::string too_large_message(std::uint64_t size, std::uint64_t max_bytes);
std::string too_large_hint(std::uint64_t size, std::uint64_t max_bytes);

/// A file name as messages and reports show it: valid UTF-8 is kept, every
/// other byte and every control character is written "\xNN", so that a name
/// never breaks a terminal, a JSON report's UTF-8 or a CSV row.
std::string printable_path(std::string_view path);

}  // namespace aser
