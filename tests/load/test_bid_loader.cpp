// load_bid_text: answers flattened by dotted path; id, supplier, lot and
// evidence apart; bad files kept as invalid with whole messages.
#include <catch2/catch.hpp>
#include <string>

#include "load/bid_loader.hpp"

using namespace aser;

namespace {

BidSet load(const std::string& text, FileFormat format = FileFormat::yaml) {
  return load_bid_text(text, "bids/b.yaml", "b", format);
}

std::string errors_of(const std::string& text, FileFormat format = FileFormat::yaml) {
  std::string out;
  for (const Diagnostic& d : load(text, format).diagnostics) out += format_diagnostic(d);
  return out;
}

}  // namespace

TEST_CASE("a bid: answers by dotted path, the rest apart") {
  BidSet set = load(
      "id: B-014\n"
      "supplier: Atelier Solidaire du Sud\n"
      "lot: 1\n"
      "price: 118500.00\n"
      "social:\n"
      "  insertion_hours_pct: 8.5\n"
      "  disability_employment_pct: [7, 6.5]\n"
      "  notes: ~\n"
      "environment:\n"
      "  ecolabel: EU Ecolabel\n"
      "  certified: true\n"
      "  code: \"12\"\n"
      "evidence:\n"
      "  environment.ecolabel: certificat FR/030/004\n");
  REQUIRE(set.diagnostics.empty());
  REQUIRE(set.bids.size() == 1);
  const Bid& bid = set.bids[0];
  CHECK(bid.id == "B-014");
  CHECK(bid.id_pos.line == 1);
  CHECK(bid.supplier == "Atelier Solidaire du Sud");
  CHECK(bid.lot == std::optional<std::string>("1"));
  CHECK(bid.file == "bids/b.yaml");
  CHECK(bid.sha256.size() == 64);
  // 6 answers, and the mappings 'social' and 'environment' kept as shapes;
  // notes is null: absent.
  CHECK(bid.answers.size() == 8);
  // Room for these 8 only: not for id, supplier, lot, evidence or the null
  // (13 entries in the file; 10,000 bids kept 2 MB of such room).
  CHECK(bid.answers.capacity() == 8);
  CHECK(bid.answers.count("social.notes") == 0);
  const Answer& price = bid.answers.at("price");
  CHECK(price.kind == Answer::Kind::number);
  CHECK(price.number == Approx(118500));
  CHECK(price.text == "118500.00");
  CHECK(price.pos.line == 4);
  CHECK(price.pos.column == 8);
  // Its line, kept by the bid for carets (no filter given: every answer's).
  REQUIRE(bid.answer_lines.size() == bid.answers.size());
  CHECK(bid.answer_lines.line_of("price") == "price: 118500.00");
  CHECK(bid.answer_lines.line_of("social.insertion_hours_pct") == "  insertion_hours_pct: 8.5");
  CHECK(bid.answer_lines.line_of("no.such.path").empty());
  const Answer& panel = bid.answers.at("social.disability_employment_pct");
  CHECK(panel.kind == Answer::Kind::numbers);
  REQUIRE(panel.numbers.size() == 2);
  CHECK(panel.numbers[1] == Approx(6.5));
  CHECK(bid.answers.at("environment.ecolabel").kind == Answer::Kind::text);
  CHECK(bid.answers.at("environment.certified").boolean);
  CHECK(bid.answers.at("environment.code").quoted);
  CHECK(bid.evidence.at("environment.ecolabel") == "certificat FR/030/004");
}

TEST_CASE("the id defaults to the file stem; a numeric id is read as written") {
  BidSet set = load("price: 10\n");
  REQUIRE(set.bids.size() == 1);
  CHECK(set.bids[0].id == "b");
  CHECK_FALSE(set.bids[0].id_pos.known());
  CHECK_FALSE(set.bids[0].lot);
  CHECK(load("id: 007\nprice: 1\n").bids[0].id == "007");
}

TEST_CASE("a JSON bid with an emoji written as a surrogate pair") {
  BidSet set = load("{\"supplier\": \"A \\ud83d\\ude00\", \"price\": 5}", FileFormat::json);
  REQUIRE(set.bids.size() == 1);
  CHECK(set.bids[0].supplier == "A \xF0\x9F\x98\x80");
}

TEST_CASE("a JSON bid") {
  BidSet set = load("{\"id\": \"J\", \"price\": 5, \"env\": {\"ok\": false}}", FileFormat::json);
  REQUIRE(set.bids.size() == 1);
  CHECK(set.bids[0].answers.at("env.ok").kind == Answer::Kind::boolean);
}

TEST_CASE("a bid that is a list is invalid, not dropped") {
  BidSet set = load("- price: 1\n- price: 2\n");
  CHECK(set.bids.empty());
  REQUIRE(set.invalid.size() == 1);
  CHECK(set.invalid[0].id == "b");
  CHECK(set.invalid[0].file == "bids/b.yaml");
  CHECK(set.invalid[0].sha256.size() == 64);
  CHECK(errors_of("- price: 1\n- price: 2\n") ==
        "bids/b.yaml:1:1: error: a bid file must be a mapping of answers, got a list\n"
        "  - price: 1\n"
        "  ^\n"
        "hint: write 'key: value' lines, one bid per file\n");
}

TEST_CASE("a negative price") {
  CHECK(errors_of("price: -100\n") ==
        "bids/b.yaml:1:8: error: 'price' is negative (-100)\n"
        "  price: -100\n"
        "         ^\n"
        "hint: a price is 0 or more\n");
}

TEST_CASE("unread lists and mappings are kept, never errors by themselves") {
  // DESIGN section 3: answers no criterion reads are ignored.
  BidSet set = load(
      "price: 10\n"
      "notes: [call back on Monday]\n"
      "contacts: [{name: Ann}]\n"
      "tags: []\n"
      "marks: [1, x]\n"
      "offer: {amount: 10}\n");
  CHECK(set.diagnostics.empty());
  REQUIRE(set.bids.size() == 1);
  const Bid& bid = set.bids[0];
  // A list that is not a panel quotes its first item that is not a number.
  CHECK(bid.answers.at("notes").kind == Answer::Kind::list);
  CHECK(bid.answers.at("notes").text == "'call back on Monday'");
  CHECK(bid.answers.at("contacts").kind == Answer::Kind::list);
  CHECK(bid.answers.at("contacts").text == "a mapping");
  CHECK(bid.answers.at("tags").kind == Answer::Kind::list);
  CHECK(bid.answers.at("tags").text.empty());  // an empty list
  // The first item that is not a number: 'x', line 5, column 12.
  CHECK(bid.answers.at("marks").kind == Answer::Kind::list);
  CHECK(bid.answers.at("marks").text == "'x'");
  CHECK(bid.answers.at("marks").pos.line == 5);
  CHECK(bid.answers.at("marks").pos.column == 12);
  CHECK(bid.answers.at("offer").kind == Answer::Kind::mapping);
  CHECK(bid.answers.at("offer").pos.column == 8);  // the '{'
  CHECK(bid.answers.at("offer.amount").number == Approx(10));
}

TEST_CASE("a negative mark in a price panel") {
  // 'price: [-50, -10]': the first negative mark, -50, at column 9.
  CHECK(errors_of("price: [-50, -10]\n") ==
        "bids/b.yaml:1:9: error: 'price' has a negative mark (-50)\n"
        "  price: [-50, -10]\n"
        "          ^\n"
        "hint: a price is 0 or more\n");
}

TEST_CASE("an invalid bid keeps its supplier and lot") {
  BidSet set = load("supplier: ACME\nlot: 2\nprice: -1\n");
  REQUIRE(set.invalid.size() == 1);
  CHECK(set.invalid[0].supplier == "ACME");
  CHECK(set.invalid[0].lot == std::optional<std::string>("2"));
}

TEST_CASE("the same answer twice, nested and dotted") {
  CHECK(errors_of("social:\n  x: 1\nsocial.x: 2\n") ==
        "bids/b.yaml:3:1: error: the answer 'social.x' is given twice (first at line 2)\n"
        "  social.x: 2\n"
        "  ^\n"
        "hint: write it once, either nested or as a dotted key\n");
}

TEST_CASE("NaN and parse errors make the bid invalid") {
  BidSet set = load("price: .nan\n");
  CHECK(set.bids.empty());
  REQUIRE(set.invalid.size() == 1);
  REQUIRE(set.invalid[0].problems.size() == 1);
  CHECK(set.invalid[0].problems[0].message == "'.nan' is not a finite number");
}

TEST_CASE("an empty bid file") {
  CHECK(errors_of("") ==
        "bids/b.yaml: error: the bid file is empty\n"
        "hint: write the answers as 'key: value' lines\n");
  CHECK(errors_of(" \n", FileFormat::json) ==
        "bids/b.yaml: error: the bid file is empty\n"
        "hint: write the answers as 'key: value' lines\n");
}

TEST_CASE("id and lot take texts or numbers") {
  CHECK(errors_of("id: [1]\nlot: true\n") ==
        "bids/b.yaml:1:5: error: 'id' expects a text, got a list\n"
        "  id: [1]\n"
        "      ^\n"
        "hint: write a single text\n"
        "bids/b.yaml:2:6: error: 'lot' expects a text, got true\n"
        "  lot: true\n"
        "       ^\n"
        "hint: quote it: \"true\"\n");
}

TEST_CASE("a file with a NaN still names its bid: id, supplier and lot") {
  BidSet set = load("id: B-9\nsupplier: ACME\nlot: 3\nprice: .nan\n");
  REQUIRE(set.invalid.size() == 1);
  CHECK(set.invalid[0].id == "B-9");
  CHECK(set.invalid[0].supplier == "ACME");
  CHECK(set.invalid[0].lot == std::optional<std::string>("3"));
  CHECK(set.invalid[0].problems.size() == 1);
  // After a syntax error nothing is known but the file stem.
  BidSet broken = load("id: B-9\nprice: [\n");
  REQUIRE(broken.invalid.size() == 1);
  CHECK(broken.invalid[0].id == "b");
  CHECK(broken.invalid[0].supplier.empty());
}
