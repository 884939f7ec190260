// The message catalogue: every message in both languages with the same
// placeholders, and every text recognisable again (translate() relies on it).
#include <algorithm>
#include <catch2/catch.hpp>
#include <set>

#include "model/catalogue.hpp"

using namespace aser;

namespace {

std::vector<std::string> sorted(std::vector<std::string> names) {
  std::sort(names.begin(), names.end());
  return names;
}

}  // namespace

TEST_CASE("catalogue: every message id has both languages and the same placeholders") {
  std::set<std::string> ids;
  REQUIRE(message_catalogue().size() > 100);
  for (const MessageText& m : message_catalogue()) {
    INFO("id: " << m.id);
    CHECK(ids.insert(m.id).second);  // ids are unique
    CHECK(std::string(m.id).find_first_not_of("abcdefghijklmnopqrstuvwxyz0123456789_.") ==
          std::string::npos);
    REQUIRE(m.en != nullptr);
    REQUIRE(m.fr != nullptr);
    CHECK(std::string(m.en) != "");
    CHECK(std::string(m.fr) != "");
    // A French text that is the English one is a translation left out.
    CHECK(std::string(m.en) != std::string(m.fr));
    CHECK(sorted(placeholders(m.en)) == sorted(placeholders(m.fr)));
    // Balanced braces: a misspelt placeholder ("{path") would print as is.
    for (const char* text : {m.en, m.fr}) {
      const std::string s = text;
      CHECK(std::count(s.begin(), s.end(), '{') == std::count(s.begin(), s.end(), '}'));
    }
  }
}

TEST_CASE("catalogue: every text is recognised again, with its values, in both languages") {
  for (const MessageText& m : message_catalogue()) {
    for (Language language : {Language::en, Language::fr}) {
      MessageArgs args;
      int n = 0;
      for (const std::string& name : placeholders(language == Language::fr ? m.fr : m.en))
        if (std::none_of(args.begin(), args.end(), [&](const auto& a) { return a.first == name; }))
          args.emplace_back(name, "V" + std::to_string(++n) + "x");
      const std::string text = message(m.id, language, args);
      INFO("id: " << m.id << ", text: " << text);
      std::optional<Recognised> found = recognise(text, language);
      REQUIRE(found);
      CHECK(std::string(found->entry->id) == m.id);
      for (const auto& [name, value] : args) {
        auto it = std::find_if(found->args.begin(), found->args.end(),
                               [&](const auto& arg) { return arg.first == name; });
        REQUIRE(it != found->args.end());
        CHECK(it->second == value);
      }
    }
  }
}

TEST_CASE("catalogue: message fills placeholders; an unknown id is returned as is") {
  CHECK(message("score.not_answered", Language::fr, {{"path", "social.x"}}) ==
        "social.x n'est pas renseigné");
  CHECK(message("score.not_answered", Language::en, {{"path", "social.x"}}) ==
        "social.x is not answered");
  CHECK(message("no.such.id", Language::fr) == "no.such.id");
  CHECK(language_of("fr") == Language::fr);
  CHECK(language_of("en") == Language::en);
  CHECK(language_of("") == Language::en);
}

TEST_CASE("catalogue: a loader's English message is translated, its location kept") {
  // The example: a quoted number with spaces in a French tender.
  // A bid's lot in a French report (the buyer's walk of stop 19 met it in English).
  CHECK(translate("b.yaml:3:6: unknown lot 'Lot 2'; the grid's lots are '1' (Parcs), '2' "
                  "(Cimetières)",
                  Language::fr) ==
        "b.yaml:3:6: lot inconnu 'Lot 2'\u00a0; les lots de la grille sont '1' (Parcs), '2' "
        "(Cimetières)");
  CHECK(translate("the bid names no lot; the grid's lots are '1', '2'", Language::fr) ==
        "l'offre ne nomme aucun lot\u00a0; les lots de la grille sont '1', '2'");
  CHECK(translate("'prix' expects a number, got '412 500'", Language::fr) ==
        "'prix' attend un nombre, reçu '412 500'");
  // A value that is itself a catalogue phrase is translated too.
  CHECK(translate("bids/a.yaml:3:8: 'price' expects a number, got a mapping", Language::fr) ==
        "bids/a.yaml:3:8: 'price' attend un nombre, reçu un tableau associatif");
  CHECK(translate("no answer 'x.y', which criterion 'z' requires", Language::fr) ==
        "pas de réponse 'x.y', que le critère 'z' exige");
  // French back to English, and English to English, are the same machinery.
  CHECK(translate("'prix' attend un nombre, reçu '412 500'", Language::en) ==
        "'prix' expects a number, got '412 500'");
  CHECK(translate("a.yaml:1:1: tabs are not allowed for indentation", Language::en) ==
        "a.yaml:1:1: tabs are not allowed for indentation");
  // Text the catalogue does not know is left alone.
  CHECK(translate("something else entirely", Language::fr) == "something else entirely");
}

TEST_CASE("catalogue: the code of a message, in either language, after a location") {
  CHECK(message_code("x.yaml:2:3: duplicate key 'price' (first at line 1)", Language::en) ==
        "yaml.duplicate_key");
  CHECK(message_code("clé 'price' en double (d'abord à la ligne 1)", Language::fr) ==
        "yaml.duplicate_key");
  CHECK(message_code("social.x n'est pas renseigné", Language::fr) == "score.not_answered");
  // The most specific template wins over a shorter one it contains.
  CHECK(message_code("social.x is not answered (criterion c requires an answer)", Language::en) ==
        "score.required_answer");
  CHECK(message_code("the grid's own requirement reason", Language::en) == "");
}
