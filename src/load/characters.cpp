#include "load/characters.hpp"

#include <cstdint>
#include <cstring>
#include <string>

namespace aser {

namespace {

std::string hex(unsigned char c) {
  static const char* digits = "0123456789ABCDEF";
  return std::string{digits[c >> 4], digits[c & 15]};
}

}  // namespace

bool check_not_utf16(std::string_view text, const Sink& sink) {
  const char* encoding = nullptr;
  if (text.substr(0, 4) == std::string_view("\xFF\xFE\0\0", 4) ||
      text.substr(0, 4) == std::string_view("\0\0\xFE\xFF", 4))
    encoding = "UTF-32";
  else if (text.substr(0, 2) == "\xFF\xFE" || text.substr(0, 2) == "\xFE\xFF")
    encoding = "UTF-16";
  if (encoding == nullptr) return true;
  sink.error({},
             std::string("the file is ") + encoding + " (it starts with a " + encoding +
                 " byte order mark), not UTF-8",
             "save the file as UTF-8 (in Notepad: Save as, Encoding: UTF-8)");
  return false;
}

// Whether any of the eight bytes of `word` is below 0x20 or is 0x7F (a
// control character, or a line end that the loop below looks at).
bool any_control(std::uint64_t word) {
  constexpr std::uint64_t ones = 0x0101010101010101ULL;
  constexpr std::uint64_t highs = 0x8080808080808080ULL;
  const std::uint64_t below_space = (word - ones * 0x20) & ~word & highs;
  const std::uint64_t x = word ^ (ones * 0x7F);  // 0x7F bytes become 0
  const std::uint64_t del = (x - ones) & ~x & highs;
  return (below_space | del) != 0;
}

bool check_control_characters(std::string_view text, const Sink& sink) {
  for (std::size_t i = 0; i < text.size(); ++i) {
    // Eight bytes at a time while none is a control character or a line end.
    while (i + 8 <= text.size()) {
      std::uint64_t word;
      std::memcpy(&word, text.data() + i, 8);
      if (any_control(word)) break;
      i += 8;
    }
    if (i >= text.size()) break;
    const auto c = static_cast<unsigned char>(text[i]);
    if (c == '\r' && (i + 1 == text.size() || text[i + 1] != '\n')) {
      sink.error(position_of(text, i), "a carriage return that does not end a line",
                 "save the file with LF or CRLF line endings (a lone CR is an old Mac ending)");
      return false;
    }
    if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0x7F) {
      // No caret line: it would print the control character.
      sink.error(position_of(text, i),
                 c == 0 ? "a NUL byte (0x00) in the text"
                        : "a control character (byte 0x" + hex(c) + ") in the text",
                 c == 0 ? "a text file has no NUL bytes: is it UTF-16 saved without a byte order "
                          "mark, or not a text file? Save it as UTF-8 text"
                        : "remove it: YAML and JSON files hold printable characters only");
      return false;
    }
  }
  return true;
}

}  // namespace aser
