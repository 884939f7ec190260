// What form.cpp (the fields, CSV, Markdown) and form_yaml.cpp (the YAML form
// and the example bids of aser init) share: the words in the grid's language
// and how answers are described.
#pragma once

#include <string>

#include "model/grid.hpp"
#include "publish/form.hpp"

namespace aser::form_parts {

struct Words {
  bool fr;
  const char* text(const char* en, const char* french) const { return fr ? french : en; }
};

Words words_of(const Grid& grid);

/// The shortest text that reads back as `x` ("10", "0.5").
std::string number(double x);

/// One line: labels and descriptions may hold line breaks, a comment may not.
std::string one_line(std::string text);

/// "at least 5 (Clause sociale)".
std::string requirement_text(const Requirement& requirement, const Words& w);

/// A YAML key that reads back as `key` (quoted when needed).
std::string yaml_key(const std::string& key);

/// "a number, in %", "true or false", "one of \"a\", \"b\"".
std::string type_text(const FormField& field, const Words& w);

}  // namespace aser::form_parts
