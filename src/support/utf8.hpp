// UTF-8 checks and display widths: yaml-cpp passes invalid UTF-8 through, and
// tables must line up with accents and wide (CJK) characters.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace aser {

/// Offset of the first byte that is not valid UTF-8, or npos when all is valid.
std::size_t invalid_utf8_offset(std::string_view text);

/// Columns a terminal gives to this text: combining marks 0, East Asian wide
/// and fullwidth characters 2, everything else 1.
std::size_t display_width(std::string_view text);

/// Pad with spaces to `width` columns, on the right (left-aligned) or left.
std::string pad_right(std::string_view text, std::size_t width);
std::string pad_left(std::string_view text, std::size_t width);

}  // namespace aser
