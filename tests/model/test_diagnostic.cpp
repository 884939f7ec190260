// model/diagnostic: the GNU form, the caret under accented text, long lines.
#include <catch2/catch.hpp>

#include "model/diagnostic.hpp"

using namespace aser;

TEST_CASE("a diagnostic: place, message, line, caret, hint") {
  Diagnostic d;
  d.file = "bids/acme.yaml";
  d.pos = {14, 12};
  d.message = "'co2e_kg' expects a number, got 'two tonnes'";
  d.source_line = "  co2e_kg: two tonnes";
  d.hint = "write a plain number, such as 3200";
  CHECK(format_diagnostic(d) ==
        "bids/acme.yaml:14:12: error: 'co2e_kg' expects a number, got 'two tonnes'\n"
        "    co2e_kg: two tonnes\n"
        "             ^\n"  // 2 + 11 spaces: the caret under column 12
        "hint: write a plain number, such as 3200\n");
}

TEST_CASE("the caret counts characters, not bytes") {
  Diagnostic d;
  d.file = "b.yaml";
  d.pos = {1, 10};  // "label: éé" is 9 characters (11 bytes); column 10 is the 'x'
  d.message = "bad";
  d.source_line = "label: ééx";
  d.severity = Severity::warning;
  d.hint = "did you mean 'y'?";
  CHECK(format_diagnostic(d) ==
        "b.yaml:1:10: warning: bad\n"
        "  label: ééx\n"
        "           ^\n"  // 2 + 9 spaces
        "did you mean 'y'?\n");
}

TEST_CASE("a very long line is shown as a window around the caret") {
  Diagnostic d;
  d.file = "big.json";
  d.pos = {1, 200};
  d.message = "bad";
  d.source_line = std::string(199, 'a') + "X" + std::string(100, 'b');  // 300 characters
  // The window starts 50 characters before the caret (character 150, index 149)
  // and shows 120: indexes 149..268, i.e. 50 'a', the 'X', 69 'b'.
  std::string expected =
      "big.json:1:200: error: bad\n"
      "  …" +
      std::string(50, 'a') + "X" + std::string(69, 'b') +
      "…\n"
      "  " +
      std::string(1 + 50, ' ') + "^\n";
  CHECK(format_diagnostic(d) == expected);
}
