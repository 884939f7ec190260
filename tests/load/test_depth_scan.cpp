// too_deep: the pre-scan must agree with the depth the tree builder measures
// (same first collection, same position) on valid YAML of every shape.
#include <yaml-cpp/yaml.h>

#include <catch2/catch.hpp>
#include <random>
#include <string>

#include "load/depth_scan.hpp"
#include "load/document.hpp"
#include "load/sink.hpp"
#include "load/yaml_tree.hpp"

using namespace aser;

namespace {

// The tree builder's verdict: the position of its depth error, or unknown.
Position builder_depth_error(const std::string& text, int max_depth) {
  Diagnostics out;
  Sink sink{"f", nullptr, &out};
  Limits limits;
  limits.max_depth = max_depth;
  Value root;
  build_tree(YAML::Load(text), text, limits, sink, root);  // throws on invalid YAML
  for (const Diagnostic& d : out)
    if (d.message.rfind("nesting deeper", 0) == 0) return d.pos;
  return {};
}

Position scan_depth_error(const std::string& text, int max_depth) {
  std::optional<std::size_t> at = too_deep(text, max_depth);
  return at ? position_of(text, *at) : Position{};
}

// Random YAML: block mappings and lists (indented and not), flow collections,
// quoted texts with brackets, comments, block scalars.
class Generator {
 public:
  explicit Generator(unsigned seed) : rng_(seed) {}

  std::string document() {
    std::string out;
    block_map(0, 0, out);
    return out;
  }

 private:
  int pick(int n) { return std::uniform_int_distribution<int>(0, n - 1)(rng_); }

  std::string scalar(bool in_flow = false) {
    switch (pick(in_flow ? 4 : 5)) {
      case 4:
        return "x[1]";  // a plain text with brackets: block context only
      case 0:
        return "\"a [b {c\"";
      case 1:
        return "'it''s ['";
      case 2:
        return "a#b";
      default:
        return std::to_string(pick(100));
    }
  }

  std::string flow(int depth) {
    if (depth > 9 || pick(3) == 0) return scalar(true);
    std::string out = pick(2) ? "[" : "{";
    const bool map = out == "{";
    const int n = 1 + pick(3);
    for (int i = 0; i < n; ++i) {
      if (i) out += ", ";
      if (map) out += "k" + std::to_string(i) + ": ";
      out += flow(depth + 1);
    }
    return out + (map ? "}" : "]");
  }

  void value(int indent, int depth, bool in_list, std::string& out) {
    const std::string pad(static_cast<std::size_t>(indent), ' ');
    switch (depth > 9 ? 0 : pick(6)) {
      case 0:
        out += " " + scalar() + (pick(4) == 0 ? "  # [ { comment" : "") + "\n";
        return;
      case 1:
        out += " " + flow(0) + "\n";
        return;
      case 2:
        out += " |\n" + pad + "  [[[ { text\n" + pad + "  - not: a list\n";
        return;
      case 3: {
        out += "\n";
        // An indentless list under a key, or an indented one.
        const int child = in_list || pick(2) ? indent + 2 : indent;
        block_list(child, depth + 1, out);
        return;
      }
      default:
        out += "\n";
        block_map(indent + 2, depth + 1, out);
        return;
    }
  }

  void block_map(int indent, int depth, std::string& out) {
    const int n = 1 + pick(3);
    for (int i = 0; i < n; ++i) {
      out += std::string(static_cast<std::size_t>(indent), ' ') + "k" + std::to_string(i) + ":";
      value(indent, depth, false, out);
    }
  }

  void block_list(int indent, int depth, std::string& out) {
    const int n = 1 + pick(3);
    for (int i = 0; i < n; ++i) {
      out += std::string(static_cast<std::size_t>(indent), ' ') + "-";
      if (depth < 9 && pick(3) == 0) {
        // '- k: v' : a mapping in a list item, its keys at indent + 2.
        out += " k:";
        value(indent + 2, depth + 1, true, out);
      } else {
        value(indent, depth, true, out);
      }
    }
  }

  std::mt19937 rng_;
};

}  // namespace

TEST_CASE("the depth pre-scan agrees with the tree builder on random YAML") {
  Generator generator(20240601);
  int refused = 0;
  for (int n = 0; n < 400; ++n) {
    const std::string text = generator.document();
    for (int max_depth : {2, 3, 5, 8}) {
      INFO(text);
      INFO("max_depth " << max_depth);
      const Position scan = scan_depth_error(text, max_depth);
      Position built;
      REQUIRE_NOTHROW(built = builder_depth_error(text, max_depth));
      CHECK(scan.line == built.line);
      CHECK(scan.column == built.column);
      refused += scan.known();
    }
  }
  CHECK(refused > 100);  // the property was tested on both sides
}

TEST_CASE("a run of open brackets is refused before yaml-cpp, at the 65th level") {
  // 'x: ' then 70 '[': the mapping is level 1, the first '[' level 2, so the
  // 64th '[' (column 4 + 63 = 67) is level 65.
  const std::string text = "x: " + std::string(70, '[');
  Document doc = parse_document(text, "f.yaml", FileFormat::yaml);
  REQUIRE(doc.diagnostics.size() == 1);
  CHECK(format_diagnostic(doc.diagnostics[0]) ==
        "f.yaml:1:67: error: nesting deeper than 64 levels\n"
        "  " +
            text +
            "\n"
            "  " +
            std::string(66, ' ') +
            "^\n"
            "hint: aser reads at most 64 levels of lists and mappings; to read deeper, raise the "
            "limit: "
            "--max-depth 128 (at most 400)\n");
  // In JSON the top-level '[' is level 1: the 65th '[' is column 65.
  Document json = parse_document(std::string(100, '['), "f.json", FileFormat::json);
  REQUIRE(json.diagnostics.size() == 1);
  CHECK(json.diagnostics[0].pos.column == 65);
  // Brackets in quotes, comments and block texts are not nesting.
  std::string quiet = "a: \"" + std::string(100, '[') + "\"\n# " + std::string(100, '{') +
                      "\nb: |\n  " + std::string(100, '[') + "\nc: x" + std::string(100, '[') +
                      "\n";
  CHECK_FALSE(too_deep(quiet, 64));
}
