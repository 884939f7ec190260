// The grid: the weighting a buyer publishes with a tender (DESIGN sections 2-4).
// Plain data; the loader fills it and checks it, the scorer reads it.
#pragma once

#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "model/position.hpp"

namespace aser {

enum class RuleKind {
  linear,
  curve,
  steps,
  scale,
  boolean,
  lowest_ratio,
  highest_ratio,
  linear_range,
  deviation,
};

/// The rule's name as written in a grid ("lowest_ratio").
const char* rule_name(RuleKind kind);
/// Rules whose score depends on the other bids of the lot.
bool is_relative(RuleKind kind);
/// Rules that read a number (every rule but scale and boolean).
bool reads_number(RuleKind kind);

struct Step {
  bool at_least = true;  ///< true: holds when x >= bound; false: when x <= bound
  double bound = 0;
  double score = 0;
};

struct Rule {
  RuleKind kind = RuleKind::linear;
  double worst = 0;                                    ///< linear
  double best = 1;                                     ///< linear
  std::vector<std::pair<double, double>> points;       ///< curve: (x, score), x ascending
  std::vector<Step> steps;                             ///< steps, first that holds wins
  std::vector<std::pair<std::string, double>> labels;  ///< scale, in the grid's order
  double yes = 1;                                      ///< boolean
  double no = 0;                                       ///< boolean
  double zero_at = 2;                                  ///< deviation: k > 1
};

enum class Missing { zero, exclude, error };
enum class Panel { mean, median, min, max };
enum class Scope { contract, company };

/// A node of the grid: a group (children not empty) or a criterion (a leaf).
struct Criterion {
  std::string id;
  std::string label;  ///< empty: reports show the id
  std::string description;
  std::string theme;  ///< price | quality | social | environment, inherited; may be empty
  Scope scope = Scope::contract;
  std::string unit;
  std::string evidence;
  double weight = 1;  ///< relative to siblings (money under fictitious_price)
  Position pos;

  bool group = false;
  std::vector<Criterion> children;  ///< groups only

  // Criteria (leaves) only:
  std::string answer;  ///< dotted path in the bid, or "cost"
  Rule rule;
  Missing missing = Missing::zero;
  bool missing_given = false;  ///< `missing:` was written (the price criterion's default differs)
  Panel panel = Panel::mean;
  std::optional<double>
      valid_min;  ///< `valid: {min, max}`: plausible answers (unit % implies 0-100)
  std::optional<double> valid_max;
  Position valid_pos;  ///< where `valid` (or the `unit: %` that implies it) is written

  const std::string& display_label() const { return label.empty() ? id : label; }
};

/// A scalar a requirement compares with (`equals:`).
struct Literal {
  enum class Kind { number, text, boolean } kind = Kind::number;
  double number = 0;
  std::string text;
  bool boolean = false;
};

/// A knock-out rule. Exactly one of `answer` and `group` is set.
struct Requirement {
  std::string answer;              ///< a dotted path in the bid (or "cost")
  std::string group;               ///< a group or criterion id: a minimum on its score (0..1)
  std::optional<double> at_least;  ///< inclusive
  std::optional<double> at_most;   ///< inclusive
  std::optional<Literal> equals;   ///< answers only: a label, a boolean or a number
  std::string reason;              ///< shown to the excluded bidder; may be empty
  Position pos;
};

struct YearlyCost {
  std::string answer;
  double unit_cost = 0;
  Position pos;
};

/// Life-cycle cost (directive 2014/24/EU art. 68):
/// cost = purchase + sum over y=1..years of sum_i answer_i * unit_cost_i / (1 + r)^y
struct CostModel {
  std::string purchase = "price";
  int years = 1;
  double discount_rate = 0;
  std::vector<YearlyCost> yearly;
  Position pos;
};

enum class Method { weighted_sum, price_per_point, adjusted_price, fictitious_price };
const char* method_name(Method method);

struct MethodSpec {
  Method kind = Method::weighted_sum;
  double max_total = 0.3;  ///< adjusted_price: the cap on Vmax, below 1
};

/// Abnormally-low price tests (flags, never exclusions); unset tests are off.
struct AbnormallyLow {
  std::optional<double> below_mean_of_others_pct;
  std::optional<double> below_mean_minus_sd;
  std::optional<double> two_pass_drop_above;  ///< two_pass_mean: {drop_above: a, below: b}
  std::optional<double> two_pass_below;
  std::optional<double> below_second_lowest_pct;
  std::optional<double> below_estimate_pct;
  std::optional<double> estimate;
  bool any() const {
    return below_mean_of_others_pct || below_mean_minus_sd || two_pass_drop_above ||
           below_second_lowest_pct || below_estimate_pct;
  }
};

enum class Context { public_buyer, private_buyer };

/// A lot the grid declares (`lots:`): bids name it by its id.
struct Lot {
  std::string id;                  ///< text; `id: 1` is "1"
  std::string name;                ///< e.g. "Écoles maternelles"; may be empty
  std::optional<double> estimate;  ///< replaces checks.abnormally_low.estimate in this lot
  std::vector<std::pair<std::string, double>> weights;  ///< raw weights by node id, in file order
  Position pos;
};

struct Grid {
  int format = 1;
  std::string name;
  std::string language = "en";  ///< fr | en
  std::string currency = "EUR";
  double scale = 100;
  MethodSpec method;
  Context context = Context::public_buyer;
  std::string description;

  std::vector<Criterion> criteria;  ///< top level
  std::vector<Requirement> requirements;
  std::optional<CostModel> cost;
  AbnormallyLow abnormally_low;
  std::vector<std::string> tie_break;  ///< price | cost | id | supplier | a node id
  std::vector<Lot> lots;               ///< declared lots, in file order; empty: lots are free text

  std::string file;    ///< display name ("built-in:aser-default" for embedded grids)
  std::string sha256;  ///< of the grid file's bytes
};

/// The node with this id anywhere in the grid, or nullptr.
const Criterion* find_node(const Grid& grid, const std::string& id);
Criterion* find_node(Grid& grid, const std::string& id);
/// The top-level criterion `price`, or nullptr.
const Criterion* price_criterion(const Grid& grid);
/// The declared lot with this id, or nullptr.
const Lot* find_lot(const Grid& grid, const std::string& id);
/// Every leaf, depth first in the grid's order.
std::vector<const Criterion*> leaves(const Grid& grid);
/// Every node (groups and leaves), depth first, parents before children.
std::vector<const Criterion*> all_nodes(const Grid& grid);

}  // namespace aser
