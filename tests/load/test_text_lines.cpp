// TextLines: a file's lines as views into its text, for carets. The same
// lines as splitting at '\n' and dropping a '\r' before it: the last line
// with or without its '\n', empty lines kept, a leading BOM dropped.
#include <catch2/catch.hpp>
#include <string>
#include <vector>

#include "load/document.hpp"
#include "load/sink.hpp"

using aser::TextLines;

namespace {

std::vector<std::string> all(const TextLines& lines) {
  std::vector<std::string> out;
  for (std::size_t i = 0; i < lines.size(); ++i) out.emplace_back(lines[i]);
  return out;
}

using Lines = std::vector<std::string>;

}  // namespace

TEST_CASE("text lines: split at line ends, as written", "[text_lines]") {
  CHECK(all(TextLines("")).empty());
  CHECK(all(TextLines("a")) == Lines{"a"});
  CHECK(all(TextLines("a\n")) == Lines{"a"});
  CHECK(all(TextLines("a\nb")) == Lines{"a", "b"});
  CHECK(all(TextLines("a\nb\n")) == Lines{"a", "b"});
  CHECK(all(TextLines("\n")) == Lines{""});
  CHECK(all(TextLines("a\n\nb\n")) == Lines{"a", "", "b"});
  CHECK(all(TextLines("a\r\nb\r\n")) == Lines{"a", "b"});
  CHECK(all(TextLines("x\r")) == Lines{"x"});
  CHECK(all(TextLines("\xEF\xBB\xBFid: a\n")) == Lines{"id: a"});
  CHECK(all(TextLines("é: 1\n  # commentaire — là\n")) == Lines{"é: 1", "  # commentaire — là"});
}

// A diagnostic's caret line comes from them: line 3 of a document.
TEST_CASE("text lines: a parse error shows its line", "[text_lines]") {
  const std::string text = "id: a\n# a comment\nprice: [1,\n";
  const aser::Document doc = aser::parse_document(text, "f.yaml", aser::FileFormat::yaml);
  REQUIRE(doc.lines.size() == 3);
  CHECK(doc.line_text(2) == "# a comment");
  REQUIRE_FALSE(doc.diagnostics.empty());
  CHECK(doc.diagnostics.front().source_line == "price: [1,");
}
