// The answers sheet of a lot: every answer the grid reads, as read from each
// bid file: numbers as numbers, labels as text (string cells, never formulas:
// a bidder's text cannot run in the committee's spreadsheet), yes/no as
// booleans, a panel of marks across as many columns as the longest panel.
#include <algorithm>

#include "report/labels.hpp"
#include "report/xlsx_book.hpp"

namespace aser::xlsx {
namespace {

// Columns before the answers: id, supplier, status.
constexpr int kFirstAnswer = 3;

// The paths the grid reads, in the grid's order; the life-cycle cost itself
// is computed on the scores sheet from the cost section's answers.
std::vector<std::string> paths_read(const Grid& grid) {
  std::vector<std::string> out;
  auto add = [&](const std::string& path) {
    if (std::find(out.begin(), out.end(), path) == out.end()) out.push_back(path);
  };
  for (const Criterion* leaf : leaves(grid))
    if (!(grid.cost && leaf->answer == "cost")) add(leaf->answer);
  if (grid.cost) {
    add(grid.cost->purchase);
    for (const YearlyCost& item : grid.cost->yearly) add(item.answer);
  }
  return out;
}

const Bid* bid_of(const BidsById& bids, const std::string& id) {
  auto found = bids.find(id);
  return found == bids.end() ? nullptr : found->second;
}

// The criteria reading a path, for the header: "Prix", "Note technique / Délai".
std::string readers(const Grid& grid, const std::string& path) {
  std::string out;
  for (const Criterion* leaf : leaves(grid))
    if (leaf->answer == path) out += (out.empty() ? "" : " / ") + leaf->display_label();
  if (out.empty() && grid.cost) out = report::labels_for(grid.language).life_cycle_cost;
  return out;
}

}  // namespace

AnswerColumns answer_layout(const Grid& grid, const LotResult& lot, const BidsById& bids,
                            const std::string& sheet) {
  AnswerColumns cols;
  cols.sheet = sheet;
  cols.paths = paths_read(grid);
  int col = kFirstAnswer;
  for (const std::string& path : cols.paths) {
    int width = 1;
    for (const BidResult& result : lot.bids) {
      const Bid* bid = bid_of(bids, result.id);
      if (!bid) continue;
      auto found = bid->answers.find(path);
      if (found != bid->answers.end() && found->second.kind == Answer::Kind::numbers)
        width = std::max(width, static_cast<int>(found->second.numbers.size()));
    }
    cols.by_path[path] = {col, width};
    col += width;
  }
  return cols;
}

void write_answers_sheet(lxw_workbook* book, const Formats& formats, const Grid& grid,
                         const LotResult& lot, const BidsById& bids, const AnswerColumns& cols) {
  const report::Labels& labels = report::labels_for(grid.language);
  lxw_worksheet* sheet = add_sheet(book, cols.sheet);
  write_text(sheet, 0, 0, labels.bid, formats.header);
  write_text(sheet, 0, 1, labels.supplier, formats.header);
  write_text(sheet, 0, 2, labels.status, formats.header);
  write_text(sheet, 1, 0, labels.id, formats.header);
  for (const std::string& path : cols.paths) {
    const AnswerColumns::Span span = cols.by_path.at(path);
    write_text(sheet, 0, span.first, readers(grid, path), formats.header);
    for (int i = 0; i < span.width; ++i)
      write_text(sheet, 1, span.first + i,
                 span.width > 1 ? path + " [" + std::to_string(i + 1) + "]" : path, formats.header);
  }
  worksheet_set_column(sheet, 0, 0, 14, nullptr);
  worksheet_set_column(sheet, 1, 1, 28, nullptr);
  worksheet_set_column(sheet, 2, 2, 10, nullptr);
  worksheet_set_column(sheet, kFirstAnswer, kFirstAnswer + 60, 14, nullptr);
  worksheet_freeze_panes(sheet, kFirstRow, 2);

  int row = kFirstRow;
  for (const BidResult& result : lot.bids) {
    write_text(sheet, row, 0, result.id);
    write_text(sheet, row, 1, result.supplier);
    write_text(sheet, row, 2, report::status_label(labels, result.status));
    const Bid* bid = bid_of(bids, result.id);
    if (bid)
      for (const std::string& path : cols.paths) {
        auto found = bid->answers.find(path);
        if (found == bid->answers.end()) continue;
        const Answer& answer = found->second;
        const int col = cols.by_path.at(path).first;
        switch (answer.kind) {
          case Answer::Kind::number:
            worksheet_write_number(sheet, row, col, answer.number, nullptr);
            break;
          case Answer::Kind::numbers:
            for (std::size_t i = 0; i < answer.numbers.size(); ++i)
              worksheet_write_number(sheet, row, col + static_cast<int>(i), answer.numbers[i],
                                     nullptr);
            break;
          case Answer::Kind::boolean:
            worksheet_write_boolean(sheet, row, col, answer.boolean ? 1 : 0, nullptr);
            break;
          case Answer::Kind::text:
          case Answer::Kind::list:
          case Answer::Kind::mapping:
            write_text(sheet, row, col, answer.text);
            break;
        }
      }
    ++row;
  }
}

}  // namespace aser::xlsx
