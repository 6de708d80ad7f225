package io.facetwire.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The suite's checker says what {@code vnu.jar --Werror} says (docs/quality.md, session 28): a withdrawn language subtag
 * is a warning ("info warning: Potentially bad value “ji” for attribute “lang”… Use “yi” instead"), not an error, and
 * not nothing; a malformed one is an error.
 */
class HtmlCheckerTest {

  private static String page(String lang) {
    return "<!DOCTYPE html><html lang=\"en\"><head><title>t</title></head><body><p lang=\"" + lang + "\">x</p></body></html>";
  }

  @Test
  void aWithdrawnLanguageSubtagIsAWarningAsTheCommandLineSaysIt() {
    for (String lang : List.of("ji", "iw", "in")) {
      List<String> found = HtmlChecker.errorsAndWarnings(page(lang));
      assertEquals(1, found.size(), lang + ": " + found);
      assertTrue(found.get(0).contains("warning:") && found.get(0).contains("deprecated"), found.get(0));
      assertEquals(List.of(), HtmlChecker.errors(page(lang)), lang);
    }
  }

  @Test
  void currentAndMalformedSubtags() {
    for (String lang : List.of("yi", "he", "id", "ast", "de", "zh")) {
      assertEquals(List.of(), HtmlChecker.errorsAndWarnings(page(lang)), lang);
    }
    assertEquals(1, HtmlChecker.errors(page("xx-bogus")).size());
  }
}
