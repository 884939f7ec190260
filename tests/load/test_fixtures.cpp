// Every bad-input fixture fails in the loader with a located error, and the
// good ones load cleanly (the end-to-end runner checks the exact messages).
#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "load/bid_loader.hpp"
#include "load/grid_loader.hpp"

using namespace aser;
namespace fs = std::filesystem;

namespace {

const fs::path kRoot = fs::path(ASER_SOURCE_DIR) / "tests" / "bad_inputs";

std::string read_file(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream out;
  out << in.rdbuf();
  return out.str();
}

Grid good_grid() {
  GridLoad load = load_grid(read_file(kRoot / "grid.yaml"), "grid.yaml");
  REQUIRE(load.diagnostics.empty());
  return *load.grid;
}

}  // namespace

TEST_CASE("the good grid and bids of the fixtures load cleanly") {
  Grid grid = good_grid();
  Diagnostics diagnostics;
  BidSet set = read_bids(discover_bids({(kRoot / "good").string()}, diagnostics));
  check_answers(grid, set);
  CHECK(diagnostics.empty());
  CHECK(set.diagnostics.empty());
  CHECK(set.bids.size() == 2);  // README.txt is skipped
}

TEST_CASE("every bad grid fixture is refused with a located error") {
  int count = 0;
  for (const fs::directory_entry& entry : fs::directory_iterator(kRoot / "grids")) {
    if (entry.path().filename() == "typo_path.yaml") continue;  // bad only with typo/ bids
    INFO(entry.path().string());
    GridLoad load = load_grid(read_file(entry.path()), entry.path().filename().string());
    CHECK_FALSE(load.grid);
    REQUIRE(has_errors(load.diagnostics));
    CHECK(load.diagnostics[0].pos.known());
    ++count;
  }
  CHECK(count >= 18);
}

TEST_CASE("every bad bid fixture is invalid, with a located error") {
  Grid grid = good_grid();
  int count = 0;
  for (const fs::directory_entry& entry : fs::directory_iterator(kRoot / "bids")) {
    INFO(entry.path().string());
    BidSet set = read_bids({{entry.path().string(), entry.path().filename().string(), {}}}, 1);
    check_answers(grid, set);
    CHECK(set.bids.empty());
    REQUIRE(set.invalid.size() == 1);
    REQUIRE_FALSE(set.invalid[0].problems.empty());
    CHECK(set.invalid[0].problems[0].pos.known());
    ++count;
  }
  CHECK(count >= 20);
}
