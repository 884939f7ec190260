// End-to-end: reports are reproducible. The same inputs give the same bytes
// whatever the order the bid files were written in and wherever their folder
// is; renaming a bid file changes only its `file` (a file's path is provenance,
// by design), never an id or a SHA-256. No date unless --date asks for one.
#include <algorithm>
#include <catch2/catch.hpp>
#include <filesystem>
#include <nlohmann/json.hpp>
#include <regex>
#include <string>
#include <vector>

#include "e2e/run.hpp"

using aser::test::read_file;
using aser::test::run_aser;
using aser::test::temp_dir;
using aser::test::write_file;
using nlohmann::json;

namespace {

namespace fs = std::filesystem;

const char* const formats[] = {"json", "markdown", "csv", "table"};

struct BidFile {
  std::string stem;
  std::string ext;
  std::string text;
};

// The example's bids, each given an explicit `id` (its stem) so that a
// renamed file keeps its id; ecobrillance.json has one already.
std::vector<BidFile> example_bids() {
  std::vector<BidFile> out;
  for (const auto& entry : fs::directory_iterator("examples/nettoyage/offres")) {
    BidFile bid{entry.path().stem().string(), entry.path().extension().string(),
                read_file(entry.path().string())};
    if (bid.ext == ".yaml") bid.text = "id: " + bid.stem + "\n" + bid.text;
    out.push_back(bid);
  }
  std::sort(out.begin(), out.end(),
            [](const BidFile& a, const BidFile& b) { return a.stem < b.stem; });
  return out;
}

// Writes the grid and the bids into `dir` in the given order, with the given names.
void lay_out(const std::string& dir, const std::vector<BidFile>& bids,
             const std::vector<std::string>& names) {
  write_file(dir + "/criteria.yaml", read_file("examples/nettoyage/criteria.yaml"));
  for (std::size_t i = 0; i < bids.size(); ++i)
    write_file(dir + "/offres/" + names[i] + bids[i].ext, bids[i].text);
}

// `aser rank offres -c criteria.yaml -f FORMAT`, run from inside `dir`, so
// that every path in the report is relative to the tender's folder.
std::string rank_in(const std::string& dir, const std::string& format,
                    const std::string& more = "") {
  auto run = run_aser("rank offres -c criteria.yaml -f " + format + more, "",
                      "-C '" + dir + "' NO_COLOR=1");
  INFO(run.err);
  REQUIRE(run.exit_code == 0);
  return run.out;
}

std::string replaced(std::string text, const std::string& from, const std::string& to) {
  for (std::size_t at = text.find(from); at != std::string::npos;
       at = text.find(from, at + to.size()))
    text.replace(at, from.size(), to);
  return text;
}

}  // namespace

TEST_CASE("reports are byte-identical with the files written in another order, elsewhere") {
  std::vector<BidFile> bids = example_bids();
  REQUIRE(bids.size() == 7);
  std::vector<std::string> names;
  for (const BidFile& bid : bids) names.push_back(bid.stem);

  const std::string first = temp_dir() + "/appel-offres";
  lay_out(first, bids, names);
  // The same files, written last to first, in a folder of another name and depth.
  std::vector<BidFile> reversed(bids.rbegin(), bids.rend());
  std::vector<std::string> reversed_names(names.rbegin(), names.rend());
  const std::string second = temp_dir() + "/archive/2026/marche-42";
  lay_out(second, reversed, reversed_names);

  for (const char* format : formats) {
    INFO(format);
    const std::string a = rank_in(first, format);
    CHECK(a == rank_in(second, format));
    CHECK(a.find(first) == std::string::npos);  // no absolute path slips in
    if (std::string(format) == "csv")
      CHECK(rank_in(first, format, " --sep ';' --decimal-comma --bom") ==
            rank_in(second, format, " --sep ';' --decimal-comma --bom"));
  }
  auto explain_a =
      run_aser("explain --all offres -c criteria.yaml", "", "-C '" + first + "' NO_COLOR=1");
  auto explain_b =
      run_aser("explain --all offres -c criteria.yaml", "", "-C '" + second + "' NO_COLOR=1");
  REQUIRE(explain_a.exit_code == 0);
  CHECK(explain_a.out == explain_b.out);
}

TEST_CASE("renamed bid files change only the file names in the reports") {
  std::vector<BidFile> bids = example_bids();
  std::vector<std::string> names, renamed;
  for (const BidFile& bid : bids) {
    names.push_back(bid.stem);
    // The stem backwards: a new name of the same length, so the table's
    // columns keep their widths.
    renamed.push_back(std::string(bid.stem.rbegin(), bid.stem.rend()));
  }
  const std::string first = temp_dir() + "/tender";
  const std::string second = temp_dir() + "/tender";
  lay_out(first, bids, names);
  lay_out(second, bids, renamed);

  for (const char* format : formats) {
    INFO(format);
    const std::string a = rank_in(first, format);
    std::string b = rank_in(second, format);
    CHECK(a != b);  // the names are in the report...
    for (std::size_t i = 0; i < names.size(); ++i)
      b = replaced(b, "offres/" + renamed[i] + bids[i].ext, "offres/" + names[i] + bids[i].ext);
    CHECK(a == b);  // ...and nothing else changed
  }

  // The ids and the SHA-256 of every bid are those of the first run.
  json a = json::parse(rank_in(first, "json"));
  json b = json::parse(rank_in(second, "json"));
  const json& bids_a = a.at("lots")[0].at("bids");
  const json& bids_b = b.at("lots")[0].at("bids");
  REQUIRE(bids_a.size() == 7);
  REQUIRE(bids_b.size() == 7);
  for (std::size_t i = 0; i < bids_a.size(); ++i) {
    CHECK(bids_a[i].at("id") == bids_b[i].at("id"));
    CHECK(bids_a[i].at("source").at("sha256") == bids_b[i].at("source").at("sha256"));
    CHECK(bids_a[i].at("source").at("file") != bids_b[i].at("source").at("file"));
  }
}

TEST_CASE("no date in any report unless --date gives one") {
  const std::regex date(R"(\b(19|20)\d\d-\d\d-\d\d\b)");
  for (const char* format : formats) {
    INFO(format);
    auto plain = run_aser(std::string("rank examples/nettoyage -f ") + format);
    REQUIRE(plain.exit_code == 0);
    CHECK_FALSE(std::regex_search(plain.out, date));
    auto dated = run_aser(std::string("rank examples/nettoyage --date 2026-03-14 -f ") + format);
    REQUIRE(dated.exit_code == 0);
    CHECK(dated.out.find("2026-03-14") != std::string::npos);
  }
  auto json_report = json::parse(run_aser("rank examples/nettoyage -f json --date 2026-03-14").out);
  CHECK(json_report.at("aser").at("date") == "2026-03-14");
  CHECK_FALSE(
      json::parse(run_aser("rank examples/nettoyage -f json").out).at("aser").contains("date"));
}
