package io.facetwire.web.view;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class LanguageTagsTest {

  @Test
  void namesMapToTheirCodes() {
    assertEquals("de", LanguageTags.foreignCode("German"));
    assertEquals("fr", LanguageTags.foreignCode("French"));
    assertEquals("es", LanguageTags.foreignCode("Spanish"));
    assertEquals("zh", LanguageTags.foreignCode("Chinese"));
  }

  /**
   * Session 28: the names were inverted over {@code Locale.getISOLanguages()}, which lists the withdrawn codes beside
   * the current ones ("ji" and "yi" both read "Yiddish"), so a Yiddish article's text said lang="ji", which the Nu
   * Html Checker flags ("The language subtag ji is deprecated. Use yi instead"); and it lists no three-letter code,
   * so Asturian text, which the detector tells, got no lang at all.
   */
  @Test
  void everyLanguageTheDetectorTellsMapsToItsCurrentTag() {
    assertEquals("yi", LanguageTags.foreignCode("Yiddish"));
    assertEquals("he", LanguageTags.foreignCode("Hebrew"));
    assertEquals("id", LanguageTags.foreignCode("Indonesian"));
    assertEquals("ast", LanguageTags.foreignCode("Asturian"));
    for (com.optimaize.langdetect.i18n.LdLocale locale : com.optimaize.langdetect.profiles.BuiltInLanguages.getLanguages()) {
      String code = locale.toString();
      String expected = code.equals("en") ? "" : code.split("-")[0];
      assertEquals(expected, LanguageTags.foreignCode(io.facetwire.extract.LanguageIdentifier.name(code)), code);
    }
  }

  @Test
  void englishAndUnknownGetNone() {
    assertEquals("", LanguageTags.foreignCode("English"));
    assertEquals("", LanguageTags.foreignCode("Klingonese"));
    assertEquals("", LanguageTags.foreignCode(""));
    assertEquals("", LanguageTags.foreignCode(null));
  }
}
