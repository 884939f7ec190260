// Boxed<T>: a value most objects leave empty, kept behind one pointer (8 bytes
// instead of sizeof(T)) and read as a `const T&` (an empty T when unset).
//
// Why: every answer of every bid has a panel of marks and a source line, and
// nearly all are empty: 56 bytes of empty vector and string per answer were a
// third of a 10,000-bid run's answers (docs/design-notes.md).
#pragma once

#include <cstddef>
#include <memory>
#include <utility>

namespace aser {

template <typename T>
class Boxed {
 public:
  Boxed() = default;
  Boxed(const Boxed& other) : value_(other.value_ ? std::make_unique<T>(*other.value_) : nullptr) {}
  Boxed(Boxed&&) noexcept = default;
  Boxed& operator=(const Boxed& other) {
    if (this != &other) value_ = other.value_ ? std::make_unique<T>(*other.value_) : nullptr;
    return *this;
  }
  Boxed& operator=(Boxed&&) noexcept = default;
  /// Sets the value (an empty one frees the box).
  Boxed& operator=(T value) {
    if (value == T())
      value_.reset();
    else
      value_ = std::make_unique<T>(std::move(value));
    return *this;
  }

  const T& get() const { return value_ ? *value_ : none(); }
  operator const T&() const { return get(); }
  /// For changes in place: makes the box when there is none.
  T& edit() {
    if (!value_) value_ = std::make_unique<T>();
    return *value_;
  }
  void clear() { value_.reset(); }

  // What callers read of a vector or a string.
  bool empty() const { return get().empty(); }
  std::size_t size() const { return get().size(); }
  auto begin() const { return get().begin(); }
  auto end() const { return get().end(); }
  const auto& operator[](std::size_t i) const { return get()[i]; }
  template <typename V>
  void push_back(V&& v) {
    edit().push_back(std::forward<V>(v));
  }

  friend bool operator==(const Boxed& a, const T& b) { return a.get() == b; }

 private:
  static const T& none() {
    static const T nothing{};
    return nothing;
  }
  std::unique_ptr<T> value_;
};

}  // namespace aser
