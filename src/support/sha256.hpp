// SHA-256 of file contents, for the provenance of every report (Nettle).
#pragma once

#include <string>
#include <string_view>

namespace aser {

/// Lower-case hex SHA-256 of the bytes.
std::string sha256_hex(std::string_view bytes);

}  // namespace aser
