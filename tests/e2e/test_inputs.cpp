// End-to-end: how inputs are found and what happens with bad ones.
#include <sys/wait.h>

#include <catch2/catch.hpp>
#include <cstdlib>
#include <filesystem>
#include <nlohmann/json.hpp>

#include "e2e/run.hpp"

using aser::test::run_aser;
using nlohmann::json;

// keep_going: price 50 (lowest_ratio), quality 50 (linear 0..10).
// good1: 100 → 50 + 50 = 100; good2: 100/200 × 50 = 25, + 5/10 × 50 = 25 → 50.
TEST_CASE("an unreadable bid fails the run unless --keep-going lists it as invalid") {
  auto strict = run_aser("rank tests/fixtures/keep_going -f json");
  CHECK(strict.exit_code == 1);
  CHECK(strict.out.empty());
  CHECK(strict.err.find("tests/fixtures/keep_going/broken.yaml:2:8: error: a '[' is not closed") !=
        std::string::npos);
  CHECK(strict.err.find("--keep-going") != std::string::npos);

  auto going = run_aser("rank tests/fixtures/keep_going -f json --keep-going");
  INFO(going.err);
  REQUIRE(going.exit_code == 0);
  json report = json::parse(going.out);
  const json& bids = report.at("lots")[0].at("bids");
  REQUIRE(bids.size() == 3);  // the broken bid is listed, not dropped
  CHECK(bids[0].at("id") == "good1");
  CHECK(bids[0].at("total").get<double>() == Approx(100));
  CHECK(bids[1].at("total").get<double>() == Approx(50));
  CHECK(bids[2].at("id") == "broken");
  CHECK(bids[2].at("status") == "invalid");
  CHECK(bids[2].at("rank").is_null());
  CHECK(bids[2].at("reasons")[0].get<std::string>().find("not closed") != std::string::npos);
}

// warnings: bid a carries 'qualty', a near miss of the path 'quality' the grid reads.
TEST_CASE("a warning is reported, and fails the run only with --strict") {
  auto run = run_aser("rank tests/fixtures/warnings -f json");
  REQUIRE(run.exit_code == 0);
  CHECK(run.err.find("tests/fixtures/warnings/a.yaml:4:") != std::string::npos);
  CHECK(run.err.find("did you mean 'quality'?") != std::string::npos);
  json report = json::parse(run.out);
  REQUIRE(report.at("warnings").size() == 1);
  CHECK(report.at("warnings")[0].get<std::string>().find("'qualty'") != std::string::npos);

  CHECK(run_aser("rank tests/fixtures/warnings --strict").exit_code == 1);
  CHECK(run_aser("validate tests/fixtures/warnings").exit_code == 0);
  CHECK(run_aser("validate tests/fixtures/warnings --strict").exit_code == 1);
}

// default_grid/solo.yaml answers every criterion of aser-default at its best:
// price is the lowest (ratio 1), insertion 10/10, training 20/20, 90 % permanent
// (step 1), 0 kg CO2e, 100 % waste recovered, 60 % recycled (curve 1) → 100 points.
// Issue 9, case 3: the built-in default grid is used only when named; with no
// -c, the search climbs from the PATH to the current folder (the repository root).
TEST_CASE("without -c and without criteria.yaml up to the current folder, no grid is an error") {
  auto none = run_aser("rank tests/fixtures/default_grid -f json");
  CHECK(none.exit_code == 1);
  CHECK(none.out.empty());
  CHECK(none.err ==
        "criteria.yaml: error: no grid given with -c, and no criteria.yaml in "
        "'tests/fixtures/default_grid', 'tests/fixtures', 'tests' and '.'\n"
        "hint: give a grid file (-c path/to/criteria.yaml) or a built-in grid by name (-c "
        "aser-default, cleaning-services, collective-catering, it-equipment, vehicles-lcc, "
        "works-insertion)\n"
        "aser: error: 1 problem in the grid or the bids, nothing ranked\n");

  auto run = run_aser("rank tests/fixtures/default_grid -c aser-default -f json");
  INFO(run.err);
  REQUIRE(run.exit_code == 0);
  json report = json::parse(run.out);
  CHECK(report.at("grid").at("file") == "built-in:aser-default");
  CHECK(report.at("lots")[0].at("bids")[0].at("total").get<double>() == Approx(100));
}

TEST_CASE("option -c takes a built-in grid's name") {
  auto run = run_aser("rank tests/fixtures/default_grid/solo.yaml -c aser-default -f json");
  REQUIRE(run.exit_code == 0);
  auto typo = run_aser("rank tests/fixtures/default_grid -c aser-defaul");
  CHECK(typo.exit_code == 1);
  CHECK(typo.err.find("did you mean 'aser-default'?") != std::string::npos);
}

TEST_CASE("colour only when asked or on a terminal, never with NO_COLOR") {
  auto plain = run_aser("rank examples/nettoyage");
  CHECK(plain.out.find('\x1b') == std::string::npos);
  auto always = run_aser("rank examples/nettoyage --color always");
  REQUIRE(always.exit_code == 0);
  CHECK(always.out.find("\x1b[") != std::string::npos);
  // Not a terminal (stdout is a file here) and NO_COLOR unset: still no colour.
  auto automatic = run_aser("rank examples/nettoyage", "", "-u NO_COLOR");
  REQUIRE(automatic.exit_code == 0);
  CHECK(automatic.out.find('\x1b') == std::string::npos);
}

TEST_CASE("a failed run never replaces an existing report") {
  std::string path = aser::test::temp_dir() + "/report.json";
  aser::test::write_file(path, "previous report\n");
  auto run = run_aser("rank tests/fixtures/keep_going -f json -o " + path);
  CHECK(run.exit_code == 1);
  CHECK(aser::test::read_file(path) == "previous report\n");
}

// Five bids with the same mistake: three are shown in full, the other two counted.
TEST_CASE("the same problem in many files is shown three times, then counted") {
  std::string dir = aser::test::temp_dir();
  for (int i = 1; i <= 5; ++i)
    aser::test::write_file(dir + "/b" + std::to_string(i) + ".yaml", "price: 100\nquality: high\n");
  auto run = run_aser("validate " + dir + " -c tests/fixtures/lots/criteria.yaml");
  CHECK(run.exit_code == 1);
  std::size_t full = 0;
  for (std::size_t at = run.err.find("error: 'quality' expects a number"); at != std::string::npos;
       at = run.err.find("error: 'quality' expects a number", at + 1))
    ++full;
  CHECK(full == 3);
  CHECK(run.err.find("aser: note: the same error in 2 more files (" + dir +
                     "/b4.yaml, …): 'quality' expects a number") != std::string::npos);
}

// Five rows of one CSV table with the same mistake: the two not shown are
// counted as times in one file, not as files.
TEST_CASE("the same problem in many rows of one table is counted as times in one file") {
  std::string dir = aser::test::temp_dir();
  std::string table = "id,price,quality\n";
  for (int i = 1; i <= 5; ++i) table += "b" + std::to_string(i) + ",100,high\n";
  aser::test::write_file(dir + "/bids.csv", table);
  auto run = run_aser("validate " + dir + " -c tests/fixtures/lots/criteria.yaml");
  CHECK(run.exit_code == 1);
  CHECK(run.err.find("aser: note: the same error 2 more times, in 1 file (" + dir +
                     "/bids.csv): 'quality' expects a number") != std::string::npos);
  CHECK(run.err.find("more files") == std::string::npos);
}

// On a terminal (a pseudo-terminal made by util-linux's `script`), colour is on
// by default, and NO_COLOR turns it off.
TEST_CASE("on a terminal the table is coloured but not with NO_COLOR") {
  if (std::system("script -qec true /dev/null >/dev/null 2>&1") != 0) {
    WARN("no pseudo-terminal here (util-linux 'script' failed): the terminal test is skipped");
    return;
  }
  std::string dir = aser::test::temp_dir();
  std::string base = "cd '" ASER_SOURCE_DIR "' && script -qec \"";
  std::string rank = "'" ASER_BINARY "' rank examples/nettoyage";
  REQUIRE(std::system(
              (base + "env -u NO_COLOR TERM=xterm " + rank + "\" /dev/null > " + dir + "/tty.txt")
                  .c_str()) == 0);
  REQUIRE(std::system((base + "env NO_COLOR=1 TERM=xterm " + rank + "\" /dev/null > " + dir +
                       "/nocolor.txt")
                          .c_str()) == 0);
  std::string coloured = aser::test::read_file(dir + "/tty.txt");
  std::string plain = aser::test::read_file(dir + "/nocolor.txt");
  CHECK(coloured.find("ÉcoBrillance SCOP") != std::string::npos);
  CHECK(coloured.find("\x1b[") != std::string::npos);
  CHECK(plain.find("ÉcoBrillance SCOP") != std::string::npos);
  CHECK(plain.find("\x1b[") == std::string::npos);
}

// The same files written to disk in the opposite order give the same bytes.
TEST_CASE("the report does not depend on the order files were written in") {
  std::string dir = aser::test::temp_dir();
  std::vector<std::string> names{"a.yaml", "b.yaml", "c.yaml", "sub/d.yaml"};
  std::vector<std::string> bodies{"price: 100\nquality: 5\n", "price: 120\nquality: 9\n",
                                  "price: 90\nquality: 2\n", "price: 150\nquality: 10\n"};
  auto write_all = [&](bool reverse) {
    std::filesystem::remove_all(dir + "/bids");
    for (std::size_t k = 0; k < names.size(); ++k) {
      std::size_t i = reverse ? names.size() - 1 - k : k;
      aser::test::write_file(dir + "/bids/" + names[i], bodies[i]);
    }
  };
  write_all(false);
  auto first = run_aser("rank " + dir + "/bids -c tests/fixtures/lots/criteria.yaml -f json");
  write_all(true);
  auto second = run_aser("rank " + dir + "/bids -c tests/fixtures/lots/criteria.yaml -f json -j 1");
  REQUIRE(first.exit_code == 0);
  CHECK(first.out == second.out);
}

TEST_CASE("with no PATH, the current folder and its criteria.yaml are used") {
  std::string out = aser::test::temp_dir() + "/out.txt";
  int status =
      std::system(("cd '" ASER_SOURCE_DIR "/examples/nettoyage' && '" ASER_BINARY "' validate > '" +
                   out + "' 2>&1")
                      .c_str());
  CHECK(status == 0);
  CHECK(aser::test::read_file(out) ==
        "ok: grid 'Nettoyage des locaux — grille ASER' (criteria.yaml), 7 bids valid\n");
}

TEST_CASE("usage errors name the problem: an unknown command, a bad --top") {
  auto typo = run_aser("rnak examples/nettoyage");
  CHECK(typo.exit_code == 2);
  CHECK(typo.err == "aser: error: unknown command 'rnak'\ndid you mean 'rank'?\n");
  auto top = run_aser("rank examples/nettoyage --top 0");
  CHECK(top.exit_code == 2);
  CHECK(top.err.find("--top: expects a whole number of at least 1, got '0'") != std::string::npos);
}

// An endless stream on stdin is refused at the size limit, not read for ever.
TEST_CASE("an endless stdin is refused at 16 MiB") {
  std::string dir = aser::test::temp_dir();
  int status = std::system(("cd '" ASER_SOURCE_DIR "' && yes 'a: 1' | timeout 60 '" ASER_BINARY
                            "' rank - -c tests/fixtures/lots/criteria.yaml > '" +
                            dir + "/out' 2> '" + dir + "/err'")
                               .c_str());
  CHECK(WEXITSTATUS(status) == 1);
  CHECK(aser::test::read_file(dir + "/err")
            .find("<stdin>: error: standard input holds more than the limit of 16 MiB; reading "
                  "stopped there") != std::string::npos);
}
