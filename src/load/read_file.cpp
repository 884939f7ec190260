#include "load/read_file.hpp"

#include <cctype>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>

namespace aser {

namespace {

std::string lower_first(std::string text) {
  if (!text.empty()) text[0] = static_cast<char>(std::tolower(static_cast<unsigned char>(text[0])));
  return text;
}

FileRead failure(std::string error, std::string hint = {}) {
  return {std::nullopt, std::move(error), std::move(hint)};
}

}  // namespace

FileRead read_file_limited(const std::string& path, std::size_t max_bytes) {
  namespace fs = std::filesystem;
  // The size first: a huge file is refused before it is read.
  std::error_code ec;
  const std::uintmax_t size = fs::file_size(path, ec);
  if (!ec && size > max_bytes)
    return failure("the file is larger than " + std::to_string(max_bytes / (1024 * 1024)) +
                       " MiB (" + std::to_string(size) + " bytes)",
                   "aser refuses files over " + std::to_string(max_bytes / (1024 * 1024)) + " MiB");
  std::FILE* file = std::fopen(path.c_str(), "rb");
  if (!file) return failure("cannot read the file: " + lower_first(std::strerror(errno)));
  std::string text;
  char buffer[65536];
  std::size_t n = 0;
  while ((n = std::fread(buffer, 1, sizeof buffer, file)) > 0) {
    text.append(buffer, n);
    if (text.size() > max_bytes) break;  // grew while we read: the parser refuses it
  }
  const bool failed = std::ferror(file) != 0;
  const int error = errno;
  std::fclose(file);
  if (failed) return failure("cannot read the file: " + lower_first(std::strerror(error)));
  return {std::move(text), {}, {}};
}

}  // namespace aser
