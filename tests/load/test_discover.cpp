// discover_bids and read_bids on a real folder: order, hidden entries,
// criteria.yaml, extensions in any case, duplicates, unreadable files, threads.
#include <sys/stat.h>
#include <unistd.h>

#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>
#include <string>

#include "load/bid_loader.hpp"
#include "load/grid_loader.hpp"
#include "load/read_file.hpp"

using namespace aser;
namespace fs = std::filesystem;

namespace {

struct TempDir {
  fs::path root;
  TempDir() {
    root = fs::temp_directory_path() /
           ("aser_load_" + std::to_string(::getpid()) + "_" + std::to_string(counter++));
    fs::remove_all(root);
    fs::create_directories(root);
  }
  ~TempDir() { fs::remove_all(root); }
  void write(const std::string& rel, const std::string& text) const {
    fs::create_directories((root / rel).parent_path());
    std::ofstream(root / rel, std::ios::binary) << text;
  }
  std::string path() const { return root.string(); }
  static inline int counter = 0;
};

std::vector<std::string> names(const std::vector<BidSource>& sources, const std::string& root) {
  std::vector<std::string> out;
  for (const BidSource& s : sources) out.push_back(s.display_name.substr(root.size() + 1));
  return out;
}

}  // namespace

TEST_CASE("discovery: recursive, sorted, extensions in any case, hidden and grid skipped") {
  TempDir dir;
  dir.write("b.yaml", "price: 2\n");
  dir.write("a.JSON", "{\"price\": 1}");
  dir.write("sub/c.yml", "price: 3\n");
  dir.write("notes.txt", "not a bid");
  dir.write("criteria.yaml", "format: 1\n");
  dir.write(".hidden.yaml", "price: 9\n");
  dir.write(".git/x.yaml", "price: 9\n");
  Diagnostics diagnostics;
  std::vector<BidSource> sources = discover_bids({dir.path()}, diagnostics);
  CHECK(diagnostics.empty());
  CHECK(names(sources, dir.path()) == std::vector<std::string>{"a.JSON", "b.yaml", "sub/c.yml"});
}

TEST_CASE("discovery: missing paths and empty folders are errors") {
  TempDir dir;
  dir.write(".gitkeep", "");
  Diagnostics diagnostics;
  CHECK(discover_bids({dir.path()}, diagnostics).empty());
  REQUIRE(diagnostics.size() == 1);
  CHECK(format_diagnostic(diagnostics[0]) ==
        dir.path() + ": error: no bid files found in '" + dir.path() +
            "'\n"
            "hint: bid files end in .yaml, .yml, .json or .csv; hidden files and criteria.yaml are "
            "skipped\n");
  diagnostics.clear();
  discover_bids({dir.path() + "/nope"}, diagnostics);
  REQUIRE(diagnostics.size() == 1);
  CHECK(format_diagnostic(diagnostics[0]) == dir.path() + "/nope: error: no such file or folder\n");
}

TEST_CASE("discovery: stdin and explicit files") {
  TempDir dir;
  dir.write("x.yaml", "price: 1\n");
  Diagnostics diagnostics;
  std::vector<BidSource> sources = discover_bids({"-", dir.path() + "/x.yaml"}, diagnostics);
  CHECK(diagnostics.empty());
  REQUIRE(sources.size() == 2);
  // Sorted by display name: '/' (0x2F) comes before '<' (0x3C).
  CHECK(sources[0].display_name == dir.path() + "/x.yaml");
  CHECK(sources[1].path == "-");
  CHECK(sources[1].display_name == "<stdin>");
}

TEST_CASE("discovery: '-' given twice is an error, and stdin is read once") {
  Diagnostics diagnostics;
  std::vector<BidSource> sources = discover_bids({"-", "-"}, diagnostics);
  REQUIRE(sources.size() == 1);
  REQUIRE(diagnostics.size() == 1);
  CHECK(format_diagnostic(diagnostics[0]) ==
        "<stdin>: error: '-' is given more than once\n"
        "hint: standard input holds one bid: name it once\n");
}

TEST_CASE("read_bids: duplicate ids name both files; the result ignores the thread count") {
  TempDir dir;
  dir.write("one.yaml", "id: X\nprice: 1\n");
  dir.write("two.yaml", "price: 2\nid: X\n");
  dir.write("three.yaml", "price: 3\n");
  dir.write("bad.yaml", "price: [\n");
  Diagnostics diagnostics;
  std::vector<BidSource> sources = discover_bids({dir.path()}, diagnostics);
  BidSet one = read_bids(sources, 1);
  BidSet two = read_bids(sources, 2);
  REQUIRE(one.bids.size() == 1);
  CHECK(one.bids[0].id == "three");
  REQUIRE(one.invalid.size() == 3);
  CHECK(one.invalid[0].id == "X");
  CHECK(one.invalid[1].id == "X");
  CHECK(one.invalid[2].id == "bad");
  const std::string d = dir.path() + "/";
  std::string text;
  for (const Diagnostic& diag : one.diagnostics) text += format_diagnostic(diag);
  CHECK(text ==
        d +
            "bad.yaml:1:8: error: a '[' is not closed\n"
            "  price: [\n"
            "         ^\n"
            "hint: add the missing ']'\n" +
            d + "one.yaml:1:5: error: duplicate bid id 'X' (also in '" + d + "two.yaml')\n" +
            "hint: ids must be unique across all lots; set 'id:' in one of the files\n" + d +
            "two.yaml:2:5: error: duplicate bid id 'X' (also in '" + d + "one.yaml')\n" +
            "hint: ids must be unique across all lots; set 'id:' in one of the files\n");
  std::string text_two;
  for (const Diagnostic& diag : two.diagnostics) text_two += format_diagnostic(diag);
  CHECK(text_two == text);
}

TEST_CASE("read_bids: an unreadable file is invalid and named") {
  TempDir dir;
  fs::create_directories(dir.root / "folder.yaml");  // a folder: opens but cannot be read
  BidSource source{(dir.root / "folder.yaml").string(), "bids/folder.yaml", {}};
  BidSet set = read_bids({source}, 1);
  CHECK(set.bids.empty());
  REQUIRE(set.invalid.size() == 1);
  CHECK(set.invalid[0].id == "folder");
  CHECK(set.invalid[0].sha256.empty());
  REQUIRE(set.diagnostics.size() == 1);
  CHECK(format_diagnostic(set.diagnostics[0]) ==
        "bids/folder.yaml: error: cannot read the file: it is a folder, not a regular file\n"
        "hint: give a bid file, or the folder without a bid extension\n");
  BidSet missing = read_bids({{"/nonexistent/x.yaml", "x.yaml", {}}}, 1);
  REQUIRE(missing.diagnostics.size() == 1);
  CHECK(format_diagnostic(missing.diagnostics[0]) ==
        "x.yaml: error: cannot read the file: no such file or directory\n");
}

TEST_CASE("read_bids: a file over 16 MiB is refused before it is read") {
  TempDir dir;
  dir.write("huge.yaml", "price: 1\n");
  fs::resize_file(dir.root / "huge.yaml", 17u * 1024 * 1024);  // 17,825,792 bytes, sparse
  BidSet set = read_bids({{(dir.root / "huge.yaml").string(), "huge.yaml", {}}}, 1);
  REQUIRE(set.invalid.size() == 1);
  CHECK(set.invalid[0].id == "huge");
  REQUIRE(set.diagnostics.size() == 1);
  CHECK(format_diagnostic(set.diagnostics[0]) ==
        "huge.yaml: error: the file is larger than the limit of 16 MiB (17825792 bytes)\n"
        "hint: aser refuses larger files before reading them; to read it, raise the limit: "
        "--max-file-size 17M\n");
}

TEST_CASE("read_bids: stdin's text") {
  BidSet set = read_bids({{"-", "<stdin>", "id: S\nprice: 4\n"}}, 0);
  REQUIRE(set.bids.size() == 1);
  CHECK(set.bids[0].id == "S");
  CHECK(set.bids[0].file == "<stdin>");
}

// A fifo named like a bid is a bid that cannot be read: invalid, never dropped,
// and never opened for reading (that would block until a writer comes).
TEST_CASE("discovery: a fifo named like a bid is invalid, not read; a link loop does not hang") {
  TempDir dir;
  dir.write("a.yaml", "price: 1\n");
  REQUIRE(::mkfifo((dir.root / "pipe.yaml").c_str(), 0600) == 0);
  REQUIRE(::mkfifo((dir.root / "pipe").c_str(), 0600) == 0);
  fs::create_directory_symlink(".", dir.root / "loop");  // followed, but a loop: skipped
  Diagnostics diagnostics;
  std::vector<SkippedFile> skipped;
  std::vector<BidSource> sources = discover_bids({dir.path()}, diagnostics, &skipped);
  CHECK(names(sources, dir.path()) == std::vector<std::string>{"a.yaml", "pipe.yaml"});
  REQUIRE(diagnostics.size() == 1);
  CHECK(diagnostics[0].severity == Severity::warning);
  const std::string real = fs::weakly_canonical(dir.root).generic_string();
  CHECK(format_diagnostic(diagnostics[0]) ==
        dir.path() + "/loop: warning: skipped: this folder link loops back to '" + real + "'\n");
  REQUIRE(skipped.size() == 2);
  CHECK(skipped[0].file == dir.path() + "/loop");
  CHECK(skipped[0].why == "this folder link loops back to '" + real + "'");
  CHECK(skipped[1].file == dir.path() + "/pipe");
  CHECK(skipped[1].why == "a fifo, not a bid file");
  BidSet set = read_bids(sources, 1);
  REQUIRE(set.invalid.size() == 1);
  CHECK(set.invalid[0].id == "pipe");
  REQUIRE(set.diagnostics.size() == 1);
  CHECK(format_diagnostic(set.diagnostics[0]) ==
        dir.path() +
            "/pipe.yaml: error: cannot read the file: it is a fifo (named pipe), not a regular "
            "file\n"
            "hint: aser reads regular files only (a fifo or a device could block or never end): "
            "save the bid to a file\n");
}

TEST_CASE("read_bids: an invalid bid shares an id with a valid one; other problems are kept") {
  TempDir dir;
  dir.write("a.yaml", "id: X\nprice: 1\n");
  dir.write("b.yaml", "id: X\nprice: .nan\n");  // invalid, but its id was read
  dir.write("x.yaml", "price: [\n");            // invalid; its id is its stem 'x', not 'X'
  dir.write("c.yaml", "id: C\nprice: 1\n");
  dir.write("d.yaml", "id: C\nprice: \"5\"\n");  // a duplicate with another problem
  Diagnostics diagnostics;
  BidSet set = read_bids(discover_bids({dir.path()}, diagnostics), 1);
  CHECK(set.bids.empty());  // a.yaml, c.yaml, d.yaml share ids; b.yaml and x.yaml are invalid
  CHECK(set.shared_ids.size() == 3);
  // Grid: 'price' read as a number; d.yaml's quoted "5" is an error of its own.
  GridLoad load =
      load_grid("format: 1\ncriteria:\n  - id: price\n    answer: price\n    rule: lowest_ratio\n",
                "grid.yaml");
  REQUIRE(load.grid);
  check_answers(*load.grid, set);
  const std::string d = dir.path() + "/";
  std::string text;
  for (const Diagnostic& diag : set.diagnostics) text += format_diagnostic(diag);
  CHECK(text == d +
                    "b.yaml:2:8: error: '.nan' is not a finite number\n"
                    "  price: .nan\n"
                    "         ^\n"
                    "hint: NaN and infinities are not allowed; write a finite number\n" +
                    d +
                    "x.yaml:1:8: error: a '[' is not closed\n"
                    "  price: [\n"
                    "         ^\n"
                    "hint: add the missing ']'\n" +
                    d + "c.yaml:1:5: error: duplicate bid id 'C' (also in '" + d + "d.yaml')\n" +
                    "hint: ids must be unique across all lots; set 'id:' in one of the files\n" +
                    d + "d.yaml:1:5: error: duplicate bid id 'C' (also in '" + d + "c.yaml')\n" +
                    "hint: ids must be unique across all lots; set 'id:' in one of the files\n" +
                    d + "a.yaml:1:5: error: duplicate bid id 'X' (also in '" + d + "b.yaml')\n" +
                    "hint: ids must be unique across all lots; set 'id:' in one of the files\n" +
                    d + "b.yaml: error: duplicate bid id 'X' (also in '" + d + "a.yaml')\n" +
                    "hint: ids must be unique across all lots; set 'id:' in one of the files\n" +
                    d +
                    "d.yaml:2:8: error: 'price' expects a number, got '5'\n"
                    "  price: \"5\"\n"
                    "         ^\n"
                    "hint: remove the quotes: a quoted number is text\n");
  CHECK(set.bids.empty());
  REQUIRE(set.invalid.size() == 5);  // sorted by id: C, C, X, X, x
  CHECK(set.invalid[0].id == "C");
  CHECK(set.invalid[1].file == d + "d.yaml");
  CHECK(set.invalid[1].problems.size() == 2);  // the duplicate and the quoted number
  CHECK(set.invalid[3].file == d + "b.yaml");
  CHECK(set.invalid[3].problems.size() == 2);  // NaN and the duplicate
}

TEST_CASE("discovery: the same file named twice is read once, under the first name") {
  TempDir dir;
  dir.write("b1/a.yaml", "price: 1\n");
  dir.write("b1/b.yaml", "price: 2\n");
  const std::string b1 = dir.path() + "/b1";
  Diagnostics diagnostics;
  // The folder first: its names win; then './a.yaml' spelled another way is a repeat.
  std::vector<BidSource> sources = discover_bids({b1, dir.path() + "/./b1/a.yaml"}, diagnostics);
  CHECK(diagnostics.empty());
  REQUIRE(sources.size() == 2);
  CHECK(sources[0].display_name == b1 + "/a.yaml");
  CHECK(sources[1].display_name == b1 + "/b.yaml");
  // The file first: its name as given is kept.
  sources = discover_bids({dir.path() + "/./b1/a.yaml", b1}, diagnostics);
  REQUIRE(sources.size() == 2);
  CHECK(sources[0].display_name == dir.path() + "/./b1/a.yaml");
  BidSet set = read_bids(sources, 1);
  CHECK(set.invalid.empty());  // no duplicate id 'a'
  CHECK(set.bids.size() == 2);
}

TEST_CASE("discovery: links to folders are followed, links to files keep their own name") {
  TempDir dir;
  dir.write("real/r.yaml", "price: 1\n");
  dir.write("b1/b.yaml", "price: 2\n");
  fs::create_directories(dir.root / "sl");
  fs::create_directory_symlink("../real", dir.root / "sl" / "linked");
  fs::create_symlink("../b1/b.yaml", dir.root / "sl" / "lb.yaml");
  Diagnostics diagnostics;
  std::vector<BidSource> sources = discover_bids({dir.path() + "/sl"}, diagnostics);
  CHECK(diagnostics.empty());
  CHECK(names(sources, dir.path()) == std::vector<std::string>{"sl/lb.yaml", "sl/linked/r.yaml"});
  // A link back up is a loop: skipped with a warning, the rest still found.
  fs::create_directory_symlink("..", dir.root / "sl" / "up");
  sources = discover_bids({dir.path() + "/sl"}, diagnostics);
  // sl/up/b1/b.yaml and sl/up/real/r.yaml are the same files as sl/lb.yaml and
  // sl/linked/r.yaml, which come first by name: read once.
  CHECK(names(sources, dir.path()) == std::vector<std::string>{"sl/lb.yaml", "sl/linked/r.yaml"});
  REQUIRE(diagnostics.size() == 1);
  CHECK(format_diagnostic(diagnostics[0]) ==
        dir.path() + "/sl/up/sl: warning: skipped: this folder link loops back to '" +
            fs::weakly_canonical(dir.root / "sl").generic_string() + "'\n");
}

// A file's display name is the folder as given made lexically normal, then
// its path below the folder, whatever way the folder is spelled (the names
// are built without lexically_normal per file).
TEST_CASE("discovery: display names of a folder spelled with a slash, '.' or '..'") {
  TempDir dir;
  dir.write("bids/sub/a.yaml", "price: 1\n");
  const std::string root = dir.path();
  const std::vector<std::pair<std::string, std::string>> spellings{
      {root + "/bids", root + "/bids/sub/a.yaml"},
      {root + "/bids/", root + "/bids/sub/a.yaml"},
      {root + "/bids//", root + "/bids/sub/a.yaml"},
      {root + "/./bids", root + "/bids/sub/a.yaml"},
      {root + "/bids/sub/..", root + "/bids/sub/a.yaml"},
      {root + "/bids/sub/../", root + "/bids/sub/a.yaml"},
  };
  for (const auto& [folder, expected] : spellings) {
    INFO(folder);
    Diagnostics diagnostics;
    std::vector<BidSource> sources = discover_bids({folder}, diagnostics);
    REQUIRE(sources.size() == 1);
    CHECK(sources[0].display_name == expected);
  }
  // The current folder: names start below it, with no "./".
  const fs::path before = fs::current_path();
  fs::current_path(root + "/bids");
  for (const std::string folder : {".", "./", "sub/.."}) {
    INFO(folder);
    Diagnostics diagnostics;
    std::vector<BidSource> sources = discover_bids({folder}, diagnostics);
    REQUIRE(sources.size() == 1);
    CHECK(sources[0].display_name == "sub/a.yaml");
  }
  fs::current_path(before);
}

TEST_CASE("discovery: folders given out of order come out sorted by name, repeats dropped") {
  TempDir dir;
  dir.write("z/b.yaml", "price: 1\n");
  dir.write("z/a.yaml", "price: 2\n");
  dir.write("m/c.yaml", "price: 3\n");
  dir.write("m/a.yaml", "price: 4\n");
  Diagnostics diagnostics;
  // z first, then m, then z again through a file of it: one sorted list, z/a once.
  std::vector<BidSource> sources =
      discover_bids({dir.path() + "/z", dir.path() + "/m", dir.path() + "/z/a.yaml"}, diagnostics);
  CHECK(diagnostics.empty());
  CHECK(names(sources, dir.path()) ==
        std::vector<std::string>{"m/a.yaml", "m/c.yaml", "z/a.yaml", "z/b.yaml"});
}

TEST_CASE("printable_path: printable names as they are, other bytes written \\xNN") {
  CHECK(printable_path("offres/lot-1/Éco Nettoyage.yaml") == "offres/lot-1/Éco Nettoyage.yaml");
  CHECK(printable_path("") == "");
  // A tab, DEL, an ESC and a byte that is not UTF-8 (0xE9 alone, Latin-1 'é').
  CHECK(printable_path("a\tb\x7f"
                       "c\x1b[0m.yaml") == "a\\x09b\\x7Fc\\x1B[0m.yaml");
  CHECK(printable_path("caf\xe9.yaml") == "caf\\xE9.yaml");
}
