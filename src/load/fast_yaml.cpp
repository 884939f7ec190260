// YAML through libyaml's event parser, straight into a Value tree: one pass,
// an explicit stack (no recursion), the depth and node limits counted as the
// events come. libyaml marks lines and columns from 0, columns in characters.
#include <yaml.h>

#include <algorithm>
#include <cstring>
#include <memory>
#include <string>
#include <unordered_set>
#include <vector>

#include "load/fast_reader.hpp"
#include "load/scalar.hpp"
#include "load/simple_yaml.hpp"

namespace aser {
namespace {

/// Maps this long look their keys up in a hash set, shorter ones by a scan.
constexpr std::size_t kScanKeys = 24;

struct Frame {
  Value* node;
  bool flow = false;
  bool want_key = true;  // maps: the next scalar is a key
  std::unique_ptr<std::unordered_set<std::string>> keys;
};

class EventReader {
 public:
  EventReader(std::string_view text, const Limits& limits, Value& root)
      : text_(text), limits_(limits), root_(root) {
    yaml_parser_initialize(&parser_);
    yaml_parser_set_encoding(&parser_, YAML_UTF8_ENCODING);
    yaml_parser_set_input_string(&parser_, reinterpret_cast<const unsigned char*>(text.data()),
                                 text.size());
  }
  ~EventReader() { yaml_parser_delete(&parser_); }
  EventReader(const EventReader&) = delete;
  EventReader& operator=(const EventReader&) = delete;

  bool run() {
    yaml_event_t event;
    for (;;) {
      if (!yaml_parser_parse(&parser_, &event)) return false;  // a syntax error
      const bool go_on = on(event);
      const bool end = event.type == YAML_STREAM_END_EVENT;
      yaml_event_delete(&event);
      if (!go_on) return false;
      if (end) return true;
    }
  }

 private:
  static Position position(const yaml_mark_t& mark) {
    return {static_cast<int>(mark.line) + 1, static_cast<int>(mark.column) + 1};
  }

  bool on(const yaml_event_t& event) {
    switch (event.type) {
      case YAML_STREAM_START_EVENT:
      case YAML_STREAM_END_EVENT:
      case YAML_DOCUMENT_END_EVENT:
      case YAML_NO_EVENT:
        return true;
      case YAML_DOCUMENT_START_EVENT:
        // Several documents, or directives (%YAML, %TAG): the reference reader's.
        return ++documents_ == 1 && !event.data.document_start.version_directive &&
               event.data.document_start.tag_directives.start ==
                   event.data.document_start.tag_directives.end;
      case YAML_ALIAS_EVENT:
        return false;  // aliases (and their limits) are left to the reference reader
      case YAML_SCALAR_EVENT:
        return scalar(event);
      case YAML_SEQUENCE_START_EVENT:
        return open(event.start_mark, Value::Kind::list, event.data.sequence_start.anchor,
                    event.data.sequence_start.tag,
                    event.data.sequence_start.style == YAML_FLOW_SEQUENCE_STYLE);
      case YAML_MAPPING_START_EVENT:
        return open(event.start_mark, Value::Kind::map, event.data.mapping_start.anchor,
                    event.data.mapping_start.tag,
                    event.data.mapping_start.style == YAML_FLOW_MAPPING_STYLE);
      case YAML_SEQUENCE_END_EVENT:
      case YAML_MAPPING_END_EVENT:
        stack_.pop_back();
        return true;
    }
    return false;
  }

  // Where the next node goes, or nullptr when it is a key (or has no place).
  Value* slot() {
    if (stack_.empty()) {
      if (root_done_) return nullptr;
      root_done_ = true;
      return &root_;
    }
    Frame& top = stack_.back();
    if (top.node->kind == Value::Kind::list) return &top.node->items.emplace_back();
    if (top.want_key) return nullptr;
    top.want_key = true;
    return &top.node->entries.back().value;
  }

  bool in_key_place() const {
    return !stack_.empty() && stack_.back().node->kind == Value::Kind::map &&
           stack_.back().want_key;
  }

  // Where each line starts, worked out the first time a mark needs it.
  void find_lines() {
    if (!line_starts_.empty()) return;
    line_starts_.push_back(0);
    for (std::size_t i = 0; i < text_.size(); ++i)
      if (text_[i] == '\n') line_starts_.push_back(i + 1);
  }

  // Whether the text at `mark` starts with a null word ("~", "null"...). An
  // empty value is marked where the next token starts, and the reference
  // reader then places it there instead of at its key: left to it.
  // The byte offset of `mark` (libyaml counts characters), or npos.
  std::size_t byte_at(const yaml_mark_t& mark) {
    find_lines();
    if (mark.line >= line_starts_.size()) return std::string_view::npos;
    std::size_t at = line_starts_[mark.line];
    for (std::size_t column = 0; at < text_.size() && column < mark.column; ++column) {
      ++at;  // past one character and its continuation bytes
      while (at < text_.size() && (static_cast<unsigned char>(text_[at]) & 0xC0) == 0x80) ++at;
    }
    return at;
  }

  bool null_word_at(const yaml_mark_t& mark) {
    std::size_t at = byte_at(mark);
    if (at == std::string_view::npos) return false;
    // libyaml may mark it at the end of its key's line: on to the next token.
    while (at < text_.size()) {
      if (text_[at] == '#') {
        while (at < text_.size() && text_[at] != '\n') ++at;
      } else if (text_[at] == ' ' || text_[at] == '\t' || text_[at] == '\r' || text_[at] == '\n') {
        ++at;
      } else {
        break;
      }
    }
    const std::string_view rest = text_.substr(std::min(at, text_.size()));
    for (std::string_view word : {"~", "null", "Null", "NULL"})
      if (rest.substr(0, word.size()) == word) return true;
    return false;
  }

  // Whether a line after the first of a plain text holds one of YAML's
  // indicators, which the reference reader may read as syntax there: its depth
  // scan takes '[' or '- ' as nesting, and yaml-cpp a ']' after a tagged text
  // as a closing bracket (fuzz findings).
  bool continued_with_indicator(const yaml_mark_t& start, const yaml_mark_t& end) {
    find_lines();
    if (end.line >= line_starts_.size()) return true;  // a line break other than '\n': give up
    const std::size_t from = line_starts_[start.line + 1];
    const std::size_t to =
        end.line + 1 < line_starts_.size() ? line_starts_[end.line + 1] : text_.size();
    return text_.substr(from, to - from).find_first_of("-?:,[]{}#&*!|>'\"%@`") !=
           std::string_view::npos;
  }

  // Whether a '?' stands before `mark`, past blanks: an explicit key.
  bool explicit_key_before(const yaml_mark_t& mark) {
    std::size_t at = byte_at(mark);
    if (at == std::string_view::npos) return false;
    while (at > 0 && (text_[at - 1] == ' ' || text_[at - 1] == '\t')) --at;
    return at > 0 && text_[at - 1] == '?';
  }

  bool count_node() { return ++visited_ <= limits_.max_nodes; }

  bool open(const yaml_mark_t& mark, Value::Kind kind, const yaml_char_t* anchor,
            const yaml_char_t* tag, bool flow) {
    if (anchor || tag || in_key_place()) return false;
    if (static_cast<int>(stack_.size()) + 1 > limits_.max_depth) return false;
    Value* node = slot();
    if (!node || !count_node()) return false;
    node->kind = kind;
    node->pos = position(mark);
    stack_.push_back(Frame{node, flow, true, nullptr});
    return true;
  }

  bool new_key(std::string_view key, Position pos) {
    Frame& top = stack_.back();
    std::vector<MapEntry>& entries = top.node->entries;
    if (top.keys) {
      if (!top.keys->emplace(key).second) return false;
    } else {
      for (const MapEntry& entry : entries)
        if (entry.key == key) return false;  // a duplicate: the reference reader words it
      if (entries.size() + 1 > kScanKeys) {
        top.keys = std::make_unique<std::unordered_set<std::string>>();
        for (const MapEntry& entry : entries) top.keys->emplace(entry.key);
        top.keys->emplace(key);
      }
    }
    // Room for a bid's usual mapping at once: growing one entry at a time
    // moved every entry (texts, sub-trees) three times, a tenth of the reader.
    if (entries.empty()) entries.reserve(8);
    MapEntry& entry = entries.emplace_back();
    entry.key.assign(key);
    entry.key_pos = pos;
    top.want_key = false;
    return true;
  }

  bool scalar(const yaml_event_t& event) {
    const auto& data = event.data.scalar;
    if (data.anchor) return false;
    const std::string_view text(reinterpret_cast<const char*>(data.value), data.length);
    const bool plain = data.style == YAML_PLAIN_SCALAR_STYLE;
    bool as_text = !plain;
    if (data.tag) {
      // Only '!!str' on a text; other tags are the reference reader's to refuse.
      if (std::strcmp(reinterpret_cast<const char*>(data.tag), YAML_STR_TAG) != 0) return false;
      as_text = true;
    }
    // The reference reader ends a plain text in a flow collection at '?'
    // ('{a ? b: 1}'), libyaml does not: left to the reference reader.
    if (plain && !stack_.empty() && stack_.back().flow && text.find('?') != std::string_view::npos)
      return false;
    // A plain text over several lines in block context, an indicator on a
    // later line: the reference reader's depth scan reads such lines as lines
    // of their own, a line of '[' as nesting (fuzz finding: "on ho[[[[\n" then
    // a line of 70 '['), and yaml-cpp a ']' after a tagged text as a closing
    // bracket. Left to the reference reader.
    if (plain && (stack_.empty() || !stack_.back().flow) &&
        event.end_mark.line > event.start_mark.line &&
        continued_with_indicator(event.start_mark, event.end_mark))
      return false;
    // A quoted text over several lines that ends in a line break, from empty
    // lines before its closing quote: libyaml keeps one line break fewer than
    // the empty lines, the reference reader one at most ("'a\n\n\n'": "a\n\n"
    // against "a\n"; "' \n\n'": "\n" against ""; fuzz findings). Left to
    // the reference reader.
    const bool quoted_style = data.style == YAML_SINGLE_QUOTED_SCALAR_STYLE ||
                              data.style == YAML_DOUBLE_QUOTED_SCALAR_STYLE;
    if (quoted_style && !text.empty() && text.back() == '\n' &&
        event.end_mark.line > event.start_mark.line)
      return false;
    const Position pos = position(event.start_mark);
    // A block text ('|', '>') as a list item, its indicator on a line of its
    // own no further in than the item's '-': libyaml reads it as the item,
    // the reference reader refuses it (fuzz finding: "-\n>-\n").
    const bool block_text =
        data.style == YAML_LITERAL_SCALAR_STYLE || data.style == YAML_FOLDED_SCALAR_STYLE;
    if (block_text && !stack_.empty() && !stack_.back().flow &&
        stack_.back().node->kind == Value::Kind::list &&
        pos.column <= stack_.back().node->pos.column)
      return false;
    // An explicit key ('?') in a flow mapping: libyaml reads it, the
    // reference reader refuses it (fuzz finding: '{ ?price": 1 }').
    if (in_key_place() && stack_.back().flow && explicit_key_before(event.start_mark)) return false;
    if (in_key_place()) {
      if (data.tag || (plain && resolve_plain(text).kind == PlainScalar::Kind::null))
        return false;  // a null key: an error
      return new_key(text, pos);
    }
    const bool map_value = !stack_.empty() && stack_.back().node->kind == Value::Kind::map;
    Value* node = slot();
    if (!node || !count_node()) return false;
    node->pos = pos;
    if (as_text) {
      if (data.tag && resolve_plain(text).kind == PlainScalar::Kind::null) return false;
      node->kind = Value::Kind::string;
      node->quoted = true;
      node->text.assign(text);
      return true;
    }
    const PlainScalar resolved = resolve_plain(text);
    // An empty value stands where its key does (the reference reader's rule);
    // an empty list item or document is left to it.
    // libyaml reads '{a: 1\n b}' (a ',' missing) as {a: 1, b: null}:
    // an empty value in a flow mapping is the reference reader's too.
    if (resolved.kind == PlainScalar::Kind::null && text.empty()) {
      if (!map_value || stack_.back().flow || null_word_at(event.start_mark)) return false;
      node->pos = stack_.back().node->entries.back().key_pos;
    }
    if (!take_plain(*node, resolved)) return false;  // not finite
    if (node->kind != Value::Kind::null) node->text.assign(text);
    return true;
  }

  std::string_view text_;
  const Limits& limits_;
  Value& root_;
  std::vector<std::size_t> line_starts_;  // byte offsets, filled when first needed
  yaml_parser_t parser_;
  std::vector<Frame> stack_;
  std::size_t visited_ = 0;
  int documents_ = 0;
  bool root_done_ = false;
};

// libyaml (YAML 1.1) also ends lines at NEL, LS and PS; YAML 1.2 does not.
bool has_yaml11_line_break(std::string_view text) {
  for (std::size_t at = text.find('\xC2'); at != std::string_view::npos;
       at = text.find('\xC2', at + 1))
    if (at + 1 < text.size() && text[at + 1] == '\x85') return true;
  for (std::size_t at = text.find('\xE2'); at != std::string_view::npos;
       at = text.find('\xE2', at + 1))
    if (at + 2 < text.size() && text[at + 1] == '\x80' &&
        (text[at + 2] == '\xA8' || text[at + 2] == '\xA9'))
      return true;
  return false;
}

// A byte order mark left in the text (parse_document drops the file's
// leading one): libyaml skips one at the start of any line and counts it as a
// column, yaml-cpp does not (fuzz finding: two BOMs, then a scalar, read at
// 1:2 and 1:1). Rare enough to leave to the reference reader wherever it is.
bool has_bom(std::string_view text) {
  return text.find("\xEF\xBB\xBF") != std::string_view::npos;
}

}  // namespace

bool fast_read_yaml(std::string_view text, const Limits& limits, Value& out) {
  if (has_yaml11_line_break(text) || has_bom(text)) return false;
  if (simple_read_yaml(text, limits, out)) return true;
  out = Value();  // what the simple reader read before it gave up
  EventReader reader(text, limits, out);
  return reader.run();
}

bool events_read_yaml(std::string_view text, const Limits& limits, Value& out) {
  if (has_yaml11_line_break(text) || has_bom(text)) return false;
  EventReader reader(text, limits, out);
  return reader.run();
}

}  // namespace aser
