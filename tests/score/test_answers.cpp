// read_answer: what the scorer reads of one answer, and how messages quote it
// (text() and shown() are worked out from the bid's own answer, not copied).
#include <catch2/catch.hpp>
#include <limits>

#include "fixtures.hpp"
#include "score/answers.hpp"

using namespace aser;

TEST_CASE("read_answer: each kind, and how messages quote it", "[answers]") {
  Answer written = fx::num(1200);
  written.text = "1200.00";  // the scalar as the supplier wrote it
  const Bid b = fx::bid("B1", {{"price", written},
                               {"plain", fx::num(0.5)},
                               {"label", fx::text("EU Ecolabel")},
                               {"yes", fx::yes_no(true)},
                               {"panel", fx::marks({7, 6.5, 8})},
                               {"empty_panel", fx::marks({})},
                               {"huge", fx::num(std::numeric_limits<double>::infinity())}});
  AnswerValue price = read_answer(b, "price", Panel::mean);
  CHECK(price.kind == AnswerValue::Kind::number);
  CHECK(price.number == 1200);
  CHECK(price.shown() == "1200.00");  // as written
  CHECK(price.text().empty());        // not a text

  CHECK(read_answer(b, "plain", Panel::mean).shown() == "0.5");  // no text kept: the number

  AnswerValue label = read_answer(b, "label", Panel::mean);
  CHECK(label.kind == AnswerValue::Kind::text);
  CHECK(label.text() == "EU Ecolabel");
  CHECK(label.shown() == "'EU Ecolabel'");

  AnswerValue yes = read_answer(b, "yes", Panel::mean);
  CHECK(yes.kind == AnswerValue::Kind::boolean);
  CHECK(yes.boolean);
  CHECK(yes.shown() == "true");

  AnswerValue panel = read_answer(b, "panel", Panel::mean);
  CHECK(panel.is_number());
  CHECK(panel.number == Approx(21.5 / 3));  // (7 + 6.5 + 8) / 3
  CHECK(panel.shown() == "[7, 6.5, 8]");
  CHECK(read_answer(b, "panel", Panel::max).number == 8);

  CHECK(read_answer(b, "empty_panel", Panel::mean).absent());
  CHECK(read_answer(b, "missing", Panel::mean).absent());
  CHECK(read_answer(b, "missing", Panel::mean).shown().empty());

  // Not finite: the wrong kind, quoted as the number.
  AnswerValue huge = read_answer(b, "huge", Panel::mean);
  CHECK(huge.kind == AnswerValue::Kind::text);
  CHECK(huge.text() == huge.shown());
  CHECK_FALSE(huge.text().empty());
}

TEST_CASE("read_answer: the life-cycle cost is money, shown to the cent", "[answers]") {
  const Bid b = fx::bid("B1", {});
  const std::optional<double> cost = 1234.567;
  AnswerValue value = read_answer(b, "cost", Panel::mean, &cost);
  CHECK(value.is_number());
  CHECK(value.number == 1234.567);
  CHECK(value.shown() == "1234.57");  // round_cents(1234.567) = 1234.57
  const std::optional<double> none;
  CHECK(read_answer(b, "cost", Panel::mean, &none).absent());
}
