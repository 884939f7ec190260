// Numbers and money in French and English; expected strings written by hand.
// "\u00a0" is U+00A0 NO-BREAK SPACE: French digit groups and unit spaces.
#include <catch2/catch.hpp>
#include <charconv>
#include <cmath>
#include <cstdint>

#include "report/numbers.hpp"

using aser::report::fixed_decimal;
using aser::report::format_money;
using aser::report::format_number;
using aser::report::format_percent;
using aser::report::Language;
using aser::report::round_decimals;
using aser::report::shortest_decimal;

TEST_CASE("money in French: groups and symbol after, with no-break spaces", "[numbers]") {
  CHECK(format_money(118500, "EUR", Language::fr) == "118\u00a0500,00\u00a0€");
  CHECK(format_money(95000, "EUR", Language::fr) == "95\u00a0000,00\u00a0€");
  CHECK(format_money(1234567.891, "EUR", Language::fr) == "1\u00a0234\u00a0567,89\u00a0€");
  CHECK(format_money(999, "EUR", Language::fr) == "999,00\u00a0€");
  CHECK(format_money(0, "EUR", Language::fr) == "0,00\u00a0€");
  CHECK(format_money(1234.5, "GBP", Language::fr) == "1\u00a0234,50\u00a0£");
  CHECK(format_money(1234.5, "USD", Language::fr) == "1\u00a0234,50\u00a0$");
  CHECK(format_money(1234, "CHF", Language::fr) == "1\u00a0234,00\u00a0CHF");
}

TEST_CASE("money in English: symbol before, code before with a no-break space", "[numbers]") {
  CHECK(format_money(118500, "EUR", Language::en) == "€118,500.00");
  CHECK(format_money(1234567.891, "EUR", Language::en) == "€1,234,567.89");
  CHECK(format_money(1234.5, "GBP", Language::en) == "£1,234.50");
  CHECK(format_money(0.99, "USD", Language::en) == "$0.99");
  CHECK(format_money(1234, "CHF", Language::en) == "CHF\u00a01,234.00");
}

TEST_CASE("negative money keeps the sign in front", "[numbers]") {
  CHECK(format_money(-1234.5, "EUR", Language::fr) == "-1\u00a0234,50\u00a0€");
  CHECK(format_money(-1234.5, "EUR", Language::en) == "-€1,234.50");
  CHECK(format_money(-5, "CHF", Language::en) == "-CHF\u00a05.00");
  CHECK(format_money(-5, "CHF", Language::fr) == "-5,00\u00a0CHF");
}

TEST_CASE("a figure that rounds to zero never shows -0", "[numbers]") {
  CHECK(format_money(-0.004, "EUR", Language::fr) == "0,00\u00a0€");
  CHECK(format_money(-0.004, "EUR", Language::en) == "€0.00");
  CHECK(format_money(-0.0, "EUR", Language::en) == "€0.00");
  CHECK(format_number(-0.0004, 3, Language::en) == "0.000");
  CHECK(format_number(-0.4, 0, Language::en) == "0");
  CHECK(fixed_decimal(-0.0, 2) == "0.00");
  CHECK(format_percent(-0.00001, 1, Language::fr) == "0,0\u00a0%");
}

TEST_CASE("rounding is half away from zero on the decimal as written", "[numbers]") {
  // 2.675, 1.005 and 12.165 are stored just below the half; people wrote them
  // as halves, so they round up.
  CHECK(fixed_decimal(2.675, 2) == "2.68");
  CHECK(fixed_decimal(1.005, 2) == "1.01");
  CHECK(fixed_decimal(12.165, 2) == "12.17");
  CHECK(fixed_decimal(0.125, 2) == "0.13");
  CHECK(fixed_decimal(-0.125, 2) == "-0.13");
  CHECK(fixed_decimal(0.124999, 2) == "0.12");
  CHECK(format_money(-0.005, "EUR", Language::fr) == "-0,01\u00a0€");
  // The carry runs through every digit and adds one.
  CHECK(format_number(999.995, 2, Language::en) == "1,000.00");
  CHECK(format_number(9.995, 2, Language::fr) == "10,00");
  CHECK(format_number(1234.5, 0, Language::en) == "1,235");
  CHECK(format_number(-1234.5, 0, Language::en) == "-1,235");
  // Summation noise never shows: 0.1 + 0.2 = 0.30000000000000004.
  CHECK(fixed_decimal(0.1 + 0.2, 10) == "0.3000000000");
}

TEST_CASE("plain numbers: fixed decimals, comma in French", "[numbers]") {
  CHECK(format_number(82.5, 2, Language::fr) == "82,50");
  CHECK(format_number(82.5, 2, Language::en) == "82.50");
  CHECK(format_number(1234.5, 2, Language::fr) == "1\u00a0234,50");
  CHECK(format_number(1234.5, 2, Language::en) == "1,234.50");
  CHECK(format_number(-82.5, 1, Language::fr) == "-82,5");
  CHECK(format_number(7, 0, Language::fr) == "7");
}

TEST_CASE("percentages: a no-break space before % in French only", "[numbers]") {
  CHECK(format_percent(0.4, 1, Language::fr) == "40,0\u00a0%");
  CHECK(format_percent(0.4, 1, Language::en) == "40.0%");
  CHECK(format_percent(0.1 + 0.2, 1, Language::en) == "30.0%");
  CHECK(format_percent(1.0 / 3, 1, Language::en) == "33.3%");  // 33.333…
  CHECK(format_percent(0.15, 1, Language::fr) == "15,0\u00a0%");
  CHECK(format_percent(0.0005, 1, Language::en) == "0.1%");  // 0.05 → 0.1
}

TEST_CASE("shortest decimals never use an exponent", "[numbers]") {
  CHECK(shortest_decimal(0.1) == "0.1");
  CHECK(shortest_decimal(118500) == "118500");
  CHECK(shortest_decimal(-2.5) == "-2.5");
  CHECK(shortest_decimal(1e21) == "1000000000000000000000");
  CHECK(shortest_decimal(1e-7) == "0.0000001");
  CHECK(shortest_decimal(std::nan("")) == "nan");
  CHECK(shortest_decimal(-INFINITY) == "-inf");
}

// round_decimals rounds on the stack; its definition is fixed_decimal's text
// read back: the two must agree on every double, carries and signs included.
TEST_CASE("round_decimals is fixed_decimal read back, on hand-picked and random values",
          "[numbers]") {
  auto by_text = [](double value, int decimals) {
    const std::string text = aser::report::fixed_decimal(value, decimals);
    double out = 0;
    std::from_chars(text.data(), text.data() + text.size(), out);
    return out == 0 ? 0.0 : out;
  };
  // 9.995 is 9.99499999... as a double: its shortest digits "9.995" round up to 10.00.
  CHECK(round_decimals(9.995, 2) == 10.0);
  CHECK(round_decimals(999.5, 0) == 1000.0);  // a carry off the left end
  CHECK(round_decimals(-0.5, 0) == -1.0);     // half up, away from zero
  CHECK(round_decimals(0.4999, 0) == 0.0);
  CHECK(round_decimals(-0.00004, 4) == 0.0);  // "-0.0000" is zero, unsigned
  CHECK_FALSE(std::signbit(round_decimals(-0.00004, 4)));
  CHECK(round_decimals(12.5, 3) == 12.5);  // nothing to cut
  std::uint64_t state = 42;
  auto next = [&] {  // xorshift64: fixed, so a failure repeats
    state ^= state << 13;
    state ^= state >> 7;
    state ^= state << 17;
    return state;
  };
  for (int i = 0; i < 20000; ++i) {
    const double magnitude = std::pow(10.0, static_cast<int>(next() % 24) - 12);
    const double value = (static_cast<double>(next() % 2000001) / 1e6 - 1.0) * magnitude;
    const int decimals = static_cast<int>(next() % 12);
    INFO(value << " to " << decimals);
    const double fast = round_decimals(value, decimals);
    const double slow = by_text(value, decimals);
    REQUIRE(fast == slow);
    REQUIRE(std::signbit(fast) == std::signbit(slow));
  }
}

// The quick way (a product away from a half) and the digits' way (halves)
// meet at the edges: figures at, just below and just above a half, and
// decimals written with as many places as kept.
TEST_CASE("round_decimals agrees with fixed_decimal around halves and at its edges", "[numbers]") {
  auto by_text = [](double value, int decimals) {
    const std::string text = aser::report::fixed_decimal(value, decimals);
    double out = 0;
    std::from_chars(text.data(), text.data() + text.size(), out);
    return out == 0 ? 0.0 : out;
  };
  std::uint64_t state = 7;
  auto next = [&] {  // xorshift64
    state ^= state << 13;
    state ^= state >> 7;
    state ^= state << 17;
    return state;
  };
  for (int i = 0; i < 50000; ++i) {
    const int decimals = static_cast<int>(next() % 10);
    const double unit = std::pow(10.0, -decimals);
    // k + 0.5 units, then moved by 0 to ±2·10^-3 units, or a whole k units.
    const double k = static_cast<double>(next() % 1000000);
    const double shift = (static_cast<double>(next() % 4001) / 1e6 - 0.002);
    const double half = (k + 0.5 + shift) * unit;
    const double whole = k * unit;
    for (double value : {half, -half, whole, -whole, 1e12 * unit + half}) {
      INFO(value << " to " << decimals);
      const double fast = round_decimals(value, decimals);
      const double slow = by_text(value, decimals);
      REQUIRE(fast == slow);
      REQUIRE(std::signbit(fast) == std::signbit(slow));
    }
  }
  CHECK(round_decimals(0.125, 2) == 0.13);  // an exact half: the digits' way, up
  CHECK(round_decimals(70467.349, 2) == 70467.35);
  CHECK(round_decimals(-2.004, 2) == -2.0);
  CHECK_FALSE(std::signbit(round_decimals(-0.001, 2)));  // -0.00 is 0
}

TEST_CASE("round_decimals gives the double nearest the rounded decimal", "[numbers]") {
  // Exact comparisons on purpose: the point is the bytes printed afterwards.
  CHECK(round_decimals(0.1 + 0.2, 10) == 0.3);
  CHECK(round_decimals(118500.004, 2) == 118500.0);
  CHECK(round_decimals(2.0 / 3, 10) == 0.6666666667);
  const double zero = round_decimals(-1e-13, 10);
  CHECK(zero == 0.0);
  CHECK_FALSE(std::signbit(zero));
}
