// Every format carries the same provenance: aser's version, the grid's name
// and SHA-256, the method, the options that changed the result, and each
// bid file's SHA-256 (the table shows the first 12 hex digits).
#include <catch2/catch.hpp>

#include "report/report.hpp"
#include "sample.hpp"
#include "text_helpers.hpp"

using namespace aser;
using test::contains;

TEST_CASE("every format names the version, grid, method, options and bid files", "[provenance]") {
  Grid grid = test::sample_grid("en");
  Evaluation eval = test::sample_evaluation();
  eval.lots[0].bids[1].sha256 = "c0ffee" + std::string(58, '1');
  ReportOptions options = test::sample_options();
  options.version = "9.8.7";
  options.changes = {"--weight price=55"};
  const std::string grid_sha = grid.sha256;

  struct Format {
    const char* name;
    std::string text;
    bool short_sha;
  };
  std::vector<Format> formats = {
      {"table", render_table(grid, eval, options), true},
      {"json", render_json(grid, eval, options), false},
      {"csv", render_csv(grid, eval, options), false},
      {"markdown", render_markdown(grid, eval, options), false},
  };
  for (const Format& f : formats) {
    INFO(f.name);
    CHECK(contains(f.text, "9.8.7"));
    CHECK(contains(f.text, "Nettoyage des locaux — grille ASER"));
    CHECK(contains(f.text, f.short_sha ? grid_sha.substr(0, 12) : grid_sha));
    CHECK(contains(f.text, "--weight price=55"));
    CHECK(contains(f.text, f.short_sha ? "c0ffee111111" : "c0ffee" + std::string(58, '1')));
    CHECK(contains(f.text, "bids/B-007.yaml"));
    CHECK(contains(f.text, f.name == std::string("table") || f.name == std::string("markdown")
                               ? "weighted sum"
                               : "weighted_sum"));
    CHECK_FALSE(contains(f.text, "\x1b"));
  }
}

TEST_CASE("a date is printed by every format only when --date gives one", "[provenance]") {
  Grid grid = test::sample_grid("fr");
  Evaluation eval = test::sample_evaluation();
  ReportOptions options = test::sample_options();
  const std::string nb = "\u00a0";
  for (bool dated : {false, true}) {
    if (dated) options.date = "2026-03-14";
    const std::string table = render_table(grid, eval, options);
    const std::string json = render_json(grid, eval, options);
    const std::string csv = render_csv(grid, eval, options);
    const std::string markdown = render_markdown(grid, eval, options);
    INFO(dated);
    CHECK(contains(table, "\nDate" + nb + ": 2026-03-14\n") == dated);
    CHECK(contains(json,
                   "\"aser\": {\n    \"version\": \"0.1.0\",\n    \"date\": \"2026-03-14\",\n    "
                   "\"kind\": \"report\"\n  }") == dated);
    CHECK(contains(json, "\"date\"") == dated);
    // The date is the last column, on the header and on each of the 5 rows.
    CHECK(contains(csv, ",date\r\n") == dated);
    CHECK(contains(csv, ",2026-03-14\r\n") == dated);
    CHECK(contains(markdown, "\n- Date" + nb + ": 2026-03-14\n") == dated);
  }
}
