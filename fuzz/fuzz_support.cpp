#include "fuzz_support.hpp"

#include <cmath>
#include <cstdio>
#include <cstdlib>

#include "load/fast_reader.hpp"
#include "load/grid_loader.hpp"
#include "score/evaluate.hpp"
#include "support/utf8.hpp"

namespace aser::fuzz {

void fail(const char* file, int line, const std::string& what) {
  std::fprintf(stderr, "%s:%d: fuzz invariant broken: %s\n", file, line, what.c_str());
  std::abort();
}

// Both UTF-8 bugs the fuzzers found (a JSON error quoting one byte of a
// character, a text cut mid-character) are fixed: every text must be UTF-8.
bool utf8_or_known_bug(std::string_view text) {
  return invalid_utf8_offset(text) == std::string_view::npos;
}

const char* fixed_grid_text() {
  return R"(format: 1
name: Fuzz — every rule
language: fr
currency: EUR
scale: 20
criteria:
  - id: price
    weight: 40
    answer: cost
    rule: { lowest_ratio: {} }
  - id: social
    weight: 30
    criteria:
      - id: insertion
        answer: social.insertion_hours_pct
        rule: { linear: { worst: 0, best: 10 } }
        missing: exclude
      - id: training
        answer: social.training_hours
        rule: { curve: [[0, 0], [10, 0.5], [40, 1]] }
        panel: median
      - id: daytime
        answer: social.daytime_pct
        rule: { steps: [ { at_least: 80, score: 1 }, { at_least: 50, score: 0.5 } ] }
      - id: marks
        answer: quality.marks
        rule: { highest_ratio: {} }
        panel: max
  - id: environment
    weight: 30
    criteria:
      - id: emissions
        answer: environment.co2e_kg
        rule: { linear_range: {} }
        missing: error
      - id: label
        answer: environment.ecolabel
        rule: { scale: { "EU Ecolabel": 1, "ISO 14001": 0.6, none: 0 } }
      - id: dosing
        answer: environment.dosing_system
        rule: { boolean: { yes: 1, no: 0.2 } }
      - id: waste
        answer: environment.waste_t
        rule: { deviation: { zero_at: 2 } }
        panel: min
      - id: noise
        answer: environment.noise_db
        rule: { steps: [ { at_most: 60, score: 1 }, { at_most: 75, score: 0.4 } ] }
requirements:
  - answer: social.insertion_hours_pct
    at_least: 2
    reason: at least 2 % of insertion hours
  - answer: environment.ecolabel
    equals: EU Ecolabel
  - group: environment
    at_least: 0.1
cost:
  purchase: price
  years: 4
  discount_rate: 0.04
  yearly:
    - { answer: operation.energy_kwh, unit_cost: 0.21 }
checks:
  abnormally_low: { below_mean_of_others_pct: 20 }
tie_break: [cost, supplier, id]
)";
}

const Grid& fixed_grid() {
  static const Grid grid = [] {
    GridLoad load = load_grid(fixed_grid_text(), "fuzz-grid.yaml");
    if (!load.grid) {
      for (const Diagnostic& d : load.diagnostics) std::fputs(format_diagnostic(d).c_str(), stderr);
      fail(__FILE__, __LINE__, "the fixed grid does not load");
    }
    return *load.grid;
  }();
  return grid;
}

void check_diagnostics(const Diagnostics& diagnostics) {
  for (const Diagnostic& d : diagnostics) {
    FUZZ_CHECK(!d.message.empty(), "a diagnostic without a message");
    FUZZ_CHECK(!d.file.empty(), "a diagnostic without a file: " + d.message);
    FUZZ_CHECK(d.pos.line >= 0 && d.pos.column >= 0, "a negative position: " + d.message);
    FUZZ_CHECK(utf8_or_known_bug(d.message), "a message that is not UTF-8: " + d.message);
    FUZZ_CHECK(invalid_utf8_offset(d.hint) == std::string::npos,
               "a hint that is not UTF-8: " + d.hint);
    FUZZ_CHECK(!format_diagnostic(d).empty(), "a diagnostic that formats to nothing");
  }
}

namespace {

void check_answers_read(const Bid& bid) {
  FUZZ_CHECK(!bid.id.empty(), "a readable bid with an empty id");
  for (const auto& [path, answer] : bid.answers) {
    FUZZ_CHECK(!path.empty(), "an answer with an empty path");
    FUZZ_CHECK(path != "id" && path != "supplier" && path != "lot",
               "'" + path + "' read as an answer");
    if (answer.kind == Answer::Kind::number)
      FUZZ_CHECK(std::isfinite(answer.number), "a number that is not finite at " + path);
    for (double mark : answer.numbers)
      FUZZ_CHECK(std::isfinite(mark), "a panel mark that is not finite at " + path);
  }
}

std::size_t count(const BidSet& set) {
  return set.bids.size() + set.invalid.size();
}

}  // namespace

namespace {

// The first difference between two trees, or "".
std::string tree_difference(const Value& a, const Value& b, const std::string& path) {
  const bool same_pos = a.pos.line == b.pos.line && a.pos.column == b.pos.column;
  if (a.kind != b.kind || a.text != b.text || a.quoted != b.quoted || a.boolean != b.boolean ||
      !same_pos || (a.kind == Value::Kind::number && !(a.number == b.number)) ||
      a.items.size() != b.items.size() || a.entries.size() != b.entries.size())
    return path;
  for (std::size_t i = 0; i < a.items.size(); ++i)
    if (std::string d = tree_difference(a.items[i], b.items[i], path + "[]"); !d.empty()) return d;
  for (std::size_t i = 0; i < a.entries.size(); ++i) {
    const MapEntry& x = a.entries[i];
    const MapEntry& y = b.entries[i];
    if (x.key != y.key || x.key_pos.line != y.key_pos.line || x.key_pos.column != y.key_pos.column)
      return path + "." + x.key;
    if (std::string d = tree_difference(x.value, y.value, path + "." + x.key); !d.empty()) return d;
  }
  return {};
}

}  // namespace

void check_fast_reader(std::string_view text, FileFormat format) {
  const Document fast = parse_document(text, "f", format);
  const Document reference = parse_document_reference(text, "f", format);
  std::string a, b;
  for (const Diagnostic& d : fast.diagnostics) a += format_diagnostic(d);
  for (const Diagnostic& d : reference.diagnostics) b += format_diagnostic(d);
  FUZZ_CHECK(a == b, "the fast reader's diagnostics differ:\n" + a + "---\n" + b);
  const std::string where = tree_difference(fast.root, reference.root, "root");
  FUZZ_CHECK(where.empty(), "the fast reader's tree differs at " + where);
}

void fuzz_one_bid(const std::uint8_t* data, std::size_t size, FileFormat format) {
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  const char* name = format == FileFormat::json ? "bids/fuzz.json" : "bids/fuzz.yaml";
  check_fast_reader(text, format);
  BidSet set = load_bid_text(text, name, "fuzz", format);
  FUZZ_CHECK(count(set) == 1, "one bid file gave " + std::to_string(count(set)) + " bids");
  check_diagnostics(set.diagnostics);
  if (!set.invalid.empty()) {
    FUZZ_CHECK(has_errors(set.invalid.front().problems), "an invalid bid with no error");
    FUZZ_CHECK(has_errors(set.diagnostics), "an invalid bid, but no error reported");
  } else {
    FUZZ_CHECK(!has_errors(set.diagnostics), "a readable bid with errors");
    check_answers_read(set.bids.front());
  }

  check_answers(fixed_grid(), set);
  FUZZ_CHECK(count(set) == 1, "check_answers left " + std::to_string(count(set)) + " bids");
  check_diagnostics(set.diagnostics);
  for (const InvalidBid& bid : set.invalid)
    FUZZ_CHECK(has_errors(bid.problems), "an invalid bid with no error after check_answers");

  const Evaluation evaluation = evaluate(fixed_grid(), set.bids, set.invalid);
  check_evaluation(fixed_grid(), set, evaluation);
}

}  // namespace aser::fuzz
