// The CSV report: RFC 4180 quoting, CRLF records, spreadsheet settings.
#include <catch2/catch.hpp>

#include "report/report.hpp"
#include "sample.hpp"
#include "text_helpers.hpp"

using namespace aser;
using test::contains;

namespace {

using Record = std::vector<std::string>;

// A strict RFC 4180 reader: records end with CRLF, quoted fields may hold
// anything, "" is a quote.
std::vector<Record> parse(const std::string& text, char sep = ',') {
  std::vector<Record> records;
  Record record;
  std::string field;
  bool quoted = false;
  for (std::size_t i = 0; i < text.size(); ++i) {
    char c = text[i];
    if (quoted) {
      if (c == '"' && i + 1 < text.size() && text[i + 1] == '"')
        field += '"', ++i;
      else if (c == '"')
        quoted = false;
      else
        field += c;
    } else if (c == '"') {
      quoted = true;
    } else if (c == sep) {
      record.push_back(field), field.clear();
    } else if (c == '\r' && i + 1 < text.size() && text[i + 1] == '\n') {
      record.push_back(field), field.clear();
      records.push_back(record), record.clear();
      ++i;
    } else {
      field += c;
    }
  }
  return records;
}

const std::string kHeader =
    "lot,rank,id,supplier,status,price,cost,total,"
    "price.score,price.points,social.score,social.points,insertion.score,insertion.points,"
    "disability.score,disability.points,environment.score,environment.points,"
    "emissions.score,emissions.points,label.score,label.points,"
    "flags,reasons,warnings,file,sha256,grid,grid_sha256,method,aser_version,options,run_warnings,"
    "price.weight,social.weight,insertion.weight,disability.weight,environment.weight,"
    "emissions.weight,label.weight,"
    // Issue 9: the committee's decisions and their file (none here), then one
    // column per answer path the grid reads (this sample grid reads none);
    // then the status as a stable code.
    "decisions,decisions_file,decisions_sha256,status_code\r\n";

const std::string kProvenance =
    "Nettoyage des locaux — grille ASER,"
    "0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef,weighted_sum,0.1.0,"
    // options (none), then the run warning of the sample
    ",B-014 and B-021 share no answer 'social.insertion_hour_pct'";
// The weights, no decisions, then the status as a stable code (the `status`
// column is in the grid's language: the sample grid is French).
const std::string kWeights = "0.4,0.3,0.2,0.1,0.3,0.15,0.15,,,,ranked\r\n";

}  // namespace

TEST_CASE("csv: header and rows, grid order, CRLF", "[csv]") {
  std::string out =
      render_csv(test::sample_grid(), test::sample_evaluation(), test::sample_options());
  REQUIRE(out.rfind(kHeader, 0) == 0);
  // Money with two decimals, scores and points as short as they read back.
  CHECK(contains(out,
                 "\r\n,1,B-014,Atelier Solidaire du Sud,classé,118500.00,118500.00,82.5,"
                 "0.93,37.2,0.7,21,0.85,17,0.4,4,0.81,24.3,0.62,9.3,1,15,"
                 ",,,bids/B-014.yaml," +
                     std::string(64, 'a') + "," + kProvenance + "," + kWeights));
  // Nodes the bid has no score for are empty; 2/3 to ten decimals.
  CHECK(contains(out,
                 "\r\n,3,B-021,東京クリーン株式会社,classé,131250.50,131250.50,61.125,"
                 "0.724,28.96,0.4055,12.165,,,,,0.6666666667,20,,,,,"
                 ",,missing answer 'environment.ecolabel': scored 0,"));
  // The comma and the quotes of the supplier are quoted; no rank, no total.
  CHECK(contains(out,
                 "\r\n,,B-003,\"Propreté & Fils, \"\"Le Bon\"\"\",exclu,99000.00,"
                 "99000.00,,,,,,,,,,,,,,,,,"
                 "Clause sociale — 5 % d'heures d'insertion au minimum,,bids/B-003.yaml,"));
  CHECK(contains(out, "\r\n,2,B-007,"));
  CHECK(contains(out, ",abnormally_low:below_mean_of_others_pct,,,bids/B-007.yaml,"));
  CHECK(out.substr(out.size() - 2) == "\r\n");
}

TEST_CASE("csv: line breaks inside a field are quoted", "[csv]") {
  std::string out =
      render_csv(test::sample_grid(), test::sample_evaluation(), test::sample_options());
  CHECK(contains(out,
                 ",\"bids/B-009.yaml:3:8: error: 'price' expects a number, got 'cent "
                 "mille'\n  price: cent mille\n         ^\",,bids/B-009.yaml,,"));
  std::vector<Record> records = parse(out);
  REQUIRE(records.size() == 6);  // header and five bids
  for (const Record& record : records) CHECK(record.size() == records[0].size());
  CHECK(records[4][3] == "Propreté & Fils, \"Le Bon\"");
  CHECK(records[5][2] == "B-009");
  CHECK(records[5][4] == "invalide");
  CHECK(records[5].back() == "invalid");  // status_code
}

TEST_CASE("csv: lists joined with ' | ', lots and options", "[csv]") {
  Evaluation eval = test::sample_evaluation();
  eval.lots[0].lot = "1";
  eval.lots[0].bids[0].warnings = {"first", "second"};
  ReportOptions options = test::sample_options();
  options.changes = {"--weight price=50", "--weight social=20"};
  std::vector<Record> records = parse(render_csv(test::sample_grid(), eval, options));
  REQUIRE(records.size() == 6);
  CHECK(records[1][0] == "1");
  CHECK(records[1][24] == "first | second");  // warnings
  // options: text starting with '-' gets an apostrophe (formula injection, spreadsheet_text.hpp)
  CHECK(records[1][31] == "'--weight price=50 | --weight social=20");
  CHECK(records[0][24] == "warnings");
  CHECK(records[0][31] == "options");
  // The sample's one run-level warning, on every row.
  CHECK(records[0][32] == "run_warnings");
  CHECK(records[1][32] == "B-014 and B-021 share no answer 'social.insertion_hour_pct'");
  CHECK(records[5][32] == "B-014 and B-021 share no answer 'social.insertion_hour_pct'");
}

TEST_CASE("csv: ';' and the decimal comma for French spreadsheets", "[csv]") {
  CsvOptions csv;
  csv.sep = ';';
  csv.decimal_comma = true;
  Evaluation eval = test::sample_evaluation();
  eval.lots[0].bids[1].supplier = "Nettoyage; Éco";
  std::string out = render_csv(test::sample_grid(), eval, test::sample_options(), csv);
  CHECK(out.rfind("lot;rank;id;supplier;status;price;cost;total;price.score;", 0) == 0);
  CHECK(contains(out,
                 "\r\n;1;B-014;Atelier Solidaire du Sud;classé;118500,00;118500,00;82,5;"
                 "0,93;37,2;0,7;21;0,85;17;0,4;4;0,81;24,3;0,62;9,3;1;15;"));
  // A comma needs no quotes under ';', the separator does.
  CHECK(contains(out, "\r\n;;B-003;\"Propreté & Fils, \"\"Le Bon\"\"\";exclu;"));
  CHECK(contains(out, "\r\n;2;B-007;\"Nettoyage; Éco\";classé;95000,00;"));
  CHECK(contains(out, ";0,4;0,3;0,2;0,1;0,3;0,15;0,15;;;;ranked\r\n"));
  CHECK(parse(out, ';')[2][3] == "Nettoyage; Éco");

  // The decimal comma under ',' quotes the numbers.
  CsvOptions comma;
  comma.decimal_comma = true;
  out = render_csv(test::sample_grid(), test::sample_evaluation(), test::sample_options(), comma);
  CHECK(contains(out, ",classé,\"118500,00\",\"118500,00\",\"82,5\",\"0,93\",\"37,2\","));
}

TEST_CASE("csv: a byte order mark only when asked", "[csv]") {
  CsvOptions csv;
  csv.bom = true;
  std::string out =
      render_csv(test::sample_grid(), test::sample_evaluation(), test::sample_options(), csv);
  CHECK(out.rfind("\xEF\xBB\xBFlot,rank,", 0) == 0);
  std::string plain =
      render_csv(test::sample_grid(), test::sample_evaluation(), test::sample_options());
  CHECK(plain.rfind("lot,rank,", 0) == 0);
  CHECK(out.substr(3) == plain);
  CHECK(plain == render_csv(test::sample_grid(), test::sample_evaluation(), test::sample_options(),
                            CsvOptions{}));
}

TEST_CASE("csv: price per point adds quality_points and writes the total as money", "[csv]") {
  Grid grid = test::sample_grid();
  grid.method.kind = Method::price_per_point;
  Evaluation eval = test::sample_evaluation();
  eval.lots[0].bids[0].quality_points = 62.8;
  eval.lots[0].bids[0].total = 118500.0 / 62.8;  // 1886.94267515923… → 10 decimals
  std::string out = render_csv(grid, eval, test::sample_options());
  CHECK(out.rfind("lot,rank,id,supplier,status,price,cost,total,quality_points,price.score,", 0) ==
        0);
  CHECK(contains(out,
                 "\r\n,1,B-014,Atelier Solidaire du Sud,classé,118500.00,118500.00,"
                 "1886.9426751592,62.8,0.93,"));
  CHECK(contains(out, ",price_per_point,"));
}
