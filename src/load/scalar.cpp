// The YAML 1.2 core schema's regular expressions, written out by hand.
#include "load/scalar.hpp"

#include <algorithm>
#include <cctype>
#include <charconv>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <string>

#include "load/document.hpp"

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
  // Every plain text and key comes here: the longest word is "infinity".
  if (s.size() > 8) return false;
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

bool is_number(std::string_view s) {
  return resolve_plain(s).kind == PlainScalar::Kind::number;
}

std::string without(std::string_view s, std::string_view chars) {
  std::string out;
  for (char c : s)
    if (chars.find(c) == std::string_view::npos) out += c;
  return out;
}

std::string replace_all(std::string s, std::string_view from, std::string_view to) {
  for (std::size_t at = s.find(from); at != std::string::npos; at = s.find(from, at + to.size()))
    s.replace(at, from.size(), to);
  return s;
}

std::string trim(std::string_view s) {
  const std::size_t first = s.find_first_not_of(' ');
  if (first == std::string_view::npos) return {};
  return std::string(s.substr(first, s.find_last_not_of(' ') - first + 1));
}

// The number's YAML 1.2 text, as aser would print it back.
std::string plain_text(double value) {
  char buffer[64];
  std::snprintf(buffer, sizeof buffer, "%.15g", value);
  return buffer;
}

// "€ 1 200,50", "1200 EUR", "12 %": the number with its unit or currency
// taken off, or "" when there is none.
std::string strip_unit(std::string_view s) {
  static const std::string_view units[] = {"€",   "$",   "£",  "%",   "EUR", "eur", "USD",
                                           "GBP", "CHF", "HT", "TTC", "kg",  "t",   "h"};
  std::string text = trim(s);
  for (std::string_view unit : units) {
    if (text.size() > unit.size() &&
        text.compare(text.size() - unit.size(), unit.size(), unit) == 0)
      return trim(text.substr(0, text.size() - unit.size()));
    if (text.size() > unit.size() && text.compare(0, unit.size(), unit) == 0)
      return trim(text.substr(unit.size()));
  }
  return {};
}

std::string form_hint(std::string_view s, int depth);

// The hint for text with a unit: the number alone, in its YAML 1.2 spelling.
std::string unit_hint(std::string_view s, int depth) {
  const std::string bare = strip_unit(s);
  if (bare.empty()) return {};
  std::string number = is_number(bare) ? plain_text(resolve_plain(bare).number) : std::string();
  if (number.empty() && depth == 0) {
    // "1 200,50 €": the unit, then another form.
    const std::string inner = form_hint(bare, depth + 1);
    const std::size_t write = inner.rfind(": write ");
    if (write != std::string::npos) number = inner.substr(write + 8);
  }
  if (number.empty()) return {};
  // Appended piece by piece: GCC 12 warns (-Wrestrict, a false positive) on
  // the same concatenation written with operator+.
  std::string hint = "'";
  hint += s;
  hint += "' is text: write the number alone, without a unit, a currency or '%' ";
  hint += "(the grid says the unit): write ";
  hint += number;
  return hint;
}

std::string form_hint(std::string_view s, int depth) {
  const std::string text(s);
  if (text.empty()) return {};
  const std::string quoted = "'" + text + "'";
  // YAML 1.1 digit separators: 1_000, 1_000.50.
  if (text.find('_') != std::string::npos) {
    const std::string bare = without(text, "_");
    if (is_number(bare))
      return quoted + " is text in YAML 1.2 (digit separators are YAML 1.1): write " + bare;
  }
  // Spaces (or U+00A0, U+202F) between digit groups: 1 000, 1 000,50.
  for (std::string_view space : {" ", "\xC2\xA0", "\xE2\x80\xAF"}) {
    if (text.find(space) == std::string::npos) continue;
    const std::string bare = replace_all(text, space, "");
    if (is_number(bare))
      return quoted + " is text: a number has no spaces between its digits: write " + bare;
    if (bare.find(',') != std::string::npos && bare.find('.') == std::string::npos &&
        std::count(bare.begin(), bare.end(), ',') == 1 && is_number(replace_all(bare, ",", ".")))
      return quoted +
             " is text: a number has no spaces between its digits and a decimal point, not a "
             "comma: write " +
             replace_all(bare, ",", ".");
  }
  // Commas: a decimal comma (12,5) or thousands (1,000 or 1,000.50).
  if (text.find(',') != std::string::npos) {
    const std::size_t commas = static_cast<std::size_t>(std::count(text.begin(), text.end(), ','));
    const std::string point = replace_all(text, ",", ".");
    const std::string bare = without(text, ",");
    const std::size_t last = text.rfind(',');
    const bool groups_of_three =
        text.size() - last - 1 == 3 ||
        (text.find('.') != std::string::npos && text.find('.') - last - 1 == 3);
    if (commas == 1 && text.find('.') == std::string::npos && is_number(point)) {
      if (groups_of_three)
        return quoted + " is text: YAML numbers have no thousands separator and take a decimal " +
               "point: write " + bare + " (a thousand) or " + point + " (a decimal comma)";
      return quoted + " is text: YAML numbers take a decimal point, not a comma: write " + point;
    }
    if (is_number(bare) && groups_of_three)
      return quoted + " is text: YAML numbers have no thousands separator: write " + bare;
  }
  // YAML 1.1 binary (0b101) and base 60 (1:30:00).
  if (text.size() > 2 && text[0] == '0' && text[1] == 'b' &&
      text.find_first_not_of("01", 2) == std::string::npos)
    return quoted + " is text in YAML 1.2 (0b binary numbers are YAML 1.1): write " +
           plain_text(from_digits(text.substr(2), 2));
  if (text.find(':') != std::string::npos &&
      text.find_first_not_of("0123456789:") == std::string::npos && text.front() != ':' &&
      text.back() != ':') {
    double value = 0;
    std::size_t from = 0;
    for (std::size_t colon = text.find(':'); from != std::string::npos;
         colon = text.find(':', from)) {
      const std::string part = text.substr(from, colon == std::string::npos ? colon : colon - from);
      if (part.empty()) return {};
      value = value * 60 + from_digits(part, 10);
      from = colon == std::string::npos ? colon : colon + 1;
    }
    return quoted + " is text in YAML 1.2 (base-60 numbers are YAML 1.1): write " +
           plain_text(value);
  }
  // 0X10, 0O17, -0x10, +0o17: the core schema's hex and octal are lower-case and unsigned.
  {
    const bool sign = text[0] == '-' || text[0] == '+';
    std::string body = text.substr(sign ? 1 : 0);
    if (body.size() > 2 && body[0] == '0' &&
        (body[1] == 'X' || body[1] == 'O' || (sign && (body[1] == 'x' || body[1] == 'o')))) {
      body[1] = static_cast<char>(std::tolower(static_cast<unsigned char>(body[1])));
      if (is_number(body)) {
        const double value = resolve_plain(body).number;
        return quoted + " is text in YAML 1.2 (0x and 0o are lower-case and take no sign): write " +
               plain_text(text[0] == '-' ? -value : value);
      }
    }
  }
  return depth == 0 ? unit_hint(s, depth) : std::string();
}

}  // namespace

std::string number_form_hint(std::string_view text) {
  return form_hint(text, 0);
}

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

bool take_plain(Value& out, const PlainScalar& plain) {
  switch (plain.kind) {
    case PlainScalar::Kind::null:
      out.kind = Value::Kind::null;
      return true;
    case PlainScalar::Kind::boolean:
      out.kind = Value::Kind::boolean;
      out.boolean = plain.boolean;
      return true;
    case PlainScalar::Kind::number:
      out.kind = Value::Kind::number;
      out.number = plain.number;
      return true;
    case PlainScalar::Kind::string:
      out.kind = Value::Kind::string;
      return true;
    case PlainScalar::Kind::not_finite:
      break;
  }
  return false;
}

}  // namespace aser
