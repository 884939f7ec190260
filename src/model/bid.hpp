// A bid: one supplier's answers, read from one file (or one CSV row).
#pragma once

#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "model/boxed.hpp"
#include "model/diagnostic.hpp"
#include "model/flat_map.hpp"
#include "model/name.hpp"
#include "model/position.hpp"

namespace aser {

/// One answer of a bid, found by its dotted path.
/// A mapping or a list that is not a panel of numbers is kept too (as `mapping`
/// or `list`): answers no criterion reads are ignored (DESIGN section 3), and
/// a grid that reads one needs to be told what it found there.
struct Answer {
  enum class Kind {
    number,
    text,
    boolean,
    numbers,  ///< a panel of evaluators' marks
    mapping,  ///< a mapping; its entries are answers of their own, below this path
    list,     ///< a list that is not a panel: empty (text ""), or `text` quotes the first
              ///< item that is not a number, at `pos`
  };
  // (The small members last: a bid keeps tens of answers, 10,000 bids 170,000.
  // The panel, nearly always empty, is boxed, and the line it is written on is
  // kept by the bid, only for checks: 64 bytes an answer, not 112.)
  double number = 0;                   ///< number
  std::string text;                    ///< text (also kept for numbers: the scalar as written)
  Boxed<std::vector<double>> numbers;  ///< numbers: a panel of evaluators' marks
  Position pos;
  Kind kind = Kind::number;
  bool boolean = false;  ///< boolean
  bool quoted = false;   ///< text that was quoted in the file ("12" is text)
};

/// The lines some answers of a bid are written on, in one text: a string
/// per line was 9 heap blocks and about 500 bytes a bid (massif) while
/// 10,000 bids were read.
class AnswerLines {
 public:
  void add(const Name& path, std::string_view line) {
    starts_.emplace_back(path, text_.size());
    text_.append(line);
    text_ += '\n';
  }
  /// The line of `path`, or "" when none was kept.
  std::string_view line_of(std::string_view path) const {
    for (const auto& [name, start] : starts_)
      if (name == path) return line_at(start);
    return {};
  }
  std::size_t size() const { return starts_.size(); }
  bool empty() const { return starts_.empty(); }
  /// Drops the lines and gives their memory back. (Assigning an empty
  /// AnswerLines did not: libstdc++ copies a short string into the buffer it
  /// has, so 10,000 bids kept 2.4 MB of text through the scoring.)
  void release() {
    std::string().swap(text_);
    std::vector<std::pair<Name, std::size_t>>().swap(starts_);
  }
  /// The characters the text has room for (for tests of release()).
  std::size_t capacity() const { return text_.capacity(); }

 private:
  std::string_view line_at(std::size_t start) const {
    const std::string_view text(text_);
    return text.substr(start, text.find('\n', start) - start);
  }
  std::string text_;  // each line followed by '\n'
  std::vector<std::pair<Name, std::size_t>> starts_;
};

struct Bid {
  std::string id;
  std::string supplier;
  std::optional<std::string> lot;  ///< text; `lot: 1` is "1"
  FlatMap<Name, Answer> answers;   ///< by dotted path; null answers are absent
  /// The line each answer is written on, for carets in diagnostics: only
  /// where one may be shown (lines_for_checks), and only until the answers
  /// are checked (check_answers).
  AnswerLines answer_lines;
  FlatMap<std::string, std::string> evidence;
  std::string file;      ///< display name of the file it came from
  std::string sha256;    ///< of that file's bytes
  Position pos;          ///< where the bid starts (its row in a CSV)
  Position id_pos;       ///< where `id` is written; unknown when the id is the file stem
  Position lot_pos;      ///< where `lot` is written (its cell in a CSV)
  std::string lot_line;  ///< the line `lot` is written on, for a caret
  /// Found while checking the bid against the grid: an answer whose path is a
  /// near miss of one the grid reads (a likely typo). They come first among
  /// the bid's own warnings in every report, translated there.
  Diagnostics warnings;
};

/// A file found in a bid folder and left aside as not a bid file (a README, a
/// hidden file, the grid, a folder link that loops): listed, never lost silently.
struct SkippedFile {
  std::string file;  ///< display name
  std::string why;   ///< "not a bid file (.txt)", "hidden", ...
};

/// A bid file that could not be read (kept so that it is never dropped).
struct InvalidBid {
  std::string id;  ///< from the file stem (or the `id` when it could be read)
  std::string file;
  std::string sha256;  ///< empty when the file could not be read at all
  Diagnostics problems;
  std::string supplier;            ///< when the file could be read that far
  std::optional<std::string> lot;  ///< when the file could be read that far: listed in its lot
};

}  // namespace aser
