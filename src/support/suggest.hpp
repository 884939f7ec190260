// "Did you mean" suggestions: the closest known word by edit distance.
#pragma once

#include <optional>
#include <string>
#include <vector>

namespace aser {

/// Edit distance (insert, delete, substitute, swap two neighbours; each costs 1), by bytes.
std::size_t edit_distance(const std::string& a, const std::string& b);

/// The candidate closest to `word`, if it is close enough to be a likely typo:
/// distance <= max(1, word.size() / 3), and not `word` itself. Ties go to the
/// first candidate in the given order.
std::optional<std::string> closest(const std::string& word,
                                   const std::vector<std::string>& candidates);

/// "did you mean 'x'?" or an empty string.
std::string did_you_mean(const std::string& word, const std::vector<std::string>& candidates);

}  // namespace aser
