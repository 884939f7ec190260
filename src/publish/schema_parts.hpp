// Pieces shared by the three schema generators (schema_grid.cpp,
// schema_bid.cpp, schema_report.cpp): one JSON type with a fixed key order.
#pragma once

#include <initializer_list>
#include <nlohmann/json.hpp>
#include <string>

namespace aser::schema {

/// Keys print in the order they are added: the same bytes on every run.
using Json = nlohmann::ordered_json;

inline constexpr const char* kDialect = "https://json-schema.org/draft/2020-12/schema";

/// `{"$ref": "#/$defs/<name>"}`.
inline Json def_ref(const std::string& name) {
  return Json{{"$ref", "#/$defs/" + name}};
}

/// `schema` with a "description" added (last, so the type comes first).
inline Json described(Json schema, const std::string& description) {
  schema["description"] = description;
  return schema;
}

/// Pretty-printed, two spaces, ending with a newline.
inline std::string dump(const Json& schema) {
  return schema.dump(2, ' ', false, Json::error_handler_t::replace) + '\n';
}

}  // namespace aser::schema
