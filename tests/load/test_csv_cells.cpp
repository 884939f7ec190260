// read_cell: what a CSV cell means, with and without a decimal comma.
#include <catch2/catch.hpp>

#include "load/csv_cells.hpp"

using namespace aser;

namespace {

double number(const char* text, bool comma) {
  CsvCell cell = read_cell(text, comma);
  REQUIRE(cell.kind == CsvCell::Kind::number);
  return cell.number;
}

CsvCell::Kind kind(const char* text, bool comma) {
  return read_cell(text, comma).kind;
}

}  // namespace

TEST_CASE("csv cells: numbers with a decimal point") {
  CHECK(number("118500", false) == Approx(118500));
  CHECK(number("118500.50", false) == Approx(118500.5));
  CHECK(number("-1.5", false) == Approx(-1.5));
  CHECK(number("+2", false) == Approx(2));
  CHECK(number(".5", false) == Approx(0.5));
  CHECK(number("1e3", false) == Approx(1000));
  CHECK(number("2.5E-1", false) == Approx(0.25));
  // Without a decimal comma, a comma or a grouping space makes text.
  CHECK(kind("12,5", false) == CsvCell::Kind::text);
  CHECK(kind("1 234", false) == CsvCell::Kind::text);
  CHECK(kind("0x1F", false) == CsvCell::Kind::text);
  CHECK(kind("12 %", false) == CsvCell::Kind::text);
  CHECK(kind("1e", false) == CsvCell::Kind::text);
  CHECK(kind("-", false) == CsvCell::Kind::text);
  CHECK(kind("#DIV/0!", false) == CsvCell::Kind::text);
}

TEST_CASE("csv cells: numbers with a decimal comma and grouped thousands") {
  CHECK(number("12,5", true) == Approx(12.5));
  CHECK(number("118500,50", true) == Approx(118500.5));
  CHECK(number("1 234,50", true) == Approx(1234.5));
  // U+00A0 (C2 A0) and U+202F (E2 80 AF), as LibreOffice and Excel set to French write them.
  CHECK(number("1\xC2\xA0"
               "234\xC2\xA0"
               "567,5",
               true) == Approx(1234567.5));
  CHECK(number("118\xE2\x80\xAF"
               "500",
               true) == Approx(118500));
  CHECK(number("-3 200", true) == Approx(-3200));
  // A point is still a decimal point: English exports read under a French grid.
  CHECK(number("12.5", true) == Approx(12.5));
  // Groups must be of three digits after the first: anything else is text.
  CHECK(kind("1 23", true) == CsvCell::Kind::text);
  CHECK(kind("1234 567", true) == CsvCell::Kind::text);
  CHECK(kind("1 234,5,6", true) == CsvCell::Kind::text);
  CHECK(kind("1.234,5", true) == CsvCell::Kind::text);  // German grouping: never guessed
  CHECK(kind("1 ", true) == CsvCell::Kind::text);
  CHECK(kind("118 500,00 \xE2\x82\xAC", true) == CsvCell::Kind::text);  // a currency format
  CHECK(looks_like_decimal_comma("12,5"));
  CHECK(looks_like_decimal_comma("1 234,5"));
  CHECK_FALSE(looks_like_decimal_comma("12.5"));
  CHECK_FALSE(looks_like_decimal_comma("a,b"));
}

TEST_CASE("csv cells: booleans and empty cells and non-finite numbers") {
  CHECK(kind("", false) == CsvCell::Kind::empty);
  for (const char* yes : {"true", "TRUE", "True", "VRAI", "vrai", "Vrai"}) {
    CsvCell cell = read_cell(yes, false);
    CHECK(cell.kind == CsvCell::Kind::boolean);
    CHECK(cell.boolean);
  }
  for (const char* no : {"false", "FALSE", "FAUX", "faux"}) {
    CsvCell cell = read_cell(no, true);
    CHECK(cell.kind == CsvCell::Kind::boolean);
    CHECK_FALSE(cell.boolean);
  }
  // yes/no and oui/non stay text, as in YAML 1.2.
  CHECK(kind("yes", false) == CsvCell::Kind::text);
  CHECK(kind("oui", true) == CsvCell::Kind::text);
  for (const char* bad : {"nan", "NaN", "-inf", "Infinity", "1e999", "-1e400"})
    CHECK(kind(bad, false) == CsvCell::Kind::not_finite);
  CHECK(number("1e-999", false) == Approx(0));
}
