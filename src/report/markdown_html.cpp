#include "report/markdown_html.hpp"

#include <cmark-gfm-core-extensions.h>
#include <cmark-gfm.h>

#include <cstdlib>
#include <memory>
#include <string_view>

namespace aser::report {

std::string markdown_to_html(const std::string& markdown) {
  cmark_gfm_core_extensions_ensure_registered();
  // Default options: raw HTML is replaced by a comment (CMARK_OPT_UNSAFE unset).
  const int options = CMARK_OPT_DEFAULT;
  std::unique_ptr<cmark_parser, void (*)(cmark_parser*)> parser(cmark_parser_new(options),
                                                                cmark_parser_free);
  cmark_syntax_extension* table = cmark_find_syntax_extension("table");
  if (table) cmark_parser_attach_syntax_extension(parser.get(), table);
  cmark_parser_feed(parser.get(), markdown.data(), markdown.size());
  std::unique_ptr<cmark_node, void (*)(cmark_node*)> document(cmark_parser_finish(parser.get()),
                                                              cmark_node_free);
  char* html =
      cmark_render_html(document.get(), options, cmark_parser_get_syntax_extensions(parser.get()));
  std::string out(html);
  std::free(html);
  return out;
}

std::string markdown_text(const std::string& text) {
  // Anywhere in a line these start markup; '-', '+', '=' and "1." only at its
  // start (a list or a heading underline), which the text may be.
  constexpr std::string_view inline_markup = "\\`*_[]<>#|&~!";
  std::string out;
  out.reserve(text.size());
  for (std::size_t i = 0; i < text.size(); ++i) {
    char c = text[i];
    if (c == '\r' || c == '\n') {
      if (c == '\r' && i + 1 < text.size() && text[i + 1] == '\n') continue;
      out += ' ';
      continue;
    }
    bool at_start = out.empty();
    bool list_number = (c == '.' || c == ')') && !out.empty() &&
                       out.find_first_not_of("0123456789") == std::string::npos;
    if (inline_markup.find(c) != std::string_view::npos ||
        (at_start && (c == '-' || c == '+' || c == '=')) || list_number)
      out += '\\';
    out += c;
  }
  return out;
}

}  // namespace aser::report
