// JsonWriter must give the bytes of nlohmann's dump(2, ' ', false, replace):
// the layout and escapes are checked against strings written by hand; for
// invalid UTF-8 and doubles, nlohmann itself is the oracle (it is the
// contract the JSON report's bytes were made with).
#include <catch2/catch.hpp>
#include <cmath>
#include <limits>
#include <nlohmann/json.hpp>

#include "report/json_writer.hpp"

using aser::report::JsonWriter;
using Json = nlohmann::ordered_json;

namespace {

std::string nlohmann_dump(const Json& value) {
  return value.dump(2, ' ', false, Json::error_handler_t::replace);
}

std::string one_string(std::string_view text) {
  JsonWriter out;
  out.string(text);
  return out.take();
}

std::string one_number(double value) {
  JsonWriter out;
  out.number(value);
  return out.take();
}

}  // namespace

TEST_CASE("json writer: empty containers print on one line", "[json_writer]") {
  JsonWriter object;
  object.begin_object();
  object.end_object();
  CHECK(object.text() == "{}");

  JsonWriter array;
  array.begin_array();
  array.end_array();
  CHECK(array.text() == "[]");
}

TEST_CASE("json writer: nested objects and arrays, two spaces a level", "[json_writer]") {
  JsonWriter out;
  out.begin_object();
  out.key("a").integer(1);
  out.key("empty_object").begin_object();
  out.end_object();
  out.key("empty_array").begin_array();
  out.end_array();
  out.key("list").begin_array();
  out.null();
  out.boolean(true);
  out.begin_object();
  out.key("deep").begin_array();
  out.boolean(false);
  out.end_array();
  out.end_object();
  out.begin_array();
  out.end_array();
  out.end_array();
  out.key("last").string("x");
  out.end_object();
  // Each member on its own line at its level's indent, ",\n" between them,
  // the closing bracket at the parent's indent; "{}" and "[]" stay closed.
  const std::string expected = R"({
  "a": 1,
  "empty_object": {},
  "empty_array": [],
  "list": [
    null,
    true,
    {
      "deep": [
        false
      ]
    },
    []
  ],
  "last": "x"
})";
  CHECK(out.text() == expected);

  // The same document through nlohmann's tree: the same bytes.
  Json tree = Json::object();
  tree["a"] = 1;
  tree["empty_object"] = Json::object();
  tree["empty_array"] = Json::array();
  tree["list"] = Json::array({nullptr, true, Json{{"deep", Json::array({false})}}, Json::array()});
  tree["last"] = "x";
  CHECK(out.text() == nlohmann_dump(tree));
}

TEST_CASE("json writer: scalars at the top level", "[json_writer]") {
  JsonWriter out;
  out.null();
  CHECK(out.take() == "null");
}

TEST_CASE("json writer: escapes of every kind of control character", "[json_writer]") {
  // The two-character escapes of JSON.
  CHECK(one_string("\b\t\n\f\r") == R"("\b\t\n\f\r")");
  CHECK(one_string("say \"hi\"") == R"("say \"hi\"")");
  CHECK(one_string("C:\\dir") == R"("C:\\dir")");
  // Other bytes below 0x20: \u00xx in lower-case hex (0x0B vertical tab,
  // 0x1B escape, 0x1F unit separator), NUL included.
  CHECK(one_string(std::string("a\0b", 3)) == R"("a\u0000b")");
  CHECK(one_string("\x01\x0b\x1b\x1f") == R"("\u0001\u000b\u001b\u001f")");
  // 0x7F (DEL) and the solidus are not escaped.
  CHECK(one_string("\x7f/") == "\"\x7f/\"");
  // Keys are escaped the same way.
  JsonWriter out;
  out.begin_object();
  out.key("a\"b\n").integer(0);
  out.end_object();
  CHECK(out.text() == "{\n  \"a\\\"b\\n\": 0\n}");
}

TEST_CASE("json writer: valid UTF-8 passes through unchanged", "[json_writer]") {
  const std::string text =
      "Soci\xc3\xa9t\xc3\xa9 \xe2\x80\x93 \xe6\x9d\xb1\xe4\xba\xac \xf0\x9f\x98\x80";
  CHECK(one_string(text) == "\"" + text + "\"");
  // Escapes still apply around non-ASCII characters.
  CHECK(one_string("\xc3\xa9\t\xc3\xa9") == "\"\xc3\xa9\\t\xc3\xa9\"");
}

TEST_CASE("json writer: invalid UTF-8 as nlohmann's replace handler writes it", "[json_writer]") {
  const std::string cases[] = {
      "\xff",                    // a byte that never starts a sequence
      "ab\xc3",                  // a sequence cut at the end
      "\xc3(x",                  // a lead byte with no continuation
      "\xed\xa0\x80 surrogate",  // U+D800
      "\xc0\xaf overlong",       // '/' in two bytes
      "\xf4\x90\x80\x80",        // past U+10FFFF
      "ok \xe2\x82 then \xc3\xa9 and\n\"quotes\"",
  };
  for (const std::string& text : cases) {
    INFO(text);
    CHECK(one_string(text) == nlohmann_dump(Json(text)));
    CHECK(one_string(text).find("\xef\xbf\xbd") != std::string::npos);  // U+FFFD
  }
  // Also in a key.
  JsonWriter out;
  out.begin_object();
  out.key("k\xff").integer(1);
  out.end_object();
  Json tree = Json::object();
  tree["k\xff"] = 1;
  CHECK(out.text() == nlohmann_dump(tree));
}

TEST_CASE("json writer: doubles as nlohmann prints them", "[json_writer]") {
  // Shortest round-trip digits; exponents below 1e-4 or past 15 digits before
  // the point, with a sign and at least two exponent digits.
  CHECK(one_number(0.1) == "0.1");
  CHECK(one_number(1e-7) == "1e-07");
  CHECK(one_number(123456.789) == "123456.789");
  CHECK(one_number(1e21) == "1e+21");
  CHECK(one_number(-0.5) == "-0.5");
  CHECK(one_number(0.0001) == "0.0001");
  // Integral doubles keep ".0" (json.cpp writes those as integers instead).
  CHECK(one_number(2.0) == "2.0");
  CHECK(one_number(-0.0) == "-0.0");
  for (double value :
       {0.1, 1e-7, 123456.789, 1e21, -0.5, 0.0001, 2.0, -0.0, 1e15, 1e16, 1.0 / 3,
        std::numeric_limits<double>::max(), std::numeric_limits<double>::denorm_min()}) {
    INFO(value);
    CHECK(one_number(value) == nlohmann_dump(Json(value)));
  }
  // Not finite: null, as dump_float writes.
  CHECK(one_number(std::nan("")) == "null");
  CHECK(one_number(std::numeric_limits<double>::infinity()) == "null");
  CHECK(one_number(-std::numeric_limits<double>::infinity()) == "null");
}

TEST_CASE("json writer: the ends of int64 and uint64", "[json_writer]") {
  JsonWriter out;
  out.begin_array();
  out.integer(std::numeric_limits<std::int64_t>::min());
  out.integer(std::numeric_limits<std::int64_t>::max());
  out.integer(0);
  out.unsigned_integer(std::numeric_limits<std::uint64_t>::max());
  out.end_array();
  CHECK(out.text() ==
        "[\n  -9223372036854775808,\n  9223372036854775807,\n  0,\n  18446744073709551615\n]");
}

// Branches (the JSON report's bids on several threads): items written by
// writers that branch off at their position, then joined in order, give the
// bytes of one writer.
TEST_CASE("json writer: branches joined in order give one writer's bytes", "[json_writer]") {
  auto item = [](JsonWriter& out, int i) {
    out.begin_object();
    out.key("i").integer(i);
    out.key("tags").begin_array();
    out.string("t" + std::to_string(i));
    out.end_array();
    out.end_object();
  };
  JsonWriter whole;
  whole.begin_object();
  whole.key("bids").begin_array();
  for (int i = 0; i < 5; ++i) item(whole, i);
  whole.end_array();
  whole.end_object();

  JsonWriter head;
  head.begin_object();
  head.key("bids").begin_array();
  std::string text = head.take();     // what was written before the branches
  JsonWriter first = head.branch(0);  // items 0 and 1
  item(first, 0);
  item(first, 1);
  JsonWriter second = head.branch(2);  // items 2 to 4: a comma before the first
  for (int i = 2; i < 5; ++i) item(second, i);
  text += first.take() + second.take();
  head.skip_items(5);
  head.end_array();
  head.end_object();
  text += head.take();
  CHECK(text == whole.text());
  // By hand: the second branch's first item starts with ",\n" and two levels of indent.
  CHECK(text.find("},\n    {\n      \"i\": 2") != std::string::npos);
}

// Long texts go eight bytes at a time until a byte needs an escape: every
// character that needs one, at every place in a word and past it, is escaped
// as nlohmann escapes it (and a byte past 0x7F anywhere is still noticed).
TEST_CASE("json writer: escapes found at every offset of a long text", "[json_writer]") {
  std::vector<std::string> specials{"\"", "\\", "\x7f", "\xc3\xa9", "\xff"};
  for (int c = 0; c < 0x20; ++c) specials.emplace_back(1, static_cast<char>(c));
  for (const std::string& special : specials)
    for (std::size_t at = 0; at <= 24; ++at) {
      std::string text(25, 'a');
      text.replace(at, 1, special);
      INFO("byte " << static_cast<int>(static_cast<unsigned char>(special[0])) << " at " << at);
      CHECK(one_string(text) == nlohmann_dump(Json(text)));
    }
}

TEST_CASE("json writer: keys of every kind, at every depth, as nlohmann writes them",
          "[json_writer]") {
  // Plain ASCII keys take a shortcut (one write of separator, indent and key);
  // the others are escaped as values are. Each key is checked at depths 1 to
  // 60 (an indent past the shortcut's buffer at the deepest) and as a second
  // member (the comma).
  const std::vector<std::string> keys = {"id",
                                         "social.insertion_hours_pct",
                                         "",
                                         "a b~",
                                         "say \"hi\"",
                                         "C:\\dir",
                                         "tab\there",
                                         "\x7f",
                                         "Soci\xc3\xa9t\xc3\xa9",
                                         "caf\xe9",
                                         std::string(200, 'k')};
  for (const std::string& key : keys) {
    for (int depth : {1, 2, 7, 60}) {
      INFO("key '" << key << "' at depth " << depth);
      JsonWriter out;
      Json expected = Json::object();
      Json* inner = &expected;
      for (int d = 1; d < depth; ++d) {
        out.begin_object();
        out.key("n");
        inner = &((*inner)["n"] = Json::object());
      }
      out.begin_object();
      out.key("first").integer(1);
      out.key(key).integer(2);
      out.end_object();
      (*inner)["first"] = 1;
      (*inner)[key] = 2;
      for (int d = 1; d < depth; ++d) out.end_object();
      CHECK(out.text() == nlohmann_dump(expected));
    }
  }
}
