// End-to-end: `aser lint` — the output in GNU form, the exit codes, finding
// the grid, and every built-in grid linted.
#include <catch2/catch.hpp>
#include <filesystem>
#include <sstream>

#include "e2e/run.hpp"

using aser::test::run_aser;
using aser::test::temp_dir;
using aser::test::write_file;

namespace {

// Runs aser from `dir` (GNU env's -C), so that ./criteria.yaml is looked for there.
aser::test::Run run_in(const std::string& dir, const std::string& args) {
  return run_aser(args, "", "-C '" + dir + "' NO_COLOR=1");
}

// A private grid (no legal check applies) whose scale scores two labels the same.
const char* const kEqualScores = R"(format: 1
name: Lint test
context: private
criteria:
  - id: quality
    weight: 1
    answer: quality.level
    rule: { scale: { good: 1, fair: 0.5, average: 0.5, poor: 0 } }
)";

}  // namespace

TEST_CASE("aser lint prints each warning in GNU form with its reason, then a summary") {
  const std::string dir = temp_dir();
  write_file(dir + "/grid.yaml", kEqualScores);
  auto run = run_in(dir, "lint -c grid.yaml");
  CHECK(run.exit_code == 0);
  CHECK(run.err.empty());
  CHECK(run.out ==
        "grid.yaml:5:5: warning: the scale of criterion 'quality' gives the same score (0.5) to "
        "'fair' and 'average' [equal-scale-scores]\n"
        "    - id: quality\n"
        "      ^\n"
        "reason: labels that score the same cannot be told apart by the grid: bidders read a "
        "distinction that does not count\n"
        "hint: merge them into one label, or give each its own score\n"
        "\n"
        "grid.yaml: 1 warning (equal-scale-scores: 1)\n");
}

TEST_CASE("aser lint --strict exits 1 on a warning, 0 on a clean grid") {
  const std::string dir = temp_dir();
  write_file(dir + "/grid.yaml", kEqualScores);
  CHECK(run_in(dir, "lint -c grid.yaml --strict").exit_code == 1);

  std::string clean = kEqualScores;
  clean.replace(clean.find("average: 0.5"), 12, "average: 0.4");
  write_file(dir + "/clean.yaml", clean);
  auto run = run_in(dir, "lint -c clean.yaml --strict");
  CHECK(run.exit_code == 0);
  CHECK(run.out == "clean.yaml: no warnings (7 checks)\n");
}

TEST_CASE("aser lint: a grid-wide warning has no line, and names its source") {
  // Public by default, and nothing with theme environment.
  const std::string dir = temp_dir();
  write_file(dir + "/criteria.yaml", R"(format: 1
criteria:
  - id: quality
    answer: quality.mark
    rule: { linear: { worst: 0, best: 20 } }
)");
  auto run = run_in(dir, "lint");  // no -c: ./criteria.yaml
  CHECK(run.exit_code == 0);
  std::istringstream lines(run.out);
  std::string first, reason, source;
  std::getline(lines, first);
  std::getline(lines, reason);
  std::getline(lines, source);
  CHECK(first ==
        "criteria.yaml: warning: a public grid with no environmental criterion (no group or "
        "criterion has theme: environment) [no-environment-criterion]");
  CHECK(reason.rfind("reason: from 22 August 2026", 0) == 0);
  CHECK(source ==
        "source: loi n° 2021-1104 du 22 août 2021 (Climat et résilience), art. 35; code de la "
        "commande publique, art. L2152-7");
  CHECK(run.out.find("\ncriteria.yaml: 1 warning (no-environment-criterion: 1)\n") !=
        std::string::npos);
}

TEST_CASE("aser lint with no -c and no criteria.yaml says which grid to give") {
  auto run = run_in(temp_dir(), "lint");
  CHECK(run.exit_code == 1);
  CHECK(run.out.empty());
  CHECK(run.err ==
        "criteria.yaml: error: no grid given with -c, and no criteria.yaml in '.'\n"
        "hint: give a grid file (-c path/to/criteria.yaml) or a built-in grid by name (-c "
        "aser-default, cleaning-services, collective-catering, it-equipment, vehicles-lcc, "
        "works-insertion)\n");
}

TEST_CASE("aser lint on a grid that does not load prints its errors and exits 1") {
  const std::string dir = temp_dir();
  write_file(dir + "/bad.yaml",
             "format: 1\ncriteria:\n  - id: x\n    answer: a\n    rule: liner\n");
  auto run = run_in(dir, "lint -c bad.yaml");
  CHECK(run.exit_code == 1);
  CHECK(run.out.empty());
  CHECK(run.err ==
        "bad.yaml:5:11: error: unknown rule 'liner'\n"
        "      rule: liner\n"
        "            ^\n"
        "did you mean 'linear'?\n"
        "aser: error: the grid 'bad.yaml' does not load: fix its errors, then lint it\n");
}

TEST_CASE("aser lint -c with an unknown built-in name suggests one") {
  auto run = run_aser("lint -c aser-defualt");
  CHECK(run.exit_code == 1);
  CHECK(run.err ==
        "aser-defualt: error: no such grid file, and no built-in grid of that name\n"
        "did you mean 'aser-default'?\n");
}

// Issue 4, item 4: the built-in grids lint clean, except the relative price
// rule, which each explains in a comment. Every grid of criteria/ is linted,
// whatever their number.
TEST_CASE("every built-in grid lints clean but for relative rules") {
  namespace fs = std::filesystem;
  int grids = 0;
  for (const fs::directory_entry& entry : fs::directory_iterator(ASER_SOURCE_DIR "/criteria")) {
    if (entry.path().extension() != ".yaml") continue;
    const std::string name = entry.path().stem().string();
    ++grids;
    auto run = run_aser("lint --lang en -c " + name);
    INFO(name << "\n" << run.out << run.err);
    CHECK(run.exit_code == 0);
    CHECK(run.out.find("built-in:" + name + ": ") != std::string::npos);  // the summary
    std::istringstream lines(run.out);
    for (std::string line; std::getline(lines, line);) {
      if (line.find(": warning: ") == std::string::npos) continue;
      CHECK(line.size() > 15);
      CHECK(line.substr(line.size() - 15) == "[relative-rule]");
    }
  }
  CHECK(grids >= 1);
}
