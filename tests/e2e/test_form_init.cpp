// End-to-end: `aser form` filled in is accepted by validate and ranks (YAML
// and CSV); `aser init` makes a folder where `aser rank` works at once, and
// never overwrites a file without --force.
#include <sys/wait.h>

#include <catch2/catch.hpp>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <nlohmann/json.hpp>
#include <string>

#include "e2e/run.hpp"

using aser::test::read_file;
using aser::test::run_aser;
using aser::test::temp_dir;
using aser::test::write_file;
using nlohmann::json;

namespace {

const std::string grid = "examples/nettoyage/criteria.yaml";

// Fills the first empty answer `key:` (after its indentation, maybe followed
// by a comment) with `value`, as a bidder would.
void fill(std::string& form, const std::string& key, const std::string& value) {
  std::size_t line = 0;
  while (line < form.size()) {
    const std::size_t end = form.find('\n', line);
    const std::size_t text = form.find_first_not_of(' ', line);
    if (form.compare(text, key.size() + 1, key + ":") == 0 &&
        (text + key.size() + 1 == end || form[text + key.size() + 1] == ' ')) {
      form.replace(text, end - text, key + ": " + value);
      return;
    }
    line = end + 1;
  }
  FAIL("no empty answer '" + key + "' in the form");
}

// Runs `aser ARGS` in `dir`, as `cd DIR && aser ARGS` would.
aser::test::Run run_in(const std::string& dir, const std::string& args) {
  const std::string out = dir + "/.out", err = dir + "/.err";
  const std::string command = "cd '" + dir + "' && NO_COLOR=1 '" + ASER_BINARY + "' " + args +
                              " > '" + out + "' 2> '" + err + "'";
  const int status = std::system(command.c_str());
  aser::test::Run run;
  run.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  run.out = read_file(out);
  run.err = read_file(err);
  std::remove(out.c_str());
  std::remove(err.c_str());
  return run;
}

const json& bids_of(const json& report) {
  return report.at("lots")[0].at("bids");
}

}  // namespace

// The nettoyage grid: price 40 (lowest_ratio); social 30 = insertion 2 (linear
// 0..10), formation 1 (linear 0..24), journee 1 (steps 80: 1, 50: 0.6, 20: 0.3);
// environment 30 = ecolabel 2 (linear 0..100), emissions 1 (linear 8000..0),
// dechets 1 (scale: "tri 5 flux et suivi" 1, "tri sélectif" 0.5), dosage 1 (boolean).
// Bid A answers the best of everything at 100000: every score 1, total 100.
// Bid B at 125000: price 100000/125000 = 0.8 -> 32;
//   social (2×0.5 + 0.5 + 0.6)/4 = 0.525 -> 15.75;
//   environment (2×0.5 + 0.5 + 0.5 + 0)/5 = 0.4 -> 12 (over the 0.3 minimum);
//   total 32 + 15.75 + 12 = 59.75. Insertion 5 meets the 5 % requirement.
TEST_CASE("aser form -f yaml filled in validates and ranks") {
  auto form = run_aser("form -c " + grid);
  INFO(form.err);
  REQUIRE(form.exit_code == 0);
  CHECK(form.out.rfind("# Formulaire de réponse — Nettoyage des locaux", 0) == 0);
  const std::string dir = temp_dir();

  std::string a = form.out;
  fill(a, "id", "A");
  fill(a, "supplier", "Alpha");
  fill(a, "price", "100000");
  fill(a, "insertion_hours_pct", "10");
  fill(a, "training_hours_per_agent", "24");
  fill(a, "daytime_cleaning_pct", "80");
  fill(a, "ecolabel_products_pct", "100");
  fill(a, "co2e_kg", "0");
  fill(a, "waste_plan", "\"tri 5 flux et suivi\"");
  fill(a, "dosing_system", "true");
  write_file(dir + "/a.yaml", a);

  std::string b = form.out;
  fill(b, "id", "B");
  fill(b, "supplier", "Beta");
  fill(b, "price", "125000");
  fill(b, "insertion_hours_pct", "5");
  fill(b, "training_hours_per_agent", "12");
  fill(b, "daytime_cleaning_pct", "50");
  fill(b, "ecolabel_products_pct", "50");
  fill(b, "co2e_kg", "4000");
  fill(b, "waste_plan", "tri sélectif");
  fill(b, "dosing_system", "false");
  write_file(dir + "/b.yaml", b);

  auto validate = run_aser("validate " + dir + " -c " + grid);
  INFO(validate.err);
  CHECK(validate.exit_code == 0);

  auto rank = run_aser("rank " + dir + " -c " + grid + " -f json");
  INFO(rank.err);
  REQUIRE(rank.exit_code == 0);
  const json bids = bids_of(json::parse(rank.out));
  REQUIRE(bids.size() == 2);
  CHECK(bids[0].at("id") == "A");
  CHECK(bids[0].at("total").get<double>() == Approx(100));
  CHECK(bids[1].at("id") == "B");
  CHECK(bids[1].at("total").get<double>() == Approx(59.75));
}

TEST_CASE("aser form -f csv with rows appended ranks the same") {
  auto form = run_aser("form -c " + grid + " -f csv");
  INFO(form.err);
  REQUIRE(form.exit_code == 0);
  // A French grid: ';' between the columns; CRLF ended.
  CHECK(form.out ==
        "id;supplier;lot;price;social.insertion_hours_pct;social.training_hours_per_agent;"
        "social.daytime_cleaning_pct;environment.ecolabel_products_pct;environment.co2e_kg;"
        "environment.waste_plan;environment.dosing_system;evidence.social.insertion_hours_pct;"
        "evidence.environment.ecolabel_products_pct\r\n");
  // The same bids as above, as a spreadsheet set to French writes them: the
  // grid is in French, so 100 000,00 is read with a decimal comma.
  const std::string dir = temp_dir();
  write_file(dir + "/offres.csv",
             form.out +
                 "A;Alpha;;100 000,00;10;24;80;100;0;tri 5 flux et suivi;VRAI;attestation 12;\r\n"
                 "B;Beta;;125 000,00;5;12;50;50;4 000;tri sélectif;FAUX;;\r\n");
  auto validate = run_aser("validate " + dir + " -c " + grid);
  INFO(validate.err);
  CHECK(validate.exit_code == 0);
  auto rank = run_aser("rank " + dir + " -c " + grid + " -f json");
  INFO(rank.err);
  REQUIRE(rank.exit_code == 0);
  const json bids = bids_of(json::parse(rank.out));
  REQUIRE(bids.size() == 2);
  CHECK(bids[0].at("id") == "A");
  CHECK(bids[0].at("total").get<double>() == Approx(100));  // as above
  CHECK(bids[1].at("id") == "B");
  CHECK(bids[1].at("total").get<double>() == Approx(59.75));
  CHECK(bids[1].at("source").at("file") == dir + "/offres.csv");
}

TEST_CASE("aser form -f markdown is a table of every answer") {
  auto form = run_aser("form -c " + grid + " -f markdown");
  INFO(form.err);
  REQUIRE(form.exit_code == 0);
  CHECK(form.out.find("| `environment.waste_plan` | Gestion des déchets | l'un de \"tri 5 flux "
                      "et suivi\", \"tri sélectif\", \"aucun\" |") != std::string::npos);
  CHECK(form.out.find("| `social.insertion_hours_pct` | Heures d'insertion (% des heures "
                      "travaillées) | un nombre — 0 : aucun point, 10 : tous les points; valide "
                      "de 0 à 100 | % | oui; "
                      "au moins 5 (Clause sociale — 5 % d'heures d'insertion au minimum) | "
                      "Attestation du facilitateur de la clause sociale |  |") !=
        std::string::npos);
}

TEST_CASE("aser form: a grid that does not load is an error") {
  auto form = run_aser("form -c no-such-grid");
  CHECK(form.exit_code == 1);
  CHECK(form.out.empty());
  CHECK(form.err.find("cannot write the form of a grid that does not load") != std::string::npos);
}

TEST_CASE("aser init then aser rank in that folder works and init never overwrites") {
  const std::string dir = temp_dir() + "/tender";
  auto init = run_aser("init " + dir);
  INFO(init.err);
  REQUIRE(init.exit_code == 0);
  CHECK(init.out.find("wrote " + dir + "/criteria.yaml\n") != std::string::npos);
  CHECK(init.out.find("wrote " + dir + "/offres/exemple-1.yaml\n") != std::string::npos);
  CHECK(init.out.find("next: cd " + dir + " && aser rank\n") != std::string::npos);
  CHECK(read_file(dir + "/criteria.yaml")
            .rfind("# yaml-language-server: $schema=.aser/grid.schema.json\n", 0) == 0);
  CHECK(std::filesystem::exists(dir + "/.aser/grid.schema.json"));

  auto rank = run_in(dir, "rank -f json");
  INFO(rank.err);
  REQUIRE(rank.exit_code == 0);
  // The schemas init wrote in .aser/ are aser's own: not reported as skipped
  // (the harness's own .out and .err files are).
  CHECK(rank.err.find(".aser") == std::string::npos);
  CHECK(json::parse(rank.out).at("skipped").dump().find(".aser") == std::string::npos);
  const json bids = bids_of(json::parse(rank.out));
  REQUIRE(bids.size() == 2);
  CHECK(bids[0].at("status") == "ranked");
  CHECK(bids[1].at("status") == "ranked");
  CHECK(bids[0].at("rank") == 1);
  CHECK(bids[1].at("rank") == 2);  // not a tie
  auto validate = run_in(dir, "validate --strict");
  INFO(validate.err);
  CHECK(validate.exit_code == 0);

  // Again: every file is in the way; nothing is written.
  write_file(dir + "/criteria.yaml", "# mine\n");
  auto again = run_aser("init " + dir);
  CHECK(again.exit_code == 1);
  CHECK(again.out.empty());
  CHECK(again.err.find("aser: error: '" + dir + "/criteria.yaml' exists\n") != std::string::npos);
  CHECK(again.err.find("--force") != std::string::npos);
  CHECK(read_file(dir + "/criteria.yaml") == "# mine\n");
  auto forced = run_aser("init " + dir + " --force");
  CHECK(forced.exit_code == 0);
  CHECK(read_file(dir + "/criteria.yaml") != "# mine\n");
}

TEST_CASE("aser init --grid: every built-in grid gives a tender that ranks") {
  auto list = run_aser("grids");
  REQUIRE(list.exit_code == 0);
  for (const char* name : {"aser-default", "cleaning-services", "collective-catering",
                           "works-insertion", "vehicles-lcc", "it-equipment"}) {
    if (list.out.find(name) == std::string::npos) continue;  // not written yet
    INFO(name);
    const std::string dir = temp_dir() + "/" + name;
    auto init = run_aser("init " + dir + " --grid " + name);
    INFO(init.err);
    REQUIRE(init.exit_code == 0);
    auto rank = run_aser("rank " + dir + " -f json");
    INFO(rank.err);
    REQUIRE(rank.exit_code == 0);
    const json bids = bids_of(json::parse(rank.out));
    REQUIRE(bids.size() == 2);
    CHECK(bids[0].at("rank") == 1);
    CHECK(bids[1].at("rank") == 2);
  }
}

TEST_CASE("aser init: an unknown grid gets a did-you-mean") {
  auto init = run_aser("init " + temp_dir() + "/x --grid cleaning-service");
  CHECK(init.exit_code == 2);
  CHECK(init.err ==
        "aser: error: no built-in grid named 'cleaning-service'\n"
        "did you mean 'cleaning-services'?\n");
}
