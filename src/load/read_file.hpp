// Reading a whole grid or bid file, refusing one over the size limit before
// reading it (yaml-cpp eats memory on some large inputs: TOOLCHAIN.md).
#pragma once

#include <cstddef>
#include <optional>
#include <string>

namespace aser {

struct FileRead {
  std::optional<std::string> text;  ///< the bytes, when the file could be read
  std::string error;  ///< otherwise: "cannot read the file: no such file or directory"
  std::string hint;   ///< may be empty
};

FileRead read_file_limited(const std::string& path, std::size_t max_bytes);

}  // namespace aser
