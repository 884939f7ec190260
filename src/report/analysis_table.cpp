// The analysis for a terminal, read in a minute: each weight's interval as a
// bar, the smallest change in one sentence, the reversals, the acceptabilities.
#include "report/analysis_blocks.hpp"
#include "report/text_table.hpp"

namespace aser {

std::string render_analysis_table(const Grid& grid, const Evaluation& evaluation,
                                  const AnalysisView& view, const ReportOptions& options) {
  using report::Block;
  std::string out;
  for (const Block& block : report::analysis_blocks(grid, evaluation, view)) {
    switch (block.kind) {
      case Block::Kind::title:
        out += report::paint(block.text, report::ansi::bold, options.color) + "\n";
        break;
      case Block::Kind::heading:
        out += "\n" + report::paint(block.text, report::ansi::bold, options.color) + "\n";
        break;
      case Block::Kind::subheading:
        out += "\n" + report::paint(block.text, report::ansi::bold, options.color) + "\n";
        break;
      case Block::Kind::paragraph:
        out += block.text + "\n";
        break;
      case Block::Kind::table: {
        report::TextTable table;
        table.headers = block.headers;
        table.right = block.right;
        for (const std::vector<std::string>& row : block.rows) {
          std::vector<report::Cell> cells;
          for (const std::string& text : row) cells.push_back({text});
          table.add(std::move(cells));
        }
        out += report::render(table, options.color) + "\n";
        break;
      }
    }
  }
  return out;
}

}  // namespace aser
