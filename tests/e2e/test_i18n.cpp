// One language per report (issue 10): with `--lang fr`, no English message in
// any report of any example or of any bad input; the terminal table fits 120
// columns; bidder text is escaped in Markdown and keeps its lines in explain.
#include <catch2/catch.hpp>
#include <filesystem>
#include <nlohmann/json.hpp>
#include <sstream>

#include "e2e/run.hpp"
#include "model/catalogue.hpp"
#include "support/utf8.hpp"

using aser::test::read_file;
using aser::test::run_aser;
using aser::test::temp_dir;
using aser::test::write_file;

namespace {

// What must not appear in a French report: every literal stretch (10
// characters or more) of the catalogue's English texts that its French text
// does not share, and English words reports used to print.
std::vector<std::string> english_marks() {
  std::vector<std::string> out = {" is not ",  " expects ", ", got ",   "not answered",
                                  " scores 0", "Reasons",   "Warnings", "excluded",
                                  " bids ",    "warning:",  "reason: ", "hint: "};
  for (const aser::MessageText& m : aser::message_catalogue()) {
    std::string en = m.en;
    std::string literal;
    auto flush = [&] {
      if (literal.size() >= 10 && std::string(m.fr).find(literal) == std::string::npos)
        out.push_back(literal);
      literal.clear();
    };
    for (std::size_t i = 0; i < en.size(); ++i) {
      if (en[i] == '{') {
        flush();
        i = en.find('}', i);
        continue;
      }
      literal += en[i];
    }
    flush();
  }
  return out;
}

void check_french(const std::string& what, const std::string& text) {
  static const std::vector<std::string> marks = english_marks();
  for (const std::string& mark : marks) {
    INFO(what << "\nEnglish text: '" << mark << "'\n" << text);
    CHECK(text.find(mark) == std::string::npos);
  }
}

// The reasons and warnings of a JSON report, one per line; its codes beside them.
std::string json_texts(const std::string& what, const std::string& out) {
  nlohmann::json report = nlohmann::json::parse(out);
  std::string texts;
  for (const auto& lot : report.at("lots"))
    for (const auto& bid : lot.at("bids")) {
      CHECK(bid.at("reason_codes").size() == bid.at("reasons").size());
      CHECK(bid.at("warning_codes").size() == bid.at("warnings").size());
      for (const auto& reason : bid.at("reasons")) texts += reason.get<std::string>() + '\n';
      for (const auto& warning : bid.at("warnings")) texts += warning.get<std::string>() + '\n';
      // Every reason of an invalid bid is a catalogue message: it has a code.
      if (bid.at("status") == "invalid")
        for (const auto& code : bid.at("reason_codes")) {
          INFO(what << ": " << bid.at("reasons").dump());
          CHECK(code.is_string());
        }
    }
  for (const auto& warning : report.at("warnings")) texts += warning.get<std::string>() + '\n';
  return texts;
}

// A CSV report without its header (English column names) and its last column
// (status_code, the stable English status).
std::string csv_body(const std::string& out) {
  std::istringstream lines(out);
  std::string line, body;
  std::getline(lines, line);
  while (std::getline(lines, line)) body += line.substr(0, line.rfind(',')) + '\n';
  return body;
}

void check_reports(const std::string& args) {
  for (const char* format : {"table", "markdown", "csv", "json"}) {
    auto run = run_aser("rank " + args + " --keep-going --lang fr -f " + format);
    const std::string what = "aser rank " + args + " -f " + format;
    if (run.exit_code != 0) {  // a grid error: no report, only stderr (in English)
      CHECK(run.out.empty());
      continue;
    }
    if (std::string(format) == "json")
      check_french(what, json_texts(what, run.out));
    else if (std::string(format) == "csv")
      check_french(what, csv_body(run.out));
    else
      check_french(what, run.out);
  }
}

std::vector<std::string> examples() {
  std::vector<std::string> out;
  for (const auto& entry : std::filesystem::directory_iterator(ASER_SOURCE_DIR "/examples"))
    if (entry.is_directory()) out.push_back("examples/" + entry.path().filename().string());
  std::sort(out.begin(), out.end());
  return out;
}

}  // namespace

TEST_CASE("i18n: every example in French, in every report and in lint, has no English message") {
  for (const std::string& example : examples()) {
    check_reports(example);
    auto lint = run_aser("lint --lang fr -c " + example + "/criteria.yaml");
    CHECK(lint.exit_code == 0);
    check_french("aser lint " + example, lint.out);
    CHECK(lint.out.find("avertissement") != std::string::npos);  // each lints one relative rule
  }
  CHECK(examples().size() >= 7);
}

// The bad bids of cases.tsv in one run (--keep-going lists each as invalid
// with its reasons): one report per format instead of one per case. Grid
// errors print no report at all (stderr, in English), nor does a folder
// with no bids: they have their own test in test_bad_inputs.cpp.
TEST_CASE("i18n: every bad bid of tests/bad_inputs, in French reports, has no English message") {
  const std::string prefix = "validate -c tests/bad_inputs/grid.yaml ";
  std::istringstream cases(read_file(ASER_SOURCE_DIR "/tests/bad_inputs/cases.tsv"));
  std::string line, paths;
  int count = 0;
  while (std::getline(cases, line)) {
    if (line.empty() || line[0] == '#' || line.rfind(prefix, 0) != 0) continue;
    if (line.find("no bid files found") != std::string::npos) continue;
    paths += " " + line.substr(prefix.size(), line.find('\t') - prefix.size());
    ++count;
  }
  CHECK(count >= 25);
  const std::string args = "-c tests/bad_inputs/grid.yaml tests/bad_inputs/good" + paths;
  REQUIRE(run_aser("rank " + args + " --keep-going").exit_code == 0);
  check_reports(args);
}

TEST_CASE("i18n: --lang en turns a French grid's reports and lint to English") {
  auto run = run_aser("rank examples/nettoyage --lang en -f csv");
  REQUIRE(run.exit_code == 0);
  // Bid ecobrillance ranks first; its status in English, and its code.
  CHECK(run.out.find(",1,ecobrillance,ÉcoBrillance SCOP,ranked,") != std::string::npos);
  auto lint = run_aser("lint --lang en -c examples/nettoyage/criteria.yaml");
  CHECK(lint.out.find(": warning: criterion 'price' uses the relative rule") != std::string::npos);
  auto bad = run_aser("rank examples/nettoyage --lang de");
  CHECK(bad.exit_code == 2);
}

TEST_CASE("i18n: an invalid bid's reasons in French, their codes beside them in JSON") {
  // wrong_type.yaml has id A, as good/a.yaml: a duplicate id, and a text where a number goes.
  auto run = run_aser(
      "rank -c tests/bad_inputs/grid.yaml tests/bad_inputs/good "
      "tests/bad_inputs/bids/wrong_type.yaml --keep-going --lang fr -f json");
  REQUIRE(run.exit_code == 0);
  const nlohmann::json report = nlohmann::json::parse(run.out);
  nlohmann::json bid;
  for (const auto& b : report.at("lots").at(0).at("bids"))
    if (b.at("source").at("file") == "tests/bad_inputs/bids/wrong_type.yaml") bid = b;
  REQUIRE(bid.is_object());
  CHECK(bid.at("status") == "invalid");  // JSON keeps the stable code
  CHECK(bid.at("reasons") ==
        nlohmann::json::array({"tests/bad_inputs/bids/wrong_type.yaml:1:5: identifiant d'offre "
                               "'A' en double (aussi dans 'tests/bad_inputs/good/a.yaml')",
                               "tests/bad_inputs/bids/wrong_type.yaml:8:12: "
                               "'environment.co2e_kg' attend un nombre, reçu 'three tonnes'"}));
  CHECK(bid.at("reason_codes") == nlohmann::json::array({"bid.duplicate_id", "bid.expects"}));
}

TEST_CASE("width: every example's table fits 120 columns; --wide keeps the full names") {
  for (const std::string& example : examples()) {
    auto run = run_aser("rank " + example);
    REQUIRE(run.exit_code == 0);
    std::istringstream lines(run.out);
    for (std::string line; std::getline(lines, line);) {
      INFO(example << "\n" << line);
      CHECK(aser::display_width(line) <= 120);
    }
  }
  // collective-catering: its group "Qualité gustative (jury de dégustation)"
  // is cut short by default, whole with --wide.
  auto narrow = run_aser("rank examples/collective-catering");
  CHECK(narrow.out.find("Qualité gustative (jury de dégustation) (pts)") == std::string::npos);
  CHECK(narrow.out.find("Colonnes de points") != std::string::npos);
  auto wide = run_aser("rank examples/collective-catering --wide");
  CHECK(wide.out.find("Qualité gustative (jury de dégustation) (pts)") != std::string::npos);
  CHECK(wide.out.find("Colonnes de points") == std::string::npos);
}

TEST_CASE("safety: hostile names are escaped in Markdown; multi-line evidence indents") {
  const std::string dir = temp_dir();
  write_file(dir + "/criteria.yaml", read_file("tests/bad_inputs/grid.yaml"));
  write_file(dir + "/h.yaml", read_file("tests/bad_inputs/good/a.yaml") +
                                  "evidence:\n"
                                  "  environment.ecolabel: |\n"
                                  "    licence FR/030/004\n"
                                  "      annexe 2\n");
  std::string b = read_file("tests/bad_inputs/good/b.yaml");
  b.replace(b.find("supplier: "), 10,
            "supplier: \"<b>A & B</b> | *x* _y_ `z` \\\\ [l](u)\"\n_old: ");
  write_file(dir + "/b.yaml", b);
  auto md = run_aser("rank " + dir + " -f markdown --lang en");
  REQUIRE(md.exit_code == 0);
  CHECK(md.out.find("&lt;b&gt;A &amp; B&lt;/b&gt; \\| \\*x\\* \\_y\\_ \\`z\\` \\\\ \\[l\\](u)") !=
        std::string::npos);
  CHECK(md.out.find("<b>") == std::string::npos);
  // The evidence's second line is a hard break inside the same list item,
  // indented under it, its own indentation kept.
  CHECK(md.out.find("- environment.ecolabel: licence FR/030/004\\\n    annexe 2") !=
        std::string::npos);
  auto explain = run_aser("explain A " + dir + " --lang en");
  REQUIRE(explain.exit_code == 0);
  // "  environment.ecolabel: " is 24 columns: the next line starts under the text.
  CHECK(explain.out.find("  environment.ecolabel: licence FR/030/004\n" + std::string(24, ' ') +
                         "  annexe 2\n") != std::string::npos);
}
