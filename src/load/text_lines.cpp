// Lines and positions of raw text, for carets and for errors found by offset.
#include <algorithm>

#include "load/sink.hpp"

namespace aser {

TextLines::TextLines(std::string_view text) {
  if (text.substr(0, 3) == "\xEF\xBB\xBF") text.remove_prefix(3);
  text_ = text;
  // Each line's start, then one past the last line's '\n' (or its end + 1
  // when it has none): line i is [starts_[i], starts_[i + 1] - 1).
  std::size_t start = 0;
  while (start < text.size()) {
    starts_.push_back(start);
    const std::size_t end = text.find('\n', start);
    start = end == std::string_view::npos ? text.size() + 1 : end + 1;
  }
  if (!starts_.empty()) starts_.push_back(start);
}

std::string_view TextLines::operator[](std::size_t i) const {
  std::string_view line = text_.substr(starts_[i], starts_[i + 1] - 1 - starts_[i]);
  if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
  return line;
}

namespace {

bool continuation(char c) {
  return (static_cast<unsigned char>(c) & 0xC0) == 0x80;
}

}  // namespace

Position position_of(std::string_view text, std::size_t offset) {
  Position pos{1, 1};
  for (std::size_t i = 0; i < offset && i < text.size(); ++i) {
    if (text[i] == '\n') {
      ++pos.line;
      pos.column = 1;
    } else if (!continuation(text[i])) {
      ++pos.column;
    }
  }
  return pos;
}

int column_of_byte(std::string_view line, std::size_t byte) {
  int column = 1;
  for (std::size_t i = 0; i < byte && i < line.size(); ++i)
    if (!continuation(line[i])) ++column;
  return column;
}

std::size_t byte_of_column(std::string_view line, int column) {
  int seen = 1;
  for (std::size_t i = 0; i < line.size(); ++i) {
    if (continuation(line[i])) continue;
    if (seen == column) return i;
    ++seen;
  }
  return line.size();
}

Position position_from_bytes(std::string_view text, int line0, int byte_column0) {
  if (line0 < 0) return {};
  std::size_t start = 0;
  for (int line = 0; line < line0; ++line) {
    const std::size_t end = text.find('\n', start);
    if (end == std::string_view::npos) return {line0 + 1, byte_column0 + 1};
    start = end + 1;
  }
  std::size_t end = text.find('\n', start);
  if (end == std::string_view::npos) end = text.size();
  return {line0 + 1, column_of_byte(text.substr(start, end - start),
                                    static_cast<std::size_t>(std::max(byte_column0, 0)))};
}

}  // namespace aser
