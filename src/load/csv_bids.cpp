// load_bid_table: a CSV table of bids -> one Bid per row. The header row names
// the columns with dotted answer paths; `id` is required, `supplier`, `lot`
// and `evidence.<path>` are about the bid; a column name given several times
// is a panel of marks, one per cell. Positions are row:column, the column
// counting cells (A = 1), as a spreadsheet shows them.
#include "load/csv_bids.hpp"

#include <map>
#include <vector>

#include "load/csv_cells.hpp"
#include "load/csv_table.hpp"
#include "load/sink.hpp"
#include "support/sha256.hpp"
#include "support/utf8.hpp"

namespace aser {
namespace {

std::string letters(int column) {
  std::string name;
  for (int n = column; n > 0; n = (n - 1) / 26)
    name.insert(name.begin(), static_cast<char>('A' + (n - 1) % 26));
  return name;
}

bool bad_path(const std::string& path) {
  return path.empty() || path.front() == '.' || path.back() == '.' ||
         path.find("..") != std::string::npos;
}

// What the header says of the columns.
struct Columns {
  int id = 0, supplier = 0, lot = 0;                // 1-based; 0: none
  std::map<std::string, std::vector<int>> answers;  // path -> columns, in order
  std::map<std::string, int> evidence;              // answer path -> column
  std::vector<bool> unnamed;                        // [column - 1]
  int count = 0;
};

bool read_header(const CsvRow& header, const Sink& sink, Columns& columns) {
  bool ok = true;
  columns.count = static_cast<int>(header.cells.size());
  columns.unnamed.assign(header.cells.size(), false);
  auto single = [&](int& slot, const std::string& name, int column) {
    if (slot != 0) {
      sink.error({header.row, column},
                 "the column '" + name + "' is given twice (also column " + letters(slot) + ")",
                 "keep one '" + name + "' column");
      ok = false;
    }
    slot = column;
  };
  for (int column = 1; column <= columns.count; ++column) {
    const std::string& name = header.cells[static_cast<std::size_t>(column) - 1];
    if (name.empty()) {
      columns.unnamed[static_cast<std::size_t>(column) - 1] = true;
    } else if (name == "id") {
      single(columns.id, name, column);
    } else if (name == "supplier") {
      single(columns.supplier, name, column);
    } else if (name == "lot") {
      single(columns.lot, name, column);
    } else if (name == "evidence" || name.rfind("evidence.", 0) == 0) {
      const std::string path = name.size() > 9 ? name.substr(9) : "";
      if (path.empty() || bad_path(path)) {
        sink.error({header.row, column}, "the column '" + name + "' names no answer path",
                   "name evidence columns 'evidence.<answer path>', such as "
                   "'evidence.environment.ecolabel'");
        ok = false;
      } else {
        int& slot = columns.evidence[path];
        single(slot, name, column);
      }
    } else if (bad_path(name)) {
      sink.error({header.row, column}, "the answer path '" + name + "' has an empty part",
                 "parts are joined with dots: avoid empty parts and leading or trailing dots");
      ok = false;
    } else {
      columns.answers[name].push_back(column);
    }
  }
  if (columns.id == 0) {
    sink.error({header.row, 1}, "the table has no 'id' column",
               "the first row names the columns; add a column 'id' with each bid's id");
    ok = false;
  }
  return ok;
}

class RowReader {
 public:
  RowReader(const Columns& columns, const Sink& sink, bool decimal_comma, Diagnostic* comma_hint)
      : columns_(columns), sink_(sink), decimal_comma_(decimal_comma), comma_hint_(comma_hint) {}

  void read(const CsvRow& row, Bid& bid) {
    row_ = &row;
    for (int column = columns_.count + 1; column <= static_cast<int>(row.cells.size()); ++column)
      if (!cell(column).empty()) {
        sink_.error({row.row, column},
                    "a value in column " + letters(column) + ", beyond the header's " +
                        std::to_string(columns_.count) + " columns",
                    "name the column in the header row, or remove the value");
        break;
      }
    for (int column = 1; column <= columns_.count; ++column)
      if (columns_.unnamed[static_cast<std::size_t>(column) - 1] && !cell(column).empty())
        sink_.error({row.row, column},
                    "a value in column " + letters(column) + ", which has no name",
                    "name the column in the header row (an answer path such as 'price')");
    if (columns_.supplier) bid.supplier = cell(columns_.supplier);
    if (columns_.lot && !cell(columns_.lot).empty()) {
      bid.lot = cell(columns_.lot);
      bid.lot_pos = {row.row, columns_.lot};
    }
    for (const auto& [path, column] : columns_.evidence)
      if (!cell(column).empty()) bid.evidence[path] = cell(column);
    for (const auto& [path, list] : columns_.answers) {
      std::optional<Answer> answer = list.size() == 1 ? single(path, list[0]) : panel(path, list);
      if (answer) bid.answers.emplace(path, std::move(*answer));
    }
  }

 private:
  const std::string& cell(int column) const {
    static const std::string none;
    const std::size_t at = static_cast<std::size_t>(column) - 1;
    return at < row_->cells.size() ? row_->cells[at] : none;
  }

  std::optional<Answer> single(const std::string& path, int column) {
    const std::string& text = cell(column);
    const CsvCell value = read_cell(text, decimal_comma_);
    Answer answer;
    answer.text = text;
    answer.pos = {row_->row, column};
    switch (value.kind) {
      case CsvCell::Kind::empty:
        return std::nullopt;  // an empty cell is an absent answer
      case CsvCell::Kind::not_finite:
        sink_.error(answer.pos, "'" + path + "' is not a finite number ('" + text + "')",
                    "write a number, such as 12 or 0.5");
        return std::nullopt;
      case CsvCell::Kind::number:
        answer.kind = Answer::Kind::number;
        answer.number = value.number;
        break;
      case CsvCell::Kind::boolean:
        answer.kind = Answer::Kind::boolean;
        answer.boolean = value.boolean;
        break;
      case CsvCell::Kind::text:
        answer.kind = Answer::Kind::text;
        if (!decimal_comma_ && comma_hint_->message.empty() && looks_like_decimal_comma(text)) {
          comma_hint_->severity = Severity::warning;
          comma_hint_->pos = answer.pos;
          comma_hint_->message = "'" + text +
                                 "' looks like a number with a decimal comma, but this table is "
                                 "read with a decimal point";
          comma_hint_->hint = "give --decimal-comma, or 'language: fr' in the grid";
        }
        break;
    }
    return answer;
  }

  // The cells of a repeated column: a panel of marks (empty cells skipped).
  std::optional<Answer> panel(const std::string& path, const std::vector<int>& list) {
    Answer answer;
    answer.kind = Answer::Kind::numbers;
    bool any = false;
    for (int column : list) {
      std::optional<Answer> mark = single(path, column);
      if (!mark) continue;
      if (!any) answer.pos = mark->pos;
      any = true;
      if (answer.kind == Answer::Kind::numbers && mark->kind == Answer::Kind::number) {
        answer.numbers.push_back(mark->number);
      } else if (answer.kind == Answer::Kind::numbers) {
        // What check_answers says of a list that is not a panel: its first non-number.
        answer.kind = Answer::Kind::list;
        answer.numbers.clear();
        answer.text = mark->kind == Answer::Kind::boolean ? mark->text : "'" + mark->text + "'";
        answer.pos = mark->pos;
      }
    }
    if (!any) return std::nullopt;
    return answer;
  }

  const Columns& columns_;
  const Sink& sink_;
  bool decimal_comma_;
  Diagnostic* comma_hint_;
  const CsvRow* row_ = nullptr;
};

bool blank(const CsvRow& row) {
  for (const std::string& cell : row.cells)
    if (!cell.empty()) return false;
  return true;
}

}  // namespace

BidSet load_bid_table(std::string_view text, const std::string& display_name,
                      const std::string& fallback_id, const CsvReadOptions& options,
                      const Limits& limits) {
  BidSet set;
  const Sink sink{display_name, nullptr, &set.diagnostics};
  const std::string sha = sha256_hex(text);
  auto whole_file_invalid = [&] {
    set.invalid.push_back({fallback_id, display_name, sha, set.diagnostics, {}, std::nullopt});
    return set;
  };

  // 1. Size and encoding, as for YAML files (DESIGN section 10).
  if (text.size() > limits.max_bytes) {
    sink.error({},
               "the file is larger than the limit (" + std::to_string(text.size()) +
                   " bytes, over " + std::to_string(limits.max_bytes) + ")",
               "aser refuses larger files: split the table");
    return whole_file_invalid();
  }
  std::string_view body = text.substr(0, 3) == "\xEF\xBB\xBF" ? text.substr(3) : text;
  if (std::size_t bad = invalid_utf8_offset(body); bad != std::string_view::npos) {
    static const char* digits = "0123456789ABCDEF";
    const auto c = static_cast<unsigned char>(body[bad]);
    sink.error(position_of(body, bad),
               std::string("invalid UTF-8 (byte 0x") + digits[c >> 4] + digits[c & 15] + ")",
               "save the table as UTF-8 (LibreOffice: character set 'Unicode (UTF-8)'; Excel: "
               "'CSV UTF-8')");
    return whole_file_invalid();
  }

  // 2. Rows and cells; a syntax error makes the whole table invalid, since
  //    every row after it may be misread.
  // Each cell becomes an answer: the node limit of YAML files bounds tables
  // too (by default 200,000 cells: 10,000 bids of 20 columns).
  CsvTable table = parse_csv(body, options.separator, sink, 2 * limits.max_nodes);
  if (!table.ok) return whole_file_invalid();
  if (table.rows.empty()) {
    sink.error({}, "the table is empty",
               "the first row names the columns (id, supplier, answer paths), then one row per "
               "bid: 'aser form -f csv' writes the header");
    return whole_file_invalid();
  }

  // 3. The header.
  Columns columns;
  if (!read_header(table.rows[0], sink, columns)) return whole_file_invalid();

  // 4. One bid per row; rows with nothing in them (a spreadsheet's trailing
  //    ";;;") are skipped.
  Diagnostic comma_hint;
  comma_hint.file = display_name;
  RowReader reader(columns, sink, options.decimal_comma, &comma_hint);
  std::size_t bids = 0;
  for (std::size_t r = 1; r < table.rows.size(); ++r) {
    const CsvRow& row = table.rows[r];
    if (blank(row)) continue;
    ++bids;
    const std::size_t errors_before = set.diagnostics.size();
    Bid bid;
    bid.file = display_name;
    bid.sha256 = sha;
    bid.pos = {row.row, 1};
    const std::string id =
        static_cast<std::size_t>(columns.id) <= row.cells.size() ? row.cells[columns.id - 1] : "";
    if (id.empty()) {
      sink.error({row.row, columns.id}, "row " + std::to_string(row.row) + " has no id",
                 "write the bid's id in column " + letters(columns.id) + " ('id')");
      bid.id = fallback_id + ":" + std::to_string(row.row);
    } else {
      bid.id = id;
      bid.id_pos = {row.row, columns.id};
    }
    reader.read(row, bid);
    if (set.diagnostics.size() > errors_before) {
      Diagnostics problems(set.diagnostics.begin() + static_cast<std::ptrdiff_t>(errors_before),
                           set.diagnostics.end());
      set.invalid.push_back(
          {bid.id, bid.file, bid.sha256, std::move(problems), bid.supplier, bid.lot});
    } else {
      set.bids.push_back(std::move(bid));
    }
  }
  if (bids == 0) {
    sink.error({}, "the table has a header but no bids",
               "write one row per bid below the header row");
    return whole_file_invalid();
  }
  if (!comma_hint.message.empty()) set.diagnostics.push_back(std::move(comma_hint));
  return set;
}

}  // namespace aser
