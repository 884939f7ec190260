// Strict JSON (RFC 8259) straight into a Value tree, one pass, an explicit
// stack. Numbers, true, false and null are resolved as the YAML 1.2 core
// schema reads them (a JSON file is read as the YAML it also is); strings are
// quoted texts. Anything wrong or unusual (a syntax error, a duplicate key, a
// lone surrogate, a limit) makes it give up: see fast_reader.hpp.
#include <algorithm>
#include <deque>
#include <string>
#include <unordered_set>
#include <vector>

#include "load/fast_reader.hpp"
#include "load/scalar.hpp"

namespace aser {
namespace {

struct Frame {
  Value* node;
  std::unordered_set<std::string>* keys = nullptr;  // owned by JsonReader::key_sets_
};

class JsonReader {
 public:
  JsonReader(std::string_view text, const Limits& limits) : text_(text), limits_(limits) {}

  bool run(Value& root) {
    skip_space();
    if (!value(root)) return false;
    // The stack of open collections, each continued until it closes.
    while (!stack_.empty()) {
      skip_space();
      if (at_ >= text_.size()) return false;
      Frame& top = stack_.back();
      const bool map = top.node->kind == Value::Kind::map;
      const char c = text_[at_];
      if (c == (map ? '}' : ']')) {
        ++at_;
        stack_.pop_back();
        continue;
      }
      if (c != ',') return false;
      ++at_;
      skip_space();
      if (!(map ? entry(top) : value(top.node->items.emplace_back()))) return false;
    }
    skip_space();
    return at_ == text_.size();
  }

 private:
  void skip_space() {
    while (at_ < text_.size()) {
      const char c = text_[at_];
      if (c == '\n') {
        ++line_;
        column_byte_ = ++at_;
        column_ = 1;
      } else if (c == ' ' || c == '\t' || c == '\r') {
        ++at_;
      } else {
        return;
      }
    }
  }

  // The position of byte at_, columns in characters.
  Position here() {
    for (; column_byte_ < at_; ++column_byte_)
      if ((static_cast<unsigned char>(text_[column_byte_]) & 0xC0) != 0x80) ++column_;
    return {line_, column_};
  }

  // A map entry: "key": value, at_ on the key's quote.
  bool entry(Frame& top) {
    if (at_ >= text_.size() || text_[at_] != '"') return false;
    const Position key_pos = here();
    const std::size_t key_start = at_;
    const std::size_t pairs_before = surrogate_pairs_;
    std::string key;
    if (!string(key)) return false;
    std::vector<MapEntry>& entries = top.node->entries;
    if (top.keys) {
      if (!top.keys->insert(key).second) return false;
    } else {
      for (const MapEntry& entry : entries)
        if (entry.key == key) return false;  // a duplicate: the reference reader words it
      if (entries.size() >= 24) {
        top.keys = &key_sets_.emplace_back();
        for (const MapEntry& entry : entries) top.keys->insert(entry.key);
        top.keys->insert(key);
      }
    }
    // YAML (the reference reader) wants a key and its ':' on one line, at most
    // 1024 characters apart (bytes here: a longer key is left to it). yaml-cpp
    // counts bytes, and the reference reader writes each surrogate pair as its
    // 4-byte character and 11 spaces (join_surrogate_pairs): 3 bytes more than
    // the 12 written here (fuzz finding: a key of 70 pairs, 842 bytes here,
    // was 1,052 there, and refused).
    const int key_line = line_;
    skip_space();
    const std::size_t reference_extent = at_ - key_start + 3 * (surrogate_pairs_ - pairs_before);
    if (at_ >= text_.size() || text_[at_] != ':' || line_ != key_line || reference_extent > 1000)
      return false;
    ++at_;
    skip_space();
    // Room for a bid's usual mapping at once: growing one entry at a time
    // moved every entry (texts, sub-trees) three times, a tenth of the reader.
    if (entries.empty()) entries.reserve(8);
    MapEntry& entry = entries.emplace_back();
    entry.key = std::move(key);
    entry.key_pos = key_pos;
    return value(entry.value);
  }

  // One value at at_; a collection is opened (and its first item read) only.
  bool value(Value& out) {
    if (at_ >= text_.size() || ++visited_ > limits_.max_nodes) return false;
    out.pos = here();
    const char c = text_[at_];
    if (c == '{' || c == '[') {
      if (static_cast<int>(stack_.size()) + 1 > limits_.max_depth) return false;
      out.kind = c == '{' ? Value::Kind::map : Value::Kind::list;
      ++at_;
      stack_.push_back(Frame{&out});
      skip_space();
      if (at_ < text_.size() && text_[at_] == (c == '{' ? '}' : ']')) {
        ++at_;
        stack_.pop_back();
        return true;
      }
      return c == '{' ? entry(stack_.back()) : value(out.items.emplace_back());
    }
    if (c == '"') {
      out.kind = Value::Kind::string;
      out.quoted = true;
      return string(out.text);
    }
    const std::size_t start = at_;
    while (at_ < text_.size() && !is_end(text_[at_])) ++at_;
    const std::string_view word = text_.substr(start, at_ - start);
    if (!(word == "true" || word == "false" || word == "null" || is_number(word))) return false;
    const PlainScalar plain = resolve_plain(word);
    // A number too large: the reference reader's message.
    if (plain.kind == PlainScalar::Kind::string || !take_plain(out, plain)) return false;
    if (out.kind == Value::Kind::null) return true;
    out.text.assign(word);
    return true;
  }

  static bool is_end(char c) {
    return c == ',' || c == ']' || c == '}' || c == ' ' || c == '\n' || c == '\t' || c == '\r';
  }

  static bool is_digit(char c) { return c >= '0' && c <= '9'; }

  // -?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][-+]?[0-9]+)?
  static bool is_number(std::string_view s) {
    std::size_t i = 0;
    if (i < s.size() && s[i] == '-') ++i;
    if (i >= s.size() || !is_digit(s[i])) return false;
    if (s[i] == '0')
      ++i;
    else
      while (i < s.size() && is_digit(s[i])) ++i;
    if (i < s.size() && s[i] == '.') {
      const std::size_t first = ++i;
      while (i < s.size() && is_digit(s[i])) ++i;
      if (i == first) return false;
    }
    if (i < s.size() && (s[i] == 'e' || s[i] == 'E')) {
      ++i;
      if (i < s.size() && (s[i] == '-' || s[i] == '+')) ++i;
      const std::size_t first = i;
      while (i < s.size() && is_digit(s[i])) ++i;
      if (i == first) return false;
    }
    return i == s.size();
  }

  int hex4() {
    if (at_ + 4 > text_.size()) return -1;
    int out = 0;
    for (std::size_t i = at_; i < at_ + 4; ++i) {
      const char c = text_[i];
      const int digit = c >= '0' && c <= '9'   ? c - '0'
                        : c >= 'a' && c <= 'f' ? c - 'a' + 10
                        : c >= 'A' && c <= 'F' ? c - 'A' + 10
                                               : -1;
      if (digit < 0) return -1;
      out = out * 16 + digit;
    }
    at_ += 4;
    return out;
  }

  static void append_utf8(std::string& out, long code) {
    if (code < 0x80) {
      out += static_cast<char>(code);
    } else if (code < 0x800) {
      out += static_cast<char>(0xC0 | (code >> 6));
      out += static_cast<char>(0x80 | (code & 0x3F));
    } else if (code < 0x10000) {
      out += static_cast<char>(0xE0 | (code >> 12));
      out += static_cast<char>(0x80 | ((code >> 6) & 0x3F));
      out += static_cast<char>(0x80 | (code & 0x3F));
    } else {
      out += static_cast<char>(0xF0 | (code >> 18));
      out += static_cast<char>(0x80 | ((code >> 12) & 0x3F));
      out += static_cast<char>(0x80 | ((code >> 6) & 0x3F));
      out += static_cast<char>(0x80 | (code & 0x3F));
    }
  }

  // The bytes from at_ (on an escaped character) to the string's closing
  // quote, or to the end of the text.
  std::size_t written_rest() const {
    std::size_t i = at_ + 1;
    while (i < text_.size() && text_[i] != '"') i += text_[i] == '\\' ? 2 : 1;
    return std::min(i, text_.size()) - at_;
  }

  // A string at at_ (on its quote), its content decoded into `out`.
  bool string(std::string& out) {
    ++at_;
    for (bool sized = false;;) {
      const std::size_t start = at_;
      while (at_ < text_.size() && text_[at_] != '"' && text_[at_] != '\\' &&
             static_cast<unsigned char>(text_[at_]) >= 0x20)
        ++at_;
      out.append(text_.data() + start, at_ - start);
      if (at_ >= text_.size() || static_cast<unsigned char>(text_[at_]) < 0x20) return false;
      if (text_[at_++] == '"') return true;
      if (at_ >= text_.size()) return false;
      // At the first escape, room for the rest at once: grown by its escapes,
      // a text kept up to twice its size to the end of the run (a note ending
      // in "\n": 4.3 MB at the peak of 10,000 JSON bids, not 2.5). What is
      // left as written is at least as long as what it decodes to. (A new
      // string: libstdc++'s reserve on a full one doubles it all the same.)
      if (!sized) {
        std::string room;
        room.reserve(out.size() + written_rest());
        room.append(out);
        out.swap(room);
        sized = true;
      }
      const char e = text_[at_++];
      switch (e) {
        case '"':
        case '\\':
        case '/':
          out += e;
          break;
        case 'b':
          out += '\b';
          break;
        case 'f':
          out += '\f';
          break;
        case 'n':
          out += '\n';
          break;
        case 'r':
          out += '\r';
          break;
        case 't':
          out += '\t';
          break;
        case 'u': {
          const int high = hex4();
          if (high < 0 || (high >= 0xDC00 && high <= 0xDFFF)) return false;
          if (high < 0xD800 || high > 0xDBFF) {
            append_utf8(out, high);
            break;
          }
          if (text_.substr(at_, 2) != "\\u") return false;
          at_ += 2;
          const int low = hex4();
          if (low < 0xDC00 || low > 0xDFFF) return false;  // a lone surrogate
          append_utf8(out, 0x10000 + ((high - 0xD800L) << 10) + (low - 0xDC00L));
          ++surrogate_pairs_;
          break;
        }
        default:
          return false;
      }
    }
  }

  std::string_view text_;
  const Limits& limits_;
  std::size_t at_ = 0;
  std::size_t surrogate_pairs_ = 0;  // decoded so far (see entry())
  int line_ = 1;
  std::size_t column_byte_ = 0;
  int column_ = 1;
  std::size_t visited_ = 0;
  std::vector<Frame> stack_;
  std::deque<std::unordered_set<std::string>> key_sets_;
};

}  // namespace

bool fast_read_json(std::string_view text, const Limits& limits, Value& out) {
  return JsonReader(text, limits).run(out);
}

}  // namespace aser
