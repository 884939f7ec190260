#include "report/letter_template.hpp"

#include <algorithm>
#include <cassert>

#include "support/suggest.hpp"

namespace aser::report {

namespace {

// The line of `text` that holds `offset`, and its 1-based line and column
// (in bytes, as every other position aser prints).
struct Where {
  Position pos;
  std::string line;
};

Where where(std::string_view text, std::size_t offset) {
  Where at;
  std::size_t line_start = 0;
  int line = 1;
  for (std::size_t i = 0; i < offset && i < text.size(); ++i)
    if (text[i] == '\n') ++line, line_start = i + 1;
  std::size_t line_end = text.find('\n', line_start);
  at.line = std::string(text.substr(line_start, line_end == std::string_view::npos
                                                    ? std::string_view::npos
                                                    : line_end - line_start));
  if (!at.line.empty() && at.line.back() == '\r') at.line.pop_back();
  at.pos = {line, static_cast<int>(offset - line_start) + 1};
  return at;
}

std::string trimmed(std::string_view text) {
  std::size_t first = text.find_first_not_of(" \t");
  if (first == std::string_view::npos) return "";
  std::size_t last = text.find_last_not_of(" \t");
  return std::string(text.substr(first, last - first + 1));
}

void problem(Diagnostics& problems, const std::string& name, std::string_view text,
             std::size_t offset, std::string message, std::string hint) {
  Where at = where(text, offset);
  Diagnostic d;
  d.file = name;
  d.pos = at.pos;
  d.message = std::move(message);
  d.hint = std::move(hint);
  d.source_line = at.line;
  problems.push_back(std::move(d));
}

std::string known_list(const std::vector<std::string>& known) {
  std::string list;
  for (const std::string& k : known) list += (list.empty() ? "" : ", ") + k;
  return list;
}

}  // namespace

LetterTemplate parse_letter_template(std::string_view text, const std::string& name,
                                     const std::vector<std::string>& known, Diagnostics& problems) {
  LetterTemplate parsed;
  std::size_t at = 0;
  while (at < text.size()) {
    std::size_t open = text.find("{{", at);
    if (open == std::string_view::npos) {
      parsed.parts.push_back({false, std::string(text.substr(at))});
      break;
    }
    if (open > at) parsed.parts.push_back({false, std::string(text.substr(at, open - at))});
    std::size_t close = text.find("}}", open + 2);
    std::size_t line_end = text.find('\n', open);
    if (close == std::string_view::npos ||
        (line_end != std::string_view::npos && close > line_end)) {
      problem(problems, name, text, open, "'{{' is not closed on its line",
              "write a placeholder as {{name}}; the names are " + known_list(known));
      break;
    }
    std::string placeholder = trimmed(text.substr(open + 2, close - open - 2));
    if (placeholder.empty()) {
      problem(problems, name, text, open, "empty placeholder '{{}}'",
              "the names are " + known_list(known));
    } else if (std::find(known.begin(), known.end(), placeholder) == known.end()) {
      std::string hint = did_you_mean(placeholder, known);
      problem(problems, name, text, open + 2 + text.substr(open + 2).find(placeholder),
              "unknown placeholder '" + placeholder + "'",
              hint.empty() ? "the names are " + known_list(known) : hint);
    } else {
      parsed.parts.push_back({true, placeholder});
    }
    at = close + 2;
  }
  return parsed;
}

std::string fill_letter_template(const LetterTemplate& letter,
                                 const std::map<std::string, std::string>& values) {
  std::string out;
  for (const TemplatePart& part : letter.parts) {
    if (!part.placeholder) {
      out += part.text;
      continue;
    }
    auto found = values.find(part.text);
    assert(found != values.end() && "every placeholder name is checked when parsed");
    if (found != values.end()) out += found->second;
  }
  return out;
}

// The built-in wording. Bracketed text is for the buyer to complete: aser
// cannot know dates, the signatory or the standstill period of the procedure.
std::string_view default_letter_template(Language language) {
  if (language == Language::fr)
    return R"(# {{tender}}

{{lot}}

**Objet :** information sur le sort de votre offre — {{supplier}} (offre {{bid}})

[Nom et adresse du pouvoir adjudicateur]

Destinataire : {{supplier}}

Madame, Monsieur,

Nous vous remercions de l'intérêt que vous avez porté à cette consultation.
Nous avons le regret de vous informer que votre offre n'a pas été retenue.

{{outcome}}

{{reasons}}

## Vos notes et celles de l'offre retenue

{{scores}}

## Caractéristiques et avantages relatifs de l'offre retenue

{{advantages}}

## Délai de suspension et voies de recours

[Le marché ne sera pas signé avant l'expiration d'un délai de suspension de … jours à compter de l'envoi de la présente lettre. Voies et délais de recours : …]

Fait à [lieu], le {{date}}.

[Nom, qualité et signature du représentant du pouvoir adjudicateur]

---

*Notes et classement établis avec aser {{version}}, grille « {{grid}} » (SHA-256 {{grid_sha256}}), méthode : {{method}}.*
)";
  return R"(# {{tender}}

{{lot}}

**Subject:** the outcome of your bid — {{supplier}} (bid {{bid}})

[Name and address of the contracting authority]

To: {{supplier}}

Dear Sir or Madam,

Thank you for your interest in this tender.
We regret to inform you that your bid has not been successful.

{{outcome}}

{{reasons}}

## Your scores and those of the successful bid

{{scores}}

## Characteristics and relative advantages of the successful bid

{{advantages}}

## Standstill period and remedies

[The contract will not be signed before the end of a standstill period of … days from the sending of this letter. Remedies and time limits: …]

[Place], {{date}}

[Name, position and signature of the contracting authority's representative]

---

*Scores and ranking by aser {{version}}, grid "{{grid}}" (SHA-256 {{grid_sha256}}), method: {{method}}.*
)";
}

}  // namespace aser::report
