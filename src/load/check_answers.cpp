// check_answers: the bids' answers against what the grid reads. Type errors
// belong to a bid (which becomes invalid); a path no bid answers is a grid
// error (a typo, almost always); a near-miss unused answer is one warning.
#include <algorithm>
#include <map>
#include <set>

#include "load/bid_loader.hpp"
#include "load/fields.hpp"
#include "load/scalar.hpp"
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

std::string describe(const Answer& answer) {
  switch (answer.kind) {
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

class AnswerChecker {
 public:
  explicit AnswerChecker(Diagnostics& out) : out_(out) {}

  /// Checks one present answer; false when it is an error.
  bool check(const Bid& bid, const ReadPath& read, const Answer& answer) {
    const std::string& path = read.path;
    switch (read.need) {
      case Need::any:
        return true;
      case Need::number:
      case Need::single_number:
        if (answer.kind == Answer::Kind::number ||
            (answer.kind == Answer::Kind::numbers && read.need == Need::number)) {
          if (read.non_negative && answer.kind == Answer::Kind::number && answer.number < 0)
            return fail(bid, answer, "'" + path + "' is negative (" + answer.text + ")",
                        "a price is 0 or more");
          return true;
        }
        return fail(bid, answer,
                    "'" + path + "' expects " +
                        (read.need == Need::single_number ? "a single number" : "a number") +
                        ", got " + describe(answer),
                    quoted_number(answer) ? "remove the quotes: a quoted number is text"
                                          : "write a plain number, such as 12 or 0.5");
      case Need::label: {
        std::vector<std::string> labels;
        for (const auto& [label, score] : read.criterion->rule.labels) labels.push_back(label);
        if ((answer.kind == Answer::Kind::text || answer.kind == Answer::Kind::number) &&
            std::find(labels.begin(), labels.end(), answer.text) != labels.end())
          return true;
        std::string hint =
            answer.kind == Answer::Kind::text ? did_you_mean(answer.text, labels) : "";
        return fail(bid, answer,
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
        return fail(bid, answer, "'" + path + "' expects true or false, got " + describe(answer),
                    hint);
      }
    }
    return true;
  }

  bool fail(const Bid& bid, const Answer& answer, std::string message, std::string hint) {
    Diagnostic d;
    d.file = bid.file;
    d.pos = answer.pos;
    d.source_line = answer.source_line;
    d.message = std::move(message);
    d.hint = std::move(hint);
    out_.push_back(std::move(d));
    return false;
  }

 private:
  Diagnostics& out_;
};

}  // namespace

void check_answers(const Grid& grid, BidSet& set) {
  const std::vector<ReadPath> reads = read_paths(grid);
  std::map<std::string, std::size_t> answered;  // path -> number of bids
  for (const Bid& bid : set.bids)
    for (const auto& [path, answer] : bid.answers) ++answered[path];
  std::vector<std::string> answered_paths;
  for (const auto& [path, count] : answered) answered_paths.push_back(path);

  // 1. Paths no bid answers: one grid error each (a typo, almost always).
  std::set<std::string> reported;
  if (!set.bids.empty()) {
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
  //    warning per path, at the first bid (by id) that has it.
  std::vector<std::string> read_names;
  for (const ReadPath& read : reads) read_names.push_back(read.path);
  if (grid.cost) read_names.push_back("cost");
  Diagnostics warnings;
  for (const auto& [path, count] : answered) {
    if (std::find(read_names.begin(), read_names.end(), path) != read_names.end()) continue;
    std::string hint = did_you_mean(path, read_names);
    if (hint.empty()) continue;
    for (const Bid& bid : set.bids) {
      auto it = bid.answers.find(path);
      if (it == bid.answers.end()) continue;
      Diagnostic d;
      d.severity = Severity::warning;
      d.file = bid.file;
      d.pos = it->second.pos;
      d.source_line = it->second.source_line;
      d.message = "the answer '" + path + "' is not read by the grid (in " + std::to_string(count) +
                  (count == 1 ? " bid)" : " bids)");
      d.hint = hint;
      warnings.push_back(std::move(d));
      break;
    }
  }

  // 3. Each bid: the answers' types, labels, signs; missing answers under `missing: error`.
  std::vector<Bid> kept;
  for (Bid& bid : set.bids) {
    Diagnostics problems;
    AnswerChecker checker(problems);
    std::set<std::pair<std::string, int>> checked;  // (path, need): one message per answer
    for (const ReadPath& read : reads) {
      auto it = bid.answers.find(read.path);
      if (it == bid.answers.end()) {
        if (read.criterion && read.criterion->missing == Missing::error &&
            answered.count(read.path)) {
          Diagnostic d;
          d.file = bid.file;
          d.message = "no answer '" + read.path + "', which " + read.reader + " requires";
          d.hint = "the grid says 'missing: error' for this criterion";
          problems.push_back(std::move(d));
        }
        continue;
      }
      if (!checked.insert({read.path, static_cast<int>(read.need) * 2 + read.non_negative}).second)
        continue;
      checker.check(bid, read, it->second);
    }
    set.diagnostics.insert(set.diagnostics.end(), problems.begin(), problems.end());
    if (has_errors(problems))
      set.invalid.push_back({bid.id, bid.file, bid.sha256, std::move(problems)});
    else
      kept.push_back(std::move(bid));
  }
  set.bids = std::move(kept);
  std::stable_sort(set.invalid.begin(), set.invalid.end(),
                   [](const InvalidBid& a, const InvalidBid& b) { return a.id < b.id; });
  set.diagnostics.insert(set.diagnostics.end(), warnings.begin(), warnings.end());
}

}  // namespace aser
