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

  @Test
  void englishAndUnknownGetNone() {
    assertEquals("", LanguageTags.foreignCode("English"));
    assertEquals("", LanguageTags.foreignCode("Klingonese"));
    assertEquals("", LanguageTags.foreignCode(""));
    assertEquals("", LanguageTags.foreignCode(null));
  }
}
