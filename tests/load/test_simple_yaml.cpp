// The simple reader (simple_yaml.hpp) against libyaml's reader: whatever it
// accepts it must read exactly as libyaml's reader does (kinds, texts,
// numbers, positions of keys and values), on every YAML file of the
// repository, on generated bids, and on hand-made edge cases; and it must
// give up on what it does not read.
#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "load/document.hpp"
#include "load/fast_reader.hpp"
#include "load/simple_yaml.hpp"
#include "tree_diff.hpp"

using namespace aser;
using aser::test::differ;
namespace fs = std::filesystem;

namespace {

// "" when the simple reader gives up, or reads `text` as libyaml's reader
// does; else what differs. `accepted` counts the files it read.
std::string check(const std::string& text, std::size_t& accepted) {
  Value simple;
  if (!simple_read_yaml(text, Limits{}, simple)) return {};
  ++accepted;
  Value events;
  if (!events_read_yaml(text, Limits{}, events)) return "libyaml's reader gives up";
  return differ(simple, events, "root");
}

bool accepts(const std::string& text, const Limits& limits = Limits{}) {
  Value out;
  return simple_read_yaml(text, limits, out);
}

}  // namespace

TEST_CASE("simple reader: every YAML file of the repository reads as with libyaml") {
  std::size_t files = 0, accepted = 0;
  for (const char* folder : {"examples", "criteria", "tests/fixtures", "tests/bad_inputs",
                             "fuzz/corpus/bid_yaml", "fuzz/corpus/grid", "fuzz/regressions"}) {
    const fs::path root = fs::path(ASER_SOURCE_DIR) / folder;
    REQUIRE(fs::is_directory(root));
    for (const fs::directory_entry& entry : fs::recursive_directory_iterator(root)) {
      if (!entry.is_regular_file()) continue;
      const std::string ext = entry.path().extension().string();
      if (ext == ".json" || ext == ".csv" || ext == ".md" || ext == ".xlsx") continue;
      INFO(entry.path().string());
      const std::string text = test::read_file(entry.path());
      // parse_document's own checks come first (UTF-8, control characters).
      if (!parse_document(text, "f", FileFormat::yaml).diagnostics.empty()) continue;
      ++files;
      CHECK(check(text, accepted) == "");
    }
  }
  // It must read a good share of them, or this test tests nothing.
  WARN(accepted << " of " << files << " files read by the simple reader");
  CHECK(files > 1000);
  CHECK(accepted > 100);
}

TEST_CASE("simple reader: a bid form's shapes read as with libyaml") {
  std::size_t accepted = 0;
  const std::vector<std::string> texts{
      "id: B-1\nsupplier: Entreprise n°7\nprice: 70467.35\n",
      "# a comment\n\nsupplier: A\n# another\nprice: 1\n",
      "social:\n  insertion: 6.7\n  training: 32\nenvironment:\n  co2: 4092\n  plan: tri\n",
      "a:\n  b:\n    c: 1\n  d: 2\ne: 3\n",
      "notes: >\n  Offre établie,\n  prestations quotidiennes.\n",
      "notes: >-\n  one\n  two\nnext: 1\n",
      "notes: |\n  line one\n  line two\n\n\nnext: 1\n",
      "notes: |-\n  kept\n",
      "phone: \"+33 1 23 45 10 00\"\nname: 'Dupont & fils'\n",
      "q: \"a # not a comment\"   # a comment\n",
      "a: 1 # comment\nb: text with spaces   \nc: x#y\n",
      "a: -5\nb: -0.5\nc: true\nd: FALSE\ne: null\nf: ~\ng: 0x1F\nh: 1e3\n",
      "url: http://example.org/a:b\nlist_like: a, b [c] {d}\n",
      "emoji: 😀 text\nk2: é\n",
      "a.b: 1\nc-d: 2\n_e: 3\n9f: 4\n",
      "last: no newline at the end",
      "notes: |\n  no newline after a block text",  // fuzz finding: no '\n' kept
      "notes: >\n  a\n  b",
      "notes: |-\n  a",
      "a: |\n  x\n\n",
      "# Neruleag \xe6\xbc\xa2"
      "es need.\nformat: |\n  npgy over t: 20 }\n\ntiet: |\n : [p# Neruleag",
      "nested:\n    deep: 1\n    deeper:\n        x: 2\nback: 3\n",
      // Empty values: questions of `aser form` left unanswered (null, at their key).
      "a:\nb: 1\n",
      "a: 1\nb:\n",
      "a: 1\nb:",
      "lot:          # le lot vis\xc3\xa9 (vide s'il n'y a pas de lots)\n# Prix\nprice: 12\n",
      "social:\n  # Heures d'insertion\n  insertion_hours_pct:\n  # Formation\n"
      "  training_hours_per_agent: 16\nenvironment:\n  dosing:\n",
      "a:\n  b:\n    c:\n  d:\ne:\n",
      "a:\n\n\n# c\n\nb: 2\n",
      "group:\n  # nothing answered in it\nnext: 1\n",
  };
  for (const std::string& text : texts) {
    INFO(text);
    CHECK(check(text, accepted) == "");
  }
  CHECK(accepted == texts.size());  // every one is read by the simple reader itself
}

TEST_CASE("simple reader: gives up on what it does not read") {
  for (const std::string& text : std::vector<std::string>{
           "",                                // nothing
           "# only a comment\n",              // nothing
           "- a\n- b\n",                      // a list
           "a: [1, 2]\n",                     // a flow list
           "a: {b: 1}\n",                     // a flow mapping
           "a: one\n  two\n",                 // a text over two lines
           "a: \"one\n  two\"\n",             // a quoted text over two lines
           "a: \"tab\\tescape\"\n",           // an escape
           "a: 'it''s'\n",                    // a quote escape
           "a:\tb\n",                         // a tab
           "a: 1\r\nb: 2\r\n",                // carriage returns
           "---\na: 1\n",                     // a document marker
           "a: 1\n---\nb: 2\n",               // two documents
           "%YAML 1.2\n---\na: 1\n",          // a directive
           "a: &x 1\nb: *x\n",                // an anchor and an alias
           "a: !!str 1\n",                    // a tag
           "a: 1\na: 2\n",                    // a duplicate key
           "null: 1\n",                       // a null key
           "\"quoted key\": 1\n",             // a quoted key
           "a key: 1\n",                      // a key with a space
           "a:b\n",                           // one plain text
           "a: b: c\n",                       // a mapping in a value
           "a: b:\n",                         // a text ending in ':'
           "a: .inf\n",                       // not finite
           "a: >\n  one\n\n  two\n",          // an empty line inside a block text
           "a: >\n  one\n    more\n",         // a more indented line
           "a: >+\n  kept\n",                 // keep chomping
           "a: >2\n  x\n",                    // an indentation indicator
           "a: > # comment\n  x\n",           // a comment after the indicator
           "a: >\nb: 1\n",                    // an empty block text
           "a: 1\n b: 2\n",                   // a line further in after a value
           "  a: 1\n",                        // an indented root
           "a:\n    b: 1\n  c: 2\n",          // an indent that matches no level
           "a:\n    b:\n  c: 2\n",            // the same after an empty value
           "a:\n null: 1\n",                  // a null key after an empty value
           "a:\n- 1\n",                       // a list at the key's indent
           "a: \"x\"y\n",                     // text after a closing quote
           "a: x\n  # c\nb: 1\n",             // a comment further in after a text
           std::string(2000, 'k') + ": 1\n",  // a key past YAML's 1024 characters
       }) {
    INFO(text);
    CHECK_FALSE(accepts(text));
  }
  // The limits: one node too many, one level too deep.
  Limits few;
  few.max_nodes = 3;  // the root, a and b: 3 nodes; c is the fourth
  CHECK(accepts("a: 1\nb: 2\n", few));
  CHECK_FALSE(accepts("a: 1\nb: 2\nc: 3\n", few));
  Limits shallow;
  shallow.max_depth = 2;
  CHECK(accepts("a:\n  b: 1\n", shallow));
  CHECK_FALSE(accepts("a:\n  b:\n    c: 1\n", shallow));
}
