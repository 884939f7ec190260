// A cheap scan of the raw text for nesting deeper than the limit, before
// yaml-cpp sees it: yaml-cpp needs gigabytes for 16 MiB of '[' long before its
// own depth guard, so such a file must be refused without parsing it.
#pragma once

#include <cstddef>
#include <optional>
#include <string_view>

namespace aser {

/// The byte offset of the first list or mapping nested deeper than `max_depth`
/// (the top-level collection is depth 1), counting flow brackets outside
/// quotes and comments and block collections by indentation; nullopt when none.
/// It is meant to agree with the depth the tree builder measures on valid
/// YAML, and never to refuse a file that nests less.
std::optional<std::size_t> too_deep(std::string_view text, int max_depth);

}  // namespace aser
