// YAML 1.2 core schema: what a plain (unquoted) scalar means.
#pragma once

#include <string_view>

namespace aser {

struct PlainScalar {
  enum class Kind { null, boolean, number, string, not_finite } kind = Kind::string;
  double number = 0;
  bool boolean = false;
};

/// Resolves a plain scalar: null (`null ~ Null NULL` or empty), boolean
/// (`true True TRUE false False FALSE`; yes/no/on/off are text), integers
/// (decimal, 0o octal, 0x hex), floats. `.inf`, `.nan` (any case, with a sign)
/// and the spellings nan, inf, infinity, and numbers that overflow to infinity,
/// are `not_finite`: errors everywhere in aser.
PlainScalar resolve_plain(std::string_view text);

}  // namespace aser
