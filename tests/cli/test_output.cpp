// cli/output: atomic writes and the colour decision.
#include <catch2/catch.hpp>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "cli/output.hpp"

namespace fs = std::filesystem;

namespace {

std::string slurp(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream buffer;
  buffer << in.rdbuf();
  return buffer.str();
}

fs::path fresh_dir(const std::string& name) {
  fs::path dir = fs::temp_directory_path() / ("aser-cli-test-" + name);
  fs::remove_all(dir);
  fs::create_directories(dir);
  return dir;
}

}  // namespace

TEST_CASE("an atomic write replaces the file and leaves no temporary file") {
  fs::path dir = fresh_dir("atomic");
  fs::path target = dir / "report.json";
  REQUIRE(aser::write_file_atomically(target.string(), "old\n").empty());
  REQUIRE(aser::write_file_atomically(target.string(), "new\n").empty());
  CHECK(slurp(target) == "new\n");
  int files = 0;
  for ([[maybe_unused]] const auto& entry : fs::directory_iterator(dir)) ++files;
  CHECK(files == 1);
  fs::remove_all(dir);
}

TEST_CASE("a write into a missing folder fails with a message and writes nothing") {
  fs::path dir = fresh_dir("missing");
  std::string error = aser::write_file_atomically((dir / "no" / "such" / "r.json").string(), "x");
  CHECK(error.find("cannot write in") != std::string::npos);
  CHECK_FALSE(fs::exists(dir / "no"));
  fs::remove_all(dir);
}

TEST_CASE("colour: always and never are obeyed; auto is off when NO_COLOR is set") {
  CHECK(aser::use_color(aser::ColorMode::always));
  CHECK_FALSE(aser::use_color(aser::ColorMode::never));
  setenv("NO_COLOR", "1", 1);
  CHECK_FALSE(aser::use_color(aser::ColorMode::automatic));
  unsetenv("NO_COLOR");
}
