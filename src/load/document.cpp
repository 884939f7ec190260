// parse_document: limits and encoding first, then strict JSON or YAML, then the
// Value tree. Every library error is rewritten with a position and a hint.
#include "load/document.hpp"

#include <yaml-cpp/depthguard.h>
#include <yaml-cpp/eventhandler.h>
#include <yaml-cpp/yaml.h>

#include <algorithm>
#include <nlohmann/json.hpp>
#include <sstream>

#include "load/characters.hpp"
#include "load/depth_scan.hpp"
#include "load/fast_reader.hpp"
#include "load/parse_errors.hpp"
#include "load/read_file.hpp"
#include "load/sink.hpp"
#include "load/yaml_tree.hpp"
#include "support/utf8.hpp"

namespace aser {

const Value* Value::find(std::string_view key) const {
  const MapEntry* entry = find_entry(key);
  return entry ? &entry->value : nullptr;
}

const MapEntry* Value::find_entry(std::string_view key) const {
  for (const MapEntry& entry : entries)
    if (entry.key == key) return &entry;
  return nullptr;
}

const char* kind_name(Value::Kind kind) {
  switch (kind) {
    case Value::Kind::null:
      return "nothing";
    case Value::Kind::boolean:
      return "a boolean";
    case Value::Kind::number:
      return "a number";
    case Value::Kind::string:
      return "a text";
    case Value::Kind::list:
      return "a list";
    case Value::Kind::map:
      return "a mapping";
  }
  return "?";
}

std::string depth_message(int max_depth) {
  return "nesting deeper than " + std::to_string(max_depth) + " levels";
}

std::string depth_hint(int max_depth) {
  if (max_depth >= max_depth_ceiling)
    return "aser reads at most " + std::to_string(max_depth_ceiling) +
           " levels of lists and mappings: flatten the file";
  return "aser reads at most " + std::to_string(max_depth) +
         " levels of lists and mappings; to read deeper, raise the limit: --max-depth " +
         std::to_string(std::min(2 * max_depth, max_depth_ceiling)) + " (at most " +
         std::to_string(max_depth_ceiling) + ")";
}

std::string nodes_message(std::size_t max_nodes) {
  return "more than " + std::to_string(max_nodes) + " nodes after expanding aliases";
}

std::string nodes_hint(std::size_t max_nodes) {
  return "is this an alias bomb? aser refuses files that expand this much; to read it, raise "
         "the limit: --max-nodes " +
         std::to_string(2 * max_nodes);
}

std::string_view Document::line_text(int line) const {
  if (line < 1 || static_cast<std::size_t>(line) > lines.size()) return {};
  return lines[static_cast<std::size_t>(line) - 1];
}

namespace {

// Strict JSON: nlohmann's SAX parser (no tree is built) rejects comments,
// trailing commas, NaN and single quotes, and gives the byte of the error.
class JsonChecker : public nlohmann::json::json_sax_t {
 public:
  using json = nlohmann::json;
  bool null() override { return true; }
  bool boolean(bool) override { return true; }
  bool number_integer(json::number_integer_t) override { return true; }
  bool number_unsigned(json::number_unsigned_t) override { return true; }
  bool number_float(json::number_float_t, const json::string_t&) override { return true; }
  bool string(json::string_t&) override { return true; }
  bool binary(json::binary_t&) override { return true; }
  bool start_object(std::size_t) override { return true; }
  bool key(json::string_t&) override { return true; }
  bool end_object() override { return true; }
  bool start_array(std::size_t) override { return true; }
  bool end_array() override { return true; }
  bool parse_error(std::size_t position, const std::string&,
                   const nlohmann::detail::exception&) override {
    error_byte = position;
    return false;
  }
  std::size_t error_byte = 0;
};

bool check_strict_json(std::string_view text, const Sink& sink) {
  JsonChecker checker;
  if (nlohmann::json::sax_parse(text.begin(), text.end(), &checker)) return true;
  // nlohmann counts the byte it stopped at from 1.
  ParseError error = explain_json_error(text, checker.error_byte > 0 ? checker.error_byte - 1 : 0);
  sink.error(error.pos, error.message, error.hint);
  return false;
}

int hex4(std::string_view text, std::size_t at) {
  if (at + 4 > text.size()) return -1;
  int value = 0;
  for (std::size_t i = at; i < at + 4; ++i) {
    const char c = text[i];
    const int digit = c >= '0' && c <= '9'   ? c - '0'
                      : c >= 'a' && c <= 'f' ? c - 'a' + 10
                      : c >= 'A' && c <= 'F' ? c - 'A' + 10
                                             : -1;
    if (digit < 0) return -1;
    value = value * 16 + digit;
  }
  return value;
}

// yaml-cpp 0.7 refuses a JSON surrogate pair ("\ud83d\ude00"). In valid JSON,
// write each pair as its UTF-8 character, and pad with spaces after the closing
// quote (12 characters became 1) so that later columns on the line still match
// the file.
std::string join_surrogate_pairs(std::string_view json) {
  std::string out;
  out.reserve(json.size());
  bool in_string = false;
  std::size_t pad = 0;
  for (std::size_t i = 0; i < json.size(); ++i) {
    const char c = json[i];
    if (!in_string) {
      out += c;
      in_string = c == '"';
      continue;
    }
    if (c == '"') {
      out += c;
      out.append(pad, ' ');
      pad = 0;
      in_string = false;
    } else if (c == '\\' && i + 1 < json.size()) {
      const int high = json[i + 1] == 'u' ? hex4(json, i + 2) : -1;
      const int low = high >= 0xD800 && high <= 0xDBFF && json.substr(i + 6, 2) == "\\u"
                          ? hex4(json, i + 8)
                          : -1;
      if (low >= 0xDC00 && low <= 0xDFFF) {
        const long code = 0x10000 + ((high - 0xD800L) << 10) + (low - 0xDC00L);
        out += static_cast<char>(0xF0 | (code >> 18));
        out += static_cast<char>(0x80 | ((code >> 12) & 0x3F));
        out += static_cast<char>(0x80 | ((code >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (code & 0x3F));
        pad += 11;
        i += 11;
      } else {
        out += c;
        out += json[++i];
      }
    } else {
      out += c;
    }
  }
  return out;
}

// yaml-cpp counts one document for "- a\nb: 1" followed by another: only call
// it "several documents" when the file has a document marker.
bool has_document_marker(const TextLines& lines) {
  for (std::size_t i = 0; i < lines.size(); ++i)
    if (lines[i].substr(0, 3) == "---" || lines[i].substr(0, 3) == "...") return true;
  return false;
}

// Where each document's root starts, for the first two documents only.
class RootMarks : public YAML::EventHandler {
 public:
  std::vector<YAML::Mark> roots;
  void OnDocumentStart(const YAML::Mark&) override { started_ = false; }
  void OnDocumentEnd() override {}
  void OnNull(const YAML::Mark& mark, YAML::anchor_t) override { root(mark); }
  void OnAlias(const YAML::Mark& mark, YAML::anchor_t) override { root(mark); }
  void OnScalar(const YAML::Mark& mark, const std::string&, YAML::anchor_t,
                const std::string&) override {
    root(mark);
  }
  void OnSequenceStart(const YAML::Mark& mark, const std::string&, YAML::anchor_t,
                       YAML::EmitterStyle::value) override {
    root(mark);
  }
  void OnSequenceEnd() override {}
  void OnMapStart(const YAML::Mark& mark, const std::string&, YAML::anchor_t,
                  YAML::EmitterStyle::value) override {
    root(mark);
  }
  void OnMapEnd() override {}

 private:
  void root(const YAML::Mark& mark) {
    if (!started_) roots.push_back(mark);
    started_ = true;
  }
  bool started_ = false;
};

// yaml-cpp 0.7's LoadAll never returns, allocating a null document per turn,
// when a document is followed by a token that cannot start a node ("[1], 2",
// a lone ','): jbeder/yaml-cpp#1040, fixed in 0.8 (#1319). So the parser's
// events are read first, never past a second document, and only a single
// document is built into nodes.
struct Documents {
  std::size_t count = 0;  ///< 0, 1, or 2 for two or more
  YAML::Node first;
  YAML::Mark second;  ///< where the second document's root starts
};

Documents load_at_most_two(const std::string& text) {
  std::istringstream stream(text);
  YAML::Parser parser(stream);
  RootMarks marks;
  for (int n = 0; n < 2 && parser.HandleNextDocument(marks); ++n) {
  }
  Documents out;
  out.count = marks.roots.size();
  if (out.count == 1) out.first = YAML::Load(text);
  if (out.count > 1) out.second = marks.roots[1];
  return out;
}

void parse_yaml(std::string_view text, const Limits& limits, const Sink& sink, Document& doc) {
  Documents documents;
  try {
    documents = load_at_most_two(std::string(text));
  } catch (const YAML::DeepRecursion& e) {
    sink.error(position_from_bytes(text, e.mark.line, e.mark.column),
               depth_message(limits.max_depth), depth_hint(limits.max_depth));
    return;
  } catch (const YAML::Exception& e) {
    ParseError error = explain_yaml_error(text, e.msg, e.mark.line, e.mark.column);
    sink.error(error.pos, error.message, error.hint);
    return;
  }
  if (documents.count == 0) return;  // an empty file: root stays null
  if (documents.count > 1) {
    Position second = position_from_bytes(text, documents.second.line, documents.second.column);
    if (has_document_marker(doc.lines))
      sink.error(second, "more than one YAML document in the file",
                 "keep one document: remove the '---' line, or split the file");
    else
      sink.error(second, "unexpected content after the end of the document",
                 "check the indentation of this line");
    return;
  }
  try {
    build_tree(documents.first, text, limits, sink, doc.root);
  } catch (const YAML::Exception&) {
    sink.error({1, 1}, "this is not valid YAML", "check the indentation and the quotes");
  }
}

}  // namespace

namespace {

Document parse(std::string_view text, const std::string& display_name, FileFormat format,
               const Limits& limits, bool fast) {
  Document doc;
  Sink sink{display_name, &doc.lines, &doc.diagnostics};
  // 1. Size, before anything reads the text (yaml-cpp's memory grows with it).
  if (text.size() > limits.max_bytes) {
    sink.error({}, too_large_message(text.size(), limits.max_bytes),
               too_large_hint(text.size(), limits.max_bytes));
    return doc;
  }
  // 2. Encoding: yaml-cpp passes invalid UTF-8 through. A leading BOM is
  //    dropped first, so that it does not count in the columns of line 1.
  if (!check_not_utf16(text, sink)) return doc;
  if (text.substr(0, 3) == "\xEF\xBB\xBF") text.remove_prefix(3);
  if (std::size_t bad = invalid_utf8_offset(text); bad != std::string_view::npos) {
    // No caret line: it would print the invalid bytes.
    sink.error(
        position_of(text, bad),
        "invalid UTF-8 (byte 0x" +
            [&] {
              static const char* digits = "0123456789ABCDEF";
              unsigned char c = static_cast<unsigned char>(text[bad]);
              return std::string{digits[c >> 4], digits[c & 15]};
            }() +
            ")",
        "save the file as UTF-8");
    return doc;
  }
  if (!check_control_characters(text, sink)) return doc;
  doc.lines = TextLines(text);
  // 3. The fast readers, one pass into the tree. They give up on anything
  //    they do not read exactly as the reference reader below (every problem
  //    among them), which then reads the file again and words the message.
  if (format == FileFormat::json) {
    // An empty JSON file is empty, as in YAML (null root), not "ends too early".
    if (text.find_first_not_of(" \t\r\n") == std::string_view::npos) return doc;
    if (fast && fast_read_json(text, limits, doc.root)) return doc;
  } else if (fast && fast_read_yaml(text, limits, doc.root)) {
    return doc;
  }
  doc.root = Value{};
  // The reference reader: yaml-cpp, after a scan of the depth.
  // 4. Depth, before yaml-cpp: it eats gigabytes on deep '[' runs first.
  if (std::optional<std::size_t> deep = too_deep(text, limits.max_depth)) {
    sink.error(position_of(text, *deep), depth_message(limits.max_depth),
               depth_hint(limits.max_depth));
    return doc;
  }
  // 5. Syntax: strict JSON is checked by a JSON parser, then read as YAML (which
  //    it is, once raw tabs, whitespace only in valid JSON, become spaces).
  std::string yaml_text(text);
  if (format == FileFormat::json) {
    if (!check_strict_json(text, sink)) return doc;
    if (yaml_text.find("\\u") != std::string::npos) yaml_text = join_surrogate_pairs(yaml_text);
    for (char& c : yaml_text)
      if (c == '\t') c = ' ';
  }
  parse_yaml(yaml_text, limits, sink, doc);
  return doc;
}

}  // namespace

Document parse_document(std::string_view text, const std::string& display_name, FileFormat format,
                        const Limits& limits) {
  return parse(text, display_name, format, limits, true);
}

Document parse_document_reference(std::string_view text, const std::string& display_name,
                                  FileFormat format, const Limits& limits) {
  return parse(text, display_name, format, limits, false);
}

}  // namespace aser
