// A letter template: Markdown with {{placeholders}} (spaces inside the braces
// allowed). Parsed once, checked against the known names (an unknown one is an
// error at its line and column, with a did-you-mean), then filled per bid.
#pragma once

#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "model/diagnostic.hpp"
#include "report/numbers.hpp"

namespace aser::report {

struct TemplatePart {
  bool placeholder = false;
  std::string text;  ///< literal text, or the placeholder's name
};

struct LetterTemplate {
  std::vector<TemplatePart> parts;
};

/// Parses `text`; problems (an unknown name, a `{{` never closed, an empty
/// name) are appended to `problems` with `name` as the file.
LetterTemplate parse_letter_template(std::string_view text, const std::string& name,
                                     const std::vector<std::string>& known, Diagnostics& problems);

/// The template with each placeholder replaced by its value (every name was
/// checked at parse time: a missing value is a programming error).
std::string fill_letter_template(const LetterTemplate& letter,
                                 const std::map<std::string, std::string>& values);

/// The built-in template in French or English.
std::string_view default_letter_template(Language language);

}  // namespace aser::report
