#include "report/text_table.hpp"

#include <algorithm>

#include "support/utf8.hpp"

namespace aser::report {

std::string paint(const std::string& text, const char* style, bool color) {
  if (!color || !style) return text;
  return style + text + ansi::reset;
}

std::string render(const TextTable& table, bool color) {
  const std::size_t columns = table.headers.size();
  std::vector<std::size_t> widths(columns, 0);
  for (std::size_t c = 0; c < columns; ++c) widths[c] = display_width(table.headers[c]);
  for (const TextTable::Row& row : table.rows)
    for (std::size_t c = 0; c < columns && c < row.cells.size(); ++c)
      widths[c] = std::max(widths[c], display_width(row.cells[c].text));

  auto pad = [&](const std::string& text, std::size_t c) {
    const bool right = c < table.right.size() && table.right[c];
    return right ? pad_left(text, widths[c]) : pad_right(text, widths[c]);
  };

  std::string out;
  std::string line;
  for (std::size_t c = 0; c < columns; ++c) {
    if (c > 0) line += "  ";
    line += pad(table.headers[c], c);
  }
  out += paint(line, ansi::bold, color) + '\n';
  line.clear();
  for (std::size_t c = 0; c < columns; ++c) {
    if (c > 0) line += "  ";
    line += std::string(widths[c], '-');
  }
  out += line + '\n';

  for (const TextTable::Row& row : table.rows) {
    line.clear();
    for (std::size_t c = 0; c < columns; ++c) {
      if (c > 0) line += "  ";
      const std::string text = c < row.cells.size() ? row.cells[c].text : "";
      const char* style =
          c < row.cells.size() && row.cells[c].style ? row.cells[c].style : row.style;
      line += paint(pad(text, c), style, color);
    }
    out += line + '\n';
  }
  return out;
}

}  // namespace aser::report
