// Both languages complete; the words that depend on numbers and flags.
#include <catch2/catch.hpp>
#include <string>
#include <vector>

#include "report/labels.hpp"
#include "sample.hpp"

using namespace aser;
using aser::report::Labels;
using aser::report::labels_for;

namespace {

std::vector<const char*> all_words(const Labels& l) {
  return {l.ranking,
          l.rank,
          l.bid,
          l.supplier,
          l.price,
          l.cost,
          l.total,
          l.quality_points,
          l.status,
          l.criterion,
          l.id,
          l.score,
          l.points,
          l.weight,
          l.effective_weight,
          l.effective_weights,
          l.reasons,
          l.warnings,
          l.flags,
          l.not_ranked,
          l.breakdown,
          l.grid,
          l.file,
          l.bid_files,
          l.method,
          l.options,
          l.version,
          l.lot,
          l.no_lot,
          l.no_bids,
          l.no_ranked,
          l.ranked,
          l.excluded,
          l.invalid,
          l.abnormally_low,
          l.relative_note,
          l.colon};
}

}  // namespace

TEST_CASE("every word exists in both languages", "[labels]") {
  for (const char* language : {"fr", "en"}) {
    const Labels& l = labels_for(language);
    for (const char* word : all_words(l)) {
      REQUIRE(word != nullptr);
      CHECK(std::string(word) != "");
    }
    for (Method m : {Method::weighted_sum, Method::price_per_point, Method::adjusted_price,
                     Method::fictitious_price}) {
      CHECK(std::string(report::method_label(l, m)) != "");
      CHECK(std::string(report::method_explanation(l, m)) != "");
      CHECK(std::string(report::total_label(l, m)) != "");
    }
  }
}

TEST_CASE("French for fr, English for anything else", "[labels]") {
  CHECK(std::string(labels_for("fr").rank) == "Rang");
  CHECK(std::string(labels_for("en").rank) == "Rank");
  CHECK(std::string(labels_for("de").rank) == "Rank");
  CHECK(std::string(labels_for("fr").supplier) == "Fournisseur");
  CHECK(std::string(labels_for("fr").excluded) == "exclu");
  CHECK(std::string(labels_for("en").abnormally_low) == "abnormally low");
  CHECK(std::string(labels_for("fr").abnormally_low) == "offre anormalement basse");
  CHECK(std::string(labels_for("en").relative_note) ==
        "Relative rules: removing a bid can reorder others (rank reversal).");
  CHECK(std::string(labels_for("fr").relative_note) ==
        "Règles relatives\u00a0: retirer une offre peut changer l'ordre des autres "
        "(inversion de rang).");
}

TEST_CASE("scale, hidden bids and statuses in words", "[labels]") {
  Grid grid;
  grid.scale = 20;
  CHECK(report::points_out_of(labels_for("fr"), grid) == "points sur 20");
  grid.scale = 100;
  CHECK(report::points_out_of(labels_for("en"), grid) == "points out of 100");
  grid.scale = 12.5;
  CHECK(report::points_out_of(labels_for("fr"), grid) == "points sur 12,5");
  // Under the other methods the points are not out of the scale.
  grid.method.kind = Method::price_per_point;
  CHECK(report::points_out_of(labels_for("en"), grid) == "quality points out of 12.5");
  grid.method.kind = Method::adjusted_price;
  CHECK(report::points_out_of(labels_for("en"), grid) == "points: each criterion's part of V");
  grid.method.kind = Method::fictitious_price;
  CHECK(report::points_out_of(labels_for("fr"), grid) ==
        "points\u00a0: la somme que chaque critère retire du prix");
  CHECK(report::more_not_shown(labels_for("en"), 1) == "1 more ranked bid not shown");
  CHECK(report::more_not_shown(labels_for("en"), 3) == "3 more ranked bids not shown");
  CHECK(report::more_not_shown(labels_for("fr"), 1) == "1 autre offre classée non affichée");
  CHECK(report::more_not_shown(labels_for("fr"), 2) == "2 autres offres classées non affichées");
  CHECK(std::string(report::status_label(labels_for("fr"), Status::invalid)) == "invalide");
  CHECK(std::string(report::total_label(labels_for("fr"), Method::price_per_point)) ==
        "Prix par point");
}

TEST_CASE("flags name their test with the grid's figures", "[labels]") {
  Grid grid = test::sample_grid();  // below_mean_of_others_pct: 20
  grid.abnormally_low.below_estimate_pct = 30;
  grid.abnormally_low.estimate = 100000;
  CHECK(report::flag_text(labels_for("fr"), grid, "abnormally_low:below_mean_of_others_pct",
                          std::nullopt) ==
        "offre anormalement basse (plus de 20\u00a0% sous la moyenne des autres offres)");
  CHECK(report::flag_text(labels_for("en"), grid, "abnormally_low:below_mean_of_others_pct",
                          std::nullopt) ==
        "abnormally low (more than 20% below the mean of the other bids)");
  CHECK(report::flag_text(labels_for("en"), grid, "abnormally_low:below_estimate_pct",
                          std::nullopt) ==
        "abnormally low (more than 30% below the estimate (€100,000.00))");
  CHECK(report::flag_text(labels_for("en"), grid, "something_else", std::nullopt) ==
        "something_else");
}

// A declared lot's own estimate replaces the grid's in the words; a lot
// without one, or no lot, keeps the grid's.
TEST_CASE("a flag names its lot's estimate", "[labels]") {
  Grid grid = test::sample_grid();
  grid.abnormally_low.below_estimate_pct = 30;
  grid.abnormally_low.estimate = 100000;
  Lot north;
  north.id = "1";
  north.estimate = 40000;
  Lot south;
  south.id = "2";
  grid.lots = {north, south};
  const std::string flag = "abnormally_low:below_estimate_pct";
  CHECK(report::flag_text(labels_for("en"), grid, flag, std::string("1")) ==
        "abnormally low (more than 30% below the estimate (€40,000.00))");
  CHECK(report::flag_text(labels_for("en"), grid, flag, std::string("2")) ==
        "abnormally low (more than 30% below the estimate (€100,000.00))");
  CHECK(report::flag_text(labels_for("en"), grid, flag, std::nullopt) ==
        "abnormally low (more than 30% below the estimate (€100,000.00))");
}
