// parse_document: the YAML 1.2 core schema, positions, limits and the rewritten
// parse errors (whole texts, as the user sees them).
#include <catch2/catch.hpp>
#include <string>

#include "load/document.hpp"

using namespace aser;

namespace {

std::string errors_of(const std::string& text, FileFormat format = FileFormat::yaml,
                      const Limits& limits = {}) {
  Document doc = parse_document(text, "f.yaml", format, limits);
  std::string out;
  for (const Diagnostic& d : doc.diagnostics) out += format_diagnostic(d);
  return out;
}

const Value& at(const Document& doc, const char* key) {
  const Value* value = doc.root.find(key);
  REQUIRE(value != nullptr);
  return *value;
}

}  // namespace

TEST_CASE("scalars follow the YAML 1.2 core schema") {
  Document doc = parse_document(
      "a: yes\nb: true\nc: 12\nd: \"12\"\ne: 0x1F\nf: 0o17\ng: -1.5e3\nh: ~\ni:\nj: on\n"
      "k: .5\nl: 1_000\nm: False\nn: '3'\n",
      "f.yaml", FileFormat::yaml);
  REQUIRE(doc.ok());
  CHECK(at(doc, "a").kind == Value::Kind::string);
  CHECK(at(doc, "a").text == "yes");
  CHECK(at(doc, "b").kind == Value::Kind::boolean);
  CHECK(at(doc, "b").boolean);
  CHECK(at(doc, "c").kind == Value::Kind::number);
  CHECK(at(doc, "c").number == Approx(12));
  CHECK(at(doc, "d").kind == Value::Kind::string);
  CHECK(at(doc, "d").quoted);
  CHECK(at(doc, "e").number == Approx(31));  // 0x1F = 16 + 15
  CHECK(at(doc, "f").number == Approx(15));  // 0o17 = 8 + 7
  CHECK(at(doc, "g").number == Approx(-1500));
  CHECK(at(doc, "h").kind == Value::Kind::null);
  CHECK(at(doc, "i").kind == Value::Kind::null);
  CHECK(at(doc, "j").kind == Value::Kind::string);
  CHECK(at(doc, "k").number == Approx(0.5));
  CHECK(at(doc, "l").kind == Value::Kind::string);  // no underscores in YAML 1.2
  CHECK(at(doc, "m").kind == Value::Kind::boolean);
  CHECK_FALSE(at(doc, "m").boolean);
  CHECK(at(doc, "n").kind == Value::Kind::string);
}

TEST_CASE("positions are 1-based; an empty value takes its key's position") {
  Document doc = parse_document("a: 1\nb:\n  c: [1, x]\nd:\n", "f.yaml", FileFormat::yaml);
  REQUIRE(doc.ok());
  CHECK(doc.root.pos.line == 1);
  CHECK(doc.root.pos.column == 1);
  CHECK(at(doc, "a").pos.column == 4);
  const Value& list = *at(doc, "b").find("c");
  CHECK(list.pos.line == 3);
  CHECK(list.pos.column == 6);
  CHECK(list.items[1].pos.column == 10);
  CHECK(at(doc, "d").pos.line == 4);
  CHECK(at(doc, "d").pos.column == 1);
  CHECK(doc.line_text(3) == "  c: [1, x]");
}

TEST_CASE("tabs in the indentation are named as such") {
  CHECK(errors_of("a:\n  b: 1\n\tc: 2\n") ==
        "f.yaml:3:1: error: tabs are not allowed for indentation\n"
        "  \tc: 2\n"
        "  ^\n"
        "hint: indent with spaces\n");
}

TEST_CASE("a misplaced colon") {
  CHECK(errors_of("name: a: b\n") ==
        "f.yaml:1:8: error: unexpected ':' here\n"
        "  name: a: b\n"
        "         ^\n"
        "hint: check the indentation, or quote a text that contains ': '\n");
}

TEST_CASE("an unclosed quote") {
  CHECK(errors_of("a: \"abc\nb: 1") ==
        "f.yaml:2:5: error: a quoted text is not closed\n"
        "  b: 1\n"
        "      ^\n"
        "hint: add the closing quote\n");
  // yaml-cpp accepts this one; aser does not.
  CHECK(errors_of("a: 'it''s\nb: 1\n") ==
        "f.yaml:1:4: error: a quoted text is not closed\n"
        "  a: 'it''s\n"
        "     ^\n"
        "hint: add the closing quote\n");
}

TEST_CASE("an unclosed bracket is named where it opens") {
  // yaml-cpp marks the start of the file or its end; aser finds the bracket.
  CHECK(errors_of("a: 1\nb: {c: 1\nd: 2\n") ==
        "f.yaml:2:4: error: a '{' is not closed\n"
        "  b: {c: 1\n"
        "     ^\n"
        "hint: add the missing '}'\n");
}

TEST_CASE("NaN, infinities and overflow are errors") {
  CHECK(errors_of("a: .nan\n") ==
        "f.yaml:1:4: error: '.nan' is not a finite number\n"
        "  a: .nan\n"
        "     ^\n"
        "hint: NaN and infinities are not allowed; write a finite number\n");
  CHECK(errors_of("a: -.Inf\nb: NaN\nc: 1e999\nd: \".inf\"\n") ==
        "f.yaml:1:4: error: '-.Inf' is not a finite number\n"
        "  a: -.Inf\n"
        "     ^\n"
        "hint: NaN and infinities are not allowed; write a finite number\n"
        "f.yaml:2:4: error: 'NaN' is not a finite number\n"
        "  b: NaN\n"
        "     ^\n"
        "hint: NaN and infinities are not allowed; write a finite number\n"
        "f.yaml:3:4: error: the number '1e999' is too large\n"
        "  c: 1e999\n"
        "     ^\n"
        "hint: write a finite number\n");
}

TEST_CASE("duplicate keys name both lines") {
  CHECK(errors_of("a: 1\nb: 2\na: 3\n") ==
        "f.yaml:3:1: error: duplicate key 'a' (first at line 1)\n"
        "  a: 3\n"
        "  ^\n"
        "hint: remove one of them: a key may appear once in a mapping\n");
}

TEST_CASE("a key must be a text") {
  CHECK(errors_of("[a]: 1\n") ==
        "f.yaml:1:1: error: a key must be a text, not a list\n"
        "  [a]: 1\n"
        "  ^\n"
        "hint: write 'name: value'\n");
}

TEST_CASE("one document per file") {
  CHECK(errors_of("a: 1\n---\nb: 2\n") ==
        "f.yaml:3:1: error: more than one YAML document in the file\n"
        "  b: 2\n"
        "  ^\n"
        "hint: keep one document: remove the '---' line, or split the file\n");
  Document doc = parse_document("---\na: 1\n", "f.yaml", FileFormat::yaml);
  CHECK(doc.ok());
}

TEST_CASE("an empty file has a null root") {
  Document doc = parse_document("", "f.yaml", FileFormat::yaml);
  CHECK(doc.ok());
  CHECK(doc.root.kind == Value::Kind::null);
}

TEST_CASE("invalid UTF-8 is located") {
  CHECK(errors_of("a: 1\nb: caf\xE9\n") ==
        "f.yaml:2:7: error: invalid UTF-8 (byte 0xE9)\n"
        "hint: save the file as UTF-8\n");
}

TEST_CASE("files over the size limit are refused before parsing") {
  Limits limits;
  limits.max_bytes = 10;
  CHECK(errors_of("a: [1, 2, 3, 4]\n", FileFormat::yaml, limits) ==
        "f.yaml: error: the file is larger than the limit of 10 bytes (16 bytes)\n"
        "hint: aser refuses larger files before reading them; to read it, raise the limit: "
        "--max-file-size 1M\n");
}

TEST_CASE("nesting deeper than the limit is refused") {
  std::string text;
  for (int i = 0; i < 100; ++i) text += std::string(static_cast<std::size_t>(i) * 2, ' ') + "k:\n";
  text += std::string(200, ' ') + "v: 1\n";
  // Line 65 is 128 spaces and "k:" (130 characters, over 120): it is shown from
  // character 11 on ("…" + 118 spaces + "k:"), and the caret after 1 + 118 pads.
  CHECK(errors_of(text) ==
        "f.yaml:65:129: error: nesting deeper than 64 levels\n"
        "  …" +
            std::string(118, ' ') +
            "k:\n"
            "  " +
            std::string(119, ' ') +
            "^\n"
            "hint: aser reads at most 64 levels of lists and mappings; to read deeper, raise the "
            "limit: "
            "--max-depth 128 (at most 400)\n");
  std::string deep(600, '[');
  CHECK(errors_of(deep + std::string(600, ']')).find("error: nesting deeper than 64 levels") !=
        std::string::npos);
}

TEST_CASE("an alias bomb stops at the node limit") {
  const std::string bomb =
      "a: &a [x, x, x, x, x, x, x, x, x, x]\n"
      "b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]\n"
      "c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b, *b]\n"
      "d: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c, *c]\n"
      "e: &e [*d, *d, *d, *d, *d, *d, *d, *d, *d, *d]\n"
      "f: &f [*e, *e, *e, *e, *e, *e, *e, *e, *e, *e]\n";
  // a..e expand to 11 + 111 + 1111 + 11111 + 111111 nodes: e crosses the limit.
  CHECK(errors_of(bomb) ==
        "f.yaml:5:1: error: more than 100000 nodes after expanding aliases\n"
        "  e: &e [*d, *d, *d, *d, *d, *d, *d, *d, *d, *d]\n"
        "  ^\n"
        "hint: is this an alias bomb? aser refuses files that expand this much; to read it, "
        "raise the limit: --max-nodes 200000\n");
  Document doc = parse_document("a: &a [1, 2]\nb: *a\n", "f.yaml", FileFormat::yaml);
  REQUIRE(doc.ok());
  CHECK(at(doc, "b").items.size() == 2);
}

TEST_CASE("JSON is strict") {
  CHECK(errors_of("{\"a\": [1, 2,]}", FileFormat::json) ==
        "f.yaml:1:12: error: invalid JSON: a trailing comma\n"
        "  {\"a\": [1, 2,]}\n"
        "             ^\n"
        "hint: remove the ',' before the closing bracket\n");
  CHECK(errors_of("{\"a\": NaN}", FileFormat::json) ==
        "f.yaml:1:7: error: invalid JSON: unexpected 'N'\n"
        "  {\"a\": NaN}\n"
        "        ^\n"
        "hint: JSON has no NaN or infinity; write a finite number\n");
  CHECK(errors_of("{\"a\": 1, \"a\": 2}", FileFormat::json) ==
        "f.yaml:1:10: error: duplicate key 'a' (first at line 1)\n"
        "  {\"a\": 1, \"a\": 2}\n"
        "           ^\n"
        "hint: remove one of them: a key may appear once in a mapping\n");
  CHECK(errors_of("a: 1", FileFormat::json) ==
        "f.yaml:1:1: error: invalid JSON: unexpected 'a'\n"
        "  a: 1\n"
        "  ^\n"
        "hint: JSON needs double-quoted keys, commas between items and no comments\n");
}

TEST_CASE("JSON with tabs keeps its columns and its types") {
  Document doc =
      parse_document("{\n\t\"a\":\t\"12\",\n\t\"b\":1.5,\"c\":true}", "f.json", FileFormat::json);
  REQUIRE(doc.ok());
  CHECK(at(doc, "a").kind == Value::Kind::string);
  CHECK(at(doc, "a").pos.line == 2);
  CHECK(at(doc, "a").pos.column == 7);
  CHECK(at(doc, "b").number == Approx(1.5));
  CHECK(at(doc, "c").boolean);
}

TEST_CASE("columns count characters, not bytes, and the caret follows") {
  // 'a: {label: "éé", co2: .nan}': each 'é' is 2 bytes but 1 column, so '.nan'
  // starts at column 23 (byte 25): a=1 :=2 {=4 label=5..9 "=12 é=13 é=14 "=15
  // ,=16 co2=18..20 :=21 .=23.
  CHECK(errors_of("a: {label: \"\xC3\xA9\xC3\xA9\", co2: .nan}\n") ==
        "f.yaml:1:23: error: '.nan' is not a finite number\n"
        "  a: {label: \"\xC3\xA9\xC3\xA9\", co2: .nan}\n"
        "                        ^\n"
        "hint: NaN and infinities are not allowed; write a finite number\n");
  // A tab before the column stays a tab in the caret line; 'é' is one space.
  Diagnostic d;
  d.file = "f.yaml";
  d.pos = {1, 4};
  d.message = "m";
  d.source_line = "\t\xC3\xA9 x";
  CHECK(format_diagnostic(d) == "f.yaml:1:4: error: m\n  \t\xC3\xA9 x\n  \t  ^\n");
  // yaml-cpp's errors too: in 'b: "éé": x' its byte column 9 (0-based) is the
  // second ':', character 8: b=1 :=2 "=4 é=5 é=6 "=7 :=8.
  CHECK(errors_of("a: 1\nb: \"\xC3\xA9\xC3\xA9\": x\n") ==
        "f.yaml:2:8: error: unexpected ':' here\n"
        "  b: \"\xC3\xA9\xC3\xA9\": x\n"
        "         ^\n"
        "hint: check the indentation, or quote a text that contains ': '\n");
}

TEST_CASE("a BOM does not count in the columns of line 1") {
  // After the 3-byte BOM, 'a: ' is 3 characters: the bad byte 0xE9 is column 4.
  CHECK(errors_of("\xEF\xBB\xBF"
                  "a: \xE9\n") ==
        "f.yaml:1:4: error: invalid UTF-8 (byte 0xE9)\n"
        "hint: save the file as UTF-8\n");
  Document doc = parse_document(
      "\xEF\xBB\xBF"
      "a: x\n",
      "f.yaml", FileFormat::yaml);
  REQUIRE(doc.ok());
  CHECK(at(doc, "a").pos.column == 4);
}

TEST_CASE("JSON surrogate pairs are read as the character; later columns are kept") {
  // "\ud83d\ude00" is U+1F600 (grinning face), F0 9F 98 80 in UTF-8.
  Document doc = parse_document("{\"a\": \"A \\ud83d\\ude00!\", \"b\": \"\\u00e9\", \"c\": .5}",
                                "f.json", FileFormat::json);
  // .5 is not JSON: the error is nlohmann's, before any rewriting.
  REQUIRE_FALSE(doc.ok());
  doc = parse_document("{\"a\": \"A \\ud83d\\ude00!\", \"b\": \"\\u00e9\", \"c\": [1, 2]}",
                       "f.json", FileFormat::json);
  REQUIRE(doc.ok());
  CHECK(at(doc, "a").text == "A \xF0\x9F\x98\x80!");
  CHECK(at(doc, "b").text == "\xC3\xA9");
  // The '[' is character 46 of the line as written: {=1 "a"=2..4 :=5
  // "A \ud83d\ude00!"=7..23 ,=24 "b"=26..28 :=29 "\u00e9"=31..38 ,=39 "c"=41..43
  // :=44 [=46.
  CHECK(at(doc, "c").pos.column == 46);
  // The second "a" is character 23: {=1 "a"=2..4 :=5 "\ud83d\ude00"=7..20 ,=21 "=23.
  CHECK(errors_of("{\"a\": \"\\ud83d\\ude00\", \"a\": 1}", FileFormat::json) ==
        "f.yaml:1:23: error: duplicate key 'a' (first at line 1)\n"
        "  {\"a\": \"\\ud83d\\ude00\", \"a\": 1}\n"
        "                        ^\n"
        "hint: remove one of them: a key may appear once in a mapping\n");
}

TEST_CASE("a missing ',' in a flow mapping is not an unclosed bracket") {
  // yaml-cpp reads '5 label' as one text and stops at the second ':'; the entry
  // that needs a ',' before it, 'label', starts at character 22 of line 2.
  CHECK(errors_of("price: 1\nenvironment: {co2: 5 label: none}\n") ==
        "f.yaml:2:22: error: expected ',' or '}' in this flow mapping\n"
        "  environment: {co2: 5 label: none}\n"
        "                       ^\n"
        "hint: add a ',' before this entry\n");
  // Two mappings in a list without a ',': at the second '{' (column 12).
  CHECK(errors_of("x: [{a: 1} {b: 2}]\n") ==
        "f.yaml:1:12: error: expected ',' or ']' in this flow list\n"
        "  x: [{a: 1} {b: 2}]\n"
        "             ^\n"
        "hint: separate the items with ',': [a, b]\n");
  // A bracket really left open is still named as such.
  CHECK(errors_of("e: {co2: 5, label: none\n") ==
        "f.yaml:1:4: error: a '{' is not closed\n"
        "  e: {co2: 5, label: none\n"
        "     ^\n"
        "hint: add the missing '}'\n");
}

// Through aliases, one scalar is met many times: its problem is said once
// (fuzz/regressions/bid_yaml/aliases-repeating-one-tag-problem).
TEST_CASE("a tagged scalar reached through aliases is one problem") {
  // a0 is met 1 + 3 + 3 * 3 = 13 times (as a0, in a1 three times, in a2 via a1).
  const Document doc = parse_document(
      "a0: &a0 !x 1\na1: &a1 [*a0, *a0, *a0]\na2: [*a1, *a1, *a1]\n", "f.yaml", FileFormat::yaml);
  REQUIRE(doc.diagnostics.size() == 1);
  CHECK(doc.diagnostics[0].message == "unsupported tag '!x'");
  CHECK(doc.diagnostics[0].pos.line == 1);
}
