// Numbers and money as people read them, in the grid's language, without the
// C/C++ locale machinery so that the bytes never depend on the machine:
//   fr: 118 500,00 €   82,50   40,0 %      (groups and spaces are U+00A0)
//   en: €118,500.00    82.50   40.0%
// Rounding is half away from zero on the shortest decimal that reads back as
// the same double (2.675 shows 2.68), and a zero never keeps its sign.
#pragma once

#include <string>

#include "model/catalogue.hpp"

namespace aser::report {

/// The catalogue's language (fr, en).
using Language = aser::Language;

/// U+00A0 NO-BREAK SPACE: French digit groups, and between a number and its unit.
inline constexpr const char* kNbsp = "\xC2\xA0";

/// The shortest fixed-notation decimal that reads back as `value` ("0.1",
/// "118500", "-2.5"); never an exponent. "nan", "inf", "-inf" when not finite.
std::string shortest_decimal(double value);

/// `value` rounded half away from zero to `decimals` places, with '.' and
/// exactly `decimals` digits after it (none and no '.' when 0); never "-0".
std::string fixed_decimal(double value, int decimals);

/// `value` rounded half away from zero to `decimals` places, as a double
/// (the nearest double to that decimal, so it prints back short); -0 becomes 0.
double round_decimals(double value, int decimals);

/// A number with `decimals` fixed decimals, digits grouped by three:
/// fr "1 234,50" (U+00A0 groups, decimal comma), en "1,234.50".
std::string format_number(double value, int decimals, Language language);

/// Money with two decimals: fr "118 500,00 €", "-5,00 €", "1 234,00 CHF";
/// en "€118,500.00", "-€5.00", "CHF 1,234.00". € for EUR, £ for GBP, $ for
/// USD, otherwise the ISO code; the space next to a symbol or code is U+00A0.
std::string format_money(double value, const std::string& currency, Language language);

/// A share of the whole as a percentage: 0.4 → fr "40,0 %" (U+00A0), en "40.0%".
std::string format_percent(double share, int decimals, Language language);

}  // namespace aser::report
