#include "cli/output.hpp"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cctype>
#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <iostream>

namespace aser {

bool use_color(ColorMode mode) {
  if (mode != ColorMode::automatic) return mode == ColorMode::always;
  const char* no_color = std::getenv("NO_COLOR");
  if (no_color != nullptr && no_color[0] != '\0') return false;
  const char* term = std::getenv("TERM");
  if (term != nullptr && std::strcmp(term, "dumb") == 0) return false;
  return isatty(STDOUT_FILENO) == 1;
}

namespace {

std::string error_text(int error) {
  std::string text = std::strerror(error);
  if (!text.empty()) text[0] = static_cast<char>(std::tolower(static_cast<unsigned char>(text[0])));
  return text;
}

bool write_all(int fd, std::string_view text) {
  const char* data = text.data();
  std::size_t left = text.size();
  while (left > 0) {
    const ssize_t written = ::write(fd, data, left);
    if (written < 0 && errno == EINTR) continue;
    if (written <= 0) return false;
    data += written;
    left -= static_cast<std::size_t>(written);
  }
  return true;
}

// Every piece `produce` gives, until one fails (errno tells why).
bool write_pieces(int fd, const Piecewise& produce) {
  bool ok = true;
  int error = 0;  // kept: producing the next pieces may change errno
  produce([&](std::string_view piece) {
    if (ok && !write_all(fd, piece)) {
      ok = false;
      error = errno;
    }
    return ok;
  });
  if (!ok) errno = error;
  return ok;
}

// A name in `folder` that nothing else uses: ".report.html.tmp.<pid>.<n>".
std::string temporary_name(const std::filesystem::path& folder, const std::string& name, int n) {
  return (folder / ("." + name + ".tmp." + std::to_string(::getpid()) + "." + std::to_string(n)))
      .string();
}

// The file is complete and on disk: give it its name. With no file of that
// name yet, a hard link makes it appear whole at once and leaves nothing
// behind. Otherwise it gets a temporary name, then rename() replaces the old
// file in one step; a kill between the two leaves the old report and one
// ".NAME.tmp.*" file, never a half-written report.
std::string publish(int fd, const std::string& path, const std::filesystem::path& folder,
                    const std::string& name) {
  const std::string self = "/proc/self/fd/" + std::to_string(fd);
  if (::linkat(AT_FDCWD, self.c_str(), AT_FDCWD, path.c_str(), AT_SYMLINK_FOLLOW) == 0) return {};
  if (errno != EEXIST) return "cannot write '" + path + "': " + error_text(errno);
  for (int n = 0; n < 100; ++n) {
    const std::string temporary = temporary_name(folder, name, n);
    if (::linkat(AT_FDCWD, self.c_str(), AT_FDCWD, temporary.c_str(), AT_SYMLINK_FOLLOW) != 0) {
      if (errno == EEXIST) continue;
      return "cannot write '" + path + "': " + error_text(errno);
    }
    if (std::rename(temporary.c_str(), path.c_str()) != 0) {
      const std::string error = "cannot replace '" + path + "': " + error_text(errno);
      ::unlink(temporary.c_str());
      return error;
    }
    return {};
  }
  return "cannot write '" + path + "': no free temporary name";
}

// Where O_TMPFILE is not supported (some file systems, no /proc): a named
// temporary file, renamed over the report. A kill while it is written leaves
// that ".NAME.tmp.*" file (and the old report intact).
std::string write_through_named_file(const std::string& path, const std::filesystem::path& folder,
                                     const std::string& name, const Piecewise& produce) {
  std::string pattern = (folder / ("." + name + ".tmp.XXXXXX")).string();
  const int fd = ::mkstemp(pattern.data());
  if (fd < 0) return "cannot write in '" + folder.string() + "': " + error_text(errno);
  // mkstemp makes the file 0600; a report is an ordinary file (0666 less the umask).
  const mode_t mask = ::umask(0);
  ::umask(mask);
  ::fchmod(fd, 0666 & ~mask);
  if (!write_pieces(fd, produce) || ::fsync(fd) != 0) {
    const std::string error = "cannot write '" + path + "': " + error_text(errno);
    ::close(fd);
    ::unlink(pattern.c_str());
    return error;
  }
  ::close(fd);
  if (std::rename(pattern.c_str(), path.c_str()) != 0) {
    const std::string error = "cannot replace '" + path + "': " + error_text(errno);
    ::unlink(pattern.c_str());
    return error;
  }
  return {};
}

// Makes a rename or link in `folder` durable (best effort: some file systems refuse).
void sync_folder(const std::filesystem::path& folder) {
  const int fd = ::open(folder.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
  if (fd < 0) return;
  ::fsync(fd);
  ::close(fd);
}

}  // namespace

std::string write_file_atomically(const std::string& path, const std::string& text) {
  return write_file_atomically(path, [&](const auto& write) { write(text); });
}

std::string write_file_atomically(const std::string& path, const Piecewise& produce) {
  namespace fs = std::filesystem;
  const fs::path target(path);
  const fs::path folder = target.parent_path().empty() ? fs::path(".") : target.parent_path();
  const std::string name = target.filename().string();
  // `-o /dev/stdout`, a fifo or a terminal: written to as a stream. Renaming
  // over them would replace the device (as root) with a regular file.
  struct stat info;
  if (::stat(path.c_str(), &info) == 0 && !S_ISREG(info.st_mode) && !S_ISDIR(info.st_mode)) {
    const int fd = ::open(path.c_str(), O_WRONLY | O_CLOEXEC | O_NOCTTY);
    if (fd < 0) return "cannot write '" + path + "': " + error_text(errno);
    const bool ok = write_pieces(fd, produce);
    const int error = errno;
    ::close(fd);
    return ok ? std::string() : "cannot write '" + path + "': " + error_text(error);
  }
  // An unnamed file in the target's folder: until it is linked, a kill leaves nothing.
  const bool proc = ::access("/proc/self/fd", X_OK) == 0;  // linkat names the file through it
  const int fd = proc ? ::open(folder.c_str(), O_TMPFILE | O_WRONLY | O_CLOEXEC, 0666) : -1;
  if (fd < 0) {
    if (proc && (errno == ENOENT || errno == ENOTDIR || errno == EACCES || errno == EROFS))
      return "cannot write in '" + folder.string() + "': " + error_text(errno);
    std::string error = write_through_named_file(path, folder, name, produce);
    if (error.empty()) sync_folder(folder);
    return error;
  }
  if (!write_pieces(fd, produce) || ::fsync(fd) != 0) {
    const std::string error = "cannot write '" + path + "': " + error_text(errno);
    ::close(fd);
    return error;
  }
  std::string error = publish(fd, path, folder, name);
  ::close(fd);
  if (error.empty()) sync_folder(folder);
  return error;
}

std::string emit(const std::string& path, const std::string& text) {
  return emit(path, [&](const auto& write) { write(text); });
}

std::string emit(const std::string& path, const Piecewise& produce) {
  if (!path.empty() && path != "-") return write_file_atomically(path, produce);
  produce([](std::string_view piece) {
    return static_cast<bool>(
        std::cout.write(piece.data(), static_cast<std::streamsize>(piece.size())));
  });
  std::cout << std::flush;
  return std::cout ? std::string() : std::string("cannot write to standard output");
}

int finish_stdout(int code) {
  std::cout.flush();
  if (std::cout) return code;
  std::cerr << "aser: error: cannot write to standard output\n";
  return 1;
}

}  // namespace aser
