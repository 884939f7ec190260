// Shared by the fuzz targets (built by libFuzzer with clang) and by their
// replay in the unit tests (built with g++ and a plain main): reading bytes as
// choices, the tender generator, and the invariants every target asserts.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "load/bid_loader.hpp"
#include "model/diagnostic.hpp"
#include "model/evaluation.hpp"
#include "model/grid.hpp"

namespace aser::fuzz {

/// Stops the process with a message: an invariant broke. libFuzzer reports the
/// abort as a crash and saves the input; the replay test fails.
[[noreturn]] void fail(const char* file, int line, const std::string& what);

#define FUZZ_CHECK(condition, what)                                 \
  do {                                                              \
    if (!(condition)) ::aser::fuzz::fail(__FILE__, __LINE__, what); \
  } while (false)

/// Valid UTF-8, or invalid only by one of two known bugs left to their
/// owners (docs/fuzzing.md, findings): parse_errors.cpp quotes the first byte
/// of a multi-byte character ("invalid JSON: unexpected '\xC3'"), and
/// fields.cpp's shorten() cuts a long text at byte 37, mid-character. Remove
/// each exception once its bug is fixed.
bool utf8_or_known_bug(std::string_view text);

/// The fuzz input read as a stream of small choices; 0 once it runs out, so
/// that every input, even empty, decodes to something.
class ByteReader {
 public:
  ByteReader(const std::uint8_t* data, std::size_t size) : data_(data), size_(size) {}
  std::uint8_t byte() { return pos_ < size_ ? data_[pos_++] : 0; }
  bool flag() { return (byte() & 1) != 0; }
  /// A choice in [0, n); n > 0.
  std::size_t pick(std::size_t n) { return byte() % n; }
  template <typename T, std::size_t N>
  const T& pick_from(const T (&table)[N]) {
    return table[pick(N)];
  }
  bool empty() const { return pos_ >= size_; }

 private:
  const std::uint8_t* data_;
  std::size_t size_;
  std::size_t pos_ = 0;
};

/// A grid with every rule kind, panels, missing policies, a cost model and
/// requirements: what the bid targets check the answers against.
const char* fixed_grid_text();
/// fixed_grid_text() loaded once (aborts if it does not load: a broken target).
const Grid& fixed_grid();

/// Diagnostics are well formed: a message, positions 1-based when known, and
/// format_diagnostic renders each.
void check_diagnostics(const Diagnostics& diagnostics);

/// The fast readers (load/fast_reader.hpp) give the same tree and the same
/// diagnostics as the reference reader on `text`.
void check_fast_reader(std::string_view text, FileFormat format);

/// A bid text parsed, then its answers checked against the fixed grid; one
/// bid in, exactly one bid out (readable or invalid), never dropped.
void fuzz_one_bid(const std::uint8_t* data, std::size_t size, FileFormat format);

/// A grid and its bids as texts, as a file tree would hold them.
struct Tender {
  std::string grid;
  std::vector<std::string> bids;  ///< YAML texts (JSON is YAML too)
};

/// Input starting with a NUL byte: the texts themselves, separated by NUL
/// bytes (grid first), so that examples/ and bad inputs seed the corpus.
/// Any other input: choices that build a grid and bids which mostly load, so
/// that scoring, methods, requirements, cost, ties and lots are reached.
Tender decode_tender(const std::uint8_t* data, std::size_t size);

/// The evaluation accounts for every bid exactly once, and its numbers hold:
/// scores in [0, 1], totals and points finite, ranks consistent.
void check_evaluation(const Grid& grid, const BidSet& bids, const Evaluation& evaluation);

/// Every report renders, and the JSON report parses with every bid in it.
void check_reports(const Grid& grid, const BidSet& bids, const Evaluation& evaluation);

}  // namespace aser::fuzz
