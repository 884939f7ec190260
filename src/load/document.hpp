// A parsed YAML or JSON file as a plain tree with positions, read under the
// limits of DESIGN section 10 (size, depth, nodes after alias expansion) and
// YAML 1.2's core schema. Grid and bid loaders read this tree, never yaml-cpp.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "load/sink.hpp"
#include "model/diagnostic.hpp"
#include "model/position.hpp"

namespace aser {

enum class FileFormat { yaml, json };

/// What a grid or bid file may hold (DESIGN section 10); the command line
/// changes them (--max-file-size, --max-depth, --max-nodes).
struct Limits {
  std::size_t max_bytes = 16u * 1024 * 1024;
  int max_depth = 64;  ///< at most max_depth_ceiling
  std::size_t max_nodes = 100000;
};

/// yaml-cpp gives up at 500 levels on its own: --max-depth stays below.
inline constexpr int max_depth_ceiling = 400;

/// "nesting deeper than 64 levels", and the hint that says how to raise it.
std::string depth_message(int max_depth);
std::string depth_hint(int max_depth);
/// "more than 100000 nodes after expanding aliases", and its hint.
std::string nodes_message(std::size_t max_nodes);
std::string nodes_hint(std::size_t max_nodes);

struct MapEntry;

struct Value {
  enum class Kind { null, boolean, number, string, list, map } kind = Kind::null;
  std::string text;     ///< scalars: the text as written (strings: the content)
  bool quoted = false;  ///< a quoted scalar (always a string under the core schema)
  double number = 0;
  bool boolean = false;
  Position pos;
  std::vector<Value> items;       ///< list
  std::vector<MapEntry> entries;  ///< map, in file order

  /// The entry with this key, or nullptr.
  const Value* find(std::string_view key) const;
  const MapEntry* find_entry(std::string_view key) const;
};

struct MapEntry {
  std::string key;
  Position key_pos;
  Value value;
};

/// "a number", "a text", "a list"... for messages.
const char* kind_name(Value::Kind kind);

struct Document {
  Value root;
  /// The file's lines, for carets in diagnostics: views into the text
  /// parsed, valid while it is.
  TextLines lines;
  /// Parse errors. With any, `root` is what could be read: null after a syntax
  /// error, possibly incomplete after a limit; only a bid's id, supplier and lot
  /// are read from it then (so that an invalid bid keeps them).
  Diagnostics diagnostics;
  bool ok() const { return !has_errors(diagnostics); }
  /// The text of line `line` (1-based), or "".
  std::string_view line_text(int line) const;
};

/// Parses `text` (already read; `display_name` names it in messages). The
/// document's `lines` view `text`: keep it while they are read.
Document parse_document(std::string_view text, const std::string& display_name, FileFormat format,
                        const Limits& limits = {});

}  // namespace aser
