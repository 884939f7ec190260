// End-to-end: `aser rank -f html` on the example tender and on two lots in
// English. The browser checks are in tests/browser/; these check the bytes.
#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include "e2e/run.hpp"

using aser::test::run_aser;
using nlohmann::json;

namespace {

std::size_t count(const std::string& text, const std::string& part) {
  std::size_t n = 0;
  for (std::size_t at = text.find(part); at != std::string::npos; at = text.find(part, at + 1)) ++n;
  return n;
}

bool contains(const std::string& text, const std::string& part) {
  return text.find(part) != std::string::npos;
}

std::size_t ranked_in(const std::string& json_text) {
  std::size_t n = 0;
  const json report = json::parse(json_text);
  for (const json& lot : report.at("lots"))
    for (const json& bid : lot.at("bids"))
      if (bid.at("status") == "ranked") ++n;
  return n;
}

}  // namespace

TEST_CASE("rank -f html: the example tender as one page") {
  auto run = run_aser("rank examples/nettoyage -f html");
  REQUIRE(run.exit_code == 0);
  CHECK(run.out.rfind("<!DOCTYPE html>\n<html lang=\"fr\">", 0) == 0);
  // One bar per ranked bid of the JSON report (5: two of seven are excluded).
  auto json_run = run_aser("rank examples/nettoyage -f json");
  REQUIRE(json_run.exit_code == 0);
  CHECK(ranked_in(json_run.out) == 5);
  CHECK(count(run.out, "<g class=\"bar\"") == 5);
  // ecobrillance's price points: 40 × 72400 / 142000 = 20.39436619718…, to 10
  // decimals 20.3943661972; its total 79.269366… is the bar's data-total.
  CHECK(contains(run.out, "<g class=\"bar\" data-bid=\"ecobrillance\" data-total=\"79.26936"));
  CHECK(contains(run.out, "data-group=\"price\" data-points=\"20.3943661972\""));
  // The excluded bids, their reasons, the flag, the provenance, the breakdowns.
  CHECK(contains(run.out, "Clause sociale — 5 % d&#39;heures d&#39;insertion au minimum"));
  CHECK(contains(run.out, "offre anormalement basse"));
  CHECK(contains(run.out, "examples/nettoyage/offres/ecobrillance.json"));
  CHECK(count(run.out, "<article class=\"breakdown\"") == 7);
  CHECK_FALSE(contains(run.out, "http:"));
  CHECK_FALSE(contains(run.out, "https:"));
  CHECK_FALSE(contains(run.out, "<script"));
}

TEST_CASE("rank -f html: the same bytes each run and with -o; a date when asked") {
  std::string dir = aser::test::temp_dir();
  auto first = run_aser("rank examples/nettoyage -f html");
  auto second = run_aser("rank examples/nettoyage -f html -o '" + dir + "/report.html'");
  REQUIRE(second.exit_code == 0);
  CHECK(second.out.empty());
  CHECK(aser::test::read_file(dir + "/report.html") == first.out);
  CHECK_FALSE(contains(first.out, "2026-11-28"));
  auto dated = run_aser("rank examples/nettoyage -f html --date 2026-11-28");
  CHECK(contains(dated.out, "2026-11-28"));
}

TEST_CASE("rank -f html: two lots in English on one scale") {
  auto run = run_aser("rank tests/fixtures/lots -f html");
  REQUIRE(run.exit_code == 0);
  CHECK(run.out.rfind("<!DOCTYPE html>\n<html lang=\"en\">", 0) == 0);
  CHECK(contains(run.out, "<h2>Ranking — Lot 1</h2>"));
  CHECK(contains(run.out, "<h2>Ranking — Lot 2</h2>"));
  CHECK(count(run.out, "<figure class=\"chart\">") == 2);
  CHECK(count(run.out, "<g class=\"bar\"") == 4);
  // Lot 1: Alpha price 50 × 100/100 = 50, quality 50 × 5/10 = 25 → 75.
  // Lot 2: Delta price 50 × 800/800 = 50, quality 0 (no segment) → 50.
  CHECK(contains(run.out, "data-bid=\"a\" data-total=\"75\""));
  CHECK(contains(run.out, "data-bid=\"d\" data-total=\"50\""));
  // Both lots on the scale 0-100, 460 units: Delta's price bar is 50 × 4.6 = 230.
  CHECK(contains(run.out,
                 "data-group=\"price\" data-points=\"50\" x=\"190.000\" y=\"5.00\" "
                 "width=\"230.000\""));
}
