#include "report/numbers.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <charconv>
#include <cmath>
#include <system_error>

namespace aser::report {

namespace {

// Adds one unit in the last place to a string of decimal digits; returns
// true when the carry runs off the left end ("999" → "000", true).
bool increment(std::string& digits) {
  for (std::size_t i = digits.size(); i-- > 0;) {
    if (digits[i] == '9') {
      digits[i] = '0';
    } else {
      ++digits[i];
      return false;
    }
  }
  return true;
}

// Digits of the integer part, grouped by three from the right.
std::string group(const std::string& digits, const char* separator) {
  std::string out;
  std::size_t first = digits.size() % 3;
  if (first == 0) first = 3;
  out += digits.substr(0, first);
  for (std::size_t i = first; i < digits.size(); i += 3) {
    out += separator;
    out += digits.substr(i, 3);
  }
  return out;
}

struct Rounded {
  bool negative = false;
  std::string integer;   // at least one digit
  std::string fraction;  // exactly `decimals` digits
};

Rounded round_parts(double value, int decimals) {
  Rounded r;
  std::string s = shortest_decimal(std::fabs(value));
  std::size_t dot = s.find('.');
  r.integer = dot == std::string::npos ? s : s.substr(0, dot);
  std::string fraction = dot == std::string::npos ? std::string() : s.substr(dot + 1);
  const std::size_t keep = decimals > 0 ? static_cast<std::size_t>(decimals) : 0;
  bool round_up = fraction.size() > keep && fraction[keep] >= '5';
  fraction.resize(keep, '0');
  if (round_up) {
    std::string all = r.integer + fraction;
    if (increment(all)) all.insert(all.begin(), '1');
    r.integer = all.substr(0, all.size() - keep);
    fraction = all.substr(all.size() - keep);
  }
  r.fraction = fraction;
  bool zero = r.integer.find_first_not_of('0') == std::string::npos &&
              r.fraction.find_first_not_of('0') == std::string::npos;
  r.negative = std::signbit(value) && !zero;
  return r;
}

std::string currency_symbol(const std::string& currency) {
  if (currency == "EUR") return "€";
  if (currency == "GBP") return "£";
  if (currency == "USD") return "$";
  return currency;
}

bool is_symbol(const std::string& currency) {
  return currency == "EUR" || currency == "GBP" || currency == "USD";
}

}  // namespace

std::string shortest_decimal(double value) {
  if (std::isnan(value)) return "nan";
  if (std::isinf(value)) return value < 0 ? "-inf" : "inf";
  // Fixed notation of a double needs at most ~330 characters.
  char buffer[400];
  std::to_chars_result result =
      std::to_chars(buffer, buffer + sizeof buffer, value, std::chars_format::fixed);
  if (result.ec != std::errc()) return fmt::format("{}", value);
  return std::string(buffer, result.ptr);
}

std::string fixed_decimal(double value, int decimals) {
  if (!std::isfinite(value)) return shortest_decimal(value);
  Rounded r = round_parts(value, decimals);
  std::string out = r.negative ? "-" : "";
  out += r.integer;
  if (!r.fraction.empty()) out += '.' + r.fraction;
  return out;
}

// The same rounding as fixed_decimal, on a buffer on the stack: the JSON
// report rounds every figure of every bid (about 26 a bid), and the strings of
// fixed_decimal were a tenth of a 10,000-bid run.
double round_decimals(double value, int decimals) {
  if (!std::isfinite(value)) return value;
  // The quick way, when the rounding is plain: |value| × 10^d under 10^12 and
  // more than 10^-3 from a half. The product is then within 2.2 × 10^-4 of
  // the shortest digits' own (both errors under 2^-53 of it), so the digits
  // below would round the same way; and n / 10^d, both exact, is the double
  // nearest the rounded decimal, which is what reading its text back gives.
  // Halves and large figures take the digits' way. (The digits' way on every
  // figure of every bid was a sixth of the JSON report's instructions.)
  if (decimals >= 0 && decimals <= 15) {
    static constexpr double kPowers[] = {1e0, 1e1, 1e2,  1e3,  1e4,  1e5,  1e6,  1e7,
                                         1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15};
    const double scale = kPowers[decimals];
    const double scaled = std::fabs(value) * scale;
    if (scaled < 1e12) {
      const double whole = std::floor(scaled);
      const double part = scaled - whole;
      if (std::fabs(part - 0.5) > 1e-3) {
        const double n = part > 0.5 ? whole + 1 : whole;
        if (n == 0) return 0.0;
        const double out = n / scale;
        return std::signbit(value) ? -out : out;
      }
    }
  }
  // [0]: room for a carry ("99.96" to 2 decimals... "999.5" to 0: "1000").
  char buffer[402];
  char* const first = buffer + 1;
  const std::to_chars_result shortest =
      std::to_chars(first, buffer + sizeof buffer, std::fabs(value), std::chars_format::fixed);
  if (shortest.ec != std::errc()) {  // never for a finite double; the slow way then
    const std::string text = fixed_decimal(value, decimals);
    double out = 0;
    std::from_chars(text.data(), text.data() + text.size(), out);
    return out == 0 ? 0.0 : out;
  }
  char* end = shortest.ptr;
  char* dot = std::find(first, end, '.');
  const std::size_t keep = decimals > 0 ? static_cast<std::size_t>(decimals) : 0;
  const std::size_t fraction = dot == end ? 0 : static_cast<std::size_t>(end - dot - 1);
  // The shortest digits that read back as `value` need no rounding: it is its
  // own nearest double.
  if (fraction <= keep) return value == 0 ? 0.0 : value;
  // Cut after `keep` decimals, half up on the next digit, as round_parts does.
  const bool round_up = dot[1 + keep] >= '5';
  end = keep == 0 ? dot : dot + 1 + keep;
  char* start = first;
  if (round_up) {
    bool carry = true;
    for (char* p = end; carry && p-- > first;) {
      if (*p == '.') continue;
      if (*p == '9') {
        *p = '0';
      } else {
        ++*p;
        carry = false;
      }
    }
    if (carry) *--start = '1';
  }
  double out = 0;
  std::from_chars(start, end, out);
  if (std::signbit(value)) out = -out;
  return out == 0 ? 0.0 : out;
}

std::string format_number(double value, int decimals, Language language) {
  if (!std::isfinite(value)) return shortest_decimal(value);
  Rounded r = round_parts(value, decimals);
  const bool fr = language == Language::fr;
  std::string out = r.negative ? "-" : "";
  out += group(r.integer, fr ? kNbsp : ",");
  if (!r.fraction.empty()) out += (fr ? "," : ".") + r.fraction;
  return out;
}

std::string format_money(double value, const std::string& currency, Language language) {
  std::string amount = format_number(std::fabs(value), 2, language);
  const bool negative = std::signbit(value) && round_parts(value, 2).negative;
  const std::string sign = negative ? "-" : "";
  const std::string symbol = currency_symbol(currency);
  if (language == Language::fr) return sign + amount + kNbsp + symbol;
  if (is_symbol(currency)) return sign + symbol + amount;
  return sign + symbol + kNbsp + amount;
}

std::string format_percent(double share, int decimals, Language language) {
  std::string number = format_number(share * 100, decimals, language);
  return language == Language::fr ? number + kNbsp + "%" : number + "%";
}

}  // namespace aser::report
