// normalize_label: NFC, case folding, apostrophes, white space (issue 9, case 7).
#include <catch2/catch.hpp>

#include "support/normalize.hpp"

using aser::normalize_label;

TEST_CASE("labels are compared as a person reads them") {
  CHECK(normalize_label("Plan d’action") == "plan d'action");    // U+2019
  CHECK(normalize_label("plan dʼaction") == "plan d'action");    // U+02BC
  CHECK(normalize_label("plan d`action") == "plan d'action");    // backquote
  CHECK(normalize_label("  EU   Ecolabel\t") == "eu ecolabel");  // trim, collapse
  CHECK(normalize_label("EU\u00a0Ecolabel") == "eu ecolabel");   // no-break space
  // NFC: "é" written as e + U+0301 is the same as the precomposed U+00E9.
  CHECK(normalize_label("Cre\u0301che") == normalize_label("Cr\u00e9che"));
  CHECK(normalize_label("CRÈCHE") == "crèche");
  CHECK(normalize_label("") == "");
  CHECK(normalize_label("\xff bad") == "\xff bad");  // not UTF-8: unchanged
}
