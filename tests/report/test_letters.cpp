// Letters (report/letters, letter_template, markdown_html) on the hand-made
// evaluation of sample.hpp: who gets a letter, what it says, the template
// language and its errors, escaping.
#include <catch2/catch.hpp>
#include <string>

#include "report/letter_template.hpp"
#include "report/letters.hpp"
#include "report/markdown_html.hpp"
#include "report/sample.hpp"

using namespace aser;
using namespace aser::report;

namespace {

bool has(const std::string& text, const std::string& part) {
  return text.find(part) != std::string::npos;
}

}  // namespace

TEST_CASE("letters: every bid but the winner gets one, in the report's order") {
  Letters letters = render_letters(test::sample_grid(), test::sample_evaluation(), {});
  REQUIRE(letters.diagnostics.empty());
  // B-014 ranks 1: no letter. B-007 and B-021 ranked, B-003 excluded, B-009 invalid.
  REQUIRE(letters.letters.size() == 4);
  CHECK(letters.letters[0].bid == "B-007");
  CHECK(letters.letters[1].bid == "B-021");
  CHECK(letters.letters[2].bid == "B-003");
  CHECK(letters.letters[3].bid == "B-009");
}

TEST_CASE("letters: a ranked bid's outcome, scores and the winner's advantages") {
  Letters letters = render_letters(test::sample_grid(), test::sample_evaluation(), {});
  const std::string& b007 = letters.letters[0].markdown;
  // 3 ranked bids; B-007 has 78.25 → "78,25", the winner 82.5 → "82,50".
  CHECK(has(
      b007,
      "Votre offre est classée au rang 2 sur 3, avec un total de 78,25 points sur "
      "100. L'offre retenue est celle du soumissionnaire Atelier Solidaire du Sud (offre B-014), "
      "avec un total de 82,50 points sur 100."));
  // Scores and points: price 1,000 / 40,00 for B-007, 0,930 / 37,20 for the winner.
  CHECK(has(b007, "| **Prix** | 40,0\u00a0% | 1,000 | 40,00 | 0,930 | 37,20 |"));
  // The sample's B-007 has no leaf points below its groups: the winner's
  // advantages are counted on leaves both have, here only the price, where
  // B-007 leads (40 > 37.2): no advantage to list.
  CHECK(has(b007, "L'offre retenue ne devance la vôtre sur aucun critère pris isolément"));
}

TEST_CASE("letters: excluded and invalid bids get their reasons, first line only") {
  Letters letters = render_letters(test::sample_grid(), test::sample_evaluation(), {});
  const std::string& excluded = letters.letters[2].markdown;
  CHECK(has(excluded,
            "Votre offre a été exclue, et n'a donc pas été classée, pour le motif "
            "suivant\u00a0:\n\n- Clause sociale — 5 % d'heures d'insertion au minimum\n"));
  CHECK(has(excluded, "Destinataire\u00a0: Propreté \\& Fils, \"Le Bon\""));
  const std::string& invalid = letters.letters[3].markdown;
  CHECK(has(invalid,
            "Votre offre n'a pas pu être évaluée (offre irrégulière), pour le motif "
            "suivant\u00a0:\n\n- bids/B-009.yaml:3:8: error: 'price' expects a number, "
            "got 'cent mille'\n"));
  CHECK_FALSE(has(invalid, "^"));  // the caret line stays in the report, not in a letter
}

TEST_CASE("letters: a tie at rank 1 names both winners, a lot with no ranked bid none") {
  Evaluation evaluation = test::sample_evaluation();
  evaluation.lots[0].bids[1].rank = 1;
  evaluation.lots[0].bids[1].total = 82.5;
  Letters tie = render_letters(test::sample_grid(), evaluation, {});
  REQUIRE(tie.letters.size() == 3);  // B-021, B-003, B-009
  CHECK(has(tie.letters[0].markdown,
            "Les offres classées premières ex aequo sont celles des soumissionnaires Atelier "
            "Solidaire du Sud "
            "(offre B-014) et Nettoyage Éco-Propreté (offre B-007), avec un total de 82,50"));

  Evaluation none = test::sample_evaluation();
  none.lots[0].bids.erase(none.lots[0].bids.begin(), none.lots[0].bids.begin() + 3);
  Letters nobody = render_letters(test::sample_grid(), none, {});
  REQUIRE(nobody.letters.size() == 2);
  CHECK(has(nobody.letters[0].markdown, "Aucune offre n'a été classée dans ce lot."));
}

TEST_CASE("letters: English grid, English letter") {
  Letters letters = render_letters(test::sample_grid("en"), test::sample_evaluation(), {});
  CHECK(has(letters.letters[0].markdown,
            "Your bid is ranked 2 of 3, with a total of 78.25 points out of 100."));
  CHECK(has(letters.letters[0].html, "<html lang=\"en\">"));
}

TEST_CASE("letter template: placeholders, spaces inside braces, errors with positions") {
  Diagnostics problems;
  LetterTemplate parsed =
      parse_letter_template("A {{ bid }} B {{rank}}.", "t.md", {"bid", "rank"}, problems);
  CHECK(problems.empty());
  CHECK(fill_letter_template(parsed, {{"bid", "x"}, {"rank", "2"}}) == "A x B 2.");

  parse_letter_template("ok\n{{}} {{rnak}} {{bid\n", "t.md", {"bid", "rank"}, problems);
  REQUIRE(problems.size() == 3);
  CHECK(problems[0].message == "empty placeholder '{{}}'");
  CHECK(problems[0].pos.line == 2);
  CHECK(problems[0].pos.column == 1);
  CHECK(problems[1].message == "unknown placeholder 'rnak'");
  CHECK(problems[1].pos.column == 8);  // "{{}} {{" is 7 bytes: the name starts at 8
  CHECK(problems[1].hint == "did you mean 'rank'?");
  CHECK(problems[2].message == "'{{' is not closed on its line");
  CHECK(problems[2].pos.column == 15);  // "{{}} {{rnak}} " is 14 bytes
}

TEST_CASE("markdown_text: bidder text cannot make markup") {
  CHECK(markdown_text("Martin & Fils") == "Martin \\& Fils");
  CHECK(markdown_text("<b>*x*</b> | [a](b) _y_ `z` #1 ~s~ !") ==
        "\\<b\\>\\*x\\*\\</b\\> \\| \\[a\\](b) \\_y\\_ \\`z\\` \\#1 \\~s\\~ \\!");
  CHECK(markdown_text("- a list?") == "\\- a list?");
  CHECK(markdown_text("1. a list?") == "1\\. a list?");
  CHECK(markdown_text("a - b. 2.5") == "a - b. 2.5");
  CHECK(markdown_text("two\nlines\r\nhere") == "two lines here");
}

TEST_CASE("markdown_to_html: tables, and raw HTML left out") {
  std::string html =
      markdown_to_html("| a | b |\n| --- | ---: |\n| 1 | 2 |\n\n<script>x</script>\n");
  CHECK(has(html, "<table>"));
  CHECK(has(html, "<td align=\"right\">2</td>"));
  CHECK_FALSE(has(html, "<script>"));
  CHECK(has(markdown_to_html("\\<b\\> \\& \\*"), "<p>&lt;b&gt; &amp; *</p>"));
}
