// support/: did-you-mean, UTF-8 checks and widths, SHA-256.
#include <catch2/catch.hpp>

#include "support/sha256.hpp"
#include "support/suggest.hpp"
#include "support/utf8.hpp"

using namespace aser;

TEST_CASE("edit distance counts inserts, deletes and substitutions") {
  CHECK(edit_distance("kitten", "sitting") == 3);  // k→s, e→i, +g
  CHECK(edit_distance("", "abc") == 3);
  CHECK(edit_distance("price", "price") == 0);
  CHECK(edit_distance("prcie", "price") == 1);  // one swap of neighbours
  CHECK(edit_distance("rnak", "rank") == 1);
}

TEST_CASE("did you mean picks the closest near miss only") {
  std::vector<std::string> ids{"price", "social", "environment"};
  CHECK(did_you_mean("prise", ids) == "did you mean 'price'?");
  CHECK(did_you_mean("enviroment", ids) == "did you mean 'environment'?");
  CHECK(did_you_mean("quality", ids).empty());                   // too far from every id
  CHECK(did_you_mean("pirce", ids) == "did you mean 'price'?");  // a swap
  CHECK(did_you_mean("price", ids).empty());                     // the word itself is no suggestion
}

TEST_CASE("invalid UTF-8 is found at its byte") {
  CHECK(invalid_utf8_offset("Hygiène Express") == std::string::npos);
  CHECK(invalid_utf8_offset("ab\xff") == 2);
  CHECK(invalid_utf8_offset("\xc3") == 0);          // truncated sequence
  CHECK(invalid_utf8_offset("a\xc0\xaf") == 1);     // overlong '/'
  CHECK(invalid_utf8_offset("\xed\xa0\x80") == 0);  // a surrogate
}

TEST_CASE("display width counts accents as one column and CJK as two") {
  CHECK(display_width("Propreté") == 8);
  CHECK(display_width("e\xcc\x81") == 1);  // e + combining acute
  CHECK(display_width("清洁") == 4);
  CHECK(pad_right("Écho", 6) == "Écho  ");
  CHECK(pad_left("清", 4) == "  清");
}

TEST_CASE("sha256 of known strings") {
  // FIPS 180-2 test vectors.
  CHECK(sha256_hex("abc") == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
  CHECK(sha256_hex("") == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
}
