// Name: an interned, immutable text (an answer path, a criterion id) held as
// one pointer. Equal texts share one copy for the whole process.
//
// Why: every bid carries the same answer paths ("social.insertion_hours_pct")
// and every result the same criterion ids, as map keys. As std::string each
// key took 32 bytes, plus a heap block when longer than 15 characters: at
// 10,000 bids about 2 KB a bid of keys, all copies of a few dozen texts
// (docs/design-notes.md, "The third pass"). A Name is 8 bytes and allocates
// nothing once its text has been seen.
//
// A Name orders and compares by its text, exactly as std::string does, so that
// maps keyed by Names iterate in the same order (the reports' bytes). It reads
// as a `const std::string&` wherever one is expected.
#pragma once

#include <compare>
#include <cstddef>
#include <functional>
#include <iosfwd>
#include <string>
#include <string_view>

namespace aser {

class Name {
 public:
  /// The empty name.
  Name();
  /// The name of `text` (interned: thread-safe, and lock-free once the calling
  /// thread has seen that text).
  Name(std::string_view text);  // NOLINT(google-explicit-constructor): reads as a string
  Name(const std::string& text) : Name(std::string_view(text)) {}  // NOLINT
  Name(const char* text) : Name(std::string_view(text)) {}         // NOLINT

  const std::string& str() const { return *text_; }
  operator const std::string&() const { return *text_; }  // NOLINT
  operator std::string_view() const { return *text_; }    // NOLINT

  // What callers read of a string.
  bool empty() const { return text_->empty(); }
  std::size_t size() const { return text_->size(); }
  const char* data() const { return text_->data(); }
  const char* c_str() const { return text_->c_str(); }
  char front() const { return text_->front(); }
  char back() const { return text_->back(); }
  char operator[](std::size_t i) const { return (*text_)[i]; }
  auto begin() const { return text_->begin(); }
  auto end() const { return text_->end(); }
  std::size_t find(std::string_view s, std::size_t from = 0) const { return text_->find(s, from); }
  std::size_t find(char c, std::size_t from = 0) const { return text_->find(c, from); }
  std::size_t rfind(std::string_view s, std::size_t from = std::string::npos) const {
    return text_->rfind(s, from);
  }
  std::size_t rfind(char c, std::size_t from = std::string::npos) const {
    return text_->rfind(c, from);
  }
  std::string substr(std::size_t from, std::size_t count = std::string::npos) const {
    return text_->substr(from, count);
  }
  int compare(std::size_t from, std::size_t count, std::string_view s) const {
    return text_->compare(from, count, s);
  }

  // Equal texts are the same pointer: equality costs no string comparison.
  friend bool operator==(const Name& a, const Name& b) { return a.text_ == b.text_; }
  friend bool operator==(const Name& a, std::string_view b) { return *a.text_ == b; }
  friend bool operator==(const Name& a, const std::string& b) { return *a.text_ == b; }
  friend bool operator==(const Name& a, const char* b) { return *a.text_ == b; }
  friend std::strong_ordering operator<=>(const Name& a, const Name& b) {
    if (a.text_ == b.text_) return std::strong_ordering::equal;
    return *a.text_ <=> *b.text_;
  }
  friend std::strong_ordering operator<=>(const Name& a, std::string_view b) {
    return std::string_view(*a.text_) <=> b;
  }
  friend std::strong_ordering operator<=>(const Name& a, const std::string& b) {
    return *a.text_ <=> b;
  }
  friend std::strong_ordering operator<=>(const Name& a, const char* b) {
    return std::string_view(*a.text_) <=> std::string_view(b);
  }

  friend std::string operator+(const Name& a, std::string_view b) {
    std::string out = *a.text_;
    out += b;
    return out;
  }
  friend std::string operator+(const Name& a, const char* b) { return a + std::string_view(b); }
  friend std::string operator+(const Name& a, char b) { return *a.text_ + b; }
  friend std::string operator+(std::string a, const Name& b) { return a += *b.text_; }
  friend std::string operator+(const char* a, const Name& b) { return a + *b.text_; }

 private:
  const std::string* text_;
};

std::ostream& operator<<(std::ostream& out, const Name& name);

}  // namespace aser

template <>
struct std::hash<aser::Name> {
  std::size_t operator()(const aser::Name& name) const noexcept {
    return std::hash<const void*>()(name.data());
  }
};
