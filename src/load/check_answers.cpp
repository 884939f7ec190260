// check_answers: the bids' answers against what the grid reads. Type errors
// belong to a bid (which becomes invalid); a path no bid answers is a grid
// error (a typo, almost always); a near-miss unused answer is one warning.
#include <algorithm>
#include <atomic>
#include <cstdint>
#include <iomanip>
#include <map>
#include <memory>
#include <set>
#include <sstream>
#include <tuple>
#include <unordered_map>

#include "load/bid_loader.hpp"
#include "load/check_lots.hpp"
#include "load/fields.hpp"
#include "load/scalar.hpp"
#include "load/sink.hpp"
#include "support/normalize.hpp"
#include "support/suggest.hpp"

namespace aser {
namespace {

enum class Need { number, single_number, label, boolean, any };

/// One answer path the grid reads, and what it needs of it.
struct ReadPath {
  std::string path;
  std::string reader;  ///< "criterion 'x'", "a requirement", "'cost'"
  Position pos;        ///< in the grid
  Need need = Need::any;
  bool non_negative = false;  ///< a price
  const Criterion* criterion = nullptr;
};

std::vector<ReadPath> read_paths(const Grid& grid) {
  std::vector<ReadPath> paths;
  const Criterion* price = price_criterion(grid);
  auto computed = [&](const std::string& path) { return path == "cost" && grid.cost; };
  for (const Criterion* leaf : leaves(grid)) {
    if (computed(leaf->answer)) continue;
    Need need = leaf->rule.kind == RuleKind::scale     ? Need::label
                : leaf->rule.kind == RuleKind::boolean ? Need::boolean
                                                       : Need::number;
    paths.push_back(
        {leaf->answer, "criterion '" + leaf->id + "'", leaf->pos, need, leaf == price, leaf});
  }
  for (const Requirement& requirement : grid.requirements) {
    if (requirement.answer.empty() || computed(requirement.answer)) continue;
    Need need = requirement.at_least || requirement.at_most ? Need::number : Need::any;
    paths.push_back({requirement.answer, "a requirement", requirement.pos, need, false, nullptr});
  }
  if (grid.cost) {
    paths.push_back(
        {grid.cost->purchase, "'cost'", grid.cost->pos, Need::single_number, true, nullptr});
    for (const YearlyCost& yearly : grid.cost->yearly)
      paths.push_back({yearly.answer, "'cost'", yearly.pos, Need::single_number, false, nullptr});
  }
  return paths;
}

// A mapping, or a list that is not a panel of numbers.
bool is_structure(const Answer& answer) {
  return answer.kind == Answer::Kind::mapping || answer.kind == Answer::Kind::list;
}

std::string describe(const Answer& answer) {
  switch (answer.kind) {
    case Answer::Kind::mapping:
      return "a mapping";
    case Answer::Kind::list:
      return answer.text.empty() ? "an empty list" : "a list";
    case Answer::Kind::boolean:
      return answer.boolean ? "true" : "false";
    case Answer::Kind::numbers:
      return "a list of marks";
    default:
      return "'" + answer.text + "'";
  }
}

bool quoted_number(const Answer& answer) {
  return answer.kind == Answer::Kind::text && answer.quoted &&
         resolve_plain(answer.text).kind == PlainScalar::Kind::number;
}

// An unread answer is a likely typo of a read path when only the last segment
// differs, and by little (edit distance <= max(1, its length / 3)), or when the
// whole paths are within 2 edits. Comparing whole dotted paths alone made
// 'environment.notes' look like a typo of 'environment.co2'.
std::string near_miss(const std::string& path, const std::vector<std::string>& read_names) {
  const std::size_t dot = path.rfind('.');
  const std::string prefix = dot == std::string::npos ? "" : path.substr(0, dot + 1);
  const std::string last = path.substr(prefix.size());
  const std::size_t limit = std::max<std::size_t>(1, last.size() / 3);
  std::optional<std::string> best;
  std::size_t best_distance = 0;
  for (const std::string& name : read_names) {
    // A path below a read one is a mapping where a value is read: an error of its own.
    if (name == path || path.rfind(name + ".", 0) == 0) continue;
    std::size_t distance = edit_distance(path, name);
    bool close = distance <= 2;
    if (!close && name.size() >= prefix.size() && name.compare(0, prefix.size(), prefix) == 0 &&
        name.find('.', prefix.size()) == std::string::npos)
      close = edit_distance(last, name.substr(prefix.size())) <= limit;
    if (close && (!best || distance < best_distance)) {
      best = name;
      best_distance = distance;
    }
  }
  return best ? "did you mean '" + *best + "'?" : std::string();
}

// Where the key of an answer is written: the longest dotted tail of its path
// found on its line before the value (a nested key, a dotted key, a JSON key).
Position key_position(const std::string& path, const Answer& answer, std::string_view line) {
  const std::size_t value_at = byte_of_column(line, answer.pos.column);
  for (std::size_t from = 0; from != std::string::npos;) {
    const std::string tail = path.substr(from);
    const std::size_t at = line.rfind(tail, value_at);
    if (at != std::string::npos && at < value_at)
      return {answer.pos.line, column_of_byte(line, at)};
    from = path.find('.', from);
    if (from != std::string::npos) ++from;
  }
  return answer.pos;
}

// A number written as a spreadsheet or a French form shows it ("210 000,00",
// "25 %"), quoted or not (suppliers quote what their editor quotes): the hint
// names the form and gives the number to write.
std::string number_hint(const std::string& text) {
  std::string hint = number_form_hint(text);
  return hint.empty() ? "write a plain number, such as 12 or 0.5" : hint;
}

class AnswerChecker {
 public:
  explicit AnswerChecker(Diagnostics& out) : out_(out) {}

  /// Checks one present answer; false when it is an error.
  bool check(const Bid& bid, const ReadPath& read, const Answer& answer) {
    const std::string& path = read.path;
    if (is_structure(answer)) return fail_structure(bid, read, answer);
    switch (read.need) {
      case Need::any:
        return true;
      case Need::number:
      case Need::single_number:
        if (answer.kind == Answer::Kind::number ||
            (answer.kind == Answer::Kind::numbers && read.need == Need::number)) {
          if (read.non_negative && answer.kind == Answer::Kind::number && answer.number < 0)
            return fail(bid, path, answer, "'" + path + "' is negative (" + answer.text + ")",
                        "a price is 0 or more");
          if (read.non_negative && answer.kind == Answer::Kind::numbers)
            for (double mark : answer.numbers)
              if (mark < 0)
                return fail(bid, path, answer,
                            "'" + path + "' has a negative mark (" + format_mark(mark) + ")",
                            "a price is 0 or more");
          return check_valid(bid, read, answer);
        }
        return fail(bid, path, answer,
                    "'" + path + "' expects " +
                        (read.need == Need::single_number ? "a single number" : "a number") +
                        ", got " + describe(answer),
                    quoted_number(answer) ? "remove the quotes: a quoted number is text"
                                          : number_hint(answer.text));
      case Need::label: {
        std::vector<std::string> labels;
        for (const auto& [label, score] : read.criterion->rule.labels) labels.push_back(label);
        if ((answer.kind == Answer::Kind::text || answer.kind == Answer::Kind::number) &&
            std::find(labels.begin(), labels.end(), answer.text) != labels.end())
          return true;
        if (answer.kind == Answer::Kind::text)  // Word's apostrophe, a capital, two spaces
          for (const std::string& label : labels)
            if (normalize_label(label) == normalize_label(answer.text)) return true;
        std::string hint =
            answer.kind == Answer::Kind::text ? did_you_mean(answer.text, labels) : "";
        return fail(bid, path, answer,
                    "'" + path + "' has an unknown label " + describe(answer) +
                        "; the labels are " + quoted_list(labels),
                    hint);
      }
      case Need::boolean: {
        if (answer.kind == Answer::Kind::boolean) return true;
        std::string hint = "write true or false";
        if (answer.kind == Answer::Kind::text && answer.quoted &&
            resolve_plain(answer.text).kind == PlainScalar::Kind::boolean)
          hint = "remove the quotes: a quoted true is text";
        else if (answer.kind == Answer::Kind::text && !answer.quoted)
          hint = "yes, no, on and off are text in YAML 1.2: write true or false";
        return fail(bid, path, answer,
                    "'" + path + "' expects true or false, got " + describe(answer), hint);
      }
    }
    return true;
  }

  // `valid: {min, max}` (or `unit: %`): an implausible answer makes the bid invalid.
  bool check_valid(const Bid& bid, const ReadPath& read, const Answer& answer) {
    const Criterion* c = read.criterion;
    if (!c || (!c->valid_min && !c->valid_max)) return true;
    std::vector<double> values =
        answer.kind == Answer::Kind::numbers ? answer.numbers : std::vector<double>{answer.number};
    for (double x : values) {
      const bool low = c->valid_min && x < *c->valid_min;
      const bool high = c->valid_max && x > *c->valid_max;
      if (!low && !high) continue;
      const std::string shown = answer.kind == Answer::Kind::numbers ? format_mark(x) : answer.text;
      std::string range = c->valid_min && c->valid_max
                              ? "outside the valid range " + format_mark(*c->valid_min) + " to " +
                                    format_mark(*c->valid_max)
                          : low ? "below the valid minimum " + format_mark(*c->valid_min)
                                : "above the valid maximum " + format_mark(*c->valid_max);
      std::string hint = thousands_hint(answer.text);
      if (hint.empty())
        hint = c->unit == "%" && c->valid_min == 0.0 && c->valid_max == 100.0
                   ? "a percentage is between 0 and 100"
                   : "check the answer and its unit" +
                         (c->unit.empty() ? std::string() : " (" + c->unit + ")");
      return fail(
          bid, read.path, answer,
          "'" + read.path + "' is " + shown + ", " + range + " of criterion '" + c->id + "'", hint);
    }
    return true;
  }

  // "1.200" or "12.500.000": a French thousands separator read as a decimal point.
  static std::string thousands_hint(const std::string& text) {
    // digits{1,3} then one or more groups of '.' digits{3}
    const std::size_t dot = text.find('.');
    if (dot == std::string::npos || dot == 0 || dot > 3 || (text.size() - dot) % 4 != 0) return "";
    std::string whole;
    for (std::size_t i = 0; i < text.size(); ++i) {
      const bool separator = i >= dot && (i - dot) % 4 == 0;
      if (separator ? text[i] != '.' : !(text[i] >= '0' && text[i] <= '9')) return "";
      if (!separator) whole += text[i];
    }
    return "'" + text + "' was read as a decimal number; if it means " + whole +
           " (a dot between thousands, as in French), write " + whole;
  }

  // A mapping or a list that is not a panel, where the grid reads one value.
  bool fail_structure(const Bid& bid, const ReadPath& read, const Answer& answer) {
    const std::string& path = read.path;
    const char* expected = read.need == Need::number          ? "a number"
                           : read.need == Need::single_number ? "a single number"
                           : read.need == Need::label         ? "a label"
                           : read.need == Need::boolean       ? "true or false"
                                                              : "a single value";
    if (answer.kind == Answer::Kind::mapping)
      return fail(bid, path, answer, "'" + path + "' expects " + expected + ", got a mapping",
                  "write the value on the key itself, not nested below it");
    if (answer.text.empty())  // an empty list
      return fail(bid, path, answer, "'" + path + "' expects " + expected + ", got an empty list",
                  read.need == Need::number ? "give the evaluators' marks, or remove the answer"
                                            : "write a single value, or remove the answer");
    if (read.need == Need::number)
      return fail(bid, path, answer,
                  "'" + path + "' is a list of marks, but this item is " + answer.text,
                  "only a list of numbers is an answer (a panel of evaluators' marks)");
    return fail(bid, path, answer, "'" + path + "' expects " + expected + ", got a list",
                "write a single value");
  }

  static std::string format_mark(double mark) {
    std::ostringstream out;
    out << std::setprecision(15) << mark;
    return out.str();
  }

  bool fail(const Bid& bid, const std::string& path, const Answer& answer, std::string message,
            std::string hint) {
    Diagnostic d;
    d.file = bid.file;
    d.pos = answer.pos;
    d.source_line = std::string(bid.answer_lines.line_of(path));
    d.message = std::move(message);
    d.hint = std::move(hint);
    out_.push_back(std::move(d));
    return false;
  }

 private:
  Diagnostics& out_;
};

// The paths check_answers reads: those of the grid's rules and requirements,
// and "cost" when the grid has a cost section.
std::vector<std::string> read_names_of(const std::vector<ReadPath>& reads, const Grid& grid) {
  std::vector<std::string> read_names;
  for (const ReadPath& read : reads) read_names.push_back(read.path);
  if (grid.cost) read_names.push_back("cost");
  return read_names;
}

}  // namespace

LineNeeded lines_for_checks(const Grid& grid) {
  struct Known {
    std::vector<std::string> read_names;
    std::uint64_t run = 0;  // tells one call's answers from another's in the threads' caches
  };
  static std::atomic<std::uint64_t> runs{0};
  auto known = std::make_shared<Known>();
  known->read_names = read_names_of(read_paths(grid), grid);
  known->run = ++runs;
  return [known](const std::string& path) {
    const std::vector<std::string>& names = known->read_names;
    if (std::find(names.begin(), names.end(), path) != names.end()) return true;
    // Whether a path is a near miss, worked out once per reading thread: a
    // cache of each thread's own, so that the threads never wait on a lock
    // (one shared map behind a mutex, asked 100,000 times, made them queue).
    thread_local std::uint64_t cached_run = 0;
    thread_local std::unordered_map<std::string, bool> near;
    if (cached_run != known->run) {
      near.clear();
      cached_run = known->run;
    }
    auto it = near.find(path);
    if (it == near.end()) it = near.emplace(path, !near_miss(path, names).empty()).first;
    return it->second;
  };
}

void check_answers(const Grid& grid, BidSet& set) {
  const std::vector<ReadPath> reads = read_paths(grid);
  // Every readable bid, those with a shared id too (they are real answers).
  std::vector<const Bid*> readable;
  for (const Bid& bid : set.bids) readable.push_back(&bid);
  for (const Bid& bid : set.shared_ids) readable.push_back(&bid);
  std::stable_sort(readable.begin(), readable.end(),
                   [](const Bid* a, const Bid* b) { return a->id < b->id; });
  // Counted in a hash table (170,000 answers at 10,000 bids: a sorted map's
  // comparisons were a tenth of the checks), then sorted: messages go by path.
  std::unordered_map<std::string_view, std::size_t> counts;
  for (const Bid* bid : readable)
    for (const auto& [path, answer] : bid->answers) ++counts[path];
  const std::map<std::string, std::size_t, std::less<>> answered(counts.begin(), counts.end());
  std::vector<std::string> answered_paths;
  for (const auto& [path, count] : answered) answered_paths.push_back(path);

  // 1. Paths no bid answers: one grid error each (a typo, almost always).
  std::set<std::string> reported;
  if (!readable.empty()) {
    for (const ReadPath& read : reads) {
      if (answered.count(read.path) || !reported.insert(read.path).second) continue;
      Diagnostic d;
      d.file = grid.file;
      d.pos = read.pos;
      d.message = "no bid answers '" + read.path + "', read by " + read.reader;
      d.hint = did_you_mean(read.path, answered_paths);
      set.diagnostics.push_back(std::move(d));
    }
  }

  // 2. Unused answers that look like a typo of a path the grid reads: one
  //    warning per path, at the first bid (by id) that has it. A mapping is not
  //    an answer of its own: its entries are.
  const std::vector<std::string> read_names = read_names_of(reads, grid);
  // The near miss of each unread path, worked out once: 10,000 bids share a
  // handful of unread paths (contact details, notes), and the edit distances
  // were a third of a whole run.
  std::map<std::string, std::string, std::less<>> near_misses;  // path -> hint, "" if none
  for (const auto& [path, count] : answered)
    if (std::find(read_names.begin(), read_names.end(), path) == read_names.end())
      near_misses.emplace(path, near_miss(path, read_names));
  Diagnostics warnings;
  for (const auto& [path, count] : answered) {
    auto miss = near_misses.find(path);
    if (miss == near_misses.end() || miss->second.empty()) continue;
    for (const Bid* bid : readable) {
      auto it = bid->answers.find(path);
      if (it == bid->answers.end()) continue;
      if (it->second.kind == Answer::Kind::mapping) break;
      const std::string& hint = miss->second;
      Diagnostic d;
      d.severity = Severity::warning;
      d.file = bid->file;
      d.source_line = std::string(bid->answer_lines.line_of(path));
      d.pos = key_position(path, it->second, d.source_line);
      d.message = "the answer '" + path + "' is not read by the grid (in " + std::to_string(count) +
                  (count == 1 ? " bid)" : " bids)");
      d.hint = hint;
      warnings.push_back(std::move(d));
      break;
    }
  }

  // 2b. The same near miss on each bid that has it, in the bid's own warnings
  //     (issue 9, case 5): a criterion "not answered" alone does not say why.
  const bool any_near_miss = std::any_of(near_misses.begin(), near_misses.end(),
                                         [](const auto& miss) { return !miss.second.empty(); });
  for (Bid& bid : set.bids) {
    if (!any_near_miss) break;
    for (const auto& [path, answer] : bid.answers) {
      if (answer.kind == Answer::Kind::mapping) continue;
      auto miss = near_misses.find(path);  // absent: a read path
      if (miss == near_misses.end() || miss->second.empty()) continue;
      const std::string& hint = miss->second;
      Diagnostic d;
      d.severity = Severity::warning;
      d.file = bid.file;
      d.source_line = std::string(bid.answer_lines.line_of(path));
      d.pos = key_position(path, answer, d.source_line);
      d.message = "the answer '" + path + "' is not read by the grid; " + hint;
      bid.warnings.push_back(std::move(d));
    }
  }

  // 3. Each bid: the answers' types, labels, signs; missing answers under `missing: error`.
  auto problems_of = [&](const Bid& bid) {
    Diagnostics problems;
    if (std::optional<Diagnostic> lot = lot_problem(grid, bid)) problems.push_back(*lot);
    AnswerChecker checker(problems);
    // (path, need): one message per answer; a grid reads a handful of paths.
    std::vector<std::pair<std::string_view, int>> checked;
    for (const ReadPath& read : reads) {
      auto it = bid.answers.find(read.path);
      if (it == bid.answers.end()) {
        if (read.criterion && read.criterion->missing == Missing::error &&
            answered.count(read.path)) {
          Diagnostic d;
          d.file = bid.file;
          if (bid.pos.line > 1) d.pos = bid.pos;  // a row of a CSV table: name the row
          d.message = "no answer '" + read.path + "', which " + read.reader + " requires";
          d.hint = "the grid says 'missing: error' for this criterion";
          problems.push_back(std::move(d));
        }
        continue;
      }
      const std::pair<std::string_view, int> key{
          read.path, static_cast<int>(read.need) * 2 + read.non_negative};
      if (std::find(checked.begin(), checked.end(), key) != checked.end()) continue;
      checked.push_back(key);
      checker.check(bid, read, it->second);
    }
    set.diagnostics.insert(set.diagnostics.end(), problems.begin(), problems.end());
    return problems;
  };
  // The bids that pass stay where they are, in order (no second vector of
  // them). Their lines were kept for the carets of these checks only: 10,000
  // bids held 4 MB of them through the scoring, then the run's peak.
  std::size_t kept = 0;
  for (std::size_t i = 0; i < set.bids.size(); ++i) {
    Bid& bid = set.bids[i];
    Diagnostics problems = problems_of(bid);
    if (has_errors(problems)) {
      set.invalid.push_back(
          {bid.id, bid.file, bid.sha256, std::move(problems), bid.supplier, bid.lot});
      continue;
    }
    bid.answer_lines.release();
    if (kept++ != i) set.bids[kept - 1] = std::move(bid);
  }
  set.bids.resize(kept);
  // Bids with a shared id are invalid already: add their other problems.
  for (const Bid& bid : set.shared_ids) {
    Diagnostics problems = problems_of(bid);
    for (InvalidBid& invalid : set.invalid)
      if (invalid.file == bid.file && invalid.id == bid.id)
        invalid.problems.insert(invalid.problems.end(), problems.begin(), problems.end());
  }
  set.shared_ids.clear();
  // An undeclared lot is no lot: such bids are listed without one.
  if (!grid.lots.empty())
    for (InvalidBid& invalid : set.invalid)
      if (invalid.lot && !find_lot(grid, *invalid.lot)) invalid.lot.reset();
  std::stable_sort(set.invalid.begin(), set.invalid.end(),
                   [](const InvalidBid& a, const InvalidBid& b) {
                     return std::tie(a.id, a.file) < std::tie(b.id, b.file);
                   });
  set.diagnostics.insert(set.diagnostics.end(), warnings.begin(), warnings.end());
}

}  // namespace aser
