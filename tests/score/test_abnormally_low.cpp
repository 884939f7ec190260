// Abnormally-low prices: five tests, flags never exclusions, over the bids in
// competition after every exclusion.
#include <catch2/catch.hpp>

#include "fixtures.hpp"
#include "score/abnormally_low.hpp"
#include "score/evaluate.hpp"

using namespace aser;
using Strings = std::vector<std::string>;

namespace {

std::vector<PricedBid> priced(const std::vector<double>& prices) {
  std::vector<PricedBid> out;
  char id = 'A';
  for (double p : prices) out.push_back(PricedBid{std::string(1, id++), p});
  return out;
}

Strings flags_of(const std::map<std::string, Strings>& flags, const std::string& id) {
  auto found = flags.find(id);
  return found == flags.end() ? Strings{} : found->second;
}

}  // namespace

TEST_CASE("below_mean_of_others_pct: the others exclude the bid itself", "[abnormally_low]") {
  AbnormallyLow checks;
  checks.below_mean_of_others_pct = 20;
  auto flags = abnormally_low_flags(checks, priced({70, 100, 100, 100}));
  // A: others' mean 100, threshold 0.8 x 100 = 80; 70 < 80.
  CHECK(flags_of(flags, "A") == Strings{"abnormally_low:below_mean_of_others_pct"});
  // B: others (70 + 100 + 100) / 3 = 90, threshold 72; 100 is not below.
  CHECK(flags_of(flags, "B").empty());
  // At the threshold exactly: 80 vs 0.8 x 100 = 80 is not below.
  CHECK(flags_of(abnormally_low_flags(checks, priced({80, 100, 100})), "A").empty());
}

TEST_CASE("below_mean_minus_sd: population standard deviation", "[abnormally_low]") {
  AbnormallyLow checks;
  checks.below_mean_minus_sd = 1.3;
  auto flags = abnormally_low_flags(checks, priced({80, 100, 100, 120}));
  // mean 100; squares 400 + 0 + 0 + 400 = 800; population sd sqrt(800 / 4) = 14.142;
  // threshold 100 - 1.3 x 14.142 = 81.615: 80 is flagged. (With the sample sd,
  // sqrt(800 / 3) = 16.330, the threshold would be 78.771 and 80 would pass.)
  CHECK(flags_of(flags, "A") == Strings{"abnormally_low:below_mean_minus_sd"});
  CHECK(flags_of(flags, "B").empty());
}

TEST_CASE("two_pass_mean: drop the high prices, then compare with the new mean",
          "[abnormally_low]") {
  AbnormallyLow checks;
  checks.two_pass_drop_above = 1.2;
  checks.two_pass_below = 0.8;
  auto flags = abnormally_low_flags(checks, priced({50, 90, 100, 110, 300}));
  // M1 = 650 / 5 = 130; keep <= 1.2 x 130 = 156: 50, 90, 100, 110; M2 = 350 / 4 = 87.5;
  // threshold 0.8 x 87.5 = 70: only 50 is below (90 would be below 0.8 x M1 = 104).
  CHECK(flags_of(flags, "A") == Strings{"abnormally_low:two_pass_mean"});
  CHECK(flags_of(flags, "B").empty());
  CHECK(flags.size() == 1);
}

TEST_CASE("below_second_lowest_pct: only the lowest bid", "[abnormally_low]") {
  AbnormallyLow checks;
  checks.below_second_lowest_pct = 10;
  // 80 < 0.9 x 95 = 85.5: flagged.
  auto flags = abnormally_low_flags(checks, priced({80, 95, 100}));
  CHECK(flags_of(flags, "A") == Strings{"abnormally_low:below_second_lowest_pct"});
  CHECK(flags.size() == 1);
  // 90 is not below 85.5.
  CHECK(abnormally_low_flags(checks, priced({90, 95, 100})).empty());
  // Two lowest at 80: the next lowest price is 80 too; 80 is not below 72.
  CHECK(abnormally_low_flags(checks, priced({80, 80, 100})).empty());
}

TEST_CASE("below_estimate_pct: against the buyer's estimate, even with few bids",
          "[abnormally_low]") {
  AbnormallyLow checks;
  checks.below_estimate_pct = 30;
  checks.estimate = 100000;
  checks.below_mean_of_others_pct = 20;
  // Two bids: only the estimate test applies. 0.7 x 100,000 = 70,000:
  // 65,000 is below; 70,000 is not. (20 % below the other's mean would flag A too.)
  auto flags = abnormally_low_flags(checks, priced({65000, 70000}));
  CHECK(flags_of(flags, "A") == Strings{"abnormally_low:below_estimate_pct"});
  CHECK(flags_of(flags, "B").empty());
}

TEST_CASE("several tests flag in the order of DESIGN section 4", "[abnormally_low]") {
  AbnormallyLow checks;
  checks.below_mean_of_others_pct = 20;
  checks.below_second_lowest_pct = 10;
  checks.below_estimate_pct = 10;
  checks.estimate = 100;
  auto flags = abnormally_low_flags(checks, priced({50, 100, 100}));
  CHECK(flags_of(flags, "A") == Strings{"abnormally_low:below_mean_of_others_pct",
                                        "abnormally_low:below_second_lowest_pct",
                                        "abnormally_low:below_estimate_pct"});
}

TEST_CASE("abnormally-low tests use only the bids in competition; they flag, never exclude",
          "[abnormally_low]") {
  Grid g = fx::grid({fx::leaf("price", 1, "price", fx::lowest_ratio())});
  g.abnormally_low.below_mean_of_others_pct = 20;
  g.requirements = {fx::answer_at_least("signed", 1)};
  auto one = [](const std::string& id, double price, double signed_) {
    return fx::bid(id, {{"price", fx::num(price)}, {"signed", fx::num(signed_)}});
  };
  Evaluation e =
      evaluate(g, {one("A", 70, 1), one("B", 100, 1), one("C", 100, 1), one("X", 1000, 0)});
  // X is excluded and counts nowhere: A's others' mean is 100, threshold 80: flagged.
  // (Counting X, B's others would be (70 + 100 + 1000) / 3 = 390, and B flagged too.)
  const BidResult& a = fx::result(e, "A");
  CHECK(a.flags == Strings{"abnormally_low:below_mean_of_others_pct"});
  CHECK(a.status == Status::ranked);
  CHECK(*a.rank == 1);
  CHECK(fx::result(e, "B").flags.empty());
  CHECK(fx::result(e, "X").flags.empty());
}

TEST_CASE("fewer than three bids in competition: no flag but the estimate's", "[abnormally_low]") {
  Grid g = fx::grid({fx::leaf("price", 1, "price", fx::lowest_ratio())});
  g.abnormally_low.below_mean_of_others_pct = 20;
  g.requirements = {fx::answer_at_least("signed", 1)};
  Evaluation e = evaluate(g, {fx::bid("A", {{"price", fx::num(10)}, {"signed", fx::num(1)}}),
                              fx::bid("B", {{"price", fx::num(100)}, {"signed", fx::num(1)}}),
                              fx::bid("X", {{"price", fx::num(100)}})});
  CHECK(fx::result(e, "A").flags.empty());
}
