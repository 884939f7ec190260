// read_cell: numbers as French and English spreadsheets export them, parsed by
// hand into a plain "1234.5" and then by std::from_chars (no locale involved).
#include "load/csv_cells.hpp"

#include <charconv>
#include <string>

namespace aser {
namespace {

bool is_digit(char c) {
  return c >= '0' && c <= '9';
}

char lower(char c) {
  return c >= 'A' && c <= 'Z' ? static_cast<char>(c + 32) : c;
}

bool equals_lower(std::string_view text, std::string_view word) {
  if (text.size() != word.size()) return false;
  for (std::size_t i = 0; i < text.size(); ++i)
    if (lower(text[i]) != word[i]) return false;
  return true;
}

// The length of a thousands separator at `at`: a space, U+00A0 or U+202F.
std::size_t group_separator(std::string_view text, std::size_t at) {
  if (text.substr(at, 1) == " ") return 1;
  if (text.substr(at, 2) == "\xC2\xA0") return 2;
  if (text.substr(at, 3) == "\xE2\x80\xAF") return 3;
  return 0;
}

// `text` as a plain decimal number ("-1234.5e3"), or nothing. With `comma`,
// ',' is the decimal separator (a '.' is still read as one: a number never
// holds both) and the integer part may be grouped by three.
std::optional<std::string> normalise(std::string_view text, bool comma) {
  std::string out;
  std::size_t i = 0;
  if (i < text.size() && (text[i] == '-' || text[i] == '+')) out += text[i++];
  // Integer part: digits, or groups of three after a separator.
  std::size_t digits = 0, group = 0;
  bool grouped = false;
  while (i < text.size()) {
    if (is_digit(text[i])) {
      out += text[i++];
      ++digits;
      ++group;
      continue;
    }
    const std::size_t skip = comma ? group_separator(text, i) : 0;
    if (skip == 0 || group == 0 || (grouped && group != 3) || (!grouped && group > 3)) break;
    if (i + skip >= text.size() || !is_digit(text[i + skip])) return std::nullopt;
    grouped = true;
    group = 0;
    i += skip;
  }
  if (grouped && group != 3) return std::nullopt;
  // Fraction.
  std::size_t fraction = 0;
  if (i < text.size() && (text[i] == '.' || (comma && text[i] == ','))) {
    out += '.';
    ++i;
    while (i < text.size() && is_digit(text[i])) {
      out += text[i++];
      ++fraction;
    }
  }
  if (digits + fraction == 0) return std::nullopt;
  // Exponent.
  if (i < text.size() && (text[i] == 'e' || text[i] == 'E')) {
    out += 'e';
    ++i;
    if (i < text.size() && (text[i] == '-' || text[i] == '+')) out += text[i++];
    std::size_t exponent = 0;
    while (i < text.size() && is_digit(text[i])) {
      out += text[i++];
      ++exponent;
    }
    if (exponent == 0) return std::nullopt;
  }
  if (i != text.size()) return std::nullopt;
  return out;
}

}  // namespace

CsvCell read_cell(std::string_view text, bool decimal_comma) {
  CsvCell cell;
  if (text.empty()) {
    cell.kind = CsvCell::Kind::empty;
    return cell;
  }
  if (equals_lower(text, "true") || equals_lower(text, "vrai") || equals_lower(text, "false") ||
      equals_lower(text, "faux")) {
    cell.kind = CsvCell::Kind::boolean;
    cell.boolean = equals_lower(text, "true") || equals_lower(text, "vrai");
    return cell;
  }
  std::string_view unsigned_text = text;
  if (!unsigned_text.empty() && (unsigned_text[0] == '-' || unsigned_text[0] == '+'))
    unsigned_text.remove_prefix(1);
  if (equals_lower(unsigned_text, "nan") || equals_lower(unsigned_text, "inf") ||
      equals_lower(unsigned_text, "infinity")) {
    cell.kind = CsvCell::Kind::not_finite;
    return cell;
  }
  std::optional<std::string> plain = normalise(text, decimal_comma);
  if (!plain) return cell;  // text
  const char* first = plain->data() + (plain->front() == '+' ? 1 : 0);
  const char* last = plain->data() + plain->size();
  double number = 0;
  const std::from_chars_result result = std::from_chars(first, last, number);
  if (result.ptr != last) return cell;
  if (result.ec == std::errc::result_out_of_range) {
    // Too large: not finite; too small (1e-999): as close to zero as a double gets.
    std::size_t e = plain->find('e');
    if (e == std::string::npos || (*plain)[e + 1] != '-') {
      cell.kind = CsvCell::Kind::not_finite;
      return cell;
    }
    number = 0;
  }
  cell.kind = CsvCell::Kind::number;
  cell.number = number;
  return cell;
}

bool looks_like_decimal_comma(std::string_view text) {
  return text.find(',') != std::string_view::npos && normalise(text, true).has_value();
}

}  // namespace aser
