// The bid form: which answers it asks for and how it describes them, in YAML,
// CSV and Markdown; the example bids of `aser init`.
#include <catch2/catch.hpp>
#include <string>

#include "model/grid.hpp"
#include "publish/form.hpp"

using namespace aser;

namespace {

Criterion leaf(std::string id, std::string label, std::string answer, RuleKind kind) {
  Criterion c;
  c.id = std::move(id);
  c.label = std::move(label);
  c.answer = std::move(answer);
  c.rule.kind = kind;
  return c;
}

// price (lowest_ratio); env {co2 linear 100..0 in kg, label scale, dosing boolean
// with missing: exclude}; a requirement on social.insertion (read by no criterion).
Grid small_grid(const std::string& language) {
  Grid g;
  g.name = "Test grid";
  g.language = language;
  g.criteria.push_back(leaf("price", "Price", "price", RuleKind::lowest_ratio));
  Criterion env;
  env.id = "env";
  env.group = true;
  Criterion co2 = leaf("co2", "Emissions", "env.co2", RuleKind::linear);
  co2.rule.worst = 100;
  co2.rule.best = 0;
  co2.unit = "kg";
  co2.evidence = "Carbon report";
  Criterion label = leaf("label", "Label", "env.label", RuleKind::scale);
  label.rule.labels = {{"EU Ecolabel", 1}, {"none", 0}};
  Criterion dosing = leaf("dosing", "Dosing", "env.dosing", RuleKind::boolean);
  dosing.missing = Missing::exclude;
  env.children = {co2, label, dosing};
  g.criteria.push_back(env);
  Requirement insertion;
  insertion.answer = "social.insertion";
  insertion.at_least = 5;
  insertion.reason = "Clause";
  g.requirements.push_back(insertion);
  return g;
}

}  // namespace

TEST_CASE("form fields: every answer read with its type and labels and requirements and evidence") {
  const std::vector<FormField> fields = form_fields(small_grid("en"));
  REQUIRE(fields.size() == 5);
  CHECK(fields[0].path == "price");
  CHECK(fields[0].better == "lower is better (compared with the other bids)");
  CHECK_FALSE(fields[0].required);
  CHECK(fields[1].path == "env.co2");
  CHECK(fields[1].unit == "kg");
  CHECK(fields[1].better == "100: no points, 0: full points");
  CHECK(fields[1].evidence == "Carbon report");
  CHECK(fields[2].type == FormField::Type::label);
  CHECK(fields[2].labels == std::vector<std::string>{"EU Ecolabel", "none"});
  CHECK(fields[3].type == FormField::Type::boolean);
  CHECK(fields[3].required);  // missing: exclude
  CHECK(fields[3].missing == "required: a bid without it is excluded");
  CHECK(fields[4].path == "social.insertion");
  CHECK(fields[4].required);
  CHECK(fields[4].requirements == std::vector<std::string>{"at least 5 (Clause)"});
}

TEST_CASE("form yaml: id and supplier and lot first then answers nested with empty values") {
  CHECK(form_yaml(small_grid("en")) ==
        "# Bid form — Test grid\n"
        "# Write each answer after its colon; leave it empty if you do not answer.\n"
        "# Numbers use a decimal point (12.5); texts may be quoted (\"EU Ecolabel\").\n"
        "id:           # your bid's id, unique in the tender (a text)\n"
        "supplier:     # your company's name\n"
        "lot:          # the lot you bid for (leave empty without lots)\n"
        "# Price — a number\n"
        "# lower is better (compared with the other bids)\n"
        "# no answer scores 0\n"
        "price:\n"
        "env:\n"
        "  # Emissions — a number, in kg\n"
        "  # 100: no points, 0: full points\n"
        "  # no answer scores 0\n"
        "  # Evidence: Carbon report\n"
        "  co2:\n"
        "  # Label — one of \"EU Ecolabel\", \"none\"\n"
        "  # no answer scores 0\n"
        "  label:\n"
        "  # Dosing — true or false\n"
        "  # required: a bid without it is excluded\n"
        "  dosing:\n"
        "social:\n"
        "  # social.insertion — a number\n"
        "  # Requirement: at least 5 (Clause)\n"
        "  insertion:\n"
        "# The evidence you give for an answer (a document, a licence number),\n"
        "# between the quotes.\n"
        "evidence:\n"
        "  # Carbon report\n"
        "  env.co2: \"\"\n");
}

TEST_CASE("form csv: one header row with semicolons for a French grid") {
  CHECK(form_csv(small_grid("en")) ==
        "id,supplier,lot,price,env.co2,env.label,env.dosing,social.insertion,evidence.env.co2\r\n");
  CHECK(form_csv(small_grid("fr")) ==
        "id;supplier;lot;price;env.co2;env.label;env.dosing;social.insertion;evidence.env.co2\r\n");
}

TEST_CASE("form markdown: a row per answer with pipes escaped") {
  Grid grid = small_grid("en");
  grid.criteria[0].label = "Price | total";
  const std::string md = form_markdown(grid);
  CHECK(md.find("| `price` | Price \\| total | a number — lower is better (compared with the "
                "other bids) |  | no (no answer scores 0) |  |  |\n") != std::string::npos);
  CHECK(md.find("| `env.dosing` | Dosing | true or false |  | yes |  |  |\n") != std::string::npos);
}

TEST_CASE(
    "example bids: within the ranges and meeting the requirements with bid 1 better on quality") {
  const Grid grid = small_grid("en");
  const std::string one = example_bid_yaml(grid, 1);
  const std::string two = example_bid_yaml(grid, 2);
  // co2: linear 100 -> 0; bid 1 at 90 % of the way: 100 + 0.9 × (0 − 100) = 10;
  // bid 2 at 60 %: 100 − 60 = 40.
  CHECK(one.find("  co2: 10\n") != std::string::npos);
  CHECK(two.find("  co2: 40\n") != std::string::npos);
  CHECK(one.find("price: 100000\n") != std::string::npos);
  CHECK(two.find("price: 92000\n") != std::string::npos);
  CHECK(one.find("  label: \"EU Ecolabel\"\n") != std::string::npos);
  CHECK(two.find("  label: \"none\"\n") != std::string::npos);
  CHECK(one.find("  dosing: true\n") != std::string::npos);
  CHECK(two.find("  dosing: false\n") != std::string::npos);
  // social.insertion is read by a requirement only (at least 5): 5 + 1 and 5.
  CHECK(one.find("  insertion: 6\n") != std::string::npos);
  CHECK(two.find("  insertion: 5\n") != std::string::npos);
  CHECK(one.find("id:           # ") == std::string::npos);
  CHECK(one.find("id: exemple-1") != std::string::npos);
}

TEST_CASE("form yaml: keys YAML would not read back as the same text are quoted") {
  Grid grid;
  grid.name = "g";
  grid.criteria.push_back(leaf("a", "A", "energy.2024", RuleKind::linear));
  grid.criteria.push_back(leaf("b", "B", "flags.null", RuleKind::linear));
  grid.criteria.push_back(leaf("c", "C", "x.on", RuleKind::linear));
  grid.criteria.push_back(leaf("d", "D", "y.a b", RuleKind::linear));
  grid.criteria.push_back(leaf("e", "E", "supplier", RuleKind::linear));  // never an answer
  const std::string yaml = form_yaml(grid);
  CHECK(form_fields(grid).size() == 4);
  CHECK(form_csv(grid) == "id,supplier,lot,energy.2024,flags.null,x.on,y.a b\r\n");
  CHECK(yaml.find("\n  \"2024\":\n") != std::string::npos);
  CHECK(yaml.find("\n  \"null\":\n") != std::string::npos);
  CHECK(yaml.find("\n  \"on\":\n") != std::string::npos);
  CHECK(yaml.find("\n  \"a b\":\n") != std::string::npos);
}

// Issue 9, case 2: with declared lots, the form offers them and the starter
// bids of `aser init` name the first (so that the two compete).
TEST_CASE("declared lots in the form and the example bids") {
  Grid g = small_grid("en");
  Lot one;
  one.id = "1";
  one.name = "maternelles";
  Lot two;
  two.id = "2";
  g.lots = {one, two};
  const std::string form = form_yaml(g);
  CHECK(form.find("\nlot:          # the lot you bid for, one of: \"1\" (maternelles), \"2\"\n") !=
        std::string::npos);
  CHECK(example_bid_yaml(g, 1).find("\nlot: \"1\"") != std::string::npos);
  CHECK(example_bid_yaml(g, 2).find("\nlot: \"1\"") != std::string::npos);
  g.lots.clear();
  CHECK(example_bid_yaml(g, 1).find("\nlot:  ") != std::string::npos);  // empty without lots
}
