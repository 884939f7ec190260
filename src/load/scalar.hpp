// YAML 1.2 core schema: what a plain (unquoted) scalar means.
#pragma once

#include <string>
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

struct Value;  // load/document.hpp

/// Gives `out` the kind and value of a resolved plain scalar (its text is the
/// caller's to set): null, a boolean, a number or a string. False, and `out`
/// untouched, when it is not finite (each reader words or defers that).
bool take_plain(Value& out, const PlainScalar& plain);

/// For a plain scalar that is text but was likely meant as a number, a hint
/// that names its form and gives the YAML 1.2 spelling: "'1_000' is text in
/// YAML 1.2 (digit separators are YAML 1.1): write 1000". Covers digit
/// separators, decimal commas, spaces in numbers, YAML 1.1 binary and base 60,
/// upper-case or signed 0x/0o, units and currencies, percent signs. "" when
/// the text does not look like a number.
std::string number_form_hint(std::string_view text);

}  // namespace aser
