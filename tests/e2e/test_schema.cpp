// End-to-end: `aser schema` — kinds, -c, -o and their errors. Whether files
// validate is checked by ajv in tests/schema/validate.py.
#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include "e2e/run.hpp"

using aser::test::read_file;
using aser::test::run_aser;
using aser::test::temp_dir;
using aser::test::write_file;
using nlohmann::json;

TEST_CASE("aser schema grid and report print draft 2020-12 schemas") {
  for (const char* kind : {"grid", "report"}) {
    auto run = run_aser(std::string("schema ") + kind);
    INFO(kind << run.err);
    CHECK(run.exit_code == 0);
    CHECK(run.err.empty());
    json schema = json::parse(run.out);
    CHECK(schema.at("$schema") == "https://json-schema.org/draft/2020-12/schema");
    CHECK(schema.at("title") == std::string("aser ") + kind);
  }
}

TEST_CASE("aser schema bid -c describes the answers of that grid") {
  const std::string dir = temp_dir();
  write_file(dir + "/grid.yaml", R"(format: 1
name: Two answers
criteria:
  - id: price
    answer: price
    rule: lowest_ratio
  - id: label
    answer: env.label
    missing: error
    rule: { scale: { "EU Ecolabel or equivalent": 1, none: 0 } }
)");
  auto run = run_aser("schema bid -c '" + dir + "/grid.yaml'");
  REQUIRE(run.exit_code == 0);
  json schema = json::parse(run.out);
  CHECK(schema.at("title") == "aser bid: Two answers");
  CHECK(schema.at("$defs").at("answer:env.label").at("enum") ==
        json::array({"EU Ecolabel or equivalent", "none"}));  // required: no null
  CHECK(schema.at("properties").at("env.label").at("$ref") == "#/$defs/answer:env.label");
}

TEST_CASE("aser schema -o writes the same bytes as stdout") {
  const std::string dir = temp_dir();
  auto to_file = run_aser("schema bid -c aser-default -o '" + dir + "/bid.schema.json'");
  CHECK(to_file.exit_code == 0);
  CHECK(to_file.out.empty());
  auto to_stdout = run_aser("schema bid -c aser-default");
  CHECK(read_file(dir + "/bid.schema.json") == to_stdout.out);
  CHECK(json::parse(to_stdout.out).at("title").get<std::string>().rfind("aser bid: ", 0) == 0);
}

TEST_CASE("aser schema bid on a grid that does not load exits 1 with its errors") {
  const std::string dir = temp_dir();
  write_file(dir + "/grid.yaml", "format: 1\ncriteria: []\n");
  auto run = run_aser("schema bid -c '" + dir + "/grid.yaml'");
  CHECK(run.exit_code == 1);
  CHECK(run.out.empty());
  CHECK(run.err.find("grid.yaml:2:11: error: 'criteria' expects a list of criteria, got an "
                     "empty list") != std::string::npos);
  CHECK(run.err.find("aser: error: cannot describe the bids of a grid that does not load") !=
        std::string::npos);
}

TEST_CASE("aser schema grid takes no -c, and an unknown kind is a usage error") {
  auto grid = run_aser("schema grid -c aser-default");
  CHECK(grid.exit_code == 2);
  CHECK(grid.err ==
        "aser: error: 'aser schema grid' takes no -c: the grid schema is the same for every grid\n"
        "hint: for the bids of a grid, 'aser schema bid -c aser-default'\n");
  CHECK(run_aser("schema bids").exit_code == 2);
}

TEST_CASE("aser schema bid without -c reads ./criteria.yaml, and none is an error") {
  const std::string dir = temp_dir();
  write_file(dir + "/criteria.yaml", R"(format: 1
name: Here
criteria:
  - id: quality
    answer: quality
    rule: { linear: { worst: 0, best: 10 } }
)");
  auto here = run_aser("schema bid", "", "-C '" + dir + "' NO_COLOR=1");
  REQUIRE(here.exit_code == 0);
  CHECK(json::parse(here.out).at("title") == "aser bid: Here");

  // Issue 9, case 3: the built-in default is used only when named.
  auto elsewhere = run_aser("schema bid", "", "-C '" + temp_dir() + "' NO_COLOR=1");
  CHECK(elsewhere.exit_code == 1);
  CHECK(elsewhere.out.empty());
  CHECK(elsewhere.err ==
        "criteria.yaml: error: no grid given with -c, and no criteria.yaml in '.'\n"
        "hint: give a grid file (-c path/to/criteria.yaml) or a built-in grid by name (-c "
        "aser-default, cleaning-services, collective-catering, it-equipment, vehicles-lcc, "
        "works-insertion)\n");
}
