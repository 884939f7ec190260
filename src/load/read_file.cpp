#include "load/read_file.hpp"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cctype>
#include <cerrno>
#include <cstring>
#include <vector>

#include "support/utf8.hpp"

namespace aser {

namespace {

constexpr std::uint64_t kib = 1024;
constexpr std::uint64_t mib = 1024 * 1024;

std::string lower_first(std::string text) {
  if (!text.empty()) text[0] = static_cast<char>(std::tolower(static_cast<unsigned char>(text[0])));
  return text;
}

FileRead failure(std::string error, std::string hint = {}) {
  return {std::nullopt, std::move(error), std::move(hint)};
}

FileRead cannot_read(int error) {
  return failure("cannot read the file: " + lower_first(std::strerror(error)));
}

FileRead too_large(std::uint64_t size, std::uint64_t max_bytes) {
  return failure(too_large_message(size, max_bytes), too_large_hint(size, max_bytes));
}

// What a path that is not a regular file is, for the message.
const char* kind_of(mode_t mode) {
  if (S_ISDIR(mode)) return "a folder";
  if (S_ISFIFO(mode)) return "a fifo (named pipe)";
  if (S_ISCHR(mode)) return "a character device";
  if (S_ISBLK(mode)) return "a block device";
  if (S_ISSOCK(mode)) return "a socket";
  return "not a regular file";
}

FileRead not_regular(mode_t mode) {
  return failure(
      std::string("cannot read the file: it is ") + kind_of(mode) + ", not a regular file",
      S_ISDIR(mode) ? "give a bid file, or the folder without a bid extension"
                    : "aser reads regular files only (a fifo or a device could block "
                      "or never end): save the bid to a file");
}

// stat() failed: say whether the path is a link that leads nowhere.
FileRead stat_failure(const std::string& path, int error) {
  struct stat link;
  if (::lstat(path.c_str(), &link) == 0 && S_ISLNK(link.st_mode)) {
    if (error == ELOOP)
      return failure("cannot read the file: a loop of symbolic links",
                     "the link leads back to itself: point it at the bid file");
    std::vector<char> target(4096);
    const ssize_t n = ::readlink(path.c_str(), target.data(), target.size() - 1);
    const std::string to =
        n > 0 ? printable_path({target.data(), static_cast<std::size_t>(n)}) : "";
    return failure("cannot read the file: a broken link" + (to.empty() ? "" : " to '" + to + "'"),
                   "the file it points to does not exist");
  }
  return cannot_read(error);
}

std::string escape_byte(unsigned char c) {
  static const char* digits = "0123456789ABCDEF";
  return std::string{'\\', 'x', digits[c >> 4], digits[c & 15]};
}

}  // namespace

std::string size_text(std::uint64_t bytes) {
  if (bytes >= mib && bytes % mib == 0) return std::to_string(bytes / mib) + " MiB";
  if (bytes >= kib && bytes % kib == 0) return std::to_string(bytes / kib) + " KiB";
  return std::to_string(bytes) + (bytes == 1 ? " byte" : " bytes");
}

std::string too_large_message(std::uint64_t size, std::uint64_t max_bytes) {
  return "the file is larger than the limit of " + size_text(max_bytes) + " (" +
         std::to_string(size) + " bytes)";
}

std::string too_large_hint(std::uint64_t size, std::uint64_t max_bytes) {
  // The smallest whole number of MiB that holds the file (more for a stream).
  const std::uint64_t need = size > max_bytes ? size : 2 * max_bytes;
  return "aser refuses larger files before reading them; to read it, raise the limit: "
         "--max-file-size " +
         std::to_string((need + mib - 1) / mib) + "M";
}

std::string printable_path(std::string_view path) {
  // Most paths are printable ASCII, shown as they are (a folder walk names
  // every file it meets: one pass, no byte appended one at a time).
  if (std::all_of(path.begin(), path.end(), [](char c) {
        const auto byte = static_cast<unsigned char>(c);
        return byte >= 0x20 && byte < 0x7F;
      }))
    return std::string(path);
  std::string out;
  out.reserve(path.size());
  while (!path.empty()) {
    std::size_t bad = invalid_utf8_offset(path);
    const std::string_view valid = path.substr(0, bad);
    for (char c : valid) {
      const auto byte = static_cast<unsigned char>(c);
      if (byte < 0x20 || byte == 0x7F)
        out += escape_byte(byte);
      else
        out += c;
    }
    if (bad == std::string_view::npos) break;
    out += escape_byte(static_cast<unsigned char>(path[bad]));
    path.remove_prefix(bad + 1);
  }
  return out;
}

FileRead read_file_limited(const std::string& path, std::uint64_t max_bytes, bool seen_regular) {
  // 1. What it is and how large, before opening it: opening a fifo blocks, and
  //    opening some devices has effects of its own. (Not again for a file the
  //    folder walk saw as a regular file: step 2 checks what was opened.)
  struct stat info;
  if (!seen_regular) {
    if (::stat(path.c_str(), &info) != 0) return stat_failure(path, errno);
    if (!S_ISREG(info.st_mode)) return not_regular(info.st_mode);
    if (static_cast<std::uint64_t>(info.st_size) > max_bytes)
      return too_large(static_cast<std::uint64_t>(info.st_size), max_bytes);
  }
  // 2. Open without blocking, and check again what was opened (the path may
  //    have been replaced by a fifo in between).
  const int fd = ::open(path.c_str(), O_RDONLY | O_NONBLOCK | O_NOCTTY | O_CLOEXEC);
  if (fd < 0) return cannot_read(errno);
  if (::fstat(fd, &info) != 0 || !S_ISREG(info.st_mode)) {
    const int error = errno;
    ::close(fd);
    return S_ISREG(info.st_mode) ? cannot_read(error) : not_regular(info.st_mode);
  }
  if (static_cast<std::uint64_t>(info.st_size) > max_bytes) {
    ::close(fd);
    return too_large(static_cast<std::uint64_t>(info.st_size), max_bytes);
  }
  // (O_NONBLOCK is left on: it has no effect on a regular file.)
  // 3. Read at most one byte past the limit: a file that grows while it is
  //    read is refused too, never read without end. The bytes go straight
  //    into the string, sized for the file and one byte more (no buffer to
  //    fill and copy: at 10,000 files a 64 KiB zeroed buffer each was 11 % of
  //    a whole run's instructions).
  std::string text;
  std::size_t used = 0;
  text.resize(static_cast<std::size_t>(
      std::min<std::uint64_t>(static_cast<std::uint64_t>(info.st_size) + 1, max_bytes + 1)));
  for (;;) {
    if (used == text.size()) {
      if (used > max_bytes) break;
      text.resize(static_cast<std::size_t>(
          std::min<std::uint64_t>(std::max<std::uint64_t>(2 * used, 4096), max_bytes + 1)));
    }
    const ssize_t n = ::read(fd, text.data() + used, text.size() - used);
    if (n < 0 && errno == EINTR) continue;
    if (n < 0) {
      const int error = errno;
      ::close(fd);
      return cannot_read(error);
    }
    if (n == 0) break;
    used += static_cast<std::size_t>(n);
    // A regular file reads short only at its end: no second read to hear so
    // (one system call in six per bid file). A file that grew since fstat
    // filled the buffer, and is read on to the limit.
    if (used < text.size()) break;
  }
  ::close(fd);
  text.resize(used);
  if (used > max_bytes) return too_large(used, max_bytes);
  return {std::move(text),
          {},
          {},
          static_cast<unsigned long>(info.st_dev),
          static_cast<unsigned long>(info.st_ino)};
}

std::string read_stream_prefix(std::istream& in, std::uint64_t max_bytes) {
  std::string text;
  std::vector<char> chunk(65536);
  while (text.size() <= max_bytes) {
    const std::uint64_t room = max_bytes + 1 - text.size();
    in.read(chunk.data(),
            static_cast<std::streamsize>(std::min<std::uint64_t>(chunk.size(), room)));
    const auto got = static_cast<std::size_t>(in.gcount());
    if (got == 0) break;
    text.append(chunk.data(), got);
  }
  return text;
}

FileRead stream_too_large(std::uint64_t max_bytes) {
  return failure("standard input holds more than the limit of " + size_text(max_bytes) +
                     "; reading stopped there",
                 too_large_hint(0, max_bytes));
}

}  // namespace aser
