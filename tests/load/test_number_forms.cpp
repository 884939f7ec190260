// Numbers as YAML 1.2's core schema reads them, and the hint that names the
// form of a number it reads as text (docs/bid-format.md, "Numbers").
#include <catch2/catch.hpp>

#include "load/scalar.hpp"

using namespace aser;

namespace {

double number(const char* text) {
  PlainScalar plain = resolve_plain(text);
  REQUIRE(plain.kind == PlainScalar::Kind::number);
  return plain.number;
}

bool is_text(const char* text) {
  return resolve_plain(text).kind == PlainScalar::Kind::string;
}

}  // namespace

TEST_CASE("number forms: what YAML 1.2's core schema reads as a number") {
  CHECK(number("1e6") == 1000000);
  CHECK(number("1E+06") == 1000000);
  CHECK(number("0x10") == 16);     // 1 x 16
  CHECK(number("0o17") == 15);     // 1 x 8 + 7
  CHECK(number("+12.5") == 12.5);  // a plus sign is allowed
  CHECK(number(".5") == 0.5);      // no digit before the point
  CHECK(number("12.") == 12);      // no digit after it
  CHECK(number("-0.25") == -0.25);
  CHECK(number("017") == 17);  // decimal in YAML 1.2 (octal was YAML 1.1)
  CHECK(number("118499.99") == 118499.99);
}

TEST_CASE("number forms: YAML 1.1 and spreadsheet forms are text") {
  for (const char* text : {"1_000", "1,5", "1 000", "0b101", "1:30", "0X10", "-0x10", "12 €",
                           "8.5%", "1.5e", "0x", "e5"})
    CHECK(is_text(text));
}

TEST_CASE("number forms: the hint names the form and gives the YAML 1.2 spelling") {
  CHECK(number_form_hint("1_000") ==
        "'1_000' is text in YAML 1.2 (digit separators are YAML 1.1): write 1000");
  CHECK(number_form_hint("1,5") ==
        "'1,5' is text: YAML numbers take a decimal point, not a comma: write 1.5");
  // Three digits after the comma: a thousands separator or a decimal comma.
  CHECK(number_form_hint("1,000") ==
        "'1,000' is text: YAML numbers have no thousands separator and take a decimal point: "
        "write 1000 (a thousand) or 1.000 (a decimal comma)");
  CHECK(number_form_hint("118,500.00") ==
        "'118,500.00' is text: YAML numbers have no thousands separator: write 118500.00");
  CHECK(number_form_hint("118 500") ==
        "'118 500' is text: a number has no spaces between its digits: write 118500");
  CHECK(number_form_hint("118\xC2\xA0"
                         "500,50") ==
        "'118\xC2\xA0"
        "500,50' is text: a number has no spaces between its digits and a decimal point, not a "
        "comma: write 118500.50");
  // 0b101 = 4 + 1; 1:30 = 1 x 60 + 30; 0X10 = 16; -0x1F = -(16 + 15).
  CHECK(number_form_hint("0b101") ==
        "'0b101' is text in YAML 1.2 (0b binary numbers are YAML 1.1): write 5");
  CHECK(number_form_hint("1:30") ==
        "'1:30' is text in YAML 1.2 (base-60 numbers are YAML 1.1): write 90");
  CHECK(number_form_hint("0X10") ==
        "'0X10' is text in YAML 1.2 (0x and 0o are lower-case and take no sign): write 16");
  CHECK(number_form_hint("-0x1F") ==
        "'-0x1F' is text in YAML 1.2 (0x and 0o are lower-case and take no sign): write -31");
  CHECK(number_form_hint("118500 €") ==
        "'118500 €' is text: write the number alone, without a unit, a currency or '%' (the grid "
        "says the unit): write 118500");
  CHECK(number_form_hint("8.5%") ==
        "'8.5%' is text: write the number alone, without a unit, a currency or '%' (the grid says "
        "the unit): write 8.5");
  // A unit and a decimal comma: both named by the fix.
  CHECK(number_form_hint("1 200,50 €") ==
        "'1 200,50 €' is text: write the number alone, without a unit, a currency or '%' (the "
        "grid says the unit): write 1200.50");
  // Not a number in any form: no hint (the caller says "write a plain number").
  CHECK(number_form_hint("three tonnes").empty());
  CHECK(number_form_hint("EU Ecolabel").empty());
  CHECK(number_form_hint("").empty());
}
