// load_grid: the grid's top-level keys, then each section, then the checks
// that span sections. Every problem is collected; the grid is returned only
// when there is none.
#include "load/grid_loader.hpp"

#include <cstdio>
#include <functional>

#include "load/document.hpp"
#include "load/fields.hpp"
#include "load/grid_parts.hpp"
#include "support/sha256.hpp"

namespace aser {
namespace {

const std::vector<std::string> kGridKeys = {
    "format",      "name",     "language",     "currency", "scale",  "method",    "context",
    "description", "criteria", "requirements", "cost",     "checks", "tie_break", "lots"};

std::string fmt_number(double x) {
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, "%g", x);
  return buffer;
}

FileFormat format_of(const std::string& name) {
  const std::size_t dot = name.rfind('.');
  std::string ext = dot == std::string::npos ? "" : name.substr(dot + 1);
  for (char& c : ext) c = static_cast<char>(c >= 'A' && c <= 'Z' ? c + 32 : c);
  return ext == "json" ? FileFormat::json : FileFormat::yaml;
}

void read_header(const Fields& fields, Grid& grid, const Sink& sink) {
  if (const Value* format = fields.get("format")) {
    if (std::optional<double> number = expect_number(*format, "format", sink);
        number && *number != 1)
      sink.error(format->pos, "unsupported grid format " + format->text,
                 "this version of aser reads 'format: 1'");
  } else {
    sink.error(fields.map().pos, "the grid has no 'format'", "add 'format: 1' at the top");
  }
  if (std::optional<std::string> name = fields.text("name")) grid.name = *name;
  if (std::optional<std::string> language = fields.choice("language", {"fr", "en"}))
    grid.language = *language;
  if (std::optional<std::string> currency = fields.text("currency")) grid.currency = *currency;
  if (std::optional<double> scale = fields.number("scale")) {
    if (*scale <= 0)
      sink.error(fields.get("scale")->pos, "'scale' must be above 0, got " + fmt_number(*scale),
                 "the total points, such as 100 or 20");
    else
      grid.scale = *scale;
  }
  if (std::optional<std::string> context = fields.choice("context", {"public", "private"}))
    grid.context = *context == "private" ? Context::private_buyer : Context::public_buyer;
  if (std::optional<std::string> text = fields.text("description")) grid.description = *text;
}

// Vmax = sum over the leaves but price of the product of the raw weights on
// their path (DESIGN section 4); it must stay within max_total.
double vmax(const std::vector<Criterion>& nodes, double product, bool top) {
  double total = 0;
  for (const Criterion& node : nodes) {
    if (top && node.id == "price" && !node.group) continue;
    const double coefficient = product * node.weight;
    total += node.group ? vmax(node.children, coefficient, false) : coefficient;
  }
  return total;
}

// Checks across sections: what the methods and checks need of the criteria.
void check_price(const Grid& grid, const Value& root, const Sink& sink) {
  const bool has_price = price_criterion(grid) != nullptr;
  if (const MapEntry* method = root.find_entry("method")) {
    if (grid.method.kind != Method::weighted_sum && !has_price)
      sink.error(method->value.pos,
                 std::string("method '") + method_name(grid.method.kind) +
                     "' needs a top-level criterion 'price'",
                 "add '- id: price' with 'answer: price' to the criteria");
    if (grid.method.kind == Method::price_per_point && has_price && grid.criteria.size() < 2)
      sink.error(method->value.pos, "method 'price_per_point' needs criteria besides price",
                 "the quality points come from the other criteria");
    if (grid.method.kind == Method::adjusted_price) {
      const double total = vmax(grid.criteria, 1, true);
      if (total > grid.method.max_total + 1e-12)
        sink.error(method->value.pos,
                   "under adjusted_price the coefficients add up to " + fmt_number(total) +
                       ", above the cap of " + fmt_number(grid.method.max_total),
                   "lower the weights, or raise the cap: { adjusted_price: { max_total: 0.5 } }");
    }
  }
  if (const MapEntry* checks = root.find_entry("checks"); checks && !has_price)
    sink.error(checks->key_pos, "'checks' needs a top-level criterion 'price'",
               "the abnormally-low tests read the price criterion's answer");
}

}  // namespace

GridLoad load_grid(std::string_view text, const std::string& display_name, const Limits& limits) {
  GridLoad result;
  Document doc = parse_document(text, display_name, format_of(display_name), limits);
  result.diagnostics = doc.diagnostics;
  if (!doc.ok()) return result;
  const Sink sink{display_name, &doc.lines, &result.diagnostics};
  if (doc.root.kind == Value::Kind::null) {
    sink.error({}, "the grid file is empty", "start with 'format: 1', a name and 'criteria:'");
    return result;
  }

  Grid grid;
  grid.file = display_name;
  grid.sha256 = sha256_hex(text);
  Fields fields(doc.root, sink, "the grid", kGridKeys);
  if (!fields.ok()) return result;

  // 1. Header: format, name, language, currency, scale, context.
  read_header(fields, grid, sink);
  // 2. Method and cost first: they decide how weights and 'cost' are read.
  if (const Value* method = fields.get("method")) grid.method = read_method(*method, sink);
  if (const Value* cost = fields.get("cost")) grid.cost = read_cost(*cost, sink);
  // 3. The criteria tree.
  CriteriaContext context;
  context.method = grid.method.kind;
  context.has_cost = grid.cost.has_value();
  if (const Value* criteria = fields.get("criteria"))
    grid.criteria = read_criteria(*criteria, "", 0, context, sink);
  else
    sink.error(doc.root.pos, "the grid has no 'criteria'",
               "add 'criteria:' with a list of criteria and groups");
  // 4. Sections that name criteria.
  if (const Value* requirements = fields.get("requirements"))
    grid.requirements = read_requirements(*requirements, grid, sink);
  if (const Value* checks = fields.get("checks")) grid.abnormally_low = read_checks(*checks, sink);
  if (const Value* tie_break = fields.get("tie_break"))
    grid.tie_break = read_tie_break(*tie_break, grid, sink);
  // 5. Lots: their weights name nodes, their estimates serve the checks.
  if (const Value* lots = fields.get("lots")) grid.lots = read_lots(*lots, grid, sink);
  // 6. What the methods and checks need.
  check_price(grid, doc.root, sink);
  check_estimates(grid, doc.root, sink);

  if (!has_errors(result.diagnostics)) result.grid = std::move(grid);
  return result;
}

}  // namespace aser
