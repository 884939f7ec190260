// Each rule below mirrors one branch of nlohmann's serializer
// (detail/output/serializer.hpp, 3.11.2: dump, dump_escaped, dump_integer,
// dump_float), so that the JSON report keeps its bytes without its tree.
#include "report/json_writer.hpp"

#include <array>
#include <cassert>
#include <charconv>
#include <cmath>
#include <cstring>
#include <nlohmann/json.hpp>

#include "support/utf8.hpp"

namespace aser::report {

JsonWriter::JsonWriter(std::size_t reserve) {
  out_.reserve(reserve);
}

// Members and items: "{\n" + indent before the first, ",\n" + indent before
// the others; the indent is two spaces per open container.
void JsonWriter::separate() {
  Level& level = levels_.back();
  if (level.count++ > 0) out_ += ',';
  out_ += '\n';
  out_.append(2 * levels_.size(), ' ');
}

// A value stands after its key in an object, on its own line in an array.
void JsonWriter::before_value() {
  if (levels_.empty()) return;
  if (levels_.back().array) {
    separate();
  } else {
    assert(key_written_ && "a value in an object needs a key first");
    key_written_ = false;
  }
}

void JsonWriter::open(char bracket, bool array) {
  before_value();
  out_ += bracket;
  levels_.push_back(Level{array, 0});
}

// nlohmann prints an empty container as "{}" or "[]", a full one with its
// closing bracket on a line of its own at the parent's indent.
void JsonWriter::close(char bracket, bool array) {
  assert(!levels_.empty() && levels_.back().array == array && !key_written_);
  static_cast<void>(array);
  const bool empty = levels_.back().count == 0;
  levels_.pop_back();
  if (!empty) {
    out_ += '\n';
    out_.append(2 * levels_.size(), ' ');
  }
  out_ += bracket;
}

void JsonWriter::begin_object() {
  open('{', false);
}
void JsonWriter::end_object() {
  close('}', false);
}
void JsonWriter::begin_array() {
  open('[', true);
}
void JsonWriter::end_array() {
  close(']', true);
}

namespace {

// A key that nlohmann copies as it is: printable ASCII with no '"' or '\\'.
// (The report's keys are its own names and the grid's ids: nearly always.)
bool plain_ascii(std::string_view text) {
  for (const char c : text) {
    const auto byte = static_cast<unsigned char>(c);
    if (byte < 0x20 || byte > 0x7E || byte == '"' || byte == '\\') return false;
  }
  return true;
}

}  // namespace

JsonWriter& JsonWriter::key(std::string_view name) {
  assert(!levels_.empty() && !levels_.back().array && !key_written_);
  key_written_ = true;
  // The separator, the indent and the key in one write (what separate() and
  // quoted() would append in five pieces): the report has about a hundred
  // keys a bid, and the keys were a third of its instructions (callgrind:
  // 400 -> 381 M for a 2,000-bid run).
  std::array<char, 128> piece;
  const std::size_t indent = 2 * levels_.size();
  if (indent + name.size() + 6 <= piece.size() && plain_ascii(name)) {
    char* at = piece.data();
    if (levels_.back().count++ > 0) *at++ = ',';
    *at++ = '\n';
    std::memset(at, ' ', indent);
    at += indent;
    *at++ = '"';
    std::memcpy(at, name.data(), name.size());
    at += name.size();
    std::memcpy(at, "\": ", 3);
    out_.append(piece.data(), at + 3);
    return *this;
  }
  separate();
  quoted(name);  // the same escaping as values
  out_ += ": ";
  return *this;
}

void JsonWriter::null() {
  before_value();
  out_ += "null";
}

void JsonWriter::boolean(bool value) {
  before_value();
  out_ += value ? "true" : "false";
}

// dump_integer writes plain decimal digits, a '-' for negatives: the same as
// std::to_chars, which needs no buffer of its own.
void JsonWriter::integer(std::int64_t value) {
  before_value();
  std::array<char, 24> buffer;
  auto result = std::to_chars(buffer.data(), buffer.data() + buffer.size(), value);
  out_.append(buffer.data(), result.ptr);
}

void JsonWriter::unsigned_integer(std::uint64_t value) {
  before_value();
  std::array<char, 24> buffer;
  auto result = std::to_chars(buffer.data(), buffer.data() + buffer.size(), value);
  out_.append(buffer.data(), result.ptr);
}

// dump_float: non-finite values print null, the others go through nlohmann's
// own to_chars (Grisu2, "%g"-like layout, ".0" on integral values) into a
// 64-byte buffer, the size of the serializer's number_buffer.
void JsonWriter::number(double value) {
  before_value();
  if (!std::isfinite(value)) {
    out_ += "null";
    return;
  }
  std::array<char, 64> buffer;
  char* end = nlohmann::detail::to_chars(buffer.data(), buffer.data() + buffer.size(), value);
  out_.append(buffer.data(), end);
}

void JsonWriter::string(std::string_view value) {
  before_value();
  quoted(value);
}

void JsonWriter::quoted(std::string_view value) {
  // Bytes past 0x7F pass through (ensure_ascii is false) when the whole string
  // is valid UTF-8, checked only when one is met. An invalid string is
  // written again by nlohmann itself, whose `replace` handler decides how many
  // bytes each U+FFFD stands for: rare, and not ours to reimplement.
  const std::size_t start = out_.size();
  out_ += '"';
  if (escaped(value) && invalid_utf8_offset(value) != std::string_view::npos) {
    out_.resize(start);
    out_ += nlohmann::ordered_json(std::string(value))
                .dump(-1, ' ', false, nlohmann::ordered_json::error_handler_t::replace);
    return;
  }
  out_ += '"';
}

namespace {

// The bytes dump_escaped does not copy as they are: below 0x20, '"' and '\\'.
constexpr std::array<bool, 256> kEscaped = [] {
  std::array<bool, 256> table{};
  for (int c = 0; c < 0x20; ++c) table[c] = true;
  table['"'] = true;
  table['\\'] = true;
  return table;
}();

}  // namespace

// dump_escaped for valid UTF-8: the two-character escapes of JSON for \b \t
// \n \f \r " and \, "\u00xx" with lower-case hex for the other bytes below
// 0x20, everything else (0x7F included) as is. Runs of plain bytes are copied
// in one append; one pass also notes whether any byte is past 0x7F.
bool JsonWriter::escaped(std::string_view value) {
  static constexpr char hex[] = "0123456789abcdef";
  unsigned char any = 0;  // every byte or'ed: bit 7 set when one is not ASCII
  std::size_t run = 0;
  std::size_t i = 0;
  // Eight bytes at a time while none needs an escape (most texts: paths,
  // names, notes): whether a word holds a byte below 0x20, a '"' or a '\\' is
  // told exactly by the usual bit tricks on 64-bit words.
  constexpr std::uint64_t ones = 0x0101010101010101u, highs = 0x8080808080808080u;
  auto has_zero = [](std::uint64_t v) { return (v - ones) & ~v & highs; };
  std::uint64_t all = 0;
  for (; i + 8 <= value.size(); i += 8) {
    std::uint64_t word;
    std::memcpy(&word, value.data() + i, 8);
    const std::uint64_t below_space = (word - ones * 0x20) & ~word & highs;
    if (below_space | has_zero(word ^ (ones * '"')) | has_zero(word ^ (ones * '\\'))) break;
    all |= word;
  }
  if (all & highs) any = 0x80;
  for (; i < value.size(); ++i) {
    const auto c = static_cast<unsigned char>(value[i]);
    any |= c;
    if (!kEscaped[c]) continue;
    out_.append(value.data() + run, i - run);
    run = i + 1;
    switch (c) {
      case '\b':
        out_ += "\\b";
        break;
      case '\t':
        out_ += "\\t";
        break;
      case '\n':
        out_ += "\\n";
        break;
      case '\f':
        out_ += "\\f";
        break;
      case '\r':
        out_ += "\\r";
        break;
      case '"':
        out_ += "\\\"";
        break;
      case '\\':
        out_ += "\\\\";
        break;
      default: {
        const char code[] = {'\\', 'u', '0', '0', hex[c >> 4], hex[c & 0xF]};
        out_.append(code, sizeof code);
      }
    }
  }
  out_.append(value.data() + run, value.size() - run);
  return (any & 0x80) != 0;
}

}  // namespace aser::report
