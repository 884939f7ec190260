#include "cli/output.hpp"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

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

std::string write_file_atomically(const std::string& path, const std::string& text) {
  namespace fs = std::filesystem;
  fs::path target(path);
  fs::path folder = target.parent_path().empty() ? fs::path(".") : target.parent_path();
  std::string pattern = (folder / ("." + target.filename().string() + ".tmp.XXXXXX")).string();
  int fd = mkstemp(pattern.data());
  if (fd < 0) return "cannot write in '" + folder.string() + "': " + std::strerror(errno);
  // mkstemp makes the file 0600; a report is an ordinary file (0644 less the umask).
  mode_t mask = umask(0);
  umask(mask);
  fchmod(fd, 0666 & ~mask);
  const char* data = text.data();
  std::size_t left = text.size();
  while (left > 0) {
    ssize_t written = write(fd, data, left);
    if (written < 0) {
      if (errno == EINTR) continue;
      std::string error = "cannot write '" + path + "': " + std::strerror(errno);
      close(fd);
      unlink(pattern.c_str());
      return error;
    }
    data += written;
    left -= static_cast<std::size_t>(written);
  }
  if (fsync(fd) != 0 || close(fd) != 0) {
    unlink(pattern.c_str());
    return "cannot write '" + path + "': " + std::strerror(errno);
  }
  if (std::rename(pattern.c_str(), path.c_str()) != 0) {
    std::string error = "cannot replace '" + path + "': " + std::strerror(errno);
    unlink(pattern.c_str());
    return error;
  }
  return {};
}

std::string emit(const std::string& path, const std::string& text) {
  if (!path.empty() && path != "-") return write_file_atomically(path, text);
  std::cout << text << std::flush;
  return std::cout ? std::string() : std::string("cannot write to standard output");
}

}  // namespace aser
