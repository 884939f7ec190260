// What two readers' trees differ in (tests of the fast and simple readers).
#pragma once

#include <fstream>
#include <sstream>
#include <string>

#include "load/document.hpp"

namespace aser::test {

inline std::string show(Position pos) {
  return std::to_string(pos.line) + ":" + std::to_string(pos.column);
}

// The first difference between two trees (kinds, texts, numbers, every
// line:column), or "".
inline std::string differ(const Value& a, const Value& b, const std::string& path) {
  if (a.kind != b.kind) return path + ": kind " + kind_name(a.kind) + " vs " + kind_name(b.kind);
  if (a.text != b.text) return path + ": text '" + a.text + "' vs '" + b.text + "'";
  if (a.quoted != b.quoted) return path + ": quoted";
  if (a.kind == Value::Kind::number && !(a.number == b.number)) return path + ": number";
  if (a.boolean != b.boolean) return path + ": boolean";
  if (a.pos.line != b.pos.line || a.pos.column != b.pos.column)
    return path + ": at " + show(a.pos) + " vs " + show(b.pos);
  if (a.items.size() != b.items.size()) return path + ": item count";
  for (std::size_t i = 0; i < a.items.size(); ++i)
    if (std::string d = differ(a.items[i], b.items[i], path + "[" + std::to_string(i) + "]");
        !d.empty())
      return d;
  if (a.entries.size() != b.entries.size()) return path + ": entry count";
  for (std::size_t i = 0; i < a.entries.size(); ++i) {
    const MapEntry& x = a.entries[i];
    const MapEntry& y = b.entries[i];
    if (x.key != y.key) return path + ": key '" + x.key + "' vs '" + y.key + "'";
    if (x.key_pos.line != y.key_pos.line || x.key_pos.column != y.key_pos.column)
      return path + "." + x.key + ": key at " + show(x.key_pos) + " vs " + show(y.key_pos);
    if (std::string d = differ(x.value, y.value, path + "." + x.key); !d.empty()) return d;
  }
  return {};
}

// A file's bytes.
inline std::string read_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream out;
  out << in.rdbuf();
  return out.str();
}

}  // namespace aser::test
