// The hostile corpus (issue 5, item 3): inputs built at test time in a fresh
// folder (large, special or oddly named files are not committed), each with
// the exit code and the message it must give. Every run is under `timeout`:
// a hang fails as exit 124, a crash as 128 + the signal.
#include <sys/stat.h>
#include <unistd.h>

#include <catch2/catch.hpp>
#include <filesystem>
#include <functional>
#include <nlohmann/json.hpp>
#include <random>
#include <string>
#include <vector>

#include "e2e/run.hpp"
#include "support/utf8.hpp"

namespace fs = std::filesystem;
using aser::test::run_aser;
using aser::test::write_file;

namespace {

// Two criteria: price (lowest_ratio) and quality (linear 0..10).
const std::string grid = "tests/fixtures/lots/criteria.yaml";
const std::string good = "price: 100\nquality: 5\n";

struct Case {
  std::string name;
  std::function<void(const std::string& dir)> setup;  ///< writes the inputs into dir
  std::string args;                                   ///< "{d}" is the folder
  int exit_code;
  std::string message;  ///< a fragment of stderr ("" for none), "{d}" the folder
  std::string input = {};
};

std::string replace_dir(std::string text, const std::string& dir) {
  for (std::size_t at = text.find("{d}"); at != std::string::npos; at = text.find("{d}", at))
    text.replace(at, 3, dir);
  return text;
}

void file(const std::string& path, const std::string& text) {
  write_file(path, text);
}

std::string repeat(const std::string& text, std::size_t times) {
  std::string out;
  out.reserve(text.size() * times);
  for (std::size_t i = 0; i < times; ++i) out += text;
  return out;
}

// Billion laughs: each level holds ten aliases of the one before.
std::string alias_bomb() {
  std::string text =
      "price: 100\nquality: 5\nlol0: &l0 [lol, lol, lol, lol, lol, lol, lol, lol, "
      "lol, lol]\n";
  for (int level = 1; level <= 9; ++level) {
    const std::string prev = "*l" + std::to_string(level - 1);
    text += "lol" + std::to_string(level) + ": &l" + std::to_string(level) + " [";
    for (int i = 0; i < 10; ++i) text += (i ? ", " : "") + prev;
    text += "]\n";
  }
  return text;
}

bool running_as_root() {
  return ::geteuid() == 0;
}

std::vector<Case> cases() {
  const std::string g = " -c " + grid;
  std::vector<Case> list = {
      // --- Size: refused before a byte is read -----------------------------------
      {"a sparse 1 TiB file is refused at once (reading it would take hours)",
       [](const std::string& d) {
         file(d + "/huge.yaml", good);
         std::error_code ec;
         fs::resize_file(d + "/huge.yaml", std::uintmax_t{1} << 40, ec);
         if (ec) fs::resize_file(d + "/huge.yaml", std::uintmax_t{17} << 20);
       },
       "validate" + g + " {d}/huge.yaml", 1,
       "error: the file is larger than the limit of 16 MiB ("},
      {"a sparse 17 MiB file: the limit and how to raise it",
       [](const std::string& d) {
         file(d + "/big.yaml", good);
         fs::resize_file(d + "/big.yaml", std::uintmax_t{17} << 20);  // 17,825,792 bytes
       },
       "validate" + g + " {d}/big.yaml", 1,
       "{d}/big.yaml: error: the file is larger than the limit of 16 MiB (17825792 bytes)\n"
       "hint: aser refuses larger files before reading them; to read it, raise the limit: "
       "--max-file-size 17M"},
      {"a 50 MB single-line JSON is refused by the size limit",
       [](const std::string& d) {
         file(d + "/long.json", "{\"price\": 100, \"quality\": 5, \"notes\": \"" +
                                    std::string(50u << 20, 'x') + "\"}");
       },
       "validate" + g + " {d}/long.json", 1,
       "long.json: error: the file is larger than the limit of 16 MiB (52428841 bytes)"},
      {"--max-file-size 100: the grid itself is refused", [](const std::string&) {},
       "validate" + g + " --max-file-size 100 tests/fixtures/lots", 1,
       "criteria.yaml: error: the file is larger than the limit of 100 bytes"},
      {"--max-file-size 18M reads a 17 MiB bid (a long comment)",
       [](const std::string& d) {
         file(d + "/big.yaml", good + "# " + std::string(17u << 20, 'x') + "\n");
       },
       "validate" + g + " --max-file-size 18M {d}/big.yaml", 0, "1 bid valid"},
      {"--max-file-size takes a size with a unit only", [](const std::string&) {},
       "validate" + g + " --max-file-size 12Q tests/fixtures/lots", 2,
       "--max-file-size: q unit not recognized"},
      {"stdin over the limit: reading stops there", [](const std::string&) {},
       "validate" + g + " --max-file-size 1M -", 1,
       "<stdin>: error: standard input holds more than the limit of 1 MiB; reading stopped "
       "there",
       repeat("price: 100\n", 200000)},
      // --- Depth and aliases --------------------------------------------------
      {"100,000 nesting levels of '['",
       [](const std::string& d) { file(d + "/deep.yaml", std::string(100000, '[')); },
       "validate" + g + " {d}/deep.yaml", 1, "deep.yaml:1:65: error: nesting deeper than 64 levels"},
      {"100,000 nesting levels of '{'",
       [](const std::string& d) { file(d + "/deep.yaml", "a: " + std::string(100000, '{')); },
       "validate" + g + " {d}/deep.yaml", 1, "error: nesting deeper than 64 levels"},
      {"100,000 nesting levels of '- ' block lists",
       [](const std::string& d) { file(d + "/deep.yaml", repeat("- ", 100000) + "x\n"); },
       "validate" + g + " {d}/deep.yaml", 1, "error: nesting deeper than 64 levels"},
      {"100,000 nesting levels in JSON",
       [](const std::string& d) {
         file(d + "/deep.json", std::string(100000, '[') + std::string(100000, ']'));
       },
       "validate" + g + " {d}/deep.json", 1, "deep.json:1:65: error: nesting deeper than 64 levels"},
      {"--max-depth 5 refuses a bid six levels deep (the grid needs five)",
       [](const std::string& d) {
         file(d + "/a.yaml", good + "contact:\n  a:\n    b:\n      c:\n        d:\n          e: 1\n");
       },
       "validate" + g + " --max-depth 5 {d}/a.yaml", 1,
       "a.yaml:8:11: error: nesting deeper than 5 levels\n            e: 1\n            ^\nhint: aser reads at "
       "most 5 levels of lists and mappings; to read deeper, raise the limit: --max-depth 10 (at "
       "most 400)"},
      {"--max-depth above 400 is a usage error", [](const std::string&) {},
       "validate" + g + " --max-depth 1000 tests/fixtures/lots", 2,
       "--max-depth: Value 1000 not in range 1 to 400"},
      {"an alias bomb (10^10 nodes) stops at 100,000",
       [](const std::string& d) { file(d + "/bomb.yaml", alias_bomb()); },
       "validate" + g + " {d}/bomb.yaml", 1,
       "error: more than 100000 nodes after expanding aliases"},
      {"the alias bomb's hint says how to raise the limit",
       [](const std::string& d) { file(d + "/bomb.yaml", alias_bomb()); },
       "validate" + g + " --max-nodes 5000 {d}/bomb.yaml", 1,
       "hint: is this an alias bomb? aser refuses files that expand this much; to read it, raise "
       "the limit: --max-nodes 10000"},
      {"--max-nodes 3 refuses a bid of five nodes",
       [](const std::string& d) { file(d + "/a.yaml", good); },
       "validate" + g + " --max-nodes 3 {d}/a.yaml", 1, "error: more than 3 nodes"},
      {"an alias to itself", [](const std::string& d) { file(d + "/a.yaml", "a: &a [*a]\n"); },
       "validate" + g + " {d}/a.yaml", 1, "a.yaml:1:4: error: nesting deeper than 64 levels"},
      {"a 1 MiB line is read, and shown as a window around the error",
       [](const std::string& d) {
         file(d + "/long.yaml", "price: 100\nquality: [" + repeat("5, ", 350000) + "\n");
       },
       "validate" + g + " {d}/long.yaml", 1, "long.yaml:2:"},
      // --- Bytes that are not text ------------------------------------------------
      {"a NUL byte in a label",
       [](const std::string& d) {
         file(d + "/nul.yaml", std::string("supplier: \"Acme\0Corp\"\n", 22) + good);
       },
       "validate" + g + " {d}/nul.yaml", 1, "nul.yaml:1:16: error: a NUL byte (0x00) in the text"},
      {"a NUL byte in a key",
       [](const std::string& d) { file(d + "/nul.yaml", std::string("pri\0ce: 100\n", 12)); },
       "validate" + g + " {d}/nul.yaml", 1, "nul.yaml:1:4: error: a NUL byte (0x00) in the text"},
      {"an escape character (terminal control) in a label",
       [](const std::string& d) { file(d + "/esc.yaml", "supplier: \x1b[31mRed\n" + good); },
       "validate" + g + " {d}/esc.yaml", 1,
       "esc.yaml:1:11: error: a control character (byte 0x1B) in the text"},
      {"a UTF-16 file (with its byte order mark)",
       [](const std::string& d) {
         std::string utf16 = "\xFF\xFE";
         for (char c : good) utf16 += std::string{c, '\0'};
         file(d + "/u16.yaml", utf16);
       },
       "validate" + g + " {d}/u16.yaml", 1,
       "u16.yaml: error: the file is UTF-16 (it starts with a UTF-16 byte order mark), not "
       "UTF-8"},
      {"a UTF-16 file without a byte order mark",
       [](const std::string& d) {
         std::string utf16;
         for (char c : good) utf16 += std::string{c, '\0'};
         file(d + "/u16.yaml", utf16);
       },
       "validate" + g + " {d}/u16.yaml", 1,
       "hint: a text file has no NUL bytes: is it UTF-16 saved without a byte order mark"},
      {"a UTF-32 file",
       [](const std::string& d) { file(d + "/u32.json", std::string("\xFF\xFE\0\0{\0\0\0", 8)); },
       "validate" + g + " {d}/u32.json", 1, "error: the file is UTF-32"},
      {"Latin-1 text", [](const std::string& d) { file(d + "/l1.yaml", "supplier: Caf\xE9\n" + good); },
       "validate" + g + " {d}/l1.yaml", 1, "l1.yaml:1:14: error: invalid UTF-8 (byte 0xE9)"},
      {"binary garbage",
       [](const std::string& d) {
         std::mt19937 random(7);
         std::string bytes;
         for (int i = 0; i < 4096; ++i) bytes += static_cast<char>(random() & 0xFF);
         file(d + "/garbage.yaml", bytes);
       },
       "validate" + g + " {d}/garbage.yaml", 1, "garbage.yaml:1:"},
      {"a PNG named like a bid",
       [](const std::string& d) { file(d + "/logo.yaml", std::string("\x89PNG\r\n\x1a\n\0\0", 10)); },
       "validate" + g + " {d}/logo.yaml", 1, "logo.yaml:1:1: error: invalid UTF-8 (byte 0x89)"},
      {"old Mac line endings (a lone CR)",
       [](const std::string& d) { file(d + "/cr.yaml", "price: 100\rquality: 5\r"); },
       "validate" + g + " {d}/cr.yaml", 1,
       "cr.yaml:1:11: error: a carriage return that does not end a line"},
      {"CRLF line endings are read", [](const std::string& d) {
         file(d + "/crlf.yaml", "price: 100\r\nquality: 5\r\n");
       },
       "validate" + g + " {d}/crlf.yaml", 0, "1 bid valid"},
      {"a UTF-8 byte order mark is read",
       [](const std::string& d) { file(d + "/bom.yaml", "\xEF\xBB\xBF" + good); },
       "validate" + g + " {d}/bom.yaml", 0, "1 bid valid"},
      {"a BOM in a JSON file is read",
       [](const std::string& d) { file(d + "/bom.json", "\xEF\xBB\xBF{\"price\": 100, \"quality\": 5}"); },
       "validate" + g + " {d}/bom.json", 0, "1 bid valid"},
      // --- Empty and shapeless ---------------------------------------------------------
      {"an empty file", [](const std::string& d) { file(d + "/empty.yaml", ""); },
       "validate" + g + " {d}/empty.yaml", 1, "empty.yaml: error: the bid file is empty"},
      {"a file of comments only",
       [](const std::string& d) { file(d + "/c.yaml", "# nothing here\n\n# still nothing\n"); },
       "validate" + g + " {d}/c.yaml", 1, "c.yaml: error: the bid file is empty"},
      {"an empty JSON file", [](const std::string& d) { file(d + "/e.json", "  \n"); },
       "validate" + g + " {d}/e.json", 1, "e.json: error: the bid file is empty"},
      {"JSON null", [](const std::string& d) { file(d + "/n.json", "null"); },
       "validate" + g + " {d}/n.json", 1, "n.json: error: the bid file is empty"},
      {"a JSON list at the top", [](const std::string& d) { file(d + "/l.json", "[1, 2]"); },
       "validate" + g + " {d}/l.json", 1,
       "l.json:1:1: error: a bid file must be a mapping of answers, got a list"},
      {"a lone text", [](const std::string& d) { file(d + "/t.yaml", "hello\n"); },
       "validate" + g + " {d}/t.yaml", 1,
       "t.yaml:1:1: error: a bid file must be a mapping of answers, got 'hello'"},
      {"an unsupported tag (!!binary)",
       [](const std::string& d) { file(d + "/tag.yaml", "price: !!binary aGVsbG8=\nquality: 5\n"); },
       "validate" + g + " {d}/tag.yaml", 1, "tag.yaml:1:8: error: unsupported tag"},
      // --- Folders: special files, links, names ---------------------------------------
      {"a fifo named like a bid in the bids folder: invalid, and nothing hangs",
       [](const std::string& d) {
         file(d + "/bids/a.yaml", good);
         REQUIRE(::mkfifo((d + "/bids/pipe.yaml").c_str(), 0600) == 0);
       },
       "validate" + g + " {d}/bids", 1,
       "{d}/bids/pipe.yaml: error: cannot read the file: it is a fifo (named pipe), not a "
       "regular file"},
      {"a fifo with --keep-going: the others are ranked, the fifo listed as invalid",
       [](const std::string& d) {
         file(d + "/bids/a.yaml", good);
         REQUIRE(::mkfifo((d + "/bids/pipe.yaml").c_str(), 0600) == 0);
       },
       "rank" + g + " {d}/bids --keep-going", 0,
       "aser: 1 bid ranked, 0 excluded, 1 invalid"},
      {"a fifo given as the grid", [](const std::string& d) {
         file(d + "/bids/a.yaml", good);
         REQUIRE(::mkfifo((d + "/grid.yaml").c_str(), 0600) == 0);
       },
       "validate -c {d}/grid.yaml {d}/bids", 1,
       "{d}/grid.yaml: error: cannot read the file: it is a fifo (named pipe), not a regular file"},
      {"a fifo without a bid's name is skipped and counted",
       [](const std::string& d) {
         file(d + "/bids/a.yaml", good);
         REQUIRE(::mkfifo((d + "/bids/pipe").c_str(), 0600) == 0);
       },
       "rank" + g + " {d}/bids", 0,
       "aser: 1 bid ranked, 0 excluded, 0 invalid; 1 file skipped, not a bid ({d}/bids/pipe)"},
      {"/dev/null linked in as a bid",
       [](const std::string& d) {
         file(d + "/bids/a.yaml", good);
         fs::create_symlink("/dev/null", d + "/bids/null.yaml");
       },
       "validate" + g + " {d}/bids", 1,
       "{d}/bids/null.yaml: error: cannot read the file: it is a character device, not a "
       "regular file"},
      {"/dev/zero linked in as a bid (endless): refused unread",
       [](const std::string& d) { fs::create_symlink("/dev/zero", d + "/zero.yaml"); },
       "validate" + g + " {d}/zero.yaml", 1, "it is a character device, not a regular file"},
      {"a folder link that loops back: skipped with a warning",
       [](const std::string& d) {
         file(d + "/bids/a.yaml", good);
         fs::create_directory_symlink(".", d + "/bids/loop");
       },
       "validate" + g + " {d}/bids", 0, "{d}/bids/loop: warning: skipped: this folder link loops back to"},
      {"a link loop up the tree: skipped, no file read twice",
       [](const std::string& d) {
         file(d + "/bids/sub/a.yaml", good);
         fs::create_directory_symlink("../..", d + "/bids/sub/up");
       },
       "validate" + g + " {d}/bids", 0, "1 bid valid"},
      {"a file link to itself", [](const std::string& d) {
         fs::create_symlink("self.yaml", d + "/self.yaml");
       },
       "validate" + g + " {d}/self.yaml", 1, "error: cannot read the file: a loop of symbolic links"},
      {"a file link to itself inside a folder: invalid, not skipped",
       [](const std::string& d) {
         file(d + "/bids/a.yaml", good);
         fs::create_symlink("self.yaml", d + "/bids/self.yaml");
       },
       "validate" + g + " {d}/bids", 1,
       "{d}/bids/self.yaml: error: cannot read the file: a loop of symbolic links"},
      {"a broken link", [](const std::string& d) {
         file(d + "/bids/a.yaml", good);
         fs::create_symlink("gone.yaml", d + "/bids/b.yaml");
       },
       "validate" + g + " {d}/bids", 1,
       "{d}/bids/b.yaml: error: cannot read the file: a broken link to 'gone.yaml'"},
      {"a folder named x.yaml is searched like any folder",
       [](const std::string& d) { file(d + "/bids/x.yaml/a.yaml", good); },
       "validate" + g + " {d}/bids", 0, "1 bid valid"},
      {"a folder given as the grid",
       [](const std::string& d) { fs::create_directories(d + "/grid.yaml"); },
       "validate -c {d}/grid.yaml tests/fixtures/lots", 1,
       "{d}/grid.yaml: error: cannot read the file: it is a folder, not a regular file"},
      {"a file name that is not UTF-8 is shown escaped",
       [](const std::string& d) { file(d + "/bids/caf\xE9.yaml", "price: lots\n"); },
       "validate" + g + " {d}/bids", 1,
       "{d}/bids/caf\\xE9.yaml:1:8: error: 'price' expects a number, got 'lots'"},
      {"a file name with a newline and an escape is shown escaped",
       [](const std::string& d) { file(d + "/bids/a\nb\x1b.yaml", "price: lots\n"); },
       "validate" + g + " {d}/bids", 1, "{d}/bids/a\\x0Ab\\x1B.yaml:1:8: error:"},
      {"a path given that is not UTF-8 and does not exist",
       [](const std::string&) {}, "validate" + g + " {d}/nope-\xE9.yaml", 1,
       "{d}/nope-\\xE9.yaml: error: no such file or folder"},
      {"README, PDF and hidden files beside the bids are skipped and counted",
       [](const std::string& d) {
         file(d + "/bids/a.yaml", good);
         file(d + "/bids/README.txt", "read me");
         file(d + "/bids/offer.pdf", "%PDF-1.4");
         file(d + "/bids/.hidden.yaml", "price: [\n");
         file(d + "/bids/.git/b.yaml", "price: [\n");
       },
       "rank" + g + " {d}/bids", 0,
       "aser: 1 bid ranked, 0 excluded, 0 invalid; 4 files skipped, not bids ({d}/bids/.git, "
       "{d}/bids/.hidden.yaml, {d}/bids/README.txt, …)"},
      {"a folder of README files only",
       [](const std::string& d) { file(d + "/bids/README.txt", "read me"); },
       "validate" + g + " {d}/bids", 1, "{d}/bids: error: no bid files found in '{d}/bids'"},
      {"a file with no bid extension given by name",
       [](const std::string& d) { file(d + "/offer.pdf", "%PDF"); },
       "validate" + g + " {d}/offer.pdf", 1, "{d}/offer.pdf: error: not a bid file"},
      {"a path that does not exist", [](const std::string&) {},
       "validate" + g + " {d}/missing", 1, "{d}/missing: error: no such file or folder"},
      {"'-' given twice", [](const std::string&) {}, "validate" + g + " - -", 1,
       "'-' is given more than once", good},
      {"the same bid named twice is read once",
       [](const std::string& d) { file(d + "/a.yaml", good); },
       "validate" + g + " {d}/a.yaml {d}/./a.yaml", 0, "1 bid valid"},
      // --- Output ---------------------------------------------------------------------
      {"-o into a folder that does not exist", [](const std::string&) {},
       "rank tests/fixtures/lots -o {d}/no/such/r.json -f json", 1,
       "aser: error: cannot write in '{d}/no/such': no such file or directory"},
      {"-o onto a folder", [](const std::string& d) { fs::create_directories(d + "/r.json"); },
       "rank tests/fixtures/lots -o {d}/r.json -f json", 1,
       "aser: error: cannot replace '{d}/r.json': is a directory"},
      // --- Numbers ------------------------------------------------------------------
      {"YAML 1.1 digit separators",
       [](const std::string& d) { file(d + "/n.yaml", "price: 1_000\nquality: 5\n"); },
       "validate" + g + " {d}/n.yaml", 1,
       "hint: '1_000' is text in YAML 1.2 (digit separators are YAML 1.1): write 1000"},
      {"a decimal comma",
       [](const std::string& d) { file(d + "/n.yaml", "price: 100\nquality: 1,5\n"); },
       "validate" + g + " {d}/n.yaml", 1,
       "hint: '1,5' is text: YAML numbers take a decimal point, not a comma: write 1.5"},
      {"a price with a currency and spaces",
       [](const std::string& d) { file(d + "/n.yaml", "price: 118 500,00 €\nquality: 5\n"); },
       "validate" + g + " {d}/n.yaml", 1, "write 118500.00"},
      {"a YAML 1.1 binary number",
       [](const std::string& d) { file(d + "/n.yaml", "price: 100\nquality: 0b101\n"); },
       "validate" + g + " {d}/n.yaml", 1, "(0b binary numbers are YAML 1.1): write 5"},
      {"a signed hexadecimal number",
       [](const std::string& d) { file(d + "/n.yaml", "price: -0x10\nquality: 5\n"); },
       "validate" + g + " {d}/n.yaml", 1, "write -16"},
      {"a percent sign", [](const std::string& d) { file(d + "/n.yaml", "price: 100\nquality: 8.5%\n"); },
       "validate" + g + " {d}/n.yaml", 1, "write 8.5"},
      {"every YAML 1.2 number form is read",
       [](const std::string& d) {
         file(d + "/a.yaml", "price: 0x10\nquality: .5\n");
         file(d + "/b.yaml", "price: 0o17\nquality: 12.\n");
         file(d + "/c.yaml", "price: 1e6\nquality: +2.5\n");
       },
       "validate" + g + " {d}", 0, "3 bids valid"},
      {"a number beyond the doubles",
       [](const std::string& d) { file(d + "/n.yaml", "price: 1e400\nquality: 5\n"); },
       "validate" + g + " {d}/n.yaml", 1, "n.yaml:1:8: error: the number '1e400' is too large"},
      {"a 400-digit integer",
       [](const std::string& d) { file(d + "/n.yaml", "price: " + std::string(400, '9') + "\nquality: 5\n"); },
       "validate" + g + " {d}/n.yaml", 1, "is too large"},
      {"huge prices are ranked without overflow",
       [](const std::string& d) {
         file(d + "/a.yaml", "price: 1e308\nquality: 5\n");
         file(d + "/b.yaml", "price: 1.7e308\nquality: 5\n");
         file(d + "/c.yaml", "price: 5e-324\nquality: 5\n");
       },
       "rank" + g + " {d} -f json", 0, ""},
  };
  return list;
}

}  // namespace

TEST_CASE("hostile corpus: each input gives its exit code and message, never a crash or hang") {
  const std::vector<Case> all = cases();
  CHECK(all.size() >= 60);
  for (const Case& c : all) {
    const std::string dir = aser::test::temp_dir();
    c.setup(dir);
    auto run = run_aser(replace_dir(c.args, dir), c.input, "NO_COLOR=1 timeout 60");
    INFO(c.name << "\naser " << replace_dir(c.args, dir) << "\nstderr:\n" << run.err);
    CHECK(run.exit_code == c.exit_code);
    // The message is on stderr; `validate`'s "ok: ... valid" is on stdout.
    CHECK((run.err + run.out).find(replace_dir(c.message, dir)) != std::string::npos);
    CHECK(run.err.find("internal error") == std::string::npos);
    // Messages never carry the raw bytes of a hostile name or text.
    CHECK(aser::invalid_utf8_offset(run.err) == std::string::npos);
    CHECK(run.err.find('\0') == std::string::npos);
    CHECK(run.err.find('\x1b') == std::string::npos);
  }
}

// chmod 000 does not stop root: as root these cases cannot be made, and say so.
TEST_CASE("hostile corpus: an unreadable file is invalid, an unreadable folder an error") {
  if (running_as_root()) {
    WARN(
        "running as root, who reads files and folders whatever their mode: the unreadable "
        "file and folder cases are skipped");
    return;
  }
  const std::string dir = aser::test::temp_dir();
  write_file(dir + "/bids/a.yaml", good);
  write_file(dir + "/bids/locked.yaml", good);
  write_file(dir + "/bids/closed/b.yaml", good);
  ::chmod((dir + "/bids/locked.yaml").c_str(), 0);
  ::chmod((dir + "/bids/closed").c_str(), 0);
  auto run = run_aser("validate -c " + grid + " " + dir + "/bids");
  ::chmod((dir + "/bids/closed").c_str(), 0755);
  CHECK(run.exit_code == 1);
  CHECK(run.err.find(dir + "/bids/locked.yaml: error: cannot read the file: permission denied") !=
        std::string::npos);
  CHECK(run.err.find(dir + "/bids/closed: error: cannot read the folder: permission denied") !=
        std::string::npos);
}

// The JSON report lists what was skipped, in valid UTF-8 even for a name that is not.
TEST_CASE("hostile corpus: the JSON report lists skipped files and escapes names") {
  const std::string dir = aser::test::temp_dir();
  write_file(dir + "/bids/a.yaml", good);
  write_file(dir + "/bids/caf\xE9.yaml", good);
  write_file(dir + "/bids/notes-\xE9.txt", "x");
  auto run = run_aser("rank -c " + grid + " " + dir + "/bids -f json");
  INFO(run.err);
  REQUIRE(run.exit_code == 0);
  CHECK(aser::invalid_utf8_offset(run.out) == std::string::npos);
  nlohmann::json report = nlohmann::json::parse(run.out);
  REQUIRE(report.at("skipped").size() == 1);
  CHECK(report["skipped"][0]["file"] == dir + "/bids/notes-\\xE9.txt");
  CHECK(report["skipped"][0]["why"] == "not a bid file (.txt)");
  const auto& bids = report.at("lots")[0].at("bids");
  REQUIRE(bids.size() == 2);
  // Ids from the stems: "a" and "caf\xE9" (escaped), by code point: 'a' < 'c'.
  CHECK(bids[0]["id"] == "a");
  CHECK(bids[1]["id"] == "caf\\xE9");
  CHECK(bids[1]["source"]["file"] == dir + "/bids/caf\\xE9.yaml");
}

// Writing to /dev/null as root must not replace the device with a regular file.
TEST_CASE("hostile corpus: -o /dev/null writes into the device, never replaces it") {
  auto run = run_aser("rank tests/fixtures/lots -f json -o /dev/null");
  CHECK(run.exit_code == 0);
  struct stat info;
  REQUIRE(::stat("/dev/null", &info) == 0);
  CHECK(S_ISCHR(info.st_mode));
}
