// The analysis in Markdown: the same blocks as the table, as pipe tables.
#include "report/analysis_blocks.hpp"

namespace aser {

namespace {

std::string cell(const std::string& text) {
  std::string out;
  for (char c : text) {
    if (c == '|')
      out += "\\|";
    else if (c == '\n')
      out += ' ';
    else
      out += c;
  }
  return out;
}

}  // namespace

std::string render_analysis_markdown(const Grid& grid, const Evaluation& evaluation,
                                     const AnalysisView& view, const ReportOptions&) {
  using report::Block;
  std::string out;
  for (const Block& block : report::analysis_blocks(grid, evaluation, view)) {
    switch (block.kind) {
      case Block::Kind::title:
        out += "# " + block.text + "\n\n";
        break;
      case Block::Kind::heading:
        out += "## " + block.text + "\n\n";
        break;
      case Block::Kind::subheading:
        out += "### " + block.text + "\n\n";
        break;
      case Block::Kind::paragraph:
        out += block.text + "\n\n";
        break;
      case Block::Kind::table: {
        out += "|";
        for (const std::string& header : block.headers) out += " " + cell(header) + " |";
        out += "\n|";
        for (std::size_t i = 0; i < block.headers.size(); ++i)
          out += i < block.right.size() && block.right[i] ? " ---: |" : " --- |";
        out += "\n";
        for (const std::vector<std::string>& row : block.rows) {
          out += "|";
          for (std::size_t i = 0; i < row.size(); ++i) {
            // Bars in code spans, so that their dots and bars stay aligned.
            const bool bar = block.code && i + 1 == row.size() && !row[i].empty();
            out += " " + (bar ? "`" + row[i] + "`" : cell(row[i])) + " |";
          }
          out += "\n";
        }
        out += "\n";
        break;
      }
    }
  }
  return out;
}

}  // namespace aser
