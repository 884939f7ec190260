// Letters to the bidders who did not win (`aser letters`): per losing or
// excluded bid, in the grid's language, its rank and total, its scores beside
// the winner's, the reasons for exclusion, the winner's name and relative
// advantages, and bracketed placeholders for what aser cannot know (dates,
// signatory, standstill period). Markdown from a template (a built-in one or
// the buyer's own, with {{placeholders}}), and the same letter as HTML.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "model/diagnostic.hpp"
#include "model/evaluation.hpp"
#include "model/grid.hpp"

namespace aser {

struct LetterOptions {
  std::string version;                       ///< aser's version, in the letter's footer
  std::optional<std::string> date;           ///< --date; else the placeholder "[date]"
  std::optional<std::string> template_text;  ///< --template FILE's text; else built in
  std::string template_name;                 ///< the template's file name, for messages
};

struct Letter {
  std::string bid;                 ///< the bid's id
  std::optional<std::string> lot;  ///< its lot
  std::string markdown;
  std::string html;  ///< one self-contained page (no network, no script), A4 print
};

struct Letters {
  std::vector<Letter> letters;  ///< in the report's order: lot by lot, bid by bid
  Diagnostics diagnostics;      ///< template problems (unknown placeholder, unclosed {{)
};

/// One letter per bid that did not take rank 1 (ranked lower, excluded or
/// invalid), lot by lot. With template errors, no letters and the diagnostics.
Letters render_letters(const Grid& grid, const Evaluation& evaluation,
                       const LetterOptions& options);

/// The placeholders a template may use, each with what it holds, in English.
std::vector<std::pair<std::string, std::string>> letter_placeholders();

}  // namespace aser
