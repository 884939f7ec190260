// End-to-end: CSV tables of bids. The fixture tests/fixtures/libreoffice_fr/
// offres-fr.csv was saved by LibreOffice 7.4 set to French from offres.ods
// (make_fixture.sh beside it): ';', decimal comma, non-breaking spaces between
// thousands, VRAI/FAUX, and a BOM. It holds the bids of examples/nettoyage.
#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>
#include <string>

#include "e2e/run.hpp"

using aser::test::run_aser;
using aser::test::temp_dir;
using aser::test::write_file;
using nlohmann::json;

TEST_CASE("a CSV saved by LibreOffice in French ranks as the same bids in YAML") {
  const std::string grid = "examples/nettoyage/criteria.yaml";
  auto csv = run_aser("rank tests/fixtures/libreoffice_fr/offres-fr.csv -c " + grid + " -f json");
  INFO(csv.err);
  REQUIRE(csv.exit_code == 0);
  auto yaml = run_aser("rank examples/nettoyage/offres -c " + grid + " -f json");
  INFO(yaml.err);
  REQUIRE(yaml.exit_code == 0);
  const json a = json::parse(csv.out).at("lots")[0].at("bids");
  const json b = json::parse(yaml.out).at("lots")[0].at("bids");
  REQUIRE(a.size() == 7);
  REQUIRE(b.size() == 7);
  for (std::size_t i = 0; i < a.size(); ++i) {
    INFO(a[i].at("id"));
    CHECK(a[i].at("id") == b[i].at("id"));
    CHECK(a[i].at("rank") == b[i].at("rank"));
    CHECK(a[i].at("status") == b[i].at("status"));
    CHECK(a[i].at("supplier") == b[i].at("supplier"));
    CHECK(a[i].at("price") == b[i].at("price"));
    if (b[i].at("total").is_number())
      CHECK(a[i].at("total").get<double>() == Approx(b[i].at("total").get<double>()));
    CHECK(a[i].at("scores") == b[i].at("scores"));
    CHECK(a[i].at("reasons") == b[i].at("reasons"));
    CHECK(a[i].at("flags") == b[i].at("flags"));
  }
  // Pinned, by hand: Atelier Solidaire's price cell is "118 500,00" (with
  // U+00A0), read as 118500; its insertion cell "8,5" scores 8.5 / 10 = 0.85.
  CHECK(a[1].at("id") == "atelier-solidaire");
  CHECK(a[1].at("price").get<double>() == Approx(118500));
  CHECK(a[1].at("scores").at("insertion").get<double>() == Approx(0.85));
}

TEST_CASE("an error in a CSV table names the row and the column") {
  const std::string dir = temp_dir();
  // Row 4, column C: a price that is not a number; the other rows rank.
  write_file(dir + "/offres.csv",
             "id,supplier,price\n"
             "B-1,Un,100\n"
             "B-2,Deux,200\n"
             "B-3,Trois,deux cents\n");
  write_file(dir + "/criteria.yaml",
             "format: 1\nname: t\ncriteria:\n"
             "  - { id: price, weight: 1, answer: price, rule: { lowest_ratio: {} } }\n");
  auto rank = run_aser("rank " + dir + " -f json");
  CHECK(rank.exit_code == 1);
  CHECK(
      rank.err.find(dir + "/offres.csv:4:3: error: 'price' expects a number, got 'deux cents'\n") !=
      std::string::npos);
  auto going = run_aser("rank " + dir + " -f json --keep-going");
  REQUIRE(going.exit_code == 0);
  const json bids = json::parse(going.out).at("lots")[0].at("bids");
  REQUIRE(bids.size() == 3);
  CHECK(bids[0].at("id") == "B-1");
  CHECK(bids[1].at("id") == "B-2");
  CHECK(bids[2].at("id") == "B-3");
  CHECK(bids[2].at("status") == "invalid");
}

TEST_CASE("ids are unique across the rows of a table and across files") {
  const std::string dir = temp_dir();
  write_file(dir + "/offres.csv", "id;price\nB-1;100\nB-2;200\nB-1;300\n");
  write_file(dir + "/b-2.yaml", "price: 150\n");
  auto rank = run_aser("rank " + dir + " -c aser-default");
  CHECK(rank.exit_code == 1);
  CHECK(rank.err.find(dir + "/offres.csv:2:1: error: duplicate bid id 'B-1' (also in '" + dir +
                      "/offres.csv:4')") != std::string::npos);
  CHECK(rank.err.find(dir + "/offres.csv:4:1: error: duplicate bid id 'B-1' (also in '" + dir +
                      "/offres.csv:2')") != std::string::npos);
}

TEST_CASE("the options --sep and --decimal-comma read a table a grid in English would misread") {
  const std::string dir = temp_dir();
  write_file(dir + "/criteria.yaml",
             "format: 1\nname: t\nlanguage: en\ncriteria:\n"
             "  - { id: price, weight: 1, answer: price, rule: { lowest_ratio: {} } }\n"
             "  - { id: q, weight: 1, answer: q, rule: { linear: { worst: 0, best: 10 } } }\n");
  // '|' between cells, which detection would find too; 7,5 needs --decimal-comma.
  write_file(dir + "/t.csv", "id|price|q\nA|100|7,5\nB|200|10\n");
  auto plain = run_aser("rank " + dir + " -f json");
  CHECK(plain.exit_code == 1);
  CHECK(plain.err.find("t.csv:2:3: warning: '7,5' looks like a number with a decimal comma") !=
        std::string::npos);
  auto comma = run_aser("rank " + dir + " -f json --decimal-comma --sep '|'");
  INFO(comma.err);
  REQUIRE(comma.exit_code == 0);
  // A: 0.5 × 100/100 + 0.5 × 7.5/10 = 0.875 → 87.5; B: 0.5 × 0.5 + 0.5 × 1 = 0.75 → 75.
  const json bids = json::parse(comma.out).at("lots")[0].at("bids");
  CHECK(bids[0].at("id") == "A");
  CHECK(bids[0].at("total").get<double>() == Approx(87.5));
  CHECK(bids[1].at("total").get<double>() == Approx(75));
}

TEST_CASE("a missing answer under missing: error names the row of the table") {
  const std::string dir = temp_dir();
  write_file(dir + "/criteria.yaml",
             "format: 1\nname: t\ncriteria:\n"
             "  - { id: price, weight: 1, answer: price, rule: { lowest_ratio: {} } }\n"
             "  - { id: q, weight: 1, answer: q, missing: error,\n"
             "      rule: { linear: { worst: 0, best: 10 } } }\n");
  write_file(dir + "/t.csv", "id,price,q\nA,100,5\nB,200,\n");
  auto rank = run_aser("rank " + dir);
  CHECK(rank.exit_code == 1);
  CHECK(rank.err.find(dir + "/t.csv:3:1: error: no answer 'q', which criterion 'q' requires\n") !=
        std::string::npos);
}
