// load_decisions: the committee's decisions file read in full, then each
// check with its whole message (docs/decisions.md).
#include <catch2/catch.hpp>
#include <string>
#include <tuple>

#include "load/decisions.hpp"

using namespace aser;

namespace {

// Two readable bids: "alpha" (Alpha SARL, price 100) and "beta" (price 1500).
BidSet two_bids() {
  BidSet set;
  for (auto [id, supplier, price] :
       {std::tuple{"alpha", "Alpha SARL", 100.0}, std::tuple{"beta", "Beta", 1500.0}}) {
    Bid bid;
    bid.id = id;
    bid.supplier = supplier;
    Answer answer;
    answer.number = price;
    answer.text = std::to_string(static_cast<int>(price));
    bid.answers["price"] = answer;
    Answer label;
    label.kind = Answer::Kind::text;
    label.text = "EU Ecolabel";
    bid.answers["label"] = label;
    set.bids.push_back(bid);
  }
  return set;
}

std::string errors_of(const std::string& text) {
  DecisionsLoad load = load_decisions(text, "decisions.yaml", two_bids());
  std::string out;
  for (const Diagnostic& d : load.diagnostics) out += format_diagnostic(d);
  return out;
}

std::string one(const std::string& decision) {
  return "format: 1\ndecisions:\n" + decision;
}

}  // namespace

TEST_CASE("a decisions file is read in full, in file order") {
  DecisionsLoad load = load_decisions(one("  - bid: alpha\n"
                                          "    decision: accept\n"
                                          "    reason: justified\n"
                                          "    date: 2026-11-12\n"
                                          "  - bid: beta\n"
                                          "    decision: correct\n"
                                          "    answer: price\n"
                                          "    value: 150.5\n"
                                          "    reason: 10 x 15.05\n"
                                          "    date: 2026-11-13\n"),
                                      "decisions.yaml", two_bids());
  REQUIRE(load.diagnostics.empty());
  REQUIRE(load.decisions);
  CHECK(load.decisions->file == "decisions.yaml");
  CHECK(load.decisions->sha256.size() == 64);
  const std::vector<Decision>& list = load.decisions->decisions;
  REQUIRE(list.size() == 2);
  CHECK(list[0].kind == DecisionKind::accept);
  CHECK(list[0].bid == "alpha");
  CHECK(list[0].reason == "justified");
  CHECK(list[0].date == "2026-11-12");
  CHECK(list[0].pos.line == 3);
  CHECK(list[1].kind == DecisionKind::correct);
  CHECK(list[1].answer == "price");
  CHECK(list[1].value == Approx(150.5));
  CHECK(list[1].value_text == "150.5");
  CHECK(list[1].was == "1500");  // as the bid wrote it
}

TEST_CASE("a decision naming no bid is an error with a did-you-mean") {
  CHECK(errors_of(one("  - bid: alpah\n    decision: exclude\n    reason: r\n    date: "
                      "2026-11-12\n")) ==
        "decisions.yaml:3:10: error: no bid has the id 'alpah'\n"
        "    - bid: alpah\n"
        "           ^\n"
        "did you mean 'alpha'?\n");
  // The supplier's name where the id belongs.
  CHECK(errors_of(one("  - bid: alpha sarl\n    decision: exclude\n    reason: r\n    date: "
                      "2026-11-12\n")) ==
        "decisions.yaml:3:10: error: no bid has the id 'alpha sarl'\n"
        "    - bid: alpha sarl\n"
        "           ^\n"
        "did you mean 'alpha'? (the bid of Alpha SARL)\n");
}

TEST_CASE("each decision needs bid, decision, reason and date; dates are YYYY-MM-DD") {
  CHECK(errors_of(one("  - bid: alpha\n    decision: exclude\n    date: 2026-11-12\n")) ==
        "decisions.yaml:3:5: error: a decision needs 'reason'\n"
        "    - bid: alpha\n"
        "      ^\n"
        "hint: each decision has bid, decision, reason and date (docs/decisions.md)\n");
  CHECK(errors_of(one("  - bid: alpha\n    decision: exclude\n    reason: r\n    date: "
                      "12/11/2026\n")) ==
        "decisions.yaml:6:11: error: 'date' expects a date written YYYY-MM-DD, got '12/11/2026'\n"
        "      date: 12/11/2026\n"
        "            ^\n");
  CHECK(errors_of(one("  - bid: alpha\n    decision: exlude\n    reason: r\n    date: "
                      "2026-11-12\n")) ==
        "decisions.yaml:4:15: error: 'decision' expects exclude, correct or accept, got 'exlude'\n"
        "      decision: exlude\n"
        "                ^\n"
        "did you mean 'exclude'?\n");
}

TEST_CASE("a correction names an answer the bid gives as a number") {
  CHECK(errors_of(one("  - bid: beta\n    decision: correct\n    answer: label\n    value: 1\n"
                      "    reason: r\n    date: 2026-11-12\n")) ==
        "decisions.yaml:5:13: error: bid 'beta' gives no number at 'label' to correct\n"
        "      answer: label\n"
        "              ^\n");
  CHECK(errors_of(one("  - bid: beta\n    decision: exclude\n    answer: price\n"
                      "    reason: r\n    date: 2026-11-12\n")) ==
        "decisions.yaml:5:13: error: 'answer' and 'value' belong to a 'correct' decision, not "
        "to 'exclude'\n"
        "      answer: price\n"
        "              ^\n");
}

TEST_CASE("one bid excluded and accepted is an error") {
  CHECK(errors_of(one("  - bid: beta\n    decision: exclude\n    reason: r\n    date: 2026-11-12\n"
                      "  - bid: beta\n    decision: accept\n    reason: r\n    date: "
                      "2026-11-12\n")) ==
        "decisions.yaml:7:5: error: bid 'beta' is both excluded and accepted\n"
        "    - bid: beta\n"
        "      ^\n"
        "hint: keep one decision per bid, the last one taken\n");
}

TEST_CASE("the decisions file needs format 1 and a list") {
  CHECK(errors_of("decisions: []\n") ==
        "decisions.yaml:1:1: error: the decisions file needs 'format: 1'\n"
        "  decisions: []\n"
        "  ^\n");
  CHECK(errors_of("format: 1\ndecisions: {}\n") ==
        "decisions.yaml:2:12: error: 'decisions' expects a list, got a mapping\n"
        "  decisions: {}\n"
        "             ^\n");
}
