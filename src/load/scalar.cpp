// The YAML 1.2 core schema's regular expressions, written out by hand.
#include "load/scalar.hpp"

#include <cctype>
#include <charconv>
#include <cmath>
#include <cstdlib>
#include <string>

namespace aser {
namespace {

bool is_digit(char c) {
  return c >= '0' && c <= '9';
}

bool all_of(std::string_view s, bool (*pred)(char)) {
  if (s.empty()) return false;
  for (char c : s)
    if (!pred(c)) return false;
  return true;
}

bool is_octal(char c) {
  return c >= '0' && c <= '7';
}
bool is_hex(char c) {
  return std::isxdigit(static_cast<unsigned char>(c)) != 0;
}

// [-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?
bool is_float(std::string_view s) {
  std::size_t i = 0;
  if (i < s.size() && (s[i] == '-' || s[i] == '+')) ++i;
  std::size_t int_digits = 0;
  while (i < s.size() && is_digit(s[i])) ++i, ++int_digits;
  std::size_t frac_digits = 0;
  if (i < s.size() && s[i] == '.') {
    ++i;
    while (i < s.size() && is_digit(s[i])) ++i, ++frac_digits;
  }
  if (int_digits == 0 && frac_digits == 0) return false;
  if (i < s.size() && (s[i] == 'e' || s[i] == 'E')) {
    ++i;
    if (i < s.size() && (s[i] == '-' || s[i] == '+')) ++i;
    std::size_t exp_digits = 0;
    while (i < s.size() && is_digit(s[i])) ++i, ++exp_digits;
    if (exp_digits == 0) return false;
  }
  return i == s.size();
}

std::string lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

bool is_not_finite_word(std::string_view s) {
  if (!s.empty() && (s[0] == '-' || s[0] == '+')) s.remove_prefix(1);
  const std::string word = lower(s);
  return word == ".inf" || word == ".nan" || word == "nan" || word == "inf" || word == "infinity";
}

double from_digits(std::string_view digits, int base) {
  double value = 0;
  for (char c : digits) {
    int d = is_digit(c) ? c - '0' : std::tolower(static_cast<unsigned char>(c)) - 'a' + 10;
    value = value * base + d;
  }
  return value;
}

// Locale-independent; overflow gives infinity (an error), underflow gives 0 or a subnormal.
double parse_float(std::string_view s) {
  std::string_view digits = s[0] == '+' ? s.substr(1) : s;
  double value = 0;
  auto [end, ec] = std::from_chars(digits.data(), digits.data() + digits.size(), value);
  if (ec == std::errc::result_out_of_range || end != digits.data() + digits.size())
    return std::strtod(std::string(s).c_str(), nullptr);
  return value;
}

PlainScalar number(double value) {
  PlainScalar out;
  out.kind = std::isfinite(value) ? PlainScalar::Kind::number : PlainScalar::Kind::not_finite;
  out.number = value;
  return out;
}

}  // namespace

PlainScalar resolve_plain(std::string_view s) {
  PlainScalar out;
  if (s.empty() || s == "~" || s == "null" || s == "Null" || s == "NULL") {
    out.kind = PlainScalar::Kind::null;
    return out;
  }
  if (s == "true" || s == "True" || s == "TRUE" || s == "false" || s == "False" || s == "FALSE") {
    out.kind = PlainScalar::Kind::boolean;
    out.boolean = s[0] == 't' || s[0] == 'T';
    return out;
  }
  if (s.size() > 2 && s[0] == '0' && s[1] == 'o' && all_of(s.substr(2), is_octal))
    return number(from_digits(s.substr(2), 8));
  if (s.size() > 2 && s[0] == '0' && s[1] == 'x' && all_of(s.substr(2), is_hex))
    return number(from_digits(s.substr(2), 16));
  if (is_float(s)) return number(parse_float(s));
  if (is_not_finite_word(s)) {
    out.kind = PlainScalar::Kind::not_finite;
    return out;
  }
  return out;  // text
}

}  // namespace aser
