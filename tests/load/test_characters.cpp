// check_control_characters and invalid_utf8_offset read eight bytes at a time
// where they can: a bad byte must be found at every offset, whichever word
// it falls in, and the first one reported where it is.
#include <catch2/catch.hpp>
#include <string>

#include "load/characters.hpp"
#include "support/utf8.hpp"

using namespace aser;

namespace {

// The diagnostics of check_control_characters on `text`.
Diagnostics control_problems(const std::string& text, bool& ok) {
  Diagnostics out;
  Sink sink{"f", nullptr, &out};
  ok = check_control_characters(text, sink);
  return out;
}

}  // namespace

TEST_CASE("control characters are found at every offset of a line", "[characters]") {
  // 41 bytes: "n" is byte 34, the '°' bytes 35 and 36, "7632" bytes 37 to 40.
  const std::string line =
      "supplier: Entreprise de nettoyage n\xc2\xb0"
      "7632";
  for (std::size_t at = 0; at <= line.size(); ++at) {
    for (char bad : {'\x00', '\x01', '\x1b', '\x1f', '\x7f'}) {
      std::string text = line;
      text.insert(at, 1, bad);
      text += "\nprice: 1\n";
      INFO("byte " << static_cast<int>(bad) << " at " << at);
      bool ok = true;
      const Diagnostics d = control_problems(text, ok);
      REQUIRE_FALSE(ok);
      REQUIRE(d.size() == 1);
      CHECK(d[0].pos.line == 1);
      // Columns count characters: past the '°' (2 bytes, 1 character) the
      // column is the byte offset; before it, one more. (At 36 the byte
      // lands inside the '°': its first byte still counts as a character.)
      const std::size_t column = at <= 36 ? at + 1 : at;
      CHECK(d[0].pos.column == static_cast<int>(column));
    }
  }
}

TEST_CASE("tabs, line ends, CRLF and UTF-8 pass; a lone carriage return does not", "[characters]") {
  bool ok = false;
  CHECK(control_problems("a:\tb\r\nc: \xc3\xa9t\xc3\xa9 \xf0\x9f\x98\x80\n", ok).empty());
  CHECK(ok);
  CHECK(control_problems(std::string(64, 'x'), ok).empty());
  CHECK(ok);
  const Diagnostics d = control_problems("abcdefghij\rklm\n", ok);  // the CR is byte 10
  CHECK_FALSE(ok);
  REQUIRE(d.size() == 1);
  CHECK(d[0].message == "a carriage return that does not end a line");
  CHECK(d[0].pos.column == 11);
}

TEST_CASE("invalid UTF-8 is found at every offset, past runs of ASCII", "[characters]") {
  const std::string ascii(40, 'a');
  for (std::size_t at = 0; at <= ascii.size(); ++at) {
    std::string text = ascii;
    text.insert(at, "\xff");
    INFO("at " << at);
    CHECK(invalid_utf8_offset(text) == at);
    std::string truncated = ascii.substr(0, at) + "\xc3";  // a sequence cut at the end
    CHECK(invalid_utf8_offset(truncated) == at);
  }
  CHECK(invalid_utf8_offset(ascii + "\xc3\xa9" + ascii) == std::string::npos);
}
