// End-to-end, issue 9 (the CLI side of a real tender): finding the grid
// (case 3), write errors (case 10) and options that do not apply (case 11).
#include <sys/wait.h>

#include <catch2/catch.hpp>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <string>

#include "e2e/run.hpp"

using aser::test::read_file;
using aser::test::run_aser;
using aser::test::temp_dir;
using aser::test::write_file;

namespace {

const std::string grid_text = R"(format: 1
name: Found grid
language: en
currency: EUR
criteria:
  - id: price
    weight: 50
    answer: price
    rule: { lowest_ratio: {} }
  - id: quality
    weight: 50
    answer: quality
    rule: { linear: { worst: 0, best: 10 } }
)";

const std::string hint =
    "hint: give a grid file (-c path/to/criteria.yaml) or a built-in grid by name (-c "
    "aser-default, cleaning-services, collective-catering, it-equipment, vehicles-lcc, "
    "works-insertion)\n";

// `aser ARGS > /dev/full` from the repository root: the exit code and stderr.
aser::test::Run run_to_full_disk(const std::string& args) {
  const std::string dir = temp_dir();
  const std::string command = "cd '" ASER_SOURCE_DIR "' && NO_COLOR=1 '" ASER_BINARY "' " + args +
                              " >/dev/full 2>'" + dir + "/err' </dev/null";
  const int status = std::system(command.c_str());
  aser::test::Run run;
  run.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  run.err = read_file(dir + "/err");
  return run;
}

std::string in(const std::string& dir) {
  return "-C '" + dir + "' NO_COLOR=1";
}

// A tender as `aser init` lays it out: the grid at the top, the bids below.
std::string tender() {
  const std::string dir = temp_dir();
  write_file(dir + "/criteria.yaml", grid_text);
  write_file(dir + "/offres/lot/a.yaml", "supplier: A\nprice: 100\nquality: 5\n");
  write_file(dir + "/offres/lot/b.yaml", "supplier: B\nprice: 200\nquality: 10\n");
  return dir;
}

}  // namespace

TEST_CASE("without -c, the grid is found in the PATH's parent folders up to the current one") {
  const std::string dir = tender();
  // Two folders up from the PATH, at the current folder: found.
  auto run = run_aser("validate offres/lot", "", in(dir));
  CHECK(run.exit_code == 0);
  CHECK(run.out == "ok: grid 'Found grid' (criteria.yaml), 2 bids valid\n");
  CHECK(run.err.empty());
  // A PATH in a folder: the search climbs from the file's folder.
  auto file = run_aser("validate offres/lot/a.yaml", "", in(dir));
  CHECK(file.out == "ok: grid 'Found grid' (criteria.yaml), 1 bid valid\n");
  // The search stops at the current folder: from offres/, the grid above is not used.
  auto below = run_aser("validate lot", "", in(dir + "/offres"));
  CHECK(below.exit_code == 1);
  CHECK(below.out.empty());
  CHECK(below.err ==
        "criteria.yaml: error: no grid given with -c, and no criteria.yaml in "
        "'lot' and '.'\n" +
            hint + "aser: error: 1 problem in the grid or the bids (0 of 2 bids invalid)\n");
}

TEST_CASE("the nearest criteria.yaml wins over one further up") {
  const std::string dir = tender();
  write_file(dir + "/offres/criteria.yaml",
             "format: 1\nname: Nearer\n" + grid_text.substr(grid_text.find("language")));
  auto run = run_aser("validate offres/lot", "", in(dir));
  CHECK(run.out == "ok: grid 'Nearer' (offres/criteria.yaml), 2 bids valid\n");
}

TEST_CASE("rank and explain with no grid found exit 1 naming where they looked") {
  const std::string dir = tender();
  std::remove((dir + "/criteria.yaml").c_str());
  const std::string error =
      "criteria.yaml: error: no grid given with -c, and no criteria.yaml in "
      "'offres/lot', 'offres' and '.'\n" +
      hint;
  auto rank = run_aser("rank offres/lot", "", in(dir));
  CHECK(rank.exit_code == 1);
  CHECK(rank.out.empty());
  CHECK(rank.err == error + "aser: error: 1 problem in the grid or the bids, nothing ranked\n");
  auto explain = run_aser("explain a offres/lot", "", in(dir));
  CHECK(explain.exit_code == 1);
  CHECK(explain.err.substr(0, error.size()) == error);
  // Named, the built-in grid is used.
  // Named, the built-in grid is used (and these bids do not answer it).
  auto named = run_aser("rank offres/lot -c aser-default", "", in(dir));
  CHECK(named.exit_code == 1);
  CHECK(named.err.rfind("built-in:aser-default:63:9: error: no bid answers "
                        "'social.insertion_hours_pct', read by criterion 'insertion'\n",
                        0) == 0);
}

TEST_CASE("form and lint find no grid outside a tender folder: an error, not the default") {
  const std::string dir = temp_dir();
  const std::string error =
      "criteria.yaml: error: no grid given with -c, and no criteria.yaml in '.'\n" + hint;
  auto form = run_aser("form", "", in(dir));
  CHECK(form.exit_code == 1);
  CHECK(form.out.empty());
  CHECK(form.err == error);
  auto lint = run_aser("lint", "", in(dir));
  CHECK(lint.exit_code == 1);
  CHECK(lint.err == error);
}

// Case 10: a full disk must never leave a truncated result behind exit 0.
TEST_CASE("every subcommand exits 1 when standard output cannot be written") {
  const std::string dir = temp_dir();
  const std::string message = "aser: error: cannot write to standard output\n";
  for (const std::string command :
       {"grids", "grids show aser-default", "lint -c tests/fixtures/lots/criteria.yaml",
        "validate tests/fixtures/lots", "form -c aser-default", "schema report",
        "rank tests/fixtures/lots", "explain a tests/fixtures/lots"}) {
    INFO(command);
    auto run = run_to_full_disk(command);
    CHECK(run.exit_code == 1);
    CHECK(run.err == message);
  }
  auto init = run_to_full_disk("init '" + dir + "/t'");
  CHECK(init.exit_code == 1);
  CHECK(init.err == message);
  // -o in a folder that does not exist.
  auto output = run_aser("rank tests/fixtures/lots -o /nonexistent/r.json -f json");
  CHECK(output.exit_code == 1);
  CHECK(output.err == "aser: error: cannot write in '/nonexistent': no such file or directory\n");
}

// Case 11: options that change nothing are usage errors, not silently ignored.
TEST_CASE("CSV-only options with another format are usage errors") {
  auto bom = run_aser("rank tests/fixtures/lots -f json --bom");
  CHECK(bom.exit_code == 2);
  CHECK(bom.out.empty());
  CHECK(bom.err == "aser: error: --bom applies to -f csv only, not to -f json\n");
  auto sep = run_aser("rank tests/fixtures/lots -f html --sep ';'");
  CHECK(sep.exit_code == 2);
  CHECK(sep.out.empty());
  CHECK(sep.err ==
        "aser: error: --sep applies to -f csv and to reading CSV bid tables; with -f "
        "html and no CSV bid table among the bids, it does nothing\n");
  auto comma = run_aser("rank tests/fixtures/lots --decimal-comma");
  CHECK(comma.exit_code == 2);
  CHECK(comma.err ==
        "aser: error: --decimal-comma applies to -f csv and to reading CSV bid "
        "tables; with -f table and no CSV bid table among the bids, it does nothing\n");
  // With -f csv, or when a CSV bid table is read, they apply.
  CHECK(run_aser("rank tests/fixtures/lots -f csv --sep ';' --decimal-comma --bom").exit_code == 0);
}

// Case 4: aser's own outputs written into the bid folder are never read back as
// bids; each is listed as skipped, with why (JSON "skipped", the summary line).
TEST_CASE("reports and forms and schemas written into the bid folder are skipped as not bids") {
  const std::string dir = tender();
  const std::string env = in(dir);
  // 1. -o rapport.json, then rank again.
  REQUIRE(run_aser("rank -f json -o offres/lot/rapport.json", "", env).exit_code == 0);
  // 2. aser form -o formulaire.yaml (not filled in).
  REQUIRE(run_aser("form -o offres/lot/formulaire.yaml", "", env).exit_code == 0);
  // 3. -o classement.csv twice: the second run must not read the first.
  REQUIRE(run_aser("rank -f csv -o offres/lot/classement.csv", "", env).exit_code == 0);
  auto twice = run_aser("rank -f csv -o offres/lot/classement.csv", "", env);
  CHECK(twice.exit_code == 0);
  CHECK(twice.err ==
        "aser: 2 bids ranked, 0 excluded, 0 invalid; 3 files skipped, not bids "
        "(offres/lot/classement.csv, offres/lot/formulaire.yaml, "
        "offres/lot/rapport.json)\n");
  auto run = run_aser("rank -f json", "", env);
  REQUIRE(run.exit_code == 0);
  CHECK(run.out.find(R"("skipped": [
    {
      "file": "offres/lot/classement.csv",
      "why": "aser's own report (CSV), not a bid"
    },
    {
      "file": "offres/lot/formulaire.yaml",
      "why": "aser's bid form, not filled in: not a bid"
    },
    {
      "file": "offres/lot/rapport.json",
      "why": "aser's own report (JSON), not a bid"
    }
  ])") != std::string::npos);
  // A form filled in is a bid: `supplier: Echo`, `price: 150`, `quality: 0`.
  std::string form = read_file(dir + "/offres/lot/formulaire.yaml");
  form.replace(form.find("supplier:"), 9, "supplier: Echo");
  form.replace(form.find("\nprice:"), 7, "\nprice: 150");
  form.replace(form.find("\nquality:"), 9, "\nquality: 0");
  write_file(dir + "/offres/lot/formulaire.yaml", form);
  auto filled = run_aser("validate", "", env);
  CHECK(filled.out == "ok: grid 'Found grid' (criteria.yaml), 3 bids valid\n");
}

// Own outputs are told apart when read (read_bids): a folder that holds
// nothing else still has no bid, as when it is empty.
TEST_CASE("a folder holding only aser's own outputs has no bid files") {
  const std::string dir = tender();
  const std::string env = in(dir);
  std::filesystem::create_directories(dir + "/rapports");
  REQUIRE(run_aser("rank offres/lot -f json -o rapports/rapport.json", "", env).exit_code == 0);
  REQUIRE(run_aser("form -o rapports/formulaire.yaml", "", env).exit_code == 0);
  auto run = run_aser("rank rapports", "", env);
  CHECK(run.exit_code == 1);
  CHECK(run.out.empty());
  CHECK(run.err.find("rapports: error: no bid files found in 'rapports'\n") != std::string::npos);
}

TEST_CASE("rank -f csv > classement.csv inside the bid folder works") {
  const std::string dir = tender();
  // The shell makes the (empty) file before aser runs: it is aser's own stdout.
  const std::string command = "cd '" + dir +
                              "' && NO_COLOR=1 '" ASER_BINARY
                              "' rank -f csv > offres/lot/classement.csv 2>'" +
                              dir + "/../err'";
  const int status = std::system(command.c_str());
  CHECK(WEXITSTATUS(status) == 0);
  CHECK(read_file(dir + "/../err") ==
        "aser: 2 bids ranked, 0 excluded, 0 invalid; 1 file skipped, not a bid "
        "(offres/lot/classement.csv)\n");
  CHECK(read_file(dir + "/offres/lot/classement.csv").rfind("lot,rank,id,supplier,", 0) == 0);
}

// Case 6: tests/fixtures/lots weighs price 50, quality 50. Lot 1: a (100, quality
// 5), b (200, quality 9). `price=80%` gives price 80 % and quality 20 %:
//   a: 80 × 100/100 + 20 × 0.5 = 90;  b: 80 × 100/200 + 20 × 0.9 = 58.
// `price=80` stays a relative weight: 80/130 = 61.5 %, quality 50/130 = 38.5 %:
//   a: 61.538 + 0.5 × 38.462 = 80.769;  b: 30.769 + 0.9 × 38.462 = 65.385.
TEST_CASE("a weight given as ID=P% sets an effective share; ID=W stays a relative weight") {
  auto share = run_aser("rank tests/fixtures/lots --lot 1 -f csv --weight price=80%");
  REQUIRE(share.exit_code == 0);
  CHECK(share.out.find("\r\n1,1,a,Alpha,ranked,100.00,100.00,90,") != std::string::npos);
  CHECK(share.out.find("\r\n1,2,b,Bravo,ranked,200.00,200.00,58,") != std::string::npos);
  // The what-if line says what the weights became, in every report.
  CHECK(share.out.find(
            ",\"--weight price=80% (effective weights: price 80%, quality 20%) | --lot 1\",") !=
        std::string::npos);
  auto relative = run_aser("rank tests/fixtures/lots --lot 1 --weight price=80");
  CHECK(relative.out.find("   1  a    Alpha     €100.00        61.54          19.23  80.77") !=
        std::string::npos);
  CHECK(relative.out.find("Options: --weight price=80 (effective weights: price 61.5%, quality "
                          "38.5%) --lot 1\n") != std::string::npos);
}

TEST_CASE("a weight given as ID=P% is refused for a nested node and out of range") {
  auto nested = run_aser("rank examples/services-generaux --weight insertion=10%");
  CHECK(nested.exit_code == 2);
  CHECK(nested.out.empty());
  CHECK(nested.err ==
        "aser: error: --weight insertion=P% sets a share of the whole for a "
        "top-level group or criterion; 'insertion' is inside a group: give its "
        "relative weight (ID=W)\n");
  auto whole = run_aser("rank examples/services-generaux --weight price=100%");
  CHECK(whole.exit_code == 2);
  CHECK(whole.err ==
        "aser: error: --weight price=P% expects a share above 0 and below 100, got 100%\n");
}
