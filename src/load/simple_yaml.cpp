// The simplest YAML, read line by line without libyaml: block mappings whose
// values are one-line plain or quoted texts, block texts ('>' and '|') or
// empty (a question left unanswered), which is what a bid form is. libyaml's
// scanner spent 90,000 instructions on a 600-byte bid, a third of a
// 10,000-bid run (docs/design-notes.md, "The third pass"); this reads the
// same bid, tree included, in a quarter of that.
//
// It gives up on anything else (then libyaml's reader reads the file): lists,
// flow collections, a text over several lines, escapes, tabs,
// carriage returns, comments after a block text's indicator, anchors, tags,
// document markers and directives, keys other than letters, digits and
// '_', '.', '-', duplicate keys, limits. What it accepts it reads exactly as
// libyaml's reader does, positions included: tests/load/test_simple_yaml.cpp
// compares the two trees on every YAML file of the repository, and the
// fuzz targets bid_yaml and grid compare it with the reference reader.
#include "load/simple_yaml.hpp"

#include <array>
#include <cstring>
#include <vector>

#include "load/scalar.hpp"

namespace aser {
namespace {

// One line of the text, without its '\n'.
struct Line {
  std::string_view text;
  int indent = 0;  // leading spaces
  bool blank() const { return static_cast<std::size_t>(indent) == text.size(); }
  bool comment() const { return !blank() && text[static_cast<std::size_t>(indent)] == '#'; }
};

bool is_key_start(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
}
bool is_key_char(char c) {
  return is_key_start(c) || c == '.' || c == '-';
}

// A plain text may not start with these (YAML's indicators), nor with a
// space; '-' is allowed before a digit ("-5").
bool plain_start(std::string_view value) {
  const char c = value[0];
  if (c == '-') return value.size() > 1 && value[1] >= '0' && value[1] <= '9';
  return std::strchr("?:,[]{}#&*!|>'\"%@` ", c) == nullptr;
}

class SimpleReader {
 public:
  SimpleReader(std::string_view text, const Limits& limits, std::vector<Line>& lines)
      : limits_(limits), lines_(lines) {
    lines_.clear();
    std::size_t from = 0;
    for (std::size_t at = 0; at < text.size(); ++at) {
      const auto c = static_cast<unsigned char>(text[at]);
      if (!kNotable[c]) continue;
      if (c == '\n') {
        if (!add_line(text.substr(from, at - from))) return;
        from = at + 1;
        continue;
      }
      // Tabs, carriage returns; a byte order mark past the start, and YAML
      // 1.1's other line breaks (NEL, LS, PS): libyaml's reader's, or the
      // reference reader's (fast_read_yaml).
      if (c == '\t' || c == '\r') return;
      const std::string_view next = text.substr(at, 3);
      if (next == "\xEF\xBB\xBF" || next.substr(0, 2) == "\xC2\x85" || next == "\xE2\x80\xA8" ||
          next == "\xE2\x80\xA9")
        return;
    }
    if (from < text.size()) {
      if (!add_line(text.substr(from))) return;
      last_line_open_ = true;  // no '\n' after it
    }
    ok_ = true;
  }

  bool read(Value& root) {
    if (!ok_) return false;
    struct Level {
      Value* map;
      int indent;
    };
    std::vector<Level> levels;
    Value* pending = nullptr;  // a value that is a mapping, once its first key is seen
    int pending_indent = 0;    // the indent of its key
    Position pending_key_pos;  // where its key is written
    // A key with nothing after it, and no line further in below: an empty
    // value (a question left unanswered on a form), null, placed at its key
    // as the reference reader places it.
    auto empty_value = [&] {
      pending->kind = Value::Kind::null;
      pending->pos = pending_key_pos;
      pending = nullptr;
    };
    for (std::size_t i = 0; i < lines_.size();) {
      const Line& line = lines_[i];
      if (line.blank() || line.comment()) {
        ++i;
        continue;
      }
      if (levels.empty()) {  // the root mapping starts at its first key
        if (line.indent != 0 || limits_.max_depth < 1 || !count_node()) return false;
        root.kind = Value::Kind::map;
        root.pos = {static_cast<int>(i) + 1, 1};
        levels.push_back({&root, 0});
      } else if (pending && line.indent > pending_indent) {  // the first key of a nested mapping
        if (static_cast<int>(levels.size()) + 1 > limits_.max_depth) return false;
        pending->kind = Value::Kind::map;
        pending->pos = {static_cast<int>(i) + 1, line.indent + 1};
        levels.push_back({pending, line.indent});
        pending = nullptr;
      } else {
        if (pending) empty_value();
        while (!levels.empty() && line.indent < levels.back().indent) levels.pop_back();
        if (levels.empty() || line.indent != levels.back().indent) return false;
      }
      // key ':' then ' ' and a value, or the end of the line (a mapping follows).
      const std::string_view text = line.text;
      std::size_t at = static_cast<std::size_t>(line.indent);
      if (!is_key_start(text[at])) return false;
      const std::size_t key_from = at;
      while (at < text.size() && is_key_char(text[at])) ++at;
      if (at == text.size() || text[at] != ':') return false;
      const std::string_view key = text.substr(key_from, at - key_from);
      // YAML limits an implicit key to 1024 characters: long ones are the
      // reference reader's to refuse.
      if (key.size() > kMaxKey || resolve_plain(key).kind == PlainScalar::Kind::null) return false;
      Value* map = levels.back().map;
      if (map->entries.size() >= kMaxEntries) return false;
      for (const MapEntry& entry : map->entries)
        if (entry.key == key) return false;  // a duplicate: the reference reader words it
      if (map->entries.empty()) map->entries.reserve(8);
      MapEntry& entry = map->entries.emplace_back();
      entry.key.assign(key);
      entry.key_pos = {static_cast<int>(i) + 1, line.indent + 1};
      ++at;  // past ':'
      std::size_t value_at = at;
      while (value_at < text.size() && text[value_at] == ' ') ++value_at;
      if (value_at == text.size() || text[value_at] == '#') {
        if (value_at < text.size() && value_at == at) return false;  // "key:#"
        if (!count_node()) return false;
        pending = &entry.value;
        pending_indent = line.indent;
        pending_key_pos = entry.key_pos;
        ++i;
        continue;
      }
      if (value_at == at) return false;  // "key:value" is one plain text
      if (!count_node()) return false;
      Value& value = entry.value;
      value.pos = {static_cast<int>(i) + 1, static_cast<int>(value_at) + 1};
      const std::string_view rest = text.substr(value_at);
      if (rest[0] == '>' || rest[0] == '|') {
        if (!block_text(rest, line.indent, i, value)) return false;
        continue;  // i is past the block
      }
      if (rest[0] == '"' || rest[0] == '\'') {
        if (!quoted_text(rest, value)) return false;
      } else if (!plain_text(rest, value)) {
        return false;
      }
      ++i;
      // The next line further in would continue the text (or be an error).
      for (std::size_t next = i; next < lines_.size(); ++next) {
        if (lines_[next].blank()) continue;
        if (lines_[next].indent > line.indent) return false;
        break;
      }
    }
    if (levels.empty()) return false;
    if (pending) empty_value();  // the last key of the file
    return true;
  }

 private:
  static constexpr std::size_t kMaxEntries = 256;  // beyond, duplicates are costly to find
  static constexpr std::size_t kMaxKey = 512;

  bool count_node() { return ++nodes_ <= limits_.max_nodes; }

  // The bytes the constructor looks at: line ends and what makes it give up.
  static constexpr auto kNotable = [] {
    std::array<bool, 256> notable{};
    for (unsigned char c : {'\n', '\t', '\r', '\xC2', '\xE2', '\xEF'}) notable[c] = true;
    return notable;
  }();

  // Document markers and directives give up (libyaml's reader's to read).
  bool add_line(std::string_view text) {
    if (text.size() >= 3 && (text.compare(0, 3, "---") == 0 || text.compare(0, 3, "...") == 0))
      return false;
    if (lines_.empty() && !text.empty() && text[0] == '%') return false;
    Line line;
    line.text = text;
    while (static_cast<std::size_t>(line.indent) < text.size() &&
           text[static_cast<std::size_t>(line.indent)] == ' ')
      ++line.indent;
    lines_.push_back(line);
    return true;
  }

  // 'text' or "text" on one line, with no escape, then blanks or a comment.
  static bool quoted_text(std::string_view rest, Value& value) {
    const char quote = rest[0];
    const std::size_t close = rest.find(quote, 1);
    if (close == std::string_view::npos) return false;
    const std::string_view content = rest.substr(1, close - 1);
    if (quote == '"' && content.find('\\') != std::string_view::npos) return false;
    std::size_t after = close + 1;
    if (quote == '\'' && after < rest.size() && rest[after] == '\'') return false;  // '' escape
    if (after < rest.size() && rest[after] != ' ') return false;
    while (after < rest.size() && rest[after] == ' ') ++after;
    if (after < rest.size() && rest[after] != '#') return false;
    value.kind = Value::Kind::string;
    value.quoted = true;
    value.text.assign(content);
    return true;
  }

  // A plain text to the end of the line or a comment, resolved by the core schema.
  static bool plain_text(std::string_view rest, Value& value) {
    if (!plain_start(rest)) return false;
    // To a comment (" #"); a ": " in it, or a ':' at its end, is a mapping.
    std::size_t end = rest.size();
    for (std::size_t at = 1; at < rest.size(); ++at) {
      if (rest[at] == '#' && rest[at - 1] == ' ') {
        end = at - 1;
        break;
      }
      if (rest[at - 1] == ':' && rest[at] == ' ') return false;
    }
    while (end > 0 && rest[end - 1] == ' ') --end;
    const std::string_view text = rest.substr(0, end);
    if (text.back() == ':') return false;
    if (!take_plain(value, resolve_plain(text))) return false;  // not finite
    if (value.kind != Value::Kind::null) value.text.assign(text);
    return true;
  }

  // '>' or '|', clipped or stripped ('-'), its lines all at one indent with
  // no empty line between them: folded into one line, or kept as lines.
  // `i` goes past its last line.
  bool block_text(std::string_view header, int key_indent, std::size_t& i, Value& value) {
    const bool folded = header[0] == '>';
    bool strip = false;
    if (header.size() == 2 && header[1] == '-')
      strip = true;
    else if (header.size() != 1)
      return false;  // keep ('+'), an indent digit, blanks or a comment
    std::size_t first = i + 1;
    if (first >= lines_.size() || lines_[first].blank()) return false;
    const int indent = lines_[first].indent;
    if (indent <= key_indent) return false;  // empty: libyaml's reader
    // Its lines, then the text made at its size once (kept by the bid: a
    // string grown line by line kept up to twice its size).
    std::size_t next = first;
    std::size_t size = 1;  // the final line break
    for (; next < lines_.size(); ++next) {
      const Line& line = lines_[next];
      if (line.blank()) break;
      if (line.indent < indent) break;
      if (line.indent > indent) return false;  // more indented: kept breaks
      size += line.text.size() - static_cast<std::size_t>(indent) + 1;
    }
    std::string text;
    text.reserve(size);
    for (std::size_t k = first; k < next; ++k) {
      if (k > first) text += folded ? ' ' : '\n';
      text.append(lines_[k].text.substr(static_cast<std::size_t>(indent)));
    }
    // Blank lines after it are dropped by the chomping; a line of the block
    // after them would have been kept with them: libyaml's reader then.
    std::size_t after = next;
    while (after < lines_.size() && lines_[after].blank()) {
      if (static_cast<int>(lines_[after].text.size()) > key_indent) return false;  // spaces inside
      ++after;
    }
    if (after < lines_.size() && lines_[after].indent > key_indent) return false;
    // Clipped: the last line's break is kept, when there is one (fuzz
    // finding: a block text on the file's last line, with no '\n' after it).
    if (!strip && !(last_line_open_ && next == lines_.size())) text += '\n';
    value.kind = Value::Kind::string;
    value.quoted = true;
    value.text = std::move(text);
    i = after;
    return true;
  }

  const Limits& limits_;
  std::vector<Line>& lines_;  // the reading thread's, used again file after file
  std::size_t nodes_ = 0;
  bool ok_ = false;              // the text has nothing the constructor gives up on
  bool last_line_open_ = false;  // the text does not end with '\n'
};

}  // namespace

bool simple_read_yaml(std::string_view text, const Limits& limits, Value& out) {
  thread_local std::vector<Line> lines;
  SimpleReader reader(text, limits, lines);
  return reader.read(out);
}

}  // namespace aser
