// One pass over the text, line by line in block context and character by
// character inside flow collections; no allocation but a stack of indents.
#include "load/depth_scan.hpp"

#include <cstring>
#include <vector>

namespace aser {
namespace {

struct Block {
  std::size_t indent;
  bool list;  // a block list ('- '), else a block mapping
};

bool blank(char c) {
  return c == ' ' || c == '\t' || c == '\r';
}

class Scanner {
 public:
  Scanner(std::string_view text, int max_depth) : text_(text), max_(max_depth) {}

  std::optional<std::size_t> run() {
    std::size_t i = 0;
    while (i < text_.size() && !found_) i = flow_ > 0 ? flow(i) : line(i);
    return found_;
  }

 private:
  std::size_t line_end(std::size_t i) const {
    const std::size_t end = text_.find('\n', i);
    return end == std::string_view::npos ? text_.size() : end;
  }

  // A collection opens at `at`, `depth` deep.
  void open(std::size_t depth, std::size_t at) {
    if (!found_ && depth > static_cast<std::size_t>(max_)) found_ = at;
  }

  // Places a block collection of this kind at `indent`, as YAML nests them.
  void place(std::size_t indent, bool list, std::size_t at) {
    while (!blocks_.empty() && (blocks_.back().indent > indent ||
                                (blocks_.back().indent == indent && blocks_.back().list != list &&
                                 !(list && !blocks_.back().list && after_key_))))
      blocks_.pop_back();
    if (!blocks_.empty() && blocks_.back().indent == indent && blocks_.back().list == list) return;
    blocks_.push_back({indent, list});
    open(blocks_.size(), at);
  }

  // Skips a quoted scalar starting at `i`; returns the index after it.
  std::size_t quoted(std::size_t i) const {
    const char quote = text_[i];
    for (++i; i < text_.size(); ++i) {
      if (quote == '"' && text_[i] == '\\') {
        ++i;
      } else if (text_[i] == quote) {
        if (quote == '\'' && i + 1 < text_.size() && text_[i + 1] == '\'') {
          ++i;
          continue;
        }
        return i + 1;
      }
    }
    return i;
  }

  // One line in block context, from its start.
  std::size_t line(std::size_t start) {
    const std::size_t end = line_end(start);
    std::size_t i = start;
    while (i < end && text_[i] == ' ') ++i;
    if (i == end || text_[i] == '#' || text_[i] == '\r') return end + 1;
    if (block_scalar_ && i - start > block_indent_) return end + 1;  // inside '|' or '>'
    block_scalar_ = false;
    if (text_.compare(i, 3, "---") == 0 || text_.compare(i, 3, "...") == 0) {
      blocks_.clear();
      return end + 1;
    }
    const bool was_after_key = after_key_;
    after_key_ = false;
    // '- ' indicators, each a list one level deeper.
    while (i < end && text_[i] == '-' && (i + 1 == end || blank(text_[i + 1]))) {
      after_key_ = was_after_key && blocks_.size() > 0;
      place(i - start, true, i);
      after_key_ = false;
      ++i;
      while (i < end && text_[i] == ' ') ++i;
    }
    if (found_ || i >= end) return end + 1;
    // 'key:' opens (or continues) a block mapping at this column.
    std::size_t value = i;
    if (text_[i] != '[' && text_[i] != '{') {
      std::size_t j = i;
      if (text_[j] == '"' || text_[j] == '\'') j = quoted(j);
      for (; j < end; ++j) {
        if (text_[j] == '#' && j > i && blank(text_[j - 1])) break;
        if (text_[j] == ':' && (j + 1 == end || blank(text_[j + 1]))) {
          place(i - start, false, i);
          value = j + 1;
          while (value < end && blank(text_[value])) ++value;
          if (value == end || text_[value] == '#') after_key_ = true;
          break;
        }
      }
    }
    // Anchors and tags before the value: '&a [', '!!seq ['.
    while (value < end && (text_[value] == '&' || text_[value] == '!')) {
      while (value < end && !blank(text_[value])) ++value;
      while (value < end && blank(text_[value])) ++value;
    }
    if (found_ || value >= end) return end + 1;
    const char c = text_[value];
    if (c == '"' || c == '\'') return line_end(quoted(value)) + 1;  // may span lines
    if (c == '|' || c == '>') {
      block_scalar_ = true;
      block_indent_ = blocks_.empty() ? 0 : blocks_.back().indent;
      return end + 1;
    }
    if (c == '[' || c == '{') return flow(value);
    return end + 1;
  }

  // Inside (or at the start of) a flow collection, until it closes.
  std::size_t flow(std::size_t i) {
    bool scalar_start = true;
    for (; i < text_.size(); ++i) {
      const char c = text_[i];
      if (c == '[' || c == '{') {
        ++flow_;
        open(blocks_.size() + flow_, i);
        if (found_) return text_.size();
        scalar_start = true;
      } else if (c == ']' || c == '}') {
        if (--flow_ == 0) return line_end(i) + 1;  // the rest of the line is not nested
        scalar_start = false;
      } else if (c == ',' || c == ':') {
        scalar_start = true;
      } else if ((c == '"' || c == '\'') && scalar_start) {
        i = quoted(i) - 1;
        scalar_start = false;
      } else if (c == '#' && i > 0 && (blank(text_[i - 1]) || text_[i - 1] == '\n')) {
        i = line_end(i) - 1;
      } else if (!blank(c) && c != '\n') {
        scalar_start = false;
      }
    }
    return i;
  }

  std::string_view text_;
  int max_;
  std::optional<std::size_t> found_;
  std::vector<Block> blocks_;
  std::size_t flow_ = 0;
  bool after_key_ = false;  // the previous line ended with 'key:'
  bool block_scalar_ = false;
  std::size_t block_indent_ = 0;
};

}  // namespace

std::optional<std::size_t> too_deep(std::string_view text, int max_depth) {
  return Scanner(text, max_depth).run();
}

}  // namespace aser
