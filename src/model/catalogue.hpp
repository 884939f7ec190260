// The message catalogue: every text a report or `aser lint` prints about a
// bid or a grid, under a stable English id, in English and in French. Texts
// hold named placeholders ("{path}"); message() fills them in. Loaders,
// scorers, the linter and reports all take their words from here, so that a
// report is in one language (the grid's `language`, or --lang).
//
// Diagnostics on stderr stay in English (the command line's language); a
// report that quotes one (an invalid bid's reason, a loading warning) passes
// it through translate(), which recognises the English text by its template.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace aser {

enum class Language { en, fr };

/// "fr" → French; anything else (the default "en") → English.
Language language_of(std::string_view code);

struct MessageText {
  const char* id;  ///< stable, English, dotted: "bid.expects_number"
  const char* en;
  const char* fr;
};

/// A placeholder's name and its value.
using MessageArgs = std::vector<std::pair<std::string, std::string>>;

/// Every message, in catalogue order (load, score, lint, report words).
const std::vector<MessageText>& message_catalogue();

/// The entry of `id`, or null.
const MessageText* find_message(std::string_view id);

/// The text of `id` in `language`, placeholders filled from `args` (a
/// placeholder without a value stays as written). An unknown id returns the id.
std::string message(std::string_view id, Language language, const MessageArgs& args = {});

/// The names of the placeholders of a text, in order of appearance.
std::vector<std::string> placeholders(std::string_view text);

struct Recognised {
  const MessageText* entry = nullptr;
  MessageArgs args;
};

/// The catalogue entry whose `language` text matches `text` whole, with the
/// placeholders' values; the most specific template wins (the one with the
/// most literal characters). Nothing when no template matches.
std::optional<Recognised> recognise(std::string_view text, Language language);

/// `text` (one message, or "file:line:col: message") in `to`: recognised in
/// English or French and written again, its values that are themselves
/// catalogue phrases ("a mapping") translated too. Text that no template
/// matches is returned unchanged.
std::string translate(std::string_view text, Language to);

/// The id of the message `text` in `language` (after an optional
/// "file:line:col: " prefix, or inside the final parentheses of a
/// requirement's reason), or "" when it is not a catalogue message.
std::string message_code(std::string_view text, Language language);

// The tables, one per part of the pipeline (catalogue_*.cpp).
const std::vector<MessageText>& load_messages();
const std::vector<MessageText>& score_messages();
const std::vector<MessageText>& lint_messages();
const std::vector<MessageText>& report_messages();

}  // namespace aser
