// Walks yaml-cpp's nodes once, counting every visit: yaml-cpp shares aliased
// nodes, so an alias bomb is small in memory but exponential to walk.
#include "load/yaml_tree.hpp"

#include <yaml-cpp/yaml.h>

#include <algorithm>
#include <set>
#include <string>
#include <tuple>
#include <unordered_map>

#include "load/scalar.hpp"
#include "support/utf8.hpp"

namespace aser {
namespace {

// yaml-cpp's marks count bytes; aser's columns count characters. Nodes come
// mostly in file order, so the conversion walks forward from the last one.
class Columns {
 public:
  explicit Columns(std::string_view text) : text_(text) {
    ascii_ = std::all_of(text.begin(), text.end(),
                         [](char c) { return static_cast<unsigned char>(c) < 0x80; });
  }

  Position operator()(const YAML::Mark& mark) {
    if (mark.line < 0) return {};
    if (ascii_ || mark.pos < 0 || static_cast<std::size_t>(mark.pos) > text_.size())
      return {mark.line + 1, mark.column + 1};
    const std::size_t byte = static_cast<std::size_t>(mark.pos);
    const std::size_t line_start = byte - static_cast<std::size_t>(mark.column);
    if (line_start != line_start_ || byte < byte_) {
      line_start_ = line_start;
      byte_ = line_start;
      column_ = 1;
    }
    for (; byte_ < byte; ++byte_)
      if ((static_cast<unsigned char>(text_[byte_]) & 0xC0) != 0x80) ++column_;
    return {mark.line + 1, column_};
  }

 private:
  std::string_view text_;
  bool ascii_ = true;
  std::size_t line_start_ = std::string_view::npos;
  std::size_t byte_ = 0;
  int column_ = 1;
};

bool starts_with_null_word(std::string_view text, int offset) {
  if (offset < 0 || static_cast<std::size_t>(offset) >= text.size()) return false;
  std::string_view rest = text.substr(static_cast<std::size_t>(offset));
  for (std::string_view word : {"~", "null", "Null", "NULL"})
    if (rest.substr(0, word.size()) == word) return true;
  return false;
}

// yaml-cpp 0.7 accepts a quoted scalar left open at the end of the file: check
// that the quote starting at `offset` closes.
bool quote_closes(std::string_view text, int offset) {
  if (offset < 0 || static_cast<std::size_t>(offset) >= text.size()) return true;
  const char quote = text[static_cast<std::size_t>(offset)];
  if (quote != '"' && quote != '\'') return true;
  for (std::size_t i = static_cast<std::size_t>(offset) + 1; i < text.size(); ++i) {
    if (quote == '"' && text[i] == '\\') {
      ++i;
    } else if (text[i] == quote) {
      if (quote == '\'' && i + 1 < text.size() && text[i + 1] == '\'') {
        ++i;  // '' is an escaped quote
        continue;
      }
      return true;
    }
  }
  return false;
}

// yaml-cpp 0.7 writes the escapes "\N" (U+0085) and "\_" (U+00A0) of a
// double-quoted text as one raw byte, 0x85 or 0xA0, not as UTF-8 (libyaml,
// the fast reader, writes C2 85 and C2 A0; fuzz finding). The file itself was
// checked to be UTF-8 before it was parsed, so any byte that is not UTF-8 in a
// text comes from those escapes: it is the code point of the same number.
std::string as_utf8(std::string text) {
  std::size_t bad = invalid_utf8_offset(text);
  if (bad == std::string::npos) return text;
  std::string out = text.substr(0, bad);
  while (bad < text.size()) {
    const auto byte = static_cast<unsigned char>(text[bad]);
    out += static_cast<char>(0xC0 | (byte >> 6));
    out += static_cast<char>(0x80 | (byte & 0x3F));
    const std::string_view rest = std::string_view(text).substr(bad + 1);
    const std::size_t next = invalid_utf8_offset(rest);
    const std::size_t valid = next == std::string_view::npos ? rest.size() : next;
    out.append(rest.substr(0, valid));
    bad += 1 + valid;
  }
  return out;
}

class TreeBuilder {
 public:
  TreeBuilder(std::string_view text, const Limits& limits, const Sink& sink)
      : text_(text), limits_(limits), sink_(sink), position_(text) {}

  bool build(const YAML::Node& node, int depth, Value& out, const Position* key_pos) {
    if (++visited_ > limits_.max_nodes) {
      // Aliased nodes carry their anchor's mark: name the top-level entry instead.
      sink_.error(top_entry_.known() ? top_entry_ : position_(node.Mark()),
                  nodes_message(limits_.max_nodes), nodes_hint(limits_.max_nodes));
      return false;
    }
    out.pos = position_(node.Mark());
    switch (node.Type()) {
      case YAML::NodeType::Undefined:
      case YAML::NodeType::Null:
        out.kind = Value::Kind::null;
        // An empty value is marked where the next token starts: use its key.
        if (key_pos && !starts_with_null_word(text_, node.Mark().pos)) out.pos = *key_pos;
        return true;
      case YAML::NodeType::Scalar:
        scalar(node, out);
        return true;
      case YAML::NodeType::Sequence:
      case YAML::NodeType::Map:
        break;
    }
    if (depth > limits_.max_depth) {
      sink_.error(out.pos, depth_message(limits_.max_depth), depth_hint(limits_.max_depth));
      return false;
    }
    if (node.IsSequence()) {
      out.kind = Value::Kind::list;
      out.items.reserve(node.size());
      for (const YAML::Node& item : node) {
        out.items.emplace_back();
        if (!build(item, depth + 1, out.items.back(), nullptr)) return false;
      }
      return true;
    }
    out.kind = Value::Kind::map;
    std::unordered_map<std::string, int> seen;  // key -> line
    for (auto it = node.begin(); it != node.end(); ++it) {
      // Copies: yaml-cpp's iterator hands out a temporary pair.
      const YAML::Node key = it->first;
      const YAML::Node value = it->second;
      MapEntry entry;
      entry.key_pos = position_(key.Mark());
      if (!key.IsScalar()) {
        sink_.error(entry.key_pos,
                    std::string("a key must be a text, not ") + (key.IsNull()  ? "null"
                                                                 : key.IsMap() ? "a mapping"
                                                                               : "a list"),
                    "write 'name: value'");
        continue;
      }
      entry.key = as_utf8(key.Scalar());
      auto [previous, inserted] = seen.emplace(entry.key, entry.key_pos.line);
      if (!inserted) {
        sink_.error(entry.key_pos,
                    "duplicate key '" + entry.key + "' (first at line " +
                        std::to_string(previous->second) + ")",
                    "remove one of them: a key may appear once in a mapping");
      }
      if (depth == 1) top_entry_ = entry.key_pos;
      if (!build(value, depth + 1, entry.value, &entry.key_pos)) return false;
      out.entries.push_back(std::move(entry));
    }
    return true;
  }

 private:
  void scalar(const YAML::Node& node, Value& out) {
    out.text = as_utf8(node.Scalar());
    const std::string& tag = node.Tag();
    if (tag == "!" || tag == "tag:yaml.org,2002:str") {
      out.kind = Value::Kind::string;
      out.quoted = true;
      if (!quote_closes(text_, node.Mark().pos))
        once(out.pos, "a quoted text is not closed", "add the closing quote");
      return;
    }
    if (tag != "?") {
      out.kind = Value::Kind::string;
      once(out.pos, "unsupported tag '" + tag + "'", "remove the tag");
      return;
    }
    if (take_plain(out, resolve_plain(out.text))) return;
    out.kind = Value::Kind::string;  // not finite: kept as the text, and said
    if (out.text.find_first_of("0123456789") != std::string::npos)
      once(out.pos, "the number '" + out.text + "' is too large", "write a finite number");
    else
      once(out.pos, "'" + out.text + "' is not a finite number",
           "NaN and infinities are not allowed; write a finite number");
  }

  // A scalar's problem, said once: through aliases the same scalar is met
  // again and again (fuzz finding: nine levels of aliases repeated one tag
  // problem 8,862 times, and took seconds under the sanitizers).
  void once(Position pos, std::string message, std::string hint) {
    if (!reported_.emplace(pos.line, pos.column, message).second) return;
    sink_.error(pos, std::move(message), std::move(hint));
  }

  std::string_view text_;
  const Limits& limits_;
  const Sink& sink_;
  std::size_t visited_ = 0;
  std::set<std::tuple<int, int, std::string>> reported_;
  Position top_entry_;  ///< the top-level entry being read
  Columns position_;
};

}  // namespace

bool build_tree(const YAML::Node& node, std::string_view text, const Limits& limits,
                const Sink& sink, Value& out) {
  TreeBuilder builder(text, limits, sink);
  return builder.build(node, 1, out, nullptr);
}

}  // namespace aser
