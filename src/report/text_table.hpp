// Columns of text aligned by display width (accents take one column, CJK
// characters two), with optional ANSI colour that never shifts alignment.
#pragma once

#include <string>
#include <vector>

namespace aser::report {

namespace ansi {
inline constexpr const char* bold = "\x1b[1m";
inline constexpr const char* red = "\x1b[31m";
inline constexpr const char* green = "\x1b[32m";
inline constexpr const char* yellow = "\x1b[33m";
inline constexpr const char* reset = "\x1b[0m";
}  // namespace ansi

/// `text` wrapped in `style` and a reset when `color` and a style are given.
std::string paint(const std::string& text, const char* style, bool color);

struct Cell {
  std::string text;
  const char* style = nullptr;  ///< ANSI style of this cell; overrides the row's
};

struct TextTable {
  std::vector<std::string> headers;
  std::vector<bool> right;  ///< per column: right-aligned (numbers)
  struct Row {
    std::vector<Cell> cells;
    const char* style = nullptr;  ///< ANSI style of the whole row
  };
  std::vector<Row> rows;

  void add(std::vector<Cell> cells, const char* style = nullptr) {
    rows.push_back({std::move(cells), style});
  }
};

/// The header (bold when coloured), a rule of '-', then the rows; columns are
/// separated by two spaces and every line has the same display width.
std::string render(const TextTable& table, bool color);

}  // namespace aser::report
