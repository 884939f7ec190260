// The fast readers: one pass from a file's bytes to a Value tree, for the
// files that hold no problem. YAML goes through libyaml's event parser, JSON
// through a strict hand-written parser (a bid form's simplest YAML is read
// line by line before libyaml: simple_yaml.hpp); scalars are resolved by aser itself
// under YAML 1.2's core schema (scalar.hpp).
//
// They only ever accept: on anything they do not read exactly as the
// reference reader does (a syntax error, a duplicate key, a limit, an alias,
// a tag, a second document...), they give up and parse_document re-reads the
// file with the reference reader, which finds the problem and words the
// message. So positions and messages stay those of the reference reader.
#pragma once

#include <string_view>

#include "load/document.hpp"

namespace aser {

/// Reads `text` (valid UTF-8, no BOM, no control characters) into `out`.
/// False when the fast reader gives up (then `out` is unspecified).
bool fast_read_yaml(std::string_view text, const Limits& limits, Value& out);
bool fast_read_json(std::string_view text, const Limits& limits, Value& out);
/// fast_read_yaml without the simple reader (simple_yaml.hpp) it tries
/// first: libyaml's events alone, for the tests that compare the two.
bool events_read_yaml(std::string_view text, const Limits& limits, Value& out);

/// parse_document without the fast readers: the reference reader alone, for
/// the tests that compare the two.
Document parse_document_reference(std::string_view text, const std::string& display_name,
                                  FileFormat format, const Limits& limits = {});

}  // namespace aser
