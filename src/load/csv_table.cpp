// parse_csv: libcsv (RFC 4180, strict mode) does the quoting; this file adds
// what messages need: the row of each record, counted as a spreadsheet counts
// them (blank lines too, a CRLF once, line breaks inside quotes not at all),
// and the row and cell of a syntax error.
#include "load/csv_table.hpp"

#include <csv.h>

namespace aser {
namespace {

bool is_separator(char c) {
  return c == ',' || c == ';' || c == '\t' || c == '|';
}

// What libcsv's callbacks build, record by record.
struct Builder {
  CsvTable* table = nullptr;
  std::size_t max_cells = 0;
  std::size_t cells = 0;
  int row = 1;  // the row being read
  std::vector<std::string> current;
  int last_terminator = 0;  // '\r' right before: a following '\n' is its pair
  bool too_many = false;

  void cell(const void* data, std::size_t size) {
    if (++cells > max_cells) {
      too_many = true;
      return;
    }
    current.emplace_back(static_cast<const char*>(data), size);
  }

  // c: the character that ended the record ('\r', '\n'), -1 at the end of the text.
  void end_row(int c) {
    const bool pair = current.empty() && c == '\n' && last_terminator == '\r';
    last_terminator = current.empty() && pair ? 0 : c;
    if (pair) return;
    if (!current.empty()) table->rows.push_back({row, std::move(current)});
    current.clear();
    ++row;
  }
};

extern "C" void on_cell(void* data, std::size_t size, void* builder) {
  static_cast<Builder*>(builder)->cell(data, size);
}

extern "C" void on_row(int c, void* builder) {
  static_cast<Builder*>(builder)->end_row(c);
}

// libcsv trims these around unquoted cells; a non-breaking space is kept (it
// may be a thousands separator).
extern "C" int is_blank(unsigned char c) {
  return c == ' ' || c == '\t' ? 1 : 0;
}

}  // namespace

char detect_separator(std::string_view text) {
  if (text.substr(0, 3) == "\xEF\xBB\xBF") text.remove_prefix(3);
  int counts[4] = {0, 0, 0, 0};
  const char order[4] = {',', ';', '\t', '|'};
  bool quoted = false;
  for (char c : text) {
    if (c == '"') quoted = !quoted;  // a doubled quote flips twice: still inside
    if (quoted) continue;
    if (c == '\n' || c == '\r') break;
    for (int k = 0; k < 4; ++k)
      if (c == order[k]) ++counts[k];
  }
  int best = 0;
  for (int k = 1; k < 4; ++k)
    if (counts[k] > counts[best]) best = k;
  return order[best];
}

CsvTable parse_csv(std::string_view text, std::optional<char> separator, const Sink& sink,
                   std::size_t max_cells) {
  CsvTable table;
  if (text.substr(0, 3) == "\xEF\xBB\xBF") text.remove_prefix(3);
  table.separator = separator && is_separator(*separator) ? *separator : detect_separator(text);

  csv_parser parser;
  if (csv_init(&parser, CSV_STRICT | CSV_STRICT_FINI | CSV_REPALL_NL) != 0) {
    sink.error({}, "out of memory while reading the table");
    return table;
  }
  csv_set_delim(&parser, static_cast<unsigned char>(table.separator));
  csv_set_space_func(&parser, is_blank);
  Builder builder;
  builder.table = &table;
  builder.max_cells = max_cells;

  // Fed in slices so that a table over the cell limit stops early.
  const std::size_t slice = 1 << 16;
  std::size_t done = 0;
  bool failed = false;
  while (done < text.size() && !builder.too_many) {
    const std::size_t size = std::min(slice, text.size() - done);
    const std::size_t used =
        csv_parse(&parser, text.data() + done, size, on_cell, on_row, &builder);
    if (used != size) {
      failed = true;
      const Position pos{builder.row, static_cast<int>(builder.current.size()) + 1};
      if (csv_error(&parser) == CSV_EPARSE)
        sink.error(
            pos,
            "a quote inside a cell that does not start with one, or text after a closing quote",
            "quote the whole cell and double the quotes inside it: \"say \"\"hi\"\"\"");
      else
        sink.error(pos, "out of memory while reading the table");
      break;
    }
    done += size;
  }
  if (!failed && !builder.too_many && csv_fini(&parser, on_cell, on_row, &builder) != 0) {
    failed = true;
    sink.error({builder.row, static_cast<int>(builder.current.size()) + 1},
               "a quoted cell is not closed: the table ends inside it",
               "close the quote; a quote inside a quoted cell is written twice (\"\")");
  }
  csv_free(&parser);
  if (builder.too_many) {
    failed = true;
    sink.error({}, "the table has more than " + std::to_string(max_cells) + " cells",
               "split it into several files");
  }
  table.ok = !failed;
  return table;
}

}  // namespace aser
