// docs/analysis.md quotes figures of `aser analyze examples/nettoyage`: its
// table "The figures, checked" (JSON pointer, value) is read here and each
// row compared with the binary's JSON, so that the doc cannot go stale.
#include <catch2/catch.hpp>
#include <cmath>
#include <nlohmann/json.hpp>
#include <sstream>

#include "e2e/run.hpp"

using aser::test::run_aser;
using nlohmann::json;

namespace {

struct Row {
  std::string pointer;
  std::string value;
};

std::vector<Row> checked_rows(const std::string& doc) {
  std::vector<Row> rows;
  std::istringstream in(doc);
  std::string line;
  while (std::getline(in, line)) {
    if (line.rfind("| `/", 0) != 0) continue;
    const std::size_t p0 = 3, p1 = line.find('`', p0);
    const std::size_t v0 = line.find('`', p1 + 1) + 1, v1 = line.find('`', v0);
    rows.push_back({line.substr(p0, p1 - p0), line.substr(v0, v1 - v0)});
  }
  return rows;
}

/// Half a unit of the last decimal written ("0.57767" → 5e-6).
double half_unit(const std::string& number) {
  const std::size_t dot = number.find('.');
  const int decimals = dot == std::string::npos ? 0 : static_cast<int>(number.size() - dot - 1);
  return 0.5 * std::pow(10.0, -decimals);
}

}  // namespace

TEST_CASE("docs/analysis.md: every figure quoted matches aser analyze", "[analyze][docs]") {
  const std::string doc = aser::test::read_file(std::string(ASER_SOURCE_DIR) + "/docs/analysis.md");
  const std::vector<Row> rows = checked_rows(doc);
  REQUIRE(rows.size() >= 20);
  auto run = run_aser("analyze examples/nettoyage -f json");
  REQUIRE(run.exit_code == 0);
  const json report = json::parse(run.out);
  for (const Row& row : rows) {
    INFO(row.pointer << " = " << row.value);
    const json& actual = report.at(json::json_pointer(row.pointer));
    const std::size_t pm = row.value.find(" ± ");
    if (pm != std::string::npos) {
      const double expected = std::stod(row.value.substr(0, pm));
      const double margin = std::stod(row.value.substr(pm + 4));
      CHECK(actual.get<double>() == Approx(expected).margin(margin));
    } else if (row.value[0] == '"' || row.value[0] == '[' || row.value == "true" ||
               row.value == "false" || row.value == "null") {
      CHECK(actual == json::parse(row.value));
    } else {
      CHECK(actual.get<double>() == Approx(std::stod(row.value)).margin(half_unit(row.value)));
    }
  }
}
