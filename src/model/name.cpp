#include "model/name.hpp"

#include <mutex>
#include <ostream>
#include <unordered_map>
#include <unordered_set>

namespace aser {
namespace {

// Every text ever named, for the whole process. A node-based set: its strings
// never move, so Names may point at them. Never destroyed (a Name may be
// read by another static's destructor).
struct Table {
  std::mutex mutex;
  std::unordered_set<std::string> texts;
};

Table& table() {
  static Table* const t = new Table;
  return *t;
}

const std::string& empty_text() {
  static const std::string* const empty = new std::string;
  return *empty;
}

const std::string* intern(std::string_view text) {
  if (text.empty()) return &empty_text();
  // Each reading thread asks for the same few dozen paths thousands of times:
  // a cache of its own answers them without the lock.
  thread_local std::unordered_map<std::string_view, const std::string*> cache;
  if (auto it = cache.find(text); it != cache.end()) return it->second;
  Table& t = table();
  const std::string* found;
  {
    std::lock_guard lock(t.mutex);
    found = &*t.texts.emplace(text).first;
  }
  cache.emplace(*found, found);
  return found;
}

}  // namespace

Name::Name() : text_(&empty_text()) {}

Name::Name(std::string_view text) : text_(intern(text)) {}

std::ostream& operator<<(std::ostream& out, const Name& name) {
  return out << name.str();
}

}  // namespace aser
