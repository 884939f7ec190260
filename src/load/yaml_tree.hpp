// yaml-cpp's node graph -> aser's Value tree, under the depth and node limits.
#pragma once

#include <string_view>

#include "load/document.hpp"
#include "load/sink.hpp"

namespace YAML {
class Node;
}

namespace aser {

/// Converts `node` (parsed from `text`) into a Value. Reports duplicate and
/// non-text keys, NaN and infinities, unsupported tags, nesting deeper than
/// limits.max_depth and more than limits.max_nodes nodes visited (aliases are
/// expanded, so an alias bomb stops here). Returns false on a limit, after
/// which the tree is incomplete.
bool build_tree(const YAML::Node& node, std::string_view text, const Limits& limits,
                const Sink& sink, Value& out);

}  // namespace aser
