// Escaping for the HTML report: supplier names, ids, reasons and file names
// come from outside, and must show as text whatever they hold.
#include "report/facts.hpp"
#include "report/html_parts.hpp"
#include "support/utf8.hpp"

namespace aser::report::html {

namespace {

constexpr const char* kReplacement = "\xEF\xBF\xBD";  // U+FFFD

void escape_valid(std::string_view text, std::string& out) {
  for (char c : text) {
    switch (c) {
      case '&':
        out += "&amp;";
        break;
      case '<':
        out += "&lt;";
        break;
      case '>':
        out += "&gt;";
        break;
      case '"':
        out += "&quot;";
        break;
      case '\'':
        out += "&#39;";
        break;
      default:
        if ((static_cast<unsigned char>(c) < 0x20 && c != '\n' && c != '\t') || c == 0x7f)
          out += kReplacement;
        else
          out += c;
    }
  }
}

}  // namespace

std::string escape(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  while (!text.empty()) {
    std::size_t bad = invalid_utf8_offset(text);
    if (bad == std::string_view::npos) {
      escape_valid(text, out);
      break;
    }
    escape_valid(text.substr(0, bad), out);
    out += kReplacement;
    text.remove_prefix(bad + 1);
  }
  return out;
}

std::string lines_html(const std::string& text) {
  std::vector<std::string> lines = split_lines(text);
  if (lines.size() <= 1) return escape(text);
  std::string out = "<pre>";
  for (std::size_t i = 0; i < lines.size(); ++i) out += (i ? "\n" : "") + escape(lines[i]);
  return out + "</pre>";
}

std::string anchor_of(const Evaluation& evaluation, const BidResult& bid) {
  int n = 0;
  for (const LotResult& lot : evaluation.lots)
    for (const BidResult& other : lot.bids) {
      ++n;
      if (&other == &bid) return "bid-" + std::to_string(n);
    }
  return "bid-0";
}

}  // namespace aser::report::html
