// End-to-end: the built-in grids vehicles-lcc, it-equipment and aser-default
// rank their example tenders (examples/vehicles-lcc, examples/it-equipment,
// examples/services-generaux). Every expected figure is worked out by hand from
// the grid and the bid files, in the comments above each test.
#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "e2e/run.hpp"

using aser::test::read_file;
using aser::test::run_aser;
using nlohmann::json;

namespace {

struct Expected {
  std::string grid;                   // the built-in grid's name
  std::string folder;                 // the example tender
  std::vector<std::string> ranked;    // ids in rank order, ranks 1, 2, 3...
  std::vector<std::string> excluded;  // listed after the ranked bids
  std::string flagged;                // the one bid flagged abnormally low
  double winner_total;                // checked to within 1e-6 points
};

json rank_json(const std::string& args) {
  auto run = run_aser("rank " + args + " -f json");
  INFO(run.err);
  REQUIRE(run.exit_code == 0);
  return json::parse(run.out);
}

const json& bids_of(const json& report) {
  REQUIRE(report.at("lots").size() == 1);
  return report.at("lots")[0].at("bids");
}

json bid_of(const json& report, const std::string& id) {
  for (const json& bid : bids_of(report))
    if (bid.at("id") == id) return bid;
  FAIL("no bid " << id << " in the report");
  return {};
}

// The order, statuses, ranks and flags of a report against the expectation.
void check_ranking(const json& report, const Expected& expected) {
  const json& bids = bids_of(report);
  REQUIRE(bids.size() == expected.ranked.size() + expected.excluded.size());
  std::vector<std::string> order;
  for (const json& bid : bids) order.push_back(bid.at("id"));
  std::vector<std::string> want = expected.ranked;
  want.insert(want.end(), expected.excluded.begin(), expected.excluded.end());
  CHECK(order == want);

  for (std::size_t i = 0; i < expected.ranked.size(); ++i) {
    json bid = bid_of(report, expected.ranked[i]);
    INFO(expected.ranked[i]);
    CHECK(bid.at("status") == "ranked");
    CHECK(bid.at("warnings").empty());  // every bid answers every path the grid reads
    CHECK(bid.at("rank") == static_cast<int>(i + 1));
    if (expected.ranked[i] == expected.flagged) {
      REQUIRE(bid.at("flags").size() == 1);
      CHECK(bid.at("flags")[0] == "abnormally_low:below_mean_of_others_pct");
    } else {
      CHECK(bid.at("flags").empty());
    }
  }
  for (const std::string& id : expected.excluded) {
    json bid = bid_of(report, id);
    INFO(id);
    CHECK(bid.at("status") == "excluded");
    CHECK(bid.at("rank").is_null());
    CHECK(bid.at("reasons").size() == 1);
  }
  CHECK(bid_of(report, expected.ranked[0]).at("total").get<double>() ==
        Approx(expected.winner_total).epsilon(0).margin(1e-6));
}

// The example's grid is the built-in one, byte for byte; ranking the example
// with its own criteria.yaml or with `-c NAME` gives the same report figures.
void check_builtin_matches(const Expected& expected) {
  CHECK(read_file(expected.folder + "/criteria.yaml") ==
        read_file("criteria/" + expected.grid + ".yaml"));

  json beside = rank_json(expected.folder);
  json builtin = rank_json(expected.folder + " -c " + expected.grid);
  CHECK(beside.at("grid").at("file") == expected.folder + "/criteria.yaml");
  CHECK(builtin.at("grid").at("file") == "built-in:" + expected.grid);
  CHECK(beside.at("grid").at("sha256") == builtin.at("grid").at("sha256"));
  check_ranking(builtin, expected);
  const json& a = bids_of(beside);
  const json& b = bids_of(builtin);
  REQUIRE(a.size() == b.size());
  for (std::size_t i = 0; i < a.size(); ++i) {
    CHECK(a[i].at("id") == b[i].at("id"));
    CHECK(a[i].at("status") == b[i].at("status"));
    // Same grid bytes, same bids: the same arithmetic, so the same figures
    // (null for a bid excluded on an answer, which is never scored).
    CHECK(a[i].at("total") == b[i].at("total"));
  }
}

// vehicles-lcc, examples/vehicles-lcc. Cost = price + 10 years × Σ yearly
// quantity × unit cost, no discounting (discount_rate 0), unit costs: electricity
// 0.081 €/kWh, diesel 0.81 €/l, petrol 0.72 €/l, CO2 0.04 €/kg, NOx 0.0044 €/g,
// NMHC 0.001 €/g, particulates 0.087 €/g.
//
// Requirement: flotte-services-rhone delivers in 34 weeks > 26 → excluded.
// Life-cycle costs of the six left, year by year (each year the same, r = 0):
//   lyon-sud-vehicules      3,500 kWh × 0.081 = 283.50 a year; years 1..10:
//                           283.50 each, 2,835.00 in all → 34,200 + 2,835 = 37,035.00
//   electromobile-occitanie 2,700 × 0.081 = 218.70 a year → 21,900 + 2,187 = 24,087.00
//   moreau-automobiles      3,300 × 0.081 = 267.30 a year → 30,900 + 2,673 = 33,573.00
//   hybrides-de-l-ouest     880 × 0.72 + 2,040 × 0.04 + 160 × 0.0044 + 460 × 0.001 + 5 × 0.087
//                           = 633.60 + 81.60 + 0.704 + 0.46 + 0.435 = 716.799 a year
//                           → 27,600 + 7,167.99 = 34,767.99
//   auto-distribution-bretagne 1,000 × 0.81 + 2,640 × 0.04 + 700 × 0.0044 + 180 × 0.001
//                           + 12 × 0.087 = 810 + 105.6 + 3.08 + 0.18 + 1.044 = 919.904 a year
//                           → 24,300 + 9,199.04 = 33,499.04
//   centre-auto-normandie   1,180 × 0.72 + 2,730 × 0.04 + 340 × 0.0044 + 760 × 0.001 + 9 × 0.087
//                           = 849.6 + 109.2 + 1.496 + 0.76 + 0.783 = 961.839 a year
//                           → 22,900 + 9,618.39 = 32,518.39
// The winner, lyon-sud-vehicules (effective weights: cost 60 %; quality 25 %:
// warranty 2/4, workshop 1/4, courtesy 1/4; environment 15 %: tyres 1/2, noise 1/2):
//   cost      24,087 / 37,035 = 0.6503848 → × 60 = 39.023086
//   warranty  (7 − 2) / (7 − 2) = 1 → 12.5;   workshop 3 km, beyond best 5 → 1 → 6.25;
//   courtesy  true → 1 → 6.25;                  quality 1 → 25
//   tyres     A → 1 → 7.5;   noise (66 − 72) / (64 − 72) = 0.75 → 5.625;
//             environment (1 + 0.75) / 2 = 0.875 → 13.125
//   total     39.023086 + 25 + 13.125 = 77.148086
// Runner-up electromobile-occitanie: cost 1 → 60; quality (2 × 0.2 + 0.266667 + 0) / 4
//   × 25 = 4.166667; environment (0.5 + 0.875) / 2 × 15 = 10.3125; total 74.479167.
// Abnormally low: electromobile-occitanie's 24,087 against the mean of the five
// others (37,035 + 33,573 + 34,767.99 + 33,499.04 + 32,518.39) / 5 = 34,278.684:
// 0.8 × 34,278.684 = 27,422.95 > 24,087 → flagged. The next cheapest,
// centre-auto-normandie, 32,518.39 against 0.8 × (37,035 + 24,087 + 33,573 + 34,767.99
// + 33,499.04) / 5 = 26,073.93: not flagged.
const Expected vehicles{
    "vehicles-lcc",
    "examples/vehicles-lcc",
    {"lyon-sud-vehicules", "electromobile-occitanie", "moreau-automobiles", "hybrides-de-l-ouest",
     "auto-distribution-bretagne", "centre-auto-normandie"},
    {"flotte-services-rhone"},
    "electromobile-occitanie",
    77.148086};

// it-equipment, examples/it-equipment.
// Requirement: tech-ouest-integration offers a 2-year warranty < 3 → excluded.
// Lowest price in competition: hexa-materiel-pro, 140,000.
// The winner, reboot-solidaire (price 40 %; technique 25 %: garantie 1/2,
// intervention 1/2; environnement 35 %: reemploi 2/6, plastique_recycle 1/6,
// reparabilite 2/6, reprise 1/6):
//   price          140,000 / 163,500 = 0.8562691 → × 40 = 34.250765
//   garantie       3 years → step "at least 3" → 0.4;  intervention (2 − 5) / (1 − 5) = 0.75
//                  technique (0.4 + 0.75) / 2 = 0.575 → × 25 = 14.375
//   reemploi       60 % ≥ 50 → 1;  plastique_recycle 25 / 50 = 0.5;
//   reparabilite   (8.1 − 5) / (9 − 5) = 0.775;  reprise "réemploi" → 1
//                  environnement (2 × 1 + 0.5 + 2 × 0.775 + 1) / 6 = 5.05 / 6 = 0.841667
//                  → 29.458333
//   total          34.250765 + 14.375 + 29.458333 = 78.084098
// Runner-up atelier-du-bocage-numerique: 40 × 140,000 / 171,200 = 32.710280;
//   technique 0.575 → 14.375; reemploi curve 40 % = 0.6 + 0.4 × (40 − 20) / 30 = 0.866667,
//   plastique 0.7, reparabilite 0.9, reprise 1 → (1.733333 + 0.7 + 1.8 + 1) / 6 = 0.872222
//   → 30.527778; total 77.613058.
// Abnormally low: hexa-materiel-pro's 140,000 against 0.8 × the mean of the five
// others (163,500 + 212,500 + 198,000 + 189,900 + 171,200) / 5 = 0.8 × 187,020 = 149,616
// → flagged; reboot-solidaire's 163,500 against 0.8 × (140,000 + 212,500 + 198,000
// + 189,900 + 171,200) / 5 = 145,856 → not flagged.
const Expected it_equipment{
    "it-equipment",
    "examples/it-equipment",
    {"reboot-solidaire", "atelier-du-bocage-numerique", "informatique-services-lorraine",
     "bureautique-centrale", "hexa-materiel-pro", "digital-distribution-france"},
    {"tech-ouest-integration"},
    "hexa-materiel-pro",
    78.084098};

// aser-default, examples/services-generaux.
// Requirement: prestige-conciergerie has 3 % insertion hours < 5 → excluded;
// serenis-services has exactly 5 % and stays (limits are inclusive).
// Lowest price in competition: facilis-prestations, 171,000.
// The winner, multiservices-cevennes (price 40 %; social 30 %: insertion 2/4,
// training 1/4, permanent_contracts 1/4; environment 30 %: emissions 2/4,
// waste 1/4, circular 1/4):
//   price        171,000 / 265,000 = 0.6452830 → × 40 = 25.811321
//   insertion    9 / 10 = 0.9;  training 14 / 20 = 0.7;  permanent 95 % ≥ 90 → 1
//                social (1.8 + 0.7 + 1) / 4 = 0.875 → × 30 = 26.25
//   emissions    (10,000 − 2,100) / 10,000 = 0.79;  waste 80 / 100 = 0.8;  circular 60 → 1
//                environment (1.58 + 0.8 + 1) / 4 = 0.845 → × 30 = 25.35
//   total        25.811321 + 26.25 + 25.35 = 77.411321
// Runner-up ateliers-solidaires-du-val: 40 × 171,000 / 274,000 = 24.963504;
//   social (2 + 0.8 + 0.6) / 4 × 30 = 25.5; environment (1.34 + 0.85 + 0.866667) / 4 × 30
//   = 22.925; total 73.388504.
// Abnormally low: facilis-prestations' 171,000 against 0.8 × the mean of the five
// others (286,000 + 248,500 + 232,000 + 265,000 + 274,000) / 5 = 0.8 × 261,100 = 208,880
// → flagged; serenis-services' 232,000 against 0.8 × (286,000 + 248,500 + 171,000
// + 265,000 + 274,000) / 5 = 199,120 → not flagged.
const Expected services{
    "aser-default",
    "examples/services-generaux",
    {"multiservices-cevennes", "ateliers-solidaires-du-val", "regie-services-partages",
     "accueil-logistique-atlantique", "facilis-prestations", "serenis-services"},
    {"prestige-conciergerie"},
    "facilis-prestations",
    77.411321};

}  // namespace

TEST_CASE("vehicles-lcc ranks its example tender on the life-cycle cost") {
  json report = rank_json(vehicles.folder);
  check_ranking(report, vehicles);

  json winner = bid_of(report, "lyon-sud-vehicules");
  CHECK(winner.at("price").get<double>() == Approx(34200));
  CHECK(winner.at("cost").get<double>() == Approx(37035).epsilon(1e-9));
  CHECK(winner.at("scores").at("price").get<double>() == Approx(24087.0 / 37035.0));
  CHECK(winner.at("points").at("price").get<double>() == Approx(39.023086).epsilon(1e-6));
  CHECK(winner.at("points").at("quality").get<double>() == Approx(25));
  CHECK(winner.at("points").at("environment").get<double>() == Approx(13.125));
  CHECK(winner.at("scores").at("noise").get<double>() == Approx(0.75));

  // Costs with emissions: each yearly line adds up as in the comment above.
  CHECK(bid_of(report, "auto-distribution-bretagne").at("cost").get<double>() ==
        Approx(33499.04).epsilon(1e-9));
  CHECK(bid_of(report, "hybrides-de-l-ouest").at("cost").get<double>() ==
        Approx(34767.99).epsilon(1e-9));
  CHECK(bid_of(report, "centre-auto-normandie").at("cost").get<double>() ==
        Approx(32518.39).epsilon(1e-9));
  CHECK(bid_of(report, "electromobile-occitanie").at("total").get<double>() ==
        Approx(74.479167).epsilon(1e-6));

  json late = bid_of(report, "flotte-services-rhone");
  CHECK(late.at("reasons")[0].get<std::string>().find("Delivery within 26 weeks") !=
        std::string::npos);
}

TEST_CASE("vehicles-lcc example equals the built-in grid and ranks the same with -c") {
  check_builtin_matches(vehicles);
}

TEST_CASE("it-equipment ranks its example tender") {
  json report = rank_json(it_equipment.folder);
  check_ranking(report, it_equipment);
  CHECK(report.at("grid").at("method") == "weighted_sum");

  json winner = bid_of(report, "reboot-solidaire");
  CHECK(winner.at("points").at("price").get<double>() == Approx(34.250765).epsilon(1e-6));
  CHECK(winner.at("points").at("technique").get<double>() == Approx(14.375));
  CHECK(winner.at("points").at("environnement").get<double>() == Approx(29.458333).epsilon(1e-6));
  CHECK(winner.at("scores").at("reparabilite").get<double>() == Approx(0.775));
  CHECK(bid_of(report, "atelier-du-bocage-numerique").at("total").get<double>() ==
        Approx(77.613058).epsilon(1e-6));

  json short_warranty = bid_of(report, "tech-ouest-integration");
  CHECK(short_warranty.at("reasons")[0].get<std::string>().find("Garantie de 3 ans") !=
        std::string::npos);
}

TEST_CASE("it-equipment example equals the built-in grid and ranks the same with -c") {
  check_builtin_matches(it_equipment);
}

TEST_CASE("aser-default ranks its example tender services-generaux") {
  json report = rank_json(services.folder);
  check_ranking(report, services);

  json winner = bid_of(report, "multiservices-cevennes");
  CHECK(winner.at("points").at("price").get<double>() == Approx(25.811321).epsilon(1e-6));
  CHECK(winner.at("points").at("social").get<double>() == Approx(26.25));
  CHECK(winner.at("points").at("environment").get<double>() == Approx(25.35));
  CHECK(bid_of(report, "ateliers-solidaires-du-val").at("total").get<double>() ==
        Approx(73.388504).epsilon(1e-6));
  CHECK(bid_of(report, "serenis-services").at("status") == "ranked");  // 5 % is enough

  json excluded = bid_of(report, "prestige-conciergerie");
  CHECK(excluded.at("reasons")[0].get<std::string>().find("Social clause") != std::string::npos);
}

TEST_CASE("aser-default example equals the built-in grid and ranks the same with -c") {
  check_builtin_matches(services);
}

TEST_CASE("grids lists vehicles-lcc and it-equipment and shows them as committed") {
  auto list = run_aser("grids");
  INFO(list.err);
  REQUIRE(list.exit_code == 0);
  for (const char* name : {"vehicles-lcc", "it-equipment", "aser-default"}) {
    INFO(name);
    CHECK(list.out.find(name) != std::string::npos);
    auto show = run_aser(std::string("grids show ") + name);
    CHECK(show.exit_code == 0);
    CHECK(show.out == read_file(std::string("criteria/") + name + ".yaml"));
  }
}

TEST_CASE("the three example tenders validate") {
  for (const char* folder :
       {"examples/vehicles-lcc", "examples/it-equipment", "examples/services-generaux"}) {
    auto run = run_aser(std::string("validate ") + folder);
    INFO(folder << "\n" << run.err);
    CHECK(run.exit_code == 0);
    CHECK(run.err.empty());  // no warning: no unanswered path, no near-miss key
  }
}

// Each grid's header comment explains why the proportional price rule is kept
// (homogeneous prices); every other lint check must be silent on these grids.
TEST_CASE(
    "vehicles-lcc it-equipment and aser-default lint clean but for the explained price rule") {
  for (const char* name : {"vehicles-lcc", "it-equipment", "aser-default"}) {
    auto run = run_aser(std::string("lint --lang en -c ") + name);
    INFO(name << "\n" << run.out << run.err);
    CHECK(run.exit_code == 0);
    std::size_t warnings = 0;
    for (std::size_t at = run.out.find("warning:"); at != std::string::npos;
         at = run.out.find("warning:", at + 1))
      ++warnings;
    CHECK(warnings == 1);
    CHECK(run.out.find("'price' uses the relative rule 'lowest_ratio'") != std::string::npos);
    CHECK(run.out.find("[relative-rule]") != std::string::npos);
  }
}
