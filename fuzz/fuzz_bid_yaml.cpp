// Fuzz target: a YAML bid file's bytes -> load_bid_text, check_answers against
// a fixed grid with every rule kind, then evaluate: one bid in, one bid out.
#include <cstdint>

#include "fuzz_support.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  aser::fuzz::fuzz_one_bid(data, size, aser::FileFormat::yaml);
  return 0;
}
