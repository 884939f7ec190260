// The XLSX report (`aser rank -f xlsx`): a workbook a committee checks in its
// own spreadsheet. Per lot a sheet of scores and points whose figures are
// formulas over a sheet of the answers as read and one sheet of weights, with
// aser's values cached in each formula cell. libxlsxwriter writes to a file:
// the workbook is built in a temporary file and returned as bytes, so that the
// CLI writes it like any other report (stdout, or -o atomically).
#include <fcntl.h>
#include <unistd.h>

#include <cstdio>
#include <ctime>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <set>
#include <stdexcept>

#include "report/facts.hpp"
#include "report/xlsx_book.hpp"
#include "report/xlsx_formulas.hpp"
#include "score/evaluate.hpp"

namespace aser {
namespace xlsx {
namespace {

// Excel's longest cell text.
constexpr std::size_t kMaxText = 32767;

std::string cut(const std::string& text) {
  if (text.size() <= kMaxText) return text;
  std::size_t end = kMaxText;
  while (end > 0 && (static_cast<unsigned char>(text[end]) & 0xC0) == 0x80) --end;
  return text.substr(0, end);
}

const Words kFrench{
    "Notes",
    "Réponses",
    "Poids",
    "sans lot",
    "valeur",
    "chemin",
    "parent",
    "poids saisi",
    "part parmi ses voisins",
    "coefficient",
    "barème",
    "Vmax",
    "Statut calculé par aser : les exclusions (exigences, tours d'exclusion) sont des valeurs, "
    "pas des formules ; elles ne changent pas si l'on modifie un poids ou une réponse.",
    "Rangs calculés par aser : des totaux égaux y sont départagés par tie_break, ce qu'une "
    "formule ne fait pas ; ce sont donc des valeurs.",
    "Rang = RANG du total parmi les offres classées (des totaux égaux partagent un rang).",
    "Les offres exclues et invalides sont des valeurs : elles n'entrent dans aucun minimum "
    "ni maximum des règles relatives.",
    "SHA-256 de la grille",
    "Version d'aser",
    "Options",
    "Modifiez un poids saisi (colonne D) : les parts, notes et totaux se recalculent.",
};

const Words kEnglish{
    "Scores",
    "Answers",
    "Weights",
    "no lot",
    "value",
    "path",
    "parent",
    "raw weight",
    "share among siblings",
    "coefficient",
    "scale",
    "Vmax",
    "Status computed by aser: exclusions (requirements, exclusion rounds) are values, not "
    "formulas; they do not change when a weight or an answer is changed.",
    "Ranks computed by aser: equal totals are separated there by tie_break, which no formula "
    "does; so they are values.",
    "Rank = RANK of the total among the ranked bids (equal totals share a rank).",
    "Excluded and invalid bids are values: they take no part in any minimum or maximum of the "
    "relative rules.",
    "Grid SHA-256",
    "aser version",
    "Options",
    "Change a raw weight (column D): shares, scores and totals are recalculated.",
};

// The currency as a number format: "#,##0.00 [$€-40C]" shows 118 500,00 € in
// a French spreadsheet; the separators are the reader's, as with any number.
std::string money_format(const Grid& grid) {
  const bool french = grid.language == "fr";
  std::string symbol = grid.currency == "EUR"   ? "€"
                       : grid.currency == "GBP" ? "£"
                       : grid.currency == "USD" ? "$"
                                                : "";
  if (!symbol.empty())
    return french ? "#,##0.00\\ [$" + symbol + "-40C]" : "[$" + symbol + "-809]#,##0.00";
  return french ? "#,##0.00\\ \"" + grid.currency + "\"" : "\"" + grid.currency + " \"#,##0.00";
}

std::string lot_sheet(const std::string& base, const std::optional<std::string>& lot, bool one_lot,
                      const Words& words, std::set<std::string>& taken) {
  if (one_lot) return sheet_name(base, taken);
  return sheet_name(base + " " + (lot ? *lot : std::string(words.no_lot)), taken);
}

// The date in docProps/core.xml: --date when it reads as YYYY-MM-DD, else a
// fixed one, so that two runs on the same inputs give the same bytes.
std::time_t created_date(const std::optional<std::string>& date) {
  std::tm tm{};
  tm.tm_year = 100;  // 2000-01-01T00:00:00Z
  tm.tm_mday = 1;
  int y = 0, m = 0, d = 0;
  if (date && std::sscanf(date->c_str(), "%4d-%2d-%2d", &y, &m, &d) == 3 && y >= 1980 && m >= 1 &&
      m <= 12 && d >= 1 && d <= 31) {
    tm.tm_year = y - 1900;
    tm.tm_mon = m - 1;
    tm.tm_mday = d;
  }
  return timegm(&tm);
}

std::string read_all(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  return std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
}

}  // namespace

const Words& words_for(const Grid& grid) {
  return grid.language == "fr" ? kFrench : kEnglish;
}

Formats make_formats(lxw_workbook* book, const Grid& grid) {
  Formats f;
  f.header = workbook_add_format(book);
  format_set_bold(f.header);
  format_set_text_wrap(f.header);
  format_set_align(f.header, LXW_ALIGN_VERTICAL_TOP);
  f.money = workbook_add_format(book);
  format_set_num_format(f.money, money_format(grid).c_str());
  f.score = workbook_add_format(book);
  format_set_num_format(f.score, "0.0000");
  f.points = workbook_add_format(book);
  format_set_num_format(f.points, "0.00");
  f.share = workbook_add_format(book);
  format_set_num_format(f.share, "0.00%");
  f.total = report::total_is_money(grid) ? f.money : f.points;
  return f;
}

lxw_worksheet* add_sheet(lxw_workbook* book, const std::string& name) {
  lxw_worksheet* sheet = workbook_add_worksheet(book, name.c_str());
  if (!sheet) throw std::runtime_error("libxlsxwriter refused the sheet name '" + name + "'");
  return sheet;
}

void write_text(lxw_worksheet* sheet, int row, int col, const std::string& text,
                lxw_format* format) {
  if (text.empty()) return;
  worksheet_write_string(sheet, static_cast<lxw_row_t>(row), static_cast<lxw_col_t>(col),
                         cut(text).c_str(), format);
}

void write_note(lxw_worksheet* sheet, int row, int col, const std::string& text) {
  worksheet_write_comment(sheet, static_cast<lxw_row_t>(row), static_cast<lxw_col_t>(col),
                          cut(text).c_str());
}

}  // namespace xlsx

std::string render_xlsx(const Grid& grid, const Evaluation& evaluation,
                        const ReportOptions& options) {
  using namespace xlsx;
  const Words& words = words_for(grid);
  BidsById bids;
  if (options.bids)
    for (const Bid& bid : *options.bids) bids[bid.id] = &bid;

  // libxlsxwriter writes a file: a fresh one in the temporary folder.
  std::string path = (std::filesystem::temp_directory_path() / "aser-xlsx-XXXXXX").string();
  const int fd = ::mkstemp(path.data());
  if (fd < 0) throw std::runtime_error("cannot create a temporary file for the workbook");
  ::close(fd);
  struct Remove {
    std::string path;
    ~Remove() { std::remove(path.c_str()); }
  } remove{path};

  lxw_workbook* book = workbook_new(path.c_str());
  if (!book) throw std::runtime_error("cannot create the workbook");
  lxw_doc_properties properties{};
  std::string title = grid.name;
  properties.title = title.data();
  properties.created = created_date(options.date);
  workbook_set_properties(book, &properties);
  const Formats formats = make_formats(book, grid);

  // Layouts first, so that the scores sheet (first in the book) can point at
  // the answers and weights sheets written after it.
  std::set<std::string> taken;
  const bool one_lot = evaluation.lots.size() <= 1;
  struct LotSheets {
    const LotResult* lot;
    std::string scores;
    AnswerColumns answers;
    // A lot scored with weights of its own: the grid as it applies there, and
    // its own weights sheet, which its scores' formulas read.
    std::optional<Grid> own_grid;
    std::optional<WeightCells> own_weights;
  };
  std::vector<LotSheets> lots;
  for (const LotResult& lot : evaluation.lots) {
    std::string scores = lot_sheet(words.scores_sheet, lot.lot, one_lot, words, taken);
    std::string answers = lot_sheet(words.answers_sheet, lot.lot, one_lot, words, taken);
    lots.push_back({&lot, scores, answer_layout(grid, lot, bids, answers), {}, {}});
  }
  const WeightCells weights = weight_layout(grid, sheet_name(words.weights_sheet, taken));
  for (LotSheets& sheets : lots)
    if (!sheets.lot->weights.empty()) {
      sheets.own_grid = grid_in_lot(grid, sheets.lot->lot);
      sheets.own_weights = weight_layout(
          *sheets.own_grid, lot_sheet(words.weights_sheet, sheets.lot->lot, false, words, taken));
    }

  for (const LotSheets& sheets : lots) {
    write_scores_sheet(book, formats, sheets.own_grid ? *sheets.own_grid : grid, *sheets.lot, bids,
                       sheets.answers, sheets.own_weights ? *sheets.own_weights : weights,
                       sheets.scores);
    write_answers_sheet(book, formats, grid, *sheets.lot, bids, sheets.answers);
  }
  write_weights_sheet(book, formats, grid, evaluation, options, weights);
  for (const LotSheets& sheets : lots)
    if (sheets.own_grid) {
      const LotWeights lot{find_lot(*sheets.own_grid, *sheets.lot->lot), &weights};
      write_weights_sheet(book, formats, *sheets.own_grid, evaluation, options, *sheets.own_weights,
                          &lot);
    }

  const lxw_error error = workbook_close(book);
  if (error != LXW_NO_ERROR)
    throw std::runtime_error(std::string("cannot write the workbook: ") + lxw_strerror(error));
  return read_all(path);
}

}  // namespace aser
