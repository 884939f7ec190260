// One table from yaml-cpp's messages (exceptions.h, ErrorMsg) to ours.
#include "load/parse_errors.hpp"

#include <array>
#include <cstring>
#include <optional>
#include <vector>

#include "load/sink.hpp"
#include "support/utf8.hpp"

namespace aser {
namespace {

struct Rewrite {
  const char* library;  // a prefix of yaml-cpp's message
  const char* message;
  const char* hint;
};

constexpr std::array<Rewrite, 17> kRewrites{{
    {"illegal tab when looking for indentation", "tabs are not allowed for indentation",
     "indent with spaces"},
    {"illegal map value", "unexpected ':' here",
     "check the indentation, or quote a text that contains ': '"},
    {"illegal block entry", "unexpected list item '-' here", "check the indentation"},
    {"illegal map key", "unexpected key here", "check the indentation"},
    {"end of map not found", "bad indentation: this line does not line up with its siblings",
     "indent the keys of one mapping by the same number of spaces"},
    {"end of sequence not found", "bad indentation: this list item does not line up",
     "indent the items of one list by the same number of spaces"},
    {"end of map flow not found", "a '{' is not closed", "add the missing '}'"},
    {"end of sequence flow not found", "a '[' is not closed", "add the missing ']'"},
    {"illegal flow end", "unexpected closing bracket", "remove it, or add the opening one"},
    {"illegal EOF in scalar", "a quoted text is not closed", "add the closing quote"},
    {"illegal document indicator in scalar", "a quoted text is not closed before '---'",
     "add the closing quote"},
    {"unknown escape character", "unknown escape sequence in a double-quoted text",
     "write '\\\\' for a backslash, or use single quotes"},
    {"the referenced anchor is not defined", "this alias names an anchor that is not defined",
     "define '&name' before using '*name'"},
    {"unknown token", "unexpected character",
     "quote a text that starts with '@', '`' or another reserved character"},
    {"invalid character in single-quoted string", "invalid character in a quoted text", ""},
    {"cannot assign", "a node has two tags, anchors or aliases", ""},
    {"illegal character in scalar", "invalid character in a text", "quote the text"},
}};

// The last '[' or '{' left open in `text` (quotes and comments skipped): yaml-cpp
// marks an unclosed flow collection where the text ends, or at its start.
std::optional<std::size_t> unclosed_bracket(std::string_view text) {
  std::vector<std::size_t> open;
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    if (c == '"' || c == '\'') {
      for (++i; i < text.size(); ++i) {
        if (c == '"' && text[i] == '\\')
          ++i;
        else if (text[i] == c)
          break;
      }
    } else if (c == '#' && (i == 0 || text[i - 1] == ' ' || text[i - 1] == '\n')) {
      while (i < text.size() && text[i] != '\n') ++i;
    } else if (c == '[' || c == '{') {
      open.push_back(i);
    } else if ((c == ']' || c == '}') && !open.empty()) {
      open.pop_back();
    }
  }
  if (open.empty()) return std::nullopt;
  return open.back();
}

// Every bracket is closed, yet yaml-cpp found no end: an entry lacks its ','.
// In '{co2: 5 label: none}' it reads the text '5 label' and stops at the second
// ':'; point at the word before that ':', the entry that needs a ',' before it.
void missing_comma(std::string_view text, int line0, int column0, bool mapping, ParseError& out) {
  const char close = mapping ? '}' : ']';
  out.message =
      std::string("expected ',' or '") + close + "' in this flow " + (mapping ? "mapping" : "list");
  out.hint = mapping ? "separate the entries with ',': {a: 1, b: 2}"
                     : "separate the items with ',': [a, b]";
  std::size_t start = 0;
  for (int line = 0; line < line0 && start != std::string_view::npos; ++line) {
    start = text.find('\n', start);
    if (start != std::string_view::npos) ++start;
  }
  if (start == std::string_view::npos) return;
  std::size_t at = start + static_cast<std::size_t>(column0);
  if (at >= text.size() || text[at] != ':') return;
  std::size_t word = at;
  while (word > start && text[word - 1] == ' ') --word;
  const std::size_t word_end = word;
  while (word > start && !std::strchr(" \t{[,", text[word - 1])) --word;
  if (word == word_end || word == start || text[word - 1] != ' ') return;
  out.pos = position_of(text, word);
  out.hint = "add a ',' before this entry";
}

}  // namespace

ParseError explain_yaml_error(std::string_view text, const std::string& msg, int line0,
                              int column0) {
  ParseError out;
  out.pos = position_from_bytes(text, line0, column0);
  // yaml-cpp reports most tabs as a misplaced ':'; name the tab itself.
  Position tab = tab_in_indentation(text, out.pos.line);
  if (tab.known()) {
    out.pos = tab;
    out.message = "tabs are not allowed for indentation";
    out.hint = "indent with spaces";
    return out;
  }
  for (const Rewrite& rewrite : kRewrites) {
    if (msg.rfind(rewrite.library, 0) == 0) {
      out.message = rewrite.message;
      out.hint = rewrite.hint;
      if (msg.rfind("end of", 0) == 0 && msg.find("flow") != std::string::npos) {
        if (std::optional<std::size_t> at = unclosed_bracket(text)) {
          out.pos = position_of(text, *at);
          out.message = std::string("a '") + text[*at] + "' is not closed";
          out.hint = std::string("add the missing '") + (text[*at] == '[' ? ']' : '}') + "'";
        } else {
          missing_comma(text, line0, column0, msg.find("map") != std::string::npos, out);
        }
      }
      return out;
    }
  }
  out.message = "this is not valid YAML";
  out.hint = "check the indentation and the quotes near here";
  return out;
}

ParseError explain_json_error(std::string_view text, std::size_t offset) {
  ParseError out;
  // Skip back over whitespace so the caret points at something visible.
  std::size_t at = offset < text.size() ? offset : text.size();
  out.pos = position_of(text, at);
  if (at >= text.size()) {
    out.message = "invalid JSON: the text ends too early";
    out.hint = "a bracket, brace or quote is not closed";
    return out;
  }
  const char c = text[at];
  std::size_t before = at;
  while (before > 0 && std::strchr(" \t\r\n", text[before - 1])) --before;
  if ((c == '}' || c == ']') && before > 0 && text[before - 1] == ',') {
    out.pos = position_of(text, before - 1);
    out.message = "invalid JSON: a trailing comma";
    out.hint = "remove the ',' before the closing bracket";
    return out;
  }
  if (c == '\'') {
    out.message = "invalid JSON: texts take double quotes";
    out.hint = "write \"text\" instead of 'text'";
    return out;
  }
  if (c == '\t' || c == '\n' || static_cast<unsigned char>(c) < 0x20) {
    out.message = "invalid JSON: a control character inside a text";
    out.hint = "write \\t or \\n";
    return out;
  }
  // Quote the whole character: one byte of a multi-byte one is not UTF-8
  // (the message must stay valid UTF-8; found by fuzzing).
  std::size_t end = at + 1;
  if (static_cast<unsigned char>(c) >= 0xC0)
    while (end < text.size() && end < at + 4 &&
           (static_cast<unsigned char>(text[end]) & 0xC0) == 0x80)
      ++end;
  std::string shown(text.substr(at, end - at));
  if (invalid_utf8_offset(shown) != std::string::npos) {
    static const char* const digits = "0123456789ABCDEF";
    const auto byte = static_cast<unsigned char>(c);
    shown = std::string("\\x") + digits[byte >> 4] + digits[byte & 0xF];
  }
  out.message = "invalid JSON: unexpected '" + shown + "'";
  if (c == 'N' || c == 'I' || c == 'n' || c == 'i' || c == '-')
    out.hint = "JSON has no NaN or infinity; write a finite number";
  else
    out.hint = "JSON needs double-quoted keys, commas between items and no comments";
  return out;
}

Position tab_in_indentation(std::string_view text, int last_line) {
  int line = 1;
  std::size_t start = 0;
  while (start <= text.size() && line <= last_line) {
    std::size_t end = text.find('\n', start);
    if (end == std::string_view::npos) end = text.size();
    for (std::size_t i = start; i < end && (text[i] == ' ' || text[i] == '\t'); ++i)
      if (text[i] == '\t') return {line, static_cast<int>(i - start) + 1};
    start = end + 1;
    ++line;
  }
  return {};
}

}  // namespace aser
