// The analysis as a list of blocks (headings, paragraphs, tables), so that
// the table and Markdown reports say the same things in the same order.
// Internal to src/report.
#pragma once

#include <string>
#include <vector>

#include "model/evaluation.hpp"
#include "model/grid.hpp"
#include "report/analysis_report.hpp"

namespace aser::report {

struct Block {
  enum class Kind { title, heading, subheading, paragraph, table } kind = Kind::paragraph;
  std::string text;                            ///< title, headings, paragraphs
  std::vector<std::string> headers;            ///< table
  std::vector<bool> right;                     ///< table: right-aligned columns
  std::vector<std::vector<std::string>> rows;  ///< table
  bool code = false;                           ///< table: a column of text bars (monospace)
};

std::vector<Block> analysis_blocks(const Grid& grid, const Evaluation& evaluation,
                                   const AnalysisView& view);

}  // namespace aser::report
