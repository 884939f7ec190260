// load_bid_table: CSV tables of bids as spreadsheets export them: quoting,
// separators, BOM, CRLF, decimal comma, repeated columns; errors at row:column.
#include <unistd.h>

#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>
#include <string>

#include "load/csv_bids.hpp"
#include "load/csv_table.hpp"

using namespace aser;

namespace {

BidSet load(const std::string& text, CsvReadOptions options = {}) {
  return load_bid_table(text, "offres.csv", "offres", options);
}

std::string messages(const BidSet& set) {
  std::string out;
  for (const Diagnostic& d : set.diagnostics) out += format_diagnostic(d);
  return out;
}

const Answer& answer(const Bid& bid, const std::string& path) {
  auto it = bid.answers.find(path);
  REQUIRE(it != bid.answers.end());
  return it->second;
}

}  // namespace

TEST_CASE("csv bids: one bid per row with dotted columns and positions row:column") {
  BidSet set = load(
      "id,supplier,lot,price,social.insertion_hours_pct,environment.ecolabel,"
      "environment.dosing,evidence.environment.ecolabel,notes\n"
      "B-1,Atelier Solidaire,1,118500.50,8.5,EU Ecolabel,true,licence FR/030/004,\n"
      "B-2,Clair Services,,99000,,none,false,,call back\n");
  REQUIRE(messages(set) == "");
  REQUIRE(set.bids.size() == 2);
  const Bid& first = set.bids[0];
  CHECK(first.id == "B-1");
  CHECK(first.supplier == "Atelier Solidaire");
  CHECK(first.lot == std::optional<std::string>("1"));
  CHECK(first.file == "offres.csv");
  CHECK(first.pos.line == 2);
  CHECK(first.id_pos.line == 2);
  CHECK(first.id_pos.column == 1);
  CHECK(first.evidence.at("environment.ecolabel") == "licence FR/030/004");
  // price, insertion, ecolabel, dosing: 4 answers (notes is empty: absent).
  CHECK(first.answers.size() == 4);
  CHECK(answer(first, "price").kind == Answer::Kind::number);
  CHECK(answer(first, "price").number == Approx(118500.5));
  CHECK(answer(first, "price").text == "118500.50");
  CHECK(answer(first, "price").pos.line == 2);
  CHECK(answer(first, "price").pos.column == 4);
  CHECK(answer(first, "environment.ecolabel").kind == Answer::Kind::text);
  CHECK(answer(first, "environment.ecolabel").text == "EU Ecolabel");
  CHECK(answer(first, "environment.dosing").kind == Answer::Kind::boolean);
  CHECK(answer(first, "environment.dosing").boolean);
  const Bid& second = set.bids[1];
  CHECK(second.id == "B-2");
  CHECK_FALSE(second.lot.has_value());  // an empty cell: no lot
  CHECK(second.answers.count("social.insertion_hours_pct") == 0);
  CHECK(answer(second, "notes").text == "call back");
  CHECK(answer(second, "notes").pos.column == 9);
  CHECK(answer(second, "environment.dosing").boolean == false);
  CHECK(first.sha256 == second.sha256);  // the file's
}

TEST_CASE("csv bids: RFC 4180 quoting") {
  // A separator, a doubled quote and a line break inside quoted cells; a
  // quoted number is a number (spreadsheets quote as they like).
  BidSet set = load(
      "id,supplier,price,notes\n"
      "\"B-1\",\"Dupont, Fils & Cie\",\"1200\",\"he said \"\"soon\"\"\"\n"
      "B-2,\"Ligne 1\nLigne 2\",1300,\n"
      "B-3,Trois,1400,x\n");
  REQUIRE(messages(set) == "");
  REQUIRE(set.bids.size() == 3);
  CHECK(set.bids[0].supplier == "Dupont, Fils & Cie");
  CHECK(answer(set.bids[0], "price").kind == Answer::Kind::number);
  CHECK(answer(set.bids[0], "notes").text == "he said \"soon\"");
  CHECK(set.bids[1].supplier == "Ligne 1\nLigne 2");
  // Rows as a spreadsheet numbers them: the line break inside a cell does not
  // start a row, so B-3 is row 4 although it is on line 5.
  CHECK(set.bids[2].pos.line == 4);
}

TEST_CASE(
    "csv bids: semicolons and BOM and CRLF and a decimal comma as LibreOffice in French writes") {
  const std::string text =
      "\xEF\xBB\xBF"
      "id;supplier;price;social.insertion_hours_pct;environment.dosing\r\n"
      "B-1;\"Propret\xC3\xA9 Plus\";118\xC2\xA0"
      "500,50;8,5;VRAI\r\n"
      ";;;;\r\n"
      "B-2;Hygi\xC3\xA8ne;99 000;12;FAUX\r\n";
  CHECK(detect_separator(text) == ';');
  // The French reading: --decimal-comma or a grid in French.
  BidSet set = load(text, CsvReadOptions{std::nullopt, true});
  REQUIRE(messages(set) == "");
  REQUIRE(set.bids.size() == 2);  // the row of empty cells is skipped
  CHECK(set.bids[0].supplier == "Propret\xC3\xA9 Plus");
  CHECK(answer(set.bids[0], "price").number == Approx(118500.5));
  CHECK(answer(set.bids[0], "social.insertion_hours_pct").number == Approx(8.5));
  CHECK(answer(set.bids[0], "environment.dosing").boolean);
  CHECK(set.bids[1].pos.line == 4);  // the BOM and CRLF shift nothing
  CHECK(answer(set.bids[1], "price").number == Approx(99000));
  CHECK(answer(set.bids[1], "environment.dosing").boolean == false);

  // Read with a decimal point, '8,5' is text, and one warning says why.
  BidSet english = load(text);
  CHECK(answer(english.bids[0], "social.insertion_hours_pct").kind == Answer::Kind::text);
  CHECK(messages(english) ==
        "offres.csv:2:3: warning: '118\xC2\xA0"
        "500,50' looks like a number with a decimal comma, "
        "but this table is read with a decimal point\n"
        "hint: give --decimal-comma, or 'language: fr' in the grid\n");
}

TEST_CASE("csv bids: the separator is detected from the header or given") {
  CHECK(detect_separator("id,supplier,price\n1;2;3;4;5\n") == ',');
  CHECK(detect_separator("id;supplier;price\n") == ';');
  CHECK(detect_separator("id\tsupplier\tprice;x\n") == '\t');
  CHECK(detect_separator("id|price\n") == '|');
  CHECK(detect_separator("\"a;b;c\",id,price\n") == ',');  // quoted separators do not count
  CHECK(detect_separator("id\n") == ',');
  // --sep ';' on a header with one column.
  BidSet set = load("id\nB-1;x\n", CsvReadOptions{';', false});
  CHECK(messages(set) ==
        "offres.csv:2:2: error: a value in column B, beyond the header's 1 columns\n"
        "hint: name the column in the header row, or remove the value\n");
}

TEST_CASE("csv bids: a repeated column is a panel of marks") {
  BidSet set = load(
      "id;jury;jury;jury\n"
      "B-1;7;6,5;\n"
      "B-2;7;bof;8\n",
      CsvReadOptions{std::nullopt, true});
  REQUIRE(set.bids.size() == 2);
  const Answer& marks = answer(set.bids[0], "jury");
  CHECK(marks.kind == Answer::Kind::numbers);
  REQUIRE(marks.numbers.size() == 2);  // the empty cell is no mark
  CHECK(marks.numbers[1] == Approx(6.5));
  CHECK(marks.pos.column == 2);
  // A text among marks: a list that is not a panel, at the text's cell.
  const Answer& bad = answer(set.bids[1], "jury");
  CHECK(bad.kind == Answer::Kind::list);
  CHECK(bad.text == "'bof'");
  CHECK(bad.pos.line == 3);
  CHECK(bad.pos.column == 3);
}

TEST_CASE("csv bids: row errors name the row and the column and other rows are kept") {
  BidSet set = load(
      "id;supplier;price;;score\n"
      "B-1;Un;100;;nan\n"
      ";Deux;200;;1\n"
      "B-3;Trois;300;oops;2\n"
      "B-4;Quatre;400;;3\n");
  CHECK(messages(set) ==
        "offres.csv:2:5: error: 'score' is not a finite number ('nan')\n"
        "hint: write a number, such as 12 or 0.5\n"
        "offres.csv:3:1: error: row 3 has no id\n"
        "hint: write the bid's id in column A ('id')\n"
        "offres.csv:4:4: error: a value in column D, which has no name\n"
        "hint: name the column in the header row (an answer path such as 'price')\n");
  REQUIRE(set.bids.size() == 1);
  CHECK(set.bids[0].id == "B-4");
  REQUIRE(set.invalid.size() == 3);
  CHECK(set.invalid[0].id == "B-1");
  CHECK(set.invalid[1].id == "offres:3");  // no id: the file stem and the row
  CHECK(set.invalid[1].supplier == "Deux");
  CHECK(set.invalid[2].id == "B-3");
}

TEST_CASE("csv bids: problems with the whole table make the file invalid") {
  auto whole = [](const std::string& text) {
    BidSet set = load(text);
    CHECK(set.bids.empty());
    REQUIRE(set.invalid.size() == 1);
    CHECK(set.invalid[0].id == "offres");
    CHECK(set.invalid[0].file == "offres.csv");
    return messages(set);
  };
  CHECK(whole("id,price\nB-1,12\"3\n") ==
        "offres.csv:2:2: error: a quote inside a cell that does not start with one, or text after "
        "a closing quote\n"
        "hint: quote the whole cell and double the quotes inside it: \"say \"\"hi\"\"\"\n");
  CHECK(whole("id,price\nB-1,\"12\"3\n") ==
        "offres.csv:2:2: error: a quote inside a cell that does not start with one, or text after "
        "a closing quote\n"
        "hint: quote the whole cell and double the quotes inside it: \"say \"\"hi\"\"\"\n");
  CHECK(whole("id,notes\nB-1,\"never closed\nB-2,x\n") ==
        "offres.csv:2:2: error: a quoted cell is not closed: the table ends inside it\n"
        "hint: close the quote; a quote inside a quoted cell is written twice (\"\")\n");
  CHECK(whole("supplier,price\nX,1\n") ==
        "offres.csv:1:1: error: the table has no 'id' column\n"
        "hint: the first row names the columns; add a column 'id' with each bid's id\n");
  CHECK(whole("id,price,id,evidence,a..b\nB-1,1,B-1,x,2\n") ==
        "offres.csv:1:3: error: the column 'id' is given twice (also column A)\n"
        "hint: keep one 'id' column\n"
        "offres.csv:1:4: error: the column 'evidence' names no answer path\n"
        "hint: name evidence columns 'evidence.<answer path>', such as "
        "'evidence.environment.ecolabel'\n"
        "offres.csv:1:5: error: the answer path 'a..b' has an empty part\n"
        "hint: parts are joined with dots: avoid empty parts and leading or trailing dots\n");
  CHECK(whole("") ==
        "offres.csv: error: the table is empty\n"
        "hint: the first row names the columns (id, supplier, answer paths), then one row per "
        "bid: 'aser form -f csv' writes the header\n");
  CHECK(whole("id,price\r\n,\r\n") ==
        "offres.csv: error: the table has a header but no bids\n"
        "hint: write one row per bid below the header row\n");
  // Latin-1 "é" (0xE9) on line 2: "B-1,Propr" is 9 characters, so it is column 10.
  CHECK(whole("id,supplier\nB-1,Propr\xE9t\xE9\n") ==
        "offres.csv:2:10: error: invalid UTF-8 (byte 0xE9)\n"
        "hint: save the table as UTF-8 (LibreOffice: character set 'Unicode (UTF-8)'; Excel: "
        "'CSV UTF-8')\n");
}

TEST_CASE("csv bids: limits") {
  Limits limits;
  limits.max_bytes = 10;
  BidSet big = load_bid_table("id,price\nB-1,100\n", "offres.csv", "offres", {}, limits);
  REQUIRE(big.invalid.size() == 1);
  // "id,price\nB-1,100\n" is 8 + 1 + 7 + 1 = 17 bytes.
  CHECK(messages(big) ==
        "offres.csv: error: the file is larger than the limit (17 bytes, over 10)\n"
        "hint: aser refuses larger files: split the table\n");
  limits = Limits{};
  limits.max_nodes = 2;  // 4 cells at most: the header and one row of two
  BidSet many = load_bid_table("id,price\nB-1,100\nB-2,200\n", "offres.csv", "offres", {}, limits);
  REQUIRE(many.invalid.size() == 1);
  CHECK(messages(many) ==
        "offres.csv: error: the table has more than 4 cells\n"
        "hint: split it into several files\n");
}

TEST_CASE("csv bids: read_bids gives the same bids and messages on 1 and 4 threads") {
  namespace fs = std::filesystem;
  const fs::path dir = fs::temp_directory_path() / ("aser_csv_" + std::to_string(::getpid()));
  fs::remove_all(dir);
  fs::create_directories(dir);
  auto write = [&](const std::string& name, const std::string& text) {
    std::ofstream(dir / name, std::ios::binary) << text;
  };
  // Two tables and two files; B-2 is in a table and a file: a duplicate.
  write("a.csv", "id;price\nB-1;100\nB-2;200\n;300\n");
  write("b.yaml", "id: B-2\nprice: 150\n");
  write("c.csv", "id,price\nC-1,1\nC-2,\"2\n");
  write("d.json", "{\"price\": 5}");
  std::vector<BidSource> sources;
  for (const char* name : {"a.csv", "b.yaml", "c.csv", "d.json"})
    sources.push_back({(dir / name).string(), name, {}});
  auto summary = [](const BidSet& set) {
    std::string out;
    for (const Bid& bid : set.bids) out += "bid " + bid.id + " " + bid.file + "\n";
    for (const InvalidBid& bid : set.invalid) out += "invalid " + bid.id + " " + bid.file + "\n";
    return out + messages(set);
  };
  const std::string one = summary(read_bids(sources, 1));
  const std::string four = summary(read_bids(sources, 4));
  fs::remove_all(dir);
  CHECK(one == four);
  // B-1 and d are readable; B-2 twice, a.csv row 4 (no id) and c.csv (an
  // unclosed quote) are invalid.
  CHECK(one.rfind("bid B-1 a.csv\n"
                  "bid d d.json\n"
                  "invalid B-2 a.csv\n"
                  "invalid B-2 b.yaml\n"
                  "invalid a:4 a.csv\n"
                  "invalid c c.csv\n",
                  0) == 0);
}

TEST_CASE("csv bids: blank lines count as rows and old Mac line ends work") {
  // Row 2 is blank: B-1 is on row 3, as a spreadsheet opening the file shows it.
  BidSet lf = load("id,price\n\nB-1,1\r\n\r\nB-2,2");
  REQUIRE(messages(lf) == "");
  REQUIRE(lf.bids.size() == 2);
  CHECK(lf.bids[0].pos.line == 3);
  CHECK(lf.bids[1].pos.line == 5);  // CRLF counts once; the blank CRLF line is row 4
  BidSet cr = load("id,price\rB-1,1\rB-2,2\r");
  REQUIRE(cr.bids.size() == 2);
  CHECK(cr.bids[1].pos.line == 3);
  CHECK(answer(cr.bids[1], "price").number == Approx(2));
}
