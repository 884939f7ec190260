// What a cell of a CSV bid table means. A spreadsheet quotes cells as it
// likes, so quotes say nothing about the type: the cell's text does.
#pragma once

#include <optional>
#include <string_view>

namespace aser {

struct CsvCell {
  enum class Kind { empty, number, boolean, text, not_finite } kind = Kind::text;
  double number = 0;
  bool boolean = false;
};

/// Reads one cell (already unquoted and trimmed of spaces and tabs):
/// - empty: absent;
/// - true/false in any case, and VRAI/FAUX in any case (what French
///   spreadsheets write for a boolean cell): a boolean;
/// - a decimal number, `[-+]?digits[.digits][e[-+]digits]` (also `.5`);
///   with `decimal_comma`, the decimal separator may be `,` instead of `.`,
///   and the integer part may group digits by three with a space, a
///   non-breaking space (U+00A0) or a narrow one (U+202F): `1 234 567,50`;
/// - nan, inf, infinity (any case, with a sign) and numbers too large for a
///   double: not_finite;
/// - anything else: text (`12 %`, `118 500,00 €`, `#DIV/0!`, `1,5` without
///   `decimal_comma`).
CsvCell read_cell(std::string_view text, bool decimal_comma);

/// True for a number written with a decimal comma (`12,5`, `1 234,5`), as a
/// hint when `decimal_comma` is off.
bool looks_like_decimal_comma(std::string_view text);

}  // namespace aser
