// Markdown (CommonMark with GitHub's tables) to HTML, with cmark-gfm: raw HTML
// in the source is left out, never passed through, so a template or a bidder's
// text cannot inject markup.
#pragma once

#include <string>

namespace aser::report {

/// The HTML fragment of a Markdown text.
std::string markdown_to_html(const std::string& markdown);

/// Markdown punctuation backslash-escaped (CommonMark allows it before any
/// ASCII punctuation), so that bidder text reads as text: `&`, `<`, `|`, `*`,
/// `_`, `[`... Line breaks become spaces (a letter's table cell or list item).
std::string markdown_text(const std::string& text);

}  // namespace aser::report
