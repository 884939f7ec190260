// Formula injection (CWE-1236): a spreadsheet that opens a CSV runs a cell
// that starts with = + - @ (and some strip a leading tab or CR first), so a
// supplier named =HYPERLINK(...) would be a live formula on the committee's
// screen. Text cells that start so are written with a leading apostrophe;
// numbers (-2.5, +3, -2,5 with a decimal comma) stay numbers. The XLSX report
// needs no escaping: it writes text as string cells, never as formulas.
#pragma once

#include <string>
#include <string_view>

namespace aser::report {

/// A plain decimal number: an optional sign, digits, an optional '.' or ','
/// and digits, an optional exponent ("-2.5", "+3", "-2,5", "1e-3").
inline bool is_plain_number(std::string_view text) {
  std::size_t i = 0;
  auto digits = [&] {
    std::size_t start = i;
    while (i < text.size() && text[i] >= '0' && text[i] <= '9') ++i;
    return i > start;
  };
  if (i < text.size() && (text[i] == '+' || text[i] == '-')) ++i;
  if (!digits()) return false;
  if (i < text.size() && (text[i] == '.' || text[i] == ',')) {
    ++i;
    if (!digits()) return false;
  }
  if (i < text.size() && (text[i] == 'e' || text[i] == 'E')) {
    ++i;
    if (i < text.size() && (text[i] == '+' || text[i] == '-')) ++i;
    if (!digits()) return false;
  }
  return i == text.size();
}

/// True when a spreadsheet could read `text` as a formula: it starts with
/// = + - @, a tab or a carriage return, and is not a plain number.
inline bool starts_like_formula(std::string_view text) {
  if (text.empty()) return false;
  switch (text.front()) {
    case '=':
    case '+':
    case '-':
    case '@':
    case '\t':
    case '\r':
      return !is_plain_number(text);
    default:
      return false;
  }
}

/// `text` as a spreadsheet must show it: a leading apostrophe when it could be
/// read as a formula (OWASP's advice for CSV), otherwise unchanged.
inline std::string neutralise_formula(std::string_view text) {
  if (!starts_like_formula(text)) return std::string(text);
  return "'" + std::string(text);
}

}  // namespace aser::report
