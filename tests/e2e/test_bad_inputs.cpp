// Every case of tests/bad_inputs/cases.tsv: the binary exits with the expected
// code, names the file and line in its message, and does not crash.
#include <catch2/catch.hpp>
#include <sstream>

#include "e2e/run.hpp"

using aser::test::run_aser;

TEST_CASE("bad inputs: a clear message, the expected exit code, no crash") {
  std::istringstream cases(aser::test::read_file(ASER_SOURCE_DIR "/tests/bad_inputs/cases.tsv"));
  std::string line;
  int count = 0;
  while (std::getline(cases, line)) {
    if (line.empty() || line[0] == '#') continue;
    std::istringstream fields(line);
    std::string args, code, expected;
    std::getline(fields, args, '\t');
    std::getline(fields, code, '\t');
    std::getline(fields, expected);
    ++count;
    auto run = run_aser(args);
    INFO("aser " << args << "\nstderr:\n" << run.err);
    CHECK(run.exit_code == std::stoi(code));
    CHECK(run.err.find(expected) != std::string::npos);
    CHECK(run.err.find("internal error") == std::string::npos);
  }
  CHECK(count >= 25);
}
