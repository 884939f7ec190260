// decode_tender: fuzz bytes -> a grid and bids as YAML texts. Structured
// inputs choose among values that mostly load, so that the fuzzer spends its
// time in scoring rather than in the loader's error paths (the loader has
// targets of its own); the tables hold the edges: zeros, ties, huge and tiny.
#include <string>
#include <vector>

#include "fuzz_support.hpp"

namespace aser::fuzz {
namespace {

// Numbers as a bid may write them (YAML 1.2 core schema forms included).
const char* const bid_numbers[] = {
    "0",
    "1",
    "2",
    "3",
    "5",
    "10",
    "0.5",
    "100",
    "1000",
    "118500.00",
    "118500",
    "99999.99",
    "1e6",
    "1e-9",
    "1e300",
    "-1",
    "-0.0",
    "0.1",
    "7",
    "2.5",
    "1e-300",
    "12345678901234567",
    "0x10",
    "+12.5",
    "1.7976931348623157e308",
    "4.9e-324",
    "33.333333333333336",
    "250000",
};
// Grid parameters: bounds, thresholds, values.
const char* const grid_numbers[] = {"0",  "1",   "2", "5",    "10",  "100", "0.5",
                                    "50", "1e6", "3", "1e-9", "-10", "80",  "1e300"};
const char* const scores[] = {"0", "1", "0.5", "0.25", "0.6", "0.999999999", "1e-12"};
const char* const weights[] = {"1", "2", "40", "30", "0.5", "1e-9", "3", "1e300", "100"};
// adjusted_price: coefficients in [0, 0.3] (their products and sum capped).
const char* const coefficients[] = {"0.1", "0.05", "0.2", "0.3", "0.01", "1e-9"};
// fictitious_price: money, a malus allowed.
const char* const money[] = {"1000", "-500", "5000", "0.01", "25000", "-1e6", "1e9"};
const char* const labels[] = {"A", "B", "EU Ecolabel", "none", "é ü 漢字", "x y"};
const char* const suppliers[] = {"Alpha", "Beta", "Alpha", "Ζήτα", "\"q\" & <b>", "", "a,b;c"};
const char* const lots[] = {"", "", "\"1\"", "\"2\"", "1", "\"Lot A\""};

enum class Kind { number, label, boolean };

struct Leaf {
  std::string id;
  std::string path;
  Kind kind = Kind::number;
  std::vector<std::string> labels;
};

struct Builder {
  explicit Builder(ByteReader& reader) : in(reader) {}
  ByteReader& in;
  std::string method = "weighted_sum";
  std::vector<Leaf> leaves;
  std::vector<std::string> groups;
  std::vector<std::string> yearly;
  bool has_price = false;
  bool has_cost = false;

  const char* weight() {
    if (method == "adjusted_price") return in.pick_from(coefficients);
    if (method == "fictitious_price") return in.pick_from(money);
    return in.pick_from(weights);
  }

  std::string rule(Leaf& leaf) {
    switch (in.pick(9)) {
      case 0: {
        std::string worst = in.pick_from(grid_numbers), best = in.pick_from(grid_numbers);
        if (worst == best) best = worst == "0" ? "1" : "0";
        return "{ linear: { worst: " + worst + ", best: " + best + " } }";
      }
      case 1: {
        std::string out = "{ curve: [";
        int x = static_cast<int>(in.pick(5)) - 2;
        for (std::size_t i = 0, n = 1 + in.pick(4); i < n; ++i) {
          x += 1 + static_cast<int>(in.pick(50));
          out += (i ? ", [" : "[") + std::to_string(x) + ", " + in.pick_from(scores) + "]";
        }
        return out + "] }";
      }
      case 2: {
        std::string out = "{ steps: [";
        for (std::size_t i = 0, n = 1 + in.pick(3); i < n; ++i)
          out += std::string(i ? ", " : "") + "{ " + (in.flag() ? "at_least" : "at_most") + ": " +
                 in.pick_from(grid_numbers) + ", score: " + in.pick_from(scores) + " }";
        return out + "] }";
      }
      case 3: {
        leaf.kind = Kind::label;
        std::string out = "{ scale: {";
        for (std::size_t i = 0, n = 1 + in.pick(3); i < n; ++i) {
          std::string label = labels[(i + in.pick(2)) % std::size(labels)];
          bool seen = false;
          for (const std::string& l : leaf.labels) seen = seen || l == label;
          if (seen) continue;
          leaf.labels.push_back(label);
          out += std::string(leaf.labels.size() > 1 ? ", " : " ") + "\"" + label +
                 "\": " + in.pick_from(scores);
        }
        return out + " } }";
      }
      case 4:
        leaf.kind = Kind::boolean;
        return in.flag() ? "{ boolean: {} }"
                         : std::string("{ boolean: { yes: ") + in.pick_from(scores) +
                               ", no: " + in.pick_from(scores) + " } }";
      case 5:
        return "{ lowest_ratio: {} }";
      case 6:
        return "{ highest_ratio: {} }";
      case 7:
        return "{ linear_range: {} }";
      default:
        return std::string("{ deviation: { zero_at: ") +
               (in.flag()   ? "2"
                : in.flag() ? "1.5"
                            : "10") +
               " } }";
    }
  }

  std::string leaf_text(const std::string& id, const std::string& indent, bool price) {
    Leaf leaf{id, "a." + id, Kind::number, {}};
    std::string r = price && in.flag() ? "{ lowest_ratio: {} }" : rule(leaf);
    if (price) {
      if (leaf.kind != Kind::number) r = "{ lowest_ratio: {} }";
      leaf.kind = Kind::number;
      leaf.path = has_cost && in.flag() ? "cost" : "price";
    } else if (leaf.kind == Kind::number && in.pick(4) == 0) {
      // Two criteria reading one answer, or a criterion reading the price.
      std::vector<std::string> numeric{"price"};
      for (const Leaf& other : leaves)
        if (other.kind == Kind::number) numeric.push_back(other.path);
      leaf.path = numeric[in.pick(numeric.size())];
    }
    std::string out = indent + "- id: " + id + "\n";
    out += indent + "  weight: " + weight() + "\n";
    out += indent + "  answer: " + leaf.path + "\n";
    out += indent + "  rule: " + r + "\n";
    switch (in.pick(6)) {
      case 0:
        out += indent + "  missing: exclude\n";
        break;
      case 1:
        out += indent + "  missing: error\n";
        break;
      case 2:
        out += indent + "  missing: zero\n";
        break;
      default:
        break;
    }
    static const char* const panels[] = {"mean", "median", "min", "max"};
    if (in.pick(3) == 0) out += indent + "  panel: " + in.pick_from(panels) + "\n";
    leaves.push_back(leaf);
    return out;
  }

  std::string grid() {
    static const char* const methods[] = {
        "weighted_sum",   "weighted_sum",     "price_per_point",
        "adjusted_price", "fictitious_price", "{ adjusted_price: { max_total: 0.99 } }"};
    method = in.pick_from(methods);
    const std::string method_text = method;
    if (method.rfind("{ adjusted", 0) == 0) method = "adjusted_price";
    has_price = method != "weighted_sum" || in.pick(4) != 0;
    has_cost = in.pick(3) == 0;

    std::string out = "format: 1\nname: Fuzz tender\n";
    out += std::string("language: ") + (in.flag() ? "fr" : "en") + "\n";
    static const char* const scales[] = {"100", "20", "1", "10.5", "1e6"};
    out += std::string("scale: ") + in.pick_from(scales) + "\nmethod: " + method_text + "\n";
    out += "criteria:\n";
    if (has_price) out += leaf_text("price", "  ", true);
    int next = 0;
    for (std::size_t g = 0, n = 1 + in.pick(3); g < n; ++g) {
      if (in.pick(3) == 0) {
        out += leaf_text("c" + std::to_string(next++), "  ", false);
        continue;
      }
      std::string id = "g" + std::to_string(g);
      groups.push_back(id);
      out += "  - id: " + id + "\n    weight: " + weight() + "\n    criteria:\n";
      for (std::size_t c = 0, m = 1 + in.pick(3); c < m; ++c)
        out += leaf_text("c" + std::to_string(next++), "      ", false);
    }

    if (in.flag()) {
      out += "requirements:\n";
      for (std::size_t r = 0, n = 1 + in.pick(2); r < n; ++r) {
        if (in.flag() && !groups.empty()) {
          out += "  - group: " + groups[in.pick(groups.size())] +
                 "\n    at_least: " + in.pick_from(scores) + "\n";
          continue;
        }
        const Leaf& leaf = leaves[in.pick(leaves.size())];
        out += "  - answer: " + leaf.path + "\n";
        if (leaf.kind == Kind::number)
          out += std::string("    ") + (in.flag() ? "at_least: " : "at_most: ") +
                 in.pick_from(grid_numbers) + "\n";
        else if (leaf.kind == Kind::boolean)
          out += "    equals: true\n";
        else
          out += "    equals: \"" + leaf.labels.front() + "\"\n";
        if (in.flag()) out += "    reason: Minimum « requis »\n";
      }
    }
    if (has_cost) {
      out += "cost:\n  purchase: price\n  years: " + std::to_string(1 + in.pick(10)) + "\n";
      if (in.flag()) out += "  discount_rate: 0.04\n";
      out += "  yearly:\n";
      for (std::size_t y = 0, n = in.pick(3); y < n; ++y) {
        yearly.push_back("op.y" + std::to_string(y));
        out += "    - { answer: " + yearly.back() + ", unit_cost: " + in.pick_from(scores) + " }\n";
      }
      if (yearly.empty()) out.resize(out.size() - std::string("  yearly:\n").size());
    }
    if (has_price && in.flag()) {
      out += "checks:\n  abnormally_low: {";
      switch (in.pick(5)) {
        case 0:
          out += " below_mean_of_others_pct: 20";
          break;
        case 1:
          out += " below_mean_minus_sd: 1";
          break;
        case 2:
          out += " two_pass_mean: { drop_above: 1.2, below: 0.8 }";
          break;
        case 3:
          out += " below_second_lowest_pct: 10";
          break;
        default:
          out += " below_estimate_pct: 30, estimate: 100000";
          break;
      }
      out += " }\n";
    }
    if (in.flag()) {
      static const char* const keys[] = {"price", "cost", "id", "supplier"};
      out += "tie_break: [";
      for (std::size_t k = 0, n = 1 + in.pick(3); k < n; ++k) {
        std::string key =
            in.flag() ? std::string(in.pick_from(keys)) : leaves[in.pick(leaves.size())].id;
        if (!has_price && (key == "price" || key == "cost")) key = "id";
        out += (k ? ", " : "") + key;
      }
      out += "]\n";
    }
    return out;
  }

  std::string value(const Leaf& leaf) {
    switch (in.pick(16)) {
      case 0:
        return "null";
      case 1:
        return "[" + std::string(in.pick_from(bid_numbers)) + ", " + in.pick_from(bid_numbers) +
               "]";
      case 2:
        return "[]";
      case 3:
        return "\"3\"";  // a quoted number: text
      default:
        break;
    }
    if (leaf.kind == Kind::boolean) return in.flag() ? "true" : "false";
    if (leaf.kind == Kind::label)
      return "\"" +
             (in.pick(8) == 0 ? std::string("unknown") : leaf.labels[in.pick(leaf.labels.size())]) +
             "\"";
    return in.pick_from(bid_numbers);
  }

  std::string bid(std::size_t index) {
    std::string out;
    if (in.pick(4) != 0) out += "id: B" + std::to_string(in.pick(4) == 0 ? 0 : index) + "\n";
    if (const char* supplier = in.pick_from(suppliers); *supplier)
      out += std::string("supplier: \"") +
             (std::string(supplier) == "\"q\" & <b>" ? "\\\"q\\\" & <b>" : supplier) + "\"\n";
    if (const char* lot = in.pick_from(lots); *lot) out += std::string("lot: ") + lot + "\n";
    if (in.pick(8) != 0) out += std::string("price: ") + in.pick_from(bid_numbers) + "\n";
    // Answers under `a.` and `op.`; a path several leaves read is written once.
    std::vector<std::string> written;
    std::string a, op;
    for (const Leaf& leaf : leaves) {
      if (leaf.path.rfind("a.", 0) != 0) continue;
      bool seen = false;
      for (const std::string& w : written) seen = seen || w == leaf.path;
      if (seen || in.pick(10) == 0) continue;  // sometimes missing
      written.push_back(leaf.path);
      a += "  " + leaf.path.substr(2) + ": " + value(leaf) + "\n";
    }
    for (const std::string& path : yearly)
      if (in.pick(6) != 0) op += "  " + path.substr(3) + ": " + in.pick_from(bid_numbers) + "\n";
    if (!a.empty()) out += "a:\n" + a;
    if (!op.empty()) out += "op:\n" + op;
    if (in.pick(8) == 0) out += "notes: free text\n";
    return out;
  }
};

std::vector<std::string> split_nul(const std::uint8_t* data, std::size_t size) {
  std::vector<std::string> parts(1);
  for (std::size_t i = 1; i < size; ++i) {
    if (data[i] == 0)
      parts.emplace_back();
    else
      parts.back().push_back(static_cast<char>(data[i]));
  }
  return parts;
}

}  // namespace

Tender decode_tender(const std::uint8_t* data, std::size_t size) {
  Tender tender;
  if (size > 0 && data[0] == 0) {
    std::vector<std::string> parts = split_nul(data, size);
    tender.grid = parts.front();
    tender.bids.assign(parts.begin() + 1, parts.end());
    return tender;
  }
  ByteReader in(data, size);
  Builder builder(in);
  tender.grid = builder.grid();
  for (std::size_t i = 0, n = 1 + in.pick(7); i < n; ++i) tender.bids.push_back(builder.bid(i));
  return tender;
}

}  // namespace aser::fuzz
