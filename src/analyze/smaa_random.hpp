// The random numbers of SMAA: one independent stream per chunk of samples,
// keyed by (seed, purpose, chunk index), so that the samples a chunk draws do
// not depend on which thread runs it or in what order. xoshiro256++ (Blackman
// & Vigna) seeded through splitmix64.
#pragma once

#include <cstdint>

namespace aser {

class SmaaRandom {
 public:
  /// The stream of chunk `index` for one purpose (sampling, confidence...).
  SmaaRandom(std::uint64_t seed, std::uint64_t purpose, std::uint64_t index) {
    std::uint64_t key = mix(seed);
    key = mix(key ^ mix(purpose + 0x632be59bd9b4e019ULL));
    key = mix(key ^ mix(index + 0x8cb92ba72f3d8dd7ULL));
    for (std::uint64_t& word : state_) word = mix(key += 0x9e3779b97f4a7c15ULL);
  }

  std::uint64_t next() {
    const std::uint64_t result = rotl(state_[0] + state_[3], 23) + state_[0];
    const std::uint64_t t = state_[1] << 17;
    state_[2] ^= state_[0];
    state_[3] ^= state_[1];
    state_[1] ^= state_[2];
    state_[0] ^= state_[3];
    state_[2] ^= t;
    state_[3] = rotl(state_[3], 45);
    return result;
  }

  /// Uniform in [0, 1), 53 random bits.
  double uniform() { return static_cast<double>(next() >> 11) * 0x1.0p-53; }

  /// Uniform in [0, n) for a small n ≥ 1 (a panel's marks): bias below n / 2^53.
  std::uint64_t below(std::uint64_t n) {
    const auto k = static_cast<std::uint64_t>(uniform() * static_cast<double>(n));
    return k < n ? k : n - 1;
  }

 private:
  static std::uint64_t rotl(std::uint64_t x, int k) { return (x << k) | (x >> (64 - k)); }
  /// splitmix64's finaliser: a bijection that scatters nearby keys.
  static std::uint64_t mix(std::uint64_t z) {
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
    return z ^ (z >> 31);
  }

  std::uint64_t state_[4];
};

}  // namespace aser
