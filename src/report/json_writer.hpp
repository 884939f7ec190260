// A streaming JSON writer for the JSON report: it appends straight into one
// string, with no tree of values, the same bytes as nlohmann 3.11.2's
// dump(2, ' ', false, error_handler_t::replace). The report's bytes are a
// stable interface (tests/digests), so the format copies that call's exactly:
// a tree of 10,000 bids cost a third of `aser rank -f json` (issue 11).
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace aser::report {

class JsonWriter {
 public:
  /// `reserve`: the expected size in bytes, to grow the string once.
  explicit JsonWriter(std::size_t reserve = 0);

  /// An empty object or array prints `{}` / `[]`; otherwise each member or
  /// item stands on its own line, indented two spaces per level.
  void begin_object();
  void end_object();
  void begin_array();
  void end_array();

  /// The next member's key; the value follows with one of the calls below.
  JsonWriter& key(std::string_view name);

  void null();
  void boolean(bool value);
  void integer(std::int64_t value);
  void unsigned_integer(std::uint64_t value);
  /// The shortest digits that read back as `value` (nlohmann's Grisu2), with
  /// ".0" on integral values; NaN and infinities print null.
  void number(double value);
  /// Escaped as nlohmann does; invalid UTF-8 becomes U+FFFD, as its `replace`.
  void string(std::string_view value);

  /// The text so far; call when every container is closed.
  const std::string& text() const { return out_; }
  std::string take() { return std::move(out_); }
  /// Gives the text so far to `write` and starts afresh, open containers and
  /// all: a large report goes out in pieces, never whole in memory. False
  /// when `write` failed.
  template <typename Write>
  bool hand_over(const Write& write) {
    const bool ok = write(std::string_view(out_));
    out_.clear();
    return ok;
  }
  /// A writer that goes on from this point in a buffer of its own (another
  /// thread's), as if `items` more items had been written in the innermost
  /// open array: its text follows this writer's text, and that of those items.
  /// `buffer`: memory to write into (its text is dropped, its capacity kept).
  JsonWriter branch(std::size_t items, std::string buffer = {}) const {
    JsonWriter out;
    buffer.clear();
    out.out_ = std::move(buffer);
    out.levels_ = levels_;
    out.key_written_ = key_written_;
    if (!out.levels_.empty()) out.levels_.back().count += items;
    return out;
  }
  /// Goes on after `items` items written by branches, in their order.
  void skip_items(std::size_t items) {
    if (!levels_.empty()) levels_.back().count += items;
  }
  /// A raw character after the document (the report's final newline).
  void append(char c) { out_ += c; }

 private:
  struct Level {
    bool array = false;
    std::size_t count = 0;  // members or items written so far
  };
  void before_value();
  void open(char bracket, bool array);
  void close(char bracket, bool array);
  void separate();                      // the newline and indent before a member or item
  void quoted(std::string_view value);  // a string or key, quotes included
  /// Without the quotes, as if valid UTF-8; true when a byte is past 0x7F.
  bool escaped(std::string_view value);

  std::string out_;
  std::vector<Level> levels_;
  bool key_written_ = false;  // a key awaits its value
};

}  // namespace aser::report
