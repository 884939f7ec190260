#include "load/fields.hpp"

#include <cmath>

#include "load/scalar.hpp"
#include "support/suggest.hpp"

namespace aser {
namespace {

std::string shorten(const std::string& text) {
  if (text.size() <= 40) return text;
  // Cut at a character boundary: half a character is not UTF-8 (found by fuzzing).
  std::size_t cut = 37;
  while (cut > 0 && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80) --cut;
  return text.substr(0, cut) + "...";
}

std::string number_hint(const Value& value) {
  if (value.kind == Value::Kind::string) {
    if (value.quoted && resolve_plain(value.text).kind == PlainScalar::Kind::number)
      return "remove the quotes: a quoted number is text";
    if (value.text.find(',') != std::string::npos &&
        resolve_plain(std::string(value.text).replace(value.text.find(','), 1, ".")).kind ==
            PlainScalar::Kind::number)
      return "write a decimal point, not a comma";
  }
  if (value.kind == Value::Kind::string && !value.quoted)
    if (std::string hint = number_form_hint(value.text); !hint.empty()) return hint;
  if (value.kind == Value::Kind::null) return "write a number, or remove the key";
  return "write a plain number, such as 12 or 0.5";
}

}  // namespace

std::string describe(const Value& value) {
  switch (value.kind) {
    case Value::Kind::null:
      return "nothing";
    case Value::Kind::boolean:
      return value.boolean ? "true" : "false";
    case Value::Kind::number:
    case Value::Kind::string:
      return "'" + shorten(value.text) + "'";
    case Value::Kind::list:
      return "a list";
    case Value::Kind::map:
      return "a mapping";
  }
  return "?";
}

std::string join_or(const std::vector<std::string>& words) {
  std::string out;
  for (std::size_t i = 0; i < words.size(); ++i) {
    if (i > 0) out += i + 1 == words.size() ? " or " : ", ";
    out += words[i];
  }
  return out;
}

std::string quoted_list(const std::vector<std::string>& words) {
  std::string out;
  for (std::size_t i = 0; i < words.size(); ++i) out += (i ? ", '" : "'") + words[i] + "'";
  return out;
}

std::optional<double> expect_number(const Value& value, std::string_view name, const Sink& sink) {
  if (value.kind == Value::Kind::number && std::isfinite(value.number)) return value.number;
  sink.error(value.pos, "'" + std::string(name) + "' expects a number, got " + describe(value),
             number_hint(value));
  return std::nullopt;
}

std::optional<std::string> expect_text(const Value& value, std::string_view name,
                                       const Sink& sink) {
  if (value.kind == Value::Kind::string || value.kind == Value::Kind::number) return value.text;
  sink.error(value.pos, "'" + std::string(name) + "' expects a text, got " + describe(value),
             value.kind == Value::Kind::boolean ? "quote it: \"" + value.text + "\""
             : value.kind == Value::Kind::null  ? "write a text, or remove the key"
                                                : "write a single text");
  return std::nullopt;
}

std::optional<std::string> expect_choice(const Value& value, std::string_view name,
                                         const std::vector<std::string>& choices,
                                         const Sink& sink) {
  if (value.kind == Value::Kind::string || value.kind == Value::Kind::number) {
    for (const std::string& choice : choices)
      if (value.text == choice) return choice;
  }
  std::string hint = value.kind == Value::Kind::string ? did_you_mean(value.text, choices) : "";
  sink.error(value.pos,
             "'" + std::string(name) + "' expects " + join_or(choices) + ", got " + describe(value),
             hint);
  return std::nullopt;
}

Fields::Fields(const Value& map, const Sink& sink, std::string where,
               std::vector<std::string> known,
               const std::vector<std::pair<std::string, std::string>>& hints)
    : map_(map), sink_(sink) {
  if (map.kind != Value::Kind::map) {
    sink.error(map.pos, where + " must be a mapping of keys, got " + describe(map),
               "write 'key: value' lines");
    return;
  }
  ok_ = true;
  for (const MapEntry& entry : map.entries) {
    bool found = false;
    for (const std::string& key : known) found = found || key == entry.key;
    if (found) continue;
    std::string hint;
    for (const auto& [key, meant] : hints)
      if (key == entry.key) hint = meant;
    if (hint.empty()) hint = did_you_mean(entry.key, known);
    if (hint.empty()) hint = "the keys here are " + join_or(known);
    sink.error(entry.key_pos, "unknown key '" + entry.key + "' in " + where, hint);
  }
}

const Value* Fields::get(std::string_view key) const {
  return ok_ ? map_.find(key) : nullptr;
}

std::optional<double> Fields::number(std::string_view key) const {
  const Value* value = get(key);
  return value ? expect_number(*value, key, sink_) : std::nullopt;
}

std::optional<std::string> Fields::text(std::string_view key) const {
  const Value* value = get(key);
  return value ? expect_text(*value, key, sink_) : std::nullopt;
}

std::optional<std::string> Fields::choice(std::string_view key,
                                          const std::vector<std::string>& choices) const {
  const Value* value = get(key);
  return value ? expect_choice(*value, key, choices, sink_) : std::nullopt;
}

std::optional<int> Fields::integer(std::string_view key, int min) const {
  const Value* value = get(key);
  if (!value) return std::nullopt;
  std::optional<double> number = expect_number(*value, key, sink_);
  if (!number) return std::nullopt;
  if (*number != std::floor(*number) || *number < min || *number > 1e6) {
    sink_.error(value->pos, "'" + std::string(key) + "' expects a whole number of at least " +
                                std::to_string(min) + ", got " + describe(*value));
    return std::nullopt;
  }
  return static_cast<int>(*number);
}

}  // namespace aser
