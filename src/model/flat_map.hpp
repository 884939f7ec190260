// A sorted-vector map with std::map's interface, for the small maps that every
// bid carries (its answers, its scores and points: tens of entries each).
//
// Why: a std::map allocates a node per entry; 10,000 bids made hundreds of
// thousands of them, most of a large run's memory and a fifth of its time in
// malloc and page faults (docs/design-notes.md). Here the entries sit in one
// block, in key order, so iteration (and every report built on it) is in the
// same order as std::map's.
//
// Differences from std::map a caller must know: inserting or erasing moves the
// entries, so it invalidates iterators and references (look up again after an
// insertion), and insertion is linear in the size (fine for tens of entries,
// not for thousands).
#pragma once

#include <algorithm>
#include <cstddef>
#include <functional>
#include <initializer_list>
#include <stdexcept>
#include <tuple>
#include <utility>
#include <vector>

namespace aser {

template <typename Key, typename Value, typename Compare = std::less<>>
class FlatMap {
 public:
  using key_type = Key;
  using mapped_type = Value;
  using value_type = std::pair<Key, Value>;
  using container_type = std::vector<value_type>;
  using iterator = typename container_type::iterator;
  using const_iterator = typename container_type::const_iterator;
  using size_type = std::size_t;

  FlatMap() = default;
  FlatMap(std::initializer_list<value_type> entries) {
    for (const value_type& entry : entries) insert_or_assign(entry.first, entry.second);
  }

  iterator begin() { return entries_.begin(); }
  iterator end() { return entries_.end(); }
  const_iterator begin() const { return entries_.begin(); }
  const_iterator end() const { return entries_.end(); }
  bool empty() const { return entries_.empty(); }
  size_type size() const { return entries_.size(); }
  void reserve(size_type n) { entries_.reserve(n); }
  size_type capacity() const { return entries_.capacity(); }
  void clear() { entries_.clear(); }
  /// Gives back the memory of a map that grew in steps (capacity = size).
  void shrink_to_fit() { entries_.shrink_to_fit(); }

  /// The entry at position `i` in key order: for maps built from a known set
  /// of keys, read and written by position with no search (the scoring).
  value_type& nth(size_type i) { return entries_[i]; }
  const value_type& nth(size_type i) const { return entries_[i]; }

  template <typename K>
  iterator find(const K& key) {
    auto it = lower_bound(key);
    return it != entries_.end() && !less_(key, it->first) ? it : entries_.end();
  }
  template <typename K>
  const_iterator find(const K& key) const {
    auto it = lower_bound(key);
    return it != entries_.end() && !less_(key, it->first) ? it : entries_.end();
  }
  template <typename K>
  bool contains(const K& key) const {
    return find(key) != end();
  }
  template <typename K>
  size_type count(const K& key) const {
    return contains(key) ? 1 : 0;
  }
  template <typename K>
  Value& at(const K& key) {
    auto it = find(key);
    if (it == end()) throw std::out_of_range("FlatMap::at: no such key");
    return it->second;
  }
  template <typename K>
  const Value& at(const K& key) const {
    auto it = find(key);
    if (it == end()) throw std::out_of_range("FlatMap::at: no such key");
    return it->second;
  }

  /// Like std::map: inserts a value-initialised entry when the key is absent.
  template <typename K>
  Value& operator[](K&& key) {
    auto it = lower_bound(key);
    if (it == entries_.end() || less_(key, it->first))
      it = entries_.emplace(it, Key(std::forward<K>(key)), Value());
    return it->second;
  }

  /// Like std::map: does nothing (and says so) when the key is there.
  template <typename K, typename... Args>
  std::pair<iterator, bool> emplace(K&& key, Args&&... args) {
    auto it = lower_bound(key);
    if (it != entries_.end() && !less_(key, it->first)) return {it, false};
    it = entries_.emplace(it, std::piecewise_construct, std::forward_as_tuple(std::forward<K>(key)),
                          std::forward_as_tuple(std::forward<Args>(args)...));
    return {it, true};
  }
  template <typename K, typename V>
  std::pair<iterator, bool> insert_or_assign(K&& key, V&& value) {
    auto it = lower_bound(key);
    if (it != entries_.end() && !less_(key, it->first)) {
      it->second = std::forward<V>(value);
      return {it, false};
    }
    return {entries_.emplace(it, Key(std::forward<K>(key)), Value(std::forward<V>(value))), true};
  }
  template <typename K>
  size_type erase(const K& key) {
    auto it = find(key);
    if (it == end()) return 0;
    entries_.erase(it);
    return 1;
  }

  friend bool operator==(const FlatMap& a, const FlatMap& b) { return a.entries_ == b.entries_; }

 private:
  template <typename K>
  iterator lower_bound(const K& key) {
    return std::lower_bound(entries_.begin(), entries_.end(), key,
                            [this](const value_type& e, const K& k) { return less_(e.first, k); });
  }
  template <typename K>
  const_iterator lower_bound(const K& key) const {
    return std::lower_bound(entries_.begin(), entries_.end(), key,
                            [this](const value_type& e, const K& k) { return less_(e.first, k); });
  }

  container_type entries_;
  [[no_unique_address]] Compare less_;
};

}  // namespace aser
