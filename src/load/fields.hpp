// Typed reading of a mapping's keys, for the grid and bid loaders: every wrong
// type, unknown key and bad choice becomes a diagnostic with a hint.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "load/document.hpp"
#include "load/sink.hpp"

namespace aser {

/// "'heavy'", "true", "nothing", "a list": a value as messages quote it.
std::string describe(const Value& value);

/// Checks that `value` is a finite number; else "'name' expects a number, got ..."
/// with a hint ("remove the quotes" for a quoted number).
std::optional<double> expect_number(const Value& value, std::string_view name, const Sink& sink);

/// A text (a plain number or boolean is read as written, e.g. `lot: 1` is "1").
std::optional<std::string> expect_text(const Value& value, std::string_view name, const Sink& sink);

/// One of `choices`; else "'name' expects a, b or c, got 'x'" with a did-you-mean.
std::optional<std::string> expect_choice(const Value& value, std::string_view name,
                                         const std::vector<std::string>& choices, const Sink& sink);

/// "a, b or c".
std::string join_or(const std::vector<std::string>& words);
/// "'a', 'b', 'c'".
std::string quoted_list(const std::vector<std::string>& words);

/// A mapping read key by key. The constructor checks that `map` is a mapping
/// (else reports it and every getter returns nothing) and reports keys not in
/// `known` as unknown, with a did-you-mean.
class Fields {
 public:
  /// `hints`: for an unknown key that is known to be meant otherwise, the
  /// hint to give instead of the list of keys (key, hint).
  Fields(const Value& map, const Sink& sink, std::string where, std::vector<std::string> known,
         const std::vector<std::pair<std::string, std::string>>& hints = {});

  bool ok() const { return ok_; }
  const Value& map() const { return map_; }
  const Value* get(std::string_view key) const;
  bool has(std::string_view key) const { return get(key) != nullptr; }

  std::optional<double> number(std::string_view key) const;
  std::optional<std::string> text(std::string_view key) const;
  std::optional<std::string> choice(std::string_view key,
                                    const std::vector<std::string>& choices) const;
  /// An integer >= `min`.
  std::optional<int> integer(std::string_view key, int min) const;

 private:
  const Value& map_;
  const Sink& sink_;
  bool ok_ = false;
};

}  // namespace aser
