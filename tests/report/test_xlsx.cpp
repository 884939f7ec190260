// The XLSX report as bytes: a zip (an OOXML package), the same bytes on every
// run, the created date fixed unless --date gives one.
#include <catch2/catch.hpp>
#include <chrono>
#include <thread>

#include "report/report.hpp"
#include "sample.hpp"

using namespace aser;

TEST_CASE("the workbook is a zip and the same bytes on each run", "[xlsx]") {
  Grid grid = test::sample_grid();
  Evaluation evaluation = test::sample_evaluation();
  ReportOptions options;
  const std::string first = render_xlsx(grid, evaluation, options);
  REQUIRE(first.size() > 1000);
  CHECK(first.substr(0, 4) == "PK\x03\x04");
  std::this_thread::sleep_for(std::chrono::milliseconds(1100));  // past a second
  CHECK(render_xlsx(grid, evaluation, options) == first);

  options.date = "2026-12-04";
  CHECK(render_xlsx(grid, evaluation, options) != first);
}

TEST_CASE("a workbook for several lots and English words", "[xlsx]") {
  Grid grid = test::sample_grid("en");
  Evaluation evaluation = test::sample_evaluation();
  LotResult second = evaluation.lots[0];
  second.lot = "2: north/south [*]";  // characters no sheet name may hold
  evaluation.lots[0].lot = "1";
  evaluation.lots.push_back(second);
  LotResult third = evaluation.lots[0];
  third.lot = "'2: NORTH/SOUTH [*]'";  // the same name but for case; quotes at both ends
  evaluation.lots.push_back(third);
  LotResult fourth = evaluation.lots[0];
  fourth.lot = std::string(40, 'x') + "é";  // past 31 characters
  evaluation.lots.push_back(fourth);
  const std::string bytes = render_xlsx(grid, evaluation, ReportOptions{});
  CHECK(bytes.substr(0, 2) == "PK");
}
