// Where loaders put their diagnostics: the file's display name and lines (for
// carets), and the list that collects every problem of a run.
#pragma once

#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "model/diagnostic.hpp"
#include "model/position.hpp"

namespace aser {

/// The lines of a text (without '\n' or a trailing '\r'; a leading BOM
/// removed), as views into it: the text must outlive them. One vector of
/// offsets, not a string per line (60 allocations for a bid written into
/// aser's form, most of them comments no diagnostic ever shows).
class TextLines {
 public:
  TextLines() = default;
  explicit TextLines(std::string_view text);
  std::size_t size() const { return starts_.empty() ? 0 : starts_.size() - 1; }
  bool empty() const { return size() == 0; }
  /// Line `i` (0-based; i < size()).
  std::string_view operator[](std::size_t i) const;

 private:
  std::string_view text_;
  std::vector<std::size_t> starts_;  // of each line, then text_.size() + 1
};

struct Sink {
  std::string file;
  const TextLines* lines = nullptr;  ///< may be null: no carets
  Diagnostics* out = nullptr;

  void add(Severity severity, Position pos, std::string message, std::string hint = {}) const {
    Diagnostic d;
    d.severity = severity;
    d.file = file;
    d.pos = pos;
    d.message = std::move(message);
    d.hint = std::move(hint);
    if (lines && pos.line > 0 && static_cast<std::size_t>(pos.line) <= lines->size())
      d.source_line = (*lines)[static_cast<std::size_t>(pos.line) - 1];
    out->push_back(std::move(d));
  }
  void error(Position pos, std::string message, std::string hint = {}) const {
    add(Severity::error, pos, std::move(message), std::move(hint));
  }
  void warning(Position pos, std::string message, std::string hint = {}) const {
    add(Severity::warning, pos, std::move(message), std::move(hint));
  }
};

/// The 1-based line and column of a byte offset in `text`; columns count
/// characters (UTF-8 code points), not bytes.
Position position_of(std::string_view text, std::size_t offset);

/// The 1-based column (in characters) of byte `byte` of `line`.
int column_of_byte(std::string_view line, std::size_t byte);

/// The byte offset in `line` where 1-based character column `column` starts
/// (the line's size when the column is past its end).
std::size_t byte_of_column(std::string_view line, int column);

/// A position from a 0-based line and byte column in `text` (as yaml-cpp marks
/// count), with the column in characters; unknown for a negative line.
Position position_from_bytes(std::string_view text, int line0, int byte_column0);

}  // namespace aser
