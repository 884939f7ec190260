// Inputs the fuzz targets found (fuzz/regressions/, docs/fuzzing.md), kept as
// unit tests with their expected messages.
#include <catch2/catch.hpp>
#include <string>

#include "load/bid_loader.hpp"
#include "load/document.hpp"

using namespace aser;

namespace {

Diagnostic only_error(const std::string& text) {
  Document doc = parse_document(text, "f.yaml", FileFormat::yaml);
  REQUIRE(doc.diagnostics.size() == 1);
  return doc.diagnostics.front();
}

}  // namespace

// yaml-cpp 0.7's LoadAll looped forever, allocating, on a ',' after a
// document's end (jbeder/yaml-cpp#1040): `aser validate` never returned.
TEST_CASE("a stray comma after a flow collection ends the parse with an error") {
  // "[1], 2": the list ends at column 3; the ',' at column 4 starts nothing.
  Diagnostic d = only_error("[1], 2\n");
  CHECK(d.message == "unexpected content after the end of the document");
  CHECK(d.pos.line == 1);
  CHECK(d.pos.column == 4);

  // A quoted text then ',': the ',' is the 6th character ("\"x\"" is 3, ", " after).
  d = only_error("\"x\", 1\n");
  CHECK(d.message == "unexpected content after the end of the document");
  CHECK(d.pos.column == 4);

  // The fuzzer's input: a flow mapping, then ", 1]] }1" on the same line.
  d = only_error("{ curve: [[0, 0], [10, 1]] }, 1]] }1\n");
  CHECK(d.pos.line == 1);

  // A lone ',' and a ',' on the next line after a list.
  CHECK(only_error(",\n").pos.line == 1);
  CHECK(only_error("[1]\n,\n").pos.line == 2);
}

TEST_CASE("a stray comma in a bid file leaves the bid invalid and listed") {
  BidSet set = load_bid_text("{a: 1}, {b: 2}\n", "bids/b.yaml", "b", FileFormat::yaml);
  CHECK(set.bids.empty());
  REQUIRE(set.invalid.size() == 1);
  CHECK(set.invalid.front().id == "b");
}
