#include "report/xlsx_formulas.hpp"

#include "report/numbers.hpp"

namespace aser::xlsx {
namespace {

std::string clamp01(const std::string& expr) {
  return "MAX(0,MIN(1," + expr + "))";
}

// The rule of a number: 0 unless the value is a number (absent is "", a wrong
// kind is text: aser scores both 0 with a warning).
std::string if_number(const std::string& x, const std::string& expr) {
  return "IF(ISNUMBER(" + x + ")," + expr + ",0)";
}

std::string n(double value) {
  return number_literal(value);
}

std::string linear(const Rule& rule, const std::string& x) {
  if (rule.best == rule.worst) return "IF(" + x + "=" + n(rule.best) + ",1,0)";
  return clamp01("(" + x + "-" + n(rule.worst) + ")/(" + n(rule.best) + "-" + n(rule.worst) + ")");
}

// Piecewise linear: the first point at or after x closes the segment; flat
// beyond both ends.
std::string curve(const Rule& rule, const std::string& x) {
  const auto& p = rule.points;
  if (p.empty()) return "0";
  std::string out = "IF(" + x + "<=" + n(p.front().first) + "," + n(p.front().second) + ",";
  std::string close = ")";
  for (std::size_t i = 1; i < p.size(); ++i) {
    const auto& [x0, s0] = p[i - 1];
    const auto& [x1, s1] = p[i];
    out += "IF(" + x + "<=" + n(x1) + "," + n(s0) + "+(" + n(s1) + "-" + n(s0) + ")*(" + x + "-" +
           n(x0) + ")/(" + n(x1) + "-" + n(x0) + "),";
    close += ")";
  }
  return clamp01(out + n(p.back().second) + close);
}

std::string steps(const Rule& rule, const std::string& x) {
  std::string out, close;
  for (const Step& step : rule.steps) {
    out += "IF(" + x + (step.at_least ? ">=" : "<=") + n(step.bound) + "," + n(step.score) + ",";
    close += ")";
  }
  return out + "0" + close;
}

std::string scale(const Rule& rule, const std::string& x) {
  std::string out, close;
  for (const auto& [label, score] : rule.labels) {
    out += "IF(EXACT(" + x + "," + text_literal(label) + ")," + n(score) + ",";
    close += ")";
  }
  return out + "0" + close;
}

}  // namespace

std::string column_name(int col) {
  std::string out;
  for (int c = col + 1; c > 0; c = (c - 1) / 26) out.insert(out.begin(), char('A' + (c - 1) % 26));
  return out;
}

std::string cell(int row, int col) {
  return column_name(col) + std::to_string(row + 1);
}

std::string absolute_cell(int row, int col) {
  return "$" + column_name(col) + "$" + std::to_string(row + 1);
}

std::string column_range(int col, int first, int last) {
  return column_name(col) + "$" + std::to_string(first + 1) + ":" + column_name(col) + "$" +
         std::to_string(last + 1);
}

std::string sheet_name(const std::string& wanted, std::set<std::string>& taken) {
  std::string clean;
  for (char c : wanted) clean += std::string("[]:*?/\\").find(c) == std::string::npos ? c : '_';
  if (clean.empty()) clean = "_";
  if (clean.front() == '\'') clean.front() = '_';
  if (clean.back() == '\'') clean.back() = '_';
  auto characters = [](const std::string& s) {
    std::size_t n = 0;
    for (char c : s) n += (static_cast<unsigned char>(c) & 0xC0) != 0x80;
    return n;
  };
  auto shorten = [&](std::string s, std::size_t max) {
    while (characters(s) > max) {  // drop the last character, all its bytes
      while (!s.empty() && (static_cast<unsigned char>(s.back()) & 0xC0) == 0x80) s.pop_back();
      if (!s.empty()) s.pop_back();
    }
    return s;
  };
  auto folded = [](std::string s) {
    for (char& c : s)
      if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    return s;
  };
  std::string out = shorten(clean, 31);
  for (int n = 2; taken.count(folded(out)); ++n) {
    std::string suffix = "~" + std::to_string(n);
    out = shorten(clean, 31 - suffix.size()) + suffix;
  }
  taken.insert(folded(out));
  return out;
}

std::string on_sheet(const std::string& sheet, const std::string& ref) {
  std::string out = "'";
  for (char c : sheet) {
    if (c == '\'') out += '\'';
    out += c;
  }
  return out + "'!" + ref;
}

std::string text_literal(const std::string& text) {
  std::string out = "\"";
  for (char c : text) {
    if (c == '"') out += '"';
    out += c;
  }
  return out + "\"";
}

std::string number_literal(double value) {
  std::string text = report::shortest_decimal(value == 0 ? 0.0 : value);
  return value < 0 ? "(" + text + ")" : text;
}

std::string rule_formula(const Rule& rule, const std::string& x, const std::string& range) {
  const std::string min = "MIN(" + range + ")";
  const std::string max = "MAX(" + range + ")";
  switch (rule.kind) {
    case RuleKind::linear:
      return if_number(x, linear(rule, x));
    case RuleKind::curve:
      return if_number(x, curve(rule, x));
    case RuleKind::steps:
      return if_number(x, steps(rule, x));
    case RuleKind::scale:
      return scale(rule, x);
    case RuleKind::boolean:
      return "IF(" + x + "=TRUE()," + n(rule.yes) + ",IF(" + x + "=FALSE()," + n(rule.no) + ",0))";
    case RuleKind::lowest_ratio:
      return if_number(
          x, "IF(" + x + "<=0,IF(" + x + "<=" + min + ",1,0)," + clamp01(min + "/" + x) + ")");
    case RuleKind::highest_ratio:
      return if_number(
          x, "IF(" + max + "<=0,IF(" + x + ">=" + max + ",1,0)," + clamp01(x + "/" + max) + ")");
    case RuleKind::linear_range:
      return if_number(x, "IF(" + max + "=" + min + ",1," +
                              clamp01("(" + max + "-" + x + ")/(" + max + "-" + min + ")") + ")");
    case RuleKind::deviation:
      return if_number(
          x, "IF(" + min + "<=0,IF(" + x + "<=" + min + ",1,0)," +
                 clamp01("1-(" + x + "-" + min + ")/(" + min + "*(" + n(rule.zero_at) + "-1))") +
                 ")");
  }
  return "0";
}

std::string value_formula(Panel panel, const std::string& first, const std::string& range,
                          int width) {
  if (width <= 1) return "IF(ISBLANK(" + first + "),\"\"," + first + ")";
  const char* reduce = panel == Panel::median ? "MEDIAN"
                       : panel == Panel::min  ? "MIN"
                       : panel == Panel::max  ? "MAX"
                                              : "AVERAGE";
  return "IF(COUNT(" + range + ")=0,\"\"," + reduce + "(" + range + "))";
}

std::string quantity_formula(const std::string& first, const std::string& range, int width) {
  if (width <= 1) return "N(" + first + ")";
  return "IF(COUNT(" + range + ")=0,0,AVERAGE(" + range + "))";
}

std::string cost_formula(const std::string& purchase,
                         const std::vector<std::pair<std::string, double>>& yearly, int years,
                         double discount_rate) {
  std::vector<std::string> terms;
  for (const auto& [quantity, unit_cost] : yearly) terms.push_back(quantity + "*" + n(unit_cost));
  std::string per_year = "(" + sum_of(terms) + ")";
  std::string factor = discount_rate == 0 ? std::to_string(years)
                                          : "(1-(1+" + n(discount_rate) + ")^(-" +
                                                std::to_string(years) + "))/" + n(discount_rate);
  return "IF(ISNUMBER(" + purchase + ")," + purchase + "+" + per_year + "*" + factor + ",\"\")";
}

std::string sum_of(const std::vector<std::string>& cells) {
  if (cells.empty()) return "0";
  std::string out;
  for (std::size_t i = 0; i < cells.size(); ++i) out += (i ? "+" : "") + cells[i];
  return out;
}

std::string adjusted_price_formula(const std::string& price, const std::string& v,
                                   const std::string& vmax) {
  return "IF(" + vmax + "<1,ROUND(" + price + "/(1+(" + v + ")/(1-" + vmax + ")),2),ROUND(" +
         price + ",2))";
}

std::string price_per_point_formula(const std::string& price, const std::string& quality) {
  return "IF(" + quality + ">0," + price + "/" + quality + ",0)";
}

}  // namespace aser::xlsx
