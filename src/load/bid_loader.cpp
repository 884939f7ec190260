// load_bid_text: one bid file -> one Bid (or one InvalidBid, never dropped).
// `id`, `supplier`, `lot` and `evidence` are about the bid; every other scalar
// is an answer, found by its dotted path.
#include "load/bid_loader.hpp"

#include <cassert>
#include <map>
#include <string_view>

#include "load/fields.hpp"
#include "load/sink.hpp"
#include "support/sha256.hpp"

namespace aser {
namespace {

// The root keys about the bid rather than answers (read() reads them apart).
bool names_the_bid(std::string_view key) {
  return key == "id" || key == "supplier" || key == "lot" || key == "evidence";
}

class BidReader {
 public:
  BidReader(const Document& doc, const Sink& sink, Bid& bid, const LineNeeded& keep_line)
      : doc_(doc), sink_(sink), bid_(bid), keep_line_(keep_line) {}

  /// With errors in the file already: only what names the bid.
  void read_names(const Value& root) {
    for (const MapEntry& entry : root.entries) {
      if (entry.key == "id")
        read_id(entry);
      else if (entry.key == "supplier" && entry.value.kind == Value::Kind::string)
        bid_.supplier = entry.value.text;
      else if (entry.key == "lot" && (entry.value.kind == Value::Kind::string ||
                                      entry.value.kind == Value::Kind::number)) {
        bid_.lot = entry.value.text;
        bid_.lot_pos = entry.value.pos;
        bid_.lot_line = doc_.line_text(entry.value.pos.line);
      }
    }
  }

  // The tree is dropped once read: its texts are moved into the answers.
  void read(Value& root) {
    bid_.answers.reserve(count_answers(root, true));
    for (MapEntry& entry : root.entries) {
      if (entry.key == "id") {
        read_id(entry);
      } else if (entry.key == "supplier") {
        if (entry.value.kind == Value::Kind::null) continue;
        if (std::optional<std::string> supplier = expect_text(entry.value, "supplier", sink_))
          bid_.supplier = *supplier;
      } else if (entry.key == "lot") {
        if (entry.value.kind == Value::Kind::null) continue;
        if (std::optional<std::string> lot = expect_text(entry.value, "lot", sink_)) {
          bid_.lot = *lot;
          bid_.lot_pos = entry.value.pos;
          bid_.lot_line = doc_.line_text(entry.value.pos.line);
        }
      } else if (entry.key == "evidence") {
        read_evidence(entry.value, "");
      } else {
        assert(!names_the_bid(entry.key));  // count_answers() counts the same keys out
        flatten(entry.value, entry.key, entry.key_pos);
      }
    }
  }

 private:
  void read_id(const MapEntry& entry) {
    if (entry.value.kind == Value::Kind::null) return;
    std::optional<std::string> id = expect_text(entry.value, "id", sink_);
    if (!id) return;
    if (id->empty()) {
      sink_.error(entry.value.pos, "'id' is empty", "remove it to use the file name, or write one");
      return;
    }
    bid_.id = *id;
    bid_.id_pos = entry.value.pos;
  }

  void read_evidence(const Value& value, const std::string& prefix) {
    if (value.kind == Value::Kind::null) return;
    if (value.kind != Value::Kind::map) {
      sink_.error(value.pos,
                  "'evidence' expects a mapping of answer paths to texts, got " + describe(value),
                  "write 'environment.ecolabel: licence FR/030/004'");
      return;
    }
    for (const MapEntry& entry : value.entries) {
      const std::string path = prefix.empty() ? entry.key : prefix + "." + entry.key;
      if (entry.value.kind == Value::Kind::map) {
        read_evidence(entry.value, path);
      } else if (std::optional<std::string> text = expect_text(entry.value, path, sink_)) {
        bid_.evidence[path] = *text;
      }
    }
  }

  // What flatten() may add for the entries of `map`: one allocation a bid,
  // of its size (the names of the bid and its evidence, and empty answers,
  // counted too were 216 bytes a bid of the benchmark's, 2 MB at 10,000).
  static std::size_t count_answers(const Value& map, bool root) {
    std::size_t n = 0;
    for (const MapEntry& entry : map.entries) {
      if (root && names_the_bid(entry.key)) continue;
      if (entry.value.kind == Value::Kind::null) continue;
      n += 1 + (entry.value.kind == Value::Kind::map ? count_answers(entry.value, false) : 0);
    }
    return n;
  }

  void flatten(Value& value, const std::string& path, Position key_pos) {
    if (path.empty() || path.front() == '.' || path.back() == '.' ||
        path.find("..") != std::string::npos) {
      sink_.error(key_pos, "the answer path '" + path + "' has an empty part",
                  "keys are joined with dots: avoid empty keys and leading or trailing dots");
      return;
    }
    switch (value.kind) {
      case Value::Kind::null:
        return;  // null is the same as absent
      case Value::Kind::map: {
        // Kept so that a grid reading this path hears it is a mapping.
        Answer mapping = scalar(value);
        mapping.kind = Answer::Kind::mapping;
        mapping.text.clear();
        add(path, std::move(mapping), key_pos);
        for (MapEntry& entry : value.entries)
          flatten(entry.value, path + "." + entry.key, entry.key_pos);
        return;
      }
      case Value::Kind::list:
        list(value, path, key_pos);
        return;
      default:
        break;
    }
    Answer answer = scalar(value);
    if (path == "price" && answer.kind == Answer::Kind::number && answer.number < 0) {
      sink_.error(value.pos, "'price' is negative (" + answer.text + ")", "a price is 0 or more");
      return;
    }
    add(path, std::move(answer), key_pos);
  }

  // A list of numbers is a panel of marks. Any other list is not an error here:
  // it is kept as Answer::Kind::list, an error only if the grid reads it.
  void list(Value& value, const std::string& path, Position key_pos) {
    Answer answer = scalar(value);
    answer.kind = Answer::Kind::numbers;
    answer.text.clear();
    if (value.items.empty()) answer.kind = Answer::Kind::list;
    for (const Value& item : value.items) {
      if (item.kind != Value::Kind::number) {
        answer.kind = Answer::Kind::list;
        answer.numbers.clear();
        answer.text = describe(item);
        answer.pos = item.pos;
        break;
      }
      answer.numbers.push_back(item.number);
    }
    if (!answer.numbers.empty()) {
      answer.text.clear();
      if (path == "price") {
        for (const Value& item : value.items)
          if (item.number < 0) {
            sink_.error(item.pos, "'price' has a negative mark (" + item.text + ")",
                        "a price is 0 or more");
            return;
          }
      }
    }
    add(path, std::move(answer), key_pos);
  }

  Answer scalar(Value& value) const {
    Answer answer;
    answer.text = std::move(value.text);
    answer.quoted = value.quoted;
    answer.pos = value.pos;
    switch (value.kind) {
      case Value::Kind::number:
        answer.kind = Answer::Kind::number;
        answer.number = value.number;
        break;
      case Value::Kind::boolean:
        answer.kind = Answer::Kind::boolean;
        answer.boolean = value.boolean;
        break;
      default:
        answer.kind = Answer::Kind::text;
        break;
    }
    return answer;
  }

  // The answer's line (that of its first item not a number, for a list) when
  // a later message may show it.
  void add(const std::string& path, Answer answer, Position key_pos) {
    auto [it, inserted] = bid_.answers.emplace(path, std::move(answer));
    if (inserted && (!keep_line_ || keep_line_(path)))
      bid_.answer_lines.add(it->first, doc_.line_text(it->second.pos.line));
    if (!inserted)
      sink_.error(key_pos,
                  "the answer '" + path + "' is given twice (first at line " +
                      std::to_string(it->second.pos.line) + ")",
                  "write it once, either nested or as a dotted key");
  }

  const Document& doc_;
  const Sink& sink_;
  Bid& bid_;
  const LineNeeded& keep_line_;
};

}  // namespace

BidSet load_bid_text(std::string_view text, const std::string& display_name,
                     const std::string& fallback_id, FileFormat format, const Limits& limits,
                     const LineNeeded& keep_line) {
  BidSet set;
  Document doc = parse_document(text, display_name, format, limits);
  set.diagnostics = doc.diagnostics;
  const Sink sink{display_name, &doc.lines, &set.diagnostics};
  Bid bid;
  bid.id = fallback_id;
  bid.file = display_name;
  bid.sha256 = sha256_hex(text);
  bid.pos = {1, 1};
  if (doc.ok()) {
    if (doc.root.kind == Value::Kind::null)
      sink.error({}, "the bid file is empty", "write the answers as 'key: value' lines");
    else if (doc.root.kind != Value::Kind::map)
      sink.error(doc.root.pos, "a bid file must be a mapping of answers, got " + describe(doc.root),
                 "write 'key: value' lines, one bid per file");
    else
      BidReader(doc, sink, bid, keep_line).read(doc.root);  // (moves its texts)
  } else if (doc.root.kind == Value::Kind::map) {
    // The file is invalid, but its id, supplier and lot may still be known:
    // the id for duplicates, the lot to list it with its lot.
    BidReader(doc, sink, bid, keep_line).read_names(doc.root);
  }
  if (has_errors(set.diagnostics)) {
    set.invalid.push_back({bid.id, bid.file, bid.sha256, set.diagnostics, bid.supplier, bid.lot});
  } else {
    set.bids.push_back(std::move(bid));
  }
  return set;
}

}  // namespace aser
