// cli/output: atomic writes and the colour decision.
#include <sys/stat.h>

#include <catch2/catch.hpp>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <thread>
#include <vector>

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

// The first write links the unnamed file into place; the second renames over
// the first. Neither leaves a ".report.json.tmp.*" file behind.
TEST_CASE(
    "an atomic write to a new name and over an old one leaves one file, mode 0666 less umask") {
  fs::path dir = fresh_dir("fresh");
  fs::path target = dir / "report.json";
  const mode_t mask = ::umask(022);
  REQUIRE(aser::write_file_atomically(target.string(), "first\n").empty());
  REQUIRE(aser::write_file_atomically(target.string(), "second\n").empty());
  ::umask(mask);
  CHECK(slurp(target) == "second\n");
  std::vector<std::string> names;
  for (const auto& entry : fs::directory_iterator(dir)) names.push_back(entry.path().filename());
  CHECK(names == std::vector<std::string>{"report.json"});
  struct stat info;
  REQUIRE(::stat(target.c_str(), &info) == 0);
  CHECK((info.st_mode & 0777) == 0644);  // 0666 & ~022
  fs::remove_all(dir);
}

// A fifo (or /dev/stdout) is written to, never replaced by a regular file.
TEST_CASE("an atomic write to a fifo writes into it") {
  fs::path dir = fresh_dir("fifo");
  fs::path fifo = dir / "pipe";
  REQUIRE(::mkfifo(fifo.c_str(), 0600) == 0);
  std::string read_back;
  std::thread reader([&] { read_back = slurp(fifo); });
  CHECK(aser::write_file_atomically(fifo.string(), "through\n").empty());
  reader.join();
  CHECK(read_back == "through\n");
  struct stat info;
  REQUIRE(::stat(fifo.c_str(), &info) == 0);
  CHECK(S_ISFIFO(info.st_mode));
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
