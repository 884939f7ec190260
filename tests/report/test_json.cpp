// The JSON report: parsed back and checked key by key, in the documented order.
#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include "report/report.hpp"
#include "sample.hpp"
#include "text_helpers.hpp"

using namespace aser;
using Json = nlohmann::ordered_json;
using test::contains;

namespace {

std::vector<std::string> keys(const Json& object) {
  std::vector<std::string> out;
  for (auto it = object.begin(); it != object.end(); ++it) out.push_back(it.key());
  return out;
}

using Keys = std::vector<std::string>;

Json sample_json(const Grid& grid = test::sample_grid(),
                 const Evaluation& eval = test::sample_evaluation()) {
  ReportOptions options = test::sample_options();
  options.changes = {"--weight price=50"};
  return Json::parse(render_json(grid, eval, options));
}

}  // namespace

TEST_CASE("json: top-level keys, grid and options", "[json]") {
  Json j = sample_json();
  CHECK(keys(j) == Keys{"aser", "grid", "decisions", "options", "lots", "warnings", "warning_codes",
                        "skipped"});
  CHECK(j["decisions"].is_null());  // no decisions file
  CHECK(j["aser"]["version"] == "0.1.0");
  const Json& grid = j["grid"];
  CHECK(keys(grid) == Keys{"name", "file", "sha256", "method", "scale", "better", "language",
                           "currency", "relative_rules", "weights"});
  CHECK(grid["name"] == "Nettoyage des locaux — grille ASER");
  CHECK(grid["file"] == "criteria.yaml");
  CHECK(grid["sha256"] == "0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef");
  CHECK(grid["method"] == "weighted_sum");
  CHECK(grid["scale"] == 100);
  CHECK(grid["better"] == "higher");
  CHECK(grid["language"] == "fr");
  CHECK(grid["currency"] == "EUR");
  CHECK(grid["relative_rules"] == true);
  // Weights in the grid's order, depth first, not alphabetical.
  CHECK(keys(grid["weights"]) ==
        Keys{"price", "social", "insertion", "disability", "environment", "emissions", "label"});
  CHECK(grid["weights"]["insertion"].get<double>() == Approx(0.2));
  CHECK(j["options"] == Json::array({"--weight price=50"}));
  CHECK(j["warnings"] ==
        Json::array({"B-014 and B-021 share no answer 'social.insertion_hour_pct'"}));
}

TEST_CASE("json: a ranked bid", "[json]") {
  Json j = sample_json();
  REQUIRE(j["lots"].size() == 1);
  const Json& lot = j["lots"][0];
  CHECK(keys(lot) == Keys{"lot", "references", "bids"});
  CHECK(lot["lot"].is_null());
  REQUIRE(lot["bids"].size() == 5);
  const Json& bid = lot["bids"][0];
  CHECK(keys(bid) == Keys{"rank", "id", "supplier", "lot", "status", "total", "price", "cost",
                          "scores", "points", "flags", "reasons", "warnings", "decisions",
                          "answers", "evidence", "reason_codes", "warning_codes", "source"});
  CHECK(bid["rank"] == 1);
  CHECK(bid["id"] == "B-014");
  CHECK(bid["supplier"] == "Atelier Solidaire du Sud");
  CHECK(bid["status"] == "ranked");
  CHECK(bid["total"].get<double>() == Approx(82.5));
  // Whole numbers are written without ".0".
  CHECK(bid["price"].is_number_integer());
  CHECK(bid["price"] == 118500);
  CHECK(bid["cost"] == 118500);
  CHECK(keys(bid["scores"]) ==
        Keys{"price", "social", "insertion", "disability", "environment", "emissions", "label"});
  CHECK(bid["scores"]["price"].get<double>() == Approx(0.93));
  CHECK(bid["points"]["insertion"] == 17);
  CHECK(bid["points"]["environment"].get<double>() == Approx(24.3));
  CHECK(bid["flags"] == Json::array());
  CHECK(bid["source"] == Json({{"file", "bids/B-014.yaml"}, {"sha256", std::string(64, 'a')}}));

  const Json& flagged = lot["bids"][1];
  CHECK(flagged["flags"] == Json::array({"abnormally_low:below_mean_of_others_pct"}));
  // Only the ids the bid has, still in the grid's order.
  CHECK(keys(flagged["scores"]) == Keys{"price", "social", "environment"});
  CHECK(lot["bids"][2]["supplier"] == "東京クリーン株式会社");
  CHECK(lot["bids"][2]["warnings"] ==
        Json::array({"missing answer 'environment.ecolabel': scored 0"}));
}

TEST_CASE("json: excluded and invalid bids have no rank and no total", "[json]") {
  Json j = sample_json();
  const Json& excluded = j["lots"][0]["bids"][3];
  CHECK(excluded["rank"].is_null());
  CHECK(excluded["total"].is_null());
  CHECK(excluded["status"] == "excluded");
  CHECK(excluded["price"] == 99000);
  CHECK(excluded["scores"] == Json::object());
  CHECK(excluded["reasons"] ==
        Json::array({"Clause sociale — 5 % d'heures d'insertion au minimum"}));

  const Json& invalid = j["lots"][0]["bids"][4];
  CHECK(invalid["rank"].is_null());
  CHECK(invalid["status"] == "invalid");
  CHECK(invalid["price"].is_null());
  CHECK(invalid["cost"].is_null());
  CHECK(invalid["source"]["file"] == "bids/B-009.yaml");
  CHECK(invalid["source"]["sha256"].is_null());
  REQUIRE(invalid["reasons"].size() == 1);
  CHECK(invalid["reasons"][0].get<std::string>().find("\n  price: cent mille\n") !=
        std::string::npos);
}

TEST_CASE("json: rounded figures so that summation noise never shows", "[json]") {
  Evaluation eval = test::sample_evaluation();
  BidResult& bid = eval.lots[0].bids[0];
  bid.scores["social"] = 0.1 + 0.2;  // 0.30000000000000004
  bid.points["social"] = 0.7 * 30;   // 20.999999999999996
  bid.price = 118500.004;            // to the cent: 118500
  bid.total = 82.50000000000001;
  std::string text = render_json(test::sample_grid(), eval, test::sample_options());
  CHECK(contains(text, "\n            \"social\": 0.3,\n"));
  CHECK(contains(text, "\n            \"social\": 21,\n"));
  CHECK(contains(text, "\n          \"price\": 118500,\n"));
  CHECK(contains(text, "\n          \"total\": 82.5,\n"));
  // 2/3 to ten decimals.
  CHECK(contains(text, "\"environment\": 0.6666666667\n"));
}

TEST_CASE("json: layout, determinism and odd text", "[json]") {
  std::string a =
      render_json(test::sample_grid(), test::sample_evaluation(), test::sample_options());
  CHECK(a.rfind("{\n  \"aser\": {\n    \"version\": \"0.1.0\",\n    \"kind\": \"report\"\n  },\n  "
                "\"grid\": {\n",
                0) == 0);
  CHECK(a.substr(a.size() - 2) == "}\n");
  CHECK(a == render_json(test::sample_grid(), test::sample_evaluation(), test::sample_options()));
  CHECK_FALSE(contains(a, "\x1b"));

  // Invalid UTF-8 in a supplier name must not throw.
  Evaluation eval = test::sample_evaluation();
  eval.lots[0].bids[0].supplier = "Bad \xff byte";
  std::string text;
  REQUIRE_NOTHROW(text = render_json(test::sample_grid(), eval, test::sample_options()));
  CHECK(Json::parse(text)["lots"][0]["bids"][0]["supplier"] == "Bad \xEF\xBF\xBD byte");
}

TEST_CASE("json: lots, references, price per point", "[json]") {
  Grid grid = test::sample_grid();
  grid.method.kind = Method::price_per_point;
  Evaluation eval = test::sample_evaluation();
  eval.better = Better::lower;
  eval.lots[0].lot = "1";
  eval.lots[0].bids[0].quality_points = 62.8;
  eval.lots[0].bids[0].total = 118500.0 / 62.8;  // 1886.942675… → 1886.94
  eval.lots[0].references["price"] = Reference{95000, 131250.5, "B-007", "B-021"};
  Json j = sample_json(grid, eval);
  CHECK(j["grid"]["better"] == "lower");
  CHECK(j["grid"]["method"] == "price_per_point");
  const Json& lot = j["lots"][0];
  CHECK(lot["lot"] == "1");
  CHECK(lot["references"] ==
        Json({{"price",
               {{"min", 95000}, {"max", 131250.5}, {"min_bid", "B-007"}, {"max_bid", "B-021"}}}}));
  const Json& bid = lot["bids"][0];
  CHECK(keys(bid) == Keys{"rank",     "id",           "supplier",       "lot",
                          "status",   "total",        "price",          "cost",
                          "scores",   "points",       "quality_points", "flags",
                          "reasons",  "warnings",     "decisions",      "answers",
                          "evidence", "reason_codes", "warning_codes",  "source"});
  // The figure that ranks, to 10 decimals, not cut to cents: 118500 / 62.8 = 1886.94267515923…
  CHECK(bid["total"].dump() == "1886.9426751592");
  CHECK(bid["quality_points"].get<double>() == Approx(62.8));
  CHECK(lot["bids"][1]["quality_points"].is_null());
}

// Issue 9, case 12: each bid carries its lot, its answers as read (value, file,
// line, column) and its evidence, so that a flat `.lots[].bids[]` query loses nothing.
TEST_CASE("json: a bid's lot, answers and evidence", "[json]") {
  Bid read;
  read.id = "B-014";
  read.file = "bids/B-014.yaml";
  Answer price;
  price.number = 118500;
  price.text = "118500.00";
  price.pos = {4, 8};
  read.answers["price"] = price;
  Answer label;
  label.kind = Answer::Kind::text;
  label.text = "EU Ecolabel";
  label.pos = {9, 13};
  read.answers["environment.ecolabel"] = label;
  Answer panel;
  panel.kind = Answer::Kind::numbers;
  panel.numbers = {7, 6.5};
  panel.pos = {6, 32};
  read.answers["social.disability_employment_pct"] = panel;
  Answer group;
  group.kind = Answer::Kind::mapping;  // holds the answers below it: not listed
  read.answers["environment"] = group;
  read.evidence["environment.ecolabel"] = "certificat FR/030/004";
  std::vector<Bid> bids{read};
  ReportOptions options = test::sample_options();
  options.bids = &bids;
  Json j = Json::parse(render_json(test::sample_grid(), test::sample_evaluation(), options));
  const Json& bid = j["lots"][0]["bids"][0];
  REQUIRE(bid["id"] == "B-014");
  CHECK(bid["lot"].is_null());
  CHECK(bid["answers"] == Json::parse(R"({
    "environment.ecolabel": {"value": "EU Ecolabel", "file": "bids/B-014.yaml", "line": 9, "column": 13},
    "price": {"value": 118500, "file": "bids/B-014.yaml", "line": 4, "column": 8},
    "social.disability_employment_pct": {"value": [7, 6.5], "file": "bids/B-014.yaml", "line": 6, "column": 32}
  })"));
  CHECK(bid["evidence"] == Json::parse(R"({"environment.ecolabel": "certificat FR/030/004"})"));
  // A bid the report was not given the answers of: empty objects, never absent.
  CHECK(j["lots"][0]["bids"][1]["answers"] == Json::object());
}
