#include "model/catalogue.hpp"

#include <algorithm>
#include <map>

namespace aser {

namespace {

// A text cut at its placeholders: literal, placeholder, literal…
struct Token {
  bool placeholder = false;
  std::string text;  ///< the literal, or the placeholder's name
};

std::vector<Token> tokens_of(std::string_view text) {
  std::vector<Token> out;
  std::string literal;
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (text[i] == '{') {
      std::size_t close = text.find('}', i);
      if (close != std::string_view::npos && close > i + 1 &&
          text.substr(i + 1, close - i - 1).find_first_not_of("abcdefghijklmnopqrstuvwxyz_") ==
              std::string_view::npos) {
        if (!literal.empty()) out.push_back({false, std::move(literal)});
        literal.clear();
        out.push_back({true, std::string(text.substr(i + 1, close - i - 1))});
        i = close;
        continue;
      }
    }
    literal += text[i];
  }
  if (!literal.empty()) out.push_back({false, std::move(literal)});
  return out;
}

struct Template {
  const MessageText* entry;
  std::vector<Token> tokens;
  std::size_t literal_size = 0;
};

// Every template of one language, the most specific first.
const std::vector<Template>& templates(Language language) {
  static const auto build = [](Language lang) {
    std::vector<Template> out;
    for (const MessageText& m : message_catalogue()) {
      Template t{&m, tokens_of(lang == Language::fr ? m.fr : m.en), 0};
      for (const Token& token : t.tokens)
        if (!token.placeholder) t.literal_size += token.text.size();
      out.push_back(std::move(t));
    }
    std::stable_sort(out.begin(), out.end(), [](const Template& a, const Template& b) {
      return a.literal_size > b.literal_size;
    });
    return out;
  };
  static const std::vector<Template> en = build(Language::en);
  static const std::vector<Template> fr = build(Language::fr);
  return language == Language::fr ? fr : en;
}

// Whether tokens[i…] match text[pos…] whole; placeholders take one character
// at least, the leftmost split first.
bool match(const std::vector<Token>& tokens, std::size_t i, std::string_view text, std::size_t pos,
           MessageArgs& args) {
  if (i == tokens.size()) return pos == text.size();
  const Token& token = tokens[i];
  if (!token.placeholder) {
    if (text.substr(pos, token.text.size()) != token.text) return false;
    return match(tokens, i + 1, text, pos + token.text.size(), args);
  }
  if (pos >= text.size()) return false;
  if (i + 1 == tokens.size()) {
    args.emplace_back(token.text, std::string(text.substr(pos)));
    return true;
  }
  const Token& next = tokens[i + 1];
  if (next.placeholder) return false;  // two placeholders side by side cannot be split
  for (std::size_t at = text.find(next.text, pos + 1); at != std::string_view::npos;
       at = text.find(next.text, at + 1)) {
    args.emplace_back(token.text, std::string(text.substr(pos, at - pos)));
    if (match(tokens, i + 1, text, at, args)) return true;
    args.pop_back();
  }
  return false;
}

// Where a "file:line:col: " prefix may end: after each ": ".
std::vector<std::size_t> prefix_ends(std::string_view text) {
  std::vector<std::size_t> out;
  for (std::size_t at = text.find(": "); at != std::string_view::npos; at = text.find(": ", at + 1))
    out.push_back(at + 2);
  return out;
}

std::string fill(std::string_view text, const MessageArgs& args) {
  std::string out;
  for (const Token& token : tokens_of(text)) {
    if (!token.placeholder) {
      out += token.text;
      continue;
    }
    auto it = std::find_if(args.begin(), args.end(),
                           [&](const auto& arg) { return arg.first == token.text; });
    out += it != args.end() ? it->second : "{" + token.text + "}";
  }
  return out;
}

// A value that is itself a catalogue text ("a mapping", "criterion 'x'"), translated.
std::string translate_value(const std::string& value, Language from, Language to) {
  std::optional<Recognised> found = recognise(value, from);
  if (!found) return value;
  MessageArgs args = found->args;
  for (auto& arg : args) arg.second = translate_value(arg.second, from, to);
  return message(found->entry->id, to, args);
}

std::optional<std::string> translate_whole(std::string_view text, Language to) {
  for (Language from : {Language::en, Language::fr}) {
    std::optional<Recognised> found = recognise(text, from);
    if (!found) continue;
    MessageArgs args = found->args;
    for (auto& arg : args) arg.second = translate_value(arg.second, from, to);
    return message(found->entry->id, to, args);
  }
  return std::nullopt;
}

}  // namespace

Language language_of(std::string_view code) {
  return code == "fr" ? Language::fr : Language::en;
}

const std::vector<MessageText>& message_catalogue() {
  static const std::vector<MessageText> all = [] {
    std::vector<MessageText> out;
    for (const auto* part :
         {&load_messages(), &score_messages(), &lint_messages(), &report_messages()})
      out.insert(out.end(), part->begin(), part->end());
    return out;
  }();
  return all;
}

const MessageText* find_message(std::string_view id) {
  static const std::map<std::string_view, const MessageText*> by_id = [] {
    std::map<std::string_view, const MessageText*> out;
    for (const MessageText& m : message_catalogue()) out.emplace(m.id, &m);
    return out;
  }();
  auto it = by_id.find(id);
  return it == by_id.end() ? nullptr : it->second;
}

std::string message(std::string_view id, Language language, const MessageArgs& args) {
  const MessageText* entry = find_message(id);
  if (!entry) return std::string(id);
  return fill(language == Language::fr ? entry->fr : entry->en, args);
}

std::vector<std::string> placeholders(std::string_view text) {
  std::vector<std::string> out;
  for (const Token& token : tokens_of(text))
    if (token.placeholder) out.push_back(token.text);
  return out;
}

std::optional<Recognised> recognise(std::string_view text, Language language) {
  for (const Template& t : templates(language)) {
    // Cheap test first: the leading literal.
    if (!t.tokens.empty() && !t.tokens.front().placeholder &&
        text.substr(0, t.tokens.front().text.size()) != t.tokens.front().text)
      continue;
    MessageArgs args;
    if (match(t.tokens, 0, text, 0, args)) return Recognised{t.entry, std::move(args)};
  }
  return std::nullopt;
}

std::string translate(std::string_view text, Language to) {
  if (std::optional<std::string> whole = translate_whole(text, to)) return *whole;
  for (std::size_t end : prefix_ends(text))
    if (std::optional<std::string> rest = translate_whole(text.substr(end), to))
      return std::string(text.substr(0, end)) + *rest;
  return std::string(text);
}

std::string message_code(std::string_view text, Language language) {
  if (std::optional<Recognised> found = recognise(text, language)) return found->entry->id;
  for (std::size_t end : prefix_ends(text))
    if (std::optional<Recognised> found = recognise(text.substr(end), language))
      return found->entry->id;
  // A requirement's reason: the grid's words, then the failure in parentheses.
  if (!text.empty() && text.back() == ')')
    for (std::size_t at = text.find(" ("); at != std::string_view::npos;
         at = text.find(" (", at + 1))
      if (std::optional<Recognised> found =
              recognise(text.substr(at + 2, text.size() - at - 3), language))
        return found->entry->id;
  return {};
}

}  // namespace aser
