// own_output_why: aser's own outputs are recognised by their first bytes.
#include <catch2/catch.hpp>

#include "load/own_outputs.hpp"

using aser::own_output_why;

TEST_CASE("a JSON report or schema of aser is recognised; a bid is not") {
  CHECK(own_output_why("{\n  \"aser\": {\n    \"version\": \"0.1.0\",\n    \"kind\": \"report\"\n  "
                       "},\n  \"grid\": {",
                       ".json") == "aser's own report (JSON), not a bid");
  CHECK(own_output_why("{\n  \"$schema\": \"https://json-schema.org/draft/2020-12/schema\",\n  "
                       "\"title\": \"aser bid: Test\",",
                       ".json") == "aser's own JSON Schema, not a bid");
  // A bid that points its editor at a schema, or names aser, is still a bid.
  CHECK(own_output_why("{\"$schema\": \"bid.schema.json\", \"id\": \"aser\"}", ".json").empty());
  CHECK(own_output_why("{\"aser\": {\"kind\": \"bid\"}, \"price\": 1}", ".json").empty());
  CHECK(own_output_why("{\"id\": \"b\", \"price\": 1}", ".json").empty());
}

TEST_CASE("a CSV report is recognised by its header, with any separator and a BOM") {
  CHECK(
      own_output_why("lot,rank,id,supplier,status,price,cost,total,flags,aser_version,options\r\n",
                     ".csv") == "aser's own report (CSV), not a bid");
  CHECK(own_output_why("\xEF\xBB\xBFlot;rank;id;supplier;status;aser_version;options\r\n",
                       ".csv") == "aser's own report (CSV), not a bid");
  // A table of bids (even one with a lot column) is not.
  CHECK(own_output_why("lot,id,supplier,price\n1,a,A,100\n", ".csv").empty());
}

TEST_CASE("a bid form is skipped only while none of its answers is filled in") {
  const std::string blank =
      "# Bid form — Test\n# Write each answer after its colon.\nid:           # your id\n"
      "supplier:\nsocial:\n  insertion:   # %\nprice:\n";
  CHECK(own_output_why(blank, ".yaml") == "aser's bid form, not filled in: not a bid");
  CHECK(own_output_why("# Formulaire de réponse — Test\nprix:\n", ".yml") ==
        "aser's bid form, not filled in: not a bid");
  // One answer written: a bid, to be read (and checked) as one.
  std::string filled = blank;
  filled.replace(filled.find("price:"), 6, "price: 118500");
  CHECK(own_output_why(filled, ".yaml").empty());
  CHECK(own_output_why("supplier: A\nprice: 1\n", ".yaml").empty());
}

TEST_CASE("the CSV bid form is skipped while no row is filled in") {
  // `aser form -f csv` writes the header row only (';' for a French grid).
  const std::string header = "id;supplier;lot;price;food.egalim_pct\n";
  CHECK(own_output_why(header, ".csv") == "aser's bid form (CSV), no row filled in: not a bid");
  CHECK(own_output_why("\xEF\xBB\xBFid,supplier,price\r\n\r\n", ".csv") ==
        "aser's bid form (CSV), no row filled in: not a bid");
  // One row filled in: a bid table.
  CHECK(own_output_why(header + "b1;Alpha;;100;50\n", ".csv").empty());
  // Another header: not aser's form.
  CHECK(own_output_why("name;supplier;price\n", ".csv").empty());
}
