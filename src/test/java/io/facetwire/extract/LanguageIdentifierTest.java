package io.facetwire.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.facetwire.facet.Facet;
import io.facetwire.facet.FacetValues;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Language detection and the rule that the English extractors run only on English text (no server). */
class LanguageIdentifierTest {

  static final Map<String, JsonNode> ARTICLES = new LinkedHashMap<>();
  static FacetExtractor extractor;

  @BeforeAll
  static void load() throws Exception {
    ObjectMapper json = new ObjectMapper();
    try (BufferedReader in = new BufferedReader(new InputStreamReader(
        LanguageIdentifierTest.class.getResourceAsStream("/languages/articles.jsonl"), StandardCharsets.UTF_8))) {
      for (String line; (line = in.readLine()) != null; ) {
        if (!line.isBlank()) {
          JsonNode a = json.readTree(line);
          ARTICLES.put(a.path("id").asText(), a);
        }
      }
    }
    extractor = FacetExtractor.loadDefault();
  }

  @Test
  void eachTextGetsItsLanguage() {
    Map<String, String> expected = Map.of("lang-de", "de", "lang-fr", "fr", "lang-es", "es", "lang-ru", "ru", "lang-en", "en");
    expected.forEach((id, code) -> assertEquals(code, extractor.languageCode(title(id), body(id)), id));
  }

  /**
   * The first steps read the sample through a view without copying it ({@link LanguageIdentifier.Sample}): for
   * every text of the table (headline and body in several languages and scripts, null parts, headlines longer
   * than the sample, shouted ones) the view must be the very lower-cased copy the detector used to be given,
   * char for char where it claims Latin-1 — so no article's language can move.
   */
  @Test
  void theSampleViewIsTheLowerCasedCopy() {
    String longHeadline = "ÉTATS-UNIS: LE PRÉSIDENT ".repeat(40);
    String[][] texts = {
        {"U.S. SAYS JAPAN MUST OPEN MARKETS", "WASHINGTON, March 3 - The United States said on Tuesday it was."},
        {"Die Bundesregierung beschließt Maßnahmen", "Über die Straße gehen Äpfel, Öl und Übermut."},
        {"Ελληνικά ΝΈΑ ΟΔΟΣ", "Η κυβέρνηση ανακοίνωσε σήμερα νέα μέτρα ΣΟΣ."},
        {"İSTANBUL'DA BÜYÜK TOPLANTI", "Türkiye'nin başkenti Ankara'dır, İzmir değil."},
        {"Правительство России", "Москва заявила во вторник, что ПУТИН встретится."},
        {"中国经济", "北京 3月3日 - 中国政府周二表示。"},
        {longHeadline, "corps du texte"}, {null, "Only a body, no headline at all, µ and ß and ÿ."},
        {"Only a headline", null}, {null, null}, {"", ""}, {"Shr 73 cts vs 58 cts", "Net 1,101,000 vs 1,010,000"}};
    for (String[] t : texts) {
      StringBuilder old = new StringBuilder(LanguageIdentifier.SAMPLE_CHARS + 2);
      if (t[0] != null) {
        old.append(t[0], 0, Math.min(t[0].length(), LanguageIdentifier.SAMPLE_CHARS)).append(". ");
      }
      if (t[1] != null && old.length() < LanguageIdentifier.SAMPLE_CHARS) {
        old.append(t[1], 0, Math.min(t[1].length(), LanguageIdentifier.SAMPLE_CHARS - old.length()));
      }
      String expected = old.toString().toLowerCase(java.util.Locale.ROOT);
      LanguageIdentifier.Sample view = new LanguageIdentifier.Sample(t[0], t[1]);
      assertEquals(expected, view.lowerCopy(), String.valueOf(t[0]));
      if (view.latin1()) {
        assertEquals(expected.length(), view.length(), String.valueOf(t[0]));
        for (int i = 0; i < expected.length(); i++) {
          assertEquals(expected.charAt(i), view.charAt(i), t[0] + " at " + i);
        }
      } else {
        assertTrue(expected.chars().anyMatch(c -> c > 0xFF) || old.chars().anyMatch(c -> c > 0xFF), String.valueOf(t[0]));
      }
    }
    assertTrue(new LanguageIdentifier.Sample(texts[1][0], texts[1][1]).latin1(), "German in Latin-1 reads through the view");
    assertEquals("", extractor.languageCode("Shr 73 cts vs 58 cts", "Net 1,101,000 vs 1,010,000"));
  }

  @Test
  void everyExtractorSharesOneDetector() {
    // Its n-gram table is tens of megabytes: one per extractor loaded filled the test suite's heap.
    assertSame(LanguageIdentifier.loadDefault(), LanguageIdentifier.loadDefault());
  }

  @Test
  void theSameTextAlwaysGetsTheSameLanguage() {
    // The detector samples n-grams at random: with its fixed seed the answer never changes.
    for (int i = 0; i < 20; i++) {
      assertEquals("fr", extractor.languageCode(title("lang-fr"), body("lang-fr")));
    }
  }

  @Test
  void aTextTooShortToTellHasNoLanguage() {
    assertEquals("", extractor.languageCode("Brexit", ""));
    assertEquals("", extractor.languageCode(null, "1,234 vs 5,678"));
    assertEquals(List.of(), extractor.extract("Brexit", "").values(Facet.LANGUAGE));
    // A results table is no prose: its n-grams read as Swedish to the detector, so it is unknown, and
    // keeps the English rules (the company's country, the wire's persons).
    String table = "Shr 1.16 dlrs vs 1.15 dlrs Net 32.4 mln vs 33.5 mln Revs 629.0 mln vs 601.2 mln Year Shr 3.73 "
        + "dlrs vs 3.45 dlrs Net 104.6 mln vs 100.0 mln Revs 2.23 billion vs 2.07 billion Avg shrs 28.0 mln vs 28.0 mln";
    assertEquals("", extractor.languageCode("DILLARD DEPARTMENT STORES INC <DDS> 4TH QTR NET", table));
  }

  /**
   * A results table long enough for the detector (Reuters-21578 story 861 as the wire sent it) read as Swedish
   * until session 14: its function words and English wire words ("dlrs", "qtr", "mths") make it English,
   * and the English rules run on it. A table of the same shape whose words are not English ("mln" and "vs"
   * are Dutch and Italian as much as English) is not made English by them.
   */
  @Test
  void aResultsTableInWireEnglishIsEnglish() {
    String table = "LITTLE ROCK, Ark., March 2 - Qtr ended Jan 31\n    Shr 1.16 dlrs vs 1.15 dlrs\n"
        + "    Net 32.4 mln vs 33.5 mln\n    Revs 629.0 mln vs 538.6 mln\n    Avg shrs 32.1 mln vs 29.2 mln\n"
        + "    12 mths\n    Shr 2.35 dlrs vs 2.29 dlrs\n    Net 74.5 mln vs 66.9 mln\n"
        + "    Revs 1.85 billion vs 1.60 billion\n    Avg shrs 31.7 mln vs 29.2 mln\n"
        + "    Note: Shr/avg shrs data show 2-for-1 split in Nov. 1985.\n Reuter\n";
    String title = "DILLARD DEPARTMENT STORES INC <DDS> 4TH QTR NET";
    assertEquals("en", extractor.languageCode(title, table));
    assertEquals(List.of("English"), extractor.extract(title, table).values(Facet.LANGUAGE));
    String dutch = "Omzet 1.160 mln vs 1.150 mln\n    Winst 32,4 mln vs 33,5 mln\n    Omzet 629,0 mln vs 538,6 mln\n"
        + "    Aantal aandelen 32,1 mln vs 29,2 mln\n    Twaalf maanden\n    Omzet 2.350 mln vs 2.290 mln\n"
        + "    Winst 74,5 mln vs 66,9 mln\n    Omzet 1.850 mln vs 1.600 mln\n    Aantal aandelen 31,7 mln vs 29,2 mln\n"
        + "    Noot: cijfers over aandelen na splitsing november.";
    org.junit.jupiter.api.Assertions.assertNotEquals("en", extractor.languageCode("KWARTAALCIJFERS AKZO NOBEL", dutch));
  }

  @Test
  void theLanguageFacetNamesTheLanguageInEnglish() {
    assertEquals(List.of("German"), extractor.extract(title("lang-de"), body("lang-de")).values(Facet.LANGUAGE));
    assertEquals(List.of("Russian"), extractor.extract(title("lang-ru"), body("lang-ru")).values(Facet.LANGUAGE));
    assertEquals(List.of("English"), extractor.extract(title("lang-en"), body("lang-en")).values(Facet.LANGUAGE));
  }

  @Test
  void theEnglishRulesRunOnEnglishTextOnly() {
    FacetValues english = extractor.extract(title("lang-en"), body("lang-en"));
    assertEquals(List.of("Angela Merkel"), english.values(Facet.PERSON));
    assertTrue(english.values(Facet.COUNTRY).contains("Germany"), english.toString());
    // The German text names the same person and country; the English gazetteers and name rules would
    // read its capitalised nouns ("Bundesregierung", "Opposition") as names, so they do not run there.
    FacetValues german = extractor.extract(title("lang-de"), body("lang-de"), "Testzeitung");
    for (Facet facet : List.of(Facet.COUNTRY, Facet.PERSON, Facet.ORGANIZATION, Facet.TOPIC)) {
      assertEquals(List.of(), german.values(facet), facet.param());
    }
    assertEquals(List.of("Testzeitung"), german.values(Facet.SOURCE), "the article's own source is kept");
  }

  static String title(String id) {
    return ARTICLES.get(id).path("title").asText();
  }

  static String body(String id) {
    return ARTICLES.get(id).path("body").asText();
  }
}
