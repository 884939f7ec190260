// Messages quote parts of the input; they must stay valid UTF-8 even when the
// part quoted is a multi-byte character (both found by fuzzing).
#include <catch2/catch.hpp>

#include "load/bid_loader.hpp"
#include "support/utf8.hpp"

using namespace aser;

TEST_CASE("a JSON error at an accented letter quotes the whole letter") {
  // 'é' is two bytes (C3 A9); the error is at the first one.
  BidSet set = load_bid_text("{\"price\": é}", "b.json", "b", FileFormat::json);
  REQUIRE(!set.diagnostics.empty());
  const std::string& message = set.diagnostics.front().message;
  CHECK(invalid_utf8_offset(message) == std::string::npos);
  CHECK(message.find("unexpected 'é'") != std::string::npos);
}

TEST_CASE("a long text quoted in a message is cut between characters") {
  // 36 ASCII letters then 'é' (bytes 36-37): a cut at byte 37 would split it.
  std::string text(36, 'a');
  text += "ééééé";
  BidSet set = load_bid_text("price: " + text + "\n", "b.yaml", "b", FileFormat::yaml);
  Grid grid;
  Criterion price;
  price.id = "price";
  price.answer = "price";
  price.rule.kind = RuleKind::lowest_ratio;
  grid.criteria.push_back(price);
  check_answers(grid, set);
  REQUIRE(!set.diagnostics.empty());
  for (const Diagnostic& d : set.diagnostics) {
    INFO(d.message);
    CHECK(invalid_utf8_offset(d.message) == std::string::npos);
  }
}
